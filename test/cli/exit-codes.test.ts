import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';
import { parseJsonSummary } from '../helpers/ringkasan.js';

const period = ['--period', '2026-10'];

describe('exit codes (SPEC §1)', () => {
  it('0: no errors', () => {
    const out = join(tempDir(), 'hasil');
    expect(runCli(['run', ...period, '--input', fixture('worked-example'), '--out', out]).status).toBe(0);
  });

  it('1: an employee without a TPP ceiling is held, the others are paid, reports are written', () => {
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', ...period, '--input', fixture('pagu-kosong'), '--out', out]);
    expect(r.status).toBe(1);
    const rows = readCsv(join(out, 'pegawai.csv'));
    expect(rows.find((x) => x['nip'] === '199001152015021002')).toMatchObject({ status_bayar: 'ditahan', tpp_bruto: '0', tpp_netto: '0', keterangan: 'TPP_PAGU_KOSONG' });
    expect(rows.find((x) => x['nip'] === '198503172010011003')).toMatchObject({ status_bayar: 'dibayar', tpp_netto: '4559000' });
    expect(readCsv(join(out, 'tpp.csv')).map((x) => x['nip'])).toEqual(['198503172010011003']);
    const finding = readCsv(join(out, 'validasi.csv')).find((f) => f['kode'] === 'TPP_PAGU_KOSONG');
    expect(finding).toMatchObject({ tingkat: 'error', berkas: 'pegawai.csv', baris: '3', kolom: 'tpp_pagu', nip: '199001152015021002' });
    expect(r.stderr).toContain('TPP_PAGU_KOSONG');
  });

  it('1 with --strict: only the validation report is written', () => {
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', ...period, '--input', fixture('pagu-kosong'), '--out', out, '--strict']);
    expect(r.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['validasi.csv', 'validasi.xlsx']);
  });

  it('2: an existing result folder without --force; --force replaces it', () => {
    const out = join(tempDir(), 'hasil');
    expect(runCli(['run', ...period, '--input', fixture('worked-example'), '--out', out]).status).toBe(0);
    const again = runCli(['run', ...period, '--input', fixture('worked-example'), '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('HASIL_SUDAH_ADA');
    expect(runCli(['run', ...period, '--input', fixture('worked-example'), '--out', out, '--force']).status).toBe(0);
  });

  it('--strict --force with errors keeps the good results and writes the validation report beside them', () => {
    const out = join(tempDir(), 'hasil');
    expect(runCli(['run', ...period, '--input', fixture('worked-example'), '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'tpp.csv'), 'utf8');
    const r = runCli(['run', ...period, '--input', fixture('pagu-kosong'), '--out', out, '--strict', '--force']);
    expect(r.status).toBe(1);
    expect(readFileSync(join(out, 'tpp.csv'), 'utf8')).toBe(before);
    expect(readdirSync(`${out}-validasi`).sort()).toEqual(['validasi.csv', 'validasi.xlsx']);
    expect(r.stderr).toContain(`${out}-validasi`);
  });

  it('a folder holding only a validation report is replaced without --force', () => {
    const out = join(tempDir(), 'hasil');
    expect(runCli(['run', ...period, '--input', fixture('pagu-kosong'), '--out', out, '--strict']).status).toBe(1);
    expect(runCli(['run', ...period, '--input', fixture('worked-example'), '--out', out]).status).toBe(0);
    expect(existsSync(join(out, 'ringkasan.json'))).toBe(true);
  });

  it.each([
    [['run', '--input', 'x'], 'PEMAKAIAN'],
    [['run', '--period', '2026-13'], 'PEMAKAIAN'],
    [['run', ...period, '--input', '/tidak/ada'], 'FOLDER_TIDAK_ADA'],
    [['run', ...period, '--input', fixture('worked-example'), '--policy', '/tidak/ada.yaml'], 'PAKET_TIDAK_TERBACA'],
  ])('2: %j', (args, code) => {
    const r = runCli([...args, '--json']);
    expect(r.status).toBe(2);
    expect(parseJsonSummary(r.stdout).galat?.kode).toBe(code);
  });

  it('2: a bad rule pack names the key path', () => {
    const dir = tempDir();
    const pack = join(dir, 'paket.yaml');
    writeFileSync(pack, 'tpp:\n  komponen:\n    - { nama: disiplin, bobot: 40, dasar: nilai_disiplin }\n    - { nama: kinerja, bobot: 70, dasar: faktor_predikat }\n');
    const r = runCli(['run', ...period, '--input', fixture('worked-example'), '--policy', pack, '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tpp.komponen: jumlah bobot harus 100');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('2: a missing required input, an .xls file, two staff files', () => {
    const dir = tempDir();
    copyFileSync(join(fixture('worked-example'), 'pegawai.csv'), join(dir, 'pegawai.csv'));
    const missing = runCli(['run', ...period, '--input', dir, '--out', join(dir, 'out')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('presensi');

    cpSync(fixture('worked-example'), dir, { recursive: true });
    writeFileSync(join(dir, 'presensi_mesin2.xls'), 'not really');
    const xls = runCli(['run', ...period, '--input', dir, '--out', join(dir, 'out')]);
    expect(xls.status).toBe(2);
    expect(xls.stderr).toContain('.xlsx');

    const dir2 = tempDir();
    cpSync(fixture('worked-example'), dir2, { recursive: true });
    copyFileSync(join(dir2, 'pegawai.csv'), join(dir2, 'pegawai_lama.csv'));
    const two = runCli(['run', ...period, '--input', dir2, '--out', join(dir2, 'out')]);
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/pegawai\.csv.*pegawai_lama\.csv|pegawai_lama\.csv.*pegawai\.csv/);
  });

  it('--json prints exactly one JSON object on stdout and keeps logs on stderr', () => {
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', ...period, '--input', fixture('worked-example'), '--out', out, '--json']);
    expect(r.status).toBe(0);
    const summary = parseJsonSummary(r.stdout);
    expect(summary).toMatchObject({ alat: 'kinerja', periode: '2026-10', kode_keluar: 0, total: { netto: 4_559_000 + 3_108_411 } });
    expect(summary.keluaran?.berkas).toContain('pegawai.csv');
  });

  it('validate writes only the validation report, into hasil/<period>-validasi by default', () => {
    const cwd = tempDir();
    const r = runCli(['validate', ...period, '--input', fixture('pagu-kosong')], { cwd });
    expect(r.status).toBe(1);
    expect(readdirSync(join(cwd, 'hasil', '2026-10-validasi')).sort()).toEqual(['validasi.csv', 'validasi.xlsx']);
    expect(r.stderr).toContain('TPP_PAGU_KOSONG');
  });

  it('never prints a stack trace for bad input', () => {
    const dir = tempDir();
    cpSync(fixture('worked-example'), dir, { recursive: true });
    writeFileSync(join(dir, 'pegawai.csv'), 'bukan,berkas,pegawai\n1,2,3\n');
    const r = runCli(['run', ...period, '--input', dir, '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('HEADER_TIDAK_DITEMUKAN');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

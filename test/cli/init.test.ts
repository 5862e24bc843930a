import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mapHeader } from '../../src/inputs/header-map.js';
import { INPUT_TEMPLATES } from '../../src/reports/input-templates.js';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';

const FILES = ['masukan.xlsx', 'paket-aturan.yaml', ...['pegawai', 'presensi', 'capaian', 'perilaku', 'unit', 'hukdis', 'libur'].map((i) => `templat-csv/${i}.csv`)];

describe('kinerja init', () => {
  const dir = join(tempDir(), 'masukan-november');
  const first = runCli(['init', dir]);

  it('writes the workbook, the CSV headers and the rule pack copy, and lists them', () => {
    expect(first.status).toBe(0);
    for (const f of FILES) expect(first.stderr).toContain(f);
    expect(readFileSync(join(dir, 'templat-csv', 'presensi.csv'), 'utf8')).toBe('nip,tanggal,jam_masuk,jam_pulang,kode\n');
  });

  it('refuses to overwrite without --force (exit 2), overwrites with it', () => {
    const again = runCli(['init', dir]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('TEMPLAT_SUDAH_ADA');
    expect(runCli(['init', dir, '--force', '--quiet']).status).toBe(0);
  });

  it('every template header is read back by the readers as its own field', () => {
    for (const t of INPUT_TEMPLATES) {
      const names = t.columns.map((c) => c.name);
      const map = mapHeader(names, t.specs, 1);
      expect(Object.keys(map.columns).sort(), t.input).toEqual([...names].sort());
      expect(map.duplicates, t.input).toEqual([]);
    }
  });

  it('the rule pack copy is the built-in pack with comments', () => {
    const copy = readFileSync(join(dir, 'paket-aturan.yaml'), 'utf8');
    expect(copy.startsWith('# Salinan paket aturan bawaan')).toBe(true);
    expect(parse(copy)).toEqual(parse(readFileSync(join(fixture('..'), 'src', 'rules', 'bawaan.yaml'), 'utf8')));
  });

  it('--csv-locale id writes ; templates with a BOM for Indonesian Excel', () => {
    const other = join(tempDir(), 'id');
    expect(runCli(['init', other, '--csv-locale', 'id', '--quiet']).status).toBe(0);
    expect(readFileSync(join(other, 'templat-csv', 'capaian.csv'), 'utf8')).toBe('\uFEFFnip;indikator;target;realisasi;bobot;arah;jenis;satuan;inovasi\n');
  });

  it('run on the untouched templates exits 2 and says the sheets are still empty', () => {
    const r = runCli(['validate', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'paket-aturan.yaml')]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('MASUKAN_TIDAK_ADA');
    expect(r.stderr).toContain('masukan.xlsx [pegawai]');
  });
});

describe('from kinerja init to the payout list', async () => {
  const dir = join(tempDir(), 'dinas');
  const init = runCli(['init', dir, '--quiet']);
  // An officer types the worked example into the template sheets: digits become numbers, except in
  // the columns the template formats as text (NIPs), where Excel keeps what was typed.
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(dir, 'masukan.xlsx'));
  for (const input of ['pegawai', 'presensi', 'capaian', 'perilaku']) {
    const ws = book.getWorksheet(input)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    for (const record of readCsv(join(fixture('worked-example'), `${input}.csv`))) {
      ws.addRow(header.map((h) => {
        const v = record[h] ?? '';
        const textColumn = ws.getColumn(header.indexOf(h) + 1).numFmt === '@';
        return v === '' ? null : !textColumn && /^\d+$/.test(v) ? Number(v) : v;
      }));
    }
  }
  await book.xlsx.writeFile(join(dir, 'masukan.xlsx'));
  // A header-only CSV copied into the folder is a file of its own: it reads as zero rows.
  copyFileSync(join(dir, 'templat-csv', 'libur.csv'), join(dir, 'libur.csv'));
  const out = join(dir, 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'paket-aturan.yaml'), '--out', out]);

  it('runs and pays the worked example to the rupiah', () => {
    expect(init.status).toBe(0);
    expect(run.status, run.stderr).toBe(0);
    const budi = readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === '198503172010011003')!;
    expect([budi['tpp_bruto'], budi['pph21'], budi['bpjs_pegawai'], budi['tpp_netto']]).toEqual(['4850000', '242500', '48500', '4559000']);
    const ringkasan = readRingkasan(out);
    expect(ringkasan.berkas.map((b: { nama: string; lembar?: string }) => `${b.nama}${b.lembar ? `[${b.lembar}]` : ''}`).sort()).toEqual(
      ['libur.csv', 'masukan.xlsx[capaian]', 'masukan.xlsx[pegawai]', 'masukan.xlsx[perilaku]', 'masukan.xlsx[presensi]'],
    );
  });

  it('a finding on a row of the workbook names its sheet', () => {
    const bad = join(tempDir(), 'salah');
    runCli(['init', bad, '--quiet']);
    const fixed = join(bad, 'masukan.xlsx');
    copyFileSync(join(dir, 'masukan.xlsx'), fixed);
    return (async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(fixed);
      wb.getWorksheet('pegawai')!.addRow(['1985031720100110', 'NIP Pendek', 'BKPSDM']);
      await wb.xlsx.writeFile(fixed);
      const r = runCli(['validate', '--period', '2026-10', '--input', bad, '--out', join(bad, 'v')]);
      expect(r.status, r.stderr).toBe(1);
      const row = readCsv(join(bad, 'v', 'validasi.csv')).find((f) => f['kolom'] === 'nip' && f['tingkat'] === 'error')!;
      expect(r.status).toBe(1);
      expect([row['berkas'], row['baris']]).toEqual(['masukan.xlsx [pegawai]', '4']);
    })();
  });

  it('the payout list is in the workbook, with the grand total', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'kinerja-2026-10.xlsx'));
    const rows: unknown[][] = [];
    wb.getWorksheet('TPP')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    const total = rows.find((r) => r[2] === 'JUMLAH TOTAL')!;
    expect(total[11]).toBe(Number(readCsv(join(out, 'tpp.csv')).reduce((s, r) => s + Number(r['tpp_netto']), 0)));
  });
});

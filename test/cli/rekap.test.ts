/**
 * `kinerja rekap`: a small archive built from the sample agency's real October 2026 run and copies of
 * it for July–September (periode and a few cells changed, as another month's run would have written
 * them), marked paid with the test helper. Every figure below is worked by hand from those cells.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { markPaid } from '../helpers/mark-paid.js';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const ERNA = '197611252002032427'; // October: BAIK, netto 6,314,756, no TK
const HADI = '199410272020031037'; // October: BAIK, TK 2 (not in a row)

/** Copies the October folder as month `periode`, with `edits[nip][column] = value` in pegawai.csv. */
function copyMonth(arsip: string, name: string, periode: string, edits: Record<string, Record<string, string>>): string {
  const dir = join(arsip, name);
  cpSync(join(arsip, '2026-10'), dir, { recursive: true });
  rmSync(join(dir, 'dibayar.json'), { force: true });
  const ringkasanPath = join(dir, 'ringkasan.json');
  const ringkasan = JSON.parse(readFileSync(ringkasanPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(ringkasanPath, JSON.stringify({ ...ringkasan, periode }, null, 2));
  const path = join(dir, 'pegawai.csv');
  const parsed: unknown = parse(readFileSync(path, 'utf8'));
  const [header = [], ...rows] = parsed as string[][];
  for (const row of rows) {
    for (const [column, value] of Object.entries(edits[row[0]!] ?? {})) row[header.indexOf(column)] = value;
  }
  writeFileSync(path, stringify([header, ...rows], { record_delimiter: 'unix' }));
  return dir;
}

describe('kinerja rekap --tahun 2026 over July (not paid), August, September (paid, then a paid correction) and October (paid, then an unpaid correction)', () => {
  const root = tempDir('kinerja-rekap-');
  const arsip = join(root, 'hasil');
  let first: ReturnType<typeof runCli>;
  let rekap: Record<string, string>[];
  let disiplin: Record<string, string>[];

  beforeAll(() => {
    const input = fixture('contoh');
    const run = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'paket-aturan.yaml'), '--out', join(arsip, '2026-10'), '--format', 'csv,json']);
    expect(run.status).toBe(0);
    markPaid(join(arsip, '2026-10'));
    copyMonth(arsip, '2026-07', '2026-07', { [HADI]: { tk: '3' } });
    markPaid(copyMonth(arsip, '2026-08', '2026-08', { [ERNA]: { tk: '6', tk_beruntun: '6', tk_awal_bulan: '0', tk_akhir_bulan: '6', predikat: 'SANGAT_BAIK', jenjang_jf: 'AHLI_MUDA' } }));
    const september = { tk: '4', tk_beruntun: '4', tk_awal_bulan: '4', tk_akhir_bulan: '0' };
    markPaid(copyMonth(arsip, '2026-09', '2026-09', { [ERNA]: september }));
    markPaid(copyMonth(arsip, '2026-09-koreksi-1', '2026-09', { [ERNA]: { ...september, tpp_netto: '6400000' } }));
    // A correction of October written after the payment but not paid: October stays as paid.
    copyMonth(arsip, '2026-10-koreksi-1', '2026-10', { [ERNA]: { tpp_netto: '1' } });
    first = runCli(['rekap', '--tahun', '2026', '--arsip', arsip]);
    rekap = readCsv(join(arsip, 'rekap-2026', 'rekap_tahunan.csv'));
    disiplin = readCsv(join(arsip, 'rekap-2026', 'disiplin_tk.csv'));
  }, 120_000);

  it('exits 0 and names on the terminal the months paid, not yet paid and missing', () => {
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('2026-09 (2026-09-koreksi-1)');
    expect(first.stderr).toMatch(/Belum dibayar\s+2026-07/);
    expect(first.stderr).toContain('2026-10: 2026-10-koreksi-1 belum dibayar; yang dipakai 2026-10 (terakhir dibayar)');
    expect(first.stderr).toMatch(/Tidak ada di arsip\s+2026-01, 2026-02, 2026-03, 2026-04, 2026-05, 2026-06, 2026-11, 2026-12/);
  });

  it('one row per NIP of the year (52 in the sample agency)', () => {
    expect(rekap).toHaveLength(52);
  });

  it('Erna: predikat per month (July used although unpaid), TPP only of paid months, the correction paid last in September', () => {
    const e = rekap.find((r) => r['nip'] === ERNA)!;
    expect(['06', '07', '08', '09', '10', '11'].map((m) => e[`predikat_${m}`])).toEqual(['', 'BAIK', 'SANGAT_BAIK', 'BAIK', 'BAIK', '']);
    expect(['07', '08', '09', '10'].map((m) => e[`tpp_${m}`])).toEqual(['', '6314756', '6400000', '6314756']);
    // 6,314,756 + 6,400,000 + 6,314,756 = 19,029,512 (July is not paid yet).
    expect(e['tpp_total']).toBe('19029512');
    expect(e['bulan_belum_dibayar']).toBe('2026-07');
    expect(e['bulan_tidak_ada']).toBe('2026-01; 2026-02; 2026-03; 2026-04; 2026-05; 2026-06; 2026-11; 2026-12');
  });

  it('Erna: 6 TK days ending August + 4 starting September = 10 in a row (dismissal threshold); 10 cumulative (pernyataan tidak puas)', () => {
    const e = rekap.find((r) => r['nip'] === ERNA)!;
    expect([e['tk_kumulatif'], e['tk_beruntun_terpanjang'], e['sanksi_pp94']]).toEqual(['10', '10', 'PERNYATAAN_TIDAK_PUAS; PEMBERHENTIAN_10_HARI_BERTURUT']);
    const rows = disiplin.filter((r) => r['nip'] === ERNA).map((r) => [r['dasar'], r['hari'], r['ambang'], r['sanksi_pp94'], r['bulan'], r['bulan_tercapai']]);
    expect(rows).toEqual([
      ['kumulatif', '10', '7-10', 'PERNYATAAN_TIDAK_PUAS', '2026-08 (6); 2026-09 (4)', '2026-09'],
      ['berturut', '10', '>=10', 'PEMBERHENTIAN_10_HARI_BERTURUT', '2026-08..2026-09', ''],
    ]);
  });

  it('Erna: angka kredit Ahli Muda only in August, Sangat Baik: 25/12 × 150 % = 3.125', () => {
    const e = rekap.find((r) => r['nip'] === ERNA)!;
    expect([e['jenjang_jf'], e['angka_kredit'], e['predikat_tahunan']]).toEqual(['AHLI_MUDA', '3.125', '']);
  });

  it('Hadi: TK 3 + 2 + 2 + 2 = 9 (pernyataan tidak puas, 7–10), reached in September (3 + 2 + 2 = 7)', () => {
    const rows = disiplin.filter((r) => r['nip'] === HADI).map((r) => [r['hari'], r['sanksi_pp94'], r['bulan'], r['bulan_tercapai']]);
    expect(rows).toEqual([['9', 'PERNYATAAN_TIDAK_PUAS', '2026-07 (3); 2026-08 (2); 2026-09 (2); 2026-10 (2)', '2026-09']]);
  });

  it('ringkasan_rekap.json: months found, paid, missing; TPP paid per month and in the year', () => {
    const r = JSON.parse(readFileSync(join(arsip, 'rekap-2026', 'ringkasan_rekap.json'), 'utf8')) as Record<string, unknown> & { bulan: { periode: string; status: string; tpp_dibayar: number }[]; total: { tpp_dibayar: number } };
    expect([r['bulan_dibayar'], r['bulan_belum_dibayar']]).toEqual([['2026-08', '2026-09', '2026-10'], ['2026-07']]);
    expect(r['bulan_tidak_ada']).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-11', '2026-12']);
    // October's netto is the demo's Rp 229,337,966; September's correction pays Erna 85,244 more (6,400,000 − 6,314,756).
    expect(r.bulan.slice(6, 10).map((m) => [m.status, m.tpp_dibayar])).toEqual([
      ['belum_dibayar', 0],
      ['dibayar', 229_337_966],
      ['dibayar', 229_423_210],
      ['dibayar', 229_337_966],
    ]);
    expect(r.total.tpp_dibayar).toBe(688_099_142);
  });

  it('--penilaian with a tahunan row gives the annual predikat, which the angka kredit then uses (25/12 × 100 % = 2.083)', () => {
    const penilaian = join(root, 'penilaian_tahunan.csv');
    writeFileSync(penilaian, `nip,bulan_skp,hasil_akhir\n${ERNA},tahunan,BAIK\n${HADI},Oktober,KURANG\n`);
    const again = runCli(['rekap', '--tahun', '2026', '--arsip', arsip, '--penilaian', penilaian, '--force']);
    expect(again.status).toBe(0);
    // The file was given: the note names the reasons, it does not ask for the file.
    expect(again.stderr + again.stdout).not.toContain('berikan --penilaian');
    expect(again.stderr + again.stdout).toContain('tanpa baris tahunan di berkas penilaian');
    const rows = readCsv(join(arsip, 'rekap-2026', 'rekap_tahunan.csv'));
    const e = rows.find((r) => r['nip'] === ERNA)!;
    expect([e['predikat_tahunan'], e['angka_kredit']]).toEqual(['BAIK', '2.083']);
    // A month's row is not an annual rating.
    expect(rows.find((r) => r['nip'] === HADI)!['predikat_tahunan']).toBe('');
  });

  it('an existing recap is not replaced without --force (exit 2)', () => {
    const r = runCli(['rekap', '--tahun', '2026', '--arsip', arsip]);
    expect([r.status, r.stderr.includes('HASIL_SUDAH_ADA') || r.stderr.includes('sudah berisi hasil')]).toEqual([2, true]);
  });

  it('a paid folder edited afterwards stops the recap (ARSIP_DIUBAH, exit 2), naming the file', () => {
    writeFileSync(join(arsip, '2026-08', 'pegawai.csv'), readFileSync(join(arsip, '2026-08', 'pegawai.csv'), 'utf8').replace('6314756', '6314757'));
    const r = runCli(['rekap', '--tahun', '2026', '--arsip', arsip, '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pegawai.csv');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a year with no results folder at all stops (exit 2) instead of writing an empty recap', () => {
    const r = runCli(['recap', '--tahun', '2025', '--arsip', arsip, '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2025');
  });
});

describe('kinerja rekap with a regional annual-predikat rule (kinerja.predikat_tahunan), July–December in the archive, January–June missing', () => {
  const root = tempDir('kinerja-rekap-aturan-');
  const arsip = join(root, 'hasil');
  const pack = (rule: string) => {
    const path = join(root, `paket-${rule}.yaml`);
    writeFileSync(path, `nama: rekap-${rule}\nversi: "1"\nkinerja:\n  predikat_tahunan: ${rule}\n`);
    return path;
  };
  let terakhir: ReturnType<typeof runCli>;
  let rows: Record<string, string>[];

  beforeAll(() => {
    const input = fixture('contoh');
    expect(runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'paket-aturan.yaml'), '--out', join(arsip, '2026-10'), '--format', 'csv,json']).status).toBe(0);
    for (const m of ['07', '08', '09']) copyMonth(arsip, `2026-${m}`, `2026-${m}`, {});
    copyMonth(arsip, '2026-11', '2026-11', { [ERNA]: { predikat: 'BUTUH_PERBAIKAN' } });
    copyMonth(arsip, '2026-12', '2026-12', { [ERNA]: { predikat: 'KURANG' }, [HADI]: { predikat: 'TIDAK_DINILAI' } });
    terakhir = runCli(['rekap', '--tahun', '2026', '--arsip', arsip, '--policy', pack('bulan_terakhir')]);
    rows = readCsv(join(arsip, 'rekap-2026', 'rekap_tahunan.csv'));
  }, 120_000);

  it('bulan_terakhir: Erna is Kurang from December; Hadi, not assessed in December, is left empty with the reason', () => {
    expect(terakhir.status).toBe(0);
    const of = (nip: string) => rows.find((r) => r['nip'] === nip)!;
    expect([of(ERNA)['predikat_tahunan'], of(ERNA)['predikat_tahunan_dasar']]).toEqual(['KURANG', 'bulan_terakhir 2026-12']);
    expect([of(HADI)['predikat_tahunan'], of(HADI)['predikat_tahunan_dasar']]).toEqual(['', 'tidak_dinilai 2026-12']);
  });

  it('the terminal and ringkasan_rekap.json name the rule and how many employees got an annual predikat', () => {
    const set = rows.filter((r) => r['predikat_tahunan'] !== '').length;
    expect(set).toBeGreaterThan(40);
    expect(terakhir.stderr + terakhir.stdout).toContain(`${set} dari ${rows.length} pegawai (aturan: bulan_terakhir)`);
    const r = JSON.parse(readFileSync(join(arsip, 'rekap-2026', 'ringkasan_rekap.json'), 'utf8')) as { predikat_tahunan: unknown; paket_aturan: { nama: string } };
    expect(r.predikat_tahunan).toEqual({ aturan: 'bulan_terakhir', penilaian_tahunan: false, pegawai_berpredikat: set });
    expect(r.paket_aturan.nama).toBe('rekap-bulan_terakhir');
  });

  it('terbanyak: with January–June missing nobody gets one, and the months are named', () => {
    const r = runCli(['rekap', '--tahun', '2026', '--arsip', arsip, '--policy', pack('terbanyak'), '--force']);
    expect(r.status).toBe(0);
    const all = readCsv(join(arsip, 'rekap-2026', 'rekap_tahunan.csv'));
    expect(new Set(all.map((e) => `${e['predikat_tahunan']}|${e['predikat_tahunan_dasar']}`))).toEqual(new Set(['|bulan_tidak_ada 2026-01; 2026-02; 2026-03; 2026-04; 2026-05; 2026-06']));
    expect(r.stderr + r.stdout).toContain('predikat_tahunan_dasar');
  });

  it('the default (penilaian) leaves it empty and says how to fill it', () => {
    const r = runCli(['rekap', '--tahun', '2026', '--arsip', arsip, '--force']);
    expect(new Set(readCsv(join(arsip, 'rekap-2026', 'rekap_tahunan.csv')).map((e) => e['predikat_tahunan_dasar']))).toEqual(new Set(['tanpa_penilaian']));
    expect(r.stderr + r.stdout).toContain('kinerja.predikat_tahunan');
  });
});

/**
 * `kinerja rekap --penilaian` with a damaged e-Kinerja annual export: no row is dropped in silence, a
 * row that cannot be used certainly is reported (exit 1), and a file that cannot give the annual
 * predikat stops the recap (exit 2) with what to do. The archive is the sample agency's October 2026 run.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { markPaid } from '../helpers/mark-paid.js';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const ERNA = '197611252002032427';
const HADI = '199410272020031037';
const HEAD = 'NO;NIP;NAMA;BULAN_SKP;PERIODE_AWAL_SKP;PERIODE_AKHIR_SKP;HASIL_KERJA;PERILAKU_KERJA;HASIL_AKHIR';

describe('kinerja rekap --tahun 2026 --penilaian with damaged rows', () => {
  const root = tempDir('kinerja-rekap-penilaian-');
  const arsip = join(root, 'hasil');
  let files = 0;
  const csv = (rows: readonly string[], header = HEAD) => {
    const path = join(root, `penilaian-${++files}.csv`);
    writeFileSync(path, ['LAPORAN PENILAIAN SKP TAHUNAN;;;;;;;;', header, ...rows].join('\r\n'));
    return path;
  };
  const rekap = (penilaian: string, ...more: string[]) => runCli(['rekap', '--tahun', '2026', '--arsip', arsip, '--penilaian', penilaian, '--force', ...more]);
  const annualOf = (nip: string) => {
    const row = readCsv(join(arsip, 'rekap-2026', 'rekap_tahunan.csv')).find((r) => r['nip'] === nip)!;
    return [row['predikat_tahunan'], row['predikat_tahunan_dasar']];
  };

  beforeAll(() => {
    const input = fixture('contoh');
    const run = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'paket-aturan.yaml'), '--out', join(arsip, '2026-10'), '--format', 'csv,json']);
    expect(run.status).toBe(0);
    markPaid(join(arsip, '2026-10'));
  }, 120_000);

  it('a NIP in scientific notation is NIP_TERPOTONG naming whose it may be (exit 1); the other rows are used and every row is counted', () => {
    const r = rekap(csv([`1;1.97611E+17;Erna;tahunan;01/01/2026;31/12/2026;DIATAS EKSPEKTASI;SESUAI EKSPEKTASI;SANGAT BAIK`, `2;${HADI};Hadi;tahunan;01/01/2026;31/12/2026;SESUAI EKSPEKTASI;SESUAI EKSPEKTASI;BAIK`]));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/NIP_TERPOTONG .*baris 3.*1\.97611E\+17.*mungkin milik: 197611252002032427/);
    expect(r.stderr).toContain('4 baris dibaca, 1 dipakai, 1 ditolak, 0 diabaikan, 2 dilewati');
    expect(annualOf(HADI)).toEqual(['BAIK', 'penilaian']);
    // A rejected row may be Erna's: her annual rating is in doubt, so none is recorded.
    expect(annualOf(ERNA)).toEqual(['', 'penilaian_ditolak']);
  });

  it('="…" is read with certainty and reported; a one-digit typo is an error naming the closest NIP', () => {
    const typo = `${ERNA.slice(0, 17)}8`;
    const r = rekap(csv([`1;="${HADI}";Hadi;tahunan;01/01/2026;31/12/2026;;;BAIK`, `2;${typo};Erna;tahunan;01/01/2026;31/12/2026;;;SANGAT BAIK`]));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`PENILAIAN_NIP_TIDAK_DI_ARSIP`);
    expect(r.stderr).toContain(`NIP '${typo}' tidak ada di arsip hasil tahun 2026`);
    expect(r.stderr).toContain(`NIP terdekat: ${ERNA}`);
    expect(annualOf(HADI)).toEqual(['BAIK', 'penilaian']);
    // A rejected row may be Erna's: her annual rating is in doubt, so none is recorded.
    expect(annualOf(ERNA)).toEqual(['', 'penilaian_ditolak']);
  });

  it('bulan_skp 2026 or of another year, and a period of 2025, are findings (exit 1), never taken as the 2026 predikat', () => {
    const r = rekap(
      csv([
        `1;${ERNA};Erna;2026;01/01/2026;31/12/2026;;;SANGAT BAIK`,
        `2;${HADI};Hadi;tahunan;01/01/2025;31/12/2025;;;KURANG`,
        `3;${HADI};Hadi;Tahunan 2026;01/01/2026;31/12/2026;;;BAIK`,
      ]),
      '--lang',
      'en',
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bulan_skp '2026' is neither a month's name or number nor \"tahunan\"");
    expect(r.stderr).toContain('this annual row is for 2025, not 2026');
    expect(annualOf(HADI)).toEqual(['BAIK', 'penilaian']);
    // A rejected row may be Erna's: her annual rating is in doubt, so none is recorded.
    expect(annualOf(ERNA)).toEqual(['', 'penilaian_ditolak']);
  });

  it('an .xlsx whose NIPs are number cells: every row NIP_TERPOTONG (exit 1), not "0 of 52" in silence', async () => {
    const path = join(root, 'penilaian.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Laporan');
    ws.addRow(['LAPORAN PENILAIAN SKP TAHUNAN 2026']);
    ws.addRow(['NIP', 'NAMA', 'BULAN_SKP', 'HASIL_AKHIR']);
    ws.addRow([Number(ERNA), 'Erna', 'tahunan', 'BAIK']);
    ws.addRow([Number(HADI), 'Hadi', 'tahunan', 'BAIK']);
    await wb.xlsx.writeFile(path);
    const r = rekap(path);
    expect(r.status).toBe(1);
    expect(r.stderr.match(/NIP_TERPOTONG/g)).toHaveLength(2);
    expect(r.stderr).toContain('4 baris dibaca, 0 dipakai, 2 ditolak');
  });

  it('no bulan_skp column stops the recap (exit 2) with what to do, and writes nothing', () => {
    const out = join(root, 'tidak-ditulis');
    const r = rekap(csv([`1;${ERNA};Erna;BAIK`], 'NO;NIP;NAMA;HASIL_AKHIR'), '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('tidak punya kolom bulan_skp');
    expect(r.stderr).toContain('Tambahkan kolom bulan_skp');
    expect(existsSync(out)).toBe(false);
  });

  it('a file with months\' rows only stops the recap (exit 2)', () => {
    const r = rekap(csv([`1;${ERNA};Erna;Oktober;01/10/2026;31/10/2026;;;BAIK`]));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("tidak berisi satu pun baris dengan bulan_skp = tahunan (yang tertulis: 'Oktober')");
  });

  it('a typo for Hadi\'s NIP holds Hadi: no annual predikat and no angka kredit, whatever the pack rule (never on a guess)', () => {
    // October to December (copies of October, paid), Hadi Ahli Pertama: bulan_terakhir would give Baik, 3 × 12.5/12.
    const own = join(root, 'hasil-jf');
    for (const month of ['2026-10', '2026-11', '2026-12']) {
      const dir = join(own, month);
      cpSync(join(arsip, '2026-10'), dir, { recursive: true });
      // Edited, then paid again (a paid record names its own folder and files).
      rmSync(join(dir, 'dibayar.json'));
      const ringkasanPath = join(dir, 'ringkasan.json');
      writeFileSync(ringkasanPath, JSON.stringify({ ...(JSON.parse(readFileSync(ringkasanPath, 'utf8')) as Record<string, unknown>), periode: month }, null, 2));
      const parsed: unknown = parse(readFileSync(join(dir, 'pegawai.csv'), 'utf8'));
      const [header = [], ...rows] = parsed as string[][];
      for (const row of rows) if (row[0] === HADI) row[header.indexOf('jenjang_jf')] = 'AHLI_PERTAMA';
      writeFileSync(join(dir, 'pegawai.csv'), stringify([header, ...rows], { record_delimiter: 'unix' }));
      markPaid(dir);
    }
    const typo = `${HADI.slice(0, 17)}8`;
    const file = csv([`1;${typo};Hadi;tahunan;01/01/2026;31/12/2026;;;KURANG`, `2;${ERNA};Erna;tahunan;01/01/2026;31/12/2026;;;BAIK`]);
    const pack = join(root, 'paket-bulan_terakhir.yaml');
    writeFileSync(pack, 'nama: rekap-bulan_terakhir\nversi: "1"\nkinerja:\n  predikat_tahunan: bulan_terakhir\n');
    for (const more of [['--policy', pack], []]) {
      const r = runCli(['rekap', '--tahun', '2026', '--arsip', own, '--penilaian', file, '--force', ...more]);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('PENILAIAN_NIP_TIDAK_DI_ARSIP');
      expect(r.stderr).toContain(`NIP terdekat: ${HADI}`);
      const rows = readCsv(join(own, 'rekap-2026', 'rekap_tahunan.csv'));
      const of = (nip: string) => rows.find((row) => row['nip'] === nip)!;
      expect([of(HADI)['jenjang_jf'], of(HADI)['predikat_12']]).toEqual(['AHLI_PERTAMA', 'BAIK']);
      expect([of(HADI)['predikat_tahunan'], of(HADI)['predikat_tahunan_dasar'], of(HADI)['angka_kredit'], of(HADI)['angka_kredit_dasar']]).toEqual(['', 'penilaian_ditolak', '', 'penilaian_ditolak']);
      // Erna's own row is certain: it is used.
      expect([of(ERNA)['predikat_tahunan'], of(ERNA)['predikat_tahunan_dasar']]).toEqual(['BAIK', 'penilaian']);
    }
  });
});

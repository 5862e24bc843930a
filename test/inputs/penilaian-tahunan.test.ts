import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../../src/errors.js';
import { FindingCollector, findingMessage, type Finding } from '../../src/findings.js';
import { readAnnualRatings } from '../../src/inputs/penilaian.js';
import { openTable } from '../../src/readers/open-table.js';

const BUDI = '198503172010011003';
const SITI = '198604182011012004';
const RINA = '197009151998042852';
const AGUS = '198806202013012006';
const DEWI = '199001012015032007';
const EKO = '198201012008011009';
const TONO = '197805052005011011';
const KNOWN = new Set([BUDI, SITI, RINA, AGUS, DEWI, EKO, TONO, '198705192012011005']);
const context = { tahun: 2026, knownNips: KNOWN };

const dir = mkdtempSync(join(tmpdir(), 'kinerja-tahunan-'));
let files = 0;

/** An e-Kinerja-like export: a title row, a blank row, `;` separators. */
function csv(header: string, rows: readonly string[]): string {
  const path = join(dir, `penilaian-${++files}.csv`);
  writeFileSync(path, ['LAPORAN PENILAIAN SKP PEGAWAI;;;;', ';;;;', header, ...rows].join('\r\n'));
  return path;
}

const findingText = (f: Finding, lang: 'id' | 'en') => findingMessage(f, lang);

async function read(path: string) {
  const findings = new FindingCollector();
  const { byNip, ledgers } = await readAnnualRatings([await openTable(path)], findings, context);
  const all = findings.sorted();
  const of = (level: Finding['level']) => all.filter((f) => f.level === level).map((f) => [f.code, f.row, f.column ?? '', f.value]);
  return { byNip, ledger: ledgers[0]!, all, of };
}

async function stopOf(path: string): Promise<KinerjaError> {
  const error = await read(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KinerjaError);
  return error as KinerjaError;
}

describe('penilaian rows with bulan_skp "tahunan" (kinerja rekap --penilaian)', async () => {
  const file = join(dir, 'penilaian.csv');
  writeFileSync(
    file,
    [
      'NIP,BULAN_SKP,HASIL_AKHIR',
      `'${BUDI},TAHUNAN,SANGAT BAIK`,
      `${SITI},tahunan,BAIK`,
      `${SITI},Tahunan,KURANG / MISCONDUCT`,
      '198705192012011005,Oktober,KURANG',
      `${AGUS},tahunan,Luar biasa`,
    ].join('\n'),
  );
  const findings = new FindingCollector();
  const { byNip } = await readAnnualRatings([await openTable(file)], findings, context);

  it('reads the annual predikat (NIP written as text with an apostrophe)', () => {
    expect([...byNip]).toEqual([[BUDI, 'SANGAT_BAIK']]);
  });

  it('two annual rows that disagree leave the NIP without one (one folded finding for both rows), a month row is not annual, an unknown predikat is an error', () => {
    // Findings of one code, NIP and file fold into one, counting both rows.
    const codes = findings.sorted().filter((f) => f.level === 'error').map((f) => [f.code, f.row, f.count]);
    expect(codes).toEqual([['PENILAIAN_BERTENTANGAN', 3, 2], ['NILAI_TIDAK_DIKENAL', 6, 1]]);
    expect(byNip.has(SITI)).toBe(false);
    expect(byNip.has('198705192012011005')).toBe(false);
    // The month's row is set aside with a finding, not silently.
    expect(findings.sorted().filter((f) => f.code === 'PENILAIAN_BULAN_LAIN').map((f) => [f.row, f.value])).toEqual([[5, 'Oktober']]);
  });
});

describe('a damaged annual export: every row used, rejected or set aside with a finding', async () => {
  const HEAD = 'NO;NIP;NAMA;BULAN_SKP;PERIODE_AWAL_SKP;PERIODE_AKHIR_SKP;HASIL_AKHIR';
  const { byNip, ledger, of, all } = await read(
    csv(HEAD, [
      `1;${BUDI};Budi Santoso;tahunan;01/01/2026;31/12/2026;BAIK`, // row 4
      '2;1.97009E+17;Rina Marlina;tahunan;01/01/2026;31/12/2026;SANGAT BAIK', // 5: scientific notation
      `3;="${SITI}";Siti Aminah;tahunan;01/01/2026;31/12/2026;BAIK`, // 6: Excel's text formula
      '4;198806202013012016;Agus Salim;tahunan;01/01/2026;31/12/2026;KURANG', // 7: one digit wrong (Agus)
      '5;196512121990031001;Pegawai Lain;tahunan;01/01/2026;31/12/2026;BAIK', // 8: another agency
      `6;${DEWI};Dewi Lestari;2026;01/01/2026;31/12/2026;BAIK`, // 9: a bare year
      `7;${DEWI};Dewi Lestari;Tahunan 2026;01/01/2026;31/12/2026;SANGAT BAIK`, // 10: annual, of the year
      `8;${AGUS};Agus Salim;Tahunan 2025;01/01/2025;31/12/2025;BAIK`, // 11: another year in bulan_skp
      `9;${EKO};Eko Prasetyo;tahunan;01/01/2025;31/12/2025;BUTUH PERBAIKAN`, // 12: the period of 2025
      `10;${TONO};Tono Hartono;tahunan;2027-01-01;2027-12-31;BAIK`, // 13: the period of 2027 (ISO)
      `11;${BUDI};Budi Santoso;Oktober;01/10/2026;31/10/2026;BAIK`, // 14: a month
      `12;${RINA};Rina Marlina;Semester I;01/01/2026;30/06/2026;BAIK`, // 15: not a month, not the year
    ]),
  );

  it('uses only the certain annual rows of 2026 (the ="…" NIP repaired and reported)', () => {
    expect([...byNip].sort()).toEqual([[BUDI, 'BAIK'], [SITI, 'BAIK'], [DEWI, 'SANGAT_BAIK']].sort());
    const tidied = all.find((f) => f.code === 'NIP_DIRAPIKAN')!;
    expect([tidied.row, tidied.column, tidied.value, tidied.params['nip']]).toEqual([6, 'NIP', `="${SITI}"`, SITI]);
  });

  it('reports every other row with its file, row, column and value', () => {
    expect(of('error')).toEqual([
      ['NIP_TERPOTONG', 5, 'NIP', '1.97009E+17'],
      ['PENILAIAN_NIP_TIDAK_DI_ARSIP', 7, 'NIP', '198806202013012016'],
      ['PENILAIAN_BULAN_TIDAK_DIKENAL', 9, 'BULAN_SKP', '2026'],
      ['PENILAIAN_TAHUN_LAIN', 11, 'BULAN_SKP', 'Tahunan 2025'],
      ['PENILAIAN_TAHUN_LAIN', 12, 'PERIODE_AWAL_SKP', '01/01/2025'],
      ['PENILAIAN_TAHUN_LAIN', 13, 'PERIODE_AWAL_SKP', '2027-01-01'],
      ['PENILAIAN_BULAN_TIDAK_DIKENAL', 15, 'BULAN_SKP', 'Semester I'],
    ].sort((a, b) => (a[1] as number) - (b[1] as number)));
    expect(of('peringatan')).toEqual([['PENILAIAN_NIP_TIDAK_DI_ARSIP', 8, 'NIP', '196512121990031001']]);
    expect(all.find((f) => f.code === 'NIP_TERPOTONG')!.params['candidates']).toBe(RINA);
    expect(all.find((f) => f.code === 'PENILAIAN_NIP_TIDAK_DI_ARSIP' && f.level === 'error')!.params['closest']).toBe(AGUS);
  });

  it('accounts for every row', () => {
    expect(ledger).toMatchObject({ read: 15, used: 3, rejected: 7, ignored: 2, skipped: 3 });
    expect(ledger.used + ledger.rejected + ledger.ignored + ledger.skipped).toBe(ledger.read);
  });

  it('says how to fix each in Bahasa Indonesia and English', () => {
    const year = all.find((f) => f.code === 'PENILAIAN_TAHUN_LAIN' && f.row === 12)!;
    expect(findingText(year, 'id')).toContain('untuk tahun 2025, bukan 2026');
    expect(findingText(year, 'en')).toContain('Use the 2026 annual appraisal export');
    const typo = all.find((f) => f.code === 'PENILAIAN_NIP_TIDAK_DI_ARSIP' && f.level === 'error')!;
    expect(findingText(typo, 'id')).toContain(`NIP terdekat: ${AGUS}`);
  });
});

describe('period columns as Excel serials and tahun_skp', () => {
  it('a serial date (46022 = 31/12/2025) and a tahun_skp of 2027 are another year', async () => {
    const { byNip, of } = await read(
      csv('NIP;BULAN_SKP;PERIODE_AKHIR_SKP;TAHUN_SKP;HASIL_AKHIR', [
        `${BUDI};tahunan;46387;2026;BAIK`, // 31/12/2026
        `${SITI};tahunan;46022;2026;BAIK`,
        `${AGUS};tahunan;46387;2027;BAIK`,
      ]),
    );
    expect([...byNip]).toEqual([[BUDI, 'BAIK']]);
    expect(of('error')).toEqual([
      ['PENILAIAN_TAHUN_LAIN', 5, 'PERIODE_AKHIR_SKP', '46022'],
      ['PENILAIAN_TAHUN_LAIN', 6, 'TAHUN_SKP', '2027'],
    ]);
  });
});

describe('an .xlsx whose NIP cells are numbers', () => {
  it('rejects every row as NIP_TERPOTONG with the employees it may be, never "0 of 52" in silence', async () => {
    const path = join(dir, 'penilaian.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Laporan');
    ws.addRow(['LAPORAN PENILAIAN SKP TAHUNAN 2026']);
    ws.addRow(['NIP', 'NAMA', 'BULAN_SKP', 'PERIODE_AKHIR_SKP', 'HASIL_AKHIR']);
    ws.addRow([Number(BUDI), 'Budi Santoso', 'tahunan', new Date(Date.UTC(2026, 11, 31)), 'BAIK']);
    ws.addRow([Number(RINA), 'Rina Marlina', 'tahunan', new Date(Date.UTC(2026, 11, 31)), 'SANGAT BAIK']);
    await wb.xlsx.writeFile(path);
    const { byNip, of, all, ledger } = await read(path);
    expect(byNip.size).toBe(0);
    expect(of('error').map((f) => [f[0], f[1], f[2]])).toEqual([['NIP_TERPOTONG', 3, 'NIP'], ['NIP_TERPOTONG', 4, 'NIP']]);
    expect(all.filter((f) => f.code === 'NIP_TERPOTONG').map((f) => f.params['candidates'])).toEqual([BUDI, RINA]);
    expect(ledger).toMatchObject({ read: 4, used: 0, rejected: 2, skipped: 2 });
  });
});

describe('a file that cannot give the annual predikat stops the recap (exit 2)', () => {
  it('no bulan_skp column', async () => {
    const e = await stopOf(csv('NIP;NAMA;HASIL_AKHIR', [`${BUDI};Budi Santoso;BAIK`, `${SITI};Siti Aminah;BAIK`]));
    expect([e.code, e.exitCode]).toEqual(['PENILAIAN_TANPA_BULAN_SKP', 2]);
    expect(e.hint?.id).toContain('Tambahkan kolom bulan_skp');
  });

  it('only months\' rows', async () => {
    const e = await stopOf(csv('NIP;BULAN_SKP;HASIL_AKHIR', [`${BUDI};Januari;BAIK`, `${BUDI};Februari;BAIK`]));
    expect([e.code, e.exitCode]).toEqual(['PENILAIAN_TANPA_TAHUNAN', 2]);
    expect(e.text.id).toContain("'Januari', 'Februari'");
  });

  it('only another year\'s annual rows', async () => {
    const e = await stopOf(csv('NIP;BULAN_SKP;PERIODE_AKHIR_SKP;HASIL_AKHIR', [`${BUDI};tahunan;31/12/2025;BAIK`, `${SITI};tahunan;31/12/2025;BAIK`]));
    expect([e.code, e.exitCode]).toEqual(['PENILAIAN_TAHUN_LAIN', 2]);
    expect(e.text.en).toContain('is for 2025, not 2026');
  });
});

describe('the NIPs whose annual rating is in doubt (doubted: no annual predikat, no angka kredit)', () => {
  it('a conflict, an unreadable value, a typo naming the closest NIP and a month-less bulan_skp hold the NIPs they may be; another year\'s row holds only a NIP without a rating of the year', async () => {
    const path = csv('NIP;BULAN_SKP;PERIODE_AKHIR_SKP;HASIL_AKHIR', [
      `${BUDI};tahunan;31/12/2026;BAIK`,
      `${BUDI};tahunan;31/12/2026;KURANG`,
      `${SITI};tahunan;31/12/2026;Luar biasa`,
      `${RINA.slice(0, 17)}3;tahunan;31/12/2026;KURANG`,
      `${AGUS};tahunan;31/12/2025;KURANG`,
      `${AGUS};tahunan;31/12/2026;BAIK`,
      `${DEWI};tahunan;31/12/2025;KURANG`,
      `${EKO};2026;31/12/2026;BAIK`,
      `${TONO};Oktober;31/10/2026;BAIK`,
      `${TONO};tahunan;31/12/2026;SANGAT BAIK`,
    ]);
    const { byNip, doubted } = await readAnnualRatings([await openTable(path)], new FindingCollector(), context);
    expect([...doubted].sort()).toEqual([BUDI, SITI, RINA, DEWI, EKO].sort());
    expect(new Map(byNip)).toEqual(new Map([[AGUS, 'BAIK'], [TONO, 'SANGAT_BAIK']]));
  });
});

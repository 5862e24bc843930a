import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';
import { writeArchivedMonth } from '../helpers/paid-folder.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';

/**
 * A two-person agency in December 2026: both TK/0, penghasilan_bruto 8,000,000, pagu 5,000,000, full
 * attendance, predikat BAIK → tpp_bruto 5,000,000 each; gaji 4,200,000 → BPJS 1 % of 5,000,000 = 50,000.
 * Monthly TER A: 13,000,000 → 5 % = 650,000 − 8,000,000 → 1.5 % = 120,000 = 530,000 on the TPP.
 */
function agency(pajak: string, iuran: { budi: string; rina: string } | null = { budi: '0', rina: '0' }): { input: string; policy: string; arsip: string } {
  const root = tempDir();
  const input = join(root, 'masukan');
  mkdirSync(input);
  for (const f of ['capaian.csv', 'perilaku.csv']) cpSync(join(fixture('rekap-bulanan'), f), join(input, f));
  writeFileSync(
    join(input, 'pegawai.csv'),
    [
      `nip,nama,unit,jabatan,golongan,status,tpp_pagu,gaji,penghasilan_bruto,status_ptkp${iuran ? ',Iuran Pensiun' : ''}`,
      `${BUDI},Budi Santoso,BKPSDM,Analis Kepegawaian,III/c,PNS,5000000,4200000,8000000,TK/0${iuran ? `,${iuran.budi}` : ''}`,
      `${RINA},Rina Wulandari,BKPSDM,Analis Kepegawaian,III/c,PNS,5000000,4200000,8000000,TK/0${iuran ? `,${iuran.rina}` : ''}`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(input, 'presensi_rekap.csv'),
    [
      'NIP;Hari Kerja;Hadir;TL1;TL2;TL3;TL4;PSW1;PSW2;PSW3;PSW4;TK;Izin;Sakit;Cuti;Dinas Luar;CLTN;TB',
      `${BUDI};21;21;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0`,
      `${RINA};21;21;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0`,
      '',
    ].join('\n'),
  );
  const policy = join(root, 'paket.yaml');
  writeFileSync(policy, `pajak:\n${pajak}`);
  const arsip = join(root, 'hasil');
  // Budi all year; Rina from July. Each month 5,000,000 with 530,000 withheld (TER).
  for (let m = 1; m <= 11; m++) {
    const lines = [{ nip: BUDI, tppBruto: 5_000_000, pph21: 530_000 }, ...(m >= 7 ? [{ nip: RINA, tppBruto: 5_000_000, pph21: 530_000 }] : [])];
    writeArchivedMonth(arsip, `2026-${String(m).padStart(2, '0')}`, lines);
  }
  return { input, policy, arsip };
}

const december = (a: { input: string; policy: string; arsip: string }, extra: string[] = []) => {
  const out = join(a.arsip, '2026-12');
  const run = runCli(['run', '--period', '2026-12', '--input', a.input, '--policy', a.policy, '--out', out, ...extra]);
  const rows = run.status <= 1 ? readCsv(join(out, 'pegawai.csv')) : [];
  return { run, out, byNip: new Map(rows.map((r) => [r['nip']!, r])) };
};

describe('December under TER with a paid January–November in the archive', () => {
  const a = agency('  metode: ter\n');
  const { run, out, byNip } = december(a);

  it('Budi, all year: the annual recalculation less what Jan–Nov withheld, worked by hand', () => {
    // Year: gaji 12 × 8,000,000 = 96,000,000 + TPP 12 × 5,000,000 = 60,000,000 = 156,000,000.
    // Biaya jabatan 5 % = 7,800,000, capped at 6,000,000; neto 150,000,000 − PTKP 54,000,000
    //   = PKP 96,000,000 → 5 % × 60,000,000 + 15 % × 36,000,000 = 3,000,000 + 5,400,000 = 8,400,000.
    // Gaji alone: 96,000,000 − 4,800,000 − 54,000,000 = 37,200,000 → 1,860,000. On the TPP: 6,540,000.
    // Withheld Jan–Nov 11 × 530,000 = 5,830,000 → December 710,000 (TER alone would be 530,000).
    expect(run.status, run.stderr).toBe(0);
    expect(byNip.get(BUDI)).toMatchObject({ tpp_bruto: '5000000', pph21: '710000', bpjs_pegawai: '50000', tpp_netto: '4240000' });
  });

  it('Rina, from July: six months, not annualised; the over-withholding is returned', () => {
    // 6 × 8,000,000 = 48,000,000 + 6 × 5,000,000 = 30,000,000 = 78,000,000; biaya jabatan 3,900,000
    // capped at 6 × 500,000 = 3,000,000; 75,000,000 − 54,000,000 = PKP 21,000,000 → 1,050,000.
    // Gaji alone 48,000,000 − 2,400,000 < PTKP → 0. Withheld 5 × 530,000 = 2,650,000 → −1,600,000.
    // Net 5,000,000 + 1,600,000 − 50,000 = 6,550,000.
    expect(byNip.get(RINA)).toMatchObject({ pph21: '-1600000', tpp_netto: '6550000' });
    const found = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PPH21_DESEMBER_KEMBALI');
    expect(found.map((f) => f['nip'])).toEqual([RINA]);
    // Amounts with thousand separators, as KOREKSI_USANG shows them: 1,050,000 on the year, 2,650,000 withheld.
    expect(found[0]!['pesan']).toContain('PPh 21 atas TPP setahun Rp 1.050.000, sudah dipotong Januari–November Rp 2.650.000: kelebihan Rp 1.600.000 dikembalikan');
  });

  it('the finance files show no negative deduction: Rina\'s refund is pph21_lebih_potong beside pph21 0, and every total adds up', () => {
    // tpp.csv and SIPD: Budi withholds 710,000; Rina 0 withheld and 1,600,000 returned, potongan 50,000 (BPJS),
    // netto 5,000,000 − 50,000 + 1,600,000 = 6,550,000.
    const tpp = new Map(readCsv(join(out, 'tpp.csv')).map((r) => [r['nip']!, r]));
    expect(tpp.get(BUDI)).toMatchObject({ pph21: '710000', pph21_lebih_potong: '0', tpp_netto: '4240000' });
    expect(tpp.get(RINA)).toMatchObject({ pph21: '0', pph21_lebih_potong: '1600000', bpjs_pegawai: '50000', tpp_netto: '6550000' });
    const sipd = readCsv(join(out, 'sipd_nominatif.csv'));
    expect(Object.keys(sipd[0]!)).toEqual(['no', 'nama', 'nip', 'golongan', 'jabatan', 'kelas', 'bruto', 'pph21', 'bpjs_1', 'bpjs_4', 'potongan', 'pph21_lebih_potong', 'netto', 'bank', 'rekening']);
    expect(sipd.find((r) => r['nip'] === RINA)).toMatchObject({ bruto: '5000000', pph21: '0', potongan: '50000', pph21_lebih_potong: '1600000', netto: '6550000' });
    for (const row of sipd) expect(Number(row['netto'])).toBe(Number(row['bruto']) - Number(row['potongan']) + Number(row['pph21_lebih_potong']));
    expect(sipd.every((r) => Number(r['pph21']) >= 0 && Number(r['potongan']) >= 0)).toBe(true);
    // ringkasan.json: pph21 710,000 − 1,600,000 = −890,000 (withheld less returned), returned 1,600,000;
    // what is paid out (here: no accounts, tanpa_rekening) is the net 4,240,000 + 6,550,000 = 10,790,000.
    const r = readRingkasan(out);
    expect(r.total).toMatchObject({ pph21: -890_000, pph21_lebih_potong: 1_600_000, netto: 10_790_000 });
    const sum = (rows: Record<string, string>[], key: string) => rows.reduce((s, x) => s + Number(x[key]), 0);
    expect(sum(sipd, 'pph21')).toBe(710_000);
    expect(sum(sipd, 'pph21') - sum(sipd, 'pph21_lebih_potong')).toBe(r.total.pph21);
    expect(sum(sipd, 'netto')).toBe(r.total.netto);
    expect(r.tanpa_rekening?.jumlah).toBe(10_790_000);
    // pegawai.csv keeps the computation: PPh 21 −1,600,000.
    expect(byNip.get(RINA)!['pph21']).toBe('-1600000');
  });

  it('the summary says December was recalculated for the year', () => {
    const r = readRingkasan(out);
    expect(r.catatan.join(' ')).toContain('perhitungan ulang setahun');
    expect(r.total.pph21).toBe(710_000 - 1_600_000);
  });

  it('jelaskan shows the steps (English)', () => {
    const x = runCli(['jelaskan', BUDI, '--period', '2026-12', '--input', a.input, '--policy', a.policy, '--arsip', a.arsip, '--lang', 'en']);
    expect(x.status, x.stderr).toBe(0);
    expect(x.stdout + x.stderr).toContain('over 12 months');
    const text = x.stdout + x.stderr;
    expect(text).toContain('= Rp 156,000,000');
    expect(text).toContain("Biaya jabatan (at most Rp 6,000,000): Rp 6,000,000 (gaji alone: Rp 4,800,000); the year's iuran pensiun Rp 0; PTKP Rp 54,000,000");
    expect(text).toContain("PKP (rounded down to the thousand) Rp 96,000,000 → the year's tax Rp 8,400,000");
    expect(text).toContain('December PPh 21 = Rp 6,540,000 − withheld January–November Rp 5,830,000 = Rp 710,000');
    // The refund's finding, in English: amounts with English separators.
    const en = join(tempDir(), '2026-12');
    expect(runCli(['run', '--period', '2026-12', '--input', a.input, '--policy', a.policy, '--arsip', a.arsip, '--out', en, '--lang', 'en']).status).toBe(0);
    const kembali = readCsv(join(en, 'validasi.csv')).find((f) => f['kode'] === 'PPH21_DESEMBER_KEMBALI')!;
    expect(kembali['pesan']).toContain("PPh 21 on the year's TPP Rp 1,050,000, withheld January–November Rp 2,650,000: the excess Rp 1,600,000 is returned");
  });
});

describe('December stays TER, with a warning, when the year cannot be recalculated', () => {
  it('a month was not paid: everyone keeps TER and the warning names the month', () => {
    const a = agency('  metode: ter\n');
    rmSync(join(a.arsip, '2026-05', 'dibayar.json'));
    const { run, out, byNip } = december(a);
    expect(run.status, run.stderr).toBe(0);
    expect(byNip.get(BUDI)).toMatchObject({ pph21: '530000' });
    expect(byNip.get(RINA)).toMatchObject({ pph21: '530000' });
    const warnings = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PPH21_DESEMBER_TER');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!['pesan']).toContain('Mei');
    // A finding about the whole run is placed as such on the terminal (it printed a bare "-").
    expect(run.stderr).toMatch(/PPH21_DESEMBER_TER — 1 temuan[^\n]*\n {2}\(seluruh proses\)\n/);
    expect(readRingkasan(out).catatan.join(' ')).toContain('TER bulanan tanpa perhitungan ulang setahun');
    // jelaskan says this December was to recalculate the year and why it did not, not the other months' note.
    const x = runCli(['jelaskan', BUDI, '--period', '2026-12', '--input', a.input, '--policy', a.policy, '--arsip', a.arsip]);
    expect(x.status, x.stderr).toBe(0);
    expect(x.stdout).toContain('Desember ini tetap TER bulanan, tanpa perhitungan ulang setahun');
    expect(x.stdout).toContain('PPH21_DESEMBER_TER');
    expect(x.stdout).not.toContain('perhitungan ulang setahun hanya di Desember');
  });

  it("an employee's own gap: that employee keeps TER, the other is recalculated", () => {
    const a = agency('  metode: ter\n');
    // Rina missing from September (the month itself was paid): a gap from July.
    writeArchivedMonth(a.arsip, '2026-09', [{ nip: BUDI, tppBruto: 5_000_000, pph21: 530_000 }]);
    const { byNip, out } = december(a);
    expect(byNip.get(BUDI)).toMatchObject({ pph21: '710000' });
    expect(byNip.get(RINA)).toMatchObject({ pph21: '530000' });
    const warnings = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PPH21_DESEMBER_TER');
    expect(warnings.map((f) => [f['nip'], f['pesan']!.includes('September')])).toEqual([[RINA, true]]);
  });

  it('arrears paid to an employee during the year: that employee keeps TER', () => {
    const a = agency('  metode: ter\n');
    writeArchivedMonth(a.arsip, '2026-05', [{ nip: BUDI, tppBruto: 5_000_000, pph21: 530_000, rapel: 1_000_000 }]);
    const { byNip, out } = december(a);
    expect(byNip.get(BUDI)).toMatchObject({ pph21: '530000' });
    // Rina (from July) is untouched by May: recalculated, −1,600,000 as above.
    expect(byNip.get(RINA)).toMatchObject({ pph21: '-1600000' });
    const warnings = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PPH21_DESEMBER_TER');
    expect(warnings.map((f) => [f['nip'], f['pesan']!.includes('rapel')])).toEqual([[BUDI, true]]);
  });

  it('pajak.desember: ter keeps monthly TER without a warning', () => {
    const a = agency('  metode: ter\n  desember: ter\n');
    const { byNip, out } = december(a);
    expect(byNip.get(BUDI)).toMatchObject({ pph21: '530000' });
    expect(readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PPH21_DESEMBER_TER')).toEqual([]);
    const x = runCli(['jelaskan', BUDI, '--period', '2026-12', '--input', a.input, '--policy', a.policy, '--arsip', a.arsip]);
    expect(x.stdout).not.toContain('Desember ini tetap TER');
    expect(x.stdout).not.toContain('PPH21_DESEMBER_TER');
  });

  it('a paid month deleted from the archive, which the list of payments names, stops the run instead of keeping TER', () => {
    const a = agency('  metode: ter\n');
    // The line tandai-dibayar would have added when May was marked (the helper's record: paid 25 May by "uji").
    writeFileSync(join(a.arsip, 'kinerja-dibayar.csv'), 'periode,folder,dibayar_pada,oleh\n2026-05,2026-05,2026-05-25T03:00:00.000Z,uji\n');
    expect(december(a).run.status).toBe(0);
    rmSync(join(a.arsip, '2026-05'), { recursive: true });
    const { run } = december(a, ['--force']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ARSIP_DIBAYAR_HILANG');
  });

  it('a paid month edited after it was paid stops the run (exit 2)', () => {
    const a = agency('  metode: ter\n');
    writeFileSync(join(a.arsip, '2026-03', 'pegawai.csv'), 'nip,nama\n');
    const { run } = december(a);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ARSIP_DIUBAH');
  });
});

describe('the iuran pensiun in December', () => {
  it('a staff file without the column stops the run (exit 2) with what to do', () => {
    const { run } = december(agency('  metode: ter\n', null));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('IURAN_PENSIUN_TIDAK_ADA');
    expect(run.stderr).toContain('Tambahkan kolom iuran_pensiun');
  });

  it('a header that looks like it but does not map is named in the stop', () => {
    const a = agency('  metode: ter\n', null);
    const file = join(a.input, 'pegawai.csv');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status_ptkp\n', 'status_ptkp,IURAN PENSIUN (Rp)\n').replace(/TK\/0\n/g, 'TK/0,400000\n'));
    const { run } = december(a);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Kolom 'IURAN PENSIUN (Rp)' tidak dikenal sebagai iuran_pensiun");
  });

  it('an unreadable cell holds the employee with its own error only, not also as empty', () => {
    const { out, byNip } = december(agency('  metode: ter\n', { budi: '0', rina: 'empat ratus ribu' }));
    expect(byNip.get(RINA)).toMatchObject({ status_bayar: 'ditahan' });
    const codes = readCsv(join(out, 'validasi.csv')).filter((f) => f['nip'] === RINA && f['tingkat'] === 'error').map((f) => f['kode']);
    expect(codes).toEqual(['ANGKA_TIDAK_VALID']);
  });

  it('without the column, a December that stays TER (a month unpaid) runs: nothing is recalculated', () => {
    const a = agency('  metode: ter\n', null);
    rmSync(join(a.arsip, '2026-05', 'dibayar.json'));
    const { run, byNip } = december(a);
    expect(run.status, run.stderr).toBe(0);
    expect(byNip.get(BUDI)).toMatchObject({ pph21: '530000' });
  });

  it("deducts each employee's contribution; an empty cell holds that employee", () => {
    // Budi, iuran 400,000 a month (4,800,000 a year): PKP 91,200,000 → 7,680,000; gaji alone
    // 32,400,000 → 1,620,000; on the TPP 6,060,000 − 5,830,000 = 230,000 (710,000 without it).
    const a = agency('  metode: ter\n', { budi: '400000', rina: '' });
    const { run, out, byNip } = december(a);
    expect(run.status, run.stderr).toBe(1);
    expect(byNip.get(BUDI)).toMatchObject({ status_bayar: 'dibayar', pph21: '230000' });
    expect(byNip.get(RINA)).toMatchObject({ status_bayar: 'ditahan' });
    const kosong = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'IURAN_PENSIUN_KOSONG');
    expect(kosong.map((f) => [f['nip'], f['baris'], f['kolom']])).toEqual([[RINA, '3', 'Iuran Pensiun']]);
    const x = runCli(['jelaskan', BUDI, '--period', '2026-12', '--input', a.input, '--policy', a.policy, '--arsip', a.arsip]);
    expect(x.stdout).toContain('iuran pensiun setahun Rp 4.800.000');
    expect(x.stdout).toContain('PPh 21 Desember = Rp 6.060.000 − dipotong Januari–November Rp 5.830.000 = Rp 230.000');
  });

  it('a contribution with a digit too few is a typo too: held; 0 is an employee who pays none', () => {
    // 33,600 is 0.8 % of gaji 4,200,000, under the pack's 2 %.
    const { run, out, byNip } = december(agency('  metode: ter\n', { budi: '0', rina: '33600' }));
    expect(run.status, run.stderr).toBe(1);
    expect(byNip.get(BUDI)).toMatchObject({ status_bayar: 'dibayar', pph21: '710000' });
    expect(byNip.get(RINA)).toMatchObject({ status_bayar: 'ditahan' });
    expect(readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'IURAN_PENSIUN_TIDAK_WAJAR').map((f) => f['nip'])).toEqual([RINA]);
  });

  it('a contribution with a digit too many is a typo: that employee is held', () => {
    // 8 % of gaji 4,200,000 is 336,000; typed 3,360,000, it is 80 % of the salary (the pack allows 10 %).
    const { run, out, byNip } = december(agency('  metode: ter\n', { budi: '0', rina: '3360000' }));
    expect(run.status, run.stderr).toBe(1);
    expect(byNip.get(BUDI)).toMatchObject({ pph21: '710000' });
    expect(byNip.get(RINA)).toMatchObject({ status_bayar: 'ditahan' });
    const [wajar] = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'IURAN_PENSIUN_TIDAK_WAJAR');
    expect(wajar).toMatchObject({ nip: RINA, kolom: 'Iuran Pensiun', nilai: '3360000' });
    expect(wajar!['pesan']).toContain('di luar 2–10 % dari gaji 4.200.000 (Rp 84.000 .. Rp 420.000)');
  });
});

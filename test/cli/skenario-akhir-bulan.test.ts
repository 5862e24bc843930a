/**
 * After the run, across the year: the sample agency (its staff, units, SKP and behaviour scores) for
 * every month of 2026 under the TER pack (40 tetap / 36 presensi / 24 kinerja), with finance's steps
 * in the order docs/keuangan.md gives them.
 *
 * - January–September: plain months (everyone in on time), each run and marked paid.
 * - October: the real sample month, with Novita's realisasi typed as "tujuh", so she is held; paid.
 * - November: her realisasi is fixed in October's folder, and Erna's first indicator is corrected
 *   from 168 to 126 there too. November is run with `--rapel 2026-10` (Novita's arrear) and paid;
 *   then October is run again: a correction (-koreksi-1) against the paid October.
 * - December: PPh 21 is the annual recalculation from the paid January–November; December is paid
 *   and the year is recapped.
 *
 * Worked by hand (TER tables of bawaan; pph = TER(other income + TPP) − TER(other income)):
 * - Novita Anggraeni (197810202007032326, K/0 → TER A, penghasilan_bruto 6,873,300), October once
 *   fixed: pagu 6,500,000, every component full → bruto 6,500,000. TER A: 6,873,300 → 1.25 % =
 *   85,916; 13,373,300 → 5 % = 668,665; pph 582,749. BPJS 1 % = 65,000. Netto 5,852,251.
 * - Erna Susanti (197611252002032427, K/3 → TER C, penghasilan_bruto 8,361,900, pagu 7,500,000):
 *   capaian (168/180 × 50 + 19/20 × 30 + 124/120 × 20) = 95.83 → (126/180 × 50 + …) = 84.17;
 *   kinerja 24 % × 7,500,000 = 1,800,000 × capaian: 1,725,000 → 1,515,000; bruto 7,425,000 →
 *   7,215,000. TER C: 8,361,900 → 1 % = 83,619; 15,786,900 and 15,576,900 → 6 %: 947,214 and
 *   934,614; pph 863,595 → 850,995. BPJS 60,244 (capped) both. Netto 6,501,161 → 6,303,761:
 *   overpaid 197,400.
 * - Muhammad Ma'ruf (197911302001011988, TK/0 → A, penghasilan_bruto 6,586,900): every month bruto
 *   5,250,000, TER A 6,586,900 → 1 % = 65,869; 11,836,900 → 4 % = 473,476; pph 407,607, netto
 *   5,250,000 − 407,607 − 52,500 = 4,789,893. December, annual (PMK 168/2023, Pasal 17):
 *   gaji 12 × 6,586,900 = 79,042,800; with TPP 12 × 5,250,000 = 63,000,000: 142,042,800;
 *   biaya jabatan min(5 %, 6,000,000) = 6,000,000; iuran pensiun 12 × 444,360 = 5,332,320; PTKP
 *   TK/0 54,000,000; PKP 76,710,480 → 76,710,000 → 5 % × 60,000,000 + 15 % × 16,710,000 = 5,506,500.
 *   Gaji alone: biaya jabatan 3,952,140, PKP 79,042,800 − 3,952,140 − 5,332,320 − 54,000,000 =
 *   15,758,340 → 15,758,000 → 787,900. Tax on the year's TPP 4,718,600 − January–November
 *   11 × 407,607 = 4,483,677 → December 234,923; netto 5,250,000 − 234,923 − 52,500 = 4,962,577.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { withSampleLocalRules } from '../helpers/builders.js';
import { byNip, ERNA, NOVITA, novitaTypo, octoberPaidWithNovitaHeld } from '../helpers/month-end.js';
import { readRingkasan } from '../helpers/ringkasan.js';
import { writeSampleMonth } from '../helpers/sample-months.js';
import { fixture, readCsv, runCli, tempDir, type CliResult } from './run-cli.js';

const MARUF = '197911302001011988';

describe('month end across 2026: paid months, an arrear, a correction, December tax and the year', () => {
  const root = tempDir();
  const arsip = join(root, 'hasil');
  const pack = withSampleLocalRules(join(fixture('paket-ter'), 'paket-aturan.yaml'), root);
  const oktober = join(root, 'masukan', '2026-10');
  const runs = new Map<string, CliResult>();
  const run = (label: string, period: string, input: string, extra: string[] = []) => {
    const r = runCli(['run', '--period', period, '--input', input, '--policy', pack, '--out', join(arsip, period), ...extra]);
    runs.set(label, r);
    return r;
  };
  const pay = (period: string) => {
    const r = runCli(['tandai-dibayar', period, '--arsip', arsip, '--oleh', 'Bendahara Uji']);
    runs.set(`bayar ${period}`, r);
    return r;
  };
  const capaian = join(oktober, 'capaian_skp.csv');
  const original = readFileSync(join(fixture('contoh'), 'capaian_skp.csv'), 'utf8');

  beforeAll(() => {
    for (let month = 1; month <= 9; month++) {
      const period = `2026-0${month}`;
      run(period, period, writeSampleMonth(join(root, 'masukan', period), 2026, month));
      pay(period);
    }
    cpSync(fixture('contoh'), oktober, { recursive: true });
    // Novita's realisasi "7" typed as a word: her October is held.
    writeFileSync(capaian, novitaTypo(original));
    run('2026-10', '2026-10', oktober);
    pay('2026-10');
    // November: both fixes are made in October's folder, where the rapel and the correction read them.
    writeFileSync(capaian, original.replace('diverifikasi;180;168;', 'diverifikasi;180;126;'));
    run('2026-11', '2026-11', writeSampleMonth(join(root, 'masukan', '2026-11'), 2026, 11), ['--rapel', '2026-10']);
    pay('2026-11');
    run('koreksi', '2026-10', oktober);
    run('2026-12', '2026-12', writeSampleMonth(join(root, 'masukan', '2026-12'), 2026, 12));
  }, 600_000);

  it('runs every month and marks January–November paid; October holds Novita', () => {
    for (const [label, r] of runs) expect(r.status, `${label}: ${r.stderr}`).toBe(label === '2026-10' ? 1 : 0);
    for (let month = 1; month <= 11; month++) expect(existsSync(join(arsip, `2026-${String(month).padStart(2, '0')}`, 'dibayar.json'))).toBe(true);
    const oct = readCsv(join(arsip, '2026-10', 'pegawai.csv'));
    expect(byNip(oct, NOVITA)).toMatchObject({ status_bayar: 'ditahan', tpp_netto: '0' });
    expect(byNip(oct, ERNA)).toMatchObject({ tpp_bruto: '7425000', pph21: '863595', tpp_netto: '6501161' });
    expect(byNip(readCsv(join(arsip, '2026-03', 'pegawai.csv')), MARUF)).toMatchObject({ tpp_bruto: '5250000', pph21: '407607', tpp_netto: '4789893' });
  });

  it("November pays Novita's October as rapel, with the transfer and the bank files adding it", () => {
    const out = join(arsip, '2026-11');
    expect(readCsv(join(out, 'rapel.csv'))).toEqual([
      expect.objectContaining({ nip: NOVITA, periode: '2026-10', netto_seharusnya: '5852251', sudah_dibayar: '0', rapel: '5852251', status: 'dibayar' }),
    ]);
    // Her November is a plain full month: the same 5,852,251 as October's, plus the arrear.
    expect(byNip(readCsv(join(out, 'tpp.csv')), NOVITA)).toMatchObject({ tpp_netto: '5852251', rapel: '5852251', jumlah_transfer: '11704502' });
    const ringkasan = readRingkasan(out);
    expect(ringkasan.total.rapel).toBe(5_852_251);
    const banks = (ringkasan.bank ?? []).reduce((sum, b) => sum + b.jumlah, 0);
    expect(banks).toBe(ringkasan.total.netto + 5_852_251);
    // Her bank row says what the amount above her netto is; the other rows are November's TPP alone.
    const bankRows = readdirSync(out).filter((n) => n.startsWith('bank_')).flatMap((n) => readFileSync(join(out, n), 'utf8').split('\n').slice(1).filter((l) => l !== ''));
    expect(bankRows.filter((l) => l.includes(NOVITA))).toEqual([expect.stringContaining(',11704502,197810202007032326,TPP 2026-11 + rapel 2026-10')]);
    expect(bankRows.filter((l) => !l.includes(NOVITA)).every((l) => l.endsWith(',TPP 2026-11'))).toBe(true);
    // Marking November paid showed what was transferred (netto + rapel) beside the month's netto.
    const paid = runs.get('bayar 2026-11')!;
    const rp = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;
    expect(paid.stderr).toMatch(new RegExp(`TPP netto +${rp(ringkasan.total.netto).replace(/\./g, '\\.')}\n`));
    expect(paid.stderr).toContain(`Rapel`);
    expect(paid.stderr).toContain(`Ditransfer (netto + rapel)  ${rp(ringkasan.total.netto + 5_852_251)}`);
  });

  it("the October correction, run after November was paid, asks back only Erna's overpayment", async () => {
    const out = join(arsip, '2026-10-koreksi-1');
    const selisih = readCsv(join(out, 'selisih.csv'));
    expect(byNip(selisih, ERNA)).toMatchObject({ netto_dibayar: '6501161', netto_baru: '6303761', selisih: '-197400', jenis: 'kelebihan_bayar' });
    // Held in the paid October, paid since as rapel: nothing more is due.
    expect(byNip(selisih, NOVITA)).toMatchObject({ netto_dibayar: '5852251', netto_baru: '5852251', selisih: '0', jenis: 'sama' });
    expect(byNip(selisih, NOVITA)!['alasan']).toContain('RAPEL');
    expect(selisih).toHaveLength(2);
    // Only the differences are paid or recovered: no bank or SIPD file of the whole month again.
    expect(readdirSync(out).filter((n) => n.startsWith('bank_') || n.startsWith('sipd') || n === 'tanpa_rekening.csv')).toEqual([]);
    expect(readRingkasan(out).bank).toBeUndefined();
    // Its TPP sheet is the month as corrected, titled so nobody pays from it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'kinerja-2026-10.xlsx'));
    expect(wb.getWorksheet('TPP')!.getCell('A1').text).toMatch(/^KOREKSI — .*BUKAN DAFTAR BAYAR/);
    // Its tpp.csv says so on every row, in a last column: the paid October's columns come first, unchanged.
    const paidHeader = readFileSync(join(arsip, '2026-10', 'tpp.csv'), 'utf8').split('\n')[0]!;
    expect(readFileSync(join(out, 'tpp.csv'), 'utf8').split('\n')[0]).toBe(`${paidHeader},status_berkas`);
    const list = readCsv(join(out, 'tpp.csv'));
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((row) => row['status_berkas']))).toEqual(new Set(['KOREKSI — BUKAN DAFTAR BAYAR']));
    expect(readCsv(join(arsip, '2026-10', 'tpp.csv'))[0]).not.toHaveProperty('status_berkas');
    const sheet = wb.getWorksheet('TPP')!;
    expect((sheet.getRow(3).values as unknown[]).at(-1)).toBe('Status Berkas');
    expect(sheet.getRow(4).getCell(sheet.getRow(3).cellCount).text).toBe('KOREKSI — BUKAN DAFTAR BAYAR');
    expect(readRingkasan(out)).toMatchObject({
      koreksi: { nomor: 1, dibanding: '2026-10' },
      selisih: { kekurangan_bayar: 0, kelebihan_bayar: 197_400, bersih: -197_400, pegawai_berubah: 2 },
    });
  });

  it("December's PPh 21 is the annual recalculation for Ma'ruf; Novita, paid arrears in the year, stays TER", () => {
    const out = join(arsip, '2026-12');
    const dec = readCsv(join(out, 'pegawai.csv'));
    expect(byNip(dec, MARUF)).toMatchObject({ tpp_bruto: '5250000', pph21: '234923', tpp_netto: '4962577' });
    const warnings = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PPH21_DESEMBER_TER');
    expect(warnings.map((f) => f['nip'])).toEqual([NOVITA]);
    const explain = runCli(['jelaskan', MARUF, '--period', '2026-12', '--input', join(root, 'masukan', '2026-12'), '--policy', pack, '--arsip', arsip]);
    expect(explain.status, explain.stderr).toBe(0);
    expect(explain.stdout).toContain('PKP (dibulatkan ke bawah ke ribuan) Rp 76.710.000 → pajak setahun Rp 5.506.500');
    expect(explain.stdout).toContain('PPh 21 Desember = Rp 4.718.600 − dipotong Januari–November Rp 4.483.677 = Rp 234.923');
  });

  it('rekap --tahun 2026 reads the paid months: October as paid (the correction is not), arrears in November', () => {
    expect(pay('2026-12').status).toBe(0);
    const r = runCli(['rekap', '--tahun', '2026', '--arsip', arsip]);
    expect(r.status, r.stderr).toBe(0);
    const rows = readCsv(join(arsip, 'rekap-2026', 'rekap_tahunan.csv'));
    // 11 × 4,789,893 + 4,962,577 = 57,651,400.
    expect(byNip(rows, MARUF)).toMatchObject({ tpp_12: '4962577', tpp_total: '57651400', bulan_tidak_ada: '', bulan_belum_dibayar: '' });
    expect(byNip(rows, NOVITA)).toMatchObject({ tpp_10: '0', tpp_11: '11704502' });
    expect(byNip(rows, ERNA)).toMatchObject({ tpp_10: '6501161' });
    expect(r.stderr).toContain('2026-10-koreksi-1');
  });

  it('bandingkan shows the same two changes between the paid October and its correction', () => {
    const r = runCli(['bandingkan', join(arsip, '2026-10'), join(arsip, '2026-10-koreksi-1'), '--out', join(root, 'bandingkan.csv'), '--json']);
    expect(r.status, r.stderr).toBe(0);
    // A plain comparison of two folders knows nothing of the rapel: 5,852,251 − 197,400 = 5,654,851.
    const { total } = JSON.parse(r.stdout) as { total: Record<string, number> };
    expect(total).toMatchObject({ kekurangan_bayar: 5_852_251, kelebihan_bayar: 197_400, bersih: 5_654_851, pegawai_berubah: 2 });
    expect(readCsv(join(root, 'bandingkan.csv')).map((row) => row['nip']).sort()).toEqual([NOVITA, ERNA].sort());
  });

  it('no --force replaces a paid folder: October again goes to its unpaid correction, every paid file unchanged', () => {
    const r = run('lagi', '2026-10', oktober, ['--force']);
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(arsip, '2026-10-koreksi-2'))).toBe(false);
    for (let month = 1; month <= 12; month++) {
      const dir = join(arsip, `2026-${String(month).padStart(2, '0')}`);
      const record = JSON.parse(readFileSync(join(dir, 'dibayar.json'), 'utf8')) as { berkas: { nama: string; sha256: string }[] };
      for (const file of record.berkas) expect(createHash('sha256').update(readFileSync(join(dir, file.nama))).digest('hex'), `${dir}/${file.nama}`).toBe(file.sha256);
    }
  });
});

describe('a correction computed before an arrear of its period was paid is not marked paid until it is computed again', () => {
  it('refuses the stale correction (KOREKSI_USANG), then pays the recomputed one, which no longer asks for Novita', () => {
    const { root, arsip, oktober, run, pay, octoberTypo } = octoberPaidWithNovitaHeld();
    // The correction first, from October's input before Novita's fix: she is still held, so it pays
    // her nothing. (A correction paying her October would stop November's --rapel until it is
    // settled: rapel-koreksi-tertunda.test.ts.)
    octoberTypo(true);
    expect(run('2026-10', oktober).status).toBe(1);
    expect(byNip(readCsv(join(arsip, '2026-10-koreksi-1', 'selisih.csv')), NOVITA)).toBeUndefined();
    octoberTypo(false);
    // Then November pays her October as rapel, and is paid.
    expect(run('2026-11', writeSampleMonth(join(root, 'november'), 2026, 11), ['--rapel', '2026-10']).status).toBe(0);
    const owed = Number(byNip(readCsv(join(arsip, '2026-11', 'rapel.csv')), NOVITA)!['rapel']);
    expect(owed).toBeGreaterThan(0);
    expect(pay('2026-11').status).toBe(0);
    const stale = pay('2026-10');
    expect(stale.status).toBe(2);
    expect(stale.stderr).toContain('KOREKSI_USANG');
    expect(existsSync(join(arsip, '2026-10-koreksi-1', 'dibayar.json'))).toBe(false);
    expect(run('2026-10', oktober, ['--force']).status).toBe(0);
    expect(byNip(readCsv(join(arsip, '2026-10-koreksi-1', 'selisih.csv')), NOVITA)).toMatchObject({ selisih: '0', jenis: 'sama' });
    const marked = pay('2026-10');
    expect(marked.status).toBe(0);
    // Marking a correction settles its differences: those are shown, not the month's whole netto.
    expect(marked.stderr).toContain('Kekurangan bayar');
    expect(marked.stderr).not.toContain('TPP netto');
    // The year counts her October once, in November, which paid it: the paid correction shows her
    // paid in October too, but that part of October's netto was paid with November.
    expect(runCli(['rekap', '--tahun', '2026', '--arsip', arsip]).status).toBe(0);
    const november = byNip(readCsv(join(arsip, '2026-11', 'pegawai.csv')), NOVITA)!;
    expect(byNip(readCsv(join(arsip, 'rekap-2026', 'rekap_tahunan.csv')), NOVITA)).toMatchObject({
      tpp_10: '0',
      tpp_11: String(Number(november['tpp_netto']) + owed),
      tpp_total: String(Number(november['tpp_netto']) + owed),
    });
  }, 300_000);
});

describe('tandai-dibayar pays only from files as the run wrote them', () => {
  const root = tempDir();
  const arsip = join(root, 'hasil');
  const pack = join(fixture('contoh'), 'paket-aturan.yaml');
  const pay = () => runCli(['tandai-dibayar', '2026-10', '--arsip', arsip, '--oleh', 'Bendahara Uji']);

  it('refuses a bank file raised by hand, then names an edit made after marking instead of "nothing to do"', () => {
    expect(runCli(['run', '--period', '2026-10', '--input', fixture('contoh'), '--policy', pack, '--out', join(arsip, '2026-10')]).status).toBe(0);
    const bri = join(arsip, '2026-10', 'bank_bri.csv');
    const text = readFileSync(bri, 'utf8');
    // Sugeng's 7,574,091 raised by 2,000,000 in the BRI transfer file.
    writeFileSync(bri, text.replace(',7574091,', ',9574091,'));
    expect(readFileSync(bri, 'utf8')).not.toBe(text);
    const edited = pay();
    expect(edited.status).toBe(2);
    expect(edited.stderr).toContain('HASIL_TIDAK_BISA_DIBAYAR');
    expect(edited.stderr).toContain('bank_bri.csv');
    expect(existsSync(join(arsip, '2026-10', 'dibayar.json'))).toBe(false);
    writeFileSync(bri, text);
    // A copy left beside the real file is not a file the run wrote.
    const copy = join(arsip, '2026-10', 'bank_bri (1).csv');
    writeFileSync(copy, text);
    const extra = pay();
    expect(extra.status).toBe(2);
    expect(extra.stderr).toContain('bank_bri (1).csv');
    rmSync(copy);
    // The signed TPP sheet edited (here: any byte of the workbook) is refused too.
    const workbook = join(arsip, '2026-10', 'kinerja-2026-10.xlsx');
    const bytes = readFileSync(workbook);
    writeFileSync(workbook, Buffer.concat([bytes, Buffer.from([0])]));
    expect(pay().stderr).toContain('kinerja-2026-10.xlsx');
    writeFileSync(workbook, bytes);
    expect(pay().status).toBe(0);
    writeFileSync(bri, text.replace(',7574091,', ',9574091,'));
    const again = pay();
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('ARSIP_DIUBAH');
    writeFileSync(bri, text);
  }, 120_000);

  it('refuses a correction under another rule pack than the one paid, unless --paket-berbeda says it is on purpose', () => {
    // The same rules under a new version name: another pack (a comment alone would be the same pack).
    const other = join(root, 'paket-lain.yaml');
    writeFileSync(other, readFileSync(pack, 'utf8').replace('versi: "2026.1"', 'versi: "2026.2"'));
    const args = ['run', '--period', '2026-10', '--input', fixture('contoh'), '--policy', other, '--out', join(arsip, '2026-10')];
    const refused = runCli(args);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('KOREKSI_PAKET_BERBEDA');
    expect(existsSync(join(arsip, '2026-10-koreksi-1'))).toBe(false);
    const onPurpose = runCli([...args, '--paket-berbeda']);
    expect(onPurpose.status, onPurpose.stderr).toBe(0);
    // Same rules, same data: nothing to pay or recover.
    expect(readRingkasan(join(arsip, '2026-10-koreksi-1')).selisih).toMatchObject({ bersih: 0, pegawai_berubah: 0 });
  }, 120_000);

  it('refuses --rapel on a correction run (KOREKSI_RAPEL): arrears are paid with an unpaid month', () => {
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('contoh'), '--policy', pack, '--out', join(arsip, '2026-10'), '--rapel', '2026-09']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('KOREKSI_RAPEL');
  }, 120_000);

  it('refuses a paid period run again beside it under another name (PERIODE_SUDAH_DIBAYAR): it would carry the month\'s bank files again', () => {
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('contoh'), '--policy', pack, '--out', join(arsip, '2026-10-baru')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PERIODE_SUDAH_DIBAYAR');
    expect(existsSync(join(arsip, '2026-10-baru'))).toBe(false);
  }, 120_000);

  it('refuses it too in another parent folder when --arsip (or the default archive, hasil) holds the paid period; --rapel of the paid period from there still runs', () => {
    const elsewhere = join(root, 'lain');
    const args = ['run', '--period', '2026-10', '--input', fixture('contoh'), '--policy', pack];
    const named = runCli([...args, '--out', join(elsewhere, '2026-10'), '--arsip', arsip]);
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('PERIODE_SUDAH_DIBAYAR');
    expect(named.stderr).toContain(join(arsip, '2026-10'));
    // No --arsip: the archive tandai-dibayar marks in by default, hasil/ of the current folder.
    const byDefault = runCli([...args, '--out', join(elsewhere, '2026-10')], { cwd: root });
    expect(byDefault.status).toBe(2);
    expect(byDefault.stderr).toContain('PERIODE_SUDAH_DIBAYAR');
    expect(existsSync(elsewhere)).toBe(false);
    // November carrying October's arrears reads the paid October from the same archive: not a re-run of it.
    const november = runCli(['run', '--period', '2026-11', '--input', writeSampleMonth(join(root, 'november'), 2026, 11), '--policy', pack, '--out', join(elsewhere, '2026-11'), '--arsip', arsip, '--rapel', '2026-10'], { cwd: root });
    expect(november.status, november.stderr).toBe(0);
    expect(readRingkasan(join(elsewhere, '2026-11')).rapel).toEqual([expect.objectContaining({ periode: '2026-10', jumlah: 0 })]);
  }, 120_000);

  it('refuses to mark paid a correction in which someone paid before is now held: a doubt is not a recovery', () => {
    const input = join(root, 'oktober-salah');
    cpSync(fixture('contoh'), input, { recursive: true });
    const capaian = join(input, 'capaian_skp.csv');
    writeFileSync(capaian, novitaTypo(readFileSync(capaian, 'utf8')));
    const r = runCli(['run', '--period', '2026-10', '--input', input, '--policy', pack, '--out', join(arsip, '2026-10'), '--force']);
    expect(r.status).toBe(1);
    // Not an overpayment: her row is belum_pasti and outside the totals, so nothing of hers is claimed back.
    expect(byNip(readCsv(join(arsip, '2026-10-koreksi-1', 'selisih.csv')), NOVITA)).toMatchObject({ status_bayar_dibayar: 'dibayar', status_bayar_baru: 'ditahan', jenis: 'belum_pasti' });
    expect(readRingkasan(join(arsip, '2026-10-koreksi-1')).selisih).toMatchObject({ kelebihan_bayar: 0, kekurangan_bayar: 0, bersih: 0, pegawai_belum_pasti: 1 });
    expect(r.stderr + r.stdout).toContain('tidak ditagih');
    const refused = pay();
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(NOVITA);
    expect(existsSync(join(arsip, '2026-10-koreksi-1', 'dibayar.json'))).toBe(false);
  }, 120_000);
});

describe('one arrear carried by two unpaid months is paid once', () => {
  it('stops the second month when it is computed (RAPEL_TERTUNDA_DI_BULAN_LAIN), before any bank file, and the year keeps the arrear through a paid correction of November', () => {
    const { root, arsip, run, pay } = octoberPaidWithNovitaHeld();
    const november = writeSampleMonth(join(root, 'november'), 2026, 11);
    const desember = writeSampleMonth(join(root, 'desember'), 2026, 12);
    // November carries Novita's October; December, computed before November is marked, would carry it too.
    expect(run('2026-11', november, ['--rapel', '2026-10']).status).toBe(0);
    const owed = Number(byNip(readCsv(join(arsip, '2026-11', 'rapel.csv')), NOVITA)!['rapel']);
    expect(owed).toBeGreaterThan(0);
    const second = run('2026-12', desember, ['--rapel', '2026-10']);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('RAPEL_TERTUNDA_DI_BULAN_LAIN');
    expect(second.stderr).toContain(NOVITA);
    expect(existsSync(join(arsip, '2026-12'))).toBe(false);
    // November transferred and marked: December pays none of it (lunas).
    expect(pay('2026-11').status).toBe(0);
    expect(run('2026-12', desember, ['--rapel', '2026-10']).status).toBe(0);
    expect(byNip(readCsv(join(arsip, '2026-12', 'rapel.csv')), NOVITA)).toMatchObject({ sudah_dibayar: String(owed), rapel: '0' });
    expect(pay('2026-12').status).toBe(0);
    // A correction of November (it cannot carry arrears) is paid: the year still shows November's arrear.
    expect(run('2026-11', november).status).toBe(0);
    expect(pay('2026-11').status).toBe(0);
    expect(runCli(['rekap', '--tahun', '2026', '--arsip', arsip]).status).toBe(0);
    const netto = Number(byNip(readCsv(join(arsip, '2026-11-koreksi-1', 'pegawai.csv')), NOVITA)!['tpp_netto']);
    expect(byNip(readCsv(join(arsip, 'rekap-2026', 'rekap_tahunan.csv')), NOVITA)).toMatchObject({ tpp_10: '0', tpp_11: String(netto + owed) });
  }, 300_000);
});

/**
 * Segments of a month (issue "A month as it really happens", item 1) on fixtures/mutasi-bulan:
 * - Budi moves from BKPSDM (kelas 8, pagu 5,000,000) to DISDIK (kelas 9, pagu 6,000,000) on 15 Oct,
 *   given as two staff rows with tmt_mulai/tmt_selesai; one CLTN day on 5 Oct (first segment).
 * - Rina becomes PNS on 19 Oct (CPNS 80 % before), given as a mutasi row.
 * October 2026 has 22 working days (Mon–Fri, no holidays): 1–14 Oct hold 10, 15–31 Oct 12,
 * 1–18 Oct 12, 19–31 Oct 10. Discipline 100, predikat factor 100 for both (components disiplin 40 %,
 * kinerja 60 %), PPh 21 5 % (golongan III, floor), BPJS 1 % of the gross (below the ceiling).
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../src/reports/build-explanation.js';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';

/** A copy of the fixture with some files rewritten. */
function copyWith(files: Record<string, string>): string {
  const dir = join(tempDir(), 'mutasi-bulan');
  cpSync(fixture('mutasi-bulan'), dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function run(input: string, extra: string[] = []) {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', input, '--out', out, ...extra]);
  return { r, out };
}

const staffFile = () => readFileSync(join(fixture('mutasi-bulan'), 'pegawai.csv'), 'utf8');

describe('a month in segments (fixtures/mutasi-bulan)', () => {
  const { r, out } = run(fixture('mutasi-bulan'));
  const tpp = readCsv(join(out, 'tpp.csv'));
  const line = (nip: string) => tpp.find((row) => row['nip'] === nip)!;

  it('pays each segment on its own ceiling and status, pro rata by its days', () => {
    expect(r.status).toBe(0);
    // Budi, segment 1: 5,000,000 × 100 % × 9/22 (10 days − 1 CLTN): disiplin × 40 % = 818,181.8 → 818,182;
    //   kinerja × 60 % = 1,227,272.7 → 1,227,273.
    // Segment 2: 6,000,000 × 12/22: disiplin 1,309,090.9 → 1,309,091; kinerja 1,963,636.4 → 1,963,636.
    // Bruto 818,182 + 1,227,273 + 1,309,091 + 1,963,636 = 5,318,182; PPh 5 % = 265,909.1 → 265,909;
    // BPJS 1 % = 53,181.82 → 53,182; netto 5,318,182 − 265,909 − 53,182 = 4,999,091.
    expect(line(BUDI)).toMatchObject({ unit: 'DISDIK', tpp_bruto: '5318182', pph21: '265909', bpjs_pegawai: '53182', tpp_netto: '4999091' });
    // Rina, 1–18 Oct CPNS: 5,000,000 × 80 % × 12/22: disiplin 872,727.3 → 872,727; kinerja 1,309,090.9 → 1,309,091.
    // 19–31 Oct PNS: 5,000,000 × 10/22: disiplin 909,090.9 → 909,091; kinerja 1,363,636.4 → 1,363,636.
    // Bruto 4,454,545; PPh 5 % = 222,727.25 → 222,727; BPJS 44,545.45 → 44,545; netto 4,187,273.
    expect(line(RINA)).toMatchObject({ unit: 'BKPSDM', tpp_bruto: '4454545', pph21: '222727', bpjs_pegawai: '44545', tpp_netto: '4187273' });
  });

  it('shows the last post on the employee line, says why, and counts the employee in the last unit', () => {
    const pegawai = readCsv(join(out, 'pegawai.csv'));
    const budi = pegawai.find((row) => row['nip'] === BUDI)!;
    expect(budi).toMatchObject({ unit: 'DISDIK', kelas_jabatan: '9', tpp_pagu: '6000000', hari_kerja: '22', hari_bayar: '21', keterangan: 'PEGAWAI_BERSEGMEN' });
    const units = readCsv(join(out, 'unit.csv'));
    expect(units.find((u) => u['unit'] === 'DISDIK')?.['jumlah_pegawai']).toBe('1');
    expect(units.find((u) => u['unit'] === 'BKPSDM')?.['jumlah_pegawai']).toBe('2');
    const validasi = readFileSync(join(out, 'validasi.csv'), 'utf8');
    expect(validasi).toContain('2026-10-01 s.d. 2026-10-14 BKPSDM kelas 8 PNS, 10 hari kerja; 2026-10-15 s.d. 2026-10-31 DISDIK kelas 9 PNS, 12 hari kerja');
    expect(validasi).toContain('dihitung di DISDIK (segmen terakhir)');
  });

  it('accounts for every row: both staff rows of one NIP and the mutasi row are used', () => {
    const berkas = readRingkasan(out).berkas;
    expect(berkas.find((b) => b.masukan === 'pegawai')).toMatchObject({ dibaca: 5, dipakai: 4, ditolak: 0, diabaikan: 0, dilewati: 1 });
    expect(berkas.find((b) => b.masukan === 'mutasi')).toMatchObject({ dibaca: 2, dipakai: 1, ditolak: 0, diabaikan: 0, dilewati: 1 });
  });

  it('jelaskan shows each segment with its days and amount, in both languages', () => {
    const args = [BUDI, '--period', '2026-10', '--input', fixture('mutasi-bulan')];
    const id = runCli(['jelaskan', ...args]).stdout;
    expect(id).toContain('1) 2026-10-01 s.d. 2026-10-14, BKPSDM (Analis Kepegawaian, kelas 8, PNS): 10 hari kerja, 9 dibayar; pagu Rp 5.000.000 × 100% × 9/22; komponen Rp 818.182 + Rp 1.227.273 = Rp 2.045.455');
    expect(id).toContain('2) 2026-10-15 s.d. 2026-10-31, DISDIK (Kepala Seksi Kurikulum, kelas 9, PNS): 12 hari kerja, 12 dibayar');
    expect(id).toContain('Komponen disiplin = dasar segmen × 40% × 100,00% (nilai_disiplin), dibulatkan half_up per segmen = Rp 818.182 + Rp 1.309.091 = Rp 2.127.273');
    const en = runCli(['jelaskan', ...args, '--lang', 'en']).stdout;
    expect(en).toContain('2) 2026-10-15 to 2026-10-31, DISDIK (Kepala Seksi Kurikulum, class 9, PNS): 12 working days, 12 paid; ceiling Rp 6,000,000 × 100% × 12/22; components Rp 1,309,091 + Rp 1,963,636 = Rp 3,272,727');
    const x = JSON.parse(runCli(['jelaskan', RINA, '--period', '2026-10', '--input', fixture('mutasi-bulan'), '--json']).stdout) as Explanation;
    expect(x.tpp.segmen?.map((s) => [s.status, s.hari_kerja, s.faktor_status, s.jumlah])).toEqual([
      ['CPNS', 12, '80', 872727 + 1309091],
      ['PNS', 10, '100', 909091 + 1363636],
    ]);
  });
});

describe('leave paid by length across segments', () => {
  it('counts the sick days in date order over the month and cuts the segment they fall in', () => {
    // S paid 100 % for the first 2 days in the month, 50 % after; Budi sick 13, 14 (segment 1) and 15, 16 Oct (segment 2).
    const presensi = readFileSync(join(fixture('mutasi-bulan'), 'presensi_oktober_2026.csv'), 'utf8')
      .split('\r\n')
      .map((l) => (/^198503172010011003;1[3-6]\/10\/2026/.test(l) ? `${l.slice(0, 29)};;;S` : l))
      .join('\r\n');
    const input = copyWith({ 'presensi_oktober_2026.csv': presensi, 'paket.yaml': 'presensi:\n  kode:\n    S: { bayar: [{ sampai_hari: 2, persen: 100 }, { persen: 50 }] }\n' });
    const { r, out } = run(input, ['--policy', join(input, 'paket.yaml')]);
    expect(r.status).toBe(0);
    // Segment 1 keeps its 9 paid days (13, 14 Oct are sick days 1 and 2: 100 %): 818,182 + 1,227,273 = 2,045,455.
    // Segment 2: 15, 16 Oct are sick days 3 and 4 at 50 % → 1 day cut: 6,000,000 × (12 − 1)/22 = 3,000,000;
    //   disiplin × 40 % = 1,200,000, kinerja × 60 % = 1,800,000. Bruto 2,045,455 + 3,000,000 = 5,045,455.
    const budi = readCsv(join(out, 'tpp.csv')).find((row) => row['nip'] === BUDI)!;
    expect(budi['tpp_bruto']).toBe('5045455');
    const x = JSON.parse(runCli(['jelaskan', BUDI, '--period', '2026-10', '--input', input, '--policy', join(input, 'paket.yaml'), '--json']).stdout) as Explanation;
    expect(x.tpp.segmen?.map((s) => [s.faktor_hari?.pecahan, s.jumlah])).toEqual([
      ['9/22', 2045455],
      ['(12 − 1)/22', 3000000],
    ]);
  });
});

describe('segments that cannot be paid without a guess hold the employee', () => {
  it('two staff rows in force on the same days: SEGMEN_TUMPANG_TINDIH, held', () => {
    const input = copyWith({ 'pegawai.csv': staffFile().replace('01/01/2024;14/10/2026', '01/01/2024;20/10/2026') });
    const { r, out } = run(input);
    expect(r.status).toBe(1);
    const budi = readCsv(join(out, 'tpp.csv')).find((row) => row['nip'] === BUDI);
    expect(budi).toBeUndefined();
    const line = readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === BUDI)!;
    expect([line['status_bayar'], line['tpp_bruto']]).toEqual(['ditahan', '0']);
    expect(readFileSync(join(out, 'validasi.csv'), 'utf8')).toContain('tumpang tindih dengan baris 4 (berlaku 2026-10-15 s.d. …)');
  });

  it('days no row covers: SEGMEN_CELAH names them, held', () => {
    const input = copyWith({ 'pegawai.csv': staffFile().replace('15/10/2026;\r\n', '19/10/2026;\r\n') });
    const { r, out } = run(input);
    expect(r.status).toBe(1);
    const line = readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === BUDI)!;
    expect(line['status_bayar']).toBe('ditahan');
    expect(line['keterangan']).toContain('SEGMEN_CELAH');
    expect(readFileSync(join(out, 'validasi.csv'), 'utf8')).toContain('Tanggal 2026-10-15 s.d. 2026-10-18 masa kerja bulan ini tidak dicakup');
  });

  it('a mutasi that changes nothing (the staff file already shows the new post): MUTASI_TANPA_PERUBAHAN, held', () => {
    const input = copyWith({ 'pegawai.csv': staffFile().replace('Pengelola Data;7;III/a;CPNS', 'Pengelola Data;7;III/a;PNS') });
    const { r, out } = run(input);
    expect(r.status).toBe(1);
    const line = readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === RINA)!;
    expect([line['status_bayar'], line['keterangan']]).toEqual(['ditahan', 'MUTASI_TANPA_PERUBAHAN']);
  });

  it('two different mutasi on one day: MUTASI_BERTENTANGAN, held', () => {
    const input = copyWith({ 'mutasi.csv': 'NIP;Tanggal;Status;Unit\r\n199001152015021002;19/10/2026;PNS;\r\n199001152015021002;19/10/2026;;DISDIK\r\n' });
    const { r, out } = run(input);
    expect(r.status).toBe(1);
    const line = readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === RINA)!;
    expect([line['status_bayar'], line['keterangan']]).toEqual(['ditahan', 'MUTASI_BERTENTANGAN']);
  });

  it('a mutasi with nothing to change, and one outside the month, are accounted for', () => {
    const input = copyWith({ 'mutasi.csv': 'NIP;Tanggal;Status\r\n199001152015021002;19/10/2026;\r\n199001152015021002;03/11/2026;PNS\r\n' });
    const { r, out } = run(input);
    expect(r.status).toBe(1);
    expect(readRingkasan(out).berkas.find((b) => b.masukan === 'mutasi')).toMatchObject({ dibaca: 3, dipakai: 0, ditolak: 1, diabaikan: 1 });
    const line = readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === RINA)!;
    // The empty row holds Rina (what changed is unknown); the November one is only information.
    expect([line['status_bayar'], line['keterangan']]).toEqual(['ditahan', 'MUTASI_KOSONG']);
  });

  it('a monthly summary cannot say which segment its unpaid day falls in: SEGMEN_REKAP, held', () => {
    const head = 'nip;hari_kerja;hadir;tl1;tl2;tl3;tl4;psw1;psw2;psw3;psw4;tk;izin;sakit;cuti;dinas_luar;cltn;tb\r\n';
    const rekap = `${head}${BUDI};22;21;0;0;0;0;0;0;0;0;0;0;0;0;0;1;0\r\n${RINA};22;22;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0\r\n197203101998031004;22;22;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0\r\n`;
    const input = copyWith({ 'presensi_oktober_2026.csv': rekap });
    const { r, out } = run(input);
    expect(r.status).toBe(1);
    const lines = readCsv(join(out, 'pegawai.csv'));
    expect(lines.find((row) => row['nip'] === BUDI)!['keterangan']).toBe('PEGAWAI_BERSEGMEN; SEGMEN_REKAP');
    // Rina's summary has no unpaid day: her segments are paid as from the daily log (bruto 4,454,545).
    expect(readCsv(join(out, 'tpp.csv')).find((row) => row['nip'] === RINA)!['tpp_bruto']).toBe('4454545');
  });

  it('a mutasi whose NIP has a typo holds the employee it is likely for (found by a new-user trial)', () => {
    // Two digits swapped: dropped with a warning, Rina would be paid the whole month as a CPNS.
    const input = copyWith({ 'mutasi.csv': 'NIP;Tanggal;Status\r\n199001152015021020;19/10/2026;PNS\r\n' });
    const { r, out } = run(input);
    expect(r.status).toBe(1);
    const line = readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === RINA)!;
    expect([line['status_bayar'], line['keterangan']]).toEqual(['ditahan', 'NIP_TIDAK_DIKENAL_UBAH_BAYAR']);
    expect(readFileSync(join(out, 'validasi.csv'), 'utf8')).toContain(`NIP terdekat: ${RINA}`);
  });

  it("a mutasi unit written in another case is the staff file's unit (found by a new-user trial)", () => {
    const input = copyWith({ 'mutasi.csv': 'NIP;Tanggal;Unit\r\n199001152015021002;19/10/2026;disdik\r\n' });
    writeFileSync(join(input, 'pegawai.csv'), staffFile().replace('Pengelola Data;7;III/a;CPNS', 'Pengelola Data;7;III/a;PNS'));
    const { r, out } = run(input);
    expect(r.status).toBe(0);
    expect(readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === RINA)!['unit']).toBe('DISDIK');
    expect(readCsv(join(out, 'unit.csv')).map((u) => u['unit']).sort()).toEqual(['BKPSDM', 'DISDIK']);
  });

  it('rows repeated without validity dates are still NIP_GANDA', () => {
    const input = copyWith({ 'pegawai.csv': staffFile().replace(/;01\/01\/2024;14\/10\/2026/, ';;').replace(/;15\/10\/2026;/, ';;') });
    const { r, out } = run(input);
    expect(r.status).toBe(1);
    expect(readFileSync(join(out, 'validasi.csv'), 'utf8')).toContain('NIP_GANDA');
    expect(readRingkasan(out).berkas.find((b) => b.masukan === 'pegawai')).toMatchObject({ dipakai: 2, ditolak: 2 });
  });

  it('a staff row in force only before the month is set aside, not paid', () => {
    const input = copyWith({ 'pegawai.csv': staffFile().replace('01/01/2024;14/10/2026', '01/01/2024;30/09/2026') });
    const { r, out } = run(input);
    // Budi's October is the DISDIK row from the 15th only: 1–14 October has no post.
    expect(r.status).toBe(1);
    expect(readRingkasan(out).berkas.find((b) => b.masukan === 'pegawai')).toMatchObject({ dipakai: 3, diabaikan: 1 });
    const line = readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === BUDI)!;
    expect(line['keterangan']).toBe('SEGMEN_CELAH');
  });
});

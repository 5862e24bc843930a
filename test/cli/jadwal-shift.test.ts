/**
 * Shift rosters end to end (issue 14 item 4): the built CLI on `fixtures/jadwal-shift`, a puskesmas
 * with a 7-day roster (PAGI 07:00–14:00, SIANG 14:00–21:00, MALAM 21:00–07:00, LIBUR) in
 * `jadwal_shift_oktober_2026.csv`, a ZKTeco-like punch log with night shifts across midnight, and the
 * same month as a daily log in `varian/presensi_harian.csv`. Pack: `paket-puskesmas.yaml` (the
 * shift definitions only, over bawaan). Every employee: pagu Rp 4.000.000, gaji Rp 3.500.000, PNS,
 * capaian 100 % and perilaku 90 → BAIK (faktor predikat 100 %).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const SITI = '198806122010122001';
const DEWI = '199004232014022002';
const ANDI = '198511032009011003';
const RUDI = '199107152019031004';
const YUNI = '199308202020122005';

/** Runs the fixture folder (after `prepare` changes the copy) and reads its reports. */
function run(prepare: (input: string) => void = () => {}, env: Record<string, string> = {}, policy = true) {
  const dir = tempDir();
  const input = join(dir, 'masukan');
  cpSync(fixture('jadwal-shift'), input, { recursive: true });
  prepare(input);
  const out = join(dir, 'hasil');
  const args = ['run', '--period', '2026-10', '--input', input, '--out', out, '--format', 'csv'];
  if (policy) args.push('--policy', join(input, 'paket-puskesmas.yaml'));
  const r = runCli(args, { env });
  const pegawai = () => readCsv(join(out, 'pegawai.csv'));
  const row = (nip: string) => pegawai().find((p) => p['nip'] === nip)!;
  const validasi = () => readCsv(join(out, 'validasi.csv'));
  return { r, out, pegawai, row, validasi, raw: (name: string) => readFileSync(join(out, name), 'utf8') };
}

/** The punch log replaced by the daily log of the same month. */
function dailyLog(input: string): void {
  rmSync(join(input, 'presensi_mesin.csv'));
  cpSync(join(input, 'varian', 'presensi_harian.csv'), join(input, 'presensi_harian.csv'));
}

const DISCIPLINE = ['hari_kerja', 'hari_bayar', 'hadir', 'tl1', 'tl2', 'tl3', 'tl4', 'psw1', 'psw2', 'psw3', 'psw4', 'tk', 'nilai_disiplin'] as const;
const discipline = (row: Record<string, string>) => Object.fromEntries(DISCIPLINE.map((k) => [k, row[k]]));

describe('a puskesmas on a shift roster, punch log', () => {
  const { r, row, validasi } = run();

  it('exits 1: two employees held, the others paid', () => {
    expect(r.status).toBe(1);
    expect([SITI, DEWI, ANDI].map((n) => row(n)['status_bayar'])).toEqual(['dibayar', 'dibayar', 'dibayar']);
  });

  it('Siti: 19 shifts, rest days not TK, night of the 8th 40 min late (TL2); paid to the rupiah', () => {
    // Roster PAGI, SIANG, MALAM, LIBUR, LIBUR from the 1st: 6 cycles × 3 shifts + PAGI on the 31st = 19
    // working days (Saturdays and Sundays among them); the 12 LIBUR days are neither worked nor TK.
    // Each night (e.g. the 3rd, 20:53 → the 4th, 07:04) pairs with the next morning's scan: no PSW.
    // 8 Oct 21:40 against MALAM 21:00: 40 min → TL2 1 % → nilai disiplin 100 − 1 = 99.
    expect(row(SITI)).toMatchObject({ hari_kerja: '19', hari_bayar: '19', hadir: '19', tl2: '1', tk: '0', psw4: '0', nilai_disiplin: '99.00' });
    // faktor hari 19/19 = 1 (the roster's working days are the pro-rata denominator).
    // disiplin 4.000.000 × 40 % × 99 % = 1.584.000; kinerja 4.000.000 × 60 % × 100 % = 2.400.000
    // bruto 3.984.000; PPh 21 gol. III 5 % = 199.200; BPJS 1 % = 39.840; netto 3.984.000 − 199.200 − 39.840 = 3.744.960
    expect(row(SITI)).toMatchObject({ faktor_hari: '1.0000', komponen_disiplin: '1584000', komponen_kinerja: '2400000', tpp_bruto: '3984000', pph21: '199200', bpjs_pegawai: '39840', tpp_netto: '3744960' });
  });

  it('Dewi: left the SIANG of the 10th at 20:20 (40 min early, PSW2); the night of the 31st closes with the 1 Nov scan', () => {
    // 100 − 1 (PSW2) = 99; the 07:04 scan of 1 November is the leave of the 31st's MALAM (no PSW4,
    // no PRESENSI_LUAR_PERIODE). Money as for Siti: bruto 3.984.000, netto 3.744.960.
    expect(row(DEWI)).toMatchObject({ hari_kerja: '19', psw2: '1', psw4: '0', tk: '0', nilai_disiplin: '99.00', tpp_bruto: '3984000', tpp_netto: '3744960' });
    expect(validasi().some((f) => f['kode'] === 'PRESENSI_LUAR_PERIODE')).toBe(false);
  });

  it('Andi is not on the roster: his bawaan profile (22 weekdays), full pay', () => {
    // 4.000.000 − PPh 5 % 200.000 − BPJS 1 % 40.000 = 3.760.000
    expect(row(ANDI)).toMatchObject({ hari_kerja: '22', hadir: '22', nilai_disiplin: '100.00', tpp_bruto: '4000000', tpp_netto: '3760000' });
  });

  it('Rudi: a damaged roster row (shift MLM) is not guessed: held (SHIFT_TIDAK_DIKENAL)', () => {
    expect(row(RUDI)).toMatchObject({ status_bayar: 'ditahan', tpp_netto: '0' });
    expect(validasi().find((f) => f['kode'] === 'SHIFT_TIDAK_DIKENAL')).toMatchObject({ tingkat: 'error', nip: RUDI, nilai: 'MLM', kolom: 'Shift' });
  });

  it('Yuni: scans on the 15th, which her roster does not list: held (PRESENSI_TANPA_JADWAL)', () => {
    expect(row(YUNI)).toMatchObject({ status_bayar: 'ditahan', tpp_netto: '0' });
    const f = validasi().find((v) => v['kode'] === 'PRESENSI_TANPA_JADWAL' && v['nip'] === YUNI)!;
    expect(f).toMatchObject({ tingkat: 'error', berkas: 'presensi_mesin.csv' });
    expect(f['pesan']).toContain('2026-10-15');
  });
});

describe('the same month as a daily log', () => {
  it('gives the same discipline for everyone (a jam_pulang before jam_masuk on a night shift is the next morning)', () => {
    const punch = run();
    const daily = run(dailyLog);
    expect(daily.r.status).toBe(1);
    expect(daily.pegawai().map(discipline)).toEqual(punch.pegawai().map(discipline));
    expect(daily.validasi().some((f) => f['kode'] === 'JAM_TERBALIK')).toBe(false);
  });
});

describe('time zone', () => {
  it('TZ=Asia/Jakarta gives the same reports as UTC (scan times are read as written)', () => {
    const utc = run(() => {}, { TZ: 'UTC' });
    const jakarta = run(() => {}, { TZ: 'Asia/Jakarta' });
    for (const name of ['pegawai.csv', 'tpp.csv', 'validasi.csv']) expect(jakarta.raw(name), name).toBe(utc.raw(name));
  });
});

describe('a roster without shift definitions in the pack', () => {
  it('stops the run (exit 2, JADWAL_SHIFT_TIDAK_ADA): nothing is paid on a roster it cannot read', () => {
    const { r, validasi } = run(() => {}, {}, false);
    expect(r.status).toBe(2);
    expect(validasi().find((f) => f['kode'] === 'JADWAL_SHIFT_TIDAK_ADA')).toMatchObject({ tingkat: 'error', berkas: 'jadwal_shift_oktober_2026.csv' });
  });

  it('without the roster file the same pack changes nothing for the office staff', () => {
    const { r, row } = run((input) => {
      rmSync(join(input, 'jadwal_shift_oktober_2026.csv'));
      writeFileSync(join(input, 'presensi_mesin.csv'), readFileSync(join(input, 'presensi_mesin.csv'), 'utf8').split('\n').filter((l) => !/^10[1245];/.test(l)).join('\n'));
    });
    expect(row(ANDI)).toMatchObject({ hari_kerja: '22', nilai_disiplin: '100.00', tpp_netto: '3760000' });
    expect(r.status).toBe(1); // the others have no attendance at all (PRESENSI_TIDAK_ADA), as before
  });
});

describe('a daily log exported by calendar day (found by a new-user trial)', () => {
  it("holds the nurse whose night shift's leave sits on the next day's row, instead of docking PSW4", () => {
    // Dewi: MALAM on 1 Oct (20:53 → 07:04), LIBUR on the 2nd. Written by calendar day, the 1st shows only
    // 20:53 and the 2nd shows 07:04 as an arrival: read as written, the night would have no leave (PSW4).
    const { r, row, validasi } = run((input) => {
      dailyLog(input);
      const path = join(input, 'presensi_harian.csv');
      const text = readFileSync(path, 'utf8').replace(`${DEWI};01/10/2026;20:53;07:04`, `${DEWI};01/10/2026;20:53;\n${DEWI};02/10/2026;07:04;`);
      writeFileSync(path, text);
    });
    expect(r.status).toBe(1);
    expect(row(DEWI)).toMatchObject({ status_bayar: 'ditahan', tpp_bruto: '0' });
    const f = validasi().find((v) => v['kode'] === 'PULANG_MALAM_BARIS_BERIKUT')!;
    expect(f).toMatchObject({ tingkat: 'error', nip: DEWI, nilai: '07:04' });
    expect(f['pesan']).toContain('Jam masuk 07:04 tanggal 2026-10-02 jatuh pada jam pulang shift malam hari sebelumnya');
  });
});

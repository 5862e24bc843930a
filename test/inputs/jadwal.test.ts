/**
 * Shift rosters (issue 14 item 4), in process: the puskesmas fixture `fixtures/jadwal-shift` with one
 * line of its roster or punch log changed per test. Shifts: PAGI 07:00–14:00, SIANG 14:00–21:00,
 * MALAM 21:00–07:00 (next day), LIBUR. Siti (101) works PAGI, SIANG, MALAM, LIBUR, LIBUR from the 1st
 * (19 shifts in October; night shifts on the 3rd, 8th, 13th, 18th, 23rd, 28th); Dewi (102) the same
 * cycle from MALAM on the 1st, so her last shift is the night of the 31st. Bands: TL/PSW 1–30 min
 * 0.5 %, 31–60 1 %, 61–90 1.25 %, 91+ (or no scan) 1.5 %.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPeriod } from '../../src/pipeline.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { aPack, bawaanRaw } from '../helpers/builders.js';
import { runOptions } from '../helpers/run-options.js';
import { fixture, tempDir } from '../cli/run-cli.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import { knownFields } from '../../src/inputs/known-fields.js';

const SITI = '198806122010122001';
const DEWI = '199004232014022002';
const ANDI = '198511032009011003';
const SHIFTS = {
  PAGI: { masuk: '07:00', pulang: '14:00' },
  SIANG: { masuk: '14:00', pulang: '21:00' },
  MALAM: { masuk: '21:00', pulang: '07:00' },
  LIBUR: 'libur',
};
const PUNCH = 'presensi_mesin.csv';
const ROSTER = 'jadwal_shift_oktober_2026.csv';
const DAILY = 'presensi_harian.csv';

/**
 * Runs the fixture in process after `edit` changes its files (name → text → new text); `daily`: with
 * the daily log of the same month (`presensi_harian.csv`) instead of the punch log.
 */
async function run(edit: Partial<Record<string, (text: string) => string>> = {}, daily = false) {
  const dir = tempDir();
  const input = join(dir, 'masukan');
  cpSync(fixture('jadwal-shift'), input, { recursive: true });
  if (daily) {
    rmSync(join(input, PUNCH));
    cpSync(join(input, 'varian', DAILY), join(input, DAILY));
  }
  for (const [name, change] of Object.entries(edit)) {
    const path = join(input, name);
    const before = readFileSync(path, 'utf8');
    const after = change!(before);
    expect(after, `the edit of ${name} changes it`).not.toBe(before);
    writeFileSync(path, after);
  }
  const outcome = await runPeriod(runOptions(input, join(dir, 'hasil'), { policy: join(input, 'paket-puskesmas.yaml'), formats: new Set(['json']) }));
  const result = (nip: string) => outcome.results!.employees.find((e) => e.pegawai.nip === nip)!;
  const findings = (code: string) => outcome.findings.filter((f) => f.code === code);
  return { outcome, result, findings };
}

describe('rule pack: jadwal.shift', () => {
  it('bawaan defines no shifts, and its profiles are unchanged', () => {
    const pack = aPack();
    expect(pack.shift).toEqual({});
    expect(Object.keys(pack.jadwal)).toEqual(['bawaan', 'ramadan']);
  });

  it('a pulang earlier than masuk ends on the next day (end kept above 24:00); libur is a rest day', () => {
    const pack = aPack({ jadwal: { shift: SHIFTS } });
    expect(pack.shift['MALAM']).toEqual({ mulai: 21 * 3600, selesai: 31 * 3600 });
    expect(pack.shift['PAGI']).toEqual({ mulai: 7 * 3600, selesai: 14 * 3600 });
    expect(pack.shift['LIBUR']).toBeNull();
    // `shift` is not a profile: an employee cannot name it as their jadwal.
    expect(Object.keys(pack.jadwal)).not.toContain('shift');
  });

  it('reports each bad definition at its path', () => {
    const result = parseRulePack(
      mergeRulePack(bawaanRaw(), { jadwal: { shift: { PAGI: { masuk: '07:00', pulang: '07:00' }, malam: { masuk: '21:00', pulang: '07:00' }, SORE: 'libor', SIANG: { masuk: '14:00', pulang: '9' } } } }),
      knownFields,
    );
    expect('problems' in result && result.problems.map((p) => p.path)).toEqual(['jadwal.shift.PAGI.pulang', 'jadwal.shift.malam', 'jadwal.shift.SORE', 'jadwal.shift.SIANG.pulang']);
  });

  it('a profile-like value under jadwal.shift says the key is reserved', () => {
    const result = parseRulePack(mergeRulePack(bawaanRaw(), { jadwal: { shift: ['PAGI'] } }), knownFields);
    expect('problems' in result && result.problems[0]).toMatchObject({ path: 'jadwal.shift' });
    expect('problems' in result && result.problems[0]!.en).toContain('a profile cannot be named "shift"');
  });
});

describe('calendar of a rostered employee', () => {
  const pack = aPack({ jadwal: { shift: SHIFTS }, kalender: { libur: ['2026-10-05'] } });
  // Rina: a shift on the 5th (a holiday), MALAM on the 6th, LIBUR on the 7th, nothing else.
  const roster = new Array<string | undefined>(31).fill(undefined);
  roster[4] = 'PAGI';
  roster[5] = 'MALAM';
  roster[6] = 'LIBUR';
  const calendar = buildCalendar({ year: 2026, month: 10 }, pack, [], new Map([['199001152015021002', roster]]));
  const rina = calendar.scheduleOf({ nip: '199001152015021002', jadwal: 'bawaan' });

  it('works the roster: a shift on a holiday is a working day, a rest day or a day without entry is not', () => {
    expect(calendar.workingDays(rina)).toEqual([4, 5]);
    expect(calendar.hoursOn(rina, 5)).toEqual({ mulai: 21 * 3600, selesai: 31 * 3600 });
    expect(calendar.hoursOn(rina, 6)).toBeNull();
    expect(calendar.shiftOn(rina, 6)).toBe('LIBUR');
    expect(calendar.shiftOn(rina, 7)).toBeUndefined();
  });

  it('leaves everyone else on their profile (the holiday on the 5th stays a holiday for them)', () => {
    const budi = calendar.scheduleOf({ nip: '198503172010011003', jadwal: 'bawaan' });
    expect(budi).toBe('bawaan');
    expect(calendar.workingDays(budi)).toHaveLength(21);
    expect(calendar.hoursOn(budi, 4)).toBeNull();
  });
});

describe('the puskesmas fixture, one line changed', () => {
  it('as given: rest days are not TK; the night of the 8th arrives 21:40 (40 min, TL2 1 %) → Siti 99', async () => {
    const { result } = await run();
    const siti = result(SITI);
    // 19 shifts; every LIBUR day (weekdays among them) is neither TK nor counted.
    expect([siti.hariKerja, siti.hariKerjaPenuh, siti.disiplin!.hadir, siti.disiplin!.tk]).toEqual([19, 19, 19, 0]);
    expect(siti.disiplin!.tl).toEqual([0, 1, 0, 0]);
    expect(siti.disiplin!.nilai.toString()).toBe('99');
    // Andi is not on the roster: the bawaan profile's 22 working days of October.
    expect([result(ANDI).hariKerja, result(ANDI).disiplin!.nilai.toString()]).toEqual([22, '100']);
  });

  it.each([
    ['21:00:59', [0, 0, 0, 0], '100'], // within the 59 s tolerance
    ['21:01:00', [1, 0, 0, 0], '99.5'], // 1 min: TL1 0.5 %
    ['22:31:00', [0, 0, 0, 1], '98.5'], // 91 min: TL4 1.5 %
  ])('a night-shift arrival at %s on the 8th docks by the shift’s masuk', async (time, tl, nilai) => {
    const { result } = await run({ [PUNCH]: (t) => t.replace('101;Siti Aminah;2026-10-08 21:40:00', `101;Siti Aminah;2026-10-08 ${time}`) });
    expect(result(SITI).disiplin!.tl).toEqual(tl);
    expect(result(SITI).disiplin!.nilai.toString()).toBe(nilai);
  });

  it('the next morning’s scan up to 4 h after a night’s end is its leave; at 11:00:01 it is not (PSW4, scan on a rest day)', async () => {
    const paired = await run({ [PUNCH]: (t) => t.replace('101;Siti Aminah;2026-10-04 07:04:00', '101;Siti Aminah;2026-10-04 11:00:00') });
    expect(paired.result(SITI).disiplin!.psw).toEqual([0, 0, 0, 0]);
    const late = await run({ [PUNCH]: (t) => t.replace('101;Siti Aminah;2026-10-04 07:04:00', '101;Siti Aminah;2026-10-04 11:00:01') });
    // The night of the 3rd has no leave: PSW4 1.5 % → 100 − 1 (TL2) − 1.5 = 97.5.
    expect(late.result(SITI).disiplin!.psw).toEqual([0, 0, 0, 1]);
    expect(late.result(SITI).disiplin!.nilai.toString()).toBe('97.5');
    // The 11:00:01 scan falls on her rest day (the 4th) and is set aside as such.
    expect(late.findings('PRESENSI_HARI_LIBUR').map((f) => f.nip)).toContain(SITI);
    expect(paired.findings('PRESENSI_HARI_LIBUR').map((f) => f.nip)).not.toContain(SITI);
  });

  it('the night of the 31st takes the 1st of November’s scan as leave; without it the leave is missing (PSW4)', async () => {
    const { result, findings } = await run();
    // Dewi: PSW2 on the SIANG of the 10th (left 20:20, 40 min early) only → 99.
    expect(result(DEWI).disiplin!.psw).toEqual([0, 1, 0, 0]);
    expect(findings('PRESENSI_LUAR_PERIODE')).toEqual([]);
    const without = await run({ [PUNCH]: (t) => t.replace('102;Dewi Lestari;2026-11-01 07:04:00;0\n', '') });
    // 100 − 1 (PSW2) − 1.5 (PSW4 on the 31st) = 97.5
    expect(without.result(DEWI).disiplin!.psw).toEqual([0, 1, 0, 1]);
    expect(without.result(DEWI).disiplin!.nilai.toString()).toBe('97.5');
  });

  it('a scan long before the day’s shift (last month’s night leave on the 1st) is set aside, not a check-in', async () => {
    const { result, findings } = await run({ [PUNCH]: (t) => t.replace('No. ID;Nama;Tanggal/Jam;Status\n', 'No. ID;Nama;Tanggal/Jam;Status\n102;Dewi Lestari;2026-10-01 06:58:00;0\n') });
    expect(findings('SCAN_LUAR_SHIFT')).toMatchObject([{ level: 'info', nip: DEWI, value: '06:58' }]);
    expect(result(DEWI).disiplin!.nilai.toString()).toBe('99');
    expect(result(DEWI).tpp.statusBayar).toBe('dibayar');
  });

  it('two different shifts for one employee on one day hold her (JADWAL_BERTENTANGAN), nothing is guessed', async () => {
    const { result, findings, outcome } = await run({ [ROSTER]: (t) => `${t}${SITI};05/10/2026;SIANG\n` });
    expect(findings('JADWAL_BERTENTANGAN')).toMatchObject([{ level: 'error', nip: SITI, value: 'SIANG' }]);
    expect(result(SITI).tpp.statusBayar).toBe('ditahan');
    expect(outcome.exitCode).toBe(1);
  });

  it('a month of rest days only holds the employee (JADWAL_TANPA_SHIFT) instead of paying nothing', async () => {
    const { result, findings } = await run({ [ROSTER]: (t) => t.replace(new RegExp(`^(${SITI};\\d\\d/10/2026);(PAGI|SIANG|MALAM)$`, 'gm'), '$1;LIBUR') });
    expect(findings('JADWAL_TANPA_SHIFT')).toMatchObject([{ level: 'error', nip: SITI, file: ROSTER }]);
    expect(result(SITI).tpp.statusBayar).toBe('ditahan');
  });

  it('accounts for every roster row: a row of another month is ignored (JADWAL_LUAR_PERIODE), the damaged one rejected', async () => {
    const { outcome, findings } = await run({ [ROSTER]: (t) => `${t}${SITI};30/09/2026;MALAM\n` });
    expect(findings('JADWAL_LUAR_PERIODE')).toMatchObject([{ level: 'info', nip: SITI }]);
    const ledger = outcome.ringkasan.berkas.find((b) => b.masukan === 'jadwal')!;
    // 4 rostered employees × 31 days − Yuni's missing 15th + the September row = 124 data rows, and a
    // title and a header row: 126 read = 122 used + 1 rejected (Rudi's MLM) + 1 ignored + 2 skipped.
    expect(ledger).toMatchObject({ dibaca: 126, dipakai: 122, ditolak: 1, diabaikan: 1, dilewati: 2 });
  });
});

describe('daily log rows of a rostered employee', () => {
  it('on a night shift, a leave without an arrival is the next morning (no PSW; TL4 for the missing arrival)', async () => {
    const { result, findings } = await run({ [DAILY]: (t) => t.replace(`${SITI};03/10/2026;20:53;07:04`, `${SITI};03/10/2026;;07:04`) }, true);
    // 100 − 1 (TL2 on the 8th) − 1.5 (TL4: no arrival on the 3rd) = 97.5; no PSW, no JAM_TERBALIK.
    expect(result(SITI).disiplin!.tl).toEqual([0, 1, 0, 1]);
    expect(result(SITI).disiplin!.psw).toEqual([0, 0, 0, 0]);
    expect(result(SITI).disiplin!.nilai.toString()).toBe('97.5');
    expect(findings('JAM_TERBALIK')).toEqual([]);
  });

  it('on a day shift, a leave before the arrival is still JAM_TERBALIK (held)', async () => {
    const { result, findings } = await run({ [DAILY]: (t) => t.replace(`${SITI};01/10/2026;06:53;14:04`, `${SITI};01/10/2026;14:04;06:53`) }, true);
    expect(findings('JAM_TERBALIK')).toMatchObject([{ level: 'error', nip: SITI }]);
    expect(result(SITI).tpp.statusBayar).toBe('ditahan');
  });
});

import { describe, expect, it } from 'vitest';
import { AttendanceGrid } from '../../src/inputs/attendance-grid.js';
import { buildDayCodeTable } from '../../src/rules/day-codes.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { computeDiscipline } from '../../src/scoring/compute-discipline.js';
import { aPack } from '../helpers/builders.js';

const period = { year: 2026, month: 10 };
const t = (hhmmss: string) => {
  const [h, m, s = '0'] = hhmmss.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
};

/** One employee's October 2026: every working day 07:25–16:45 unless `days` says otherwise. */
function october(days: Record<number, { code?: string; masuk?: string; pulang?: string } | 'none'>, pack: RulePack = aPack(), timesKnown = true) {
  const calendar = buildCalendar(period, pack, []);
  const codes = buildDayCodeTable(pack.presensi.kode);
  const ledger = new AttendanceGrid(1, calendar.days, codes);
  const workingDays = calendar.workingDays('bawaan');
  for (const d of workingDays) {
    const spec = days[d + 1];
    if (spec === 'none') continue;
    const code = spec?.code ? codes.lookup(spec.code)! : ledger.present;
    const masuk = spec && 'masuk' in spec ? (spec.masuk === undefined ? undefined : t(spec.masuk)) : t('07:25');
    const pulang = spec && 'pulang' in spec ? (spec.pulang === undefined ? undefined : t(spec.pulang)) : t('16:45');
    const noTimes = spec?.code !== undefined && spec.code !== 'H' && !('masuk' in spec) && !('pulang' in spec);
    ledger.mergeDaily(0, d, code, noTimes ? undefined : masuk, noTimes ? undefined : pulang, timesKnown);
    ledger.markRowSeen(0);
  }
  return computeDiscipline({ calendar, pack, jadwal: 'bawaan', workingDays, attendance: ledger, employeeIndex: 0, hariTanpaData: codes.lookup('TK')!, withDetails: true });
}

describe('lateness band edges (toleransi 59 s, bands 1-30, 31-60, 61-90, 91+)', () => {
  it.each([
    ['07:30:59', null],
    ['07:31:00', 'TL1'],
    ['08:00:00', 'TL1'],
    ['08:00:01', 'TL2'],
    ['08:30:00', 'TL2'],
    ['08:30:01', 'TL3'],
    ['09:00:00', 'TL3'],
    ['09:00:01', 'TL4'],
  ])('check-in %s on a Monday → %s', (masuk, band) => {
    const r = october({ 5: { masuk } });
    const expected = { TL1: [1, 0, 0, 0], TL2: [0, 1, 0, 0], TL3: [0, 0, 1, 0], TL4: [0, 0, 0, 1] }[band ?? ''] ?? [0, 0, 0, 0];
    expect(r.tl).toEqual(expected);
  });

  it('counts 60 seconds late as 1 minute (TL1)', () => {
    const r = october({ 5: { masuk: '07:31:00' } });
    expect(r.deductions![0]!.terlambat).toEqual({ menit: 1, band: 'TL1' });
    expect(r.potongan.toString()).toBe('0.5');
  });

  it('a present day without check-in costs the last TL band', () => {
    const r = october({ 5: { masuk: undefined } });
    expect(r.tl).toEqual([0, 0, 0, 1]);
    expect(r.potongan.toString()).toBe('1.5');
  });
});

describe('early leave band edges', () => {
  it.each([
    ['16:00:00', [0, 0, 0, 0]],
    ['15:59:59', [1, 0, 0, 0]],
    ['15:30:00', [1, 0, 0, 0]],
    ['15:29:59', [0, 1, 0, 0]],
    ['14:30:00', [0, 0, 1, 0]],
    ['14:29:59', [0, 0, 0, 1]],
  ])('check-out %s on a Monday → %j', (pulang, psw) => {
    expect(october({ 5: { pulang } }).psw).toEqual(psw);
  });

  it('Friday ends at 16:30: leaving at 16:00 is PSW1', () => {
    expect(october({ 2: { pulang: '16:00' } }).psw).toEqual([1, 0, 0, 0]);
  });

  it('a present day without check-out costs the last PSW band', () => {
    expect(october({ 5: { pulang: undefined } }).psw).toEqual([0, 0, 0, 1]);
  });
});

describe('day codes', () => {
  it('SPEC §7 worked example: 2×TL1, 1×TL2, 1×PSW1, 1×TK → 7.5 → 92.50', () => {
    const r = october({ 5: { masuk: '07:45' }, 6: { masuk: '07:45' }, 7: { masuk: '08:10' }, 9: { pulang: '16:00' }, 8: { code: 'TK' } });
    expect(r.potongan.toString()).toBe('7.5');
    expect(r.nilai.toFixed(2)).toBe('92.50');
    expect(r.hadir).toBe(21);
    expect(r.tk).toBe(1);
  });

  it('DL, I, S and cuti cost nothing and are counted', () => {
    const r = october({ 5: { code: 'DL' }, 6: { code: 'I' }, 7: { code: 'S' }, 8: { code: 'CT' }, 9: { code: 'CM' } });
    expect([r.dinasLuar, r.izin, r.sakit, r.cuti, r.hadir]).toEqual([1, 1, 1, 2, 17]);
    expect(r.potongan.isZero()).toBe(true);
  });

  it('TLP skips the check-in check, TLS the check-out check', () => {
    const r = october({ 5: { code: 'TLP', masuk: undefined, pulang: '16:05' }, 6: { code: 'TLS', masuk: '07:20', pulang: undefined } });
    expect(r.potongan.isZero()).toBe(true);
    expect(r.hadir).toBe(22);
  });

  it('CLTN and TB days are not paid and cost nothing', () => {
    const r = october({ 5: { code: 'CLTN' }, 6: { code: 'TB' } });
    expect(r.tidakDibayar).toBe(2);
    expect(r.potongan.isZero()).toBe(true);
  });

  it('a working day without any record counts as TK and is listed', () => {
    const r = october({ 12: 'none' });
    expect(r.tk).toBe(1);
    expect(r.tanpaCatatan).toEqual(['2026-10-12']);
    expect(r.potongan.toString()).toBe('5');
  });

  it('the discipline score does not go below 0', () => {
    const days = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [i + 1, { code: 'TK' }]));
    const r = october(days);
    expect(r.tk).toBe(22);
    expect(r.nilai.isZero()).toBe(true);
  });

  it('times are not checked when the file had no time columns', () => {
    const r = october({ 5: { masuk: undefined, pulang: undefined } }, aPack(), false);
    expect(r.potongan.isZero()).toBe(true);
  });

  it('a pack code adds its own percent (e.g. a missed apel)', () => {
    const pack = aPack({ presensi: { kode: { AP: { alias: ['APEL'], efek: 'hadir', cek_masuk: false, cek_pulang: true, persen: 2 } } } });
    const r = october({ 5: { code: 'APEL', masuk: undefined, pulang: '16:10' } }, pack);
    expect(r.potongan.toString()).toBe('2');
    expect(r.hadir).toBe(22);
  });
});

describe('punch-log scans', () => {
  function scans(list: string[], pack = aPack()) {
    const calendar = buildCalendar(period, pack, []);
    const codes = buildDayCodeTable(pack.presensi.kode);
    const ledger = new AttendanceGrid(1, calendar.days, codes);
    const day = 4; // Monday 5 October
    for (const s of list) ledger.addScan(0, day, t(s));
    return computeDiscipline({ calendar, pack, jadwal: 'bawaan', workingDays: [day], attendance: ledger, employeeIndex: 0, hariTanpaData: codes.lookup('TK')! });
  }

  it('first scan is check-in, last is check-out', () => {
    const r = scans(['07:20', '12:01', '16:02']);
    expect(r.tl).toEqual([0, 0, 0, 0]);
    expect(r.psw).toEqual([0, 0, 0, 0]);
  });

  it('identical scans count once: a lone morning scan is a check-in (no check-out → PSW4)', () => {
    const r = scans(['07:20', '07:20']);
    expect(r.psw).toEqual([0, 0, 0, 1]);
    expect(r.tl).toEqual([0, 0, 0, 0]);
  });

  it('scans less than jeda_scan_menit apart are one scan', () => {
    const r = scans(['07:20:00', '07:20:40']);
    expect(r.psw).toEqual([0, 0, 0, 1]);
  });

  it('a lone afternoon scan is a check-out (no check-in → TL4)', () => {
    const r = scans(['16:10']);
    expect(r.tl).toEqual([0, 0, 0, 1]);
    expect(r.psw).toEqual([0, 0, 0, 0]);
  });
});

describe('machine in/out status (presensi.pakai_status_mesin)', () => {
  const calendarPack = aPack({ presensi: { pakai_status_mesin: true } });
  it('uses the earliest check-in and the latest check-out scan by their status', () => {
    const calendar = buildCalendar(period, calendarPack, []);
    const codes = buildDayCodeTable(calendarPack.presensi.kode);
    const ledger = new AttendanceGrid(1, calendar.days, codes);
    ledger.addScan(0, 4, t('06:55'), 'pulang'); // a mistaken out-scan before work
    ledger.addScan(0, 4, t('07:40'), 'masuk');
    ledger.addScan(0, 4, t('16:10'), 'pulang');
    const run = (pack: typeof calendarPack) =>
      computeDiscipline({ calendar, pack, jadwal: 'bawaan', workingDays: [4], attendance: ledger, employeeIndex: 0, hariTanpaData: codes.lookup('TK')! });
    expect(run(calendarPack).tl).toEqual([1, 0, 0, 0]);
    // Without the option the first scan (06:55) counts as the check-in.
    expect(run(aPack()).tl).toEqual([0, 0, 0, 0]);
  });
});

describe('TK runs at the ends of the month (chained across months by kinerja rekap)', () => {
  // October 2026: working days 1, 2, 5–9, 12–16, 19–23, 26–30 (22 days; the 1st is a Thursday).
  it('TK Thu 1, Fri 2, Mon 5 and Thu 29, Fri 30: run of 3 at the start (over the weekend), 2 at the end, longest 3', () => {
    const r = october({ 1: { code: 'TK' }, 2: { code: 'TK' }, 5: { code: 'TK' }, 8: { code: 'TK' }, 29: { code: 'TK' }, 30: { code: 'TK' } });
    expect([r.tkAwalBulan, r.tkAkhirBulan, r.tkBerturut, r.tk]).toEqual([3, 2, 3, 6]);
  });

  it('no TK: 0 at both ends', () => {
    const r = october({});
    expect([r.tkAwalBulan, r.tkAkhirBulan, r.tkBerturut]).toEqual([0, 0, 0]);
  });

  it('a month entirely TK (22 working days without any record): 22 at both ends', () => {
    const none = Object.fromEntries(Array.from({ length: 31 }, (_, i) => [i + 1, 'none' as const]));
    const r = october(none);
    expect([r.tkAwalBulan, r.tkAkhirBulan, r.tkBerturut, r.tk]).toEqual([22, 22, 22, 22]);
  });

  it('a TK day in the middle only: 0 at both ends, longest 1', () => {
    const r = october({ 14: { code: 'TK' } });
    expect([r.tkAwalBulan, r.tkAkhirBulan, r.tkBerturut]).toEqual([0, 0, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { aPack } from '../helpers/builders.js';

const october = { year: 2026, month: 10 };

describe('calendar (SPEC §4.1)', () => {
  it('October 2026 has 22 working days under the bawaan profile', () => {
    const c = buildCalendar(october, aPack(), []);
    expect(c.hariKerjaPeriode).toBe(22);
    expect(c.hoursOn('bawaan', 0)).toEqual({ mulai: 7.5 * 3600, selesai: 16 * 3600 });
    expect(c.hoursOn('bawaan', 1)).toEqual({ mulai: 7.5 * 3600, selesai: 16.5 * 3600 });
    expect(c.hoursOn('bawaan', 2)).toBeNull();
  });

  it('holidays from the pack and the libur file are not working days', () => {
    const c = buildCalendar(october, aPack({ kalender: { libur: ['2026-10-01'] } }), [{ date: '2026-10-02', keterangan: 'Cuti bersama' }]);
    expect(c.hariKerjaPeriode).toBe(20);
    expect(c.holidays.get('2026-10-02')).toBe('Cuti bersama');
  });

  it('a special period replaces everyone’s profile on its dates', () => {
    const c = buildCalendar(october, aPack({ periode_khusus: [{ jadwal: 'ramadan', dari: '2026-10-05', sampai: '2026-10-09' }] }), []);
    expect(c.hoursOn('bawaan', 4)).toEqual({ mulai: 8 * 3600, selesai: 15 * 3600 });
    expect(c.hoursOn('bawaan', 8)).toEqual({ mulai: 8 * 3600, selesai: 15.5 * 3600 });
    expect(c.hoursOn('bawaan', 11)).toEqual({ mulai: 7.5 * 3600, selesai: 16 * 3600 });
    expect(c.hariKerjaPeriode).toBe(22);
  });

  it('a 6-day profile works Saturdays; the employee’s working days follow tmt_masuk and tmt_keluar', () => {
    const pack = aPack({ jadwal: { sekolah: { 'senin-kamis': ['07:00', '14:00'], jumat: ['07:00', '11:00'], sabtu: ['07:00', '12:30'] } } });
    const c = buildCalendar(october, pack, []);
    expect(c.workingDays('sekolah')).toHaveLength(27);
    expect(c.workingDays('bawaan', '2026-10-12')).toHaveLength(15);
    expect(c.workingDays('bawaan', undefined, '2026-10-09')).toHaveLength(7);
    expect(c.workingDays('bawaan', '2026-11-01')).toHaveLength(0);
  });
});

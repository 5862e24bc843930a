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

  describe('special periods change hours per work pattern, never the days worked', () => {
    // October 2026: Mon 5 – Sat 10 is one week; the 6-day school works Saturdays 07:00–12:30.
    const sekolah = { 'senin-kamis': ['07:00', '14:00'], jumat: ['07:00', '11:00'], sabtu: ['07:00', '12:30'] };
    const sekolahRamadan = { 'senin-kamis': ['07:30', '12:30'], jumat: ['07:30', '10:30'], sabtu: ['07:30', '11:30'] };
    const hours = (from: string, to: string) => {
      const [fh, fm] = from.split(':').map(Number);
      const [th, tm] = to.split(':').map(Number);
      return { mulai: fh! * 3600 + fm! * 60, selesai: th! * 3600 + tm! * 60 };
    };

    it('one special profile for everyone: a 6-day school keeps its Saturday (own hours), weekdays take Ramadan hours', () => {
      const pack = aPack({ jadwal: { sekolah }, periode_khusus: [{ jadwal: 'ramadan', dari: '2026-10-05', sampai: '2026-10-10' }] });
      const c = buildCalendar(october, pack, []);
      expect(c.hoursOn('sekolah', 4)).toEqual(hours('08:00', '15:00')); // Mon 5: ramadan senin-kamis
      expect(c.hoursOn('sekolah', 9)).toEqual(hours('07:00', '12:30')); // Sat 10: ramadan has no Saturday, the school's own
      // 4 full weeks of 6 days + Thu 29, Fri 30, Sat 31 = 27 working days, as without the period.
      expect(c.workingDays('sekolah')).toHaveLength(27);
      expect(c.profileOn('sekolah', 4)).toBe('ramadan');
      expect(c.profileOn('sekolah', 9)).toBe('sekolah');
    });

    it('per_profil: each pattern its own special hours; patterns not listed keep theirs', () => {
      const pack = aPack({ jadwal: { sekolah, sekolah_ramadan: sekolahRamadan }, periode_khusus: [{ per_profil: { sekolah: 'sekolah_ramadan' }, dari: '2026-10-05', sampai: '2026-10-10' }] });
      const c = buildCalendar(october, pack, []);
      expect(c.hoursOn('sekolah', 9)).toEqual(hours('07:30', '11:30')); // Sat 10
      expect(c.hoursOn('sekolah', 8)).toEqual(hours('07:30', '10:30')); // Fri 9
      expect(c.hoursOn('bawaan', 4)).toEqual(hours('07:30', '16:00')); // Mon 5: bawaan is not listed
      expect(c.workingDays('sekolah')).toHaveLength(27);
    });

    it('a special profile that names a day the own pattern does not work adds no working day', () => {
      const pack = aPack({ jadwal: { ramadan_sabtu: { 'senin-sabtu': ['08:00', '14:00'] } }, periode_khusus: [{ jadwal: 'ramadan_sabtu', dari: '2026-10-05', sampai: '2026-10-11' }] });
      const c = buildCalendar(october, pack, []);
      expect(c.hoursOn('bawaan', 9)).toBeNull(); // Sat 10
      expect(c.hariKerjaPeriode).toBe(22);
    });
  });
});


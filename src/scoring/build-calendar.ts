/**
 * The month's calendar: working days per schedule profile, holidays, and the special periods (e.g.
 * Ramadan) that change work hours on their dates. A special period changes hours, never which days
 * are worked: a 6-day school keeps its Saturdays in Ramadan.
 */
import type { Period } from '../model/domain.js';
import { daysInMonth, formatDate, weekdayOf, type LocalDate } from '../model/local-date.js';
import type { RulePack, WorkHours } from '../rules/rule-pack-schema.js';
import type { Calendar, Holiday, Rosters } from '../model/calendar.js';

/** Prefix of the schedule key of a roster (a profile cannot be named so: `jadwal.shift` is reserved). */
const ROSTER_KEY = 'shift\u0000';

/**
 * Builds the calendar of a period from the pack, the holiday file and the shift rosters. An employee
 * on a roster works the roster's shifts, not their profile: a rest day (`libur`) or a day without entry
 * is not a working day, a shift on a holiday is, and special periods (Ramadan) leave shifts unchanged.
 */
export function buildCalendar(period: Period, pack: RulePack, extraHolidays: readonly Holiday[], rosters: Rosters = new Map()): Calendar {
  const days = daysInMonth(period.year, period.month);
  const dates = Array.from({ length: days }, (_, i) => formatDate(period.year, period.month, i + 1));
  const weekdays = dates.map(weekdayOf);
  const holidays = new Map<LocalDate, string>();
  for (const h of pack.kalender.nasional) {
    if (h.jenis === 'cuti_bersama' && !pack.kalender.cuti_bersama) continue;
    if (dates.includes(h.tanggal)) holidays.set(h.tanggal, h.nama);
  }
  for (const d of pack.kalender.libur) if (dates.includes(d) && !holidays.has(d)) holidays.set(d, '');
  for (const h of extraHolidays) if (dates.includes(h.date)) holidays.set(h.date, h.keterangan ?? holidays.get(h.date) ?? '');
  const specialPeriods = dates.map((d) => pack.periode_khusus.find((p) => p.dari <= d && d <= p.sampai));
  const cache = new Map<string, (WorkHours | null)[]>();

  const monthPrefix = dates[0]!.slice(0, 8);
  const scheduleOf = (profile: string) => pack.jadwal[profile] ?? pack.jadwal['bawaan']!;
  /** The special profile whose hours apply on a day the employee's own profile works, if any. */
  const specialOn = (profile: string, dayIndex: number): string | undefined => {
    const period = specialPeriods[dayIndex];
    if (!period) return undefined;
    const special = period.per_profil?.[profile] ?? period.jadwal;
    // A special profile without this weekday leaves the day's own hours (e.g. Saturday of a 6-day school).
    return special !== undefined && scheduleOf(special)[weekdays[dayIndex]!] ? special : undefined;
  };
  const profileOn = (profile: string, dayIndex: number) => (scheduleOf(profile)[weekdays[dayIndex]!] ? (specialOn(profile, dayIndex) ?? profile) : profile);
  const workingDayLists = new Map<string, readonly number[]>();
  const rosterOf = (schedule: string) => (schedule.startsWith(ROSTER_KEY) ? rosters.get(schedule.slice(ROSTER_KEY.length)) : undefined);
  const hoursFor = (profile: string): (WorkHours | null)[] => {
    let hours = cache.get(profile);
    const roster = hours ? undefined : rosterOf(profile);
    if (roster) {
      hours = dates.map((_, i) => {
        const name = roster[i];
        return name === undefined ? null : (pack.shift[name] ?? null);
      });
      cache.set(profile, hours);
    }
    if (!hours) {
      hours = dates.map((date, i) => {
        if (holidays.has(date)) return null;
        const own = scheduleOf(profile)[weekdays[i]!];
        if (!own) return null;
        const special = specialOn(profile, i);
        return special === undefined ? own : scheduleOf(special)[weekdays[i]!]!;
      });
      cache.set(profile, hours);
    }
    return hours;
  };
  return {
    period,
    days,
    dates,
    holidays,
    hariKerjaPeriode: hoursFor('bawaan').filter((h) => h !== null).length,
    scheduleOf: (employee) => (rosters.has(employee.nip) ? ROSTER_KEY + employee.nip : employee.jadwal),
    shiftOn: (schedule, dayIndex) => rosterOf(schedule)?.[dayIndex],
    isRoster: (schedule) => rosterOf(schedule) !== undefined,
    hoursOn: (profile, dayIndex) => hoursFor(profile)[dayIndex] ?? null,
    profileOn: (profile, dayIndex) => rosterOf(profile)?.[dayIndex] ?? profileOn(profile, dayIndex),
    // Once per attendance row: the day from the digits, without slicing strings.
    indexOf(date) {
      if (date.length !== 10 || !date.startsWith(monthPrefix)) return -1;
      const i = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48) - 1;
      return i >= 0 && i < days ? i : -1;
    },
    // Once per employee: most share a schedule and have no service dates, so the lists are kept.
    workingDays(profile, tmtMasuk, tmtKeluar) {
      const key = `${profile}\u0000${tmtMasuk ?? ''}\u0000${tmtKeluar ?? ''}`;
      let out = workingDayLists.get(key);
      if (out) return out;
      const hours = hoursFor(profile);
      const list: number[] = [];
      for (let i = 0; i < days; i++) {
        const date = dates[i]!;
        if (tmtMasuk !== undefined && date < tmtMasuk) continue;
        if (tmtKeluar !== undefined && date > tmtKeluar) continue;
        if (hours[i] !== null) list.push(i);
      }
      workingDayLists.set(key, (out = list));
      return out;
    },
  };
}

/** True when the pack's national calendar (holidays and cuti bersama) covers the period's year. */
export function hasNationalCalendar(pack: RulePack, period: Period): boolean {
  const prefix = `${period.year}-`;
  return pack.kalender.nasional.some((h) => h.tanggal.startsWith(prefix));
}


/** The month's calendar as every stage reads it; built by `scoring/build-calendar.ts`. */
import type { Period } from './domain.js';
import type { LocalDate } from './local-date.js';
import type { WorkHours } from '../rules/rule-pack-schema.js';

/** A holiday in force for the period. */
export interface Holiday {
  date: LocalDate;
  keterangan?: string;
}

/**
 * Shift rosters of the month (the `jadwal` input): per NIP, the shift name of each day index, or
 * undefined where the roster has no entry. Only employees with roster rows are in it.
 */
export type Rosters = ReadonlyMap<string, readonly (string | undefined)[]>;

/** Working days and hours of one month. */
export interface Calendar {
  period: Period;
  /** Days in the month. */
  days: number;
  /** Date of each day index (0 = the 1st). */
  dates: readonly LocalDate[];
  holidays: ReadonlyMap<LocalDate, string>;
  /** Working days of the month under the `bawaan` profile. */
  hariKerjaPeriode: number;
  /**
   * The schedule key of an employee for the methods below: their profile name, or, for an employee on
   * a roster, a key of their own roster (a roster replaces the profile).
   */
  scheduleOf(employee: { nip: string; jadwal: string }): string;
  /** The roster shift name of a day for a schedule key; undefined for a profile or a day without entry. */
  shiftOn(schedule: string, dayIndex: number): string | undefined;
  /** Whether a schedule key is a roster. */
  isRoster(schedule: string): boolean;
  /**
   * Work hours on a day for an employee's profile; null when it is not a working day for them. For a
   * roster: the shift's hours (an overnight shift ends above 86 400 s), null on a rest day or a day
   * without entry; holidays do not apply (a rostered shift on a holiday is worked).
   */
  hoursOn(profile: string, dayIndex: number): WorkHours | null;
  /** Name of the profile in force on a day for an employee's profile (special periods replace it). */
  profileOn(profile: string, dayIndex: number): string;
  /** Day index of a date in the period, or -1. */
  indexOf(date: LocalDate): number;
  /** Day indexes an employee works on their schedule, within their service dates when given. */
  workingDays(profile: string, tmtMasuk?: LocalDate, tmtKeluar?: LocalDate): readonly number[];
}

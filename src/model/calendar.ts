/** The month's calendar as every stage reads it; built by `scoring/build-calendar.ts`. */
import type { Period } from './domain.js';
import type { LocalDate } from './local-date.js';
import type { WorkHours } from '../rules/rule-pack-schema.js';

/** A holiday in force for the period. */
export interface Holiday {
  date: LocalDate;
  keterangan?: string;
}

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
  /** Work hours on a day for an employee's profile; null when it is not a working day for them. */
  hoursOn(profile: string, dayIndex: number): WorkHours | null;
  /** Name of the profile in force on a day for an employee's profile (special periods replace it). */
  profileOn(profile: string, dayIndex: number): string;
  /** Day index of a date in the period, or -1. */
  indexOf(date: LocalDate): number;
  /** Day indexes an employee works on their schedule, within their service dates when given. */
  workingDays(profile: string, tmtMasuk?: LocalDate, tmtKeluar?: LocalDate): readonly number[];
}

/**
 * Calendar dates as `YYYY-MM-DD` text and times as seconds after midnight. Dates carry no time zone:
 * they are what the spreadsheet shows, never shifted through the machine's local zone.
 */

/** A calendar date written `YYYY-MM-DD` (sorts and compares as text). */
export type LocalDate = string;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Number of days in a month (month 1..12), as `Date.UTC` counts them (years 0..99 are 1900..1999).
 * By the Gregorian rule, not through a Date: every NIP's birth date is checked, and the Date was
 * ~60 ms of reading 65,000 employees (docs/performa.md, round 9).
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month - 1]!;
  const y = year >= 0 && year <= 99 ? 1900 + year : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** True when year/month/day name a real date. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Formats a date; the caller guarantees it is real. */
export function formatDate(year: number, month: number, day: number): LocalDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits a `YYYY-MM-DD` date into numbers. */
export function dateParts(date: LocalDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Reads a strict `YYYY-MM-DD` text; undefined when it is not a real date. */
export function parseIsoDate(text: string): LocalDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? text : undefined;
}

/** Day of the week, 0 = Sunday (Minggu) .. 6 = Saturday (Sabtu). */
export function weekdayOf(date: LocalDate): number {
  const { year, month, day } = dateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** `HH:MM` or `HH:MM:SS` text of seconds after midnight; a time of the next day (a night shift's end) ends in `+1`. */
export function formatTime(seconds: number, withSeconds = seconds % 60 !== 0): string {
  if (seconds >= 86_400) return `${formatTime(seconds - 86_400, withSeconds)}+1`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const base = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  return withSeconds ? `${base}:${String(s).padStart(2, '0')}` : base;
}

/** The date `days` days after (or before, when negative) a date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = dateParts(date);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The first and last day of a month. */
export function monthBounds(year: number, month: number): { first: LocalDate; last: LocalDate } {
  return { first: formatDate(year, month, 1), last: formatDate(year, month, daysInMonth(year, month)) };
}

/** The end of something in force without an end date (an acting post until a definitive official). */
export const OPEN_END = '9999-12-31';

/**
 * The last day of a span of `months` whole months from `date`: the day before the same day that many
 * months later, or that month's last day when it has no such day (31 August + 6 → 28 February).
 */
export function lastDayOfMonths(date: LocalDate, months: number): LocalDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return day > daysInMonth(y, m) ? formatDate(y, m, daysInMonth(y, m)) : addDays(formatDate(y, m, day), -1);
}

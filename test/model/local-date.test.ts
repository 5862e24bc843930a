import { describe, expect, it } from 'vitest';
import { addDays, daysInMonth, isRealDate, lastDayOfMonths } from '../../src/model/local-date.js';

describe('dates of a span of months (a sanction from tmt for lama_bulan months)', () => {
  it('ends the day before the same day that many months later', () => {
    expect(lastDayOfMonths('2026-10-15', 6)).toBe('2027-04-14');
    expect(lastDayOfMonths('2026-10-01', 1)).toBe('2026-10-31');
    expect(lastDayOfMonths('2026-12-10', 2)).toBe('2027-02-09');
  });

  it('ends on the last day of a month that has no such day', () => {
    expect(lastDayOfMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(lastDayOfMonths('2027-08-31', 6)).toBe('2028-02-29');
  });

  it('adds days across months and years', () => {
    expect([addDays('2026-12-31', 1), addDays('2027-03-01', -1), addDays('2026-10-15', -14)]).toEqual(['2027-01-01', '2027-02-28', '2026-10-01']);
  });
});

describe('days in a month', () => {
  it('follows the Gregorian leap rule', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2026, 2), daysInMonth(1900, 2), daysInMonth(2000, 2), daysInMonth(2100, 2)]).toEqual([29, 28, 28, 29, 28]);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('agrees with Date.UTC for every month of years 0 to 2600 (a NIP may carry any four digits)', () => {
    const differ: string[] = [];
    for (let year = 0; year <= 2600; year++) {
      for (let month = 1; month <= 12; month++) {
        if (daysInMonth(year, month) !== new Date(Date.UTC(year, month, 0)).getUTCDate()) differ.push(`${year}-${month}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('knows 29 February only in leap years', () => {
    expect([isRealDate(2028, 2, 29), isRealDate(2027, 2, 29), isRealDate(2026, 4, 31), isRealDate(2026, 13, 1)]).toEqual([true, false, false, false]);
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, lastDayOfMonths } from '../../src/model/local-date.js';

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

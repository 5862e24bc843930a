import { describe, expect, it } from 'vitest';
import { dateOfSerial, parseDateCell, type DateContext } from '../../src/readers/parse-date.js';
import { parseTimeCell } from '../../src/readers/parse-time.js';

const dmy: DateContext = { order: 'dmy', date1904: false };
const date = (cell: string | number | Date, ctx = dmy) => {
  const r = parseDateCell(cell, ctx);
  return r === null ? null : r.ok ? r.date : `INVALID: ${r.problem.en}`;
};

describe('dates (SPEC §2.2)', () => {
  it.each([
    ['2026-10-01', '2026-10-01'],
    ['01/10/2026', '2026-10-01'],
    ['1/10/2026', '2026-10-01'],
    ['01-10-2026', '2026-10-01'],
    ['1 Oktober 2026', '2026-10-01'],
    ['1 Okt 2026', '2026-10-01'],
    ['Kamis, 1 Oktober 2026', '2026-10-01'],
    ['17 Agustus 2026', '2026-08-17'],
    ['01-Oct-2026', '2026-10-01'],
    ['46296', '2026-10-01'],
  ])('%s → %s', (text, expected) => {
    expect(date(text)).toBe(expected);
  });

  it('reads slash dates month-first when the column says so', () => {
    expect(date('10/13/2026', { order: 'mdy', date1904: false })).toBe('2026-10-13');
  });

  it.each([['31/02/2026'], ['01/10/26'], ['kemarin'], ['32/10/2026']])('%s is not a valid date', (text) => {
    expect(date(text)).toMatch(/^INVALID/);
  });

  it('names a two-digit year', () => {
    expect(date('01/10/26')).toBe('INVALID: the year must have 4 digits');
  });

  it('Excel serials: 1900 system with its phantom 29 Feb, and the 1904 system', () => {
    expect(dateOfSerial(46296, false)).toEqual({ ok: true, date: '2026-10-01' });
    expect(dateOfSerial(61, false)).toEqual({ ok: true, date: '1900-03-01' });
    expect(dateOfSerial(59, false)).toEqual({ ok: true, date: '1900-02-28' });
    expect(dateOfSerial(60, false).ok).toBe(false);
    expect(dateOfSerial(44834, true)).toEqual({ ok: true, date: '2026-10-01' });
  });

  it('a serial with a fraction carries the time, rounded to the second', () => {
    expect(dateOfSerial(46296 + (7 * 3600 + 31 * 60 + 5) / 86400, false)).toEqual({ ok: true, date: '2026-10-01', seconds: 27065 });
  });

  it('a date-time text carries the time (punch logs)', () => {
    expect(parseDateCell('2026-10-05 07:31:05', dmy)).toEqual({ ok: true, date: '2026-10-05', seconds: 27065 });
  });

  it('a Date cell is read in UTC, whatever the machine zone', () => {
    expect(date(new Date(Date.UTC(2026, 9, 1)))).toBe('2026-10-01');
  });
});

describe('times (SPEC §2.2)', () => {
  const time = (cell: string | number | Date) => {
    const r = parseTimeCell(cell);
    return r === null ? null : r.ok ? r.seconds : 'INVALID';
  };
  it.each([
    ['07:31', 27060],
    ['07:31:05', 27065],
    ['7.31', 27060],
    ['07.31', 27060],
    ['7:31 PM', 70260],
    ['12:00 AM', 0],
    ['23:59:59', 86399],
  ])('%s → %i seconds', (text, seconds) => {
    expect(time(text)).toBe(seconds);
  });

  it.each(['24:00', '25:10', '07:60', 'jam tujuh'])('%s is not a valid time', (text) => {
    expect(time(text)).toBe('INVALID');
  });

  it.each(['', '-', '--:--'])('%j means no scan', (text) => {
    expect(time(text)).toBeNull();
  });

  it('an Excel time fraction is rounded to the nearest second', () => {
    expect(time(0.31325231)).toBe(27065);
    expect(time((7 * 3600 + 31 * 60 + 4.6) / 86400)).toBe(27065);
  });

  it('a Date-typed time cell is read in UTC and rounded to the second', () => {
    expect(time(new Date(Date.UTC(1899, 11, 30, 7, 31, 4, 600)))).toBe(27065);
  });
});

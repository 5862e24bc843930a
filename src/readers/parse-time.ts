/**
 * Times of day (SPEC §2.2): `07:31`, `07:31:05`, `7.31`, Excel time fractions and Date-typed cells,
 * rounded to the nearest second and always read in UTC, never through the machine's time zone.
 */
import type { Cell } from './cell.js';

/** Seconds after midnight, or a failure. */
export type TimeReading = { ok: true; seconds: number } | { ok: false };

const TIME_TEXT = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$/;
const NO_TIME = /^(-+|-+:-+|--:--:--)$/;

/** Seconds after midnight of an Excel day fraction (the date part is dropped), rounded to the second. */
export function secondsOfSerial(serial: number): number {
  return Math.round((serial - Math.floor(serial)) * 86_400);
}

/** Seconds after midnight (UTC wall clock) of a Date cell, rounded to the second. */
export function secondsOfDate(date: Date): number {
  const total = Math.round(date.getTime() / 1000);
  return ((total % 86_400) + 86_400) % 86_400;
}

/** Reads a time text such as `07:31`, `7.31` or `07:31:05`; undefined when it is not one. */
export function parseTimeText(text: string): TimeReading {
  const m = TIME_TEXT.exec(text.trim());
  if (!m) return { ok: false };
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] === undefined ? 0 : Number(m[3]);
  const ampm = m[4]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return { ok: false };
    h = (h % 12) + (ampm === 'p' ? 12 : 0);
  }
  if (h > 23 || min > 59 || s > 59) return { ok: false };
  return { ok: true, seconds: h * 3600 + min * 60 + s };
}

/** Reads a time cell; `null` for an empty cell or a dash (no scan). */
export function parseTimeCell(cell: Cell): TimeReading | null {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return { ok: false };
    const seconds = secondsOfSerial(cell);
    return seconds >= 86_400 ? { ok: false } : { ok: true, seconds };
  }
  if (cell instanceof Date) return { ok: true, seconds: secondsOfDate(cell) };
  if (typeof cell !== 'string') return { ok: false };
  const text = cell.trim();
  if (text === '' || NO_TIME.test(text)) return null;
  return parseTimeText(text);
}

/**
 * Dates (SPEC §2.2): `2026-10-01`, `01/10/2026`, `01-10-2026`, `1 Oktober 2026`, `1 Okt 2026`, Excel
 * serials (1900 or 1904 system) and Date cells, optionally followed by a time (punch logs). Slash and
 * dash dates are day-first unless the column proves month-first.
 */
import { daysInMonth, formatDate, isRealDate, type LocalDate } from '../model/local-date.js';
import type { Cell } from './cell.js';
import { parseTimeText, secondsOfDate, secondsOfSerial } from './parse-time.js';

/** Order of day and month in slash/dash dates of one column. */
export type DateOrder = 'dmy' | 'mdy';

/** What the file and column say about dates. */
export interface DateContext {
  order: DateOrder;
  /** The workbook uses the 1904 date system. */
  date1904: boolean;
}

/** Why a date could not be read, in both languages. */
interface DateProblem {
  id: string;
  en: string;
}

/** A date (with the time of day when the cell had one), or why it is not a date. */
export type DateReading = { ok: true; date: LocalDate; seconds?: number } | { ok: false; problem: DateProblem };

/** Indonesian and English month names and abbreviations (lower case) → month number. */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, pebruari: 2, feb: 2, peb: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, agt: 8, ags: 8, agust: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T]+(.+))?$/;
const NUMERIC = /^(\d{1,2})([/\-.])(\d{1,2})\2(\d{1,4})(?:[ T]+(.+))?$/;
const NAMED = /^(?:[A-Za-z']+,?\s+)?(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{1,4})(?:[ T]+(.+))?$/;
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;

const NOT_A_DATE: DateProblem = { id: 'bukan tanggal', en: 'not a date' };
const TWO_DIGIT_YEAR: DateProblem = { id: 'tahun harus 4 digit', en: 'the year must have 4 digits' };

function impossible(y: number, m: number): DateProblem {
  return {
    id: m < 1 || m > 12 ? `bulan ${m} tidak ada` : `${y}-${String(m).padStart(2, '0')} hanya punya ${daysInMonth(y, m)} hari`,
    en: m < 1 || m > 12 ? `there is no month ${m}` : `${y}-${String(m).padStart(2, '0')} has only ${daysInMonth(y, m)} days`,
  };
}

function build(y: number, m: number, d: number, timeText: string | undefined): DateReading {
  if (y < 1000) return { ok: false, problem: TWO_DIGIT_YEAR };
  if (!isRealDate(y, m, d)) return { ok: false, problem: impossible(y, m) };
  const date = formatDate(y, m, d);
  if (timeText === undefined) return { ok: true, date };
  const time = parseTimeText(timeText);
  if (!time.ok) return { ok: false, problem: { id: `jam ${timeText} tidak terbaca`, en: `time ${timeText} cannot be read` } };
  return { ok: true, date, seconds: time.seconds };
}

/** Converts an Excel serial (days, fraction = time) to a date and time. */
export function dateOfSerial(serial: number, date1904: boolean): DateReading {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return { ok: false, problem: NOT_A_DATE };
  let seconds = secondsOfSerial(serial);
  let whole = Math.floor(serial);
  if (seconds === 86_400) {
    seconds = 0;
    whole += 1;
  }
  // The 1900 system counts a 29 Feb 1900 that never existed (serial 60); later serials are offset by it.
  if (!date1904 && whole === 60) return { ok: false, problem: impossible(1900, 2) };
  const base = date1904 ? Date.UTC(1904, 0, 1) : whole > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const d = new Date(base + whole * 86_400_000);
  const date = formatDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return seconds === 0 && Number.isInteger(serial) ? { ok: true, date } : { ok: true, date, seconds };
}

function dateOfDateCell(cell: Date): DateReading {
  const rounded = new Date(Math.round(cell.getTime() / 1000) * 1000);
  const date = formatDate(rounded.getUTCFullYear(), rounded.getUTCMonth() + 1, rounded.getUTCDate());
  const seconds = secondsOfDate(rounded);
  return seconds === 0 ? { ok: true, date } : { ok: true, date, seconds };
}

/** For the column profile: whether a slash/dash date's first or second part is above 12. */
export function dateOrderEvidence(cell: Cell): { firstAbove12: boolean; secondAbove12: boolean } | undefined {
  if (typeof cell !== 'string') return undefined;
  const m = NUMERIC.exec(cell.trim());
  if (!m) return undefined;
  return { firstAbove12: Number(m[1]) > 12, secondAbove12: Number(m[3]) > 12 };
}

/**
 * True when the cell reads as a slash/dash date whose day and month order the column decides (so its
 * reading must wait for the column profile); ISO, named-month, serial and Date cells never do.
 */
export function dependsOnDateOrder(cell: Cell): boolean {
  if (typeof cell !== 'string') return false;
  const text = cell.trim().replace(/\s+/g, ' ');
  return !ISO.test(text) && NUMERIC.test(text);
}

/** Reads a date cell; `null` when empty. */
export function parseDateCell(cell: Cell, context: DateContext): DateReading | null {
  if (cell === null) return null;
  if (cell instanceof Date) return dateOfDateCell(cell);
  if (typeof cell === 'number') return dateOfSerial(cell, context.date1904);
  if (typeof cell !== 'string') return { ok: false, problem: NOT_A_DATE };
  const text = cell.trim().replace(/\s+/g, ' ');
  if (text === '') return null;
  let m = ISO.exec(text);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), m[4]);
  m = NUMERIC.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[3]);
    if (m[4]!.length !== 4) return { ok: false, problem: TWO_DIGIT_YEAR };
    return context.order === 'mdy'
      ? build(Number(m[4]), first, second, m[5])
      : build(Number(m[4]), second, first, m[5]);
  }
  m = NAMED.exec(text);
  if (m) {
    const month = MONTH_NAMES[m[2]!.toLowerCase()];
    if (month === undefined) return { ok: false, problem: NOT_A_DATE };
    if (m[3]!.length !== 4) return { ok: false, problem: TWO_DIGIT_YEAR };
    return build(Number(m[3]), month, Number(m[1]), m[4]);
  }
  if (SERIAL_TEXT.test(text)) return dateOfSerial(Number(text), context.date1904);
  return { ok: false, problem: NOT_A_DATE };
}

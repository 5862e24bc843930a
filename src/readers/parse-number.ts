/**
 * Numbers as Indonesian and international spreadsheets write them (SPEC §2.2): `95,5`, `95.5`, `95%`,
 * `1.234.567`, `1,234,567.50`, `Rp 1.234.567`, `12 Dokumen`. A single mark followed by exactly three
 * digits is ambiguous and is resolved by the column, else by the file's convention, with a warning.
 */
import { Exact } from '../exact.js';
import type { Cell } from './cell.js';
import { groupedRupiah } from '../model/rupiah-text.js';

/** A decimal mark. */
export type DecimalMark = '.' | ',';

/** What the file and column say about ambiguous numbers such as `1.234`. */
export interface NumberContext {
  /** The decimal mark the other values of this column establish, if they agree. */
  columnDecimal?: DecimalMark;
  /** Reading of an unresolved `1.234`: thousands in `;`-files and XLSX text, decimal in `,`-files. */
  fallback: 'thousands' | 'decimal';
}

/** The outcome of reading a number cell. */
export type NumberReading =
  | { ok: true; value: Exact; note?: { code: 'ANGKA_AMBIGU' | 'ANGKA_SATUAN'; reading: string } }
  | { ok: false };

const NUMBER_TEXT = /^([+\-\u2212]?)\s*(?:rp\.?|idr)?\s*([+\-\u2212]?)([0-9][0-9.,]*|[.,][0-9]+)\s*(%?)(?:\s+([A-Za-z][A-Za-z ./]*))?$/i;

// Prefix `Rp`/`Rp.`/`IDR`, the amount, an optional `,-` (no cents), an optional unit word or `%`.
const RUPIAH_TEXT = /^([+\-\u2212]?)\s*(?:(?:rp|idr)\.?\s*)?([+\-\u2212]?)([0-9][0-9.,]*|[.,][0-9]+)([.,]-+)?\s*(%|[a-z]+\.?)?$/i;

interface Split {
  kind: 'integer' | 'grouped' | 'decimal' | 'ambiguous' | 'invalid';
  /** Digits with `.` as the only (decimal) mark, when decided. */
  normalised?: string;
  /** The mark of an ambiguous `a,bcd` / `a.bcd`. */
  mark?: DecimalMark;
  /** Decimal mark this text establishes for its column. */
  evidence?: DecimalMark;
}

const other = (m: DecimalMark): DecimalMark => (m === '.' ? ',' : '.');

function validGroups(intPart: string, mark: string): boolean {
  const groups = intPart.split(mark);
  if (groups.length === 1) return /^\d+$/.test(intPart);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function splitNumber(text: string): Split {
  if (/^\d+$/.test(text)) return { kind: 'integer', normalised: text };
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const decimal: DecimalMark = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const thousands = other(decimal);
    const at = text.lastIndexOf(decimal);
    const intPart = text.slice(0, at);
    const fracPart = text.slice(at + 1);
    if (text.split(decimal).length - 1 !== 1 || !/^\d+$/.test(fracPart) || !validGroups(intPart, thousands)) {
      return { kind: 'invalid' };
    }
    return { kind: 'grouped', normalised: `${intPart.split(thousands).join('')}.${fracPart}`, evidence: decimal };
  }
  const mark: DecimalMark = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count >= 2) {
    if (!validGroups(text, mark)) return { kind: 'invalid' };
    return { kind: 'grouped', normalised: text.split(mark).join(''), evidence: other(mark) };
  }
  const [intPart = '', fracPart = ''] = text.split(mark);
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart) || (intPart === '' && fracPart === '')) return { kind: 'invalid' };
  if (fracPart.length === 3 && intPart.length >= 1 && intPart.length <= 3 && intPart[0] !== '0') {
    return { kind: 'ambiguous', mark };
  }
  return { kind: 'decimal', normalised: `${intPart || '0'}.${fracPart || '0'}`, evidence: fracPart === '' ? undefined : mark };
}

function parts(text: string): { sign: string; body: string; unit?: string } | undefined {
  const m = NUMBER_TEXT.exec(text.trim());
  if (!m || (m[1] && m[2])) return undefined;
  const sign = m[1] || m[2] || '';
  return { sign: sign === '' ? '' : '-', body: m[3]!, unit: m[5]?.trim() || undefined };
}

/** The decimal mark a text value establishes for its column (undefined when it says nothing). */
export function decimalEvidence(text: string): DecimalMark | undefined {
  // Only a mark can be evidence; columns of whole numbers ask on every row and never settle.
  if (!text.includes('.') && !text.includes(',')) return undefined;
  const p = parts(text);
  if (p) return splitNumber(p.body).evidence;
  // `Rp. 6.200.000,-`: the `,-` of a rupiah amount says the comma is the decimal mark.
  const r = RUPIAH_TEXT.exec(text.trim());
  if (r?.[4]?.startsWith(',')) {
    const split = splitNumber(r[3]!);
    if (split.kind !== 'invalid' && split.evidence !== '.') return ',';
  }
  return undefined;
}

/** Reads a number cell; `null` for an empty cell. */
export function parseNumberCell(cell: Cell, context: NumberContext): NumberReading | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: Exact.fromNumber(cell) } : { ok: false };
  if (typeof cell !== 'string') return { ok: false };
  const text = cell.trim();
  if (text === '') return null;
  const p = parts(text);
  if (!p) return { ok: false };
  const split = splitNumber(p.body);
  let normalised = split.normalised;
  let note: { code: 'ANGKA_AMBIGU' | 'ANGKA_SATUAN'; reading: string } | undefined;
  if (split.kind === 'invalid') return { ok: false };
  if (split.kind === 'ambiguous') {
    const [intPart, fracPart] = p.body.split(split.mark!) as [string, string];
    const decimalMark = context.columnDecimal ?? (context.fallback === 'decimal' ? split.mark! : other(split.mark!));
    normalised = decimalMark === split.mark ? `${intPart}.${fracPart}` : `${intPart}${fracPart}`;
    if (context.columnDecimal === undefined) note = { code: 'ANGKA_AMBIGU', reading: '' };
  }
  const value = Exact.parse(`${p.sign}${normalised}`);
  if (!value) return { ok: false };
  if (note) note.reading = value.toString();
  else if (p.unit) note = { code: 'ANGKA_SATUAN', reading: value.toString() };
  return note ? { ok: true, value, note } : { ok: true, value };
}

/** Why a rupiah cell cannot be read for certain. */
export type RupiahProblem = 'persen' | 'ambigu' | 'pecahan' | 'satuan' | 'bukan_angka';

/** The outcome of reading a rupiah cell. */
export type RupiahReading =
  | { ok: true; value: Exact; /** Set when a unit word or a `,-` was read (worth an info finding). */ note?: string }
  | { ok: false; problem: RupiahProblem };


const MULTIPLIERS: Readonly<Record<string, bigint>> = { juta: 1_000_000n, jt: 1_000_000n, ribu: 1_000n, rb: 1_000n, rp: 1n, rupiah: 1n, idr: 1n };

/** Whole rupiah for people: `1.234.567`. */
export function formatRupiahId(amount: bigint | number): string {
  return groupedRupiah(amount, '.');
}

/** True for a short run of digits only (read the same way as a number and as rupiah). */
export function isPlainDigits(text: string): boolean {
  if (text.length === 0 || text.length > 15) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Reads a rupiah cell exactly: `6200000`, `Rp 6.200.000`, `Rp. 6.200.000,-`, `6.200.000,00`, `5 juta`,
 * `5,5 jt`, `750rb`. Unlike `parseNumberCell` nothing is guessed: a percentage, an unknown unit word,
 * an amount that is not whole rupiah, and a `7.000` that the column does not settle are problems.
 * `context` matters only for a text with a mark (`null` for an empty cell).
 */
export function parseRupiahCell(cell: Cell, context: NumberContext): RupiahReading | null {
  if (cell === null) return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return { ok: false, problem: 'bukan_angka' };
    const value = Exact.fromNumber(cell);
    return value.isInteger() ? { ok: true, value } : { ok: false, problem: 'pecahan' };
  }
  if (typeof cell !== 'string') return { ok: false, problem: 'bukan_angka' };
  const text = cell.trim();
  if (text === '') return null;
  if (isPlainDigits(text)) return { ok: true, value: Exact.of(Number(text)) };
  const m = RUPIAH_TEXT.exec(text);
  if (!m || (m[1] && m[2])) return { ok: false, problem: text.includes('%') ? 'persen' : 'bukan_angka' };
  const negative = (m[1] || m[2] || '') !== '';
  const body = m[3]!;
  const noCents = m[4];
  const word = m[5]?.toLowerCase().replace(/\.$/, '');
  if (word === '%' || word === 'persen') return { ok: false, problem: 'persen' };
  const multiplier = word === undefined ? 1n : MULTIPLIERS[word];
  if (multiplier === undefined) return { ok: false, problem: 'satuan' };
  // `,-` is written only with the comma as decimal mark; `.-` only with the point.
  const suffixDecimal: DecimalMark | undefined = noCents === undefined ? undefined : noCents[0] === ',' ? ',' : '.';
  const split = splitNumber(body);
  let normalised = split.normalised;
  if (split.kind === 'invalid') return { ok: false, problem: 'bukan_angka' };
  if (suffixDecimal !== undefined && split.evidence !== undefined && split.evidence !== suffixDecimal) return { ok: false, problem: 'bukan_angka' };
  if (split.kind === 'ambiguous') {
    const mark = split.mark!;
    const [intPart, fracPart] = body.split(mark) as [string, string];
    const decimal = suffixDecimal ?? context.columnDecimal;
    if (decimal === undefined) return { ok: false, problem: 'ambigu' };
    if (decimal === mark) {
      // Three decimals of a rupiah (`7.000` as 7): never how an amount is written without a unit word.
      if (multiplier === 1n) return { ok: false, problem: 'ambigu' };
      normalised = `${intPart}.${fracPart}`;
    } else {
      normalised = `${intPart}${fracPart}`;
    }
  }
  const parsed = Exact.parse(normalised!);
  if (!parsed) return { ok: false, problem: 'bukan_angka' };
  const amount = parsed.mul(Exact.of(multiplier));
  if (!amount.isInteger()) return { ok: false, problem: 'pecahan' };
  const value = negative ? amount.neg() : amount;
  return multiplier !== 1n || noCents !== undefined ? { ok: true, value, note: `Rp ${negative ? '-' : ''}${formatRupiahId(amount.num)}` } : { ok: true, value };
}

/**
 * Cell formatting shared by the writers: decimals with the locale's mark, whole rupiah without
 * separators, and the guard that keeps input text from becoming a spreadsheet formula (SPEC §5).
 */
import { Exact } from '../exact.js';
import type { ColumnType, ReportCell } from './build-report.js';

/** CSV conventions (`--csv-locale`): `intl` = `,` and `.`; `id` = `;`, decimal comma and a BOM. */
export type CsvLocale = 'id' | 'intl';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes `'` to text that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, CR). */
export function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Decimal places of a column type. */
export function placesOf(type: ColumnType): number {
  return type === 'decimal4' ? 4 : type === 'decimal2' ? 2 : 0;
}

const SCALES = [1n, 10n, 100n, 1000n, 10000n];

/**
 * `|x|` scaled by 10^places and rounded half up, as Exact.toFixed rounds. Without toFixed's two
 * reductions to lowest terms (a bigint gcd each), which were most of the cost of formatting a report.
 */
function scaledHalfUp(x: Exact, places: number): bigint {
  const magnitude = x.num < 0n ? -x.num : x.num;
  return ((2n * magnitude * SCALES[places]!) / x.den + 1n) / 2n;
}

/** Same text as `x.toFixed(places)` (places 0–4). */
export function fixedText(x: Exact, places: number): string {
  const scaled = scaledHalfUp(x, places);
  const digits = scaled.toString().padStart(places + 1, '0');
  const sign = x.num < 0n && scaled !== 0n ? '-' : '';
  if (places === 0) return sign + digits;
  return `${sign}${digits.slice(0, digits.length - places)}.${digits.slice(digits.length - places)}`;
}

/** Same number as `Number(x.toFixed(places))`: a quotient of two exact doubles rounds as parsing does. */
function fixedNumber(x: Exact, places: number): number {
  const scaled = scaledHalfUp(x, places);
  if (scaled > 9_007_199_254_740_991n) return Number(fixedText(x, places));
  const value = Number(scaled) / Number(SCALES[places]!);
  return x.num < 0n && scaled !== 0n ? -value : value;
}

/** Text of a cell for CSV. */
export function csvCellText(cell: ReportCell, type: ColumnType, locale: CsvLocale): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return guardText(cell);
  if (cell instanceof Exact) {
    const text = fixedText(cell, placesOf(type) || 2);
    return locale === 'id' ? text.replace('.', ',') : text;
  }
  return String(cell);
}

/** Value of a cell for a workbook: text stays text (never a formula), decimals become rounded numbers. */
export function workbookCellValue(cell: ReportCell, type: ColumnType): string | number | null {
  if (cell === null) return null;
  if (typeof cell === 'string') return cell;
  if (cell instanceof Exact) return fixedNumber(cell, placesOf(type) || 2);
  return cell;
}

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
function guardText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Decimal places of a column type. */
export function placesOf(type: ColumnType): number {
  return type === 'decimal4' ? 4 : type === 'decimal2' ? 2 : 0;
}

/** Text of a cell for CSV. */
export function csvCellText(cell: ReportCell, type: ColumnType, locale: CsvLocale): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return guardText(cell);
  if (cell instanceof Exact) {
    const text = cell.toFixed(placesOf(type) || 2);
    return locale === 'id' ? text.replace('.', ',') : text;
  }
  return String(cell);
}

/** Value of a cell for a workbook: text stays text (never a formula), decimals become rounded numbers. */
export function workbookCellValue(cell: ReportCell, type: ColumnType): string | number | null {
  if (cell === null) return null;
  if (typeof cell === 'string') return cell;
  if (cell instanceof Exact) return Number(cell.toFixed(placesOf(type) || 2));
  return cell;
}

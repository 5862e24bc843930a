/**
 * A raw spreadsheet cell as a reader hands it over. CSV cells are always text; XLSX cells keep their
 * type, so a NIP that arrives as a number can be recognised as damaged (SPEC §2.2).
 */
export type Cell = string | number | Date | boolean | null;

/** One row of a table with its row number as a spreadsheet shows it (1-based). */
export interface TableRow {
  rowNumber: number;
  cells: Cell[];
  /**
   * Text exports: the physical lines this record spans, when more than one (a quoted multi-line cell,
   * or a stray quote that swallowed the lines after it).
   */
  lines?: { from: number; to: number };
}

/** True for '' and text of white space only (a first character that is printable ASCII settles it). */
export function isBlankText(text: string): boolean {
  if (text.length === 0) return true;
  const c = text.charCodeAt(0);
  return (c <= 0x20 || c > 0x7e) && text.trim() === '';
}

/** True for an empty cell (null, or text that is only spaces). */
export function isBlankCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && isBlankText(cell));
}

/** True when every cell of the row is empty. */
export function isBlankRow(cells: readonly Cell[]): boolean {
  for (const c of cells) if (!isBlankCell(c)) return false;
  return true;
}

/** Text of a cell for messages and text fields (dates as YYYY-MM-DD, trimmed). */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(cell);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  const iso = new Date(Math.round(cell.getTime() / 1000) * 1000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}

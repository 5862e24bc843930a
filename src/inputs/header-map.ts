/** Header rows: normalising header text and mapping columns to fields by alias (SPEC §2.2, §2.4). */
import { cellText, type Cell } from '../readers/cell.js';

/** A field of an input: its aliases in priority order (normalised), and whether the header needs it. */
export interface FieldSpec {
  aliases: readonly string[];
  /** Header-required (marked * in SPEC §2.4). */
  required?: boolean;
}

/** Field specs of one input shape, by field name. */
export type FieldSpecs<F extends string> = Readonly<Record<F, FieldSpec>>;

/**
 * SPEC §2.2: lower case, trimmed, every run of spaces, dots, dashes and slashes turned into one `_`,
 * leading/trailing `_` removed (`No. ID` → `no_id`).
 */
export function normaliseHeader(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[\s.\-/]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** A column that maps to a field already taken by a column with a higher-priority alias. */
export interface DuplicateColumn<F extends string> {
  field: F;
  column: number;
  usedColumn: number;
}

/** Where each field is in a file. */
export interface HeaderMap<F extends string> {
  /** Row number of the header row (0 for headerless files). */
  row: number;
  columns: Partial<Record<F, number>>;
  /** Header text as written, per column index (`kolom N` for headerless files). */
  labels: string[];
  duplicates: DuplicateColumn<F>[];
}

/** Maps header cells to fields; the alias listed first wins when two columns mean one field. */
export function mapHeader<F extends string>(cells: readonly Cell[], specs: FieldSpecs<F>, row: number): HeaderMap<F> {
  const labels = cells.map((c) => cellText(c));
  const keys = labels.map(normaliseHeader);
  const columns: Partial<Record<F, number>> = {};
  const duplicates: DuplicateColumn<F>[] = [];
  const claimed = new Set<number>();
  for (const field of Object.keys(specs) as F[]) {
    const aliases = specs[field].aliases;
    let best: { column: number; rank: number } | undefined;
    const matching: number[] = [];
    keys.forEach((key, column) => {
      const rank = aliases.indexOf(key);
      if (rank < 0 || claimed.has(column)) return;
      matching.push(column);
      if (!best || rank < best.rank) best = { column, rank };
    });
    if (!best) continue;
    const chosen: number = (best as { column: number }).column;
    columns[field] = chosen;
    claimed.add(chosen);
    for (const column of matching) if (column !== chosen) duplicates.push({ field, column, usedColumn: chosen });
  }
  return { row, columns, labels, duplicates };
}

/** True when every header-required field of the specs has a column. */
export function hasRequiredFields<F extends string>(map: HeaderMap<F>, specs: FieldSpecs<F>): boolean {
  return (Object.keys(specs) as F[]).every((f) => !specs[f].required || map.columns[f] !== undefined);
}

/** Column labels for a headerless file: `kolom 1`, `kolom 2`, … */
export function headerlessMap<F extends string>(columns: Partial<Record<F, number>>, width: number): HeaderMap<F> {
  return { row: 0, columns, labels: Array.from({ length: width }, (_, i) => `kolom ${i + 1}`), duplicates: [] };
}

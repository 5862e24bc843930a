/** Header rows: normalising header text and mapping columns to fields by alias (SPEC §2.2, §2.4). */
import { cellText, type Cell } from '../readers/cell.js';

/** A field of an input: its aliases in priority order (normalised), and whether the header needs it. */
interface FieldSpec {
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
interface DuplicateColumn<F extends string> {
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
  /** Fields found by a name the rule pack gave (`masukan.kolom`): the user's statement about them. */
  fromPack?: ReadonlySet<string>;
}

/** Extra header names per input and field, as the rule pack writes them (`masukan.kolom`). */
export type PackColumns = Readonly<Partial<Record<string, Readonly<Record<string, readonly string[]>>>>>;

/** One input's extra header names by field, normalised (from the rule pack's `masukan.kolom`). */
export type PackHeaderNames = ReadonlyMap<string, readonly string[]>;

/** The pack's extra header names of one input, normalised like headers. */
export function packHeaderNames(kolom: PackColumns | undefined, input: string): PackHeaderNames {
  return new Map(Object.entries(kolom?.[input] ?? {}).map(([field, names]) => [field, names.map(normaliseHeader)]));
}

const NO_ALIASES: readonly string[] = [];

/**
 * Maps header cells to fields; the alias listed first wins when two columns mean one field. The
 * pack's extra header names (`packNames`) are tried before the built-in aliases.
 */
export function mapHeader<F extends string>(cells: readonly Cell[], specs: FieldSpecs<F>, row: number, packNames?: PackHeaderNames): HeaderMap<F> {
  const labels = cells.map((c) => cellText(c));
  const keys = labels.map(normaliseHeader);
  const columns: Partial<Record<F, number>> = {};
  const duplicates: DuplicateColumn<F>[] = [];
  const claimed = new Set<number>();
  const fields = Object.keys(specs) as F[];
  // The pack's names first, for every field: a column the pack names is never taken by a built-in alias.
  const packAliases = (field: F) => packNames?.get(field) ?? NO_ALIASES;
  const packFirst = packNames === undefined || packNames.size === 0 ? [] : fields.filter((f) => packAliases(f).length > 0);
  const pass = (field: F, aliases: readonly string[]): void => {
    let best: { column: number; rank: number } | undefined;
    const matching: number[] = [];
    keys.forEach((key, column) => {
      const rank = aliases.indexOf(key);
      if (rank < 0 || claimed.has(column)) return;
      matching.push(column);
      if (!best || rank < best.rank) best = { column, rank };
    });
    if (!best) return;
    const chosen: number = (best as { column: number }).column;
    columns[field] = chosen;
    claimed.add(chosen);
    for (const column of matching) if (column !== chosen) duplicates.push({ field, column, usedColumn: chosen });
  };
  for (const field of packFirst) pass(field, packAliases(field));
  const fromPack = new Set<string>(packFirst.filter((f) => columns[f] !== undefined));
  for (const field of fields) {
    const taken = columns[field];
    if (taken === undefined) {
      pass(field, specs[field].aliases);
      continue;
    }
    // Built-in matches of a field the pack mapped are duplicates of the pack's column.
    keys.forEach((key, column) => {
      if (column !== taken && !claimed.has(column) && specs[field].aliases.includes(key)) {
        duplicates.push({ field, column, usedColumn: taken });
      }
    });
  }
  return { row, columns, labels, duplicates, ...(fromPack.size > 0 ? { fromPack } : {}) };
}

/** Columns whose header is not empty and maps to no field (nor is a duplicate of one), in file order. */
export function unknownColumns<F extends string>(map: HeaderMap<F>): number[] {
  const used = new Set<number>(Object.values(map.columns) as number[]);
  for (const d of map.duplicates) used.add(d.column);
  const out: number[] = [];
  map.labels.forEach((label, column) => {
    if (!used.has(column) && label.trim() !== '') out.push(column);
  });
  return out;
}

/** True when every header-required field of the specs has a column. */
export function hasRequiredFields<F extends string>(map: HeaderMap<F>, specs: FieldSpecs<F>): boolean {
  return (Object.keys(specs) as F[]).every((f) => !specs[f].required || map.columns[f] !== undefined);
}

/** Column labels for a headerless file: `kolom 1`, `kolom 2`, … */
export function headerlessMap<F extends string>(columns: Partial<Record<F, number>>, width: number): HeaderMap<F> {
  return { row: 0, columns, labels: Array.from({ length: width }, (_, i) => `kolom ${i + 1}`), duplicates: [] };
}

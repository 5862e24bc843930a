/**
 * The common walk over an input table (SPEC §2.2-2.3): find the header row within the first 20 rows,
 * skip title, blank and total rows, profile the date and number columns, then hand every data row to
 * the input module, which says which bucket it ends in. Rows read = used + rejected + ignored + skipped.
 */
import { KinerjaError, type Bilingual } from '../errors.js';
import type { FindingCollector } from '../findings.js';
import { cellText, isBlankCell, isBlankRow, type Cell, type TableRow } from '../readers/cell.js';
import type { DateContext, DateOrder } from '../readers/parse-date.js';
import { dateOrderEvidence } from '../readers/parse-date.js';
import { decimalEvidence, type DecimalMark, type NumberContext } from '../readers/parse-number.js';
import type { Table } from '../readers/table.js';
import type { FieldSpecs, HeaderMap } from './header-map.js';

/** The bucket an input row ends in (SPEC §2.3). */
export type RowBucket = 'used' | 'rejected' | 'ignored' | 'skipped';

/** Row accounting and provenance of one input file, as `ringkasan.json` reports it. */
export interface FileLedger {
  input: string;
  name: string;
  path: string;
  format: 'csv' | 'xlsx';
  sheet?: string;
  encoding?: string;
  separator?: string;
  shape: string;
  sha256: string;
  read: number;
  used: number;
  rejected: number;
  ignored: number;
  skipped: number;
}

/** A header row matched to a shape of the input. */
export interface ShapeMatch<F extends string> {
  shape: string;
  specs: FieldSpecs<F>;
  map: HeaderMap<F>;
}

/** What an input module tells the walk. */
export interface ReadPlan<F extends string> {
  input: string;
  /** Tries a row as the header row. */
  detectHeader(cells: readonly Cell[], rowNumber: number): ShapeMatch<F> | undefined;
  /** Recognises a headerless file from its first rows (punch logs). */
  detectHeaderless?(rows: readonly TableRow[]): ShapeMatch<F> | undefined;
  /** The header-required columns, for the error when no header row is found. */
  required: Bilingual;
  /** Fields whose whole column decides how ambiguous values read (date order, decimal mark). */
  profiled?(shape: string): { dates: readonly F[]; numbers: readonly F[] };
}

/** Per-column decisions made from all values of the column. */
export interface ColumnProfile<F extends string> {
  dateOrder: Partial<Record<F, DateOrder>>;
  decimal: Partial<Record<F, DecimalMark>>;
}

/** One data row, with its header map and the file's conventions. */
export interface DataRow<F extends string> {
  rowNumber: number;
  cells: readonly Cell[];
  shape: string;
  map: HeaderMap<F>;
  /** The raw cell of a field (null when the file has no such column or the cell is empty). */
  cell(field: F): Cell;
  /** The header of a field's column as written in the file. */
  label(field: F): string;
  numberContext(field: F): NumberContext;
  dateContext(field: F): DateContext;
}

const HEADER_SEARCH_ROWS = 20;
const TOTAL_LABEL = /^(jumlah|total|grand\s*total)\b/i;

function firstNonBlank(cells: readonly Cell[]): Cell | undefined {
  for (const c of cells) if (!isBlankCell(c)) return c;
  return undefined;
}

/** Creates an empty ledger for a table. */
export function newLedger(input: string, table: Table, sha256: string): FileLedger {
  return {
    input,
    name: table.name,
    path: table.path,
    format: table.format,
    ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
    ...(table.encoding !== undefined ? { encoding: table.encoding } : {}),
    ...(table.separator !== undefined ? { separator: table.separator === '\t' ? 'tab' : table.separator } : {}),
    shape: '',
    sha256,
    read: 0,
    used: 0,
    rejected: 0,
    ignored: 0,
    skipped: 0,
  };
}

/** A header match and the reading of the file that found it. */
interface Found<F extends string> {
  match: ShapeMatch<F>;
  table: Table;
}

async function headerIn<F extends string>(table: Table, plan: ReadPlan<F>): Promise<{ match?: ShapeMatch<F>; seen: TableRow[] }> {
  const seen: TableRow[] = [];
  outer: for await (const batch of table.batches()) {
    for (const row of batch) {
      if (isBlankRow(row.cells)) continue;
      const match = plan.detectHeader(row.cells, row.rowNumber);
      if (match) return { match, seen };
      seen.push(row);
      if (seen.length >= HEADER_SEARCH_ROWS) break outer;
    }
  }
  const headerless = plan.detectHeaderless?.(seen);
  return headerless ? { match: headerless, seen } : { seen };
}

async function findHeader<F extends string>(table: Table, plan: ReadPlan<F>): Promise<Found<F>> {
  const first = await headerIn(table, plan);
  if (first.match) return { match: first.match, table };
  // The separator guess may be wrong (e.g. a `|` file whose data holds commas): the header decides.
  for (const other of table.alternatives?.() ?? []) {
    const found = await headerIn(other, plan);
    if (found.match) return { match: found.match, table: other };
  }
  const seen = first.seen;
  const firstRow = seen[0]?.cells.map((c) => cellText(c)).filter((t) => t !== '').join(' | ') ?? '';
  throw new KinerjaError(
    'HEADER_TIDAK_DITEMUKAN',
    {
      id: `${table.name}${table.sheet ? ` (lembar ${table.sheet})` : ''}: baris judul kolom untuk ${plan.input} tidak ditemukan di ${HEADER_SEARCH_ROWS} baris pertama. Kolom wajib: ${plan.required.id}.`,
      en: `${table.name}${table.sheet ? ` (sheet ${table.sheet})` : ''}: no header row for ${plan.input} in the first ${HEADER_SEARCH_ROWS} rows. Required columns: ${plan.required.en}.`,
    },
    {
      id: `Baris pertama berisi: ${firstRow.slice(0, 200) || '(kosong)'}. Pastikan judul kolom memakai nama yang dikenal (lihat README) atau pakai templat dari "kinerja init".`,
      en: `The first row holds: ${firstRow.slice(0, 200) || '(empty)'}. Use known column names (see the README) or the templates from "kinerja init".`,
    },
  );
}

async function profileColumns<F extends string>(
  table: Table,
  match: ShapeMatch<F>,
  fields: { dates: readonly F[]; numbers: readonly F[] },
  findings: FindingCollector,
): Promise<ColumnProfile<F>> {
  const profile: ColumnProfile<F> = { dateOrder: {}, decimal: {} };
  const dateState = new Map<F, { firstAbove12: boolean; secondAbove12?: { value: string; row: number } }>();
  const numberPending = new Set<F>();
  for (const f of fields.dates) if (match.map.columns[f] !== undefined) dateState.set(f, { firstAbove12: false });
  for (const f of fields.numbers) if (match.map.columns[f] !== undefined) numberPending.add(f);
  const datePending = new Set(dateState.keys());
  if (datePending.size === 0 && numberPending.size === 0) return profile;
  outer: for await (const batch of table.batches()) {
    for (const row of batch) {
      if (row.rowNumber <= match.map.row) continue;
      for (const f of datePending) {
        const ev = dateOrderEvidence(row.cells[match.map.columns[f]!] ?? null);
        if (!ev) continue;
        const state = dateState.get(f)!;
        // A first part above 12 proves day-first: the column is settled.
        if (ev.firstAbove12) {
          state.firstAbove12 = true;
          datePending.delete(f);
        } else if (ev.secondAbove12 && !state.secondAbove12) {
          state.secondAbove12 = { value: cellText(row.cells[match.map.columns[f]!] ?? null), row: row.rowNumber };
        }
      }
      for (const f of numberPending) {
        const cell = row.cells[match.map.columns[f]!];
        if (typeof cell !== 'string') continue;
        const mark = decimalEvidence(cell);
        if (mark) {
          profile.decimal[f] = mark;
          numberPending.delete(f);
        }
      }
      if (datePending.size === 0 && numberPending.size === 0) break outer;
    }
  }
  for (const [f, state] of dateState) {
    if (!state.firstAbove12 && state.secondAbove12) {
      profile.dateOrder[f] = 'mdy';
      findings.add({
        code: 'TANGGAL_BULAN_DULU',
        file: table.name,
        row: state.secondAbove12.row,
        column: match.map.labels[match.map.columns[f]!] ?? String(f),
        value: state.secondAbove12.value,
      });
    }
  }
  return profile;
}

/**
 * Walks a table: header, profile, then every data row through `handle`, which returns the row's
 * bucket. Title rows above the header, blank rows and total rows are `skipped` here.
 */
export async function readTableRows<F extends string>(
  given: Table,
  plan: ReadPlan<F>,
  ledger: FileLedger,
  findings: FindingCollector,
  handle: (row: DataRow<F>) => RowBucket,
  onProgress?: (rowsRead: number) => void,
): Promise<ShapeMatch<F>> {
  const { match, table } = await findHeader(given, plan);
  ledger.shape = match.shape;
  if (table.separator !== undefined) ledger.separator = table.separator === '\t' ? 'tab' : table.separator;
  for (const d of match.map.duplicates) {
    findings.add({
      code: 'KOLOM_GANDA',
      file: table.name,
      row: match.map.row,
      column: match.map.labels[d.column] ?? '',
      params: { field: d.field, used: match.map.labels[d.usedColumn] ?? '' },
    });
  }
  const profile: ColumnProfile<F> = plan.profiled
    ? await profileColumns(table, match, plan.profiled(match.shape), findings)
    : { dateOrder: {}, decimal: {} };
  const { map } = match;
  let current: readonly Cell[] = [];
  let currentRow = 0;
  const row: DataRow<F> = {
    get rowNumber() {
      return currentRow;
    },
    get cells() {
      return current;
    },
    shape: match.shape,
    map,
    cell(field) {
      const i = map.columns[field];
      if (i === undefined) return null;
      const c = current[i];
      return c === undefined || (typeof c === 'string' && c.trim() === '') ? null : c;
    },
    label(field) {
      const i = map.columns[field];
      return i === undefined ? String(field) : (map.labels[i] ?? String(field));
    },
    numberContext(field) {
      const columnDecimal = profile.decimal[field];
      return columnDecimal ? { columnDecimal, fallback: table.numberFallback } : { fallback: table.numberFallback };
    },
    dateContext(field) {
      return { order: profile.dateOrder[field] ?? 'dmy', date1904: table.date1904 };
    },
  };
  for await (const batch of table.batches()) {
    for (const r of batch) {
      ledger.read += 1;
      if (r.rowNumber <= map.row || isBlankRow(r.cells)) {
        ledger.skipped += 1;
        continue;
      }
      const first = firstNonBlank(r.cells);
      if (typeof first === 'string' && TOTAL_LABEL.test(first.trim())) {
        ledger.skipped += 1;
        findings.add({ code: 'BARIS_JUMLAH', file: table.name, row: r.rowNumber, value: first.trim() });
        continue;
      }
      current = r.cells;
      currentRow = r.rowNumber;
      ledger[handle(row)] += 1;
    }
    onProgress?.(ledger.read);
  }
  return match;
}

/**
 * The common walk over an input table (SPEC §2.2-2.3): find the header row within the first 20 rows,
 * skip title, blank and total rows, profile the date and number columns, then hand every data row to
 * the input module, which says which bucket it ends in. Rows read = used + rejected + ignored + skipped.
 */
import { basename } from 'node:path';
import { KinerjaError, type Bilingual } from '../errors.js';
import { maskLongDigits, type FindingCollector } from '../findings.js';
import { cellText, isBlankCell, isBlankRow, isBlankText, type Cell, type TableRow } from '../readers/cell.js';
import { dateOrderEvidence, dependsOnDateOrder, parseDateCell, type DateContext, type DateOrder, type DateReading } from '../readers/parse-date.js';
import { decimalEvidence, parseNumberCell, type DecimalMark, type NumberContext, type NumberReading } from '../readers/parse-number.js';
import { parseTimeCell, type TimeReading } from '../readers/parse-time.js';
import type { Table } from '../readers/table.js';
import { unknownColumns, type FieldSpecs, type HeaderMap, type PackHeaderNames } from './header-map.js';
import { compactNip, looksLikeNip } from './read-nip.js';
import type { LocalDate } from '../model/local-date.js';
import type { FileLedger, RowBucket } from '../model/row-accounting.js';

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
  detectHeader(cells: readonly Cell[], rowNumber: number, packNames?: PackHeaderNames): ShapeMatch<F> | undefined;
  /** Recognises a headerless file from its first rows (punch logs). */
  detectHeaderless?(rows: readonly TableRow[]): ShapeMatch<F> | undefined;
  /** The header-required columns, for the error when no header row is found. */
  required: Bilingual;
  /** Fields whose whole column decides how ambiguous values read (date order, decimal mark). */
  profiled?(shape: string): { dates: readonly F[]; numbers: readonly F[] };
}

/** Per-column decisions made from all values of the column. */
interface ColumnProfile<F extends string> {
  /** Set only when the file settles the order: a part above 12 in some value. */
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
  /** The field's cell read as a number in its column's context (null when empty). */
  numberReading(field: F): NumberReading | null;
  /** The field's cell read as a date in its column's context (null when empty). */
  dateReading(field: F): DateReading | null;
  /** True when a value of the field's column settled its day/month order (a part above 12). */
  dateOrderSettled(field: F): boolean;
  /**
   * When the column's order was never settled and the cell (e.g. `08/01/2026`) reads as another real
   * date month-first, that date; else undefined. `dateReading` stays day-first.
   */
  otherDateReading(field: F): LocalDate | undefined;
  /** The field's cell read as a time of day (null when empty or a dash). */
  timeReading(field: F): TimeReading | null;
  /**
   * In a text export, the first non-empty cell to the right of the last header (1-based column): a
   * separator inside an unquoted value (`336,000` in a comma file) splits it there and the cell the
   * header names holds only its first part. Undefined when there is none, and for workbooks.
   */
  cellPastHeader(): { column: number; text: string } | undefined;
}

const HEADER_SEARCH_ROWS = 20;
/** Rows the header search keeps to hand on with its stream (else the table is read again). */
const MAX_REPLAYED_ROWS = 10_000;

/**
 * The widest real input (a monthly summary with a few columns per day, a BKN report) has under 200
 * columns; thousands mean the file is not what its name says, and reading on would cost memory per row.
 */
const MAX_COLUMNS = 1000;

function assertWidth(table: Table, row: TableRow): void {
  if (row.cells.length <= MAX_COLUMNS) return;
  throw new KinerjaError(
    'KOLOM_TERLALU_BANYAK',
    {
      id: `${table.name} baris ${row.rowNumber} berisi ${row.cells.length} kolom; kinerja membaca paling banyak ${MAX_COLUMNS}.`,
      en: `${table.name} row ${row.rowNumber} has ${row.cells.length} columns; kinerja reads at most ${MAX_COLUMNS}.`,
    },
    {
      id: 'Berkas ini tampaknya bukan ekspor masukan. Periksa isinya, atau pemisah kolomnya.',
      en: 'This does not look like an input export. Check its contents, or its column separator.',
    },
  );
}
const TOTAL_LABEL = /^(jumlah|total|grand\s*total)\b/i;

/** Cheap test before the regex: a total label starts (after spaces) with j, t or g. */
function mayBeTotalLabel(text: string): boolean {
  const c = text.charCodeAt(0);
  return c <= 0x20 || c > 0x7e || (c | 0x20) === 0x6a || (c | 0x20) === 0x74 || (c | 0x20) === 0x67;
}

function firstNonBlank(cells: readonly Cell[]): Cell | undefined {
  for (const c of cells) if (!isBlankCell(c)) return c;
  return undefined;
}

const LINE_BREAK = /\r\n|\n|\r/;

/**
 * The physical lines of a record that spans several, when they look like rows of their own rather than
 * a multi-line cell: the record's text (its cells joined by the separator) split at the line breaks,
 * where a line after the first is a row when it has a full row's separators, or holds an 18-digit NIP
 * in the NIP column; a record with more cells than the header can only be rows run together (line
 * ends of another kind). Returns those lines (empty for a genuine multi-line cell).
 */
function swallowedLines(cells: readonly Cell[], separator: string, width: number, nipColumn?: number): string[] {
  const lines = cells.map((c) => (typeof c === 'string' ? c : cellText(c))).join(separator).split(LINE_BREAK).slice(1);
  const fullRow = Math.max(2, width - 1);
  const looksLikeRow = (line: string) => {
    const fields = line.split(separator);
    if (fields.length - 1 >= fullRow) return true;
    return nipColumn !== undefined && looksLikeNip((fields[nipColumn] ?? '').replace(/^"/, ''));
  };
  return cells.length > width + 1 || lines.some(looksLikeRow) ? lines : [];
}

/** Creates an empty ledger for a table; its `sha256` is set once the file has been read. */
export function newLedger(input: string, table: Table): FileLedger {
  return {
    input,
    // The file itself (findings may name `file [sheet]`; the sheet has its own field here).
    name: basename(table.path),
    path: table.path,
    format: table.format,
    ...(table.sheet !== undefined ? { sheet: table.sheet } : {}),
    ...(table.encoding !== undefined ? { encoding: table.encoding } : {}),
    ...(table.separator !== undefined ? { separator: table.separator === '\t' ? 'tab' : table.separator } : {}),
    shape: '',
    sha256: '',
    ...(table.format === 'csv' ? { lines: 0 } : {}),
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
  /** The table's rows from its first, continuing the stream the header was found in. */
  rows: AsyncGenerator<TableRow[]>;
}

/** The batches already taken from `stream`, then the rest of it: the file is not read again. */
async function* replayThenRest(taken: TableRow[][], stream: AsyncIterator<TableRow[]>): AsyncGenerator<TableRow[]> {
  try {
    // Shifted out, so the batches are not held for the rest of the file.
    for (let batch = taken.shift(); batch !== undefined; batch = taken.shift()) yield batch;
    for (let step = await stream.next(); !step.done; step = await stream.next()) yield step.value;
  } finally {
    await stream.return?.();
  }
}

async function headerIn<F extends string>(table: Table, plan: ReadPlan<F>, packNames: PackHeaderNames | undefined): Promise<{ match?: ShapeMatch<F>; seen: TableRow[]; rows?: AsyncGenerator<TableRow[]> }> {
  const seen: TableRow[] = [];
  // Kept to hand on with the stream; past MAX_REPLAYED_ROWS (a file of blank rows) it is dropped and
  // the caller reads the table again instead.
  let taken: TableRow[][] | undefined = [];
  let takenRows = 0;
  const stream = table.batches();
  let handedOn = false;
  const handOn = (): AsyncGenerator<TableRow[]> => {
    if (taken) {
      handedOn = true;
      return replayThenRest(taken, stream);
    }
    return table.batches();
  };
  try {
    outer: for (let step = await stream.next(); !step.done; step = await stream.next()) {
      takenRows += step.value.length;
      if (taken && takenRows <= MAX_REPLAYED_ROWS) taken.push(step.value);
      else taken = undefined;
      for (const row of step.value) {
        assertWidth(table, row);
        if (isBlankRow(row.cells)) continue;
        const match = plan.detectHeader(row.cells, row.rowNumber, packNames);
        if (match) return { match, seen, rows: handOn() };
        seen.push(row);
        if (seen.length >= HEADER_SEARCH_ROWS) break outer;
      }
    }
    const headerless = plan.detectHeaderless?.(seen);
    return headerless ? { match: headerless, seen, rows: handOn() } : { seen };
  } finally {
    if (!handedOn) await stream.return(undefined);
  }
}

/** A cell shown in a message about a row that may hold personal data: its first characters and length. */
function maskedCell(text: string): string {
  const t = text.trim();
  return t.length <= 6 ? t : `${t.slice(0, 4)}…(${t.length})`;
}

async function findHeader<F extends string>(table: Table, plan: ReadPlan<F>): Promise<Found<F>> {
  const packNames = table.packHeaderNames;
  const first = await headerIn(table, plan, packNames);
  if (first.match) return { match: first.match, table, rows: first.rows! };
  // The separator guess may be wrong (e.g. a `|` file whose data holds commas): the header decides.
  for (const other of table.alternatives?.() ?? []) {
    const found = await headerIn(other, plan, packNames);
    if (found.match) return { match: found.match, table: other, rows: found.rows! };
  }
  const seen = first.seen;
  // The row's shape, enough to recognise it, without printing a whole account number, NIK or NPWP.
  const firstRow = seen[0]?.cells.map((c) => maskedCell(cellText(c))).filter((t) => t !== '').join(' | ') ?? '';
  throw new KinerjaError(
    'HEADER_TIDAK_DITEMUKAN',
    {
      id: `${table.name}${table.sheet ? ` (lembar ${table.sheet})` : ''}: baris judul kolom untuk ${plan.input} tidak ditemukan di ${HEADER_SEARCH_ROWS} baris pertama. Kolom wajib: ${plan.required.id}.`,
      en: `${table.name}${table.sheet ? ` (sheet ${table.sheet})` : ''}: no header row for ${plan.input} in the first ${HEADER_SEARCH_ROWS} rows. Required columns: ${plan.required.en}.`,
    },
    {
      id:
        `Baris pertama berisi: ${firstRow.slice(0, 200) || '(kosong)'}. Pastikan judul kolom memakai nama yang dikenal (lihat README), ` +
        `atau petakan nama lain di paket aturan (masukan.kolom). Bila ada lebih dari ${HEADER_SEARCH_ROWS} baris judul di atasnya, hapus sebagian.` +
        (table.format === 'xlsx' ? ` Bila datanya di lembar lain, pilih lembarnya: masukan: { lembar: { ${plan.input}: "Nama Lembar" } }.` : ''),
      en:
        `The first row holds: ${firstRow.slice(0, 200) || '(empty)'}. Use known column names (see the README), or map other names in the rule pack (masukan.kolom). ` +
        `If more than ${HEADER_SEARCH_ROWS} title rows sit above the header, remove some.` +
        (table.format === 'xlsx' ? ` If the data is on another sheet, choose it: masukan: { lembar: { ${plan.input}: "Sheet Name" } }.` : ''),
    },
  );
}

/**
 * The column profile (SPEC §2.2: the whole column decides the date order and the decimal mark), built
 * from the rows as they stream. A column is settled by its first conclusive value; until then, rows
 * whose reading depends on it wait (see `readTableRows`).
 */
class ColumnProfiler<F extends string> {
  readonly profile: ColumnProfile<F> = { dateOrder: {}, decimal: {} };
  private readonly dateState = new Map<F, { column: number; secondAbove12?: { value: string; row: number } }>();
  /** Unsettled columns, as [field, column index]. */
  private datePending: [F, number][] = [];
  private numberPending: [F, number][] = [];

  constructor(
    private readonly match: ShapeMatch<F>,
    fields: { dates: readonly F[]; numbers: readonly F[] },
    private readonly onSettled: (field: F) => void,
  ) {
    for (const f of fields.dates) {
      const column = match.map.columns[f];
      if (column === undefined) continue;
      this.dateState.set(f, { column });
      this.datePending.push([f, column]);
    }
    for (const f of fields.numbers) {
      const column = match.map.columns[f];
      if (column !== undefined) this.numberPending.push([f, column]);
    }
  }

  /** True while some column is not settled. */
  get unsettled(): boolean {
    return this.datePending.length > 0 || this.numberPending.length > 0;
  }

  /** Takes a data row's evidence into the profile. */
  observe(row: TableRow): void {
    if (this.datePending.length > 0) {
      for (const [f, column] of this.datePending) {
        const ev = dateOrderEvidence(row.cells[column] ?? null);
        if (!ev) continue;
        const state = this.dateState.get(f)!;
        // A first part above 12 proves day-first: the column is settled.
        if (ev.firstAbove12) {
          this.profile.dateOrder[f] = 'dmy';
          this.datePending = this.datePending.filter(([g]) => g !== f);
          state.secondAbove12 = undefined;
          this.onSettled(f);
        } else if (ev.secondAbove12 && !state.secondAbove12) {
          state.secondAbove12 = { value: cellText(row.cells[column] ?? null), row: row.rowNumber };
        }
      }
    }
    if (this.numberPending.length > 0) {
      for (const [f, column] of this.numberPending) {
        const cell = row.cells[column];
        if (typeof cell !== 'string') continue;
        const mark = decimalEvidence(cell);
        if (mark) {
          this.profile.decimal[f] = mark;
          this.numberPending = this.numberPending.filter(([g]) => g !== f);
          this.onSettled(f);
        }
      }
    }
  }

  /**
   * The undecided columns the row's reading depends on: a slash/dash date in an undecided date
   * column, any `.`/`,` in an undecided number column (a `1.234` reads by its column).
   */
  dependenciesOf(row: TableRow): F[] {
    let out: F[] | undefined;
    for (const [f, column] of this.datePending) if (dependsOnDateOrder(row.cells[column] ?? null)) (out ??= []).push(f);
    for (const [f, column] of this.numberPending) {
      const cell = row.cells[column];
      if (typeof cell === 'string' && (cell.includes('.') || cell.includes(','))) (out ??= []).push(f);
    }
    return out ?? NO_FIELDS;
  }

  /** After the last row: a date column never proven day-first but with a second part above 12 is month-first. */
  finish(file: string, findings: FindingCollector): void {
    for (const [f] of this.datePending) {
      const state = this.dateState.get(f)!;
      if (!state.secondAbove12) continue;
      this.profile.dateOrder[f] = 'mdy';
      this.onSettled(f);
      findings.add({
        code: 'TANGGAL_BULAN_DULU',
        file,
        row: state.secondAbove12.row,
        column: this.match.map.labels[state.column] ?? String(f),
        value: state.secondAbove12.value,
      });
    }
    this.datePending = [];
    this.numberPending = [];
  }
}

const NO_FIELDS: never[] = [];

/** Rows held back while the column profile is undecided; beyond this the file is read twice instead. */
const MAX_WAITING_ROWS = 20_000;
/** Distinct texts remembered per column for the cached cell readings. */
const MAX_CACHED_TEXTS = 16_384;

/** Findings about the header row itself: a field named twice, mixed line ends, columns nobody reads. */
function reportHeader<F extends string>(table: Table, match: ShapeMatch<F>, findings: FindingCollector): void {
  const { map } = match;
  for (const d of map.duplicates) {
    findings.add({
      code: 'KOLOM_GANDA',
      file: table.name,
      row: map.row,
      column: map.labels[d.column] ?? '',
      params: { field: d.field, used: map.labels[d.usedColumn] ?? '' },
    });
  }
  if (table.mixedLineEnds) findings.add({ code: 'BARIS_AKHIR_CAMPUR', file: table.name });
  // Headers that mean nothing to kinerja, listed once per file: a misnamed column is seen at once.
  const unknown = map.row > 0 ? unknownColumns(map) : [];
  if (unknown.length > 0) {
    findings.add({
      code: 'KOLOM_TIDAK_DIKENAL',
      file: table.name,
      row: map.row,
      params: { columns: unknown.map((c) => `'${map.labels[c]!.trim()}'`).join(', ') },
    });
  }
}

/** One `DataRow` object for a whole file, pointed at each row in turn (no allocation per row). */
interface RowView<F extends string> {
  row: DataRow<F>;
  /** Whether rows are checked for cells past the header (a headed text export). */
  checksPastHeader: boolean;
  show(r: TableRow): void;
  /** A column's profile changed: its cached readings no longer hold. */
  forgetColumn(column: number): void;
}

function rowView<F extends string>(table: Table, match: ShapeMatch<F>, profile: ColumnProfile<F>): RowView<F> {
  const { map } = match;
  // Workbooks cannot split a value on a separator; a text export's cells past its last header can.
  // A headerless punch log (row 0) has no header to be past: its trailing fields vary by machine.
  let headerWidth = map.labels.length;
  while (headerWidth > 0 && map.labels[headerWidth - 1]!.trim() === '') headerWidth--;
  const checksPastHeader = table.format === 'csv' && headerWidth > 0 && map.row > 0;
  // Readings of repeated texts (dates, times, scores) are cached per column; a column's cache is
  // dropped when its profile changes, so a cached reading always used the profile in force.
  // Indexed by column; no closure per reading: this runs for every date, time and number cell of every row.
  const numberCache: (Map<string, NumberReading> | undefined)[] = [];
  const dateCache: (Map<string, DateReading> | undefined)[] = [];
  const timeCache: (Map<string, TimeReading> | undefined)[] = [];
  const otherDateCache: (Map<string, LocalDate | null> | undefined)[] = [];
  let current: readonly Cell[] = [];
  let currentRow = 0;
  // Found once per row: the walk (for the whole file) and the row's RowCheck (to hold it) both ask.
  let currentPast: { column: number; text: string } | undefined;
  const cellAt = (i: number): Cell => {
    const c = current[i];
    return c === undefined || (typeof c === 'string' && isBlankText(c)) ? null : c;
  };
  const firstCellPastHeader = (): { column: number; text: string } | undefined => {
    for (let i = headerWidth; i < current.length; i++) {
      const c = cellAt(i);
      if (c !== null) return { column: i + 1, text: String(c) };
    }
    return undefined;
  };
  const numberContext = (field: F): NumberContext => {
    const columnDecimal = profile.decimal[field];
    return columnDecimal ? { columnDecimal, fallback: table.numberFallback } : { fallback: table.numberFallback };
  };
  const dateContext = (field: F): DateContext => ({ order: profile.dateOrder[field] ?? 'dmy', date1904: table.date1904 });
  const noContext = (): undefined => undefined;
  /** The reading of a field's cell; a text's reading is remembered in its column's cache. */
  const readCell = <R, C>(caches: (Map<string, R> | undefined)[], field: F, parse: (cell: Cell, context: C) => R | null, contextOf: (field: F) => C): R | null => {
    const i = map.columns[field];
    const c = i === undefined ? null : cellAt(i);
    if (typeof c !== 'string') return parse(c, contextOf(field));
    const cache = (caches[i!] ??= new Map<string, R>());
    let reading = cache.get(c);
    if (reading === undefined) {
      // A text cell always has a reading (null is only for an empty cell).
      reading = parse(c, contextOf(field))!;
      if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
      cache.set(c, reading);
    }
    return reading;
  };
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
      return i === undefined ? null : cellAt(i);
    },
    label(field) {
      const i = map.columns[field];
      return i === undefined ? String(field) : (map.labels[i] ?? String(field));
    },
    numberContext,
    dateContext,
    dateOrderSettled: (field) => profile.dateOrder[field] !== undefined,
    otherDateReading(field) {
      if (profile.dateOrder[field] !== undefined) return undefined;
      const i = map.columns[field];
      const c = i === undefined ? null : cellAt(i);
      if (typeof c !== 'string') return undefined;
      // Only unsettled columns get here, but e.g. an ISO tmt column never settles: texts are cached.
      const cache = (otherDateCache[i!] ??= new Map<string, LocalDate | null>());
      let other = cache.get(c);
      if (other === undefined) {
        other = otherDateOf(c, table.date1904);
        if (cache.size >= MAX_CACHED_TEXTS) cache.clear();
        cache.set(c, other);
      }
      return other ?? undefined;
    },
    numberReading: (field) => readCell(numberCache, field, parseNumberCell, numberContext),
    dateReading: (field) => readCell(dateCache, field, parseDateCell, dateContext),
    timeReading: (field) => readCell(timeCache, field, parseTimeCell, noContext),
    cellPastHeader: () => currentPast,
  };
  return {
    row,
    checksPastHeader,
    show(r) {
      current = r.cells;
      currentRow = r.rowNumber;
      currentPast = checksPastHeader && current.length > headerWidth ? firstCellPastHeader() : undefined;
    },
    forgetColumn(column) {
      numberCache[column] = dateCache[column] = undefined;
    },
  };
}

/**
 * The month-first reading of a date text, when it is a doubt: day-first is the Indonesian convention;
 * the other reading matters only when it points elsewhere, on the 1st of a month (as TMT dates
 * usually are) while day-first is not.
 */
function otherDateOf(text: string, date1904: boolean): LocalDate | null {
  if (!dependsOnDateOrder(text)) return null;
  const dayFirst = parseDateCell(text, { order: 'dmy', date1904 });
  const monthFirst = parseDateCell(text, { order: 'mdy', date1904 });
  if (dayFirst?.ok && monthFirst?.ok && monthFirst.date !== dayFirst.date && monthFirst.date.endsWith('-01') && !dayFirst.date.endsWith('-01')) return monthFirst.date;
  return null;
}

/**
 * A record spanning several physical lines because a stray quote swallowed the rows after it: the
 * employees on those lines are held (their rows are lost); when they cannot be known, or the file is
 * the staff master (whose swallowed employees would vanish from the results), the run stops.
 */
function rejectSwallowed(r: TableRow, table: Table, map: HeaderMap<string>, input: string, findings: FindingCollector): boolean {
  const nipColumn = (map.columns)['nip'];
  const separator = table.separator === 'spaces' || table.separator === undefined ? ',' : table.separator;
  const swallowed = swallowedLines(r.cells, separator, map.labels.length, nipColumn);
  if (swallowed.length === 0) return false;
  const lines = `${r.lines!.from}-${r.lines!.to}`;
  const why =
    r.cells.length > map.labels.length + 1
      ? { why_id: 'akhir baris yang bercampur (CRLF dan LF)', why_en: 'mixed line ends (CRLF and LF)' }
      : { why_id: 'tanda kutip (") yang tidak berpasangan', why_en: 'an unpaired quote (")' };
  const nips = new Set<string>();
  if (nipColumn !== undefined) {
    const own = r.cells[nipColumn];
    for (const text of [typeof own === 'string' ? own : '', ...swallowed.map((l) => l.split(separator)[nipColumn] ?? '')]) {
      const nip = compactNip(text.replace(/^"/, ''));
      if (/^\d{18}$/.test(nip)) nips.add(nip);
    }
  }
  if (nips.size === 0 || input === 'pegawai') {
    findings.add({ code: 'BARIS_TERGABUNG_TAK_TERBACA', file: table.name, row: r.rowNumber, params: { lines, ...why } });
  } else {
    for (const nip of nips) findings.add({ code: 'BARIS_TERGABUNG', file: table.name, row: r.rowNumber, nip, params: { lines, ...why } });
  }
  return true;
}

/** Rows listed in a stop before the rest are only counted. */
const MAX_LISTED_ROWS = 10;

/**
 * Rows of a headed text export whose values may have been split on the separator (`4,200,000` or
 * `Budi Santoso, S.Kom` unquoted), judged once the whole file is read. A row with a value past the
 * last header holds its employee (RowCheck); the run stops when the rows are most of the file
 * (`KOLOM_TANPA_JUDUL`), or when a split row cannot be tied to an employee with certainty, or is wider
 * than the header and the file's usual row with only empty cells past them (`BARIS_TERGESER`).
 */
class SplitWatch {
  private dataRows = 0;
  private readonly widths = new Map<number, number>();
  private pastRows = 0;
  private first: { row: number; column: number; text: string } | undefined;
  /** Rows with a value past the header whose NIP cell holds no NIP (or a file without NIPs: a holiday, a unit). */
  private readonly unattributed: number[] = [];
  /**
   * Rows wider than the header with nothing past it, by width: a split if wider than the file's usual
   * row too. Counted per width, with the first rows to list (memory stays flat on a huge export whose
   * every line ends with a separator the header lacks).
   */
  private readonly wide = new Map<number, { count: number; rows: number[] }>();

  constructor(
    private readonly active: boolean,
    private readonly headerWidth: number,
    private readonly nipColumn: number | undefined,
  ) {}

  observe(r: TableRow, past: { column: number; text: string } | undefined): void {
    if (!this.active) return;
    this.dataRows += 1;
    const width = r.cells.length;
    this.widths.set(width, (this.widths.get(width) ?? 0) + 1);
    if (past !== undefined) {
      if (this.pastRows++ === 0) this.first = { row: r.rowNumber, ...past };
      const nip = this.nipColumn === undefined ? undefined : r.cells[this.nipColumn];
      if (this.unattributed.length <= MAX_LISTED_ROWS && (typeof nip !== 'string' || !looksLikeNip(nip))) this.unattributed.push(r.rowNumber);
    } else if (width > this.headerWidth) {
      let ofWidth = this.wide.get(width);
      if (!ofWidth) this.wide.set(width, (ofWidth = { count: 0, rows: [] }));
      ofWidth.count += 1;
      if (ofWidth.rows.length <= MAX_LISTED_ROWS) ofWidth.rows.push(r.rowNumber);
    }
  }

  finish(file: string, findings: FindingCollector): void {
    const { first } = this;
    if (first !== undefined && this.pastRows >= 2 && this.pastRows * 2 >= this.dataRows) {
      findings.add({ code: 'KOLOM_TANPA_JUDUL', file, column: `kolom ${first.column}`, value: maskLongDigits(first.text), params: { baris: this.pastRows, dari: this.dataRows, contoh: first.row, kolom: first.column } });
      return;
    }
    // The usual width: an exporter may end every data line with a separator the header lacks.
    let usual = 0;
    let most = 0;
    for (const [width, count] of this.widths) if (count > most || (count === most && width < usual)) [usual, most] = [width, count];
    // A row is unattributed (a value past the header) or wide (nothing past it), never both.
    const rows = [...this.unattributed];
    let total = rows.length;
    for (const [width, { count, rows: first }] of this.wide) {
      if (width <= Math.max(usual, this.headerWidth)) continue;
      rows.push(...first);
      total += count;
    }
    if (rows.length === 0) return;
    rows.sort((a, b) => a - b);
    const listed = rows.slice(0, MAX_LISTED_ROWS).join(', ') + (total > MAX_LISTED_ROWS ? ', …' : '');
    findings.add({ code: 'BARIS_TERGESER', file, row: rows[0]!, params: { baris: listed, lebar: Math.max(usual, this.headerWidth), tanpa_nip: this.nipColumn === undefined ? 1 : 0 } });
  }
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
  const { match, table, rows } = await findHeader(given, plan);
  ledger.shape = match.shape;
  if (table.separator !== undefined) ledger.separator = table.separator === '\t' ? 'tab' : table.separator;
  reportHeader(table, match, findings);
  const { map } = match;
  const waitingOn = new Set<F>();
  const views: { current?: RowView<F> } = {};
  const profiler = new ColumnProfiler(match, plan.profiled ? plan.profiled(match.shape) : { dates: [], numbers: [] }, (field) => {
    const column = map.columns[field];
    if (column !== undefined) views.current?.forgetColumn(column);
    waitingOn.delete(field);
  });
  const view = (views.current = rowView(table, match, profiler.profile));
  const { row } = view;
  const splits = new SplitWatch(view.checksPastHeader, map.labels.length, map.columns['nip' as F]);
  const walk = (r: TableRow): void => {
    ledger.read += 1;
    if (r.lines) {
      if (ledger.lines !== undefined) ledger.lines += r.lines.to - r.lines.from + 1;
      if (r.rowNumber > map.row && rejectSwallowed(r, table, map, plan.input, findings)) {
        ledger.rejected += 1;
        return;
      }
    } else if (ledger.lines !== undefined) ledger.lines += 1;
    if (r.rowNumber <= map.row || isBlankRow(r.cells)) {
      ledger.skipped += 1;
      return;
    }
    const first = firstNonBlank(r.cells);
    if (typeof first === 'string' && mayBeTotalLabel(first) && TOTAL_LABEL.test(first.trim())) {
      ledger.skipped += 1;
      findings.add({ code: 'BARIS_JUMLAH', file: table.name, row: r.rowNumber, value: first.trim() });
      return;
    }
    view.show(r);
    splits.observe(r, row.cellPastHeader());
    ledger[handle(row)] += 1;
  };

  // One pass: rows are handled as they stream, except that a row whose reading depends on a column
  // not yet settled waits (with every row after it, to keep the order) until those columns are
  // settled or the file ends. When too many rows would wait (e.g. a month-first file, decided only at
  // its end), the rest of the file is only profiled and then read again from the first waiting row.
  let waiting: TableRow[] = [];
  let rereadFrom: number | undefined;
  scan: for await (const batch of rows) {
    for (const r of batch) {
      if (rereadFrom !== undefined) {
        // Only profiling now: stop as soon as every column is settled.
        if (!profiler.unsettled) break scan;
        if (r.rowNumber > map.row) profiler.observe(r);
        continue;
      }
      let deps: readonly F[] = NO_FIELDS;
      if (profiler.unsettled && r.rowNumber > map.row) {
        profiler.observe(r);
        deps = profiler.dependenciesOf(r);
      }
      if (waiting.length === 0 && deps.length === 0) {
        walk(r);
        continue;
      }
      waiting.push(r);
      for (const f of deps) waitingOn.add(f);
      if (waitingOn.size === 0) {
        for (const w of waiting) walk(w);
        waiting = [];
      } else if (waiting.length > MAX_WAITING_ROWS) {
        rereadFrom = waiting[0]!.rowNumber;
        waiting = [];
      }
    }
    if (rereadFrom === undefined) onProgress?.(ledger.read);
  }
  profiler.finish(table.name, findings);
  for (const w of waiting) walk(w);
  if (rereadFrom !== undefined) {
    const from = rereadFrom;
    for await (const batch of table.batches()) {
      for (const r of batch) if (r.rowNumber >= from) walk(r);
      onProgress?.(ledger.read);
    }
  }
  splits.finish(table.name, findings);
  return match;
}

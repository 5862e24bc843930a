/**
 * kinerja's exceljs workbook writer as it was before src/reports/write-xlsx.ts got a writer of its own
 * (its worker left out), kept for tests only: the new writer must read back as this one did.
 *
 * Writes `kinerja-<period>.xlsx` with the exceljs streaming writer (SPEC §5): labelled sheets, frozen
 * header, autofilter, fitted widths, NIPs and accounts as text, rupiah as `#,##0`, and the TPP sheet
 * grouped by unit with subtotals, ready to print. A sheet past 1,000,000 rows continues in "(2)".
 *
 * exceljs is most of the time of a large run's writing, so in the build the workbook is written by a
 * worker thread (this same module) while the CSV files are written here: this thread computes the
 * rows and posts them as plain values, a few batches ahead of the worker.
 */
import { createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import { failForTest, workbookTarget, type FaultHooks } from '../../src/runtime/faults.js';
import { runtimeOptions, threshold, type RuntimeOptions } from '../../src/runtime/options.js';
import { pick, type Lang } from '../../src/i18n.js';
import type { Bilingual } from '../../src/errors.js';
import { ASSESSED_PREDIKAT, formatPeriod } from '../../src/model/domain.js';
import { canonicalJson } from '../../src/rules/load-rule-pack.js';
import type { ColumnType, ReportCell, ReportColumn, ReportModel, ReportTable, Ringkasan } from '../../src/reports/build-report.js';
import { placesOf, workbookCellValue } from '../../src/reports/format-cell.js';
import { labelsFor } from '../../src/reports/labels.js';

type WorkbookWriterClass = typeof ExcelJS.stream.xlsx.WorkbookWriter;

/**
 * exceljs's streaming workbook writer alone (its package entry loads the reader too): the report
 * workbook's writer before round 5, kept here as the reference the equivalence test compares with.
 */
export function loadWorkbookWriter(): WorkbookWriterClass {
  return createRequire(import.meta.url)('exceljs/lib/stream/xlsx/workbook-writer.js') as WorkbookWriterClass;
}

/** Largest data rows per sheet before continuing in the next one (Excel's limit is 1,048,576). */
const MAX_SHEET_ROWS = 1_000_000;
/** Widths are fitted to the first rows only; they are also the first batch a sheet receives. */
const WIDTH_SAMPLE_ROWS = 1000;
/** Rows per batch handed to the workbook writer. */
const BATCH_ROWS = WIDTH_SAMPLE_ROWS;

type Workbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
type Worksheet = ReturnType<Workbook['addWorksheet']>;

function numFmtOf(type: ColumnType): string {
  switch (type) {
    case 'money':
      return '#,##0';
    case 'integer':
      return '0';
    case 'decimal2':
    case 'decimal4':
      return `0.${'0'.repeat(placesOf(type))}`;
    case 'text':
      return '@';
  }
}

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  alignment: { vertical: 'middle', wrapText: true },
};

function setupColumns(ws: Worksheet, columns: readonly ReportColumn[], widths: readonly number[], lang: Lang): void {
  ws.columns = columns.map((c, i) => ({ header: pick(c.label, lang), key: c.key, width: widths[i] ?? 12, style: { numFmt: numFmtOf(c.type) } }));
  const header = ws.getRow(1);
  header.eachCell((cell) => (cell.style = { ...HEADER_STYLE, numFmt: '@' }));
}

/** Rows to mark with conditional formatting: those whose `column` holds `equals`. */
interface RowMark {
  column: string;
  equals: string;
  fill: string;
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Real conditional formatting rather than static fills, so a row the user corrects in Excel loses its
 * mark. `equals` is a fixed code (never input text), so it is safe inside the formula.
 */
function addRowMark(ws: Worksheet, table: SheetTable, mark: RowMark, lastRow: number): void {
  const index = table.columns.findIndex((c) => c.key === mark.column);
  if (index < 0 || lastRow < 2) return;
  const last = columnLetters(table.columns.length);
  ws.addConditionalFormatting({
    ref: `A2:${last}${lastRow}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`$${columnLetters(index + 1)}2="${mark.equals}"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: mark.fill } } },
      },
    ],
  });
}

/**
 * One style object per column, shared by every data cell, empty ones included: exceljs otherwise
 * builds and looks up a fresh style per cell (it caches the lookup per style object), which was 14 of
 * the 31 s the workbook took for 65,000 employees.
 */
function columnStyles(columns: readonly ReportColumn[]): Partial<ExcelJS.Style>[] {
  return columns.map((c) => ({ numFmt: numFmtOf(c.type) }));
}

/** Shared by every data row for the same reason: exceljs gives each row a fresh `{}` and looks it up. */
const ROW_STYLE: Partial<ExcelJS.Style> = {};

/** A cell as the workbook holds it. */
type WorkbookValue = string | number | null;

function addStyledRow(ws: Worksheet, values: readonly WorkbookValue[], styles: readonly Partial<ExcelJS.Style>[]): void {
  const row = ws.addRow(values);
  (row as unknown as { style: Partial<ExcelJS.Style> }).style = ROW_STYLE;
  for (let i = 0; i < values.length; i++) row.getCell(i + 1).style = styles[i]!;
  row.commit();
}

/** The tables with a sheet of their own rows, in the order the workbook writes them. */
type SheetTableKey = 'pegawai' | 'unit' | 'tpp' | 'sipd' | 'selisih' | 'kurva' | 'tindak_lanjut' | 'validasi';

/** A table of the model by sheet key. */
function modelTable(model: ReportModel, key: SheetTableKey): ReportTable {
  return key === 'selisih' ? model.selisih! : model.tables[key];
}

/** What a sheet needs of its table besides the rows. */
interface SheetTable {
  sheet: Bilingual;
  columns: readonly ReportColumn[];
}

/** Some rows of a table as workbook values; a table's first batch carries its fitted column widths. */
interface SheetBatch {
  widths?: number[];
  rows: WorkbookValue[][];
  last: boolean;
}

type Batches = Iterable<SheetBatch> | AsyncIterable<SheetBatch>;

function widen(widths: number[], row: readonly ReportCell[]): void {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]!;
    const text = cell === null ? '' : typeof cell === 'string' ? cell : typeof cell === 'number' ? cell.toLocaleString('en') : cell.toFixed(2);
    widths[i] = Math.max(widths[i]!, text.length + 2);
  }
}

/** A table's rows as workbook values in batches, widths fitted to the first WIDTH_SAMPLE_ROWS rows. */
function* tableBatches(table: ReportTable, lang: Lang): Generator<SheetBatch> {
  const types: ColumnType[] = table.columns.map((c) => c.type);
  const widths = table.columns.map((c) => pick(c.label, lang).length + 2);
  const fitted = () => widths.map((w) => Math.min(w, 60));
  let rows: WorkbookValue[][] = [];
  let first = true;
  for (const row of table.rows()) {
    if (first) widen(widths, row);
    const values = new Array<WorkbookValue>(row.length);
    for (let i = 0; i < row.length; i++) values[i] = workbookCellValue(row[i]!, types[i]!);
    rows.push(values);
    if (rows.length === BATCH_ROWS) {
      yield first ? { widths: fitted(), rows, last: false } : { rows, last: false };
      first = false;
      rows = [];
    }
  }
  yield first ? { widths: fitted(), rows, last: true } : { rows, last: true };
}

async function writeTableSheets({ workbook, breathe }: GuardedWorkbook, table: SheetTable, batches: Batches, lang: Lang, maxRows: number, mark?: RowMark): Promise<void> {
  const styles = columnStyles(table.columns);
  let widths: readonly number[] = [];
  const baseName = pick(table.sheet, lang);
  let part = 1;
  let ws: Worksheet | undefined;
  let rowsInSheet = 0;
  const open = () => {
    const name = part === 1 ? baseName : `${baseName} (${part})`;
    ws = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    setupColumns(ws, table.columns, widths, lang);
    rowsInSheet = 0;
  };
  for await (const batch of batches) {
    if (batch.widths) {
      widths = batch.widths;
      open();
    }
    for (const values of batch.rows) {
      if (rowsInSheet >= maxRows) {
        if (mark) addRowMark(ws!, table, mark, rowsInSheet + 1);
        ws!.commit();
        part += 1;
        open();
      }
      addStyledRow(ws!, values, styles);
      rowsInSheet += 1;
      if (rowsInSheet % YIELD_ROWS === 0) await breathe();
    }
  }
  if (mark) addRowMark(ws!, table, mark, rowsInSheet + 1);
  ws!.commit();
}

/**
 * Rows between turns of the event loop (about one 64 KB chunk of sheet XML). Without these turns the
 * zip stream compresses nothing until the rows stop: 1.9 s of compressing after the last row of M's
 * workbook, 0.75 s with them.
 */
const YIELD_ROWS = 32;

/** Everything the workbook needs besides the rows of its tables: plain data, so a worker can take it. */
interface WorkbookPlan {
  lang: Lang;
  ringkasan: Ringkasan;
  period: string;
  pack: { nama: string; versi: string };
  signers: { jabatan: string; nama: string; nip?: string }[];
  unitNames: Map<string, string | undefined>;
  /** The merged rule pack flattened to key and canonical JSON. */
  rules: [string, string][];
  tables: Record<Exclude<SheetTableKey, 'tpp' | 'selisih'>, SheetTable>;
  /** A correction's difference from the paid folder. */
  selisih?: SheetTable;
  /** The payout list's columns (tpp_plt only under a pack with a tpp.plt rule). */
  tppColumns: ReportColumn[];
  maxSheetRows: number;
}

function flattenRules(merged: unknown): [string, string][] {
  const out: [string, string][] = [];
  const flatten = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of Object.keys(value).sort()) flatten(prefix ? `${prefix}.${key}` : key, (value as Record<string, unknown>)[key]);
    } else {
      out.push([prefix, canonicalJson(value)]);
    }
  };
  flatten('', merged);
  return out;
}

function workbookPlan(model: ReportModel, maxSheetRows: number): WorkbookPlan {
  const sheet = (key: Exclude<SheetTableKey, 'tpp' | 'selisih'>): SheetTable => ({ sheet: model.tables[key].sheet, columns: model.tables[key].columns });
  return {
    lang: model.lang,
    ringkasan: model.ringkasan,
    period: formatPeriod(model.period),
    pack: { nama: model.pack.pack.nama, versi: model.pack.pack.versi },
    signers: model.pack.pack.laporan.penandatangan.map((s) => ({ jabatan: s.jabatan, nama: s.nama, ...(s.nip !== undefined ? { nip: s.nip } : {}) })),
    unitNames: new Map(model.results.units.map((u) => [u.kode, u.nama])),
    rules: flattenRules(model.pack.merged),
    tables: { pegawai: sheet('pegawai'), unit: sheet('unit'), sipd: sheet('sipd'), kurva: sheet('kurva'), tindak_lanjut: sheet('tindak_lanjut'), validasi: sheet('validasi') },
    tppColumns: model.tables.tpp.columns,
    maxSheetRows,
    ...(model.selisih ? { selisih: { sheet: model.selisih.sheet, columns: model.selisih.columns } } : {}),
  };
}

/** The `Ringkasan` sheet: ringkasan.json for people. */
function writeSummarySheet(workbook: Workbook, r: Ringkasan, lang: Lang): void {
  const t = labelsFor(lang);
  const ws = workbook.addWorksheet(t('sheet.ringkasan'), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: t('workbook.header.item'), key: 'k', width: 34 },
    { header: t('workbook.header.value'), key: 'v', width: 70 },
  ];
  ws.getRow(1).eachCell((cell) => (cell.style = HEADER_STYLE));
  const add = (text: string, value: string | number, money = false) => {
    const row = ws.addRow([text, value]);
    if (money) row.getCell(2).numFmt = '#,##0';
    row.commit();
  };
  add(t('workbook.periode'), r.periode);
  add(t('workbook.hari_kerja_periode'), r.hari_kerja_periode);
  add(t('workbook.paket_aturan'), `${r.paket_aturan.nama} ${r.paket_aturan.versi} (${r.paket_aturan.sumber})`);
  add(t('workbook.paket_sha256'), r.paket_aturan.sha256);
  add(t('workbook.jumlah_pegawai'), r.jumlah.pegawai);
  add(t('workbook.dibayar'), r.jumlah.dibayar);
  add(t('workbook.ditahan'), r.jumlah.ditahan);
  add(t('workbook.nihil'), r.jumlah.nihil);
  add(t('workbook.temuan_error'), r.jumlah.error);
  add(t('workbook.temuan_peringatan'), r.jumlah.peringatan);
  add(t('workbook.temuan_info'), r.jumlah.info);
  add(t('workbook.total_bruto'), r.total.bruto, true);
  add(t('workbook.total_pph21'), r.total.pph21, true);
  if (r.total.pph21_ditanggung !== undefined) add(t('workbook.total_pph21_ditanggung'), r.total.pph21_ditanggung, true);
  if (r.total.pph21_lebih_potong !== undefined) add(t('workbook.total_pph21_lebih_potong'), r.total.pph21_lebih_potong, true);
  add(t('workbook.total_bpjs_pegawai'), r.total.bpjs_pegawai, true);
  add(t('workbook.total_bpjs_pemda'), r.total.bpjs_pemda, true);
  add(t('workbook.total_netto'), r.total.netto, true);
  for (const p of [...ASSESSED_PREDIKAT, 'TIDAK_DINILAI' as const]) add(t('workbook.predikat', { predikat: p }), r.predikat[p]);
  for (const b of r.berkas) {
    const berkas = `${b.nama}${b.lembar ? ` [${b.lembar}]` : ''}`;
    add(t('workbook.berkas', { masukan: b.masukan }), t('workbook.berkas_dibaca', { berkas, dibaca: b.dibaca, dipakai: b.dipakai, ditolak: b.ditolak, diabaikan: b.diabaikan, dilewati: b.dilewati }));
  }
  for (const c of r.catatan) add(t('workbook.catatan'), c);
  if (r.koreksi) add(t('koreksi.label'), t('koreksi.of', r.koreksi));
  if (r.selisih) {
    add(t('selisih.netto_dibayar'), r.selisih.netto_dibayar, true);
    add(t('selisih.netto_baru'), r.selisih.netto_baru, true);
    add(t('selisih.kekurangan_bayar'), r.selisih.kekurangan_bayar, true);
    add(t('selisih.kelebihan_bayar'), r.selisih.kelebihan_bayar, true);
    add(t('selisih.bersih'), r.selisih.bersih, true);
    add(t('selisih.pegawai_berubah'), r.selisih.pegawai_berubah);
  }
  ws.commit();
}

/** Column widths of the printed payout list, by column key. */
const TPP_SHEET_WIDTHS: Readonly<Record<string, number>> = {
  no: 6,
  nip: 21,
  nama: 30,
  golongan: 10,
  jabatan: 28,
  unit: 16,
  nama_bank: 14,
  nomor_rekening: 20,
  tpp_plt: 13,
  tpp_bruto: 15,
  pph21: 13,
  pph21_ditanggung: 13,
  pph21_lebih_potong: 15,
  bpjs_pegawai: 13,
  tpp_netto: 15,
  bpjs_pemda: 13,
  nik: 19,
  npwp: 22,
  status_berkas: 32,
};

/** The printable payout list: grouped by unit, a subtotal per unit, a grand total and signatures. */
async function writeTppSheet({ workbook, breathe }: GuardedWorkbook, plan: WorkbookPlan, batches: Batches): Promise<void> {
  const lang = plan.lang;
  const t = labelsFor(lang);
  const columns = plan.tppColumns;
  const ws = workbook.addWorksheet(t('sheet.tpp'), {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: t('workbook.tpp.halaman') },
  });
  // A correction's list is the month as corrected, not what to pay now (its Selisih sheet is).
  const title = plan.selisih ? t('workbook.tpp.judul_koreksi', { periode: plan.period }) : t('workbook.tpp.judul', { periode: plan.period });
  ws.columns = columns.map((c) => ({ key: c.key, width: TPP_SHEET_WIDTHS[c.key] ?? 14, style: { numFmt: numFmtOf(c.type) } }));
  const titleRow = ws.addRow([title]);
  titleRow.getCell(1).font = { bold: true, size: 13 };
  titleRow.getCell(1).numFmt = '@';
  titleRow.commit();
  ws.addRow([t('workbook.tpp.paket_aturan', { nama: plan.pack.nama, versi: plan.pack.versi })]).commit();
  const header = ws.addRow(columns.map((c) => pick(c.label, lang)));
  header.eachCell((cell) => (cell.style = { ...HEADER_STYLE, numFmt: '@', border: { bottom: { style: 'thin' } } }));
  header.commit();
  const styles = columnStyles(columns);
  const unitIndex = columns.findIndex((c) => c.key === 'unit');
  // A total row's label stands in the name column.
  const nameIndex = columns.findIndex((c) => c.key === 'nama');
  const sumCols = ['tpp_plt', 'tpp_bruto', 'pph21', 'pph21_ditanggung', 'pph21_lebih_potong', 'bpjs_pegawai', 'tpp_netto', 'rapel', 'jumlah_transfer', 'bpjs_pemda'].filter((k) => columns.some((c) => c.key === k));
  const sumIndex = sumCols.map((k) => columns.findIndex((c) => c.key === k));
  const grand = sumCols.map(() => 0);
  const totalRow = (label: string, sums: number[], fill: string) => {
    const values: (string | number | null)[] = columns.map(() => null);
    values[nameIndex] = label;
    sumIndex.forEach((ci, i) => (values[ci] = sums[i]!));
    const row = ws.addRow(values);
    row.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
    row.commit();
  };
  // Rows come in report order (unit, then NIP): each run of one unit ends with its subtotal.
  let unit: string | undefined;
  let sums: number[] = [];
  let written = 0;
  const closeUnit = () => {
    sums.forEach((s, k) => (grand[k]! += s));
    const name = plan.unitNames.get(unit!);
    totalRow(t('workbook.tpp.subtotal', { unit: unit!, nama: name }), sums, 'FFF2F2F2');
  };
  for await (const batch of batches) {
    for (const values of batch.rows) {
      const rowUnit = values[unitIndex] as string;
      if (rowUnit !== unit) {
        if (unit !== undefined) closeUnit();
        unit = rowUnit;
        sums = sumCols.map(() => 0);
      }
      addStyledRow(ws, values, styles);
      sumIndex.forEach((ci, k) => (sums[k]! += values[ci] as number));
      if (++written % YIELD_ROWS === 0) await breathe();
    }
  }
  if (unit !== undefined) closeUnit();
  totalRow(t('workbook.tpp.total'), grand, 'FFD9E1F2');
  const signers = plan.signers;
  if (signers.length > 0) {
    ws.addRow([]).commit();
    const places = signers.map((_, k) => 2 + k * Math.max(2, Math.floor((columns.length - 2) / signers.length)));
    const line = (get: (s: (typeof signers)[number]) => string) => {
      const values: (string | null)[] = columns.map(() => null);
      signers.forEach((s, k) => (values[places[k]!] = get(s)));
      ws.addRow(values).commit();
    };
    line((s) => s.jabatan);
    ws.addRow([]).commit();
    ws.addRow([]).commit();
    ws.addRow([]).commit();
    line((s) => s.nama);
    line((s) => (s.nip ? `NIP ${s.nip}` : ''));
  }
  ws.commit();
}

function writeAturan(workbook: Workbook, plan: WorkbookPlan): void {
  const t = labelsFor(plan.lang);
  const ws = workbook.addWorksheet(t('sheet.aturan'), { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: t('workbook.header.key'), key: 'k', width: 42, style: { numFmt: '@' } },
    { header: t('workbook.header.value'), key: 'v', width: 90, style: { numFmt: '@' } },
  ];
  ws.getRow(1).eachCell((cell) => (cell.style = HEADER_STYLE));
  const r = plan.ringkasan;
  ws.addRow([t('workbook.aturan.paket'), `${r.paket_aturan.nama} ${r.paket_aturan.versi}`]).commit();
  ws.addRow(['sha256', r.paket_aturan.sha256]).commit();
  for (const [key, value] of plan.rules) ws.addRow([key, value]).commit();
  for (const b of r.berkas) ws.addRow([`${t('workbook.aturan.masukan', { masukan: b.masukan })}: ${b.nama}${b.lembar ? ` [${b.lembar}]` : ''}`, `sha256 ${b.sha256}`]).commit();
  ws.commit();
}

const HELD_FILL = 'FFFCE4D6';
const CURVE_FILL = 'FFFFEB9C';
const HELD_MARK: RowMark = { column: 'status_bayar', equals: 'ditahan', fill: HELD_FILL };
const ERROR_MARK: RowMark = { column: 'tingkat', equals: 'error', fill: HELD_FILL };

/**
 * A workbook writing to a file stream of ours. exceljs listens for the file's errors only once
 * `commit()` reaches its last step: a disk that fills up while rows are written would leave
 * `commit()` waiting forever (a hung run, or exit 13 with nothing said). Here the first error is
 * kept, thrown at the writers' next pause and raced against `commit()`.
 */
interface GuardedWorkbook {
  workbook: Workbook;
  /** A turn of the event loop for the zip stream (see YIELD_ROWS), then the file's error, if any. */
  breathe: () => Promise<void>;
}

/** Opens `path`, lets `write` fill the workbook and commits it; on failure the file is closed first. */
async function withWorkbook(path: string, write: (guarded: GuardedWorkbook) => Promise<void>, faults?: FaultHooks): Promise<void> {
  const WorkbookWriter = loadWorkbookWriter();
  const file = createWriteStream(workbookTarget(faults, path));
  let failure: Error | undefined;
  const failed = new Promise<never>((_, reject) =>
    file.on('error', (err) => {
      failure ??= err;
      reject(failure);
    }),
  );
  failed.catch(() => undefined);
  const workbook = new WorkbookWriter({ stream: file, useStyles: true, useSharedStrings: false });
  workbook.creator = 'kinerja';
  const breathe = async () => {
    await new Promise((resolve) => setImmediate(resolve));
    if (failure) throw failure;
  };
  try {
    await write({ workbook, breathe });
    await Promise.race([workbook.commit(), failed]);
  } catch (err) {
    // Closed, so the staging folder can be removed.
    file.destroy();
    throw err;
  }
}

/**
 * Writes the sheets in order, taking each table's rows from `batches` (called once per table, in
 * SHEET_TABLES order). `faults`: test hooks (runtime/faults.ts), none in normal use.
 */
async function writeWorkbookFrom(path: string, plan: WorkbookPlan, batches: (key: SheetTableKey) => Batches, faults?: FaultHooks): Promise<void> {
  const { lang, tables } = plan;
  await withWorkbook(path, async (guarded) => {
    writeSummarySheet(guarded.workbook, plan.ringkasan, lang);
    await writeTableSheets(guarded, tables.pegawai, batches('pegawai'), lang, plan.maxSheetRows, HELD_MARK);
    failForTest(faults);
    await writeTableSheets(guarded, tables.unit, batches('unit'), lang, plan.maxSheetRows, { column: 'kurva', equals: 'tidak_sesuai', fill: CURVE_FILL });
    await writeTppSheet(guarded, plan, batches('tpp'));
    if (!plan.selisih) await writeTableSheets(guarded, tables.sipd, batches('sipd'), lang, plan.maxSheetRows);
    if (plan.selisih) await writeTableSheets(guarded, plan.selisih, batches('selisih'), lang, plan.maxSheetRows, { column: 'jenis', equals: 'kelebihan_bayar', fill: HELD_FILL });
    await writeTableSheets(guarded, tables.kurva, batches('kurva'), lang, plan.maxSheetRows, { column: 'hasil', equals: 'tidak_sesuai', fill: CURVE_FILL });
    await writeTableSheets(guarded, tables.tindak_lanjut, batches('tindak_lanjut'), lang, plan.maxSheetRows);
    await writeTableSheets(guarded, tables.validasi, batches('validasi'), lang, plan.maxSheetRows, ERROR_MARK);
    writeAturan(guarded.workbook, plan);
  }, faults);
}

/** Writes the workbook with exceljs, as kinerja did before its own writer (report-writer equivalence). */
export async function writeWorkbookWithExcelJs(path: string, model: ReportModel, options: { runtime?: RuntimeOptions } = {}): Promise<void> {
  const runtime = runtimeOptions(options.runtime);
  const plan = workbookPlan(model, threshold(runtime, 'xlsxMaxSheetRows', MAX_SHEET_ROWS));
  return writeWorkbookFrom(path, plan, (key) => tableBatches(modelTable(model, key), model.lang), runtime.faults);
}

/** The validation-only workbook, with exceljs. */
export async function writeValidationWorkbookWithExcelJs(path: string, table: ReportTable, lang: Lang, options: { runtime?: RuntimeOptions } = {}): Promise<void> {
  const runtime = runtimeOptions(options.runtime);
  const maxRows = threshold(runtime, 'xlsxMaxSheetRows', MAX_SHEET_ROWS);
  await withWorkbook(path, (guarded) => writeTableSheets(guarded, table, tableBatches(table, lang), lang, maxRows, ERROR_MARK), runtime.faults);
}

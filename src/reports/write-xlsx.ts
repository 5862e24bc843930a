/**
 * Writes `kinerja-<period>.xlsx` (SPEC §5) with the streaming writer of reports/xlsx-stream.ts:
 * labelled sheets, frozen header, autofilter, fitted widths, NIPs and accounts as text, rupiah as
 * `#,##0`, and the TPP sheet grouped by unit with subtotals, ready to print. A sheet past 1,000,000
 * rows continues in "(2)". exceljs wrote it until round 5 (docs/performa.md); it still reads inputs
 * and writes the input templates. Every sheet goes through our writer, the small ones too: they share
 * the zip and the one styles.xml with the large ones.
 *
 * For a large period the workbook is written by a worker thread (this same module) while the CSV
 * files are written here: this thread computes the rows and posts them as plain values, a few
 * batches ahead of the worker.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Channel } from '../runtime/channel.js';
import { failForTest, workbookTarget, type FaultHooks } from '../runtime/faults.js';
import { runtimeOptions, threshold, type RuntimeOptions } from '../runtime/options.js';
import { mark } from '../runtime/profile.js';
import { serveWorker, startWorker, type WorkerSpec } from '../runtime/worker.js';
import { pick, type Lang } from '../i18n.js';
import type { Bilingual } from '../errors.js';
import { ASSESSED_PREDIKAT, formatPeriod } from '../model/domain.js';
import { canonicalJson } from '../rules/load-rule-pack.js';
import type { ColumnType, ReportCell, ReportColumn, ReportModel, ReportTable, Ringkasan } from './build-report.js';
import { placesOf, workbookCellValue } from './format-cell.js';
import { labelsFor } from './labels.js';
import { columnLetters, XlsxWriter, type CellStyle, type SheetOptions, type SheetWriter, type WorkbookValue } from './xlsx-stream.js';

/** Largest data rows per sheet before continuing in the next one (Excel's limit is 1,048,576). */
const MAX_SHEET_ROWS = 1_000_000;
/** Widths are fitted to the first rows only; they are also the first batch a sheet receives. */
const WIDTH_SAMPLE_ROWS = 1000;
/** Rows per batch handed to the workbook writer. */
const BATCH_ROWS = WIDTH_SAMPLE_ROWS;

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

const HEADER_STYLE: CellStyle = { font: { bold: true }, fill: 'FFD9E1F2', wrapMiddle: true };

/** A table sheet's columns: fitted widths, each column's number format as its style. */
function tableColumns(workbook: XlsxWriter, columns: readonly ReportColumn[], widths: readonly number[]): SheetOptions['columns'] {
  return columns.map((c, i) => ({ width: widths[i] ?? 12, style: workbook.style({ numFmt: numFmtOf(c.type) }) }));
}

/** Rows to mark with conditional formatting: those whose `column` holds `equals`. */
interface RowMark {
  column: string;
  equals: string;
  fill: string;
}

/**
 * Real conditional formatting rather than static fills, so a row the user corrects in Excel loses its
 * mark. `equals` is a fixed code (never input text), so it is safe inside the formula.
 */
function addRowMark(ws: SheetWriter, table: SheetTable, mark: RowMark, lastRow: number): void {
  const index = table.columns.findIndex((c) => c.key === mark.column);
  if (index < 0 || lastRow < 2) return;
  ws.addConditionalFormat(`A2:${columnLetters(table.columns.length)}${lastRow}`, `$${columnLetters(index + 1)}2="${mark.equals}"`, mark.fill);
}

/** The tables with a sheet of their own rows, in the order the workbook writes them. */
const SHEET_TABLES = ['pegawai', 'unit', 'tpp', 'sipd', 'selisih', 'kurva', 'tindak_lanjut', 'validasi'] as const;
type SheetTableKey = (typeof SHEET_TABLES)[number];

/**
 * The sheets this workbook has rows for: `Selisih` only in a correction, `SIPD` only in a month's own
 * results (a correction's full-month SIPD list uploaded again would pay the month twice).
 */
function sheetKeysOf(plan: WorkbookPlan): SheetTableKey[] {
  return SHEET_TABLES.filter((key) => (key === 'selisih' ? plan.selisih !== undefined : key === 'sipd' ? plan.selisih === undefined : true));
}

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

/**
 * `grouped` formats as `toLocaleString('en')` does, without building a formatter per call (which was
 * most of the time of fitting the widths).
 */
function widen(widths: number[], row: readonly ReportCell[], grouped: Intl.NumberFormat): void {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i]!;
    const text = cell === null ? '' : typeof cell === 'string' ? cell : typeof cell === 'number' ? grouped.format(cell) : cell.toFixed(2);
    widths[i] = Math.max(widths[i]!, text.length + 2);
  }
}

/** A table's rows as workbook values in batches, widths fitted to the first WIDTH_SAMPLE_ROWS rows. */
function* tableBatches(table: ReportTable, lang: Lang): Generator<SheetBatch> {
  const types: ColumnType[] = table.columns.map((c) => c.type);
  const widths = table.columns.map((c) => pick(c.label, lang).length + 2);
  const fitted = () => widths.map((w) => Math.min(w, 60));
  const grouped = new Intl.NumberFormat('en');
  let rows: WorkbookValue[][] = [];
  let first = true;
  for (const row of table.rows()) {
    if (first) widen(widths, row, grouped);
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

async function writeTableSheets(workbook: XlsxWriter, table: SheetTable, batches: Batches, lang: Lang, maxRows: number, mark?: RowMark): Promise<void> {
  const styles = table.columns.map((c) => workbook.style({ numFmt: numFmtOf(c.type) }));
  const header = workbook.style({ ...HEADER_STYLE, numFmt: '@' });
  const headerStyles = table.columns.map(() => header);
  const labels = table.columns.map((c) => pick(c.label, lang));
  let widths: readonly number[] = [];
  const baseName = pick(table.sheet, lang);
  let part = 1;
  let ws: SheetWriter | undefined;
  let rowsInSheet = 0;
  const open = () => {
    const name = part === 1 ? baseName : `${baseName} (${part})`;
    ws = workbook.addSheet(name, { frozenRows: 1, columns: tableColumns(workbook, table.columns, widths), autoFilter: true, pageSetup: { fitToWidth: 1, fitToHeight: 0 } });
    ws.addRow(labels, headerStyles);
    rowsInSheet = 0;
  };
  const close = async () => {
    if (mark) addRowMark(ws!, table, mark, rowsInSheet + 1);
    await ws!.close();
  };
  for await (const batch of batches) {
    if (batch.widths) {
      widths = batch.widths;
      open();
    }
    for (const values of batch.rows) {
      if (rowsInSheet >= maxRows) {
        await close();
        part += 1;
        open();
      }
      ws!.addRow(values, styles);
      rowsInSheet += 1;
      if (rowsInSheet % BREATHE_ROWS === 0) await ws!.breathe();
    }
  }
  await close();
}

/**
 * Rows between pauses of a sheet's writing (about 100 KB of XML): waiting while the zip is behind,
 * else a turn of the event loop, without which zlib (on the thread pool) waits for the rows to stop.
 */
const BREATHE_ROWS = 32;

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
  /** Data rows per sheet (MAX_SHEET_ROWS unless a test asks for fewer). */
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
async function writeSummarySheet(workbook: XlsxWriter, r: Ringkasan, lang: Lang): Promise<void> {
  const t = labelsFor(lang);
  const ws = workbook.addSheet(t('sheet.ringkasan'), { frozenRows: 1, columns: [{ width: 34 }, { width: 70 }] });
  const header = workbook.style(HEADER_STYLE);
  ws.addRow([t('workbook.header.item'), t('workbook.header.value')], [header, header]);
  const plain = [0, 0];
  const money = [0, workbook.style({ numFmt: numFmtOf('money') })];
  const add = (text: string, value: string | number, isMoney = false) => ws.addRow([text, value], isMoney ? money : plain);
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
  await ws.close();
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
async function writeTppSheet(workbook: XlsxWriter, plan: WorkbookPlan, batches: Batches): Promise<void> {
  const lang = plan.lang;
  const t = labelsFor(lang);
  const columns = plan.tppColumns;
  const styles = columns.map((c) => workbook.style({ numFmt: numFmtOf(c.type) }));
  const ws = workbook.addSheet(t('sheet.tpp'), {
    frozenRows: 3,
    columns: columns.map((c, i) => ({ width: TPP_SHEET_WIDTHS[c.key] ?? 14, style: styles[i]! })),
    pageSetup: {
      paperSize: 9,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    oddFooter: t('workbook.tpp.halaman'),
  });
  // A correction's list is the month as corrected, not what to pay now (its Selisih sheet is).
  const title = plan.selisih ? t('workbook.tpp.judul_koreksi', { periode: plan.period }) : t('workbook.tpp.judul', { periode: plan.period });
  ws.addRow([title], [workbook.style({ font: { bold: true, size: 13 }, numFmt: '@' })]);
  ws.addRow([t('workbook.tpp.paket_aturan', { nama: plan.pack.nama, versi: plan.pack.versi })], styles);
  const header = workbook.style({ ...HEADER_STYLE, numFmt: '@', bottomBorder: 'thin' });
  ws.addRow(
    columns.map((c) => pick(c.label, lang)),
    columns.map(() => header),
  );
  const unitIndex = columns.findIndex((c) => c.key === 'unit');
  // A total row's label stands in the name column.
  const nameIndex = columns.findIndex((c) => c.key === 'nama');
  const sumCols = ['tpp_plt', 'tpp_bruto', 'pph21', 'pph21_ditanggung', 'pph21_lebih_potong', 'bpjs_pegawai', 'tpp_netto', 'rapel', 'jumlah_transfer', 'bpjs_pemda'].filter((k) => columns.some((c) => c.key === k));
  const sumIndex = sumCols.map((k) => columns.findIndex((c) => c.key === k));
  const grand = sumCols.map(() => 0);
  // A total row's filled cells: bold on the fill, over the column's number format.
  const totalStyles = (fill: string) => columns.map((c, i) => (i === nameIndex || sumIndex.includes(i) ? workbook.style({ numFmt: numFmtOf(c.type), font: { bold: true }, fill }) : styles[i]!));
  const subtotalStyles = totalStyles('FFF2F2F2');
  const totalRow = (label: string, sums: number[], rowStyles: readonly number[]) => {
    const values: WorkbookValue[] = columns.map(() => null);
    values[nameIndex] = label;
    sumIndex.forEach((ci, i) => (values[ci] = sums[i]!));
    ws.addRow(values, rowStyles);
  };
  // Rows come in report order (unit, then NIP): each run of one unit ends with its subtotal.
  let unit: string | undefined;
  let sums: number[] = [];
  let written = 0;
  const closeUnit = () => {
    sums.forEach((s, k) => (grand[k]! += s));
    const name = plan.unitNames.get(unit!);
    totalRow(t('workbook.tpp.subtotal', { unit: unit!, nama: name }), sums, subtotalStyles);
  };
  for await (const batch of batches) {
    for (const values of batch.rows) {
      const rowUnit = values[unitIndex] as string;
      if (rowUnit !== unit) {
        if (unit !== undefined) closeUnit();
        unit = rowUnit;
        sums = sumCols.map(() => 0);
      }
      ws.addRow(values, styles);
      sumIndex.forEach((ci, k) => (sums[k]! += values[ci] as number));
      if (++written % BREATHE_ROWS === 0) await ws.breathe();
    }
  }
  if (unit !== undefined) closeUnit();
  totalRow(t('workbook.tpp.total'), grand, totalStyles('FFD9E1F2'));
  const signers = plan.signers;
  if (signers.length > 0) {
    ws.skipRow();
    const places = signers.map((_, k) => 2 + k * Math.max(2, Math.floor((columns.length - 2) / signers.length)));
    const line = (get: (s: (typeof signers)[number]) => string) => {
      const values: WorkbookValue[] = columns.map(() => null);
      signers.forEach((s, k) => (values[places[k]!] = get(s)));
      ws.addRow(values, styles);
    };
    line((s) => s.jabatan);
    ws.skipRow();
    ws.skipRow();
    ws.skipRow();
    line((s) => s.nama);
    line((s) => (s.nip ? `NIP ${s.nip}` : ''));
  }
  await ws.close();
}

async function writeAturan(workbook: XlsxWriter, plan: WorkbookPlan): Promise<void> {
  const t = labelsFor(plan.lang);
  const text = workbook.style({ numFmt: '@' });
  const ws = workbook.addSheet(t('sheet.aturan'), { frozenRows: 1, columns: [{ width: 42, style: text }, { width: 90, style: text }] });
  const header = workbook.style(HEADER_STYLE);
  ws.addRow([t('workbook.header.key'), t('workbook.header.value')], [header, header]);
  const styles = [text, text];
  const r = plan.ringkasan;
  ws.addRow([t('workbook.aturan.paket'), `${r.paket_aturan.nama} ${r.paket_aturan.versi}`], styles);
  ws.addRow(['sha256', r.paket_aturan.sha256], styles);
  for (const [key, value] of plan.rules) ws.addRow([key, value], styles);
  for (const b of r.berkas) ws.addRow([`${t('workbook.aturan.masukan', { masukan: b.masukan })}: ${b.nama}${b.lembar ? ` [${b.lembar}]` : ''}`, `sha256 ${b.sha256}`], styles);
  await ws.close();
}

const HELD_FILL = 'FFFCE4D6';
const CURVE_FILL = 'FFFFEB9C';
const HELD_MARK: RowMark = { column: 'status_bayar', equals: 'ditahan', fill: HELD_FILL };
const ERROR_MARK: RowMark = { column: 'tingkat', equals: 'error', fill: HELD_FILL };

/**
 * zlib's level for the workbook: 1 (fastest) deflates K's Pegawai sheet in a third of level 6's time
 * for 30 % more bytes; the files come out the size exceljs's were (level 6 over longer XML).
 */
const ZIP_LEVEL = 1;

/**
 * Opens `path`, lets `write` fill the workbook and finishes it; on failure the file is closed first.
 * The file's first error (a full disk) is kept by the writer, thrown at the sheets' next pause
 * (`breathe`) and raced against the finishing, so a failed write never leaves the run waiting.
 */
async function withWorkbook(path: string, write: (workbook: XlsxWriter) => Promise<void>, faults?: FaultHooks): Promise<void> {
  const file = createWriteStream(workbookTarget(faults, path));
  const workbook = new XlsxWriter(file, ZIP_LEVEL);
  try {
    await write(workbook);
    await workbook.finish();
  } catch (err) {
    // Closed before the caller removes the staging folder (destroy() closes it only later).
    file.destroy();
    if (!file.closed) await once(file, 'close').catch(() => undefined);
    throw err;
  }
}

/**
 * Writes the sheets in order, taking each table's rows from `batches` (called once per table, in
 * SHEET_TABLES order). `faults`: test hooks (runtime/faults.ts), none in normal use.
 */
async function writeWorkbookFrom(path: string, plan: WorkbookPlan, batches: (key: SheetTableKey) => Batches, faults?: FaultHooks): Promise<void> {
  const { lang, tables, maxSheetRows: maxRows } = plan;
  await withWorkbook(
    path,
    async (workbook) => {
      await writeSummarySheet(workbook, plan.ringkasan, lang);
      await writeTableSheets(workbook, tables.pegawai, batches('pegawai'), lang, maxRows, HELD_MARK);
      failForTest(faults);
      await writeTableSheets(workbook, tables.unit, batches('unit'), lang, maxRows, { column: 'kurva', equals: 'tidak_sesuai', fill: CURVE_FILL });
      await writeTppSheet(workbook, plan, batches('tpp'));
      if (!plan.selisih) await writeTableSheets(workbook, tables.sipd, batches('sipd'), lang, maxRows);
      if (plan.selisih) await writeTableSheets(workbook, plan.selisih, batches('selisih'), lang, maxRows, { column: 'jenis', equals: 'kelebihan_bayar', fill: HELD_FILL });
      await writeTableSheets(workbook, tables.kurva, batches('kurva'), lang, maxRows, { column: 'hasil', equals: 'tidak_sesuai', fill: CURVE_FILL });
      await writeTableSheets(workbook, tables.tindak_lanjut, batches('tindak_lanjut'), lang, maxRows);
      await writeTableSheets(workbook, tables.validasi, batches('validasi'), lang, maxRows, ERROR_MARK);
      await writeAturan(workbook, plan);
    },
    faults,
  );
}

/** A batch on its way to the worker. */
type BatchMessage = SheetBatch & { key: SheetTableKey };

/** What the worker is started with. */
interface WorkerJob {
  path: string;
  plan: WorkbookPlan;
  faults?: FaultHooks;
}

/** The worker's side: batches in SHEET_TABLES order, each taken once the one before it is written. */
async function writeFromChannel(channel: Channel<never, BatchMessage, never>, job: WorkerJob): Promise<void> {
  async function* batches(key: SheetTableKey): AsyncGenerator<SheetBatch> {
    for (;;) {
      const step = await channel.next();
      if (step.done) throw new Error(`workbook worker: rows of ${key} did not come`);
      const message = step.value;
      if (message.key !== key) throw new Error(`workbook worker: rows of ${message.key} came while writing ${key}`);
      yield message;
      if (message.last) return;
    }
  }
  await writeWorkbookFrom(job.path, job.plan, batches, job.faults);
}

/**
 * This module is its own worker (runtime/worker.ts; from the sources it runs in this thread). The
 * window: batches the worker may have waiting, enough to keep it busy while the main thread is held
 * up (building the follow-up lists takes ~1 s on M), few enough to bound its memory.
 */
const WORKBOOK_WORKER: WorkerSpec<WorkerJob, never, BatchMessage, void> = {
  kind: 'kinerja-workbook',
  url: new URL(import.meta.url),
  downWindow: 8,
  stoppedEarly: (code) => `workbook worker stopped before the end (exit code ${code})`,
  body: writeFromChannel,
};

/**
 * The worker's young generation, capped: its heap comes on top of everything the run holds. With
 * exceljs 12 MB kept M's peak RSS at 949-977 MB against 981-1010 MB uncapped for the same time; our
 * writer makes short-lived text for every cell, and 12 MB of young generation cost it 2.3 s of M's
 * row writing against 1.65 s with 32 MB, for 690-735 MB peak (round 5).
 */
const WORKER_YOUNG_MB = 32;
/**
 * Smaller periods write the workbook in this thread: a worker costs its start and a second load of
 * the report modules. With exceljs that was ~0.5-1.5 s and the threshold 5,000; with our writer
 * (round 5, runs alternated, load 1.4-2.7) the worker cost S (2,000) ~60 ms, was even at K (8,000:
 * 2.76-2.86 s against 2.75-2.77 s) and saved ~0.6 s at M (65,000: 11.8-12.3 s against 12.6-13.0 s).
 */
const WORKER_MIN_EMPLOYEES = 10_000;

/** Whether a period of `employees` has its workbook written by the workbook worker. */
export function workbookInWorker(employees: number, runtime: RuntimeOptions): boolean {
  return employees >= threshold(runtime, 'xlsxWorkerMinEmployees', WORKER_MIN_EMPLOYEES);
}

/** Hands the job to a worker and feeds it the rows, at most the spec's window of batches ahead of its writing. */
async function writeInWorker(path: string, plan: WorkbookPlan, model: ReportModel, faults: FaultHooks | undefined): Promise<void> {
  const job: WorkerJob = { path, plan, ...(faults ? { faults } : {}) };
  const worker = startWorker(WORKBOOK_WORKER, job, { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  mark('pekerja-xlsx');
  try {
    feed: for (const key of sheetKeysOf(plan)) {
      for (const batch of tableBatches(modelTable(model, key), plan.lang)) {
        // False once the worker takes no more (it failed): its failure comes from `done`.
        if (!(await worker.channel.send({ key, ...batch }))) break feed;
      }
    }
  } catch (err) {
    await worker.terminate();
    throw err;
  }
  // Settles only once the worker has stopped, so the caller never removes the staging folder while
  // the worker still has the file open.
  await worker.done;
}

await serveWorker(WORKBOOK_WORKER);

/**
 * Writes the workbook (by the workbook worker for a large period). `runtime`: test hooks and
 * thresholds, else those of the run in progress (runtime/options.ts).
 */
export async function writeWorkbook(path: string, model: ReportModel, options: { runtime?: RuntimeOptions } = {}): Promise<void> {
  const runtime = runtimeOptions(options.runtime);
  const plan = workbookPlan(model, threshold(runtime, 'xlsxMaxSheetRows', MAX_SHEET_ROWS));
  if (workbookInWorker(model.results.employees.length, runtime)) return writeInWorker(path, plan, model, runtime.faults);
  return writeWorkbookFrom(path, plan, (key) => tableBatches(modelTable(model, key), model.lang), runtime.faults);
}

/** Writes a workbook with only the validation sheet (for `validate` and `--strict` failures). */
export async function writeValidationWorkbook(path: string, table: ReportTable, lang: Lang, options: { runtime?: RuntimeOptions } = {}): Promise<void> {
  const runtime = runtimeOptions(options.runtime);
  const maxRows = threshold(runtime, 'xlsxMaxSheetRows', MAX_SHEET_ROWS);
  await withWorkbook(path, (workbook) => writeTableSheets(workbook, table, tableBatches(table, lang), lang, maxRows, ERROR_MARK), runtime.faults);
}

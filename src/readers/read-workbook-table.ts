/**
 * Streams one worksheet of an XLSX workbook with exceljs's streaming reader. Known traps handled here:
 * formula cells give their cached result; percent-formatted numbers give the number the user sees
 * (0.95 shown as 95% reads 95); date-formatted numbers arrive as UTC Dates; when the shared-strings
 * part cannot be resolved while streaming, the workbook is read again with the full reader.
 */
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { loadExcelJs } from './load-exceljs.js';
import { hashFile } from './hash-file.js';
import { SourceFile } from './source-file.js';
import { checkDeclaredSizes, FULL_READ_LIMITS, measureDirectoryParts, measureStreamedParts } from './workbook-limits.js';
import { KinerjaError } from '../errors.js';
import { Exact } from '../exact.js';
import type { Cell, TableRow } from './cell.js';
import type { Table } from './table.js';

// As for text files: small batches keep rows from outliving young-generation collections.
const BATCH = 500;

/** Thrown inside the streaming pass when it meets a shared-string reference it cannot resolve. */
class NeedsFullRead extends Error {}

function richText(parts: unknown): string {
  return Array.isArray(parts) ? parts.map((p: { text?: unknown }) => (typeof p?.text === 'string' ? p.text : '')).join('') : '';
}

/** Converts an exceljs cell value to a plain cell. */
function toCell(value: unknown, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    // A cell formatted as percent holds 0.95 and shows 95%: users mean the number they see.
    if (numFmt && numFmt.includes('%') && !numFmt.includes('"%"')) return Number(Exact.fromNumber(value).mul(Exact.HUNDRED).toString());
    return value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('sharedString' in v) throw new NeedsFullRead();
    if ('richText' in v) return richText(v.richText);
    if ('formula' in v || 'sharedFormula' in v) return toCell(v.result, numFmt);
    if ('error' in v) return String(v.error);
    if ('text' in v) return typeof v.text === 'string' ? v.text : richText((v.text as { richText?: unknown })?.richText);
    // A cell kind exceljs may add later: its content, not "[object Object]".
    return JSON.stringify(value);
  }
  return typeof value === 'bigint' ? value.toString() : '';
}

interface ExcelRowLike {
  number: number;
  eachCell(opts: { includeEmpty: boolean }, cb: (cell: { value: unknown; numFmt?: string }, col: number) => void): void;
}

function rowCells(row: ExcelRowLike): Cell[] {
  const cells: Cell[] = [];
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = toCell(cell.value, cell.numFmt);
  });
  for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
  return cells;
}

/** Names of the worksheets in tab order, and the date system, read with the full reader. */
interface WorkbookInfo {
  sheets: string[];
  date1904: boolean;
}

async function assertZip(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(8);
    await handle.read(head, 0, 8, 0);
    if (head.readUInt32BE(0) === 0xd0cf11e0) {
      throw new KinerjaError(
        'XLS_LAMA',
        { id: `${path} adalah berkas Excel lama (.xls) walau namanya .xlsx.`, en: `${path} is an old Excel (.xls) file even though it is named .xlsx.` },
        { id: 'Buka di Excel/LibreOffice lalu Simpan Sebagai "Excel Workbook (.xlsx)".', en: 'Open it in Excel/LibreOffice and Save As "Excel Workbook (.xlsx)".' },
      );
    }
    if (head[0] !== 0x50 || head[1] !== 0x4b) {
      throw new KinerjaError(
        'XLSX_RUSAK',
        { id: `${path} bukan berkas XLSX yang sah (bukan arsip zip).`, en: `${path} is not a valid XLSX file (not a zip archive).` },
        { id: 'Ekspor ulang sebagai .xlsx, atau bila isinya teks, ganti ekstensinya menjadi .csv.', en: 'Export it again as .xlsx, or if it holds text, rename it to .csv.' },
      );
    }
  } finally {
    await handle.close();
  }
}

/** Neither the parts in file order nor the zip's directory can be read: the file is cut short or damaged. */
function cutShort(path: string): KinerjaError {
  return new KinerjaError(
    'XLSX_RUSAK',
    {
      id: `${path} tidak utuh: isinya terpotong atau rusak (mis. salinan atau unduhan yang belum selesai).`,
      en: `${path} is incomplete: its contents are cut short or damaged (e.g. a copy or download that did not finish).`,
    },
    { id: 'Salin atau unduh ulang berkasnya, atau buka di Excel/LibreOffice lalu simpan ulang sebagai .xlsx.', en: 'Copy or download the file again, or open it in Excel/LibreOffice and save it again as .xlsx.' },
  );
}

function unreadable(path: string, err: unknown): KinerjaError {
  if (err instanceof KinerjaError) return err;
  return new KinerjaError(
    'XLSX_RUSAK',
    { id: `${path} tidak dapat dibaca sebagai XLSX: ${(err as Error).message}`, en: `${path} cannot be read as XLSX: ${(err as Error).message}` },
    { id: 'Buka di Excel/LibreOffice lalu simpan ulang sebagai .xlsx.', en: 'Open it in Excel/LibreOffice and save it again as .xlsx.' },
  );
}

type StreamReader = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookReader> & {
  model?: { sheets?: { name: string; id: number }[] };
  properties?: { model?: { date1904?: boolean } };
};

async function newStreamReader(path: string): Promise<StreamReader> {
  const ExcelJS = await loadExcelJs();
  return new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
}

/**
 * Lets go of a worksheet handed out by the streaming reader without reading its rows. exceljs keeps
 * the sheets that come before the shared strings (as in workbooks exceljs writes: `kinerja init`'s
 * template) in temp files, opens a stream on one for each sheet it hands out, and deletes that file as
 * soon as the next sheet is asked for. A skipped sheet's file can so be deleted before its stream has
 * opened it, and that stream's ENOENT, with nobody listening, ended the process at random. The stream
 * is closed here and its errors ignored: nothing reads it.
 */
export function skipWorksheet(worksheet: unknown): void {
  const stream = (worksheet as { iterator?: unknown }).iterator;
  if (stream instanceof Readable) {
    stream.on('error', () => undefined);
    stream.destroy();
  }
}

/**
 * The workbooks checked in one run, so that a workbook opened for its sheet list, for each sheet and
 * for reading is inflated through the limits once. Create one per run; a file whose size or time
 * changed is checked again.
 */
export class WorkbookChecks {
  private readonly checked = new Map<string, { size: number; mtimeMs: number; sha256: string; streamable: boolean; fullReadChecked: boolean }>();

  /**
   * Inflates every part through the limits (`XLSX_TERLALU_BESAR` past one) as the streaming reader
   * will see them. Returns the SHA-256 of the file's bytes, and whether the streaming reader can follow
   * the zip at all (where it cannot, it would wait forever on a part that fails to inflate).
   */
  async streamed(path: string): Promise<{ sha256: string; streamable: boolean }> {
    const known = await this.known(path);
    if (known) return known;
    await assertZip(path);
    const { size, mtimeMs } = await stat(path);
    const measured = await measureStreamedParts(path);
    let fullReadChecked = false;
    if (measured) {
      await checkDeclaredSizes(path, measured.parts);
    } else {
      // The streaming parse cannot follow this zip: only the full reader may, through the directory.
      if (!(await measureDirectoryParts(path, FULL_READ_LIMITS))) throw cutShort(path);
      fullReadChecked = true;
    }
    const entry = { size, mtimeMs, sha256: measured?.sha256 ?? (await hashFile(path)), streamable: measured !== undefined, fullReadChecked };
    this.checked.set(path, entry);
    return entry;
  }

  /** Before exceljs's full reader, which inflates every part in memory as the directory places them. */
  async beforeFullRead(path: string): Promise<void> {
    await this.streamed(path);
    const known = this.checked.get(path);
    if (!known || known.fullReadChecked) return;
    await measureDirectoryParts(path, FULL_READ_LIMITS);
    known.fullReadChecked = true;
  }

  private async known(path: string) {
    const entry = this.checked.get(path);
    if (!entry) return undefined;
    const now = await stat(path);
    return now.size === entry.size && now.mtimeMs === entry.mtimeMs ? entry : undefined;
  }
}

/** Lists the sheet names (tab order) of a workbook without reading its rows. */
export async function readWorkbookInfo(path: string, checks: WorkbookChecks = new WorkbookChecks()): Promise<WorkbookInfo> {
  if (!(await checks.streamed(path)).streamable) return fullReadInfo(path, new Error('zip'), checks);
  const reader = await newStreamReader(path);
  try {
    for await (const sheet of reader) {
      skipWorksheet(sheet);
      if (reader.model?.sheets) break;
    }
  } catch (err) {
    return fullReadInfo(path, err, checks);
  }
  const sheets = (reader.model?.sheets ?? []).map((s) => s.name);
  return { sheets, date1904: Boolean(reader.properties?.model?.date1904) };
}

/**
 * exceljs's streaming reader sometimes fails on workbooks that put `xl/workbook.xml` last (as exceljs
 * itself writes them: `kinerja init`'s template) — "reading 'sheets'" of an unset model, more often
 * on a busy machine. The full reader reads such files reliably; only when it fails too is the file bad.
 */
async function fullReadInfo(path: string, streamError: unknown, checks: WorkbookChecks): Promise<WorkbookInfo> {
  await checks.beforeFullRead(path);
  try {
    const ExcelJS = await loadExcelJs();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return { sheets: workbook.worksheets.map((w) => w.name), date1904: Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904) };
  } catch {
    throw unreadable(path, streamError);
  }
}

async function* streamSheet(path: string, sheetName: string, info: { date1904: boolean }): AsyncGenerator<TableRow[]> {
  const reader = await newStreamReader(path);
  let found = false;
  for await (const worksheet of reader) {
    const ws = worksheet as unknown as AsyncIterable<ExcelRowLike> & { name?: string };
    info.date1904 = Boolean(reader.properties?.model?.date1904);
    if (ws.name !== sheetName) {
      skipWorksheet(ws);
      continue;
    }
    found = true;
    let batch: TableRow[] = [];
    for await (const row of ws) {
      batch.push({ rowNumber: row.number, cells: rowCells(row) });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
    break;
  }
  if (!found) throw new NeedsFullRead();
}

async function* fullReadSheet(path: string, sheetName: string, info: { date1904: boolean }, checks: WorkbookChecks): AsyncGenerator<TableRow[]> {
  await checks.beforeFullRead(path);
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  info.date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  const ws = workbook.getWorksheet(sheetName) ?? workbook.worksheets[0];
  if (!ws) return;
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => rows.push({ rowNumber: row.number, cells: rowCells(row) }));
  for (let i = 0; i < rows.length; i += BATCH) yield rows.slice(i, i + BATCH);
}

/** Opens a worksheet (the named one, else the first tab) of an XLSX workbook. */
export async function openWorkbookTable(path: string, name: string, wantedSheet: string | undefined, checks: WorkbookChecks = new WorkbookChecks(), source?: SourceFile): Promise<Table> {
  const opened = source ?? (await SourceFile.open(path));
  const wb = await readWorkbookInfo(path, checks);
  // The rows are read later by exceljs; the hash is of the bytes inflated through the limits, and
  // BERKAS_BERUBAH says if the file changed since.
  const { sha256, streamable } = await checks.streamed(path);
  opened.completedPass(sha256);
  const sheet = wantedSheet ?? wb.sheets[0];
  if (sheet === undefined || !wb.sheets.includes(sheet)) {
    throw new KinerjaError(
      'LEMBAR_TIDAK_ADA',
      {
        id: `Lembar ${sheet === undefined ? '' : `"${sheet}" `}tidak ada di ${name} (ada: ${wb.sheets.join(', ') || '-'}).`,
        en: `Sheet ${sheet === undefined ? '' : `"${sheet}" `}is not in ${name} (found: ${wb.sheets.join(', ') || '-'}).`,
      },
      { id: 'Periksa masukan.lembar di paket aturan.', en: 'Check masukan.lembar in the rule pack.' },
    );
  }
  const state = { date1904: wb.date1904 };
  const table: Table = {
    path,
    name,
    format: 'xlsx',
    source: opened,
    sheet,
    get date1904() {
      return state.date1904;
    },
    // SPEC §2.2: text cells in XLSX follow the Indonesian convention (`1.234` = thousands).
    numberFallback: 'thousands',
    async *batches() {
      let yielded = false;
      try {
        if (!streamable) throw new NeedsFullRead();
        for await (const batch of streamSheet(path, sheet, state)) {
          yielded = true;
          yield batch;
        }
      } catch (err) {
        // Before any row: retry with the full reader (unresolved shared strings, or the streaming
        // reader's failures described at fullReadInfo). After rows were handed on, it is too late.
        if (yielded) throw unreadable(path, err instanceof NeedsFullRead ? new Error('shared strings') : err);
        try {
          yield* fullReadSheet(path, sheet, state, checks);
        } catch (fullReadError) {
          if (fullReadError instanceof KinerjaError) throw fullReadError;
          throw unreadable(path, err instanceof NeedsFullRead ? new Error('shared strings') : err);
        }
      }
    },
  };
  return table;
}

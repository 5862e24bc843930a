/**
 * Streams a CSV/TSV/TXT/DAT export as rows of text cells, with csv-parse doing RFC 4180 (quotes,
 * embedded newlines). Each call to `batches()` reads the file again from the start; files of 2 MB
 * and more are parsed by a parse worker (csv-parse-worker.ts) while this thread folds their rows.
 */
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { KinerjaError } from '../errors.js';
import type { StructuredError } from '../runtime/channel.js';
import { runtimeOptions, threshold, type RuntimeOptions } from '../runtime/options.js';
import { mark } from '../runtime/profile.js';
import { startWorker, type StartedWorker } from '../runtime/worker.js';
import type { TableRow } from './cell.js';
import { CSV_PARSE_WORKER, type CsvWorkerJob, type CsvWorkerMessage, type CsvWorkerResult } from './csv-parse-worker.js';
import { csvRecordBatches, decodedStream, hasMixedLineEnds, type CsvSeparator, type RecordBatch } from './csv-records.js';
import { unpackRecords } from '../runtime/packed-records.js';
import { decodeSample, detectEncoding, rankSeparators, type Separator, type TextEncoding } from './detect-text-format.js';
import type { SourceFile } from './source-file.js';
import type { Table } from './table.js';

const SAMPLE_BYTES = 4 * 1024 * 1024;
const TAIL_BYTES = 1024 * 1024;
// Small reads and batches keep rows short-lived: with 1 MB reads and batches of 2000, rows outlived
// young-generation collections and GC took ~10% of reading a large log (measured by npm run bench).
const BATCH = 500;
/**
 * Smaller files parse in the reading thread: a worker's start-up would cost more than it saves. At
 * 1 MB a kabupaten's staff file (1.3 MB, read first) had the reading thread wait ~0.1 s for its
 * worker to start (docs/performa.md, round 8).
 */
const WORKER_MIN_BYTES = 2 * 1024 * 1024;
/** An order-free file this large is parsed in two halves by two workers (both cores). */
const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
/**
 * Bytes of text exports that one reading of the inputs may parse to their end however far behind its
 * reader is, all files together: while this thread folds the employees (a kabupaten: 0.4 s), its
 * attendance log (13 MB) is parsed meanwhile instead of waiting after 32 batches. Rows in flight cost
 * about their file's size again, so the files that do not fit (and split files) keep WINDOW: an agency
 * that exports one attendance file per office must not hold them all.
 */
const PARSE_AHEAD_BYTES = 24 * 1024 * 1024;
/** Batches a parse worker may run ahead of the reader otherwise: 32 × 500 rows. */
const WINDOW = 32;

/** What is left of PARSE_AHEAD_BYTES for one reading of the inputs (read-inputs.ts makes one). */
export class ParseAheadBudget {
  #left: number;

  constructor(runtime?: RuntimeOptions) {
    this.#left = threshold(runtimeOptions(runtime), 'csvParseAheadBytes', PARSE_AHEAD_BYTES);
  }

  /** Whether a file of `bytes` fits in what is left; if so it takes that much. */
  take(bytes: number): boolean {
    if (bytes > this.#left) return false;
    this.#left -= bytes;
    return true;
  }
}

/** Up to `length` bytes of a file from `position` (fewer at its end). */
async function readBytesAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A parse worker that has started on a file (csv-parse-worker.ts); its batches wait in its channel until taken. */
type ParseWorker = StartedWorker<CsvWorkerMessage, never, CsvWorkerResult>;

/** Exported for tests, as is `workerCursor`; `window` undefined: none (the file fits ParseAheadBudget). */
export function startParseWorker(
  path: string,
  encoding: TextEncoding,
  separator: CsvSeparator,
  mixedLineEnds: boolean,
  window: number | undefined,
  split?: { part: 'first' | 'second'; at: number },
): ParseWorker {
  const job: CsvWorkerJob = {
    path,
    encoding,
    separator,
    batchSize: BATCH,
    mixedLineEnds,
    ...(split ? { part: split.part, splitAt: split.at } : {}),
    ...(window !== undefined ? { window } : {}),
  };
  const worker = startWorker(CSV_PARSE_WORKER, job);
  mark('pekerja-csv');
  if (window === undefined) mark('pekerja-csv-baca-depan');
  return worker;
}

/** A source of record batches: `next()` gives undefined at the end and throws the parse error. */
export interface RecordCursor {
  next(): Promise<RecordBatch | undefined>;
  close(): void;
}

/**
 * `lineOffset`: lines of the file before the worker's first byte, added to a failure's `line`
 * (csv-parse counts from where the worker started reading). `onEnd`: the worker read the whole file,
 * with this hash of its bytes.
 */
export function workerCursor(worker: ParseWorker, lineOffset = 0, onEnd?: (sha256: string) => void): RecordCursor {
  let failure: unknown;
  return {
    async next() {
      // Rethrows the worker's failure (a KinerjaError or Error) to every later call.
      // eslint-disable-next-line @typescript-eslint/only-throw-error
      if (failure !== undefined) throw failure;
      let step: IteratorResult<CsvWorkerMessage, CsvWorkerResult>;
      try {
        step = await worker.channel.next();
      } catch (err) {
        const line = (err as StructuredError).line;
        if (lineOffset !== 0 && typeof line === 'number') (err as StructuredError).line = line + lineOffset;
        throw (failure = err);
      }
      if (step.done) {
        if (step.value !== undefined) onEnd?.(step.value);
        return undefined;
      }
      const message = step.value;
      if (message.kind !== 'rows') throw new Error(`parse worker sent ${message.kind} out of turn`);
      return { records: unpackRecords(message.rows), breaks: message.breaks };
    },
    close: () => void worker.terminate(),
  };
}

function threadCursor(records: AsyncGenerator<RecordBatch>): RecordCursor {
  return {
    async next() {
      const step = await records.next();
      return step.done ? undefined : step.value;
    },
    close: () => void records.return(undefined),
  };
}

function unreadableCsv(path: string, rowNumber: number, err: unknown): KinerjaError {
  if (err instanceof KinerjaError) return err;
  const why = (err as Error).message;
  // csv-parse's CSV_QUOTE_NOT_CLOSED (a parse worker passes its code on): the record it started is
  // the row after the records read; csv-parse's own line count does not match the file.
  if ((err as StructuredError).code === 'CSV_QUOTE_NOT_CLOSED') {
    return new KinerjaError(
      'BERKAS_RUSAK',
      {
        id: `Berkas ${path}: tanda kutip (") yang dibuka di sekitar baris ${rowNumber} tidak pernah ditutup, sehingga seluruh sisa berkas akan terbaca sebagai satu sel.`,
        en: `File ${path}: a quote (") opened near row ${rowNumber} is never closed, so the rest of the file would read as one cell.`,
      },
      {
        id: 'Hapus tanda kutip yang nyasar itu dengan editor teks (Notepad, Notepad++, atau LibreOffice dengan impor "Text CSV" dan kolom NIP sebagai teks). Jangan simpan ulang dari Excel: NIP berubah menjadi angka.',
        en: 'Remove the stray quote with a text editor (Notepad, Notepad++, or LibreOffice\'s "Text CSV" import with the NIP column as text). Do not save it again from Excel: NIPs turn into numbers.',
      },
    );
  }
  return new KinerjaError(
    'BERKAS_RUSAK',
    { id: `Berkas ${path} tidak dapat dibaca sebagai CSV di sekitar baris ${rowNumber}: ${why}`, en: `File ${path} cannot be read as CSV near row ${rowNumber}: ${why}` },
    { id: 'Buka dan simpan ulang berkas dari Excel/LibreOffice sebagai CSV.', en: 'Open and save the file again from Excel/LibreOffice as CSV.' },
  );
}

/** Physical lines read so far past the records (line breaks inside records), per reading. */
interface LineCount {
  extra: number;
}

function numbered(batch: RecordBatch, before: number, lines: LineCount): TableRow[] {
  const { records, breaks } = batch;
  const rows = new Array<TableRow>(records.length);
  let next = breaks.length > 0 ? breaks[0]! : -1;
  let at = 0;
  for (let i = 0; i < records.length; i++) {
    const rowNumber = before + i + 1;
    if (i !== next) {
      rows[i] = { rowNumber, cells: records[i]! };
      continue;
    }
    const inside = breaks[at + 1]!;
    const from = rowNumber + lines.extra;
    rows[i] = { rowNumber, cells: records[i]!, lines: { from, to: from + inside } };
    lines.extra += inside;
    at += 2;
    next = at < breaks.length ? breaks[at]! : -1;
  }
  return rows;
}

async function* csvBatches(cursor: RecordCursor, path: string, onEnd?: () => void): AsyncGenerator<TableRow[]> {
  let rowNumber = 0;
  const lines: LineCount = { extra: 0 };
  try {
    for (let batch = await cursor.next(); batch !== undefined; batch = await cursor.next()) {
      yield numbered(batch, rowNumber, lines);
      rowNumber += batch.records.length;
    }
    onEnd?.();
  } catch (err) {
    throw unreadableCsv(path, rowNumber + 1, err);
  } finally {
    cursor.close();
  }
}

/**
 * A file parsed by two workers, each on one half, taken a batch from each in turn: the attendance
 * log is folded per employee and day, so its result does not depend on row order, and csv-parse (the
 * bulk of the cost) runs on both cores. The order is fixed by the file, so runs are reproducible.
 */
async function* splitCsvBatches(first: ParseWorker, second: ParseWorker, path: string, source: SourceFile): AsyncGenerator<TableRow[]> {
  const onEnd = (sha256: string) => source.completedPass(sha256);
  let verdict: CsvWorkerMessage;
  try {
    const step = await second.channel.next();
    if (step.done || step.value.kind === 'rows') throw new Error('parse worker sent rows before saying how it reads the second half');
    verdict = step.value;
  } catch (err) {
    void first.terminate();
    void second.terminate();
    throw unreadableCsv(path, 1, err);
  }
  if (verdict.kind !== 'split') {
    void first.terminate();
    yield* csvBatches(workerCursor(second, 0, onEnd), path);
    return;
  }
  mark('csv-dibelah');
  const before = verdict.recordsBefore;
  const halves = [
    { cursor: workerCursor(first), rows: 0, done: false, lines: { extra: 0 } },
    { cursor: workerCursor(second, before, onEnd), rows: before, done: false, lines: { extra: 0 } },
  ];
  let reading = halves[0]!;
  try {
    while (halves.some((h) => !h.done)) {
      for (const half of halves) {
        if (half.done) continue;
        reading = half;
        const batch = await half.cursor.next();
        if (batch === undefined) {
          half.done = true;
          continue;
        }
        // The first half has no quote (else it is not split), so no record of it spans lines.
        yield numbered(batch, half.rows, half.lines);
        half.rows += batch.records.length;
      }
    }
    if (halves[0]!.rows !== before) throw new Error(`first half has ${halves[0]!.rows} records, counted ${before}`);
  } catch (err) {
    throw unreadableCsv(path, reading.rows + 1, err);
  } finally {
    for (const half of halves) half.cursor.close();
  }
}

async function* spaceBatches(path: string, encoding: TextEncoding, file: SourceFile): AsyncGenerator<TableRow[]> {
  const pass = file.pass();
  const source = decodedStream(path, encoding, undefined, pass.update);
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let rowNumber = 0;
  let batch: TableRow[] = [];
  try {
    for await (const line of lines) {
      rowNumber += 1;
      const text = rowNumber === 1 ? line.replace(/^\uFEFF/, '') : line;
      batch.push({ rowNumber, cells: text.trim() === '' ? [''] : text.trim().split(/\s+/) });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
  } finally {
    source.destroy();
  }
  if (batch.length > 0) yield batch;
  pass.complete();
}

/** The byte after the first line feed at or after the middle of the file, if one is near. */
async function splitPoint(path: string, size: number): Promise<number | undefined> {
  const middle = Math.floor(size / 2);
  const lf = (await readBytesAt(path, middle, 1024 * 1024)).indexOf(0x0a);
  return lf === -1 || middle + lf + 1 >= size ? undefined : middle + lf + 1;
}

type StartedParse = { kind: 'one'; worker: ParseWorker } | { kind: 'two'; first: ParseWorker; second: ParseWorker };

/**
 * The encoding of a text export and its likely separators, best first, from its first bytes.
 * Exported for the bench's csv-parse floor (scripts/bench/library-floor.mjs, which loads dist/).
 * @public
 */
export async function detectTextFormat(path: string): Promise<{ encoding: TextEncoding; separators: Separator[]; mixedLineEnds: boolean }> {
  const head = await readBytesAt(path, 0, SAMPLE_BYTES);
  const encoding = detectEncoding(head);
  const sample = decodeSample(head, encoding);
  // Rows appended in another editor sit at the end: the tail is sampled too.
  const size = (await stat(path)).size;
  const tail = size > SAMPLE_BYTES ? decodeSample(await readBytesAt(path, Math.max(SAMPLE_BYTES, size - TAIL_BYTES), TAIL_BYTES), encoding) : '';
  return { encoding, separators: rankSeparators(sample), mixedLineEnds: hasMixedLineEnds(sample) || hasMixedLineEnds(tail) };
}

/**
 * Opens a text export: detects encoding and separator from its first bytes. `orderFree` says the
 * reader's result does not depend on row order, so a large file may be parsed in two halves at once.
 */
export async function openTextTable(
  path: string,
  name: string,
  source: SourceFile,
  options: { orderFree?: boolean; runtime?: RuntimeOptions; parseAhead?: ParseAheadBudget } = {},
): Promise<Table> {
  const { encoding, separators, mixedLineEnds } = await detectTextFormat(path);
  const [best, ...others] = separators;
  const size = (await stat(path)).size;
  const runtime = runtimeOptions(options.runtime);
  const useWorker = size >= threshold(runtime, 'csvWorkerMinBytes', WORKER_MIN_BYTES);
  // Mixed line ends: the second half could not be parsed with one record delimiter, so one worker reads it all.
  const splitAt =
    useWorker && options.orderFree && encoding === 'utf8' && !mixedLineEnds && size >= threshold(runtime, 'csvSplitMinBytes', SPLIT_MIN_BYTES) ? await splitPoint(path, size) : undefined;
  const window = useWorker && splitAt === undefined && options.parseAhead?.take(size) ? undefined : WINDOW;
  const make = (separator: Separator, rest: readonly Separator[]): Table => {
    let prefetched: StartedParse | undefined;
    const start = (csvSeparator: CsvSeparator): StartedParse =>
      splitAt === undefined
        ? { kind: 'one', worker: startParseWorker(path, encoding, csvSeparator, mixedLineEnds, window) }
        : {
            kind: 'two',
            first: startParseWorker(path, encoding, csvSeparator, mixedLineEnds, window, { part: 'first', at: splitAt }),
            second: startParseWorker(path, encoding, csvSeparator, mixedLineEnds, window, { part: 'second', at: splitAt }),
          };
    const workersOf = (started: StartedParse) => (started.kind === 'one' ? [started.worker] : [started.first, started.second]);
    const csvRows = (csvSeparator: CsvSeparator): AsyncGenerator<TableRow[]> => {
      if (!useWorker) {
        const pass = source.pass();
        return csvBatches(threadCursor(csvRecordBatches(path, encoding, csvSeparator, BATCH, undefined, mixedLineEnds, pass.update)), path, pass.complete);
      }
      const started = prefetched ?? start(csvSeparator);
      prefetched = undefined;
      for (const w of workersOf(started)) w.ref();
      return started.kind === 'one'
        ? csvBatches(workerCursor(started.worker, 0, (sha256) => source.completedPass(sha256)), path)
        : splitCsvBatches(started.first, started.second, path, source);
    };
    return {
      path,
      name,
      format: 'csv',
      source,
      encoding,
      separator,
      mixedLineEnds,
      date1904: false,
      // SPEC §2.2: `1.234` reads as thousands in `;`-files (Indonesian Excel), as decimal in `,`-files.
      numberFallback: separator === ',' ? 'decimal' : 'thousands',
      batches: () => (separator === 'spaces' ? spaceBatches(path, encoding, source) : csvRows(separator)),
      prefetch: () => {
        if (!useWorker || separator === 'spaces' || prefetched) return;
        prefetched = start(separator);
        // A prefetch nobody reads (the run stopped earlier) must not keep the process alive.
        for (const w of workersOf(prefetched)) w.unref();
      },
      alternatives: () => rest.map((s) => make(s, [])),
    };
  };
  return make(best!, others);
}

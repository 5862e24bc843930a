/**
 * Streams a CSV/TSV/TXT/DAT export as rows of text cells, with csv-parse doing RFC 4180 (quotes,
 * embedded newlines). Each call to `batches()` reads the file again from the start; files of 1 MB
 * and more are parsed in a worker thread while this thread folds their rows.
 */
import { existsSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { KinerjaError } from '../errors.js';
import type { TableRow } from './cell.js';
import type { CsvWorkerJob, CsvWorkerMessage } from './csv-parse-worker.js';
import { csvRecordBatches, decodedStream, type CsvSeparator } from './csv-records.js';
import { decodeSample, detectEncoding, rankSeparators, type Separator, type TextEncoding } from './detect-text-format.js';
import type { Table } from './table.js';

export { MAX_RECORD_CHARS } from './csv-records.js';

const SAMPLE_BYTES = 4 * 1024 * 1024;
// Small reads and batches keep rows short-lived: with 1 MB reads and batches of 2000, rows outlived
// young-generation collections and GC took ~10% of reading a large log (measured by npm run bench).
const BATCH = 500;
/** Batches a parse worker may run ahead of the reader: 32 × 500 rows, whatever the file's size. */
const WORKER_WINDOW = 32;
/** Smaller files parse in the reading thread: a worker's start-up would cost more than it saves. */
const WORKER_MIN_BYTES = 1024 * 1024;

// The worker exists as JavaScript only in the build; from the TypeScript sources (unit tests) every
// file is parsed in the reading thread, through the same csvRecordBatches loop.
const WORKER_URL = new URL('./csv-parse-worker.js', import.meta.url);
const workerBuilt = existsSync(fileURLToPath(WORKER_URL));

function workerMinBytes(): number {
  const forced = process.env.KINERJA_TEST_WORKER_MIN_BYTES;
  return forced !== undefined && forced !== '' ? Number(forced) : WORKER_MIN_BYTES;
}

async function readHead(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A parse worker that has started on a file; its batches wait in `queue` until taken. */
interface ParseWorker {
  worker: Worker;
  queue: CsvWorkerMessage[];
  failure?: Error;
  wake?: () => void;
}

function startParseWorker(path: string, encoding: TextEncoding, separator: CsvSeparator): ParseWorker {
  const job: CsvWorkerJob = { path, encoding, separator, batchSize: BATCH, window: WORKER_WINDOW };
  const worker = new Worker(WORKER_URL, { workerData: job });
  performance.mark('kinerja:pekerja-csv');
  const state: ParseWorker = { worker, queue: [] };
  const wake = () => state.wake?.();
  worker.on('message', (message: CsvWorkerMessage) => {
    state.queue.push(message);
    wake();
  });
  worker.on('error', (err) => {
    state.failure ??= err;
    wake();
  });
  worker.on('exit', () => {
    state.failure ??= new Error('parse worker stopped before the end of the file');
    wake();
  });
  return state;
}

async function* workerRecordBatches(state: ParseWorker): AsyncGenerator<string[][]> {
  try {
    for (;;) {
      const message = state.queue.shift();
      if (message === undefined) {
        if (state.failure) throw state.failure;
        await new Promise<void>((resolve) => (state.wake = resolve));
        state.wake = undefined;
        continue;
      }
      if (message.kind === 'end') return;
      if (message.kind === 'error') throw new Error(message.message);
      state.worker.postMessage(0);
      yield message.rows;
    }
  } finally {
    void state.worker.terminate();
  }
}

async function* csvBatches(records: AsyncGenerator<string[][]>, path: string): AsyncGenerator<TableRow[]> {
  let rowNumber = 0;
  try {
    for await (const batch of records) {
      const rows: TableRow[] = new Array(batch.length);
      for (let i = 0; i < batch.length; i++) rows[i] = { rowNumber: ++rowNumber, cells: batch[i]! };
      yield rows;
    }
  } catch (err) {
    if (err instanceof KinerjaError) throw err;
    throw new KinerjaError(
      'BERKAS_RUSAK',
      { id: `Berkas ${path} tidak dapat dibaca sebagai CSV di sekitar baris ${rowNumber + 1}: ${(err as Error).message}`, en: `File ${path} cannot be read as CSV near row ${rowNumber + 1}: ${(err as Error).message}` },
      { id: 'Buka dan simpan ulang berkas dari Excel/LibreOffice sebagai CSV.', en: 'Open and save the file again from Excel/LibreOffice as CSV.' },
    );
  }
}

async function* spaceBatches(path: string, encoding: TextEncoding): AsyncGenerator<TableRow[]> {
  const source = decodedStream(path, encoding);
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
}

/** Opens a text export: detects encoding and separator from its first bytes. */
export async function openTextTable(path: string, name: string): Promise<Table> {
  const head = await readHead(path);
  const encoding = detectEncoding(head);
  const [best, ...others] = rankSeparators(decodeSample(head, encoding));
  const useWorker = workerBuilt && (await stat(path)).size >= workerMinBytes();
  const make = (separator: Separator, rest: readonly Separator[]): Table => {
    let prefetched: ParseWorker | undefined;
    const records = (csvSeparator: CsvSeparator) => {
      if (!useWorker) return csvRecordBatches(path, encoding, csvSeparator, BATCH);
      const state = prefetched ?? startParseWorker(path, encoding, csvSeparator);
      prefetched = undefined;
      state.worker.ref();
      return workerRecordBatches(state);
    };
    return {
      path,
      name,
      format: 'csv',
      encoding,
      separator,
      date1904: false,
      // SPEC §2.2: `1.234` reads as thousands in `;`-files (Indonesian Excel), as decimal in `,`-files.
      numberFallback: separator === ',' ? 'decimal' : 'thousands',
      batches: () => (separator === 'spaces' ? spaceBatches(path, encoding) : csvBatches(records(separator), path)),
      prefetch: () => {
        if (!useWorker || separator === 'spaces' || prefetched) return;
        prefetched = startParseWorker(path, encoding, separator);
        // A prefetch nobody reads (the run stopped earlier) must not keep the process alive.
        prefetched.worker.unref();
      },
      alternatives: () => rest.map((s) => make(s, [])),
    };
  };
  return make(best!, others);
}

/**
 * Writes a report table as CSV: UTF-8, `\n` line ends, RFC 4180 quoting, BOM only for `--csv-locale id`.
 *
 * A large period's files are written by a worker thread (this same module): this thread turns the
 * rows into cell texts and posts them packed, the worker runs csv-stringify and writes the file.
 * csv-stringify was 1.1 of the 1.9 s of writing M's CSV files in this thread, with the second core
 * idle under `--format csv,json` (docs/performa.md, round 5).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import type { ColumnType, ReportCell, ReportTable } from './build-report.js';
import type { BankLayout } from '../rules/bank-layout.js';
import { csvCellText, type CsvLocale } from './format-cell.js';
import type { Channel } from '../runtime/channel.js';
import { csvTarget, type FaultHooks } from '../runtime/faults.js';
import { runtimeOptions, threshold, type RuntimeOptions } from '../runtime/options.js';
import { packRecords, unpackRecords, type PackedRecords } from '../runtime/packed-records.js';
import { mark } from '../runtime/profile.js';
import { serveWorker, startWorker, type StartedWorker, type WorkerSpec } from '../runtime/worker.js';

/**
 * Records stringified and written together. csv-stringify's stream costs a transform and a write
 * per record; its synchronous form on batches gives the same bytes for about half the time.
 */
const BATCH_ROWS = 500;

/** A file as the writer opens it. */
interface FileShape {
  path: string;
  delimiter: string;
  bom: boolean;
}

/** How a delimited file is written: separator, header row, BOM and how a cell becomes text. */
interface DelimitedShape {
  delimiter: string;
  header: boolean;
  bom: boolean;
  cellText: (cell: ReportCell, type: ColumnType) => string;
}

/**
 * Where the files of a run go: written in this thread, or handed to the CSV writer worker. Every
 * file handed over is on disk once `finish()` has settled; `abort()` stops the worker on a failure
 * elsewhere (its files must be closed before the staging folder is removed).
 */
export interface CsvOutput {
  write(file: FileShape, batches: Iterable<string[][]>): Promise<void>;
  finish(): Promise<void>;
  abort(): Promise<void>;
}

/** Writes `table` to `path` with its machine keys as the header row. */
export function writeCsv(path: string, table: ReportTable, locale: CsvLocale, output: CsvOutput = IN_THREAD): Promise<void> {
  // Indonesian Excel needs the BOM to read the file as UTF-8.
  return writeDelimited(path, table, { delimiter: locale === 'id' ? ';' : ',', header: true, bom: locale === 'id', cellText: (cell, type) => csvCellText(cell, type, locale) }, output);
}

/**
 * Writes a bank transfer file in its pack layout (`keuangan.bank`): its separator, a header row or
 * none, amounts as whole rupiah or with `,00` / `.00`; no BOM (bank upload screens do not expect one).
 */
export function writeBankCsv(path: string, table: ReportTable, layout: BankLayout, output: CsvOutput = IN_THREAD): Promise<void> {
  const cents = layout.formatJumlah === 'desimal_koma' ? ',00' : layout.formatJumlah === 'desimal_titik' ? '.00' : '';
  return writeDelimited(
    path,
    table,
    {
      delimiter: layout.pemisah,
      header: layout.judul,
      bom: false,
      cellText: (cell, type) => (type === 'money' && typeof cell === 'number' ? `${cell}${cents}` : csvCellText(cell, type, 'intl')),
    },
    output,
  );
}

function writeDelimited(path: string, table: ReportTable, shape: DelimitedShape, output: CsvOutput): Promise<void> {
  return output.write({ path, delimiter: shape.delimiter, bom: shape.bom }, recordBatches(table, shape));
}

/** The table's records as texts, the header first when the shape has one, in batches of BATCH_ROWS. */
function* recordBatches(table: ReportTable, shape: DelimitedShape): Generator<string[][]> {
  const types = table.columns.map((c) => c.type);
  let batch: string[][] = shape.header ? [table.columns.map((c) => c.key)] : [];
  for (const row of table.rows()) {
    const record = new Array<string>(row.length);
    for (let i = 0; i < row.length; i++) record[i] = shape.cellText(row[i]!, types[i]!);
    batch.push(record);
    if (batch.length >= BATCH_ROWS) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * The one writing loop, in this thread or the worker. A write error (a full disk) rejects `done` at
 * once, so neither the wait for `drain` nor the end waits forever.
 */
async function writeFile(file: FileShape, batches: Iterable<string[][]> | AsyncIterable<string[][]>, faults: FaultHooks | undefined): Promise<void> {
  const out = createWriteStream(csvTarget(faults, file.path));
  const done = finished(out);
  done.catch(() => undefined);
  const options = { delimiter: file.delimiter, record_delimiter: 'unix' as const };
  try {
    if (file.bom) out.write('\uFEFF');
    for await (const batch of batches) {
      if (!out.write(stringify(batch, options))) await Promise.race([once(out, 'drain'), done]);
    }
    out.end();
    await done;
  } catch (err) {
    out.destroy();
    throw err;
  }
}

/** Writing in this thread, file after file. */
function inThread(faults: FaultHooks | undefined): CsvOutput {
  return {
    write: (file, batches) => writeFile(file, batches, faults),
    finish: () => Promise.resolve(),
    abort: () => Promise.resolve(),
  };
}

const IN_THREAD = inThread(undefined);

/** What the CSV writer worker receives: a file's start, its records, its end. */
type CsvWriterMessage = { kind: 'open'; file: FileShape } | { kind: 'rows'; rows: PackedRecords } | { kind: 'close' };

interface WriterJob {
  faults?: FaultHooks;
}

/** The worker's side: the files one after another, each from its `open` to its `close`. */
async function writeFromChannel(channel: Channel<never, CsvWriterMessage, never>, job: WriterJob): Promise<void> {
  for (;;) {
    const step = await channel.next();
    if (step.done) return;
    if (step.value.kind !== 'open') throw new Error(`CSV writer: ${step.value.kind} before a file was opened`);
    async function* records(): AsyncGenerator<string[][]> {
      for (;;) {
        const next = await channel.next();
        if (next.done) throw new Error('CSV writer: the rows stopped before the end of the file');
        if (next.value.kind === 'close') return;
        if (next.value.kind !== 'rows') throw new Error('CSV writer: a file opened inside another');
        yield unpackRecords(next.value.rows);
      }
    }
    await writeFile(step.value.file, records(), job.faults);
  }
}

/**
 * The window: batches the worker may have waiting, so this thread goes on to the next table while
 * the worker writes, with the worker's memory bounded.
 */
const CSV_WRITER_WORKER: WorkerSpec<WriterJob, never, CsvWriterMessage, void> = {
  kind: 'kinerja-csv-writer',
  url: new URL(import.meta.url),
  downWindow: 16,
  stoppedEarly: (code) => `CSV writer worker stopped before the end (exit code ${code})`,
  body: writeFromChannel,
};

await serveWorker(CSV_WRITER_WORKER);

/** Writing by the worker, started with the first file. */
function inWorker(faults: FaultHooks | undefined): CsvOutput {
  let worker: StartedWorker<never, CsvWriterMessage, void> | undefined;
  return {
    async write(file, batches) {
      if (!worker) {
        worker = startWorker(CSV_WRITER_WORKER, faults ? { faults } : {});
        mark('penulis-csv');
      }
      // False once the worker takes no more (it failed): its failure comes from `finish()`.
      if (!(await worker.channel.send({ kind: 'open', file }))) return;
      for (const batch of batches) if (!(await worker.channel.send({ kind: 'rows', rows: packRecords(batch) }))) return;
      await worker.channel.send({ kind: 'close' });
    },
    async finish() {
      if (!worker) return;
      worker.channel.end();
      await worker.done;
    },
    async abort() {
      await worker?.terminate();
    },
  };
}

/**
 * From this many employees a run's CSV files are written by the worker: below it, starting a worker
 * costs more than the stringifying it takes over.
 */
const WORKER_MIN_EMPLOYEES = 5000;

/**
 * Where a period of `employees` writes its CSV files. `runtime`: test hooks and thresholds.
 * `coreTaken`: the workbook worker runs meanwhile. A third busy thread on two cores cost M 0.5 s
 * (the workbook waited longer for its rows), so the CSV files are then written in this thread.
 */
export function csvOutputFor(employees: number, options: { runtime?: RuntimeOptions; coreTaken?: boolean } = {}): CsvOutput {
  const runtime = runtimeOptions(options.runtime);
  const min = threshold(runtime, 'csvWriterMinEmployees', WORKER_MIN_EMPLOYEES);
  return employees >= min && !options.coreTaken ? inWorker(runtime.faults) : inThread(runtime.faults);
}

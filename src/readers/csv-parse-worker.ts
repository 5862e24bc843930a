/**
 * The parse worker: parses one text export with csv-parse and sends its records to the reading
 * thread in batches over a channel, at most `window` batches ahead of what the reader has taken (memory
 * stays bounded). csv-parse is most of the cost of reading a large CSV; in a worker it runs on the
 * second core. Started by read-text-table.ts; from the sources the same body runs in this thread.
 */
import { createHash } from 'node:crypto';
import type { Channel } from '../runtime/channel.js';
import { serveWorker, type WorkerSpec } from '../runtime/worker.js';
import { countPlainRecords, csvRecordBatches, type ByteRange, type CsvSeparator } from './csv-records.js';
import { packRecords, type PackedRecords } from '../runtime/packed-records.js';
import type { TextEncoding } from './detect-text-format.js';

export interface CsvWorkerJob {
  path: string;
  encoding: TextEncoding;
  separator: CsvSeparator;
  batchSize: number;
  /**
   * A file read by two workers: `first` parses bytes before `splitAt`; `second` first counts the
   * records there (`split`), or finds that they cannot be counted without parsing and parses the
   * whole file itself (`whole`).
   */
  part?: 'first' | 'second';
  splitAt?: number;
  /** The file mixes CRLF and LF line ends: both end a record. */
  mixedLineEnds?: boolean;
  /** Batches the worker may run ahead of the reader; absent: the whole file (a small one, see read-text-table.ts). */
  window?: number;
}

/** What the worker sends: a second half's worker first says `split` or `whole`, then every worker sends rows. */
export type CsvWorkerMessage = { kind: 'rows'; rows: PackedRecords; breaks: number[] } | { kind: 'split'; recordsBefore: number } | { kind: 'whole' };

/** The SHA-256 of every byte of the file, when this worker read them all (not the first half's worker). */
export type CsvWorkerResult = string | undefined;

/** The worker's body. csv-parse's errors reach the reader with their code and line (structured, see Channel). */
async function parseFile(channel: Channel<CsvWorkerMessage, never, never>, job: CsvWorkerJob): Promise<CsvWorkerResult> {
  // The second half's worker hashes the first half as it counts its records, then its own half.
  let hash = createHash('sha256');
  const tap = (chunk: Buffer) => void hash.update(chunk);
  let range: ByteRange | undefined;
  if (job.part === 'first') range = { start: 0, end: job.splitAt! };
  if (job.part === 'second') {
    const before = await countPlainRecords(job.path, job.splitAt!, tap);
    if (before) range = { start: job.splitAt!, recordDelimiter: before.recordDelimiter };
    else hash = createHash('sha256');
    if (!(await channel.send(before ? { kind: 'split', recordsBefore: before.records } : { kind: 'whole' }))) return undefined;
  }
  for await (const batch of csvRecordBatches(job.path, job.encoding, job.separator, job.batchSize, range, job.mixedLineEnds, job.part === 'first' ? undefined : tap)) {
    // The reader stopped early: leaving the loop closes the file.
    if (!(await channel.send({ kind: 'rows', rows: packRecords(batch.records), breaks: batch.breaks }))) return undefined;
  }
  return job.part === 'first' ? undefined : hash.digest('hex');
}

export const CSV_PARSE_WORKER: WorkerSpec<CsvWorkerJob, CsvWorkerMessage, never, CsvWorkerResult> = {
  kind: 'kinerja-csv-parse',
  url: new URL(import.meta.url),
  upWindow: (job) => job.window,
  stoppedEarly: () => 'parse worker stopped before the end of the file',
  body: parseFile,
};

await serveWorker(CSV_PARSE_WORKER);

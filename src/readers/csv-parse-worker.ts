/**
 * Worker thread: parses one text export with csv-parse and posts its records to the reading thread
 * in batches, at most `window` batches ahead of what the reader has taken (memory stays bounded).
 * csv-parse is most of the cost of reading a large CSV; here it runs on the second core.
 */
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { countPlainRecords, csvRecordBatches, type ByteRange, type CsvSeparator } from './csv-records.js';
import type { TextEncoding } from './detect-text-format.js';

export interface CsvWorkerJob {
  path: string;
  encoding: TextEncoding;
  separator: CsvSeparator;
  batchSize: number;
  window: number;
  /**
   * A file read by two workers: `first` parses bytes before `splitAt`; `second` first counts the
   * records there (`split`), or finds that they cannot be counted without parsing and parses the
   * whole file itself (`whole`).
   */
  part?: 'first' | 'second';
  splitAt?: number;
  /** The file mixes CRLF and LF line ends: both end a record. */
  mixedLineEnds?: boolean;
}

export type CsvWorkerMessage =
  | { kind: 'rows'; rows: string[][]; breaks: number[] }
  /** `sha256`: of every byte of the file, when this worker read them all (not the first half's worker). */
  | { kind: 'end'; sha256?: string }
  | { kind: 'error'; message: string }
  | { kind: 'split'; recordsBefore: number }
  | { kind: 'whole' };

const port = parentPort!;
const job = workerData as CsvWorkerJob;
let credit = job.window;
let wake: (() => void) | undefined;
port.on('message', () => {
  credit += 1;
  wake?.();
});

const post = (message: CsvWorkerMessage) => port.postMessage(message);
// The second half's worker hashes the first half as it counts its records, then its own half.
let hash = createHash('sha256');
const tap = (chunk: Buffer) => void hash.update(chunk);
async function rangeToParse(): Promise<ByteRange | undefined> {
  if (job.part === 'first') return { start: 0, end: job.splitAt! };
  if (job.part !== 'second') return undefined;
  const before = await countPlainRecords(job.path, job.splitAt!, tap);
  if (!before) {
    hash = createHash('sha256');
    post({ kind: 'whole' });
    return undefined;
  }
  post({ kind: 'split', recordsBefore: before.records });
  return { start: job.splitAt!, recordDelimiter: before.recordDelimiter };
}

try {
  const range = await rangeToParse();
  for await (const batch of csvRecordBatches(job.path, job.encoding, job.separator, job.batchSize, range, job.mixedLineEnds, job.part === 'first' ? undefined : tap)) {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit -= 1;
    post({ kind: 'rows', rows: batch.records, breaks: batch.breaks });
  }
  post(job.part === 'first' ? { kind: 'end' } : { kind: 'end', sha256: hash.digest('hex') });
} catch (err) {
  post({ kind: 'error', message: (err as Error).message });
}

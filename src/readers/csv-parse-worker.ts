/**
 * Worker thread: parses one text export with csv-parse and posts its records to the reading thread
 * in batches, at most `window` batches ahead of what the reader has taken (memory stays bounded).
 * csv-parse is most of the cost of reading a large CSV; here it runs on the second core.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { csvRecordBatches, type CsvSeparator } from './csv-records.js';
import type { TextEncoding } from './detect-text-format.js';

export interface CsvWorkerJob {
  path: string;
  encoding: TextEncoding;
  separator: CsvSeparator;
  batchSize: number;
  window: number;
}

export type CsvWorkerMessage = { kind: 'rows'; rows: string[][] } | { kind: 'end' } | { kind: 'error'; message: string };

const port = parentPort!;
const job = workerData as CsvWorkerJob;
let credit = job.window;
let wake: (() => void) | undefined;
port.on('message', () => {
  credit += 1;
  wake?.();
});

const post = (message: CsvWorkerMessage) => port.postMessage(message);
try {
  for await (const rows of csvRecordBatches(job.path, job.encoding, job.separator, job.batchSize)) {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit -= 1;
    post({ kind: 'rows', rows });
  }
  post({ kind: 'end' });
} catch (err) {
  post({ kind: 'error', message: (err as Error).message });
}

/**
 * csv-parse over a text export, as batches of records: the one parsing loop, run either in the
 * reading thread or in a parse worker (csv-parse-worker.ts).
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { Separator, TextEncoding } from './detect-text-format.js';

/** Longest record accepted; a longer one is a broken or hostile file, not an export. */
export const MAX_RECORD_CHARS = 1_000_000;
const READ_CHUNK = 64 * 1024;

export type CsvSeparator = Exclude<Separator, 'spaces'>;

export function decodedStream(path: string, encoding: TextEncoding): Readable {
  const raw = createReadStream(path, { highWaterMark: READ_CHUNK });
  if (encoding === 'utf8') return raw;
  return raw.pipe(iconv.decodeStream(encoding)) as unknown as Readable;
}

/** Yields the file's records in batches of `batchSize`; throws csv-parse's or the stream's error. */
export async function* csvRecordBatches(path: string, encoding: TextEncoding, separator: CsvSeparator, batchSize: number): AsyncGenerator<string[][]> {
  const parser = parse({
    delimiter: separator,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  const source = decodedStream(path, encoding);
  source.on('error', (err) => parser.destroy(err));
  // Records are pulled with read() in a loop and only the wait for more data is awaited: async
  // iteration over the parser cost a promise per record (~25% of the parse time on a large log).
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  parser.on('readable', () => wake?.());
  parser.on('end', () => {
    ended = true;
    wake?.();
  });
  parser.on('error', (err: Error) => {
    failure = err;
    wake?.();
  });
  source.pipe(parser);
  let batch: string[][] = [];
  try {
    for (;;) {
      let record: string[] | null;
      while ((record = parser.read() as string[] | null) !== null) {
        batch.push(record);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      if (failure) {
        // Records before the failure still count, so the caller can name the row that broke.
        if (batch.length > 0) yield batch;
        throw failure;
      }
      if (ended) break;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (batch.length > 0) yield batch;
}

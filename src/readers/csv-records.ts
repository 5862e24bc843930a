/**
 * csv-parse over a text export, as batches of records: the one parsing loop, run either in the
 * reading thread or in a parse worker (csv-parse-worker.ts).
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import type { Separator, TextEncoding } from './detect-text-format.js';

/** Longest record accepted; a longer one is a broken or hostile file, not an export. */
const MAX_RECORD_CHARS = 1_000_000;
const READ_CHUNK = 64 * 1024;

export type CsvSeparator = Exclude<Separator, 'spaces'>;

/** Bytes `start` (inclusive) to `end` (exclusive) of a file, and the record delimiter to use there. */
export interface ByteRange {
  start: number;
  end?: number;
  recordDelimiter?: '\n' | '\r\n';
}

/**
 * Records of a text export and the line breaks inside some of them: `breaks` lists pairs
 * [index in `records`, line breaks inside that record] — a quoted multi-line cell, or a stray quote
 * that swallowed the lines after it. Usually empty.
 */
export interface RecordBatch {
  records: string[][];
  breaks: number[];
}

/** Line breaks inside a record's fields (CRLF counts once). */
function lineBreaksIn(record: readonly string[]): number {
  let breaks = 0;
  for (let j = 0; j < record.length; j++) {
    const field = record[j]!;
    // Most fields have no break: two indexOf calls, no regex, no allocation.
    if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) continue;
    for (let k = 0; k < field.length; k++) {
      const c = field.charCodeAt(k);
      if (c === 10 || (c === 13 && field.charCodeAt(k + 1) !== 10)) breaks += 1;
    }
  }
  return breaks;
}

/** csv-parse's error with its line count as `line` (structured, so a reader can move it by an offset). */
function withLine(err: Error): Error {
  const lines = (err as { lines?: unknown }).lines;
  if (typeof lines === 'number') (err as Error & { line?: number }).line = lines;
  return err;
}

/** Receives every byte read from the file, in order (to hash what was read). */
export type ByteTap = (chunk: Buffer) => void;

export function decodedStream(path: string, encoding: TextEncoding, range?: ByteRange, tap?: ByteTap): Readable {
  const raw = createReadStream(path, { highWaterMark: READ_CHUNK, ...(range ? { start: range.start, ...(range.end !== undefined ? { end: range.end - 1 } : {}) } : {}) });
  if (tap) raw.on('data', (chunk) => tap(chunk as Buffer));
  if (encoding === 'utf8') return raw;
  return raw.pipe(iconv.decodeStream(encoding)) as unknown as Readable;
}

/**
 * Yields the file's records in batches of `batchSize`, with the line breaks inside records; throws
 * csv-parse's or the stream's error. `mixedLineEnds`: the file mixes CRLF and LF, so both end a record.
 */
export async function* csvRecordBatches(
  path: string,
  encoding: TextEncoding,
  separator: CsvSeparator,
  batchSize: number,
  range?: ByteRange,
  mixedLineEnds = false,
  tap?: ByteTap,
): AsyncGenerator<RecordBatch> {
  const parser = parse({
    delimiter: separator,
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
    ...(range?.recordDelimiter ? { record_delimiter: range.recordDelimiter } : mixedLineEnds ? { record_delimiter: ['\r\n', '\n', '\r'] } : {}),
  });
  const source = decodedStream(path, encoding, range, tap);
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
  let breaks: number[] = [];
  try {
    for (;;) {
      let record: string[] | null;
      while ((record = parser.read() as string[] | null) !== null) {
        const inside = lineBreaksIn(record);
        if (inside > 0) breaks.push(batch.length, inside);
        batch.push(record);
        if (batch.length >= batchSize) {
          yield { records: batch, breaks };
          batch = [];
          breaks = [];
        }
      }
      if (failure) {
        // Records before the failure still count, so the caller can name the row that broke.
        if (batch.length > 0) yield { records: batch, breaks };
        throw withLine(failure);
      }
      if (ended) break;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (batch.length > 0) yield { records: batch, breaks };
}

/**
 * Whether a sample of the text (the file's head and tail) ends lines both with CRLF and with a bare
 * LF: rows appended in another editor. csv-parse would take the first kind seen as the record
 * delimiter and swallow the other lines into fields.
 */
export function hasMixedLineEnds(sample: string): boolean {
  let crlf = false;
  let lf = false;
  for (let i = sample.indexOf('\n'); i !== -1; i = sample.indexOf('\n', i + 1)) {
    if (i > 0 && sample.charCodeAt(i - 1) === 13) crlf = true;
    else lf = true;
    if (crlf && lf) return true;
  }
  return false;
}

/**
 * Counts the records of bytes [0, end) of a UTF-8 export without parsing it, when that is exact: no
 * quote anywhere (so every line break ends a record) and one kind of line break throughout. Returns
 * undefined when the part cannot be counted this way.
 */
export async function countPlainRecords(path: string, end: number, tap?: ByteTap): Promise<{ records: number; recordDelimiter: '\n' | '\r\n' } | undefined> {
  const handle = await open(path, 'r');
  const buffer = Buffer.alloc(4 * 1024 * 1024);
  let lf = 0;
  let cr = 0;
  let crlf = 0;
  let previousCr = false;
  try {
    for (let position = 0; position < end; ) {
      const { bytesRead } = await handle.read(buffer, 0, Math.min(buffer.length, end - position), position);
      if (bytesRead === 0) return undefined;
      const chunk = buffer.subarray(0, bytesRead);
      if (chunk.indexOf(0x22) !== -1) return undefined;
      tap?.(chunk);
      for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
        lf += 1;
        if (i > 0 ? chunk[i - 1] === 0x0d : previousCr) crlf += 1;
      }
      for (let i = chunk.indexOf(0x0d); i !== -1; i = chunk.indexOf(0x0d, i + 1)) cr += 1;
      previousCr = chunk[bytesRead - 1] === 0x0d;
      position += bytesRead;
    }
  } finally {
    await handle.close();
  }
  if (cr === 0) return { records: lf, recordDelimiter: '\n' };
  if (cr === lf && crlf === lf) return { records: lf, recordDelimiter: '\r\n' };
  return undefined;
}

/**
 * Streams a CSV/TSV/TXT/DAT export as rows of text cells, with csv-parse doing RFC 4180 (quotes,
 * embedded newlines). Each call to `batches()` reads the file again from the start.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { KinerjaError } from '../errors.js';
import type { TableRow } from './cell.js';
import { decodeSample, detectEncoding, rankSeparators, type Separator, type TextEncoding } from './detect-text-format.js';
import type { Table } from './table.js';

const SAMPLE_BYTES = 4 * 1024 * 1024;
// Small reads and batches keep rows short-lived: with 1 MB reads and batches of 2000, rows outlived
// young-generation collections and GC took ~10% of reading a large log (measured by npm run bench).
const BATCH = 500;
const READ_CHUNK = 64 * 1024;
/** Longest record accepted; a longer one is a broken or hostile file, not an export. */
export const MAX_RECORD_CHARS = 1_000_000;

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

function decodedStream(path: string, encoding: TextEncoding): Readable {
  const raw = createReadStream(path, { highWaterMark: READ_CHUNK });
  if (encoding === 'utf8') return raw;
  return raw.pipe(iconv.decodeStream(encoding)) as unknown as Readable;
}

async function* csvBatches(path: string, encoding: TextEncoding, separator: Exclude<Separator, 'spaces'>): AsyncGenerator<TableRow[]> {
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
  let rowNumber = 0;
  let batch: TableRow[] = [];
  try {
    for (;;) {
      let record: string[] | null;
      while ((record = parser.read() as string[] | null) !== null) {
        rowNumber += 1;
        batch.push({ rowNumber, cells: record });
        if (batch.length >= BATCH) {
          yield batch;
          batch = [];
        }
      }
      if (failure) throw failure;
      if (ended) break;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  } catch (err) {
    throw new KinerjaError(
      'BERKAS_RUSAK',
      { id: `Berkas ${path} tidak dapat dibaca sebagai CSV di sekitar baris ${rowNumber + 1}: ${(err as Error).message}`, en: `File ${path} cannot be read as CSV near row ${rowNumber + 1}: ${(err as Error).message}` },
      { id: 'Buka dan simpan ulang berkas dari Excel/LibreOffice sebagai CSV.', en: 'Open and save the file again from Excel/LibreOffice as CSV.' },
    );
  } finally {
    source.destroy();
    parser.destroy();
  }
  if (batch.length > 0) yield batch;
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
  const make = (separator: Separator, rest: readonly Separator[]): Table => ({
    path,
    name,
    format: 'csv',
    encoding,
    separator,
    date1904: false,
    // SPEC §2.2: `1.234` reads as thousands in `;`-files (Indonesian Excel), as decimal in `,`-files.
    numberFallback: separator === ',' ? 'decimal' : 'thousands',
    batches: () => (separator === 'spaces' ? spaceBatches(path, encoding) : csvBatches(path, encoding, separator)),
    alternatives: () => rest.map((s) => make(s, [])),
  });
  return make(best!, others);
}

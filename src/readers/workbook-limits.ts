/**
 * Inflates every part of an `.xlsx` once before exceljs reads it, counting bytes as they come out of
 * zlib. The sizes a zip declares can lie: a 7 MB file whose shared strings inflated to 2.7 GB passed a
 * check of the declared sizes and ended the process with a V8 fatal error. The same pass hashes the
 * file's bytes, so the hash in the reports is of the bytes that were checked.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import type { Readable, Writable } from 'node:stream';
import { KinerjaError } from '../errors.js';

/** An entry of a zip's central directory, as unzipper reads it. */
export interface ZipEntry {
  path: string;
  type: 'File' | 'Directory';
  compressedSize: number;
  uncompressedSize: number;
  /** Inflates the entry. */
  buffer(): Promise<Buffer>;
  /** The entry's inflated bytes as a stream. */
  stream(): Readable;
}

/** An entry of unzipper's streaming parse (local headers, in file order). */
interface StreamedEntry extends Readable {
  path: string;
  type: 'File' | 'Directory';
}

type Unzipper = {
  Open: { file(path: string): Promise<{ files: ZipEntry[] }> };
  Parse(options: { forceStream: true }): Readable & Writable;
};

// Loaded on first use: it costs ~0.25 s at start-up and a run on CSV exports never needs it.
let unzipper: Unzipper | undefined;
const loadUnzipper = (): Unzipper => (unzipper ??= createRequire(import.meta.url)('unzipper') as Unzipper);

/** The central directory of a zip file; nothing is inflated until an entry's `buffer()` is called. */
export async function readZipDirectory(path: string): Promise<ZipEntry[]> {
  return (await loadUnzipper().Open.file(path)).files;
}

const MiB = 1024 ** 2;

/** What a workbook may inflate to; every figure is far above the largest real export. */
export interface WorkbookLimits {
  /** All parts together. */
  totalBytes: number;
  /** One worksheet: Excel's 1,048,576 rows of 30 filled columns are ~1.5 GB. */
  worksheetBytes: number;
  /** The shared strings, which exceljs holds in memory. */
  sharedStringsBytes: number;
  /** Entries in the shared strings (4 per row of a full sheet). */
  sharedStringCount: number;
  /** Any other XML part exceljs reads into memory (styles, workbook, relationships). */
  otherXmlBytes: number;
  /** Any part exceljs skips (pictures, printer settings). */
  otherPartBytes: number;
  /** Bytes between two `<` in an XML part: one text or tag. A cell holds at most 32,767 characters. */
  textRunBytes: number;
  /** One `<row>` of a worksheet: 16,384 columns of ordinary cells are ~3 MB. */
  rowBytes: number;
}

export const WORKBOOK_LIMITS: WorkbookLimits = {
  totalBytes: 4096 * MiB,
  worksheetBytes: 2048 * MiB,
  sharedStringsBytes: 256 * MiB,
  sharedStringCount: 4_000_000,
  otherXmlBytes: 16 * MiB,
  otherPartBytes: 256 * MiB,
  textRunBytes: 1 * MiB,
  rowBytes: 16 * MiB,
};

/**
 * The limits before exceljs's full reader, which holds the whole workbook in memory; it is used only
 * for workbooks the streaming reader cannot follow (parts in an unusual order).
 */
export const FULL_READ_LIMITS: WorkbookLimits = { ...WORKBOOK_LIMITS, totalBytes: 512 * MiB, worksheetBytes: 512 * MiB };

function tooLarge(path: string, detail: { id: string; en: string }): KinerjaError {
  return new KinerjaError(
    'XLSX_TERLALU_BESAR',
    { id: `${path} bukan ekspor yang wajar: ${detail.id}`, en: `${path} is not a plausible export: ${detail.en}` },
    {
      id: 'Periksa asal berkas ini; ekspor ulang dari aplikasinya, atau buka di Excel/LibreOffice dan simpan sebagai CSV.',
      en: 'Check where this file came from; export it again from its application, or open it in Excel/LibreOffice and save it as CSV.',
    },
  );
}

const mb = (bytes: number) => `${Math.round(bytes / MiB)} MB`;

type PartKind = 'worksheet' | 'sharedStrings' | 'xml' | 'other';

function kindOf(part: string): PartKind {
  if (/^xl\/worksheets\/[^/]+\.xml$/i.test(part)) return 'worksheet';
  if (/^xl\/sharedStrings\.xml$/i.test(part)) return 'sharedStrings';
  return /\.(xml|rels)$/i.test(part) ? 'xml' : 'other';
}

const LT = 0x3c;
const ROW = Buffer.from('<row');
const SHEET_DATA_END = Buffer.from('</sheetData');
const SHARED_STRING = Buffer.from('<si');
const OVERLAP = SHEET_DATA_END.length - 1;

/** Counts one part's inflated bytes against the limits, throwing `XLSX_TERLALU_BESAR` past one. */
export class PartMeter {
  bytes = 0;
  private readonly kind: PartKind;
  /** Bytes from the last `<` on, that `<` included (XML parts). */
  private sinceTag = 0;
  /** Offset of the last `<row` in the part, while inside `<sheetData>`. */
  private rowStart: number | undefined;
  /** Past `</sheetData>`: `<rowBreaks>` and the like are not rows. */
  private pastSheetData = false;
  private sharedStrings = 0;
  /** The end of the previous chunk, for tokens split between chunks. */
  private tail = Buffer.alloc(0);

  constructor(
    private readonly file: string,
    private readonly part: string,
    private readonly limits: WorkbookLimits,
    private readonly total: { bytes: number },
  ) {
    this.kind = kindOf(part);
  }

  add(chunk: Buffer): void {
    const offset = this.bytes;
    this.bytes += chunk.length;
    this.total.bytes += chunk.length;
    const limit = this.partLimit();
    if (this.bytes > limit) {
      throw tooLarge(this.file, { id: `${this.part} mengembang lebih dari ${mb(limit)}.`, en: `${this.part} inflates to more than ${mb(limit)}.` });
    }
    if (this.total.bytes > this.limits.totalBytes) {
      throw tooLarge(this.file, { id: `isinya mengembang lebih dari ${mb(this.limits.totalBytes)}.`, en: `its contents inflate to more than ${mb(this.limits.totalBytes)}.` });
    }
    if (this.kind === 'other') return;
    this.checkTextRuns(chunk);
    const joined = this.tail.length > 0 ? Buffer.concat([this.tail, chunk]) : chunk;
    const joinedOffset = offset - this.tail.length;
    if (this.kind === 'worksheet') this.checkRows(joined, joinedOffset);
    if (this.kind === 'sharedStrings') this.countSharedStrings(joined);
    this.tail = Buffer.from(joined.subarray(Math.max(0, joined.length - OVERLAP)));
  }

  private partLimit(): number {
    switch (this.kind) {
      case 'worksheet':
        return this.limits.worksheetBytes;
      case 'sharedStrings':
        return this.limits.sharedStringsBytes;
      case 'xml':
        return this.limits.otherXmlBytes;
      default:
        return this.limits.otherPartBytes;
    }
  }

  private checkTextRuns(chunk: Buffer): void {
    const limit = this.limits.textRunBytes;
    const first = chunk.indexOf(LT);
    if (first === -1) {
      this.sinceTag += chunk.length;
    } else {
      let longest = this.sinceTag + first;
      // A chunk longer than the limit may hide a long run inside it: walk its tags.
      if (chunk.length > limit) {
        for (let at = first, next = chunk.indexOf(LT, first + 1); next !== -1; at = next, next = chunk.indexOf(LT, next + 1)) longest = Math.max(longest, next - at);
      }
      this.sinceTag = longest > limit ? longest : chunk.length - chunk.lastIndexOf(LT);
    }
    if (this.sinceTag > limit) {
      throw tooLarge(this.file, {
        id: `${this.part} memuat satu teks lebih dari ${mb(limit)} (satu sel Excel paling banyak 32.767 karakter).`,
        en: `${this.part} holds one text of more than ${mb(limit)} (an Excel cell holds at most 32,767 characters).`,
      });
    }
  }

  /** `<row` to the next `<row` or `</sheetData`: one row, which exceljs builds in memory. */
  private checkRows(joined: Buffer, joinedOffset: number): void {
    if (this.pastSheetData) return;
    const tailLength = this.tail.length;
    const endAt = joined.indexOf(SHEET_DATA_END);
    const end = endAt !== -1 && endAt + SHEET_DATA_END.length > tailLength ? endAt : -1;
    for (let i = joined.indexOf(ROW); i !== -1 && (end === -1 || i < end); i = joined.indexOf(ROW, i + 1)) {
      if (i + ROW.length <= tailLength) continue; // seen with the previous chunk
      this.rowEnds(joinedOffset + i);
      this.rowStart = joinedOffset + i;
    }
    if (end !== -1) {
      this.rowEnds(joinedOffset + end);
      this.rowStart = undefined;
      this.pastSheetData = true;
    } else {
      // The row goes on at least up to the bytes that may begin a token not yet complete.
      this.rowEnds(this.bytes - OVERLAP);
    }
  }

  private rowEnds(at: number): void {
    if (this.rowStart === undefined || at - this.rowStart <= this.limits.rowBytes) return;
    throw tooLarge(this.file, { id: `${this.part} memuat satu baris lebih dari ${mb(this.limits.rowBytes)}.`, en: `${this.part} holds one row of more than ${mb(this.limits.rowBytes)}.` });
  }

  private countSharedStrings(joined: Buffer): void {
    const tailLength = this.tail.length;
    for (let i = joined.indexOf(SHARED_STRING); i !== -1; i = joined.indexOf(SHARED_STRING, i + 1)) {
      if (i + SHARED_STRING.length <= tailLength) continue;
      if (++this.sharedStrings > this.limits.sharedStringCount) {
        const count = this.limits.sharedStringCount.toLocaleString('en-US');
        throw tooLarge(this.file, { id: `${this.part} memuat lebih dari ${count.replace(/,/g, '.')} teks.`, en: `${this.part} holds more than ${count} texts.` });
      }
    }
  }
}

/** What the measuring pass found: the file's hash and each part's real inflated size. */
export interface WorkbookMeasure {
  sha256: string;
  parts: ReadonlyMap<string, number>;
}

const ignore = () => undefined;

/**
 * Reads the workbook once as exceljs's streaming reader will (local headers, in file order), inflating
 * every part through the limits and hashing the file's bytes. Throws `XLSX_TERLALU_BESAR` past a limit;
 * returns undefined when the zip cannot be followed this way (the caller measures the directory view).
 */
export async function measureStreamedParts(path: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<WorkbookMeasure | undefined> {
  const hash = createHash('sha256');
  const file = createReadStream(path, { highWaterMark: MiB });
  const zip = loadUnzipper().Parse({ forceStream: true });
  let current: StreamedEntry | undefined;
  let parseError: Error | undefined;
  // A part that fails to inflate, or a file cut short, reports on the parser, not on the part: the
  // part being read, or one handed out after the error, would wait forever.
  zip.on('error', (err: Error) => {
    parseError ??= err;
    current?.destroy(err);
  });
  file.on('error', ignore);
  let stopped = false;
  let readError: Error | undefined;
  // Fed by hand, not piped: the parser ends at the end of the directory, and the hash must take the
  // whole file; a pipe would pause the file then.
  const feeding = (async () => {
    try {
      for await (const chunk of file) {
        hash.update(chunk as Buffer);
        if (stopped || zip.writableEnded || zip.destroyed) continue;
        if (!zip.write(chunk)) await writable(zip);
      }
    } catch (err) {
      readError = err as Error;
    }
    if (!zip.writableEnded && !zip.destroyed) zip.end();
  })();
  const parts = new Map<string, number>();
  const total = { bytes: 0 };
  try {
    for await (const item of zip) {
      const entry = item as StreamedEntry;
      current = entry;
      entry.on('error', ignore);
      if (parseError) throw parseError;
      const meter = new PartMeter(path, entry.path, limits, total);
      for await (const chunk of entry) meter.add(chunk as Buffer);
      parts.set(entry.path, (parts.get(entry.path) ?? 0) + meter.bytes);
    }
  } catch (err) {
    stopped = true;
    zip.destroy();
    file.destroy();
    if (err instanceof KinerjaError) throw err;
    return undefined;
  }
  await feeding;
  if (readError) return undefined;
  return { sha256: hash.digest('hex'), parts };
}

/** Resolves once a writable can take more, or will never. */
function writable(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ['drain', 'close', 'finish', 'error']) stream.off(event, done);
      resolve();
    };
    for (const event of ['drain', 'close', 'finish', 'error']) stream.once(event, done);
  });
}

/**
 * Inflates every part as the central directory places them (as exceljs's full reader reads them),
 * through the limits. Returns the parts' sizes; a zip that cannot be read this way is `XLSX_RUSAK`'s
 * business, so undefined.
 */
export async function measureDirectoryParts(path: string, limits: WorkbookLimits): Promise<Map<string, number> | undefined> {
  let entries: ZipEntry[];
  try {
    entries = await readZipDirectory(path);
  } catch {
    return undefined;
  }
  const parts = new Map<string, number>();
  const total = { bytes: 0 };
  for (const entry of entries) {
    if (entry.type !== 'File') continue;
    const meter = new PartMeter(path, entry.path, limits, total);
    const stream = entry.stream();
    try {
      for await (const chunk of stream) meter.add(chunk as Buffer);
    } catch (err) {
      stream.destroy();
      if (err instanceof KinerjaError) throw err;
      return undefined;
    }
    parts.set(entry.path, meter.bytes);
  }
  return parts;
}

/**
 * A part whose central-directory size differs from what it really inflates to: the file is damaged or
 * made to mislead a size check. Real writers (Excel, LibreOffice, exceljs) always agree.
 */
export async function checkDeclaredSizes(path: string, parts: ReadonlyMap<string, number>): Promise<void> {
  let entries: ZipEntry[];
  try {
    entries = await readZipDirectory(path);
  } catch {
    return;
  }
  for (const e of entries) {
    const actual = parts.get(e.path);
    // 0xFFFFFFFF: a zip64 entry, whose real size is in an extra field.
    if (e.type !== 'File' || actual === undefined || e.uncompressedSize === 0xffffffff || e.uncompressedSize === actual) continue;
    throw new KinerjaError(
      'XLSX_RUSAK',
      {
        id: `${path}: bagian ${e.path} tertulis ${e.uncompressedSize} bita tetapi isinya ${actual} bita; berkas rusak atau dibuat untuk mengelabui.`,
        en: `${path}: part ${e.path} says ${e.uncompressedSize} bytes but holds ${actual}; the file is damaged or made to mislead.`,
      },
      { id: 'Ekspor ulang dari aplikasinya, atau buka di Excel/LibreOffice dan simpan ulang sebagai .xlsx.', en: 'Export it again from its application, or open it in Excel/LibreOffice and save it again as .xlsx.' },
    );
  }
}

/** A minimal zip writer for tests that need zips no library writes: bombs, parts in a chosen order. */
import { closeSync, openSync, writeSync } from 'node:fs';
import * as zlib from 'node:zlib';

/** One entry: stored (`method` 0) or already deflated (`method` 8, with its `crc` and inflated `size`). */
export interface ZipEntryData {
  name: string;
  data: Buffer;
  method: 0 | 8;
  crc?: number;
  size?: number;
}

/** Writes the entries in the order given, with a central directory. */
export function writeZip(path: string, entries: readonly ZipEntryData[]): void {
  const fd = openSync(path, 'w');
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const entryCrc = e.crc ?? zlib.crc32(e.data);
    const size = e.size ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(entryCrc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(entryCrc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    for (const b of [local, name, e.data]) writeSync(fd, b);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  writeSync(fd, directory);
  writeSync(fd, end);
  closeSync(fd);
}

/**
 * A deflated entry of `head`, then `unit` repeated `times`, then `tail`, built in about 1/1000 of its
 * inflated size: a deflate segment ending in a full flush refers to nothing before it, so it repeats
 * verbatim. `declaredSize` is what the headers say (a lie when it differs from the real size).
 */
export function repeatedEntry(name: string, parts: { head: string; unit: string; times: number; tail: string }, declaredSize?: number): ZipEntryData {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const head = Buffer.from(parts.head);
  const tail = Buffer.from(parts.tail);
  // Whole units per segment, about 1 MB each.
  const unit = Buffer.from(parts.unit);
  const perSegment = Math.max(1, Math.floor((1024 * 1024) / unit.length));
  const segmentText = Buffer.alloc(unit.length * perSegment);
  for (let i = 0; i < perSegment; i++) unit.copy(segmentText, i * unit.length);
  const segment = zlib.deflateRawSync(segmentText, { level: 9, ...flush });
  const full = Math.floor(parts.times / perSegment);
  const rest = Buffer.alloc(unit.length * (parts.times - full * perSegment));
  for (let i = 0; i * unit.length < rest.length; i++) unit.copy(rest, i * unit.length);
  let crc = zlib.crc32(head);
  for (let i = 0; i < full; i++) crc = zlib.crc32(segmentText, crc);
  crc = zlib.crc32(tail, zlib.crc32(rest, crc));
  const data = Buffer.concat([zlib.deflateRawSync(head, flush), ...Array.from({ length: full }, () => segment), zlib.deflateRawSync(rest, flush), zlib.deflateRawSync(tail, flush), Buffer.from([0x03, 0x00])]);
  const size = head.length + full * segmentText.length + rest.length + tail.length;
  return { name, data, method: 8, crc, size: declaredSize ?? size };
}

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The worksheet XML around `rows` (each a `<row>` element). */
export const sheetXml = (rows: string) => `${XML}<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`;

/**
 * A minimal workbook of one sheet named `sheetName`; `sheet` and `sharedStrings` may be entries built
 * with `repeatedEntry` (named `xl/worksheets/sheet1.xml`, `xl/sharedStrings.xml`).
 */
export function writeWorkbook(path: string, sheetName: string, parts: { sheet: ZipEntryData | string; sharedStrings?: ZipEntryData | string }): void {
  const stored = (name: string, text: string): ZipEntryData => ({ name, data: Buffer.from(text), method: 0 });
  const entryOf = (name: string, part: ZipEntryData | string) => (typeof part === 'string' ? stored(name, part) : part);
  writeZip(path, [
    stored(
      '[Content_Types].xml',
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    ),
    stored('_rels/.rels', `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    stored('xl/workbook.xml', `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    stored(
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    entryOf('xl/sharedStrings.xml', parts.sharedStrings ?? `${XML}<sst xmlns="${MAIN}" count="0" uniqueCount="0"></sst>`),
    entryOf('xl/worksheets/sheet1.xml', parts.sheet),
  ]);
}

/** The shared-strings XML around `items` (each an `<si>` element). */
export const sharedStringsXml = { head: `${XML}<sst xmlns="${MAIN}">`, tail: '</sst>' };
/** The worksheet XML before and after its rows. */
export const sheetParts = { head: `${XML}<worksheet xmlns="${MAIN}"><sheetData>`, tail: '</sheetData></worksheet>' };

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

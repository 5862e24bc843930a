/** What an `.xls` really holds, from its first bytes: old Excel, a web page, a text table, or none of them. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { sniffXls } from '../../src/readers/open-table.js';
import { tempDir } from '../cli/run-cli.js';

function file(content: string | Buffer): string {
  const path = join(tempDir(), 'presensi.xls');
  writeFileSync(path, content);
  return path;
}

const TSV = 'NIP\tTanggal\tJam Masuk\tJam Pulang\r\n198503172010011003\t01/10/2026\t07:25\t16:05\r\n199001152015021002\t01/10/2026\t07:31\t16:02\r\n';

describe('sniffXls', () => {
  it('the OLE2 signature is real Excel 97-2003', async () => {
    const ole2 = Buffer.alloc(512);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(ole2);
    expect(await sniffXls(file(ole2))).toBe('excel');
  });

  it.each([
    ['<html>', '<html><body><table><tr><td>NIP</td></tr></table></body></html>'],
    ['<table> after a BOM and blank lines', '\uFEFF\r\n\r\n  <table border="1"><tr><td>NIP</td></tr></table>'],
    ['<!DOCTYPE>', '<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.0//EN">\n<html>'],
    ['SpreadsheetML <?xml>', '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'],
  ])('%s is a web page', async (_, content) => {
    expect(await sniffXls(file(content))).toBe('html');
  });

  it('tab-separated text (UTF-8, or Excel "Unicode Text" UTF-16 with BOM) and ;-CSV are text tables', async () => {
    expect(await sniffXls(file(TSV))).toBe('text');
    expect(await sniffXls(file(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TSV, 'utf16le')])))).toBe('text');
    expect(await sniffXls(file(TSV.replace(/\t/g, ';')))).toBe('text');
  });

  it('one line of text, or binary bytes, are neither', async () => {
    expect(await sniffXls(file('not really'))).toBe('unknown');
    expect(await sniffXls(file(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00])))).toBe('unknown');
  });
});

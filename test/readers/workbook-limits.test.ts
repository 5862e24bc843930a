import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../../src/errors.js';
import { measureStreamedParts, PartMeter, WORKBOOK_LIMITS, type WorkbookLimits } from '../../src/readers/workbook-limits.js';
import { tempDir } from '../cli/run-cli.js';
import { repeatedEntry, sharedStringsXml, sheetXml, writeWorkbook } from '../helpers/write-zip.js';

const small: WorkbookLimits = { ...WORKBOOK_LIMITS, textRunBytes: 100, rowBytes: 400, sharedStringCount: 5 };

/** Feeds `text` to a meter for `part` in chunks of `size` bytes; the code thrown, or 'ok'. */
function meter(part: string, text: string, size: number, limits = small): string {
  const m = new PartMeter('uji.xlsx', part, limits, { bytes: 0 });
  const bytes = Buffer.from(text);
  try {
    for (let i = 0; i < bytes.length; i += size) m.add(bytes.subarray(i, i + size));
    return 'ok';
  } catch (err) {
    return err instanceof KinerjaError ? `${err.code}: ${err.text.en}` : String(err);
  }
}

const strings = (n: number) => `${sharedStringsXml.head}${'<si><t>ab</t></si>'.repeat(n)}${sharedStringsXml.tail}`;
const row = (cells: number) => `<row r="1">${'<c><v>1</v></c>'.repeat(cells)}</row>`;

describe('PartMeter counts what inflates, however the bytes are cut into chunks', () => {
  const chunkSizes = [1, 2, 3, 5, 7, 11, 64, 4096];

  it.each(chunkSizes)('shared strings: 5 pass, 6 stop (chunks of %i bytes)', (size) => {
    expect(meter('xl/sharedStrings.xml', strings(5), size)).toBe('ok');
    expect(meter('xl/sharedStrings.xml', strings(6), size)).toMatch(/XLSX_TERLALU_BESAR: .*more than 5 texts/);
  });

  it.each(chunkSizes)('one text: 100 bytes pass, 101 stop (chunks of %i bytes)', (size) => {
    const cell = (n: number) => sheetXml(`<row r="1"><c t="inlineStr"><is><t>${'x'.repeat(n - 3)}</t></is></c></row>`);
    // The run is counted from one `<` to the next: `<t>` plus the text.
    expect(meter('xl/worksheets/sheet1.xml', cell(100), size)).toBe('ok');
    expect(meter('xl/worksheets/sheet1.xml', cell(101), size)).toMatch(/one text of more than/);
  });

  it.each(chunkSizes)('rows: each row is measured, not the sheet (chunks of %i bytes)', (size) => {
    // 25 cells of 15 bytes = 375 + the row tags: under 400; 30 cells: over.
    expect(meter('xl/worksheets/sheet1.xml', sheetXml(row(25).repeat(40)), size)).toBe('ok');
    expect(meter('xl/worksheets/sheet1.xml', sheetXml(row(25) + row(30) + row(25)), size)).toMatch(/one row of more than/);
    // After the sheet data, <rowBreaks> is no row.
    expect(meter('xl/worksheets/sheet1.xml', sheetXml(row(2)).replace('</worksheet>', `<rowBreaks count="1">${'<brk id="1"/>'.repeat(60)}</rowBreaks></worksheet>`), size)).toBe('ok');
  });

  it('a chunk longer than the text limit is searched inside', () => {
    const text = sheetXml(`<row r="1"><c t="inlineStr"><is><t>${'x'.repeat(500)}</t></is></c></row>`);
    expect(meter('xl/worksheets/sheet1.xml', text, text.length)).toMatch(/one text of more than/);
  });

  it('parts exceljs skips are counted against their size only', () => {
    expect(meter('xl/media/image1.png', 'x'.repeat(5000), 7)).toBe('ok');
    expect(meter('xl/media/image1.png', 'x'.repeat(5000), 7, { ...small, otherPartBytes: 4999 })).toMatch(/xl\/media\/image1\.png inflates to more than/);
  });

  it('the whole workbook counts every part', () => {
    const total = { bytes: 0 };
    const limits = { ...WORKBOOK_LIMITS, totalBytes: 150 };
    new PartMeter('uji.xlsx', 'xl/styles.xml', limits, total).add(Buffer.alloc(100, 'a'));
    expect(() => new PartMeter('uji.xlsx', 'xl/workbook.xml', limits, total).add(Buffer.alloc(100, 'a'))).toThrow(/contents inflate to more than/);
  });
});

describe('measureStreamedParts', () => {
  it('gives each part its real size, whatever the headers say, and the hash of the file', async () => {
    const path = join(tempDir(), 'uji.xlsx');
    writeWorkbook(path, 'pegawai', { sheet: sheetXml(row(3)), sharedStrings: repeatedEntry('xl/sharedStrings.xml', { ...sharedStringsXml, unit: '<si><t>a</t></si>', times: 3 }, 7) });
    const measured = await measureStreamedParts(path);
    expect(measured?.parts.get('xl/sharedStrings.xml')).toBe(sharedStringsXml.head.length + 3 * 17 + sharedStringsXml.tail.length);
    const { createHash } = await import('node:crypto');
    const { readFileSync } = await import('node:fs');
    expect(measured?.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
  });

  it('says it cannot follow a file that is not a zip (the reader then decides)', async () => {
    const path = join(tempDir(), 'uji.xlsx');
    (await import('node:fs')).writeFileSync(path, 'PK\u0003\u0004 not really a zip');
    expect(await measureStreamedParts(path)).toBeUndefined();
  });
});

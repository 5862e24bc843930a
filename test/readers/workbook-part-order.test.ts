import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openWorkbookTable, readWorkbookInfo } from '../../src/readers/read-workbook-table.js';
import { cellText } from '../../src/readers/cell.js';
import { readZipDirectory } from '../../src/readers/workbook-limits.js';
import { tempDir } from '../cli/run-cli.js';
import { writeZip } from '../helpers/write-zip.js';

/**
 * exceljs writes `xl/workbook.xml` last. When a sheet then comes after the shared strings (as some
 * tools reorder parts), exceljs's streaming reader reads that sheet before it knows the workbook and
 * fails ("reading 'sheets'"); the helper's trial hit the same failure intermittently on `init`'s
 * template. Such a file must still be read.
 */
async function reorderedWorkbook(): Promise<string> {
  const dir = tempDir();
  const plain = join(dir, 'plain.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('pegawai');
  ws.addRow(['nip', 'nama']);
  ws.addRow(['198503172010011003', 'Budi Santoso']);
  await wb.xlsx.writeFile(plain);
  const files = (await readZipDirectory(plain)).filter((f) => f.type === 'File');
  const parts = await Promise.all(files.map(async (f) => ({ name: f.path, data: await f.buffer(), method: 0 as const })));
  const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
  const workbook = parts.find((p) => p.name === 'xl/workbook.xml')!;
  const others = parts.filter((p) => p !== sheet && p !== workbook);
  const reordered = join(dir, 'pegawai.xlsx');
  writeZip(reordered, [...others, sheet, workbook]);
  return reordered;
}

describe('a workbook whose parts come in an order the streaming reader cannot follow', async () => {
  const path = await reorderedWorkbook();

  it('the streaming reader alone fails on it (the premise)', async () => {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache' });
    await expect((async () => {
      for await (const sheet of reader) void sheet;
    })()).rejects.toThrow(/sheets/);
  });

  it('is still read, through the full reader', async () => {
    expect((await readWorkbookInfo(path)).sheets).toEqual(['pegawai']);
    const table = await openWorkbookTable(path, 'pegawai.xlsx', 'pegawai');
    const rows: string[][] = [];
    for await (const batch of table.batches()) for (const r of batch) rows.push(r.cells.map((c) => cellText(c)));
    expect(rows).toEqual([['nip', 'nama'], ['198503172010011003', 'Budi Santoso']]);
  });
});

// The least time the two libraries the house rules require take on a bench agency, each alone in one
// thread: csv-parse parsing every input CSV (with kinerja's options) and exceljs's streaming writer
// writing as many rows × columns as the report workbook has (plain values, no styles). A phase that
// takes about this long is bound by the library, not by kinerja's own work.
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
// kinerja's own parsing loop and format detection (bench.mjs builds dist/ first), run in this thread.
import { csvRecordBatches } from '../../dist/readers/csv-records.js';
import { detectTextFormat } from '../../dist/readers/read-text-table.js';

/** csv-parse alone (kinerja's options, batches, no row handling) over each input CSV of `dataDir`. */
export async function csvParseFloor(dataDir) {
  const out = [];
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.csv')).sort()) {
    const path = join(dataDir, file);
    const { encoding, separators: [separator] } = await detectTextFormat(path);
    const started = performance.now();
    let records = 0;
    for await (const batch of csvRecordBatches(path, encoding, separator, 500)) records += batch.records.length;
    out.push({ file, mb: statSync(path).size / 1e6, records, ms: performance.now() - started });
  }
  return out;
}

/** Rows and columns of each report table, from the CSV reports in `outDir`. */
function reportShapes(outDir) {
  const shapes = [];
  for (const file of ['pegawai.csv', 'unit.csv', 'tpp.csv', 'tindak_lanjut.csv', 'validasi.csv']) {
    const text = readFileSync(join(outDir, file), 'utf8');
    const lines = text.split('\n').filter((l) => l !== '');
    shapes.push({ file, rows: lines.length, columns: lines[0].split(',').length });
  }
  return shapes;
}

/** exceljs's streaming writer alone, writing the report tables' shapes with plain cells. */
export async function exceljsFloor(outDir, scratchFile) {
  const shapes = reportShapes(outDir);
  const started = performance.now();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: scratchFile, useStyles: true, useSharedStrings: false });
  for (const { file, rows, columns } of shapes) {
    const ws = workbook.addWorksheet(file);
    const values = Array.from({ length: columns }, (_, i) => (i % 3 === 0 ? `teks ${i}` : i * 1234.5));
    for (let r = 0; r < rows; r++) ws.addRow(values).commit();
    ws.commit();
  }
  await workbook.commit();
  const ms = performance.now() - started;
  rmSync(scratchFile, { force: true });
  return { cells: shapes.reduce((a, s) => a + s.rows * s.columns, 0), ms };
}

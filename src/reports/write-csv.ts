/** Writes a report table as CSV: UTF-8, `\n` line ends, RFC 4180 quoting, BOM only for `--csv-locale id`. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify/sync';
import type { ColumnType, ReportCell, ReportTable } from './build-report.js';
import type { BankLayout } from '../rules/bank-layout.js';
import { csvCellText, type CsvLocale } from './format-cell.js';

/**
 * Records stringified and written together. csv-stringify's stream costs a transform and a write
 * per record; its synchronous form on batches gives the same bytes for about half the time.
 */
const BATCH_ROWS = 500;

/** How a delimited file is written: separator, header row, BOM and how a cell becomes text. */
interface DelimitedShape {
  delimiter: string;
  header: boolean;
  bom: boolean;
  cellText: (cell: ReportCell, type: ColumnType) => string;
}

/** Writes `table` to `path` with its machine keys as the header row. */
export function writeCsv(path: string, table: ReportTable, locale: CsvLocale): Promise<void> {
  // Indonesian Excel needs the BOM to read the file as UTF-8.
  return writeDelimited(path, table, { delimiter: locale === 'id' ? ';' : ',', header: true, bom: locale === 'id', cellText: (cell, type) => csvCellText(cell, type, locale) });
}

/**
 * Writes a bank transfer file in its pack layout (`keuangan.bank`): its separator, a header row or
 * none, amounts as whole rupiah or with `,00` / `.00`; no BOM (bank upload screens do not expect one).
 */
export function writeBankCsv(path: string, table: ReportTable, layout: BankLayout): Promise<void> {
  const cents = layout.formatJumlah === 'desimal_koma' ? ',00' : layout.formatJumlah === 'desimal_titik' ? '.00' : '';
  return writeDelimited(path, table, {
    delimiter: layout.pemisah,
    header: layout.judul,
    bom: false,
    cellText: (cell, type) => (type === 'money' && typeof cell === 'number' ? `${cell}${cents}` : csvCellText(cell, type, 'intl')),
  });
}

async function writeDelimited(path: string, table: ReportTable, shape: DelimitedShape): Promise<void> {
  const out = createWriteStream(path);
  const options = { delimiter: shape.delimiter, record_delimiter: 'unix' as const };
  const types = table.columns.map((c) => c.type);
  if (shape.bom) out.write('\uFEFF');
  let batch: string[][] = shape.header ? [table.columns.map((c) => c.key)] : [];
  const flush = async () => {
    if (batch.length === 0) return;
    const text = stringify(batch, options);
    batch = [];
    if (!out.write(text)) await once(out, 'drain');
  };
  for (const row of table.rows()) {
    const record = new Array<string>(row.length);
    for (let i = 0; i < row.length; i++) record[i] = shape.cellText(row[i]!, types[i]!);
    batch.push(record);
    if (batch.length >= BATCH_ROWS) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
}

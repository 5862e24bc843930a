/** Writes a report table as CSV: UTF-8, `\n` line ends, RFC 4180 quoting, BOM only for `--csv-locale id`. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { stringify } from 'csv-stringify';
import type { ReportTable } from './build-report.js';
import { csvCellText, type CsvLocale } from './format-cell.js';

/** Writes `table` to `path` with its machine keys as the header row. */
export async function writeCsv(path: string, table: ReportTable, locale: CsvLocale): Promise<void> {
  const out = createWriteStream(path);
  const stringifier = stringify({ delimiter: locale === 'id' ? ';' : ',', record_delimiter: 'unix', bom: locale === 'id' });
  stringifier.pipe(out);
  const types = table.columns.map((c) => c.type);
  const write = async (record: string[]) => {
    if (!stringifier.write(record)) await once(stringifier, 'drain');
  };
  await write(table.columns.map((c) => c.key));
  for (const row of table.rows()) await write(row.map((cell, i) => csvCellText(cell, types[i]!, locale)));
  stringifier.end();
  await once(out, 'finish');
}

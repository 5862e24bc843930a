import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import type { ReportTable } from '../../src/reports/build-report.js';
import { writeCsv } from '../../src/reports/write-csv.js';
import { tempDir } from '../cli/run-cli.js';

/** 1,201 rows: the writer's 500-row batches end mid-table, with a text that needs quoting in each. */
const table: ReportTable = {
  key: 'pegawai',
  sheet: { id: 'Pegawai', en: 'Staff' },
  columns: [
    { key: 'nip', label: { id: 'NIP', en: 'NIP' }, type: 'text' },
    { key: 'nama', label: { id: 'Nama', en: 'Name' }, type: 'text' },
    { key: 'nilai', label: { id: 'Nilai', en: 'Score' }, type: 'decimal2' },
    { key: 'tpp', label: { id: 'TPP', en: 'TPP' }, type: 'money' },
  ],
  *rows() {
    for (let i = 0; i < 1201; i++) yield [`1985${String(i).padStart(14, '0')}`, i % 499 === 0 ? `Siti "Ani", S.E.` : `Pegawai ${i}`, Exact.of(BigInt(i * 7 + 1), 3n), 1_000_000 + i];
  },
};

function expected(delimiter: string, decimal: string): string {
  const records = [table.columns.map((c) => c.key)];
  for (const [nip, nama, nilai, tpp] of table.rows()) records.push([nip as string, nama as string, (nilai as Exact).toFixed(2).replace('.', decimal), String(tpp)]);
  return stringify(records, { delimiter, record_delimiter: 'unix' });
}

describe('writeCsv in batches', () => {
  it('id: one BOM at the very start, then the same bytes as stringifying the whole table at once', async () => {
    const path = join(tempDir(), 'pegawai.csv');
    await writeCsv(path, table, 'id');
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.indexOf('\uFEFF', 1)).toBe(-1);
    expect(text.slice(1)).toBe(expected(';', ','));
  });

  it('intl: no BOM, `,` and `.`', async () => {
    const path = join(tempDir(), 'pegawai.csv');
    await writeCsv(path, table, 'intl');
    expect(readFileSync(path, 'utf8')).toBe(expected(',', '.'));
  });
});

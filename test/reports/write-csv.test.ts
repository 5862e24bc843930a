import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import type { ReportTable } from '../../src/reports/build-report.js';
import { csvOutputFor, writeBankCsv, writeCsv } from '../../src/reports/write-csv.js';
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

/** A run's CSV output handed to the writer worker (from the sources its body runs over a MessageChannel). */
const toWorker = (faults?: { csv: 'ENOSPC' }) => csvOutputFor(1, { runtime: { thresholds: { csvWriterMinEmployees: 1 }, ...(faults ? { faults } : {}) } });

describe('the CSV writer worker', () => {
  it('writes several files, one after another, with the same bytes as this thread (BOM, quoting, a bank layout without header)', async () => {
    const dir = tempDir();
    const output = toWorker();
    const layout = { pemisah: '|', judul: false, formatJumlah: 'desimal_koma' } as const;
    await writeCsv(join(dir, 'a.csv'), table, 'id', output);
    await writeCsv(join(dir, 'b.csv'), table, 'intl', output);
    await writeBankCsv(join(dir, 'bank.csv'), table, layout as Parameters<typeof writeBankCsv>[2], output);
    await output.finish();
    const here = tempDir();
    await writeBankCsv(join(here, 'bank.csv'), table, layout as Parameters<typeof writeBankCsv>[2]);
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe(`\uFEFF${expected(';', ',')}`);
    expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe(expected(',', '.'));
    const bank = readFileSync(join(dir, 'bank.csv'), 'utf8');
    expect(bank).toBe(readFileSync(join(here, 'bank.csv'), 'utf8'));
    expect(bank.split('\n')[0]).toBe('198500000000000000|"Siti ""Ani"", S.E."|0.33|1000000,00');
  });

  it('a full disk fails finish() with ENOSPC, in the worker as in this thread (no hang)', async () => {
    const output = toWorker({ csv: 'ENOSPC' });
    await writeCsv(join(tempDir(), 'a.csv'), table, 'id', output);
    await expect(output.finish()).rejects.toMatchObject({ code: 'ENOSPC' });
    const here = csvOutputFor(1, { runtime: { faults: { csv: 'ENOSPC' } } });
    await expect(writeCsv(join(tempDir(), 'a.csv'), table, 'id', here)).rejects.toMatchObject({ code: 'ENOSPC' });
  });
});

import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTable } from '../../src/readers/open-table.js';
import { tempDir } from '../cli/run-cli.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function csv(rows: number): string {
  const lines = ['nip;nilai'];
  for (let i = 0; i < rows; i++) lines.push(`1985031720100110${String(i % 100).padStart(2, '0')};${i}`);
  return `${lines.join('\r\n')}\r\n`;
}

async function readAll(path: string, during?: () => void) {
  const table = await openTable(path);
  let batches = 0;
  for await (const batch of table.batches()) {
    void batch;
    if (++batches === 2) during?.();
  }
  return table;
}

describe('the hash of an input is of the bytes its rows came from', () => {
  it('a complete reading gives the file\'s SHA-256', async () => {
    const path = join(tempDir(), 'capaian.csv');
    writeFileSync(path, csv(3000));
    const table = await readAll(path);
    expect(await table.source.settle()).toBe(sha256(path));
  });

  it('a file that grows while it is read stops the run (BERKAS_BERUBAH)', async () => {
    const path = join(tempDir(), 'capaian.csv');
    writeFileSync(path, csv(3000));
    const table = await readAll(path, () => appendFileSync(path, '198503172010011003;1\r\n'));
    await expect(table.source.settle()).rejects.toMatchObject({ code: 'BERKAS_BERUBAH' });
  });

  it('a file cut short while it is read stops the run', async () => {
    const path = join(tempDir(), 'capaian.csv');
    writeFileSync(path, csv(3000));
    const table = await readAll(path, () => writeFileSync(path, csv(1000)));
    await expect(table.source.settle()).rejects.toMatchObject({ code: 'BERKAS_BERUBAH', text: { en: expect.stringContaining('its size went from') as string } });
  });

  it('a file removed after it was read stops the run', async () => {
    const path = join(tempDir(), 'capaian.csv');
    writeFileSync(path, csv(10));
    const table = await readAll(path);
    (await import('node:fs')).unlinkSync(path);
    await expect(table.source.settle()).rejects.toMatchObject({ code: 'BERKAS_BERUBAH' });
  });

  it('two complete readings that saw different bytes stop the run, even at the same size and time', async () => {
    const path = join(tempDir(), 'capaian.csv');
    writeFileSync(path, csv(10));
    const table = await openTable(path);
    table.source.completedPass('a'.repeat(64));
    for await (const batch of table.batches()) void batch;
    await expect(table.source.settle()).rejects.toMatchObject({ code: 'BERKAS_BERUBAH' });
  });
});

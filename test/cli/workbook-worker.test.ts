import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAgency } from '../../scripts/bench/generate.mjs';
import { readZipDirectory } from '../../src/readers/workbook-limits.js';
import { runCli, tempDir } from './run-cli.js';

/** Every part under xl/ of a workbook (docProps carry the time of writing). */
async function sheetParts(path: string): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  for (const entry of await readZipDirectory(path)) if (entry.path.startsWith('xl/')) parts.set(entry.path, (await entry.buffer()).toString('utf8'));
  return parts;
}

/** The workbook's parts and how many workbook workers the run started. */
async function workbookOf(input: string, workerMinEmployees: string): Promise<{ parts: Map<string, string>; workers: number }> {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', input, '--out', out, '--format', 'xlsx', '--quiet'], {
    env: { KINERJA_TEST_XLSX_WORKER_MIN_EMPLOYEES: workerMinEmployees, KINERJA_PROFIL: '1' },
  });
  expect(r.status, r.stderr).toBeLessThanOrEqual(1);
  const profile = JSON.parse(r.stderr.split('\n').find((l) => l.startsWith('KINERJA_PROFIL '))!.slice('KINERJA_PROFIL '.length)) as { workbookWorkers: number };
  const name = readdirSync(out).find((f) => f.endsWith('.xlsx'))!;
  return { parts: await sheetParts(join(out, name)), workers: profile.workbookWorkers };
}

describe('the workbook written by a worker thread', () => {
  it('is part for part the workbook written in the main thread (1,200 employees: many batches, subtotals across them)', async () => {
    const input = tempDir();
    generateAgency(input, 1200);
    const { parts: inThread, workers: none } = await workbookOf(input, String(2 ** 31));
    const { parts: inWorker, workers: one } = await workbookOf(input, '0');
    expect([none, one]).toEqual([0, 1]);
    expect([...inThread.keys()].filter((p) => p.startsWith('xl/worksheets/')).length).toBeGreaterThanOrEqual(8);
    expect([...inWorker.keys()].sort()).toEqual([...inThread.keys()].sort());
    for (const [part, xml] of inThread) expect(inWorker.get(part), part).toBe(xml);
  });
});

/**
 * The workbook worker's body and protocol from the sources (in this thread, over the same channel as
 * in a worker thread), with the runtime options a CLI run passes down: the same workbook as writing
 * it directly, and the fault hooks (a full disk, a program error) through the worker.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPeriod } from '../../src/pipeline.js';
import { runOptions } from '../helpers/run-options.js';
import { readZipDirectory } from '../../src/readers/workbook-limits.js';
import type { RuntimeOptions } from '../../src/runtime/options.js';
import { fixture, tempDir } from '../cli/run-cli.js';

const CONTOH = fixture('contoh');
const IN_WORKER: RuntimeOptions = { thresholds: { xlsxWorkerMinEmployees: 0 } };
const DIRECT: RuntimeOptions = { thresholds: { xlsxWorkerMinEmployees: Number.POSITIVE_INFINITY } };

const options = (out: string) => runOptions(CONTOH, out, { policy: join(CONTOH, 'paket-aturan.yaml'), formats: new Set(['xlsx', 'json']) });

const marks = () => performance.getEntriesByName('kinerja:pekerja-xlsx', 'mark').length;

async function workbookParts(runtime: RuntimeOptions): Promise<Map<string, string>> {
  const out = join(tempDir(), 'hasil');
  const outcome = await runPeriod({ ...options(out), runtime });
  expect(outcome.exitCode).toBe(0);
  const parts = new Map<string, string>();
  for (const entry of await readZipDirectory(join(out, 'kinerja-2026-10.xlsx'))) if (entry.path.startsWith('xl/')) parts.set(entry.path, (await entry.buffer()).toString('utf8'));
  return parts;
}

async function failureOf(runtime: RuntimeOptions): Promise<{ err: unknown; out: string }> {
  const out = join(tempDir(), 'hasil');
  const err = await runPeriod({ ...options(out), runtime }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { err, out };
}

describe('the workbook worker from the sources', () => {
  it('writes the workbook part for part as it is written directly', async () => {
    const before = marks();
    const direct = await workbookParts(DIRECT);
    expect(marks()).toBe(before);
    const viaWorker = await workbookParts(IN_WORKER);
    expect(marks()).toBe(before + 1);
    expect([...viaWorker.keys()].sort()).toEqual([...direct.keys()].sort());
    for (const [part, xml] of direct) expect(viaWorker.get(part), part).toBe(xml);
  });

  it.each([
    ['directly', DIRECT],
    ['through the worker', IN_WORKER],
  ])('a full disk %s is KELUARAN_GAGAL_DITULIS with the ENOSPC error as its cause; nothing is left behind', async (_how, runtime) => {
    const { err, out } = await failureOf({ ...runtime, faults: { workbook: 'ENOSPC' } });
    expect(err).toMatchObject({ code: 'KELUARAN_GAGAL_DITULIS', cause: { code: 'ENOSPC' } });
    expect(readdirSync(dirname(out))).toEqual([]);
  });

  it.each([
    ['directly', DIRECT],
    ['through the worker', IN_WORKER],
  ])('a program error %s reaches the caller as it was thrown', async (_how, runtime) => {
    const { err, out } = await failureOf({ ...runtime, faults: { workbook: 'BUG' } });
    expect(String(err)).toBe('Error: simulated program error in the workbook writer');
    expect((err as Error).stack).toContain('write-xlsx');
    expect(readdirSync(dirname(out))).toEqual([]);
  });
});

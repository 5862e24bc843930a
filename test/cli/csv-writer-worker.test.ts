/**
 * A large period's CSV files are written by a worker thread (reports/write-csv.ts): the same bytes as
 * written in the main thread, and a full disk there is the same KELUARAN_GAGAL_DITULIS, with the old
 * results kept. The full disk is real: the hook sends every CSV file of the results to /dev/full.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAgency } from '../../scripts/bench/generate.mjs';
import { runCli, tempDir } from './run-cli.js';

const AGENCY = tempDir();
generateAgency(AGENCY, 1200);
const args = (out: string, ...more: string[]) => ['run', '--period', '2026-10', '--input', AGENCY, '--out', out, '--format', 'csv,json', ...more];
const IN_WORKER = { KINERJA_TEST_CSV_WRITER_MIN_EMPLOYEES: '0', KINERJA_PROFIL: '1' };
const IN_THREAD = { KINERJA_TEST_CSV_WRITER_MIN_EMPLOYEES: String(2 ** 31), KINERJA_PROFIL: '1' };

const csvFiles = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.csv')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
const writers = (stderr: string) => (JSON.parse(stderr.split('\n').find((l) => l.startsWith('KINERJA_PROFIL '))!.slice('KINERJA_PROFIL '.length)) as { csvWriterWorkers: number }).csvWriterWorkers;

describe('the CSV files written by a worker thread', () => {
  it('are byte for byte those written in the main thread (1,200 employees: many batches; bank files, SIPD)', () => {
    const a = join(tempDir(), 'hasil');
    const b = join(tempDir(), 'hasil');
    const here = runCli(args(a, '--quiet'), { env: IN_THREAD });
    const there = runCli(args(b, '--quiet'), { env: IN_WORKER });
    expect([here.status, there.status]).toEqual([0, 0]);
    expect([writers(here.stderr), writers(there.stderr)]).toEqual([0, 1]);
    const files = csvFiles(a);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['pegawai.csv', 'tpp.csv', 'sipd_nominatif.csv', 'validasi.csv']));
    expect(Object.keys(files).filter((f) => f.startsWith('bank_')).length).toBeGreaterThan(0);
    expect(files['pegawai.csv']!.split('\n').length).toBe(1202);
    expect(csvFiles(b)).toEqual(files);
  });

  it('only while no workbook worker runs: three busy threads on two cores made M slower', () => {
    const profile = (stderr: string) => JSON.parse(stderr.split('\n').find((l) => l.startsWith('KINERJA_PROFIL '))!.slice('KINERJA_PROFIL '.length)) as { csvWriterWorkers: number; workbookWorkers: number };
    const run = (xlsxWorkerMin: string) => {
      const r = runCli(['run', '--period', '2026-10', '--input', AGENCY, '--out', join(tempDir(), 'hasil'), '--quiet'], { env: { ...IN_WORKER, KINERJA_TEST_XLSX_WORKER_MIN_EMPLOYEES: xlsxWorkerMin } });
      expect(r.status, r.stderr).toBe(0);
      const { csvWriterWorkers, workbookWorkers } = profile(r.stderr);
      return [workbookWorkers, csvWriterWorkers];
    };
    expect(run('0')).toEqual([1, 0]);
    expect(run(String(2 ** 31))).toEqual([0, 1]);
  });

  it.each([
    ['in the main thread', IN_THREAD],
    ['in the worker', IN_WORKER],
  ])('a full disk %s is KELUARAN_GAGAL_DITULIS (exit 2); the old results are kept, nothing is left behind', (_where, env) => {
    const out = join(tempDir(), 'hasil');
    expect(runCli(args(out, '--quiet'), { env }).status).toBe(0);
    const before = csvFiles(out);
    const failed = runCli(args(out, '--force'), { env: { ...env, KINERJA_TEST_CSV_GAGAL: 'ENOSPC' } });
    expect(failed.status, failed.stderr).toBe(2);
    expect(failed.stderr).toContain(`galat [KELUARAN_GAGAL_DITULIS]: Hasil tidak dapat ditulis untuk ${out}: disk penuh (ENOSPC).`);
    expect(failed.stderr).not.toMatch(/^\s+at /m);
    expect(csvFiles(out)).toEqual(before);
    expect(readdirSync(dirname(out)).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 120_000);
});

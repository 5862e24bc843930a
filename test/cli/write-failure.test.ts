/**
 * A report that cannot be written (a full disk, no permission) while the workbook is being written,
 * in the main thread and in the workbook worker: the officer gets a code and what to do, never a
 * stack trace; the previous results stay as they were and nothing is left behind.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';

const CONTOH = fixture('contoh');
const RESULT_FILES = ['pegawai.csv', 'unit.csv', 'tpp.csv', 'tindak_lanjut.csv', 'validasi.csv', 'ringkasan.json', 'kinerja-2026-10.xlsx'];
const STACK_LINE = /^\s+at /m;

const runArgs = (out: string, ...more: string[]) => ['run', '--period', '2026-10', '--input', CONTOH, '--policy', join(CONTOH, 'paket-aturan.yaml'), '--out', out, ...more];
const snapshot = (dir: string) => Object.fromEntries(RESULT_FILES.map((f) => [f, readFileSync(join(dir, f))]));
const leftovers = (out: string) => readdirSync(dirname(out)).filter((n) => n.startsWith('.'));

describe.each([
  ['in the main thread', '1000000'],
  ['in the workbook worker', '0'],
])('a write failure of the workbook %s', (_where, workerMinEmployees) => {
  const env = { KINERJA_TEST_XLSX_WORKER_MIN_EMPLOYEES: workerMinEmployees };

  it('a full disk is KELUARAN_GAGAL_DITULIS (exit 2) with what to do; the old results are kept, nothing is left behind', () => {
    const out = join(tempDir(), 'hasil');
    expect(runCli(runArgs(out, '--quiet'), { env }).status).toBe(0);
    const before = snapshot(out);

    const failed = runCli(runArgs(out, '--force'), { env: { ...env, KINERJA_TEST_XLSX_GAGAL: 'ENOSPC' } });
    expect(failed.status, failed.stderr).toBe(2);
    expect(failed.stderr).toContain('galat [KELUARAN_GAGAL_DITULIS]: Laporan tidak dapat ditulis untuk');
    expect(failed.stderr).toContain('disk penuh (ENOSPC)');
    expect(failed.stderr).toContain('Saran: Kosongkan ruang disk');
    expect(failed.stderr).not.toMatch(STACK_LINE);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);

    const json = runCli(runArgs(out, '--force', '--json', '--lang', 'en'), { env: { ...env, KINERJA_TEST_XLSX_GAGAL: 'EACCES' } });
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({ kode_keluar: 2, galat: { kode: 'KELUARAN_GAGAL_DITULIS', pesan: expect.stringContaining('no permission to write (EACCES)') } });
    expect(snapshot(out)).toEqual(before);

    // The lock was released: the next run replaces the results.
    expect(runCli(runArgs(out, '--force', '--quiet'), { env }).status).toBe(0);
    expect(leftovers(out)).toEqual([]);
  });

  it('a program error is exit 3 without a stack trace; --debug shows it', () => {
    const out = join(tempDir(), 'hasil');
    const bug = { ...env, KINERJA_TEST_XLSX_GAGAL: 'BUG' };
    const plain = runCli(runArgs(out), { env: bug });
    expect(plain.status).toBe(3);
    expect(plain.stderr).toContain('galat [GALAT_PROGRAM]: Error: simulated program error in the workbook writer');
    expect(plain.stderr).toContain('jalankan lagi dengan --debug');
    expect(plain.stderr).not.toMatch(STACK_LINE);
    const debug = runCli(runArgs(out, '--debug'), { env: bug });
    expect(debug.status).toBe(3);
    expect(debug.stderr).toMatch(STACK_LINE);
    expect(debug.stderr).toContain('write-xlsx.js');
    expect(leftovers(out)).toEqual([]);
  });
});

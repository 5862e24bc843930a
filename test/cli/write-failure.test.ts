/**
 * Results that cannot be written (a full disk while the workbook is written, in the main thread and
 * in the workbook worker; a folder nobody may write to): the officer gets a code and what to do,
 * never a stack trace or a hang; the previous results stay as they were and nothing is left behind.
 * The full disk is real: the hook sends the workbook to /dev/full, where every write fails ENOSPC.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAgency } from '../../scripts/bench/generate.mjs';
import { fixture, runCli, tempDir } from './run-cli.js';

const CONTOH = fixture('contoh');
const RESULT_FILES = ['pegawai.csv', 'unit.csv', 'tpp.csv', 'tindak_lanjut.csv', 'validasi.csv', 'ringkasan.json', 'kinerja-2026-10.xlsx'];
const STACK_LINE = /^\s+at /m;

const runArgs = (out: string, ...more: string[]) => ['run', '--period', '2026-10', '--input', CONTOH, '--policy', join(CONTOH, 'paket-aturan.yaml'), '--out', out, ...more];
// Big enough that the workbook's bytes reach the file while rows are still being written (a small
// workbook is written out only at its commit, where exceljs itself listens for the file's errors).
const AGENCY = tempDir();
generateAgency(AGENCY, 1200);
const agencyArgs = (out: string, ...more: string[]) => ['run', '--period', '2026-10', '--input', AGENCY, '--out', out, ...more];
const snapshot = (dir: string) => Object.fromEntries(RESULT_FILES.map((f) => [f, readFileSync(join(dir, f))]));
const leftovers = (out: string) => readdirSync(dirname(out)).filter((n) => n.startsWith('.'));

describe.each([
  ['in the main thread', '1000000'],
  ['in the workbook worker', '0'],
])('a write failure of the workbook %s', (_where, workerMinEmployees) => {
  const env = { KINERJA_TEST_XLSX_WORKER_MIN_EMPLOYEES: workerMinEmployees };

  it('a full disk is KELUARAN_GAGAL_DITULIS (exit 2) with what to do; the old results are kept, nothing is left behind', () => {
    const out = join(tempDir(), 'hasil');
    expect(runCli(agencyArgs(out, '--quiet'), { env }).status).toBe(0);
    const before = snapshot(out);

    const failed = runCli(agencyArgs(out, '--force'), { env: { ...env, KINERJA_TEST_XLSX_GAGAL: 'ENOSPC' } });
    expect(failed.status, failed.stderr).toBe(2);
    expect(failed.stderr).toContain(`galat [KELUARAN_GAGAL_DITULIS]: Hasil tidak dapat ditulis untuk ${out}: disk penuh (ENOSPC). Hasil sebelumnya di folder itu tidak diubah.`);
    expect(failed.stderr).toContain('Saran: Kosongkan ruang disk');
    expect(failed.stderr).not.toMatch(STACK_LINE);
    expect(snapshot(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);

    // --json answers in machine form; --debug adds the operating system's own error.
    const json = runCli(agencyArgs(out, '--force', '--json', '--lang', 'en', '--debug'), { env: { ...env, KINERJA_TEST_XLSX_GAGAL: 'ENOSPC' } });
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toMatchObject({
      kode_keluar: 2,
      galat: { kode: 'KELUARAN_GAGAL_DITULIS', pesan: expect.stringContaining('the disk is full (ENOSPC)') as string, saran: expect.stringContaining('Free disk space') as string },
    });
    expect(json.stderr).toContain('ENOSPC: no space left on device');
    expect(snapshot(out)).toEqual(before);
    // No lock and no staging folder left: the next run may start.
    expect(leftovers(out)).toEqual([]);
  }, 180_000);

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

/** True when this user cannot create a file in `dir` (sysfs refuses even root). */
function unwritable(dir: string): boolean {
  try {
    writeFileSync(join(dir, '.kinerja-probe'), '');
    rmSync(join(dir, '.kinerja-probe'));
    return false;
  } catch {
    return true;
  }
}

describe('an output folder in a place nobody may write to', () => {
  it.skipIf(!unwritable('/sys'))('is KELUARAN_GAGAL_DITULIS (exit 2) saying what to do, not a program error', () => {
    const r = runCli(runArgs('/sys/hasil-kinerja'));
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/galat \[KELUARAN_GAGAL_DITULIS\]: Hasil tidak dapat ditulis untuk \/sys\/hasil-kinerja: (tidak ada izin menulis \(EACCES\)|disk hanya-baca \(EROFS\))/);
    expect(r.stderr).toContain('Saran: Pilih --out di folder yang boleh ditulis');
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

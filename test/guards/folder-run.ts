/** Shared helpers of the input-folder tests: copy a fixture, run the CLI on it, read what it wrote. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT, fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';

export const RINA = '199001152015021002';
export const BUDI = '198503172010011003';

/** A copy of a fixture folder that a test may change. */
export function copyOf(name: string): string {
  const dir = join(tempDir(), name);
  cpSync(fixture(name), dir, { recursive: true });
  return dir;
}

/** `kinerja run` on a folder (CSV and JSON outputs), from `cwd`. */
export function run(input: string, extra: string[] = [], cwd = ROOT): { status: number; stderr: string; stdout: string; out: string } {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', input, '--out', out, '--format', 'csv,json', ...extra], { cwd });
  return { ...r, out };
}

/** `--json` run: the error object of a stopped discovery. */
export function galat(input: string, extra: string[] = []): { status: number; kode: string; pesan: string; rincian: string[]; saran: string | null } {
  const r = run(input, [...extra, '--json']);
  const parsed = JSON.parse(r.stdout) as { galat?: { kode: string; pesan: string; rincian: string[]; saran: string | null } };
  expect(parsed.galat, r.stdout + r.stderr).toBeDefined();
  return { status: r.status, ...parsed.galat! };
}

/** The run's ringkasan.json. */
export function ringkasan(out: string): { berkas: { nama: string; dibaca: number; dipakai: number }[]; berkas_tidak_dipakai: { nama: string; alasan: string }[] } {
  return readRingkasan(out);
}

/** One employee's pegawai.csv row. */
export function employee(out: string, nip: string): Record<string, string> {
  return readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === nip)!;
}

/** Spawns the built CLI the way a user or a cron job does. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';

export const ROOT = resolve(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'kinerja.js');

/** Result of one CLI run. */
export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs `kinerja …` with NO_COLOR set and no TTY. */
export function runCli(args: string[], options: { env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', KINERJA_LANG: '', ...options.env },
    encoding: 'utf8',
    // A hung run is killed and fails its test (status -1) instead of blocking the whole suite.
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'kinerja-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A fixture folder by name. */
export function fixture(name: string): string {
  return join(ROOT, 'fixtures', name);
}

/** Reads a CSV written by the tool into objects keyed by its header. */
export function readCsv(path: string, delimiter = ','): Record<string, string>[] {
  return parse<Record<string, string>>(readFileSync(path, 'utf8'), { columns: true, bom: true, delimiter });
}

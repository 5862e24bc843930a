import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, ROOT, runCli, tempDir } from './run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';

const CONTOH = fixture('contoh');
const RESULT_FILES = ['pegawai.csv', 'unit.csv', 'tpp.csv', 'tindak_lanjut.csv', 'validasi.csv', 'ringkasan.json', 'kinerja-2026-10.xlsx',
  // The finance exports of the sample agency: five banks, everyone paid has an account.
  'sipd_nominatif.csv', 'bank_jateng.csv', 'bank_mandiri.csv', 'bank_bni.csv', 'bank_bri.csv', 'bank_bsi.csv'];

function runArgs(out: string, ...more: string[]): string[] {
  return ['run', '--period', '2026-10', '--input', CONTOH, '--policy', join(CONTOH, 'paket-aturan.yaml'), '--out', out, '--quiet', ...more];
}

function startRun(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'bin', 'kinerja.js'), ...args], { env: { ...process.env, NO_COLOR: '1', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** Resolves when the child prints `KINERJA_TEST_PAUSE <point>` on stderr. */
function pausedAt(child: ChildProcess, point: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stderr!.on('data', (d: Buffer) => {
      seen += d.toString();
      if (seen.includes(`KINERJA_TEST_PAUSE ${point}`)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`exited ${code} before pausing: ${seen}`)));
  });
}

/** Kills the child; resolves at once when it had already finished (a fast run can beat the delay). */
function killed(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.on('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const snapshot = (dir: string) => Object.fromEntries(RESULT_FILES.map((f) => [f, readFileSync(join(dir, f))]));
const leftovers = (out: string) => readdirSync(dirname(out)).filter((n) => n.startsWith('.'));

describe('a run killed while it writes never leaves wrong or half-written results', () => {
  const out = join(tempDir(), 'hasil');
  const first = runCli(runArgs(out));
  const before = snapshot(out);

  it('the first run wrote complete results', () => {
    expect(first.status).toBe(0);
    expect(leftovers(out)).toEqual([]);
  });

  it('killed with the new results complete but not yet in place: the old results are untouched, a second run meanwhile is refused', async () => {
    const child = startRun(runArgs(out, '--force'), { KINERJA_TEST_PAUSE: 'sebelum-ganti' });
    await pausedAt(child, 'sebelum-ganti');
    const second = runCli(runArgs(out, '--force'));
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('KELUARAN_TERKUNCI');
    await killed(child);
    expect(snapshot(out)).toEqual(before);
    const next = runCli(runArgs(out, '--force'));
    expect(next.status).toBe(0);
    expect(leftovers(out)).toEqual([]);
  });

  it('killed between moving the old results aside and putting the new ones in place: the next run restores them', async () => {
    const child = startRun(runArgs(out, '--force'), { KINERJA_TEST_PAUSE: 'tengah-ganti' });
    await pausedAt(child, 'tengah-ganti');
    await killed(child);
    expect(existsSync(out)).toBe(false);
    // Without --force the restored results are protected again: exit 2, and they are back intact.
    const next = runCli(runArgs(out));
    expect(next.status).toBe(2);
    expect(next.stderr).toContain('HASIL_SUDAH_ADA');
    const restored = snapshot(out);
    for (const f of RESULT_FILES.filter((f) => f !== 'ringkasan.json' && !f.endsWith('.xlsx'))) expect(restored[f], f).toEqual(before[f]);
    expect(leftovers(out)).toEqual([]);
  });

  it('killed at arbitrary moments, again and again: the folder is always either the old or the new complete results', async () => {
    const expectedPegawai = before['pegawai.csv'];
    for (const delay of [40, 900, 250, 1300, 600, 120, 1700, 450]) {
      const child = startRun(runArgs(out, '--force'));
      await new Promise((r) => setTimeout(r, delay));
      await killed(child);
      if (existsSync(out)) {
        expect(readdirSync(out).sort(), `killed after ${delay} ms`).toEqual([...RESULT_FILES].sort());
        expect(readFileSync(join(out, 'pegawai.csv')), `killed after ${delay} ms`).toEqual(expectedPegawai);
        expect(readRingkasan(out).kode_keluar).toBe(0);
      }
    }
    const last = runCli(runArgs(out, '--force'));
    expect(last.status).toBe(0);
    expect(leftovers(out)).toEqual([]);
    expect(readFileSync(join(out, 'pegawai.csv'))).toEqual(expectedPegawai);
  }, 180_000);
});

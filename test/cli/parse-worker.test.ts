import { readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';
import { generateAgency } from '../../scripts/bench/generate.mjs';

const ALWAYS = { KINERJA_TEST_WORKER_MIN_BYTES: '0' };
const NEVER = { KINERJA_TEST_WORKER_MIN_BYTES: String(2 ** 50) };
const SPLIT = { KINERJA_TEST_WORKER_MIN_BYTES: '0', KINERJA_TEST_SPLIT_MIN_BYTES: '0' };

/** A generated agency of 300 employees: its attendance log (~6,600 rows) spans many 500-row batches. */
function generatedAgency(): { dir: string; presensi: string } {
  const dir = tempDir();
  generateAgency(dir, 300);
  const presensi = readdirSync(dir).find((f) => f.startsWith('presensi'))!;
  return { dir, presensi: join(dir, presensi) };
}

/** Runs a fixture folder; returns the exit code, stderr, the parse workers used, the files split in halves and every CSV written. */
function runFixture(input: string, env: Record<string, string>, extra: string[] = []) {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', input, '--out', out, '--format', 'csv,json', '--quiet', ...extra], { env: { ...env, KINERJA_PROFIL: '1' } });
  const profileLine = r.stderr.split('\n').find((l) => l.startsWith('KINERJA_PROFIL '));
  const profile = profileLine ? (JSON.parse(profileLine.slice('KINERJA_PROFIL '.length)) as { parseWorkers: number; parseAheadWorkers: number; splitFiles: number }) : undefined;
  const workers = profile?.parseWorkers ?? -1;
  const aheadWorkers = profile?.parseAheadWorkers ?? -1;
  const splitFiles = profile?.splitFiles ?? -1;
  const files: Record<string, string> = {};
  if (r.status <= 1) for (const f of readdirSync(out).filter((f) => f.endsWith('.csv'))) files[f] = readFileSync(join(out, f), 'utf8');
  return { status: r.status, stderr: r.stderr.replace(/^KINERJA_PROFIL .*$/m, ''), workers, aheadWorkers, splitFiles, files };
}

describe('CSV parsed in worker threads reads exactly as in the reading thread', () => {
  it.each([
    ['contoh', ['--policy', join(fixture('contoh'), 'paket-aturan.yaml')]],
    ['csv-excel-indonesia', []],
    ['teks-utf16', []],
    ['win1252-pipa', []],
  ])('%s: same exit code and byte-identical CSV reports', (name, extra) => {
    const input = fixture(name);
    const inThread = runFixture(input, NEVER, extra);
    const inWorkers = runFixture(input, ALWAYS, extra);
    expect(inThread.workers).toBe(0);
    expect(inWorkers.workers).toBeGreaterThanOrEqual(3);
    expect(inWorkers.status).toBe(inThread.status);
    expect(Object.keys(inWorkers.files).sort()).toEqual(Object.keys(inThread.files).sort());
    expect(Object.keys(inThread.files).length).toBeGreaterThanOrEqual(5);
    for (const [file, text] of Object.entries(inThread.files)) expect(inWorkers.files[file], file).toBe(text);
  });

  it('a file csv-parse rejects gives the same BERKAS_RUSAK, naming the same row', () => {
    const dir = tempDir();
    const source = fixture('worked-example');
    for (const f of readdirSync(source)) copyFileSync(join(source, f), join(dir, f));
    const presensi = join(dir, 'presensi.csv');
    const lines = readFileSync(presensi, 'utf8').split('\n');
    lines.splice(12, 0, '"198503172010011003;unclosed quote');
    writeFileSync(presensi, lines.join('\n'));
    const inThread = runFixture(dir, NEVER);
    const inWorkers = runFixture(dir, ALWAYS);
    expect(inThread.status).toBe(2);
    expect(inThread.stderr).toMatch(/BERKAS_RUSAK[\s\S]*baris 13/);
    expect(inWorkers.status).toBe(2);
    expect(inWorkers.stderr).toBe(inThread.stderr);
  });
});

describe('inputs parsed ahead of the reader within the run\'s budget', () => {
  it('every file but the staff file without a window when the budget allows, none at 0; the reports are byte-identical', () => {
    const { dir } = generatedAgency();
    const inThread = runFixture(dir, NEVER);
    const windowed = runFixture(dir, { ...ALWAYS, KINERJA_TEST_PARSE_AHEAD_BYTES: '0' });
    const ahead = runFixture(dir, { ...ALWAYS, KINERJA_TEST_PARSE_AHEAD_BYTES: String(2 ** 40) });
    expect(windowed.workers).toBeGreaterThanOrEqual(4);
    expect(windowed.aheadWorkers).toBe(0);
    // The staff file is folded as it is opened: it never takes the budget.
    expect(ahead.aheadWorkers).toBe(ahead.workers - 1);
    for (const run of [windowed, ahead]) {
      expect(run.status).toBe(inThread.status);
      expect(Object.keys(run.files).sort()).toEqual(Object.keys(inThread.files).sort());
      for (const [file, text] of Object.entries(inThread.files)) expect(run.files[file], file).toBe(text);
    }
  });
});

describe('a large attendance log parsed in two halves at once', () => {
  it('gives byte-identical reports, validasi.csv included, to reading it in order', () => {
    const { dir } = generatedAgency();
    const inOrder = runFixture(dir, NEVER);
    const inHalves = runFixture(dir, SPLIT);
    expect(inOrder.splitFiles).toBe(0);
    expect(inHalves.splitFiles).toBe(1);
    expect(inHalves.status).toBe(inOrder.status);
    expect(Object.keys(inOrder.files)).toContain('validasi.csv');
    for (const [file, text] of Object.entries(inOrder.files)) expect(inHalves.files[file], file).toBe(text);
  });

  it('a quote in the first half (records not countable by line) is read by one worker, same result', () => {
    const { dir, presensi } = generatedAgency();
    const lines = readFileSync(presensi, 'utf8').split('\n');
    lines[5] = lines[5]!.replace(/;([^;]*);/, ';"$1";');
    writeFileSync(presensi, lines.join('\n'));
    const inOrder = runFixture(dir, NEVER);
    const inHalves = runFixture(dir, SPLIT);
    expect(inHalves.splitFiles).toBe(0);
    expect(inHalves.workers).toBeGreaterThan(0);
    expect(inOrder.files['pegawai.csv']).toBeDefined();
    for (const [file, text] of Object.entries(inOrder.files)) expect(inHalves.files[file], file).toBe(text);
  });

  it('a broken record in the second half is named by its row and line in the whole file', () => {
    const { dir, presensi } = generatedAgency();
    const lines = readFileSync(presensi, 'utf8').split('\n');
    const row = lines.length - 40;
    lines[row - 1] = `"${lines[row - 1]}`;
    writeFileSync(presensi, lines.join('\n'));
    const inOrder = runFixture(dir, NEVER);
    const inHalves = runFixture(dir, SPLIT);
    expect(inOrder.status).toBe(2);
    // The unclosed quote is named by the row where it opens (csv-parse's own line count is not shown).
    expect(inOrder.stderr).toContain(`dibuka di sekitar baris ${row} tidak pernah ditutup`);
    expect(inOrder.stderr).not.toMatch(/line \d+/);
    expect(inHalves.splitFiles).toBe(1);
    expect(inHalves.stderr).toBe(inOrder.stderr);
  });
});

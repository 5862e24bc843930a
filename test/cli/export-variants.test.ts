import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';

/** The same agency exported four ways must give byte-identical results (SPEC §5 reproducibility). */
describe('one agency, four exports', () => {
  const run = (name: string, tz: string) => {
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', fixture(name), '--out', out, '--format', 'csv'], { env: { TZ: tz } });
    expect(r.status, r.stderr).toBe(0);
    return readFileSync(join(out, 'pegawai.csv'), 'utf8');
  };
  const reference = run('worked-example', 'UTC');

  it.each([
    ['csv-excel-indonesia', 'UTC'],
    ['teks-utf16', 'UTC'],
    ['xlsx-baris-judul', 'UTC'],
    ['xlsx-baris-judul', 'Asia/Jakarta'],
    ['xlsx-baris-judul', 'America/New_York'],
  ])('%s under TZ=%s gives the same pegawai.csv', (name, tz) => {
    expect(run(name, tz)).toBe(reference);
  });
});

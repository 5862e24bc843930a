import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileWanted, runtimeOptionsFromEnv } from '../../src/cli/runtime-env.js';
import { ROOT } from './run-cli.js';

describe('the test hooks in the environment are read by the CLI only', () => {
  it('become runtime options: faults and thresholds; none when unset or empty', () => {
    expect(runtimeOptionsFromEnv({})).toEqual({});
    expect(runtimeOptionsFromEnv({ KINERJA_TEST_XLSX_GAGAL: '', KINERJA_TEST_PAUSE: '', KINERJA_TEST_WORKER_MIN_BYTES: '' })).toEqual({});
    expect(
      runtimeOptionsFromEnv({
        KINERJA_TEST_XLSX_GAGAL: 'ENOSPC',
        KINERJA_TEST_PAUSE: 'tengah-ganti',
        KINERJA_TEST_WORKER_MIN_BYTES: '0',
        KINERJA_TEST_SPLIT_MIN_BYTES: '1',
        KINERJA_TEST_XLSX_WORKER_MIN_EMPLOYEES: '1000000',
        KINERJA_TEST_CSV_WRITER_MIN_EMPLOYEES: '7',
        KINERJA_TEST_CSV_GAGAL: 'ENOSPC',
      }),
    ).toEqual({
      faults: { workbook: 'ENOSPC', csv: 'ENOSPC', pauseAt: 'tengah-ganti' },
      thresholds: { csvWorkerMinBytes: 0, csvSplitMinBytes: 1, xlsxWorkerMinEmployees: 1_000_000, csvWriterMinEmployees: 7 },
    });
    expect(runtimeOptionsFromEnv({ KINERJA_TEST_XLSX_GAGAL: 'something else' })).toEqual({});
    expect([profileWanted({ KINERJA_PROFIL: '1' }), profileWanted({ KINERJA_PROFIL: '0' }), profileWanted({})]).toEqual([true, false, false]);
  });

  it('no module below src/cli reads the environment', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const readers = files(join(ROOT, 'src'))
      .filter((f) => !relative(ROOT, f).startsWith(join('src', 'cli')))
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(readers).toEqual([]);
  });

  it('timings go through runtime/profile.ts', () => {
    const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
    const raw = files(join(ROOT, 'src'))
      .filter((f) => !relative(ROOT, f).startsWith(join('src', 'runtime')))
      .filter((f) => /\bperformance\./.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(raw).toEqual([]);
  });
});

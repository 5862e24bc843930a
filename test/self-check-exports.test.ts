/** The self-check of the finance exports inside a run: a ringkasan.json line that its file does not add up to is exit 3, nothing written. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KinerjaError } from '../src/errors.js';
import { runPeriod } from '../src/pipeline.js';
import { fixture, tempDir } from './cli/run-cli.js';
import { runOptions } from './helpers/run-options.js';

// The grouping one rupiah off what its employees are paid: the bug this check exists to catch.
vi.mock('../src/reports/finance-exports.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/reports/finance-exports.js')>();
  return {
    ...real,
    buildFinanceExports: (...args: Parameters<typeof real.buildFinanceExports>) => {
      const finance = real.buildFinanceExports(...args);
      return { ...finance, tanpaRekeningJumlah: finance.tanpaRekeningJumlah + 1 };
    },
  };
});

describe('self-check of the finance exports in a run', () => {
  it('is exit 3 with the figures, and nothing is written', async () => {
    const out = join(tempDir(), 'hasil');
    const failure = await runPeriod(runOptions(fixture('worked-example'), out)).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(failure).toBeInstanceOf(KinerjaError);
    const err = failure as KinerjaError;
    expect([err.code, err.exitCode]).toEqual(['PEMERIKSAAN_DIRI_GAGAL', 3]);
    // Worked example, no account columns: both are without an account, 4,559,000 + 3,108,411 = 7,667,411.
    // The rows still add up to the net: only the line that describes them is wrong.
    expect(err.details).toEqual(['tanpa_rekening: jumlah baris 7667411 ≠ ringkasan.json 7667412']);
    expect(existsSync(out)).toBe(false);
  });
});

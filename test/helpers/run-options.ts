/** Options of an in-process `run` for October 2026, with a fixed clock; override what a test varies. */
import { parsePeriodOption } from '../../src/cli/options.js';
import type { RunOptions } from '../../src/pipeline.js';

export function runOptions(inputDir: string, out: string, overrides: Partial<RunOptions> = {}): RunOptions {
  return {
    command: 'run',
    period: parsePeriodOption('2026-10'),
    inputDir,
    explicit: {},
    out,
    formats: new Set(['csv', 'json', 'xlsx']),
    strict: false,
    force: false,
    lang: 'id',
    csvLocale: 'intl',
    version: 'test',
    now: () => new Date('2026-11-05T08:00:00Z'),
    ...overrides,
  };
}

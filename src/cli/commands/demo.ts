/** `kinerja demo`: `run` on the bundled sample agency into ./hasil-demo/, replacing an earlier demo. */
import { join } from 'node:path';
import type { ExitCode } from '../../errors.js';
import { PACKAGE_ROOT } from '../../package-info.js';
import type { Terminal } from '../terminal.js';
import { runCommand } from './run.js';
import { parsePeriodOption } from '../options.js';

/** The sample agency and the month its files cover. */
const DEMO_INPUT = join(PACKAGE_ROOT, 'fixtures', 'contoh');
const DEMO_PERIOD = '2026-10';

/** Runs the demo; returns the exit code. */
export async function demoCommand(term: Terminal, flags: { csvLocale?: 'id' | 'intl' }): Promise<ExitCode> {
  return runCommand(
    'run',
    {
      period: parsePeriodOption(DEMO_PERIOD),
      input: DEMO_INPUT,
      policy: join(DEMO_INPUT, 'paket-aturan.yaml'),
      out: 'hasil-demo',
      ...(flags.csvLocale ? { csvLocale: flags.csvLocale } : {}),
    },
    term,
    // The sample agency's results: the user's own archive (hasil) is not theirs to check.
    { force: true, defaultArchive: null },
  );
}

/**
 * The environment variables that tests and `npm run bench` set on the CLI, read here once and
 * passed down as runtime options: product modules never read the environment for them.
 *
 * - `KINERJA_TEST_XLSX_GAGAL=ENOSPC|BUG`: the workbook writer fails (runtime/faults.ts).
 * - `KINERJA_TEST_CSV_GAGAL=ENOSPC`: the CSV files go to /dev/full.
 * - `KINERJA_TEST_PAUSE=<point>`: the output folder's commit pauses there until killed.
 * - `KINERJA_TEST_WORKER_MIN_BYTES`, `KINERJA_TEST_SPLIT_MIN_BYTES`, `KINERJA_TEST_PARSE_AHEAD_BYTES`,
 *   `KINERJA_TEST_XLSX_WORKER_MIN_EMPLOYEES`, `KINERJA_TEST_CSV_WRITER_MIN_EMPLOYEES`: the sizes from which work goes to workers.
 * - `KINERJA_PROFIL=1`: print the run's timeline when it ends (cli/main.ts).
 */
import type { FaultHooks } from '../runtime/faults.js';
import type { RuntimeOptions, Thresholds } from '../runtime/options.js';

const THRESHOLDS: [keyof Thresholds, string][] = [
  ['csvWorkerMinBytes', 'KINERJA_TEST_WORKER_MIN_BYTES'],
  ['csvSplitMinBytes', 'KINERJA_TEST_SPLIT_MIN_BYTES'],
  ['csvParseAheadBytes', 'KINERJA_TEST_PARSE_AHEAD_BYTES'],
  ['xlsxWorkerMinEmployees', 'KINERJA_TEST_XLSX_WORKER_MIN_EMPLOYEES'],
  ['csvWriterMinEmployees', 'KINERJA_TEST_CSV_WRITER_MIN_EMPLOYEES'],
];

/** The runtime options the environment asks for (none in normal use). */
export function runtimeOptionsFromEnv(env: NodeJS.ProcessEnv): RuntimeOptions {
  const faults: FaultHooks = {};
  const workbook = env['KINERJA_TEST_XLSX_GAGAL'];
  if (workbook === 'ENOSPC' || workbook === 'BUG') faults.workbook = workbook;
  if (env['KINERJA_TEST_CSV_GAGAL'] === 'ENOSPC') faults.csv = 'ENOSPC';
  const pause = env['KINERJA_TEST_PAUSE'];
  if (pause !== undefined && pause !== '') faults.pauseAt = pause;
  const thresholds: Partial<Thresholds> = {};
  for (const [name, variable] of THRESHOLDS) {
    const value = env[variable];
    if (value !== undefined && value !== '') thresholds[name] = Number(value);
  }
  return { ...(Object.keys(faults).length > 0 ? { faults } : {}), ...(Object.keys(thresholds).length > 0 ? { thresholds } : {}) };
}

/** Whether the run's timeline is printed when it ends. */
export function profileWanted(env: NodeJS.ProcessEnv): boolean {
  return env['KINERJA_PROFIL'] === '1';
}

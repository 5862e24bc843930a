/**
 * Faults a test may ask a run for (write failures, a pause to kill the process at); none in normal
 * use. The CLI reads them from the environment (cli/runtime-env.ts) and passes them down; product
 * modules never read the environment for them. Plain data, so a worker can take them in its job.
 */

/** Where the output folder's commit may pause. */
export type PausePoint = 'sebelum-ganti' | 'tengah-ganti';

export interface FaultHooks {
  /**
   * The workbook writer fails: `ENOSPC` writes the workbook to /dev/full, where the operating system
   * fails every write with ENOSPC as a full disk does; `BUG` throws a program error after the first
   * table sheet.
   */
  workbook?: 'ENOSPC' | 'BUG';
  /** The CSV writer fails: `ENOSPC` writes every CSV file to /dev/full. */
  csv?: 'ENOSPC';
  /** The output folder's commit stops at this point, saying so on stderr, until the process is killed. */
  pauseAt?: string;
}

/** The file the workbook is written to: `path`, or /dev/full for a simulated full disk. */
export function workbookTarget(faults: FaultHooks | undefined, path: string): string {
  return faults?.workbook === 'ENOSPC' ? '/dev/full' : path;
}

/** The file a CSV file is written to: `path`, or /dev/full for a simulated full disk. */
export function csvTarget(faults: FaultHooks | undefined, path: string): string {
  return faults?.csv === 'ENOSPC' ? '/dev/full' : path;
}

/** Throws the simulated program error of the workbook writer, when asked for. */
export function failForTest(faults: FaultHooks | undefined): void {
  if (faults?.workbook === 'BUG') throw new Error('simulated program error in the workbook writer');
}

/** Stops here until the process is killed, when the run was asked to pause at `point`. */
export async function pauseForTest(faults: FaultHooks | undefined, point: PausePoint): Promise<void> {
  if (faults?.pauseAt !== point) return;
  process.stderr.write(`KINERJA_TEST_PAUSE ${point}\n`);
  await new Promise(() => setInterval(() => undefined, 60_000));
}

/** Writes `ringkasan.json`: pretty-printed, keys in a fixed order, `\n` line ends. */
import { writeFile } from 'node:fs/promises';
import type { Ringkasan } from './build-report.js';

/** Writes the run summary. */
export async function writeRingkasan(path: string, ringkasan: Ringkasan): Promise<void> {
  await writeFile(path, `${JSON.stringify(ringkasan, null, 2)}\n`, 'utf8');
}

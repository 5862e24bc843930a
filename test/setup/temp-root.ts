/**
 * Global setup: every temporary folder of a test run (tests', and the CLI runs' they spawn) goes under
 * one folder, removed when the run ends. Left in the system's temp folder they piled up by the
 * hundred, and a paid-period folder a test made there stopped a later `kinerja run --out /tmp/…`
 * (the archive check reads the output folder's parent).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'kinerja-suite-'));
  // Read by os.tmpdir() in the test workers and the processes they start, which inherit it.
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}

/** A reader that closes the pipe early (`kinerja --help | head -1`) ends the command quietly. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixture, tempDir } from './run-cli.js';

const BIN = join(ROOT, 'bin', 'kinerja.js');

/** Runs `kinerja <args> | head -c 1` in bash; returns kinerja's own exit status and its stderr. */
function piped(args: string): { status: string; stderr: string } {
  const r = spawnSync('bash', ['-c', `node ${BIN} ${args} 2>"$ERR" | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"; cat "$ERR"`], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ERR: join(tempDir(), 'stderr.txt') },
  });
  const [status = '', ...rest] = r.stdout.split('\n');
  return { status, stderr: rest.join('\n') };
}

describe('EPIPE on stdout', () => {
  it('--help piped into head: exit 0, no stack trace', () => {
    const r = piped('--help');
    expect(r.status).toBe('0');
    expect(r.stderr).not.toContain('EPIPE');
  });
  it('a run whose --json summary is piped into head keeps the run’s own exit code', () => {
    const r = piped(`run --period 2026-10 --input ${fixture('worked-example')} --out ${join(tempDir(), 'hasil')} --json`);
    expect(r.status).toBe('0');
    expect(r.stderr).not.toContain('EPIPE');
  });
});

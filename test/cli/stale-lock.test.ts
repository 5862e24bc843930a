/** A lock whose PID now belongs to another live process (PID reuse after a crash) is stale and taken over. */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';

const onLinux = process.platform === 'linux';

describe.skipIf(!onLinux)('locks record host, PID and when they were taken', () => {
  it('a live process that started after the lock was written is not its owner: the lock is taken over', async () => {
    const parent = tempDir();
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The crashed run took the lock an hour ago; its PID now belongs to `sleep`.
      writeFileSync(join(parent, '.hasil.lock'), `${other.pid}\n${hostname()}\n${Date.now() - 3_600_000}\n`);
      const r = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--out', join(parent, 'hasil')]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`Kunci lama dari proses ${other.pid}`);
    } finally {
      other.kill();
    }
  });

  it('a live process that took the lock (started before it) keeps it: KELUARAN_TERKUNCI', () => {
    const parent = tempDir();
    writeFileSync(join(parent, '.hasil.lock'), `${process.pid}\n${hostname()}\n${Date.now()}\n`);
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--out', join(parent, 'hasil')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('KELUARAN_TERKUNCI');
  });

  it('a lock taken on another host is not guessed about: refused, naming the host and the lock to remove', () => {
    const parent = tempDir();
    writeFileSync(join(parent, '.hasil.lock'), `12345\nserver-bkpsdm-lain\n${Date.now()}\n`);
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--out', join(parent, 'hasil')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('server-bkpsdm-lain');
  });
});

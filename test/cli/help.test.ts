import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const COMMANDS = ['run', 'validate', 'jelaskan', 'init', 'demo', 'paket', 'tandai-dibayar', 'bandingkan', 'rekap'];

describe('--help and --version', () => {
  it.each(COMMANDS)('kinerja %s --help explains the command with an example, in Indonesian and in English', (command) => {
    const id = runCli([command, '--help']);
    expect(id.status).toBe(0);
    expect(id.stdout).toMatch(/Contoh:\n {2}kinerja /);
    expect(id.stdout).toContain(`kinerja ${command}`);
    const en = runCli([command, '--help', '--lang', 'en']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/Examples?:\n {2}kinerja /);
    expect(en.stdout).not.toContain('Contoh:');
  });

  it('the top-level help lists every command', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c}\\b`, 'm'));
  });

  it('--version prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const r = runCli(['--version']);
    expect([r.status, r.stdout.trim()]).toEqual([0, version]);
  });
});

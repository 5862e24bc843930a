/** Text from the inputs never reaches the terminal with its control characters, nor a whole account number. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';

function copy(): string {
  const dir = join(tempDir(), 'masukan');
  cpSync(fixture('worked-example'), dir, { recursive: true });
  return dir;
}

describe('control characters from the inputs are made visible', () => {
  it('an ANSI/OSC sequence in a held employee’s name is printed as \\x1b…, never raw', () => {
    const dir = copy();
    const path = join(dir, 'pegawai.csv');
    // Rina: a window-title and clear-screen sequence in her name, and no TPP ceiling (held, so listed).
    const text = readFileSync(path, 'utf8').replace('Rina Wulandari,BKPSDM,Analis Kepegawaian,III/c,PNS,5000000', 'Rina\u001b]0;DIRETAS\u0007\u001b[2J,BKPSDM,Analis Kepegawaian,III/c,PNS,');
    writeFileSync(path, text);
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', join(tempDir(), 'hasil')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Rina\\x1b]0;DIRETAS\\x07\\x1b[2J');
    // eslint-disable-next-line no-control-regex -- looks for control characters on purpose
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const explained = runCli(['jelaskan', '199001152015021002', '--period', '2026-10', '--input', dir]);
    expect(explained.stdout).toContain('Rina\\x1b]0;DIRETAS');
    expect(explained.stdout).not.toContain('\u001b');
  });

  it('a file name with an escape in a stop message is printed visibly', () => {
    const dir = copy();
    writeFileSync(join(dir, 'Hukuman Disiplin \u001b[31m.csv'), 'nip,tmt,lama_bulan,persen\n');
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', join(tempDir(), 'hasil')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('\\x1b[31m');
    expect(r.stderr).not.toContain('\u001b');
  });
});

describe('a staff file without its header row', () => {
  it('shows the first row’s shape, not the full account number', () => {
    const dir = copy();
    const path = join(dir, 'pegawai.csv');
    const [, ...rows] = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, rows.map((l) => (l === '' ? l : `${l},0123456789012345`)).join('\n'));
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', join(tempDir(), 'hasil'), '--json']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('HEADER_TIDAK_DITEMUKAN');
    expect(r.stderr + r.stdout).not.toContain('0123456789012345');
    expect(r.stderr).toContain('0123…(16)');
  });
});

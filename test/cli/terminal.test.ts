import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { colourAllowed, formatRupiah } from '../../src/cli/terminal.js';
import { languageOf } from '../../src/cli/main.js';
import { fixture, ROOT, runCli, tempDir } from './run-cli.js';
import { join } from 'node:path';

describe('terminal behaviour', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '' }, false, false],
  ])('colour with env %j and TTY %s: %s', (env, tty, expected) => {
    expect(colourAllowed(env, tty)).toBe(expected);
  });

  it('writes no escape codes when not on a TTY, even without NO_COLOR', () => {
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('pagu-kosong'), '--out', join(tempDir(), 'o')], { env: { NO_COLOR: '' } });
    expect(r.stderr).toContain('TPP_PAGU_KOSONG');
    expect(r.stderr).not.toContain('\u001b[');
  });

  it('formats rupiah the Indonesian way by default', () => {
    expect(formatRupiah(4_559_000, 'id')).toBe('Rp 4.559.000');
    expect(formatRupiah(4_559_000, 'en')).toBe('Rp 4,559,000');
  });

  it('takes the language from --lang, else KINERJA_LANG', () => {
    expect(languageOf(['run', '--lang', 'en'], {})).toBe('en');
    expect(languageOf(['run', '--lang=en'], { KINERJA_LANG: 'id' })).toBe('en');
    expect(languageOf(['run'], { KINERJA_LANG: 'en' })).toBe('en');
    expect(languageOf(['run'], {})).toBe('id');
  });

  it('--lang en switches messages and report labels', () => {
    const out = join(tempDir(), 'o');
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('pagu-kosong'), '--out', out, '--lang', 'en']);
    expect(r.stderr).toContain('Fill tpp_pagu');
    expect(r.stderr).toContain('Net TPP');
  });

  // A real pseudo-terminal (util-linux `script`), sized as the test says.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  function inTerminal(setup: string): { status: number | null; output: string } {
    const command = `${setup} ${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin', 'kinerja.js'))} run --period 2026-10 --input ${JSON.stringify(fixture('worked-example'))} --out ${JSON.stringify(join(tempDir(), 'o'))}`;
    const env = { ...process.env };
    for (const name of ['NO_COLOR', 'FORCE_COLOR', 'CI']) delete env[name];
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000, env });
    return { status: r.status, output: r.stdout + r.stderr };
  }

  it.skipIf(!hasScript)('on a terminal: a spinner and colour; with NO_COLOR neither', () => {
    const coloured = inTerminal('stty cols 100 rows 30;');
    expect(coloured.status).toBe(0);
    expect(coloured.output).toContain('\u001b[');
    const noColour = inTerminal('stty cols 100 rows 30; NO_COLOR=1');
    expect(noColour.status).toBe(0);
    expect(noColour.output).not.toContain('\u001b[');
    expect(noColour.output).toContain('TPP netto');
  });

  it.skipIf(!hasScript)('a terminal that reports no width does not hang the run', () => {
    const r = inTerminal('stty cols 0 rows 0;');
    expect(r.status).toBe(0);
    expect(r.output.length).toBeLessThan(20_000);
  });
});

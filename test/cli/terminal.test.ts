import { describe, expect, it } from 'vitest';
import { colourAllowed, formatRupiah } from '../../src/cli/terminal.js';
import { languageOf } from '../../src/cli/main.js';
import { fixture, runCli, tempDir } from './run-cli.js';
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
    expect(r.stderr).not.toMatch(/\u001b\[/);
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
});

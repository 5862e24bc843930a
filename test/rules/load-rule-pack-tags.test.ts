import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KinerjaError } from '../../src/errors.js';
import { loadRulePack } from '../../src/rules/load-rule-pack.js';
import { tempDir } from '../cli/run-cli.js';
import { knownFields } from '../../src/inputs/known-fields.js';

describe('YAML tags outside the core schema', () => {
  it.each([
    ['!!js/function', 'nama: x\nversi: !!js/function "function(){}"\n', 2],
    ['!!set', 'nama: x\nkalender:\n  libur: !!set { a, b }\n', 3],
  ])('%s is a rule-pack error naming the line, with no warning of the YAML library on stderr', async (_, text, line) => {
    const path = join(tempDir(), 'paket.yaml');
    writeFileSync(path, text);
    const warn = vi.spyOn(process, 'emitWarning');
    const err = await loadRulePack(path, 'id', knownFields).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(KinerjaError);
    expect((err as KinerjaError).code).toBe('PAKET_TIDAK_VALID');
    expect((err as KinerjaError).text.en).toContain(`line ${line}`);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});

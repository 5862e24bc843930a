/** Links in the output and template folders: results go where a link points; init never writes through one. */
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';

describe('--out that is a symbolic link to a folder', () => {
  it('writes into the folder it points to, atomically, and leaves the link a link', () => {
    const base = tempDir();
    const real = join(base, 'arsip-tpp', '2026-10');
    mkdirSync(join(base, 'arsip-tpp'));
    symlinkSync(real, join(base, 'hasil-link'));
    mkdirSync(real);
    const first = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--out', join(base, 'hasil-link')]);
    expect(first.status, first.stderr).toBe(0);
    const again = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--out', join(base, 'hasil-link'), '--force']);
    expect(again.status, again.stderr).toBe(0);
    expect(lstatSync(join(base, 'hasil-link')).isSymbolicLink()).toBe(true);
    expect(readdirSync(real)).toContain('tpp.csv');
    expect(readdirSync(join(base, 'arsip-tpp')).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('init --force and links', () => {
  it('refuses (exit 2) to write through a linked paket-aturan.yaml, leaving its target as it was', () => {
    const dir = tempDir();
    expect(runCli(['init', dir, '--quiet']).status).toBe(0);
    const elsewhere = join(tempDir(), 'paket-daerah.yaml');
    writeFileSync(elsewhere, 'nama: paket-daerah\n');
    const pack = join(dir, 'paket-aturan.yaml');
    rmSync(pack);
    symlinkSync(elsewhere, pack);
    const r = runCli(['init', dir, '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('TEMPLAT_TAUTAN');
    expect(readFileSync(elsewhere, 'utf8')).toBe('nama: paket-daerah\n');
    expect(existsSync(pack)).toBe(true);
  });
});

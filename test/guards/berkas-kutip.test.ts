/**
 * A quote (") that opens a cell and is never closed would make the rest of the file one cell:
 * BERKAS_RUSAK names the row where it opens, in the user's language, and says to remove it with a
 * text editor (not to save again from Excel, which turns NIPs into numbers).
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../cli/run-cli.js';

/** fixtures/contoh with a stray quote opening the Nama cell of physical line 600 of the attendance log. */
function damagedContoh(): string {
  const dir = tempDir();
  for (const f of readdirSync(fixture('contoh'))) copyFileSync(join(fixture('contoh'), f), join(dir, f));
  const log = join(dir, 'presensi_oktober_2026.csv');
  const lines = readFileSync(log, 'utf8').split('\n');
  const cells = lines[599]!.split(';');
  cells[2] = `"${cells[2]}`;
  lines[599] = cells.join(';');
  writeFileSync(log, lines.join('\n'));
  return dir;
}

describe('an unclosed quote in fixtures/contoh presensi (988 lines)', () => {
  const cases: [string, Record<string, string>][] = [
    ['read in the main thread', {}],
    ['read by a parse worker', { KINERJA_TEST_WORKER_MIN_BYTES: '1' }],
  ];
  it.each(cases)('%s: the row where it opens, in Indonesian, and the advice to use a text editor', (_, env) => {
    const dir = damagedContoh();
    const r = runCli(['validate', '--period', '2026-10', '--input', dir, '--out', join(dir, 'hasil')], { env });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('BERKAS_RUSAK');
    expect(r.stderr).toContain('tanda kutip (") yang dibuka di sekitar baris 600 tidak pernah ditutup');
    expect(r.stderr).toContain('Jangan simpan ulang dari Excel');
    expect(r.stderr).not.toContain('Quote Not Closed');
    expect(r.stderr).not.toContain('simpan ulang berkas dari Excel/LibreOffice');
  });

  it('in English with --lang en', () => {
    const dir = damagedContoh();
    const r = runCli(['validate', '--period', '2026-10', '--input', dir, '--out', join(dir, 'hasil'), '--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('a quote (") opened near row 600 is never closed, so the rest of the file would read as one cell');
    expect(r.stderr).toContain('Do not save it again from Excel: NIPs turn into numbers');
  });
});

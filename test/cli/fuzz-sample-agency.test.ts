import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readZipDirectory } from '../../src/readers/workbook-limits.js';
import { writeZip, type ZipEntryData } from '../helpers/write-zip.js';
import { fixture, runCli, tempDir } from './run-cli.js';

/**
 * Random damage to the sample agency's files, run through the CLI as a user would: bit flips,
 * truncation, stray quotes, workbook parts swapped or cut short. Whatever the damage, the run ends with
 * exit 0, 1 or 2, prints no stack trace, and leaves either complete results or none (a stopped run's
 * validation goes to `<out>-validasi/`), with no staging folder or lock behind. Seeded like the other
 * properties (test/setup/fast-check.ts): `KINERJA_FC_SEED=random` explores new damage.
 */
const SAMPLE = fixture('contoh');
const FILES = readdirSync(SAMPLE).filter((f) => f !== 'README.md');
const TEXT_FILES = FILES.filter((f) => !f.endsWith('.xlsx'));
const WORKBOOK = 'pegawai.xlsx';
const RESULTS = ['validasi.csv', 'pegawai.csv', 'unit.csv', 'tpp.csv', 'tindak_lanjut.csv', 'kinerja-2026-10.xlsx', 'ringkasan.json'];

type Damage =
  | { kind: 'flip'; file: string; at: number[]; bit: number }
  | { kind: 'cut'; file: string; at: number }
  | { kind: 'quote'; file: string; at: number[] }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'cut-part'; part: number; keep: number };

const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), file: fc.constantFrom(...FILES), at: fc.array(fraction, { minLength: 1, maxLength: 6 }), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('cut' as const), file: fc.constantFrom(...FILES), at: fraction }),
  // A workbook cut short is the commonest damage (an unfinished copy): tried on its own too.
  fc.record({ kind: fc.constant('cut' as const), file: fc.constant(WORKBOOK), at: fraction }),
  fc.record({ kind: fc.constant('quote' as const), file: fc.constantFrom(...TEXT_FILES), at: fc.array(fraction, { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('cut-part' as const), part: fc.nat(), keep: fraction }),
);

async function workbookParts(path: string): Promise<ZipEntryData[]> {
  const entries = (await readZipDirectory(path)).filter((e) => e.type === 'File');
  return Promise.all(entries.map(async (e) => ({ name: e.path, data: await e.buffer(), method: 0 as const })));
}

async function apply(dir: string, d: Damage): Promise<void> {
  if (d.kind === 'swap' || d.kind === 'cut-part') {
    const path = join(dir, WORKBOOK);
    const parts = await workbookParts(path);
    if (d.kind === 'swap') {
      const a = d.a % parts.length;
      const b = d.b % parts.length;
      [parts[a]!.data, parts[b]!.data] = [parts[b]!.data, parts[a]!.data];
      writeZip(path, parts);
    } else {
      const i = d.part % parts.length;
      const whole = parts[i]!.data;
      const deflated = zlib.deflateRawSync(whole);
      // The headers still give the whole part's size and CRC; its deflated data stops short.
      parts[i] = { name: parts[i]!.name, data: deflated.subarray(0, Math.floor(deflated.length * d.keep)), method: 8, crc: zlib.crc32(whole), size: whole.length };
      writeZip(path, parts);
    }
    return;
  }
  const path = join(dir, d.file);
  const bytes = readFileSync(path);
  if (d.kind === 'cut') {
    writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length * d.at)));
  } else if (d.kind === 'flip') {
    for (const at of d.at) bytes[Math.floor(bytes.length * at)]! ^= 1 << d.bit;
    writeFileSync(path, bytes);
  } else {
    const cuts = d.at.map((at) => Math.floor(bytes.length * at)).sort((x, y) => x - y);
    const pieces: Buffer[] = [];
    let from = 0;
    for (const at of cuts) {
      pieces.push(bytes.subarray(from, at), Buffer.from('"'));
      from = at;
    }
    pieces.push(bytes.subarray(from));
    writeFileSync(path, Buffer.concat(pieces));
  }
}

describe('damaged copies of the sample agency never crash and never leave half a result', () => {
  it('random damage (seeded)', async () => {
    await fc.assert(
      fc.asyncProperty(damage, async (d) => {
        const root = tempDir('kinerja-fuzz-');
        const input = join(root, 'masukan');
        (await import('node:fs')).mkdirSync(input);
        for (const f of FILES) copyFileSync(join(SAMPLE, f), join(input, f));
        await apply(input, d);
        const out = join(root, 'hasil');
        const r = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'paket-aturan.yaml'), '--out', out]);
        const said = `${r.stdout}\n${r.stderr}`;
        expect([0, 1, 2], said).toContain(r.status);
        expect(said).not.toMatch(/^\s+at .+:\d+:\d+\)?$|node:internal|Fatal|heap/m);
        expect(readdirSync(root).filter((name) => name.startsWith('.')), said).toEqual([]);
        if (r.status === 2) {
          expect(existsSync(out), said).toBe(false);
        } else {
          const ringkasan = JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8')) as { kode_keluar: number; bank: { berkas: string }[]; tanpa_rekening: { pegawai: number } };
          // The finance files depend on the (damaged) data: exactly those ringkasan.json names.
          const finance = ['sipd_nominatif.csv', ...ringkasan.bank.map((b) => b.berkas), ...(ringkasan.tanpa_rekening.pegawai > 0 ? ['tanpa_rekening.csv'] : [])];
          expect(readdirSync(out).sort(), said).toEqual([...RESULTS, ...finance].sort());
          expect(ringkasan.kode_keluar).toBe(r.status);
        }
      }),
      { numRuns: 40 },
    );
    // A guard against a hang, not a speed test: 40 runs take about a minute on a busy 2-core machine.
  }, 300_000);
});

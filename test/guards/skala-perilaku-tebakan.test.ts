/**
 * The scale SKALA_PERILAKU suggests declaring must be the one the scores were given on: fractions such
 * as 0,92 beside a whole 1 are a 0..1 scale (declaring 0..5, as once advised, stopped every rater).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { readPerilaku } from '../../src/inputs/perilaku.js';
import { openTable } from '../../src/readers/open-table.js';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';
import { aPack } from '../helpers/builders.js';
import { fixtureTable } from '../inputs/read-input-helpers.js';

const BUDI = '198503172010011003';

describe('SKALA_PERILAKU guess (fixtures/perilaku-pecahan-satu: 0,92 … with some whole 1)', () => {
  it('stops and advises { min: 0, maks: 1 }, not 0..5', () => {
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('perilaku-pecahan-satu'), '--out', out, '--format', 'csv']);
    expect(r.status).toBe(2);
    const skala = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'SKALA_PERILAKU');
    expect(skala).toHaveLength(1);
    expect(skala[0]!['pesan']).toContain('rentang 0..1 (paling besar 1)');
    expect(skala[0]!['pesan']).toContain('kinerja.perilaku.skala: { min: 0, maks: 1 }');
  });

  it('declared as 0..1 (the advice), the file reads with no stop', () => {
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('perilaku-pecahan-satu'), '--out', out, '--format', 'csv', '--policy', join(fixture('perilaku-pecahan'), 'paket-aturan.yaml')]);
    expect(r.status).toBe(0);
    // Budi: 0.92, 1, 0.95, 0.9, 0.85, 1, 0.92 → 6.54 / 7 → 93.43.
    expect(readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === BUDI)).toMatchObject({ nilai_perilaku: '93.43' });
  });
});

describe('SKALA_PERILAKU guess params per kind of scores', () => {
  const period = { year: 2026, month: 10 };
  const ASPEK = ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'];

  async function guess(scores: string[], overrides: Record<string, unknown> = {}) {
    const pack = aPack(overrides);
    const findings = new FindingCollector();
    const pegawai = await readPegawai(await fixtureTable('perilaku-penilai-skala', 'pegawai.csv'), pack, period, findings);
    const path = join(tempDir(), 'perilaku.csv');
    writeFileSync(path, 'NIP;NIP Penilai;Peran;Aspek;Nilai\n' + ASPEK.map((a, i) => `${BUDI};197203101998031004;atasan;${a};${scores[i % scores.length]}`).join('\n') + '\n');
    await readPerilaku([await openTable(path)], pegawai, pack, findings);
    const f = findings.sorted().filter((x) => x.code === 'SKALA_PERILAKU');
    return f.map((x) => [x.params?.['seen'], x.params?.['guess'], x.params?.['guess_min'], x.params?.['guess_max']]);
  }

  it('fractions with a whole 1 or 0: 0..1', async () => {
    expect(await guess(['0,92', '1', '0,85', '0'])).toEqual([['0..1', '0-1', 0, 1]]);
    expect(await guess(['0,92', '0,85'])).toEqual([['0..1', '0-1', 0, 1]]);
  });

  it('whole 1..5: 1..5; with a 0 or a fraction below 1: 0..5; a fraction above 1 in 1..5 stays 1..5', async () => {
    expect(await guess(['4', '5', '3', '1'])).toEqual([['0..5', '1-5', 1, 5]]);
    expect(await guess(['4', '0', '3'])).toEqual([['0..5', '0-5', 0, 5]]);
    expect(await guess(['0,5', '4', '3'])).toEqual([['0..5', '0-5', 0, 5]]);
    expect(await guess(['3,5', '4', '1'])).toEqual([['0..5', '1-5', 1, 5]]);
  });

  it('up to 10: 0..10', async () => {
    expect(await guess(['8', '9', '7'])).toEqual([['0..10', '0-10', 0, 10]]);
    expect(await guess(['8,5', '0', '10'])).toEqual([['0..10', '0-10', 0, 10]]);
  });

  it('a pack declared 0..5 still stops fractions of 0..1 (the old advice), pointing to 0..1', async () => {
    expect(await guess(['0,92', '1', '0,85'], { kinerja: { perilaku: { skala: { min: 0, maks: 5 } } } })).toEqual([['0..1', '0-1', 0, 1]]);
  });
});

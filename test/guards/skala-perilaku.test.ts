/**
 * Behaviour scores given on a short scale (1-5, fractions 0-1, 0-10) while the pack says 0..100 would
 * read as very low scores and cut everyone's TPP: the run stops (SKALA_PERILAKU) unless the pack
 * declares the scale, and then the scores are converted as the pack says.
 */
import { existsSync, writeFileSync } from 'node:fs';
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
const RINA = '199001152015021002';
const SRI = '198711232012122001';

function run(name: string, extra: string[] = []) {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', fixture(name), '--out', out, '--format', 'csv,json', ...extra]);
  const findings = readCsv(join(out, 'validasi.csv'));
  const pegawai = existsSync(join(out, 'pegawai.csv')) ? readCsv(join(out, 'pegawai.csv')) : undefined;
  return { ...r, findings, pegawai, skala: findings.filter((f) => f['kode'] === 'SKALA_PERILAKU') };
}

describe('SKALA_PERILAKU: a whole file on a short scale stops the run', () => {
  it('scores on 1-5 (fixtures/skala-perilaku-1-5) stop the run with nothing paid, naming the scale to declare', () => {
    const r = run('skala-perilaku-1-5');
    expect(r.status).toBe(2);
    expect(r.pegawai).toBeUndefined();
    expect(r.skala).toHaveLength(1);
    expect(r.skala[0]).toMatchObject({ tingkat: 'error', berkas: 'perilaku.csv', baris: '', nip: '' });
    expect(r.skala[0]!['pesan']).toContain('rentang 0..5 (paling besar 5), padahal skala paket 0..100');
    expect(r.skala[0]!['pesan']).toContain('kinerja.perilaku.skala: { min: 1, maks: 5 }');
  });

  it('declared in the pack, 1-5 scores are converted as the pack says: (v − 1) / 4 × 100', () => {
    const r = run('skala-perilaku-1-5', ['--policy', join(fixture('skala-perilaku-1-5'), 'paket-aturan.yaml')]);
    expect(r.status).toBe(0);
    expect(r.skala).toEqual([]);
    // Budi: 5,4,5,4,4,5,4 → 100,75,100,75,75,100,75 → 600/7.
    expect(r.pegawai!.find((p) => p['nip'] === BUDI)).toMatchObject({ nilai_perilaku: '85.71', tpp_bruto: '5000000' });
  });

  it('fractions such as 0,92 (fixtures/perilaku-pecahan) stop the run and point to a 0-1 scale', () => {
    const r = run('perilaku-pecahan', ['--lang', 'en']);
    expect(r.status).toBe(2);
    expect(r.skala).toHaveLength(1);
    expect(r.skala[0]!['pesan']).toContain('lie within 0..1 (largest 0.95)');
    expect(r.skala[0]!['pesan']).toContain('kinerja.perilaku.skala: { min: 0, maks: 1 }');
  });

  it('fractions declared as 0..1 read as percentages', () => {
    const r = run('perilaku-pecahan', ['--policy', join(fixture('perilaku-pecahan'), 'paket-aturan.yaml')]);
    expect(r.status).toBe(0);
    // Budi: 0.92, 0.88, 0.95, 0.9, 0.85, 0.9, 0.92 → mean 0.902857… → 90.29.
    expect(r.pegawai!.find((p) => p['nip'] === BUDI)).toMatchObject({ nilai_perilaku: '90.29' });
  });
});

describe('SKALA_PERILAKU: one rater on a short scale in a 0..100 file', () => {
  it('stops the run with one finding for that rater (fixtures/perilaku-penilai-skala); labels do not count', () => {
    const r = run('perilaku-penilai-skala');
    expect(r.status).toBe(2);
    expect(r.skala).toHaveLength(1);
    expect(r.skala[0]).toMatchObject({ berkas: 'perilaku.csv', baris: '4', nip: BUDI });
    expect(r.skala[0]!['pesan']).toContain(`dari penilai ${RINA} (rekan) untuk ${BUDI}`);
    expect(r.skala[0]!['pesan']).toContain('skala 1-5: minta nilainya diisi ulang dengan skala 0..100');
  });
});

describe('SKALA_PERILAKU as rows stream (readPerilaku)', () => {
  const period = { year: 2026, month: 10 };

  async function read(text: string, overrides: Record<string, unknown> = {}) {
    const pack = aPack(overrides);
    const findings = new FindingCollector();
    const pegawai = await readPegawai(await fixtureTable('perilaku-penilai-skala', 'pegawai.csv'), pack, period, findings);
    const path = join(tempDir(), 'perilaku.csv');
    writeFileSync(path, text);
    await readPerilaku([await openTable(path)], pegawai, pack, findings);
    return findings.sorted().filter((f) => f.code === 'SKALA_PERILAKU');
  }

  const long = (rows: [string, string, string][]) =>
    'NIP;NIP Penilai;Peran;Aspek;Nilai\n' + rows.map(([nip, penilai, v]) => ['Berorientasi Pelayanan', 'Akuntabel', 'Kompeten', 'Harmonis', 'Loyal', 'Adaptif', 'Kolaboratif'].map((a) => `${nip};${penilai};atasan;${a};${v}`).join('\n')).join('\n') + '\n';

  it('long shape: the rater whose 7 rows are all within 0..10 is named, the 0..100 raters are not', async () => {
    const found = await read(long([[BUDI, '197203101998031004', '88'], [RINA, '197203101998031004', '8'], [SRI, '197203101998031004', '90']]));
    expect(found.map((f) => [f.nip, f.params?.['seen'], f.params?.['guess']])).toEqual([[RINA, '0..10', '0-10']]);
  });

  it('a file of labels only does not stop; a pack scale of 1..5 with 1..5 scores does not stop', async () => {
    const labels = 'nip;penilai_nip;berorientasi_pelayanan;akuntabel;kompeten;harmonis;loyal;adaptif;kolaboratif\n' + `${BUDI};197203101998031004;Sesuai;Sesuai;Diatas;Sesuai;Sesuai;Sesuai;Sesuai\n`;
    expect(await read(labels)).toEqual([]);
    expect(await read(long([[BUDI, '197203101998031004', '4'], [RINA, '197203101998031004', '5']]), { kinerja: { perilaku: { skala: { min: 1, maks: 5 } } } })).toEqual([]);
  });

  it('a 0..10 pack still stops a whole file on 1..5 (the pack is wider than what was given)', async () => {
    const found = await read(long([[BUDI, '197203101998031004', '4'], [RINA, '197203101998031004', '5']]), { kinerja: { perilaku: { skala: { min: 0, maks: 10 } } } });
    expect(found.map((f) => [f.nip, f.params?.['seen'], f.params?.['scale']])).toEqual([[undefined, '0..5', '0..10']]);
  });
});

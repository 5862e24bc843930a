import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainEmployees } from '../../src/pipeline.js';
import { parsePeriodOption } from '../../src/cli/options.js';
import type { Explanation } from '../../src/reports/build-explanation.js';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const CONTOH = fixture('contoh');
const POLICY = join(CONTOH, 'paket-aturan.yaml');

describe('kinerja jelaskan agrees with pegawai.csv for every employee of the sample agency', async () => {
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', CONTOH, '--policy', POLICY, '--out', out]);
  const rows = readCsv(join(out, 'pegawai.csv'));
  const nips = rows.map((r) => r['nip']!);
  const { explanations, missing } = await explainEmployees({ period: parsePeriodOption('2026-10'), inputDir: CONTOH, explicit: {}, policy: POLICY, lang: 'id' }, nips);
  const byNip = new Map(explanations.map((x) => [x.pegawai.nip, x]));

  it('explains every employee the run reported', () => {
    expect(run.status).toBe(0);
    expect(missing).toEqual([]);
    expect([...byNip.keys()].sort()).toEqual([...nips].sort());
  });

  it('carries the exact pegawai.csv row', () => {
    for (const row of rows) expect(byNip.get(row['nip']!)!.baris_laporan, row['nip']).toEqual(row);
  });

  it('its own steps add up to the reported figures', () => {
    for (const row of rows) {
      const x = byNip.get(row['nip']!)!;
      const label = `${row['nip']} ${row['nama']}`;
      expect(x.hari.hari_bayar, label).toBe(Number(row['hari_bayar']));
      if ('hari_potongan' in x.disiplin) {
        const dayPercents = x.disiplin.hari_potongan.reduce((s, d) => s + Number(d.persen), 0);
        expect(Math.min(100, dayPercents).toFixed(2), label).toBe(Number(row['potongan_disiplin']).toFixed(2));
        expect(x.disiplin.tk, label).toBe(Number(row['tk']));
        expect(x.disiplin.nilai, label).toBe(row['nilai_disiplin']);
      }
      expect(x.predikat.predikat, label).toBe(row['predikat']);
      expect(x.tpp.status_bayar, label).toBe(row['status_bayar']);
      if (x.tpp.status_bayar !== 'dibayar') continue;
      const componentSum = x.tpp.komponen.reduce((s, k) => s + k.jumlah, 0);
      expect(componentSum + (x.tpp.plt?.jumlah ?? 0) - x.tpp.potongan_hukdis, label).toBe(Number(row['tpp_bruto']));
      expect(x.tpp.tpp_bruto - x.tpp.pph21 - x.tpp.bpjs.bpjs_pegawai, label).toBe(Number(row['tpp_netto']));
      expect(x.tpp.pph21, label).toBe(Number(row['pph21']));
      expect(x.tpp.bpjs.bpjs_pegawai, label).toBe(Number(row['bpjs_pegawai']));
    }
  });
});

describe('kinerja jelaskan on the command line', () => {
  const args = ['--period', '2026-10', '--input', fixture('worked-example')];

  it('prints every step with the figures of the worked example', () => {
    const r = runCli(['jelaskan', '198503172010011003', ...args]);
    expect(r.status).toBe(0);
    for (const line of ['TL2: 1%', '2026-10-08 Kam  TK: 5%', 'nilai disiplin = max(0, 100 − 7,50) = 92,50', 'BAIK', 'Komponen disiplin', 'Rp 1.850.000', 'TPP netto = Rp 4.850.000 − Rp 242.500 − Rp 48.500 = Rp 4.559.000']) {
      expect(r.stdout).toContain(line);
    }
  });

  it('speaks English with --lang en and accepts the NIP with spaces', () => {
    const r = runCli(['explain', '19850317 201001 1 003', ...args, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Net TPP = Rp 4,850,000 − Rp 242,500 − Rp 48,500 = Rp 4,559,000');
    expect(r.stdout).not.toContain('Hari kerja');
  });

  it('--json prints exactly one JSON object with the same figures', () => {
    const r = runCli(['jelaskan', '198503172010011003', ...args, '--json']);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout) as Explanation;
    expect(x.tpp.tpp_netto).toBe(4559000);
    expect(x.baris_laporan['tpp_netto']).toBe('4559000');
    expect(x.disiplin).toHaveProperty('hari_potongan');
    const days = 'hari_potongan' in x.disiplin ? x.disiplin.hari_potongan : [];
    const bands = days.map((d) => d.terlambat?.pita ?? d.pulang_cepat?.pita ?? d.kode);
    expect(bands).toEqual(['TL1', 'TL1', 'TL2', 'TK', 'PSW1']);
  });

  it('an unknown NIP exits 2 with a fix', () => {
    const r = runCli(['jelaskan', '199901012020011001', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('NIP_TIDAK_ADA');
    expect(r.stdout).toBe('');
  });
});

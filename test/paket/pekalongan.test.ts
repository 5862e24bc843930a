/** The shipped `pekalongan` pack (40 tetap / 36 presensi / 24 kinerja, PPh 21 TER) on a hand-worked example. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownFields } from '../../src/inputs/known-fields.js';
import { loadRulePack } from '../../src/rules/load-rule-pack.js';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';

describe('--policy pekalongan on the SPEC worked example (with PTKP status)', () => {
  const dir = tempDir();
  cpSync(fixture('worked-example'), dir, { recursive: true });
  // TER needs each employee's PTKP status; without penghasilan_bruto the salary is the other income.
  writeFileSync(
    join(dir, 'pegawai.csv'),
    [
      'nip,nama,unit,jabatan,golongan,status,tpp_pagu,gaji,tmt_masuk,status_ptkp',
      '198503172010011003,Budi Santoso,BKPSDM,Analis Kepegawaian,III/c,PNS,5000000,4200000,,K/1',
      '199001152015021002,Rina Wulandari,BKPSDM,Analis Kepegawaian,III/c,PNS,5000000,4200000,2026-10-12,K/1',
    ].join('\n') + '\n',
  );
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', 'pekalongan', '--out', out, '--format', 'csv,json']);
  const budi = readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === '198503172010011003');

  it('exits 0', () => {
    expect(r.status, r.stderr).toBe(0);
  });

  it('Budi Santoso, worked by hand', () => {
    // pagu 5,000,000; nilai_disiplin 92.50; capaian_skp 103.33 (100, 90, 130 capped at 120) counts as 100.
    //   tetap    40% × 5,000,000            = 2,000,000 (no deduction)
    //   presensi 36% × 5,000,000 × 92.50%   = 1,800,000 × 0.925 = 1,665,000
    //   kinerja  24% × 5,000,000 × 100%     = 1,200,000
    //   bruto 2,000,000 + 1,665,000 + 1,200,000 = 4,865,000
    // PPh 21 TER, K/1 → category B; bruto_lain = gaji 4,200,000:
    //   TER_B(4,200,000) = 0% (<= 6,200,000) → 0
    //   4,200,000 + 4,865,000 = 9,065,000 → 7,300,000 < x <= 9,200,000 → 1% → floor(90,650.00) = 90,650
    //   pph21 = 90,650 − 0 = 90,650
    // BPJS 1% × min(4,865,000, 12,000,000 − 4,200,000 = 7,800,000) = 48,650
    // netto 4,865,000 − 90,650 − 48,650 = 4,725,700
    expect(budi).toMatchObject({
      nilai_disiplin: '92.50',
      komponen_tetap: '2000000',
      komponen_presensi: '1665000',
      komponen_kinerja: '1200000',
      tpp_bruto: '4865000',
      pph21: '90650',
      bpjs_pegawai: '48650',
      tpp_netto: '4725700',
    });
  });
});

describe('--policy pekalongan: TPP nil only above 10 TK days', () => {
  // Pekalongan v3: TK > 10 → TPP 0, so 10 TK days still pay (bawaan: 10 or more pays nothing).
  it('tk_batas_hari_tpp_nol is 11 where bawaan has 10; the split replaces bawaan 40/60', async () => {
    const { pack } = await loadRulePack('pekalongan', 'id', knownFields);
    const bawaan = await loadRulePack(undefined, 'id', knownFields);
    expect([bawaan.pack.presensi.tk_batas_hari_tpp_nol, pack.presensi.tk_batas_hari_tpp_nol]).toEqual([10, 11]);
    expect(pack.tpp.komponen.map((k) => [k.nama, k.bobot.toString(), k.dasar])).toEqual([
      ['tetap', '40', 'tetap'],
      ['presensi', '36', 'nilai_disiplin'],
      ['kinerja', '24', 'capaian_skp'],
    ]);
  });
});

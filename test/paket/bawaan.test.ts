/** The shipped `bawaan` pack: `--policy bawaan` is exactly the built-in rules (SPEC worked example). */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';

describe('--policy bawaan', () => {
  it('computes the SPEC worked example to the rupiah', () => {
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', 'bawaan', '--out', out, '--format', 'csv,json']);
    expect(r.status, r.stderr).toBe(0);
    // Budi Santoso, pagu 5,000,000, III/c, gaji 4,200,000, October 2026: 22 working days.
    //   nilai_disiplin 92.50 (the worked example's lates and early leaves);
    //   disiplin 40% × 5,000,000 × 92.50% = 2,000,000 × 0.925 = 1,850,000;
    //   kinerja   60% × 5,000,000 × faktor_predikat 100% (BAIK) = 3,000,000;
    //   bruto 4,850,000; PPh 21 golongan III 5% = 242,500;
    //   BPJS 1% × min(4,850,000, 12,000,000 − 4,200,000 = 7,800,000) = 48,500;
    //   netto 4,850,000 − 242,500 − 48,500 = 4,559,000.
    const budi = readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === '198503172010011003');
    expect(budi).toMatchObject({ hari_kerja: '22', nilai_disiplin: '92.50', komponen_disiplin: '1850000', komponen_kinerja: '3000000', tpp_bruto: '4850000', pph21: '242500', bpjs_pegawai: '48500', tpp_netto: '4559000' });
  });

  it('is the same rule pack as no --policy at all: same hash, same totals on the SPEC worked example', () => {
    const named = join(tempDir(), 'hasil');
    const none = join(tempDir(), 'hasil');
    // (The sample agency needs its own pack: its roster and Plt rule are local data.)
    const args = ['run', '--period', '2026-10', '--input', fixture('worked-example'), '--format', 'csv,json'];
    expect(runCli([...args, '--policy', 'bawaan', '--out', named]).status).toBe(0);
    expect(runCli([...args, '--out', none]).status).toBe(0);
    const [a, b] = [readRingkasan(named), readRingkasan(none)];
    expect(a.paket_aturan).toEqual(b.paket_aturan);
    expect(a.total).toEqual(b.total);
  });
});

/** The shipped `kementan` pack (deductions from the whole allowance, Permentan 68/2012) on the SPEC worked example. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';

describe('--policy kementan on the SPEC worked example', () => {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', 'kementan', '--out', out]);

  it('Budi Santoso, worked by hand: every deduction cuts the whole allowance', () => {
    expect(r.status, r.stderr).toBe(0);
    // 2 × TL1 0.5 % + 1 × TL2 1 % + 1 × PSW1 0.5 % + 1 TK day 4 % = 6.5 % (bawaan: 7.5 % with TK at 5 %)
    // tunjangan 5,000,000 × 100 % × 93.5 % = 4,675,000; PPh 21 gol III 5 % = 233,750;
    // BPJS 1 % of min(4,675,000, 12,000,000 − 4,200,000) = 46,750; netto 4,675,000 − 233,750 − 46,750 = 4,394,500
    expect(readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === '198503172010011003')).toMatchObject({
      nilai_disiplin: '93.50',
      komponen_tunjangan: '4675000',
      tpp_bruto: '4675000',
      pph21: '233750',
      bpjs_pegawai: '46750',
      tpp_netto: '4394500',
    });
  });
});

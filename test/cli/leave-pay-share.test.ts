import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../src/reports/build-explanation.js';
import { fixture, runCli, tempDir } from './run-cli.js';
import { extendPackFile } from '../helpers/builders.js';

describe('kinerja jelaskan with sick leave paid by length (presensi.kode.S.bayar)', () => {
  // The sample agency with S paid 100 % on its first day in the month and 50 % after.
  const input = join(tempDir(), 'contoh');
  cpSync(fixture('contoh'), input, { recursive: true });
  extendPackFile(join(input, 'paket-aturan.yaml'), '\npresensi:\n  kode:\n    S: { bayar: [{ sampai_hari: 1, persen: 100 }, { persen: 50 }] }\n');
  const args = ['199401022017022235', '--period', '2026-10', '--input', input, '--policy', join(input, 'paket-aturan.yaml')];

  it('shows the half day cut from the day factor', () => {
    const r = runCli(['jelaskan', ...args]);
    expect(r.status).toBe(0);
    // 2 sick days: the 1st at 100 %, the 2nd at 50 % → 0.5 day cut;
    // dasar = 2,750,000 × 100 % × (22 − 0.5)/22 = 2,750,000 × 43/44 = 2,687,500
    expect(r.stdout).toContain('(presensi.kode: bayar, kelas): 0,5 hari');
    expect(r.stdout).toContain('faktor hari (22 − 0,5)/22 = Rp 2.687.500');
    const x = JSON.parse(runCli(['jelaskan', ...args, '--json']).stdout) as Explanation;
    expect([x.hari.hari_bayar, x.hari.potongan_hari_bayar, x.tpp.faktor_hari.pecahan]).toEqual([22, '0.5', '(22 − 0.5)/22']);
  });
});

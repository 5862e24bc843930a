import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

/**
 * Budi with other income at the top of TER A's 4% band and a tiny TPP ceiling: the TPP moves the
 * whole 12.5 M into the 5% band, so the tax jump exceeds the TPP.
 */
function cappedAgency(): string {
  const dir = tempDir();
  for (const f of ['presensi.csv', 'capaian.csv', 'perilaku.csv']) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
  writeFileSync(
    join(dir, 'pegawai.csv'),
    'nip,nama,unit,golongan,status,tpp_pagu,gaji,penghasilan_bruto,status_ptkp\n198503172010011003,Budi Santoso,BKPSDM,III/c,PNS,100000,4200000,12500000,TK/0\n',
  );
  return dir;
}

describe('TER tax larger than the TPP it is withheld from', () => {
  const dir = cappedAgency();
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', fixture('paket-ter/paket-aturan.yaml'), '--out', out]);

  it('withholds what the TPP can bear, pays 0 net, and warns with the shortfall', () => {
    expect(r.status).toBe(0);
    const budi = readCsv(join(out, 'pegawai.csv'))[0]!;
    // bruto = 40% × 100,000 + 36% × 92.50% × 100,000 + 24% × 100% × 100,000 = 40,000 + 33,300 + 24,000
    // TER A: 5% × 12,597,300 − 4% × 12,500,000 = 629,865 − 500,000 = 129,865; BPJS 1% = 973
    expect([budi['tpp_bruto'], budi['bpjs_pegawai'], budi['pph21'], budi['tpp_netto']]).toEqual(['97300', '973', '96327', '0']);
    const validasi = readFileSync(join(out, 'validasi.csv'), 'utf8');
    expect(validasi).toContain('PPH21_MELEBIHI_TPP');
    expect(validasi).toContain('Kekurangan Rp 33.538');
  });
});

describe('jelaskan shows the cap', () => {
  it('names what was withheld and the shortfall', () => {
    const dir = cappedAgency();
    const r = runCli(['jelaskan', '198503172010011003', '--period', '2026-10', '--input', dir, '--policy', fixture('paket-ter/paket-aturan.yaml')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Dibatasi TPP setelah BPJS: dipotong Rp 96.327, kekurangan Rp 33.538');
  });
});

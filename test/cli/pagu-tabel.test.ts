/**
 * Ceilings by more than kelas (`tpp.pagu`) over the worked example, with the staff file's tpp_pagu left
 * empty and kelas 9 for both: Budi fungsional, Rina pelaksana (joins 12 Oct, 15 of 22 working days).
 * Components as bawaan: disiplin 40 % on nilai_disiplin (92.50 for both), kinerja 60 % on faktor_predikat
 * (BAIK → 100).
 * - Budi: the fungsional row from 1 Oct (6,000,000; the kelas-only row ended 30 Sep):
 *   6,000,000 × 40 % × 92.5 % = 2,220,000; × 60 % = 3,600,000; bruto 5,820,000.
 * - Rina: no row fits a pelaksana in October, so pagu_per_kelas 4,000,000 × 15/22:
 *   × 40 % × 92.5 % = 22,200,000/22 = 1,009,090.9 → 1,009,091; × 60 % = 36,000,000/22 = 1,636,363.6 →
 *   1,636,364; bruto 2,645,455.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';

const STAFF = `nip,nama,unit,jabatan,golongan,status,tpp_pagu,gaji,tmt_masuk,kelas_jabatan,jenis_jabatan
${BUDI},Budi Santoso,BKPSDM,Analis Kepegawaian,III/c,PNS,,4200000,,9,fungsional
${RINA},Rina Wulandari,BKPSDM,Analis Kepegawaian,III/c,PNS,,4200000,2026-10-12,9,pelaksana
`;

const ROWS = `    - { kelas: 9, jumlah: 4500000, berlaku_sampai: "2026-09-30" }
    - { kelas: 9, jenis_jabatan: fungsional, jumlah: 6000000, berlaku_mulai: "2026-10-01", kriteria: { beban_kerja: 70, prestasi_kerja: 30 } }
`;

function run(extraRows = '', files: Record<string, string> = {}) {
  const root = tempDir();
  const dir = join(root, 'masukan');
  cpSync(fixture('worked-example'), dir, { recursive: true });
  writeFileSync(join(dir, 'pegawai.csv'), STAFF);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const policy = join(root, 'pagu.yaml');
  writeFileSync(policy, `nama: Pagu rinci\nversi: 1\ntpp:\n  pagu_per_kelas: { 9: 4000000 }\n  pagu:\n${ROWS}${extraRows}`);
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', policy, '--out', out]);
  const line = (nip: string) => readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === nip)!;
  return { r, out, dir, policy, line };
}

describe('tpp.pagu: ceilings by kelas × jenis jabatan × unit with effective dates', () => {
  const { r, line, dir, policy } = run();

  it('pays each employee on the most specific row in force, else pagu_per_kelas, to the rupiah', () => {
    expect(r.status).toBe(0);
    expect(line(BUDI)).toMatchObject({ tpp_pagu: '6000000', komponen_disiplin: '2220000', komponen_kinerja: '3600000', tpp_bruto: '5820000', status_bayar: 'dibayar' });
    expect(line(RINA)).toMatchObject({ tpp_pagu: '4000000', komponen_disiplin: '1009091', komponen_kinerja: '1636364', tpp_bruto: '2645455', status_bayar: 'dibayar' });
  });

  it('jelaskan names the row and splits the ceiling by its criteria (70/30 of 6,000,000)', () => {
    const args = [BUDI, '--period', '2026-10', '--input', dir, '--policy', policy];
    expect(runCli(['jelaskan', ...args]).stdout).toContain('Pagu dari tpp.pagu[1] menurut kriteria: beban_kerja 70% = Rp 4.200.000; prestasi_kerja 30% = Rp 1.800.000');
    expect(runCli(['jelaskan', ...args, '--lang', 'en']).stdout).toContain('Ceiling from tpp.pagu[1] by criterion: beban_kerja 70% = Rp 4,200,000; prestasi_kerja 30% = Rp 1,800,000');
    // Rina's ceiling is pagu_per_kelas: no table line.
    expect(runCli(['jelaskan', RINA, '--period', '2026-10', '--input', dir, '--policy', policy]).stdout).not.toContain('Pagu dari');
  });
});

describe('tpp.pagu never pays on a guess', () => {
  it('two equally specific rows (jenis fungsional; unit BKPSDM) hold the employee, not "no ceiling"', () => {
    const { r, line } = run('    - { kelas: 9, unit: BKPSDM, jumlah: 6500000 }\n');
    expect(r.status).toBe(1);
    expect(line(BUDI)).toMatchObject({ status_bayar: 'ditahan', tpp_bruto: '0', keterangan: 'PAGU_TIDAK_PASTI' });
    // Rina (pelaksana) matches the unit row alone: 6,500,000 × 15/22 × 40 % × 92.5 % = 36,075,000/22 =
    // 1,639,772.7 → 1,639,773; × 60 % = 58,500,000/22 = 2,659,090.9 → 2,659,091; bruto 4,298,864.
    expect(line(RINA)).toMatchObject({ tpp_bruto: '4298864', status_bayar: 'dibayar' });
  });

  it('a row that starts within the month holds the employees it fits', () => {
    const { r, line } = run('    - { kelas: 9, jenis_jabatan: pelaksana, jumlah: 5000000, berlaku_mulai: "2026-10-15" }\n');
    expect(r.status).toBe(1);
    expect(line(RINA)).toMatchObject({ status_bayar: 'ditahan', keterangan: 'PAGU_TIDAK_PASTI' });
    expect(line(BUDI)).toMatchObject({ tpp_bruto: '5820000', status_bayar: 'dibayar' });
  });

  it('a transfer mid-month looks the new post up in the same table (segments)', () => {
    // Budi moves to RSUD on 15 Oct; the fungsional RSUD row (7,000,000) is more specific than the fungsional one.
    // 1–14 Oct: 10 working days on 6,000,000: × 40 % × 92.5 % = 22,200,000/22 = 1,009,090.9 → 1,009,091;
    //   × 60 % = 36,000,000/22 = 1,636,363.6 → 1,636,364.
    // 15–31 Oct: 12 days on 7,000,000: × 40 % × 92.5 % = 31,080,000/22 = 1,412,727.3 → 1,412,727;
    //   × 60 % = 50,400,000/22 = 2,290,909.1 → 2,290,909. Bruto 6,349,091.
    const { r, line } = run('    - { kelas: 9, jenis_jabatan: fungsional, unit: RSUD, jumlah: 7000000 }\n', { 'mutasi.csv': `nip,tanggal,unit\n${BUDI},2026-10-15,RSUD\n` });
    expect(r.status).toBe(0);
    expect(line(BUDI)).toMatchObject({ unit: 'RSUD', tpp_bruto: '6349091', status_bayar: 'dibayar' });
  });
});

import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';
import { extendPackFile } from '../helpers/builders.js';

/**
 * The pay rules of the rule pack, all on at once over the sample agency: attendance gates, late days as
 * TK, consecutive TK, sick leave paid by length, izin paid at half, dinas luar at a kelas, rounding of
 * components, sanctions and the gross to Rp 1.000, a 6-day profile and a Ramadan week. Each was tested
 * alone; together they must still reconcile row by row (and pass the self-check before writing).
 */
const RULES = `
presensi:
  gerbang_kehadiran:
    pita: [{ di_bawah: 25, bayar: 0 }, { di_bawah: 90, bayar: 50 }]
  terlambat_per_tk: 3
  tk_berturut_peringatan: 2
  kode:
    S: { bayar: [{ sampai_hari: 1, persen: 100 }, { persen: 75 }] }
    I: { bayar: [{ persen: 50 }] }
    DL: { kelas: 7 }
pembulatan: { komponen: floor_1000, potongan: sama_dengan_jumlah, bruto: floor_1000 }
tpp:
  pagu_per_kelas: { 7: 2750000 }
jadwal:
  sekolah: { senin-kamis: ["07:00", "14:00"], jumat: ["07:00", "11:00"], sabtu: ["07:00", "12:30"] }
periode_khusus:
  - { jadwal: ramadan, dari: "2026-10-05", sampai: "2026-10-09" }
`;

describe('every pay rule at once on the sample agency', () => {
  const dir = tempDir();
  const input = join(dir, 'masukan');
  cpSync(fixture('contoh'), input, { recursive: true });
  extendPackFile(join(input, 'paket-aturan.yaml'), RULES);
  const out = join(dir, 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'paket-aturan.yaml'), '--out', out]);

  it('runs to the end (exit 0, the self-check passed)', () => {
    expect(r.stderr).not.toMatch(/PEMERIKSAAN_DIRI_GAGAL|GALAT_PROGRAM/);
    expect(r.status).toBe(0);
  });

  it('every paid row reconciles: components − sanction − rounding = gross, a multiple of Rp 1.000', () => {
    const rows = readCsv(join(out, 'pegawai.csv')).filter((row) => row['status_bayar'] === 'dibayar');
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      const gross = Number(row['tpp_bruto']);
      const parts = Number(row['komponen_disiplin']) + Number(row['komponen_kinerja']) + Number(row['tpp_plt'] ?? 0) - Number(row['potongan_hukdis']) - Number(row['pembulatan_bruto']);
      expect(gross, row['nip']).toBe(parts);
      expect(gross % 1000, row['nip']).toBe(0);
      expect(Number(row['pembulatan_bruto'])).toBeGreaterThanOrEqual(0);
      expect(Number(row['pembulatan_bruto'])).toBeLessThan(1000);
    }
  });

  it('the gate halves the pay of those present on fewer than 90 % of paid days, and only theirs', () => {
    const rows = readCsv(join(out, 'pegawai.csv'));
    for (const row of rows) {
      const present = Number(row['persen_hadir']);
      if (row['status_bayar'] !== 'dibayar') continue;
      expect(Number(row['persen_bayar_kehadiran']), row['nip']).toBe(present < 25 ? 0 : present < 90 ? 50 : 100);
    }
    expect(rows.some((row) => Number(row['persen_bayar_kehadiran']) === 50)).toBe(true);
  });

  it('the payout list adds up to ringkasan.json', () => {
    const rows = readCsv(join(out, 'tpp.csv'));
    const sum = (key: string) => rows.reduce((total, row) => total + Number(row[key] || 0), 0);
    const ringkasan = JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8')) as { total: { bruto: number; netto: number } };
    expect(sum('tpp_bruto')).toBe(ringkasan.total.bruto);
    expect(sum('tpp_netto')).toBe(ringkasan.total.netto);
  });
});

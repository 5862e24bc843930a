import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRingkasan } from '../helpers/ringkasan.js';
import { readCsv, runCli, tempDir } from './run-cli.js';

describe('kinerja demo (fixtures/contoh)', () => {
  const cwd = tempDir();
  const first = runCli(['demo'], { cwd });
  const again = runCli(['demo'], { cwd });
  const out = join(cwd, 'hasil-demo');
  const pegawai = readCsv(join(out, 'pegawai.csv'));

  it('writes every report into ./hasil-demo/ and replaces an earlier demo', () => {
    expect([first.status, again.status]).toEqual([0, 0]);
    for (const f of ['pegawai.csv', 'unit.csv', 'tpp.csv', 'validasi.csv', 'tindak_lanjut.csv', 'ringkasan.json', 'kinerja-2026-10.xlsx']) expect(existsSync(join(out, f))).toBe(true);
  });

  it('is a believable agency: units, CPNS, PPPK, a joiner, exclusions, sanctions, turun indicators', () => {
    expect(pegawai.length).toBeGreaterThanOrEqual(40);
    expect(new Set(pegawai.map((r) => r['unit'])).size).toBeGreaterThanOrEqual(3);
    expect(pegawai.some((r) => r['status'] === 'CPNS' && r['faktor_status'] === '80.00')).toBe(true);
    expect(pegawai.some((r) => r['status'] === 'PPPK' && r['golongan'] === 'IX')).toBe(true);
    expect(pegawai.some((r) => r['hari_kerja'] === '15' && r['faktor_hari'] === '0.6818')).toBe(true);
    expect(pegawai.some((r) => r['status_bayar'] === 'nihil' && (r['keterangan'] ?? '').includes('CLTN'))).toBe(true);
    expect(pegawai.some((r) => Number(r['potongan_hukdis']) > 0)).toBe(true);
    expect(pegawai.some((r) => Number(r['tl2']) > 0) && pegawai.some((r) => Number(r['psw1']) > 0)).toBe(true);
    const ringkasan = readRingkasan(out);
    expect(ringkasan.paket_aturan.nama).toBe('contoh-kabupaten');
    expect(ringkasan.jumlah.error).toBe(0);
    expect(ringkasan.predikat.SANGAT_BAIK).toBeGreaterThan(0);
    expect(ringkasan.predikat.BUTUH_PERBAIKAN).toBeGreaterThan(0);
  });

  it('every input row is accounted for', () => {
    const ringkasan = readRingkasan(out);
    for (const b of ringkasan.berkas) expect(b.dibaca, b.nama).toBe(b.dipakai + b.ditolak + b.diabaikan + b.dilewati);
  });
});

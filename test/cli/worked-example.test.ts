import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';

describe('SPEC §7 worked example through the CLI', () => {
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--out', out], { env: { TZ: 'Asia/Jakarta' } });

  it('exits 0 and writes every report', () => {
    expect(run.status).toBe(0);
    for (const f of ['pegawai.csv', 'unit.csv', 'tpp.csv', 'validasi.csv', 'tindak_lanjut.csv', 'ringkasan.json', 'kinerja-2026-10.xlsx']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
  });

  it('matches the worked example to the rupiah', () => {
    const budi = readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === '198503172010011003')!;
    expect(budi).toMatchObject({
      hari_kerja: '22',
      tl1: '2',
      tl2: '1',
      psw1: '1',
      tk: '1',
      potongan_disiplin: '7.50',
      nilai_disiplin: '92.50',
      capaian_skp: '103.33',
      nilai_skp: '112.59',
      rating_hasil_kerja: 'SESUAI',
      nilai_perilaku: '92.00',
      rating_perilaku: 'DI_ATAS',
      predikat: 'BAIK',
      faktor_predikat: '100.00',
      komponen_disiplin: '1850000',
      komponen_kinerja: '3000000',
      tpp_bruto: '4850000',
      pph21: '242500',
      bpjs_pegawai: '48500',
      bpjs_pemda: '194000',
      tpp_netto: '4559000',
      status_bayar: 'dibayar',
    });
  });

  it('pays the mid-month joiner pro rata (15/22 → 3,306,819)', () => {
    const rina = readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === '199001152015021002')!;
    expect(rina).toMatchObject({ hari_kerja: '15', faktor_hari: '0.6818', nilai_disiplin: '92.50', komponen_disiplin: '1261364', komponen_kinerja: '2045455', tpp_bruto: '3306819' });
  });

  it('lists the paid employees in tpp.csv and totals in unit.csv and ringkasan.json', () => {
    const tpp = readCsv(join(out, 'tpp.csv'));
    expect(tpp.map((r) => [r['no'], r['nip'], r['tpp_netto']])).toEqual([
      ['1', '198503172010011003', '4559000'],
      ['2', '199001152015021002', String(3_306_819 - 165_340 - 33_068)],
    ]);
    const unit = readCsv(join(out, 'unit.csv'))[0]!;
    expect(unit).toMatchObject({ unit: 'BKPSDM', jumlah_pegawai: '2', baik: '2', total_bruto: String(4_850_000 + 3_306_819), kurva: 'tidak_dicek' });
    const ringkasan = readRingkasan(out);
    expect(ringkasan).toMatchObject({ periode: '2026-10', hari_kerja_periode: 22, kode_keluar: 0, jumlah: { pegawai: 2, dibayar: 2, ditahan: 0, nihil: 0, error: 0 } });
    expect(ringkasan.total.bruto).toBe(4_850_000 + 3_306_819);
    expect(ringkasan.berkas.find((b: { masukan: string }) => b.masukan === 'presensi')).toMatchObject({ dibaca: 38, dipakai: 37, dilewati: 1, ditolak: 0, diabaikan: 0 });
  });
});

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';
import { withSampleLocalRules } from '../helpers/builders.js';

// The Pekalongan-style pack, with the sample's own shift definitions and Plt rule (local data it lacks).
const PAKET_TER = withSampleLocalRules(join(fixture('paket-ter'), 'paket-aturan.yaml'), tempDir());
const sum = (rows: Record<string, string>[], key: string) => rows.reduce((s, r) => s + Number(r[key]), 0);

describe('the sample agency under the 40 tetap / 36 presensi / 24 kinerja pack with PPh 21 TER', () => {
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', fixture('contoh'), '--policy', PAKET_TER, '--out', out]);
  const pegawai = readCsv(join(out, 'pegawai.csv'));
  const byNip = new Map(pegawai.map((r) => [r['nip']!, r]));

  it('exits 0 and holds nobody: every employee has status_ptkp and penghasilan_bruto', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(pegawai).toHaveLength(52);
    expect(pegawai.filter((r) => r['status_bayar'] === 'ditahan')).toEqual([]);
    expect(readCsv(join(out, 'validasi.csv')).filter((f) => f['tingkat'] === 'error')).toEqual([]);
    expect(Object.keys(pegawai[0]!).filter((k) => k.startsWith('komponen_'))).toEqual(['komponen_tetap', 'komponen_presensi', 'komponen_kinerja']);
  });

  it("Muhammad Ma'ruf (TK/0 → category A): both incomes taxed, worked by hand", () => {
    // pagu 5,250,000, full month, nilai_disiplin 100, capaian_skp 118.33 (counts as 100):
    //   tetap 40% = 2,100,000; presensi 36% × 100% = 1,890,000; kinerja 24% × 100% = 1,260,000 → bruto 5,250,000.
    // penghasilan_bruto 6,586,900 → A, 6,300,000 < x <= 6,750,000 → 1%    → floor(65,869.00)  = 65,869
    // 6,586,900 + 5,250,000 = 11,836,900 → A, 11,600,000 < x <= 12,500,000 → 4% → floor(473,476.00) = 473,476
    // pph21 = 473,476 − 65,869 = 407,607.
    // BPJS: min(5,250,000, 12,000,000 − gaji 5,554,500) × 1% = 52,500; netto = 5,250,000 − 407,607 − 52,500.
    expect(byNip.get('197911302001011988')).toMatchObject({
      komponen_tetap: '2100000',
      komponen_presensi: '1890000',
      komponen_kinerja: '1260000',
      tpp_bruto: '5250000',
      pph21: '407607',
      bpjs_pegawai: '52500',
      tpp_netto: '4789893',
    });
  });

  it('Hadi Kurniawan (K/1 → category B, a 25% sanction): the salary alone falls in the 0% band', () => {
    // pagu 4,250,000: tetap 1,700,000; presensi 36% × 85% = 1,300,500; kinerja 24% × 100% = 1,020,000;
    //   subtotal 4,020,500, hukdis 25% = 1,005,125 → bruto 3,015,375.
    // penghasilan_bruto 6,016,100 → B, <= 6,200,000 → 0%                 → 0
    // 6,016,100 + 3,015,375 = 9,031,475 → B, 7,300,000 < x <= 9,200,000 → 1% → floor(90,314.75) = 90,314
    // pph21 = 90,314 − 0 = 90,314.
    expect(byNip.get('199410272020031037')).toMatchObject({ potongan_hukdis: '1005125', tpp_bruto: '3015375', pph21: '90314' });
  });

  it('Dr. H. Slamet Riyadi (K/3 → category C): the step from 1.5% to 7%', () => {
    // bruto 8,983,800 (tetap 3,600,000; presensi 36% × 99.5% = 3,223,800; kinerja 2,160,000).
    // penghasilan_bruto 10,406,600 → C, 9,800,000 < x <= 10,950,000 → 1.5% → floor(156,099.00) = 156,099
    // 10,406,600 + 8,983,800 = 19,390,400 → C, 17,050,000 < x <= 19,500,000 → 7% → floor(1,357,328.00) = 1,357,328
    // pph21 = 1,357,328 − 156,099 = 1,201,229.
    expect(byNip.get('196901111999031955')).toMatchObject({ tpp_bruto: '8983800', pph21: '1201229' });
  });

  it('every line and every total reconciles', () => {
    for (const r of pegawai) {
      const komponen = Number(r['komponen_tetap']) + Number(r['komponen_presensi']) + Number(r['komponen_kinerja']) + Number(r['tpp_plt']);
      expect(komponen - Number(r['potongan_hukdis']), r['nip']).toBe(Number(r['tpp_bruto']));
      expect(Number(r['tpp_bruto']) - Number(r['pph21']) - Number(r['bpjs_pegawai']), r['nip']).toBe(Number(r['tpp_netto']));
      expect(Number(r['tpp_netto']), r['nip']).toBeGreaterThanOrEqual(0);
    }
    const units = readCsv(join(out, 'unit.csv'));
    for (const [total, line] of [
      ['total_bruto', 'tpp_bruto'],
      ['total_pph21', 'pph21'],
      ['total_bpjs_pegawai', 'bpjs_pegawai'],
      ['total_netto', 'tpp_netto'],
    ] as const) {
      for (const u of units) expect(Number(u[total]), `${u['unit']} ${total}`).toBe(sum(pegawai.filter((r) => r['unit'] === u['unit']), line));
    }
    const ringkasan = readRingkasan(out);
    expect(ringkasan.paket_aturan.nama).toBe('contoh-tetap-presensi-kinerja-ter');
    expect(ringkasan.total).toMatchObject({ bruto: sum(pegawai, 'tpp_bruto'), pph21: sum(pegawai, 'pph21'), netto: sum(pegawai, 'tpp_netto') });
    const tpp = readCsv(join(out, 'tpp.csv'));
    expect(sum(tpp, 'tpp_netto')).toBe(sum(pegawai, 'tpp_netto'));
  });
});

describe('PPh 21 TER without tax data', () => {
  // The worked example's two employees; the first has a status_ptkp, the second none.
  const input = tempDir();
  cpSync(fixture('worked-example'), input, { recursive: true });
  const lines = readFileSync(join(input, 'pegawai.csv'), 'utf8').trimEnd().split('\n');
  writeFileSync(join(input, 'pegawai.csv'), [`${lines[0]},status_ptkp`, `${lines[1]},K/1`, `${lines[2]},`].join('\n') + '\n');
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', input, '--policy', PAKET_TER, '--out', out]);

  it('holds the employee without status_ptkp (DATA_PAJAK_KURANG, exit 1) and pays the other', () => {
    expect(run.status).toBe(1);
    const rows = new Map(readCsv(join(out, 'pegawai.csv')).map((r) => [r['nip']!, r]));
    expect(rows.get('199001152015021002')).toMatchObject({ status_bayar: 'ditahan', tpp_bruto: '0', pph21: '0', tpp_netto: '0', keterangan: 'DATA_PAJAK_KURANG' });
    expect(rows.get('198503172010011003')).toMatchObject({ status_bayar: 'dibayar' });
    const finding = readCsv(join(out, 'validasi.csv')).find((f) => f['kode'] === 'DATA_PAJAK_KURANG')!;
    expect(finding).toMatchObject({ tingkat: 'error', berkas: 'pegawai.csv', baris: '3', nip: '199001152015021002' });
  });
});

import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import { parseGolongan } from '../../src/golongan.js';
import { computeTpp, type TppInput } from '../../src/tpp/compute-tpp.js';
import { aPack, x } from '../helpers/builders.js';

const pack = aPack();
const workedExample = (over: Partial<TppInput> = {}): TppInput => ({
  pagu: 5_000_000,
  status: 'PNS',
  hariBayar: 22,
  hariKerjaPenuh: 22,
  tk: 1,
  nilai: { nilai_disiplin: x('92.5') },
  faktorPredikat: x(100),
  persenHukdis: Exact.ZERO,
  held: false,
  golongan: parseGolongan('III/c', false)!,
  gaji: 4_200_000,
  ...over,
});

describe('TPP', () => {
  it('SPEC §7 worked example to the rupiah', () => {
    const r = computeTpp(workedExample(), pack);
    expect(r.komponen.map((k) => [k.nama, k.jumlah])).toEqual([
      ['disiplin', 1_850_000],
      ['kinerja', 3_000_000],
    ]);
    expect([r.tppBruto, r.pph21, r.bpjsPegawai, r.bpjsPemda, r.tppNetto]).toEqual([4_850_000, 242_500, 48_500, 194_000, 4_559_000]);
    expect(r.statusBayar).toBe('dibayar');
  });

  it('SPEC §7 pro rata: joining on the 12th works 15 of 22 days → bruto 3,306,819', () => {
    const r = computeTpp(workedExample({ hariBayar: 15 }), pack);
    expect(r.faktorHari.toString()).toBe('15/22');
    expect(r.komponen.map((k) => k.jumlah)).toEqual([1_261_364, 2_045_455]);
    expect(r.tppBruto).toBe(3_306_819);
  });

  it('pays a CPNS 80%', () => {
    const r = computeTpp(workedExample({ status: 'CPNS', nilai: { nilai_disiplin: x(100) } }), pack);
    expect(r.tppBruto).toBe(4_000_000);
  });

  it('takes the largest active sanction off the subtotal', () => {
    const r = computeTpp(workedExample({ persenHukdis: x(25) }), pack);
    expect(r.potonganHukdis).toBe(1_212_500);
    expect(r.tppBruto).toBe(3_637_500);
  });

  it('rounds components down to thousands with floor_1000', () => {
    const r = computeTpp(workedExample({ hariBayar: 15 }), aPack({ pembulatan: 'floor_1000' }));
    expect(r.komponen.map((k) => k.jumlah)).toEqual([1_261_000, 2_045_000]);
  });

  it('holds an employee with an error: every money column 0', () => {
    const r = computeTpp(workedExample({ held: true }), pack);
    expect(r.statusBayar).toBe('ditahan');
    expect([r.tppBruto, r.pph21, r.bpjsPegawai, r.bpjsPemda, r.tppNetto, ...r.komponen.map((k) => k.jumlah)]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it.each([
    [{ keteranganTpp: 'CLTN' }, ['CLTN']],
    [{ tk: 10 }, ['TK_MELEBIHI_BATAS']],
    [{ hariBayar: 0 }, ['TIDAK_ADA_HARI_BAYAR']],
    [{ keteranganTpp: 'MPP', tk: 12 }, ['MPP', 'TK_MELEBIHI_BATAS']],
  ] as const)('is nihil for %j with reasons %j', (over, reasons) => {
    const r = computeTpp(workedExample(over), pack);
    expect(r.statusBayar).toBe('nihil');
    expect(r.alasanNihil).toEqual(reasons);
    expect(r.tppNetto).toBe(0);
  });

  it('9 TK days still pays; the TK gate can be switched off', () => {
    expect(computeTpp(workedExample({ tk: 9 }), pack).statusBayar).toBe('dibayar');
    expect(computeTpp(workedExample({ tk: 15 }), aPack({ presensi: { tk_batas_hari_tpp_nol: null } })).statusBayar).toBe('dibayar');
  });

  it('held wins over nihil', () => {
    expect(computeTpp(workedExample({ held: true, keteranganTpp: 'CLTN' }), pack).statusBayar).toBe('ditahan');
  });

  it('pays the 40 tetap / 36 presensi / 24 kinerja split with capaian capped at 100', () => {
    const split = aPack({
      tpp: {
        komponen: [
          { nama: 'tetap', bobot: 40, dasar: 'tetap' },
          { nama: 'presensi', bobot: 36, dasar: 'nilai_disiplin' },
          { nama: 'kinerja', bobot: 24, dasar: 'capaian_skp' },
        ],
      },
    });
    const r = computeTpp(workedExample({ nilai: { nilai_disiplin: x(90), capaian_skp: x(110) } }), split);
    expect(r.komponen.map((k) => k.jumlah)).toEqual([2_000_000, 1_620_000, 1_200_000]);
  });
});

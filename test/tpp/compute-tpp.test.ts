import { describe, expect, it } from 'vitest';
import { computeTpp, type TppInput } from '../../src/tpp/compute-tpp.js';
import { aPack, workedExampleTpp, x } from '../helpers/builders.js';

const pack = aPack();
const workedExample = workedExampleTpp;

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

describe('the largest amounts a valid pack and valid inputs allow', () => {
  it('pagu 10^13 × faktor_status 1000% × faktor_predikat 1000% is paid to the rupiah, below 2^53', () => {
    const extreme = aPack({
      tpp: { faktor_status: { PNS: 1000 }, komponen: [{ nama: 'predikat', bobot: 100, dasar: 'faktor_predikat' }] },
      pajak: { metode: 'ter' },
    });
    const r = computeTpp(workedExample({ pagu: 1e13, faktorPredikat: x(1000), hariBayar: 21, statusPtkp: 'K/3', penghasilanBruto: 1e13 }), extreme);
    // 10^13 × 10 × 10 × 21/22, rounded half up.
    expect(r.komponen[0]!.jumlah).toBe(954_545_454_545_455);
    expect(r.tppBruto).toBe(954_545_454_545_455);
    // TER 34% of (10^13 + bruto) = 327,945,454,545,454.7 less 34% of 10^13, each floored (pajak.pembulatan).
    expect(r.pph21).toBe(324_545_454_545_454);
    expect(r.tppNetto).toBe(r.tppBruto - r.pph21 - r.bpjsPegawai);
  });
});

describe('rounding of components and sanctions (pembulatan)', () => {
  // dasar = 5,000,000 × 15/22 = 3,409,090.909…; disiplin 40% × 92.5% = 1,261,363.636…,
  // kinerja 60% × 100% = 2,045,454.545…; the sanction is 25% of the subtotal of rounded lines.
  it.each([
    ['half_up', [1_261_364, 2_045_455], 826_705, 2_480_114],
    ['floor', [1_261_363, 2_045_454], 826_704, 2_480_113],
    ['floor_1000', [1_261_000, 2_045_000], 826_000, 2_480_000],
  ] as const)('%s: components %j, hukdis %i, bruto %i', (pembulatan, komponen, hukdis, bruto) => {
    const r = computeTpp(workedExample({ hariBayar: 15, persenHukdis: x(25) }), aPack({ pembulatan }));
    expect(r.komponen.map((k) => k.jumlah)).toEqual(komponen);
    expect(r.potonganHukdis).toBe(hukdis);
    // Bruto is the sum of the rounded lines minus the rounded sanction, never a rounding of the exact total.
    expect(r.tppBruto).toBe(komponen[0] + komponen[1] - hukdis);
    expect(r.tppBruto).toBe(bruto);
  });

  it('half_up rounds a half rupiah up, floor never does', () => {
    // 1,000,002 × 50% × 50% = 250,000.5 and 1,000,002 × 50% × 75% = 375,000.75.
    const split = { tpp: { komponen: [{ nama: 'a', bobot: 50, dasar: 'nilai_disiplin' }, { nama: 'b', bobot: 50, dasar: 'nilai_perilaku' }] } };
    const input = workedExample({ pagu: 1_000_002, nilai: { nilai_disiplin: x(50), nilai_perilaku: x(75) } });
    expect(computeTpp(input, aPack({ ...split, pembulatan: 'half_up' })).komponen.map((k) => k.jumlah)).toEqual([250_001, 375_001]);
    expect(computeTpp(input, aPack({ ...split, pembulatan: 'floor' })).komponen.map((k) => k.jumlah)).toEqual([250_000, 375_000]);
  });
});

describe('rounding the gross total (pembulatan.bruto)', () => {
  it('floor_1000 rounds the total, not each component, and tax and BPJS use the rounded gross', () => {
    // 20 of 22 days: dasar = 5,000,000 × 20/22 = 4,545,454.5454…
    // disiplin = dasar × 40% × 92.5% = 1,681,818.1818… → half_up 1,681,818
    // kinerja  = dasar × 60% × 100%  = 2,727,272.7272… → half_up 2,727,273
    // components 1,681,818 + 2,727,273 = 4,409,091, no sanction; down to Rp 1,000: 4,409,000 (91 off).
    const r = computeTpp(workedExample({ hariBayar: 20 }), aPack({ pembulatan: { bruto: 'floor_1000' } }));
    expect(r.komponen.map((k) => k.jumlah)).toEqual([1_681_818, 2_727_273]);
    expect([r.potonganHukdis, r.pembulatanBruto, r.tppBruto]).toEqual([0, 91, 4_409_000]);
    // PPh 21 III/c 5% of 4,409,000 = 220,450; BPJS on min(4,409,000, 12,000,000 − 4,200,000) = 4,409,000:
    // 1% = 44,090, 4% = 176,360; netto 4,409,000 − 220,450 − 44,090 = 4,144,460.
    expect([r.pph21, r.bpjsPegawai, r.bpjsPemda, r.tppNetto]).toEqual([220_450, 44_090, 176_360, 4_144_460]);
    // Rounding each component to Rp 1,000 instead loses up to 999 per line: 1,681,000 + 2,727,000 = 4,408,000.
    const perLine = computeTpp(workedExample({ hariBayar: 20 }), aPack({ pembulatan: 'floor_1000' }));
    expect([perLine.tppBruto, perLine.pembulatanBruto]).toEqual([4_408_000, 0]);
  });

  it('rounds after the sanction, and an exact thousand stays as it is', () => {
    // 15 of 22 days, sanction 25%: components 1,261,364 + 2,045,455 = 3,306,819 (see above);
    // sanction 25% = 826,704.75 → 826,705; 3,306,819 − 826,705 = 2,480,114 → 2,480,000 (114 off).
    const rounded = aPack({ pembulatan: { bruto: 'floor_1000' } });
    const r = computeTpp(workedExample({ hariBayar: 15, persenHukdis: x(25) }), rounded);
    expect([r.potonganHukdis, r.pembulatanBruto, r.tppBruto]).toEqual([826_705, 114, 2_480_000]);
    // Full month: 1,850,000 + 3,000,000 = 4,850,000 is already whole thousands: nothing taken off.
    const full = computeTpp(workedExample(), rounded);
    expect([full.pembulatanBruto, full.tppBruto, full.tppNetto]).toEqual([0, 4_850_000, 4_559_000]);
  });

  it('takes nothing off an employee who is not paid', () => {
    const r = computeTpp(workedExample({ hariBayar: 20, held: true }), aPack({ pembulatan: { bruto: 'floor_1000' } }));
    expect([r.pembulatanBruto, r.tppBruto]).toEqual([0, 0]);
  });
});

describe('rounding the sanction like the amount it reduces (pembulatan.potongan)', () => {
  // 15 of 22 days with a 25% sanction (components as in the table above).
  const input = workedExample({ hariBayar: 15, persenHukdis: x(25) });

  it('floor_1000: the sanction rounds up to Rp 1,000, no longer in the employee\'s favour', () => {
    // components 1,261,000 + 2,045,000 = 3,306,000.
    // sendiri (today): sanction 25% = 826,500 → down to 826,000, bruto 2,480,000 (500 kept by the employee).
    // sama_dengan_jumlah: what is left, 75% = 2,479,500 → down to 2,479,000; sanction 3,306,000 − 2,479,000 = 827,000.
    const r = computeTpp(input, aPack({ pembulatan: { komponen: 'floor_1000', potongan: 'sama_dengan_jumlah' } }));
    expect(r.komponen.map((k) => k.jumlah)).toEqual([1_261_000, 2_045_000]);
    expect([r.potonganHukdis, r.tppBruto]).toEqual([827_000, 2_479_000]);
    const today = computeTpp(input, aPack({ pembulatan: { komponen: 'floor_1000', potongan: 'sendiri' } }));
    expect([today.potonganHukdis, today.tppBruto]).toEqual([826_000, 2_480_000]);
  });

  it('floor: the sanction rounds up to the rupiah', () => {
    // components 1,261,363 + 2,045,454 = 3,306,817; 75% = 2,480,112.75 → 2,480,112; sanction 826,705
    // (sendiri: 25% = 826,704.25 → 826,704).
    const r = computeTpp(input, aPack({ pembulatan: { komponen: 'floor', potongan: 'sama_dengan_jumlah' } }));
    expect([r.potonganHukdis, r.tppBruto]).toEqual([826_705, 2_480_112]);
  });

  it('half_up: a half rupiah goes to the amount paid, as it does for components', () => {
    // components 1,261,364 + 2,045,455 = 3,306,819; a 50% sanction is 1,653,409.5.
    // sendiri: sanction 1,653,410, bruto 1,653,409; sama_dengan_jumlah: bruto 1,653,409.5 → 1,653,410, sanction 1,653,409.
    const half = workedExample({ hariBayar: 15, persenHukdis: x(50) });
    expect(computeTpp(half, aPack({ pembulatan: { potongan: 'sendiri' } })).potonganHukdis).toBe(1_653_410);
    const r = computeTpp(half, aPack({ pembulatan: { potongan: 'sama_dengan_jumlah' } }));
    expect([r.potonganHukdis, r.tppBruto]).toEqual([1_653_409, 1_653_410]);
  });

  it('with the gross rounded too, the sanction is rounded first and the gross after', () => {
    // floor_1000 components 3,306,000; sanction 827,000 (as above) leaves 2,479,000, already whole thousands.
    // half_up components 3,306,819; 75% = 2,480,114.25 → 2,480,114, sanction 826,705; gross 2,480,000 (114 off).
    const both = (komponen: string) => aPack({ pembulatan: { komponen, potongan: 'sama_dengan_jumlah', bruto: 'floor_1000' } });
    const a = computeTpp(input, both('floor_1000'));
    expect([a.potonganHukdis, a.pembulatanBruto, a.tppBruto]).toEqual([827_000, 0, 2_479_000]);
    const b = computeTpp(input, both('half_up'));
    expect([b.potonganHukdis, b.pembulatanBruto, b.tppBruto]).toEqual([826_705, 114, 2_480_000]);
  });

  it('a 100% sanction leaves nothing under either rule', () => {
    const all = workedExample({ hariBayar: 15, persenHukdis: x(100) });
    const r = computeTpp(all, aPack({ pembulatan: { komponen: 'floor_1000', potongan: 'sama_dengan_jumlah', bruto: 'floor_1000' } }));
    expect([r.potonganHukdis, r.pembulatanBruto, r.tppBruto, r.tppNetto]).toEqual([3_306_000, 0, 0, 0]);
  });
});

describe('component bases (komponen[].dasar)', () => {
  const everyKind = aPack({
    tpp: {
      komponen: [
        { nama: 'disiplin', bobot: 10, dasar: 'nilai_disiplin' },
        { nama: 'predikat', bobot: 10, dasar: 'faktor_predikat' },
        { nama: 'capaian', bobot: 20, dasar: 'capaian_skp' },
        { nama: 'perilaku', bobot: 20, dasar: 'nilai_perilaku' },
        { nama: 'kinerja', bobot: 20, dasar: 'nilai_kinerja' },
        { nama: 'tetap', bobot: 20, dasar: 'tetap' },
      ],
    },
  });
  const run = (nilai: TppInput['nilai'], faktorPredikat = x(100)) =>
    computeTpp(workedExample({ pagu: 10_000_000, nilai, faktorPredikat }), everyKind).komponen.map((k) => [k.nama, k.nilaiDasar.toString(), k.jumlah]);

  it('pays each kind on its own value; capaian_skp and nilai_kinerja count at most 100, faktor_predikat may exceed it', () => {
    expect(run({ nilai_disiplin: x('92.5'), capaian_skp: x(112), nilai_perilaku: x('85.5'), nilai_kinerja: x(104) }, x(120))).toEqual([
      ['disiplin', '92.5', 925_000],
      ['predikat', '120', 1_200_000],
      ['capaian', '100', 2_000_000],
      ['perilaku', '85.5', 1_710_000],
      ['kinerja', '100', 2_000_000],
      ['tetap', '100', 2_000_000],
    ]);
  });

  it('uses capaian_skp and nilai_kinerja below 100 as they are', () => {
    expect(run({ nilai_disiplin: x(100), capaian_skp: x('87.5'), nilai_perilaku: x(100), nilai_kinerja: x('76.25') }).map((k) => k[2])).toEqual([
      1_000_000, 1_000_000, 1_750_000, 2_000_000, 1_525_000, 2_000_000,
    ]);
  });

  it('a missing value pays 0 on its component; tetap pays in full whatever the scores', () => {
    expect(run({}, x(0)).map((k) => k[2])).toEqual([0, 0, 0, 0, 0, 2_000_000]);
  });
});

describe('PPh 21 methods through the TPP', () => {
  it.each(['ditanggung', 'tidak_ada'])('%s: no PPh 21, net = bruto − BPJS', (metode) => {
    const r = computeTpp(workedExample(), aPack({ pajak: { metode } }));
    expect([r.tppBruto, r.pph21, r.bpjsPegawai, r.tppNetto]).toEqual([4_850_000, 0, 48_500, 4_801_500]);
    expect(r.pph21Detail).toEqual({ metode });
  });

  it('TER takes penghasilan_bruto as the other income, else gaji', () => {
    const ter = aPack({ pajak: { metode: 'ter' } });
    // A, gaji 4,200,000 (0%); 4,200,000 + 4,850,000 = 9,050,000 → 1.75% = 158,375.
    expect(computeTpp(workedExample({ statusPtkp: 'TK/0' }), ter).pph21).toBe(158_375);
    // A, penghasilan_bruto 6,000,000 → 0.75% = 45,000; 10,850,000 → 3% = 325,500; 325,500 − 45,000.
    expect(computeTpp(workedExample({ statusPtkp: 'TK/0', penghasilanBruto: 6_000_000 }), ter).pph21).toBe(280_500);
  });

  it('never takes more than the TPP left after BPJS: the rest of a TER step is reported, the net is 0', () => {
    // A: other income 12,500,000 → 4% = 500,000; + TPP 100,000 = 12,600,000 → 5% = 630,000. The TER
    // step is 130,000 on a TPP of 100,000. BPJS: min(100,000, 12,000,000 − 11,950,000) × 1% = 500.
    const ter = aPack({ pajak: { metode: 'ter' } });
    const r = computeTpp(
      workedExample({ pagu: 100_000, nilai: { nilai_disiplin: x(100) }, statusPtkp: 'TK/0', gaji: 11_950_000, penghasilanBruto: 12_500_000 }),
      ter,
    );
    expect([r.tppBruto, r.bpjsPegawai, r.pph21, r.pph21Kurang, r.tppNetto]).toEqual([100_000, 500, 99_500, 30_500, 0]);
    expect(r.pph21Detail).toMatchObject({ pajakTotal: 630_000, pajakLain: 500_000 });
    expect(computeTpp(workedExample({ statusPtkp: 'TK/0' }), ter).pph21Kurang).toBeUndefined();
  });
});

/**
 * computeTpp rounds each amount straight from an exact product, with per-pack constants and a
 * double fast path below 2^53. Here it is compared with the step-by-step Exact formulas it replaced
 * (SPEC §4.7–4.8 as first written, plus the sanction and gross rounding of `pembulatan`), on huge pagu,
 * odd percentages and every rounding mode.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREDIKAT } from '../../src/model/domain.js';
import { Exact, type MoneyRounding } from '../../src/exact.js';
import { parseGolongan } from '../../src/model/golongan.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { computeTpp, nihilReasons, type TppInput } from '../../src/tpp/compute-tpp.js';
import { tarifKey, terCategory, terRate } from '../../src/tpp/compute-pph21.js';
import { aPack } from '../helpers/builders.js';
import { ref, refRoundRupiah } from '../helpers/reference-exact.js';

/** Rounding of the reference: the old always-reduced arithmetic, independent of src/exact.ts's rounding. */
const roundRupiah = (amount: Exact, mode: MoneyRounding): number => Number(refRoundRupiah(ref(amount.num, amount.den), mode));

/** The pre-fast-path computation of the money columns, one reduced Exact per step. */
function reference(input: TppInput, pack: RulePack) {
  const faktorHari = input.hariKerjaPenuh === 0 ? Exact.ZERO : Exact.of(input.hariBayar, input.hariKerjaPenuh);
  const faktorStatus = pack.tpp.faktor_status[input.status];
  const statusBayar = input.held ? 'ditahan' : nihilReasons(input, pack).length > 0 ? 'nihil' : 'dibayar';
  const dasar = input.pagu !== undefined && faktorStatus !== undefined ? Exact.of(input.pagu).mul(faktorStatus).div(Exact.HUNDRED).mul(faktorHari) : undefined;
  const zero = { jumlah: pack.tpp.komponen.map(() => 0), potonganHukdis: 0, tppBruto: 0, pph21: 0, pph21Kurang: undefined as number | undefined, dasarBpjs: 0, bpjsPegawai: 0, bpjsPemda: 0, tppNetto: 0 };
  const out = { faktorHari, dasar, statusBayar, ...zero };
  if (statusBayar !== 'dibayar' || dasar === undefined) return out;
  const base = (d: (typeof pack.tpp.komponen)[number]['dasar']): Exact => {
    if (d === 'tetap') return Exact.HUNDRED;
    if (d === 'faktor_predikat') return input.faktorPredikat;
    const v = input.nilai[d] ?? Exact.ZERO;
    return d === 'capaian_skp' || d === 'nilai_kinerja' ? v.min(Exact.HUNDRED) : v;
  };
  const rounding = pack.pembulatan;
  out.jumlah = pack.tpp.komponen.map((k) => roundRupiah(dasar.mul(k.bobot).div(Exact.HUNDRED).mul(base(k.dasar)).div(Exact.HUNDRED), rounding.komponen));
  const subtotal = out.jumlah.reduce((s, j) => s + j, 0);
  out.potonganHukdis =
    rounding.potongan === 'sendiri'
      ? roundRupiah(Exact.of(subtotal).mul(input.persenHukdis).div(Exact.HUNDRED), rounding.komponen)
      : subtotal - roundRupiah(Exact.of(subtotal).mul(Exact.HUNDRED.sub(input.persenHukdis)).div(Exact.HUNDRED), rounding.komponen);
  out.tppBruto = subtotal - out.potonganHukdis;
  if (rounding.bruto === 'floor_1000') out.tppBruto = roundRupiah(Exact.of(out.tppBruto), 'floor_1000');
  const pajak = pack.pajak;
  const taxOf = (amount: number, tarif: Exact) => roundRupiah(Exact.of(amount).mul(tarif).div(Exact.HUNDRED), pajak.pembulatan);
  let tax = 0;
  if (pajak.metode === 'tarif_golongan') {
    const key = input.golongan ? tarifKey(input.golongan, pajak.tarif_golongan) : undefined;
    tax = taxOf(out.tppBruto, key === undefined ? Exact.ZERO : pajak.tarif_golongan[key]!);
  } else if (pajak.metode === 'ter') {
    const bands = pajak.ter[terCategory(input.statusPtkp ?? 'TK/0')];
    const lain = input.penghasilanBruto ?? input.gaji ?? 0;
    tax = Math.max(0, taxOf(lain + out.tppBruto, terRate(bands, lain + out.tppBruto)) - taxOf(lain, terRate(bands, lain)));
  }
  out.dasarBpjs = Math.min(out.tppBruto, Math.max(0, pack.bpjs.batas_upah - (input.gaji ?? 0)));
  const share = (persen: Exact) => roundRupiah(Exact.of(out.dasarBpjs).mul(persen).div(Exact.HUNDRED), 'half_up');
  out.bpjsPegawai = share(pack.bpjs.persen_pegawai);
  out.bpjsPemda = share(pack.bpjs.persen_pemda);
  const bearable = out.tppBruto - out.bpjsPegawai;
  out.pph21 = Math.min(tax, bearable);
  if (tax > bearable) out.pph21Kurang = tax - bearable;
  out.tppNetto = out.tppBruto - out.pph21 - out.bpjsPegawai;
  return out;
}

const ROUNDING = ['half_up', 'floor', 'floor_1000'] as const;
/** A percent with up to 3 decimals (33.333, 0.25, 87.5). */
const oddPercent = (max: number) => fc.integer({ min: 0, max: max * 1000 }).map((n) => n / 1000);
/** Weights with up to 3 decimals summing to exactly 100. */
const bobotArb = fc.integer({ min: 1, max: 4 }).chain((k) =>
  fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: k - 1, maxLength: k - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 100_000];
    return points.slice(1).map((p, i) => (p - points[i]!) / 1000);
  }),
);
const DASAR = ['tetap', 'faktor_predikat', 'capaian_skp', 'nilai_kinerja', 'nilai_disiplin', 'nilai_perilaku'] as const;

const packArb = fc
  .record({
    bobot: bobotArb,
    dasar: fc.array(fc.constantFrom(...DASAR), { minLength: 4, maxLength: 4 }),
    pembulatan: fc.constantFrom(...ROUNDING),
    potongan: fc.constantFrom('sendiri', 'sama_dengan_jumlah'),
    bruto: fc.constantFrom('tidak', 'floor_1000'),
    pajakPembulatan: fc.constantFrom(...ROUNDING),
    metode: fc.constantFrom('tarif_golongan', 'ter', 'ditanggung'),
    cpns: oddPercent(1000),
    pppk: oddPercent(100),
    tarif: fc.array(oddPercent(100), { minLength: 4, maxLength: 4 }),
    pegawai: oddPercent(100),
    pemda: oddPercent(100),
    batas: fc.oneof(fc.integer({ min: 0, max: 20_000_000 }), fc.constant(1e13)),
  })
  .map((p) =>
    aPack({
      // The scalar form of older packs when it says the same as the map.
      pembulatan: p.potongan === 'sendiri' && p.bruto === 'tidak' ? p.pembulatan : { komponen: p.pembulatan, potongan: p.potongan, bruto: p.bruto },
      tpp: {
        faktor_status: { PNS: 100, CPNS: p.cpns, PPPK: p.pppk },
        komponen: p.bobot.map((b, i) => ({ nama: `k${i}`, bobot: b, dasar: p.dasar[i]! })),
      },
      pajak: {
        metode: p.metode,
        pembulatan: p.pajakPembulatan,
        tarif_golongan: { I: p.tarif[0], II: p.tarif[1], III: p.tarif[2], IV: p.tarif[3], PPPK_I_VIII: p.tarif[0], PPPK_IX_XII: p.tarif[1], PPPK_XIII_XVII: p.tarif[3] },
      },
      bpjs: { persen_pegawai: p.pegawai, persen_pemda: p.pemda, batas_upah: p.batas },
    }),
  );

/**
 * Scores as reduced fractions with the denominators the scoring produces (2, 3, 7, 59, 100...), up
 * to `max`: nilai_disiplin and nilai_perilaku never exceed 100 (§4.2, §4.4: out-of-scale cells are
 * rejected), capaian_skp and nilai_kinerja may and are capped as a base.
 */
const scoreArb = (max: number) =>
  fc.constantFrom(1, 2, 3, 4, 7, 9, 59, 100, 21, 700).chain((d) => fc.integer({ min: 0, max: max * d }).map((n) => Exact.of(n, d)));
const paguArb = fc.oneof(fc.integer({ min: 0, max: 50_000_000 }), fc.integer({ min: 0, max: 1e13 }), fc.constantFrom(1e13, 9_999_999_999_999, 15_000_000, 5_200_000));
const inputArb = fc
  .record({
    pagu: fc.option(paguArb, { nil: undefined, freq: 10 }),
    status: fc.constantFrom('PNS', 'CPNS', 'PPPK', 'HONORER'),
    hariKerjaPenuh: fc.integer({ min: 0, max: 23 }),
    bayarCut: fc.integer({ min: 0, max: 23 }),
    tk: fc.integer({ min: 0, max: 5 }),
    nilai: fc.record({ nilai_disiplin: scoreArb(100), capaian_skp: scoreArb(150), nilai_perilaku: scoreArb(100), nilai_kinerja: scoreArb(150) }, { requiredKeys: [] }),
    predikat: fc.constantFrom(...PREDIKAT),
    persenHukdis: fc.oneof(fc.constant(Exact.ZERO), oddPercent(100).map((n) => Exact.fromNumber(n))),
    held: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    golongan: fc.constantFrom('I/a', 'II/c', 'III/d', 'IV/e', 'V', 'X', 'XV', ''),
    statusPtkp: fc.constantFrom('TK/0', 'K/1', 'K/3', 'TK/3', undefined),
    gaji: fc.option(fc.oneof(fc.integer({ min: 0, max: 20_000_000 }), fc.integer({ min: 0, max: 1e13 })), { nil: undefined, freq: 8 }),
    penghasilanBruto: fc.option(fc.integer({ min: 0, max: 200_000_000 }), { nil: undefined, freq: 3 }),
  })
  .map(
    (g) =>
      (pack: RulePack): TppInput => ({
        pagu: g.pagu,
        status: g.status,
        hariKerjaPenuh: g.hariKerjaPenuh,
        hariBayar: Math.min(g.bayarCut, g.hariKerjaPenuh),
        tk: g.tk,
        nilai: g.nilai,
        faktorPredikat: pack.tpp.faktor_predikat[g.predikat],
        persenHukdis: g.persenHukdis,
        held: g.held,
        golongan: g.golongan === '' ? undefined : parseGolongan(g.golongan, !g.golongan.includes('/')),
        statusPtkp: g.statusPtkp,
        gaji: g.gaji,
        penghasilanBruto: g.penghasilanBruto,
      }),
  );

describe('computeTpp equals the step-by-step exact computation', () => {
  it('on random packs and employees, every money column and factor', () => {
    fc.assert(
      fc.property(packArb, fc.array(inputArb, { minLength: 1, maxLength: 8 }), (pack, makers) => {
        for (const make of makers) {
          const input = make(pack);
          const got = computeTpp(input, pack);
          const want = reference(input, pack);
          expect(got.faktorHari.eq(want.faktorHari)).toBe(true);
          expect(got.dasar === undefined ? undefined : [got.dasar.num, got.dasar.den]).toEqual(want.dasar === undefined ? undefined : [want.dasar.num, want.dasar.den]);
          expect({
            statusBayar: got.statusBayar,
            jumlah: got.komponen.map((k) => k.jumlah),
            potonganHukdis: got.potonganHukdis,
            pembulatanBruto: got.pembulatanBruto,
            tppBruto: got.tppBruto,
            pph21: got.pph21,
            pph21Kurang: got.pph21Kurang,
            dasarBpjs: got.dasarBpjs,
            bpjsPegawai: got.bpjsPegawai,
            bpjsPemda: got.bpjsPemda,
            tppNetto: got.tppNetto,
          }).toEqual({
            statusBayar: want.statusBayar,
            jumlah: want.jumlah,
            potonganHukdis: want.potonganHukdis,
            pembulatanBruto: want.jumlah.reduce((s, j) => s + j, 0) - want.potonganHukdis - want.tppBruto,
            tppBruto: want.tppBruto,
            pph21: want.pph21,
            pph21Kurang: want.pph21Kurang,
            dasarBpjs: want.dasarBpjs,
            bpjsPegawai: want.bpjsPegawai,
            bpjsPemda: want.bpjsPemda,
            tppNetto: want.tppNetto,
          });
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Work result (SPEC §4.3): capaian per indicator, capaian SKP, the PermenPANRB 8/2021 conversion to
 * nilai SKP (bands as half-open intervals), and the rating against the pack's thresholds.
 */
import { Exact, ExactSum } from '../exact.js';
import type { Rating } from '../model/domain.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { createExactPool, type ExactPool } from './exact-pool.js';
import type { Indikator } from '../model/records.js';
import type { HasilKerjaResult, IndikatorResult } from '../model/results.js';

const n = (v: number) => Exact.of(v);
const C50 = n(50);
const C60 = n(60);
const C69 = n(69);
const C70 = n(70);
const C80 = n(80);
const C89 = n(89);
const C100 = n(100);
const C101 = n(101);
const C109 = n(109);
const C110 = n(110);
const C120 = n(120);
const TEN_NINTHS = Exact.of(10, 9);
const FORTY_NINE_FIFTY_NINTHS = Exact.of(49, 59);

/**
 * The clamped capaian of realisasi r against a non-zero target t, in doubles when every step is a
 * safe integer (products and differences are checked before use, so none is inexact); undefined
 * when not, for the Exact path to answer.
 */
function capaianSafe(r: Exact, t: Exact, naik: boolean, capaianMaks: Exact, pool: ExactPool): Exact | undefined {
  const rn = Number(r.num);
  const rd = Number(r.den);
  const tn = Number(t.num);
  const td = Number(t.den);
  let den = rd * tn;
  const scaled = rn * td;
  let num: number;
  if (naik) num = 100 * scaled;
  else {
    // (2 − r/t) × 100 = 100 × (2·rd·tn − rn·td) / (rd·tn)
    const twice = 2 * den;
    if (!Number.isSafeInteger(twice) || !Number.isSafeInteger(scaled)) return undefined;
    num = 100 * (twice - scaled);
  }
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den) || den === 0) return undefined;
  if (den < 0) {
    num = -num;
    den = -den;
  }
  if (num < 0) num = 0;
  const maksNum = Number(capaianMaks.num);
  const maksDen = Number(capaianMaks.den);
  const left = num * maksDen;
  const right = maksNum * den;
  if (!Number.isSafeInteger(left) || !Number.isSafeInteger(right)) return undefined;
  return left <= right ? pool.ratio(num, den) : pool.intern(capaianMaks);
}

/** Capaian of one indicator (SPEC §4.3). */
export function capaianIndikator(ind: Indikator, capaianMaks: Exact, pool: ExactPool = createExactPool()): IndikatorResult {
  const r = ind.realisasi;
  let target: Exact | undefined;
  let c: Exact;
  if (ind.target instanceof Exact) target = ind.target;
  else if (r.gt(ind.target.sampai)) target = ind.target.sampai;
  else if (r.lt(ind.target.dari)) target = ind.target.dari;
  if (target === undefined) return { indikator: ind, capaian: pool.intern(Exact.HUNDRED.clamp(Exact.ZERO, capaianMaks)) };
  const naik = ind.arah === 'naik';
  const fast = target.isZero() ? undefined : capaianSafe(r, target, naik, capaianMaks, pool);
  if (fast !== undefined) return { indikator: ind, targetDipakai: target, capaian: fast };
  if (naik) {
    c = r.div(target).mul(Exact.HUNDRED);
  } else if (target.isZero()) {
    c = r.isZero() ? capaianMaks : Exact.ZERO;
  } else {
    c = n(2).sub(r.div(target)).mul(Exact.HUNDRED);
  }
  return { indikator: ind, targetDipakai: target, capaian: pool.intern(c.clamp(Exact.ZERO, capaianMaks)) };
}

/** PermenPANRB 8/2021 conversion of capaian SKP to nilai SKP, half-open bands. */
export function nilaiSkpOf(c: Exact): Exact {
  if (c.gt(C110)) return C120;
  if (c.gt(C100)) return C110.add(c.sub(C101).mul(TEN_NINTHS)).max(C110);
  if (c.eq(C100)) return C109;
  if (c.gte(C80)) return C70.add(c.sub(C80)).min(C89);
  if (c.gte(C60)) return C50.add(c.sub(C60)).min(C69);
  return c.mul(FORTY_NINE_FIFTY_NINTHS);
}

/** Rating of hasil kerja from capaian SKP (SPEC §4.3). */
function ratingHasilKerja(capaianSkp: Exact, pack: RulePack): Rating {
  const t = pack.kinerja.hasil_kerja;
  if (capaianSkp.gte(t.di_atas)) return 'DI_ATAS';
  if (capaianSkp.gte(t.sesuai)) return 'SESUAI';
  return 'DI_BAWAH';
}

/** Computes the work result of an employee from their indicators. */
export function computeHasilKerja(indicators: readonly Indikator[], pack: RulePack, pool: ExactPool = createExactPool()): HasilKerjaResult {
  const maks = pack.kinerja.capaian_maks;
  const maksBayar = pack.kinerja.capaian_maks_bayar;
  // Exact size, not grown by push: results are kept until the end of the run (see compute-tpp.ts).
  const results = new Array<IndikatorResult>(indicators.length);
  let inovasi = false;
  let utama = 0;
  let achieved = 0;
  const weight = new ExactSum();
  const weighted = new ExactSum();
  // With capaian_maks_bayar: the same mean with each indicator capped at it, for pay only.
  const weightedBayar = maksBayar === null ? undefined : new ExactSum();
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i]!;
    const r = capaianIndikator(ind, maks, pool);
    results[i] = r;
    if (ind.inovasi) inovasi = true;
    if (ind.jenis === 'utama') {
      utama += 1;
      weight.add(ind.bobot);
      weighted.addProduct(r.capaian, ind.bobot);
      weightedBayar?.addProduct(r.capaian.min(maksBayar!), ind.bobot);
    } else if (ind.jenis === 'tambahan' && r.capaian.gte(Exact.HUNDRED)) achieved += 1;
  }
  if (utama === 0) return { indikator: results, poinTambahan: Exact.ZERO, rating: 'TIDAK_DINILAI', inovasi };
  const poinTambahan = pack.kinerja.tambahan.poin.mul(Exact.of(achieved)).min(pack.kinerja.tambahan.maks);
  // Not shared: nearly every employee has their own capaian SKP and nilai SKP (58k distinct values
  // among M's 65k), so remembering them only pushed the values that do repeat out of the table.
  const mean = weighted.quotient(weight);
  const capaianSkp = (poinTambahan.isZero() ? mean : mean.add(poinTambahan)).min(maks);
  const capaianSkpBayar = weightedBayar === undefined ? capaianSkp : weightedBayar.quotient(weight).add(poinTambahan).min(maksBayar!);
  return {
    indikator: results,
    capaianSkp,
    capaianSkpBayar,
    nilaiSkp: nilaiSkpOf(capaianSkp),
    poinTambahan,
    rating: ratingHasilKerja(capaianSkp, pack),
    inovasi,
  };
}

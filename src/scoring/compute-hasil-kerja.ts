/**
 * Work result (SPEC §4.3): capaian per indicator, capaian SKP, the PermenPANRB 8/2021 conversion to
 * nilai SKP (bands as half-open intervals), and the rating against the pack's thresholds.
 */
import { Exact, sumExact } from '../exact.js';
import type { Rating } from '../domain.js';
import type { Indikator } from '../inputs/capaian.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { shareExact } from './share-exact.js';

/** One indicator's capaian (clamped to [0, capaian_maks]). */
export interface IndikatorResult {
  indikator: Indikator;
  /** The target used in the formula (a range target picks its bound, SPEC §4.3). */
  targetDipakai?: Exact;
  capaian: Exact;
}

/** Work result of one employee. */
export interface HasilKerjaResult {
  indikator: IndikatorResult[];
  capaianSkp?: Exact;
  nilaiSkp?: Exact;
  /** Bonus points from tambahan indicators (after the cap). */
  poinTambahan: Exact;
  rating: Rating;
  /** Any capaian row carries the inovasi flag (for `metode: angka`). */
  inovasi: boolean;
}

const n = (v: number) => Exact.of(v);

/** Capaian of one indicator (SPEC §4.3). */
export function capaianIndikator(ind: Indikator, capaianMaks: Exact): IndikatorResult {
  const r = ind.realisasi;
  let target: Exact | undefined;
  let c: Exact;
  if (ind.target instanceof Exact) target = ind.target;
  else if (r.gt(ind.target.sampai)) target = ind.target.sampai;
  else if (r.lt(ind.target.dari)) target = ind.target.dari;
  if (target === undefined) {
    c = Exact.HUNDRED;
  } else if (ind.arah === 'naik') {
    c = r.div(target).mul(Exact.HUNDRED);
  } else if (target.isZero()) {
    c = r.isZero() ? capaianMaks : Exact.ZERO;
  } else {
    c = n(2).sub(r.div(target)).mul(Exact.HUNDRED);
  }
  const capaian = shareExact(c.clamp(Exact.ZERO, capaianMaks));
  return target === undefined ? { indikator: ind, capaian } : { indikator: ind, targetDipakai: target, capaian };
}

/** PermenPANRB 8/2021 conversion of capaian SKP to nilai SKP, half-open bands. */
export function nilaiSkpOf(c: Exact): Exact {
  if (c.gt(n(110))) return n(120);
  if (c.gt(n(100))) return n(110).add(c.sub(n(101)).mul(Exact.of(10, 9))).max(n(110));
  if (c.eq(n(100))) return n(109);
  if (c.gte(n(80))) return n(70).add(c.sub(n(80))).min(n(89));
  if (c.gte(n(60))) return n(50).add(c.sub(n(60))).min(n(69));
  return c.mul(Exact.of(49, 59));
}

/** Rating of hasil kerja from capaian SKP (SPEC §4.3). */
export function ratingHasilKerja(capaianSkp: Exact, pack: RulePack): Rating {
  const t = pack.kinerja.hasil_kerja;
  if (capaianSkp.gte(t.di_atas)) return 'DI_ATAS';
  if (capaianSkp.gte(t.sesuai)) return 'SESUAI';
  return 'DI_BAWAH';
}

/** Computes the work result of an employee from their indicators. */
export function computeHasilKerja(indicators: readonly Indikator[], pack: RulePack): HasilKerjaResult {
  const maks = pack.kinerja.capaian_maks;
  const results = indicators.map((i) => capaianIndikator(i, maks));
  const utama = results.filter((r) => r.indikator.jenis === 'utama');
  const inovasi = indicators.some((i) => i.inovasi);
  if (utama.length === 0) return { indikator: results, poinTambahan: Exact.ZERO, rating: 'TIDAK_DINILAI', inovasi };
  const weight = sumExact(utama.map((r) => r.indikator.bobot));
  const weighted = sumExact(utama.map((r) => r.capaian.mul(r.indikator.bobot))).div(weight);
  const achieved = results.filter((r) => r.indikator.jenis === 'tambahan' && r.capaian.gte(Exact.HUNDRED)).length;
  const poinTambahan = pack.kinerja.tambahan.poin.mul(Exact.of(achieved)).min(pack.kinerja.tambahan.maks);
  const capaianSkp = shareExact(weighted.add(poinTambahan).min(maks));
  return {
    indikator: results,
    capaianSkp,
    nilaiSkp: shareExact(nilaiSkpOf(capaianSkp)),
    poinTambahan,
    rating: ratingHasilKerja(capaianSkp, pack),
    inovasi,
  };
}

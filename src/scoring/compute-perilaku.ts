/**
 * Behaviour (SPEC §4.4): the mean of the 7 aspects per rater, the mean per role, and the role means
 * weighted by `bobot_peran`, renormalised over the roles present. Without an atasan: TIDAK_DINILAI.
 * The rating is nilai against `batas`, or with `cara_label: mayoritas` the label most of the atasan's
 * aspects carry; `ambang_bayar` turns nilai into the base a `nilai_perilaku` component pays on.
 */
import { ASPEK, GIVEN_RATING, PERAN, type Aspek, type GivenRating, type Peran, type Rating } from '../model/domain.js';
import { Exact, ExactSum } from '../exact.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { createExactPool, type ExactPool } from './exact-pool.js';
import type { Penilai } from '../model/records.js';
import type { MajorityCount, PerilakuResult, RaterResult } from '../model/results.js';

const SEVEN = Exact.of(ASPEK.length);

/** A rater's mean over the 7 aspects (ExactSum stays in doubles for the usual whole scores). */
function raterMean(skor: Readonly<Record<Aspek, Exact>>, pool: ExactPool): Exact {
  const sum = new ExactSum();
  for (const a of ASPEK) sum.add(skor[a]);
  return pool.mean(sum, ASPEK.length);
}

/** The mean score of one aspect over several raters. */
function aspectMean(penilai: readonly Penilai[], a: Aspek, pool: ExactPool): Exact {
  const sum = new ExactSum();
  for (const p of penilai) sum.add(p.skor[a]);
  return pool.mean(sum, penilai.length);
}

/** Rating of a 0..100 behaviour value against the pack's thresholds. */
function ratingPerilaku(nilai: Exact, pack: RulePack): Rating {
  const batas = pack.kinerja.perilaku.batas;
  if (nilai.gte(batas.di_atas)) return 'DI_ATAS';
  if (nilai.gte(batas.sesuai)) return 'SESUAI';
  return 'DI_BAWAH';
}

/**
 * The labels of the atasan's aspects (every atasan row, usually one): PermenPANRB 6/2022 has the
 * atasan rate each aspect, peers and subordinates only inform that rating, so their labels do not count.
 */
function countLabels(penilai: readonly Penilai[]): MajorityCount {
  const count: MajorityCount = { DI_ATAS: 0, SESUAI: 0, DI_BAWAH: 0, bukanLabel: 0 };
  for (const p of penilai) {
    if (p.peran !== 'atasan') continue;
    for (const a of ASPEK) {
      const label = p.label?.[a];
      if (label === undefined) count.bukanLabel += 1;
      else count[label] += 1;
    }
  }
  return count;
}

/**
 * "Sebagian besar" (PermenPANRB 6/2022): the label held by the most aspects; a tie goes to the lower
 * label (3 DI_ATAS, 3 DI_BAWAH, 1 SESUAI → DI_BAWAH), so a doubt never raises the rating.
 * GIVEN_RATING runs from DI_ATAS down, so a later label with as many aspects wins.
 */
function majorityRating(count: MajorityCount): GivenRating {
  let best: GivenRating = 'DI_ATAS';
  for (const r of GIVEN_RATING) if (count[r] >= count[best]) best = r;
  return best;
}

/** The base a nilai_perilaku component takes, and the threshold that set it (if one did). */
function payBaseOf(nilai: Exact, pack: RulePack): { nilaiBayar: Exact; ambangBayar: 'nol' | 'penuh' | undefined } {
  const t = pack.kinerja.perilaku.ambang_bayar;
  if (t === null) return { nilaiBayar: nilai, ambangBayar: undefined };
  // jumlah_aspek: the sum of 7 aspects on 0..100, i.e. nilai × 7 (Manado's S of 0..700).
  const v = t.satuan === 'jumlah_aspek' ? nilai.mul(SEVEN) : nilai;
  if (v.lte(t.nol_sampai)) return { nilaiBayar: Exact.ZERO, ambangBayar: 'nol' };
  if (v.gt(t.penuh_di_atas)) return { nilaiBayar: Exact.HUNDRED, ambangBayar: 'penuh' };
  return { nilaiBayar: nilai, ambangBayar: undefined };
}

/** Computes the behaviour result from an employee's complete rater records. */
export function computePerilaku(penilai: readonly Penilai[], pack: RulePack, pool: ExactPool = createExactPool()): PerilakuResult {
  // map, not push: exact-size arrays for results kept until the end of the run (see compute-tpp.ts).
  const raters: RaterResult[] = penilai.map((p) => ({ penilai: p, rataRata: raterMean(p.skor, pool) }));
  const perPeran: Partial<Record<Peran, Exact>> = {};
  for (const peran of PERAN) {
    let count = 0;
    let only: Exact | undefined;
    for (const r of raters) {
      if (r.penilai.peran !== peran) continue;
      count += 1;
      only = r.rataRata;
    }
    // One rater in the role (the usual): the role mean is that rater's mean.
    if (count === 1) perPeran[peran] = only!;
    else if (count > 1) {
      const sum = new ExactSum();
      for (const r of raters) if (r.penilai.peran === peran) sum.add(r.rataRata);
      perPeran[peran] = pool.mean(sum, count);
    }
  }
  const perAspek: Partial<Record<Aspek, Exact>> = {};
  if (penilai.length === 1) for (const a of ASPEK) perAspek[a] = penilai[0]!.skor[a];
  else if (penilai.length > 1) {
    for (const a of ASPEK) perAspek[a] = aspectMean(penilai, a, pool);
  }
  if (perPeran.atasan === undefined) return { raters, perPeran, rating: 'TIDAK_DINILAI', perAspek };
  const weights = pack.kinerja.perilaku.bobot_peran;
  const totalWeight = new ExactSum();
  const weighted = new ExactSum();
  for (const p of PERAN) {
    const v = perPeran[p];
    if (v === undefined) continue;
    totalWeight.add(weights[p]);
    weighted.addProduct(v, weights[p]);
  }
  const nilai = pool.quotient(weighted, totalWeight);
  const { nilaiBayar, ambangBayar } = payBaseOf(nilai, pack);
  if (pack.kinerja.perilaku.cara_label === 'rata_rata') return { raters, perPeran, nilai, nilaiBayar, ambangBayar, rating: ratingPerilaku(nilai, pack), perAspek };
  const mayoritas = countLabels(penilai);
  // A numeric aspect cannot be counted: no rating (compute-period holds the employee, PERILAKU_BUKAN_LABEL).
  const rating: Rating = mayoritas.bukanLabel > 0 ? 'TIDAK_DINILAI' : majorityRating(mayoritas);
  return { raters, perPeran, nilai, nilaiBayar, ambangBayar, mayoritas, rating, perAspek };
}

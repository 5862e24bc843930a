/**
 * Behaviour (SPEC §4.4): the mean of the 7 aspects per rater, the mean per role, and the role means
 * weighted by `bobot_peran`, renormalised over the roles present. Without an atasan: TIDAK_DINILAI.
 */
import { ASPEK, PERAN, type Aspek, type Peran, type Rating } from '../model/domain.js';
import { ExactSum, type Exact } from '../exact.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { createExactPool, type ExactPool } from './exact-pool.js';
import type { Penilai } from '../model/records.js';
import type { PerilakuResult, RaterResult } from '../model/results.js';

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

/** Computes the behaviour result from an employee's complete rater records. */
export function computePerilaku(penilai: readonly Penilai[], pack: RulePack, pool: ExactPool = createExactPool()): PerilakuResult {
  const raters: RaterResult[] = [];
  for (const p of penilai) raters.push({ penilai: p, rataRata: raterMean(p.skor, pool) });
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
  return { raters, perPeran, nilai, rating: ratingPerilaku(nilai, pack), perAspek };
}

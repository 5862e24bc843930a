/**
 * Behaviour (SPEC §4.4): the mean of the 7 aspects per rater, the mean per role, and the role means
 * weighted by `bobot_peran`, renormalised over the roles present. Without an atasan: TIDAK_DINILAI.
 */
import { ASPEK, PERAN, type Aspek, type Peran, type Rating } from '../domain.js';
import { Exact, sumExact } from '../exact.js';
import type { Penilai } from '../inputs/perilaku.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { shareExact } from './share-exact.js';

/** One rater's mean score. */
export interface RaterResult {
  penilai: Penilai;
  rataRata: Exact;
}

/** Behaviour result of one employee. */
export interface PerilakuResult {
  raters: RaterResult[];
  /** Mean per role present. */
  perPeran: Partial<Record<Peran, Exact>>;
  nilai?: Exact;
  rating: Rating;
  /** Mean score per aspect over all raters (for the weakest aspect, SPEC §4.9). */
  perAspek: Partial<Record<Aspek, Exact>>;
}

function mean(values: readonly Exact[]): Exact {
  // The mean of one value is that value (the usual single rater); no new numbers to keep per employee.
  if (values.length === 1) return values[0]!;
  return shareExact(sumExact(values).div(Exact.of(values.length)));
}

/** Rating of a 0..100 behaviour value against the pack's thresholds. */
export function ratingPerilaku(nilai: Exact, pack: RulePack): Rating {
  const batas = pack.kinerja.perilaku.batas;
  if (nilai.gte(batas.di_atas)) return 'DI_ATAS';
  if (nilai.gte(batas.sesuai)) return 'SESUAI';
  return 'DI_BAWAH';
}

/** Computes the behaviour result from an employee's complete rater records. */
export function computePerilaku(penilai: readonly Penilai[], pack: RulePack): PerilakuResult {
  const raters = penilai.map((p) => ({ penilai: p, rataRata: mean(ASPEK.map((a) => p.skor[a])) }));
  const perPeran: Partial<Record<Peran, Exact>> = {};
  for (const peran of PERAN) {
    const own = raters.filter((r) => r.penilai.peran === peran);
    if (own.length > 0) perPeran[peran] = mean(own.map((r) => r.rataRata));
  }
  const perAspek: Partial<Record<Aspek, Exact>> = {};
  if (penilai.length > 0) for (const a of ASPEK) perAspek[a] = mean(penilai.map((p) => p.skor[a]));
  if (perPeran.atasan === undefined) return { raters, perPeran, rating: 'TIDAK_DINILAI', perAspek };
  const weights = pack.kinerja.perilaku.bobot_peran;
  const present = PERAN.filter((p) => perPeran[p] !== undefined);
  const totalWeight = sumExact(present.map((p) => weights[p]));
  const nilai = shareExact(sumExact(present.map((p) => perPeran[p]!.mul(weights[p]))).div(totalWeight));
  return { raters, perPeran, nilai, rating: ratingPerilaku(nilai, pack), perAspek };
}

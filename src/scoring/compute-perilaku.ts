/**
 * Behaviour (SPEC §4.4): the mean of the 7 aspects per rater, the mean per role, and the role means
 * weighted by `bobot_peran`, renormalised over the roles present. Without an atasan: TIDAK_DINILAI.
 */
import { ASPEK, PERAN, type Aspek, type Peran, type Rating } from '../domain.js';
import { ExactSum, type Exact } from '../exact.js';
import type { Penilai } from '../inputs/perilaku.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { shareExact, shareMean, shareRatio } from './share-exact.js';

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
  const sum = new ExactSum();
  for (const v of values) sum.add(v);
  return shareMean(sum, values.length);
}

/** Scores up to this size sum exactly in doubles (far beyond 0..100, and beyond any count of raters). */
const SMALL = 2n ** 40n;

/** A whole-number score as a double when it is small enough to sum exactly, else undefined. */
function smallInteger(v: Exact): number | undefined {
  return v.den === 1n && v.num < SMALL && v.num > -SMALL ? Number(v.num) : undefined;
}

/** A rater's mean over the 7 aspects; whole scores (the usual) are summed in doubles. */
function raterMean(skor: Readonly<Record<Aspek, Exact>>): Exact {
  let sum = 0;
  for (const a of ASPEK) {
    const v = smallInteger(skor[a]);
    if (v === undefined) {
      const exact = new ExactSum();
      for (const b of ASPEK) exact.add(skor[b]);
      return shareMean(exact, ASPEK.length);
    }
    sum += v;
  }
  return shareRatio(sum, ASPEK.length);
}

/** The mean score of one aspect over several raters; whole scores are summed in doubles. */
function aspectMean(penilai: readonly Penilai[], a: Aspek): Exact {
  let sum = 0;
  for (const p of penilai) {
    const v = smallInteger(p.skor[a]);
    if (v === undefined) {
      const exact = new ExactSum();
      for (const q of penilai) exact.add(q.skor[a]);
      return shareMean(exact, penilai.length);
    }
    sum += v;
  }
  return shareRatio(sum, penilai.length);
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
  const raters: RaterResult[] = [];
  for (const p of penilai) raters.push({ penilai: p, rataRata: raterMean(p.skor) });
  const perPeran: Partial<Record<Peran, Exact>> = {};
  for (const peran of PERAN) {
    const own: Exact[] = [];
    for (const r of raters) if (r.penilai.peran === peran) own.push(r.rataRata);
    if (own.length > 0) perPeran[peran] = mean(own);
  }
  const perAspek: Partial<Record<Aspek, Exact>> = {};
  if (penilai.length === 1) for (const a of ASPEK) perAspek[a] = penilai[0]!.skor[a];
  else if (penilai.length > 1) {
    for (const a of ASPEK) perAspek[a] = aspectMean(penilai, a);
  }
  if (perPeran.atasan === undefined) return { raters, perPeran, rating: 'TIDAK_DINILAI', perAspek };
  const weights = pack.kinerja.perilaku.bobot_peran;
  const totalWeight = new ExactSum();
  const weighted = new ExactSum();
  for (const p of PERAN) {
    const v = perPeran[p];
    if (v === undefined) continue;
    totalWeight.add(weights[p]);
    weighted.add(v.mul(weights[p]));
  }
  const nilai = shareExact(weighted.value().div(totalWeight.value()));
  return { raters, perPeran, nilai, rating: ratingPerilaku(nilai, pack), perAspek };
}

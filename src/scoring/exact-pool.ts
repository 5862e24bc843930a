/**
 * One instance per distinct exact value among the scores kept for every employee. Discipline scores,
 * behaviour means and capaian repeat across employees (92.5, 90, 101/3), and each Exact holds two
 * bigints (~90 bytes): at 500,000 employees the copies alone were hundreds of megabytes. Exact is
 * immutable, so sharing an instance never changes a result.
 */
import { Exact, gcdSafe, type ExactSum } from '../exact.js';

const MAX_SHARED = 65_536;

/**
 * The shared instances of one run (create one per run with `createExactPool` and pass it to the
 * scoring functions): up to MAX_SHARED distinct values, then it starts over.
 */
export interface ExactPool {
  /** The shared instance equal to `value`. */
  intern: (value: Exact) => Exact;
  /** The shared instance of num/den for safe integers with den > 0, reduced in doubles (exact there), so a value already known costs no bigint at all. */
  ratio: (num: number, den: number) => Exact;
  /** The shared instance of `a / b`, found before any bigint is built while both sums are in doubles (the usual); a result of the rare bigint path is not shared. */
  quotient: (a: ExactSum, b: ExactSum) => Exact;
  /** The shared instance of `sum / k` for a positive integer k (the mean of k values), as `quotient`. */
  mean: (sum: ExactSum, k: number) => Exact;
}

export function createExactPool(): ExactPool {
  /** By denominator, then numerator (as numbers: cheaper keys than bigint text). */
  let shared = new Map<number, Map<number, Exact>>();
  let count = 0;

  /** The remembered instance of num/den (lowest terms, safe integers), else `value` (or a new one) remembered. */
  const lookup = (num: number, den: number, value: Exact | undefined): Exact => {
    let byNum = shared.get(den);
    if (byNum === undefined) {
      if (count >= MAX_SHARED) {
        shared = new Map();
        count = 0;
      }
      shared.set(den, (byNum = new Map<number, Exact>()));
    }
    const known = byNum.get(num);
    if (known !== undefined) return known;
    if (count >= MAX_SHARED) {
      shared = new Map([[den, (byNum = new Map<number, Exact>())]]);
      count = 0;
    }
    const made = value ?? Exact.of(num, den);
    byNum.set(num, made);
    count += 1;
    return made;
  };

  const ratio = (num: number, den: number): Exact => {
    const g = gcdSafe(num, den);
    const n = num / g + 0;
    const d = den / g;
    return lookup(n, d, undefined);
  };

  return {
    intern(value) {
      const num = Number(value.num);
      const den = Number(value.den);
      if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return value;
      return lookup(num, den, value);
    },
    ratio,
    quotient: (a, b) => a.quotient(b, ratio),
    mean: (sum, k) => sum.dividedBy(k, ratio),
  };
}

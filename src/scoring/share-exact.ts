/**
 * One instance per distinct exact value among the scores kept for every employee. Discipline scores,
 * behaviour means and capaian repeat across employees (92.5, 90, 101/3), and each Exact holds two
 * bigints (~90 bytes): at 500,000 employees the copies alone were hundreds of megabytes. Exact is
 * immutable, so sharing an instance never changes a result.
 */
import type { Exact } from '../exact.js';

const MAX_SHARED = 65_536;
/** By denominator, then numerator (as numbers: cheaper keys than bigint text). */
let shared = new Map<number, Map<number, Exact>>();
let count = 0;

/** Returns the shared instance equal to `value` (remembering up to MAX_SHARED distinct values). */
export function shareExact(value: Exact): Exact {
  const num = Number(value.num);
  const den = Number(value.den);
  if (!Number.isSafeInteger(num) || !Number.isSafeInteger(den)) return value;
  let byNum = shared.get(den);
  if (byNum === undefined) {
    if (count >= MAX_SHARED) {
      shared = new Map();
      count = 0;
    }
    shared.set(den, (byNum = new Map()));
  }
  const known = byNum.get(num);
  if (known !== undefined) return known;
  if (count >= MAX_SHARED) {
    shared = new Map([[den, (byNum = new Map())]]);
    count = 0;
  }
  byNum.set(num, value);
  count += 1;
  return value;
}

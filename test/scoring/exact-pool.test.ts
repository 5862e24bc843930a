import { describe, expect, it } from 'vitest';
import { Exact, ExactSum } from '../../src/exact.js';
import { createExactPool } from '../../src/scoring/exact-pool.js';

describe('createExactPool: the shared instances of one run', () => {
  it('one instance per value within a pool, none shared between pools', () => {
    const run = createExactPool();
    const a = run.ratio(185, 2);
    expect(run.ratio(370, 4)).toBe(a);
    expect(run.intern(Exact.of(185, 2))).toBe(a);
    expect(a.eq(Exact.of(185, 2))).toBe(true);
    const other = createExactPool();
    expect(other.ratio(185, 2)).not.toBe(a);
    expect(other.ratio(185, 2).eq(a)).toBe(true);
  });

  it('means and quotients of sums land on the shared instances', () => {
    const run = createExactPool();
    const sum = new ExactSum();
    for (const v of [90, 92, 94]) sum.add(Exact.of(v));
    expect(run.mean(sum, 3)).toBe(run.ratio(92, 1));
    const weights = new ExactSum();
    weights.add(Exact.of(3));
    expect(run.quotient(sum, weights)).toBe(run.ratio(92, 1));
  });

  it('a value past safe integers is returned as it is', () => {
    const big = Exact.of(2n ** 60n, 3n);
    expect(createExactPool().intern(big)).toBe(big);
  });
});

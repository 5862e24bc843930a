/**
 * The fast paths of src/exact.ts (gcd and rounding in doubles below 2^53, sums over a common
 * denominator, money rounded straight from a product) against the slow bigint arithmetic they
 * replaced, on values on both sides of 2^53, huge pagu, odd percentages and rounding ties.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact, roundRupiah, roundRupiahProduct, roundSafeQuotient, sumExact, type MoneyRounding } from '../../src/exact.js';
import { ref, refAdd, refCeil, refCmp, refDiv, refFloor, refMul, refRoundHalfUp, refRoundRupiah, refSub, refToFixed, type Ref } from '../helpers/reference-exact.js';

const RUNS = { numRuns: 2000 };
const TWO53 = 2n ** 53n;
const MODES: MoneyRounding[] = ['half_up', 'floor', 'floor_1000'];

/** Integers small, around ±2^53 (either side) and far beyond it. */
const bigintArb = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
  fc.bigInt({ min: -64n, max: 64n }).map((d) => TWO53 + d),
  fc.bigInt({ min: -64n, max: 64n }).map((d) => -TWO53 + d),
  fc.bigInt({ min: -(2n ** 90n), max: 2n ** 90n }),
);
const positiveArb = fc.oneof(
  fc.bigInt({ min: 1n, max: 1000n }),
  fc.constantFrom(2n, 3n, 7n, 22n, 100n, 1000n, 10n ** 6n, 10n ** 12n, 59n, 9n),
  fc.bigInt({ min: 1n, max: 10n ** 15n }),
  fc.bigInt({ min: -64n, max: 64n }).map((d) => TWO53 + d),
  fc.bigInt({ min: 1n, max: 2n ** 90n }),
);
const pairArb = fc.tuple(bigintArb, positiveArb);
const exactOf = ([n, d]: [bigint, bigint]) => Exact.of(n, d);
const same = (e: Exact, r: Ref) => expect([e.num, e.den]).toEqual([r.num, r.den]);

describe('Exact fast paths equal the bigint arithmetic', () => {
  it('builds the same lowest terms from bigints and from numbers', () => {
    fc.assert(
      fc.property(pairArb, ([n, d]) => {
        same(Exact.of(n, d), ref(n, d));
        same(Exact.of(n, -d), ref(n, -d));
        if (n >= -TWO53 + 1n && n <= TWO53 - 1n && d <= TWO53 - 1n) same(Exact.of(Number(n), Number(d)), ref(n, d));
      }),
      RUNS,
    );
  });

  it('adds, subtracts, multiplies, divides and compares the same', () => {
    fc.assert(
      fc.property(pairArb, pairArb, fc.boolean(), (p, q, sameDen) => {
        const a = exactOf(p);
        const b = sameDen ? Exact.of(q[0], p[1]) : exactOf(q);
        const ra = ref(a.num, a.den);
        const rb = ref(b.num, b.den);
        same(a.add(b), refAdd(ra, rb));
        same(a.sub(b), refSub(ra, rb));
        same(a.mul(b), refMul(ra, rb));
        if (!b.isZero()) same(a.div(b), refDiv(ra, rb));
        expect(a.cmp(b)).toBe(refCmp(ra, rb));
        // An integer on either side takes the no-gcd path of add and sub.
        const k = Exact.of(q[0]);
        same(a.add(k), refAdd(ra, ref(q[0])));
        same(k.sub(a), refSub(ref(q[0]), ra));
      }),
      RUNS,
    );
  });

  it('compares across 2^53 where doubles would call two values equal', () => {
    // (2^53 + 1)/6 written as 3002399751580331/2 against 2^53/6 as 2^52/3: the cross products
    // 2^53 + 1 and 2^53 are one apart, and 2^53 + 1 has no double of its own.
    const a = Exact.of(3_002_399_751_580_331n, 2n);
    const b = Exact.of(2n ** 52n, 3n);
    expect(a.cmp(b)).toBe(1);
    expect(b.cmp(a)).toBe(-1);
    expect(a.gt(b)).toBe(true);
  });

  it('still refuses numbers that are not safe integers', () => {
    for (const bad of [1.5, -0.25, 2 ** 53, Number.NaN]) {
      expect(() => Exact.of(bad)).toThrow(RangeError);
      expect(() => Exact.of(bad, 1)).toThrow(RangeError);
      expect(() => Exact.of(bad, 3)).toThrow(RangeError);
      expect(() => Exact.of(3, bad)).toThrow(RangeError);
    }
  });

  it('rounds and shows the same, ties included', () => {
    const tieArb = fc.tuple(bigintArb, fc.integer({ min: 0, max: 6 })).map(([m, p]): [bigint, bigint] => [2n * m + 1n, 2n * 10n ** BigInt(p)]);
    fc.assert(
      fc.property(fc.oneof(pairArb, tieArb), fc.integer({ min: 0, max: 6 }), (p, places) => {
        const a = exactOf(p);
        const r = ref(p[0], p[1]);
        expect(a.roundHalfUp()).toBe(refRoundHalfUp(r));
        expect(a.floor()).toBe(refFloor(r));
        expect(a.ceil()).toBe(refCeil(r));
        expect(a.toFixed(places)).toBe(refToFixed(r, places));
        expect(a.toFixed(2)).toBe(refToFixed(r, 2));
      }),
      RUNS,
    );
  });

  it('sums the same as adding one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(pairArb, fc.tuple(fc.bigInt({ min: -500n, max: 500n }), fc.constantFrom(1n, 2n, 3n, 4n, 7n, 10n))), { maxLength: 12 }), (pairs) => {
        const values = pairs.map(exactOf);
        const expected = pairs.reduce((sum, [n, d]) => refAdd(sum, ref(n, d)), ref(0n));
        same(sumExact(values), expected);
      }),
      RUNS,
    );
  });
});

describe('money rounded straight from a product', () => {
  /** Pagu-like integers: small, huge (up to 10^13 and beyond), near 2^53. */
  const kArb = fc.oneof(
    fc.integer({ min: -1000, max: 1_000_000 }),
    fc.integer({ min: 0, max: 10 ** 13 }),
    fc.integer({ min: -64, max: 0 }).map((d) => Number.MAX_SAFE_INTEGER + d),
    fc.constantFrom(0, 1, 5_000_000, 15_000_000, 10 ** 13, 2 ** 52, Number.MAX_SAFE_INTEGER),
  );
  /** Percent-like factors: whole, odd decimals (33.333, 0.25), fractions with 3, 7, 22 and huge parts. */
  const factorArb = fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((n) => Exact.of(n)),
    fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(1, 10, 100, 1000, 3, 7, 22, 59, 9)).map(([n, d]) => Exact.of(n, d)),
    pairArb.map(exactOf),
  );
  const dArb = fc.oneof(fc.constantFrom(1, 100, 1000, 22, 3), fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: -64, max: 0 }).map((d) => Number.MAX_SAFE_INTEGER + d));

  it('rounds k × a × b × c / d exactly as roundRupiah of the exact product, in every mode', () => {
    fc.assert(
      fc.property(kArb, dArb, factorArb, factorArb, factorArb, fc.constantFrom(...MODES), (k, d, a, b, c, mode) => {
        const product = ref(BigInt(k) * a.num * b.num * c.num, BigInt(d) * a.den * b.den * c.den);
        const expected = refRoundRupiah(product, mode);
        if (expected > TWO53 - 1n || expected < -(TWO53 - 1n)) {
          expect(() => roundRupiahProduct(mode, k, d, a, b, c)).toThrow(RangeError);
        } else {
          expect(roundRupiahProduct(mode, k, d, a, b, c)).toBe(Number(expected));
          expect(roundRupiah(Exact.of(product.num, product.den), mode)).toBe(Number(expected));
        }
      }),
      RUNS,
    );
  });

  it('rounds safe quotients in doubles exactly, ties and negatives included', () => {
    const safeArb = fc.oneof(fc.integer({ min: -10_000, max: 10_000 }), fc.maxSafeInteger(), fc.maxSafeInteger().map((n) => -n));
    const denArb = fc.oneof(fc.integer({ min: 1, max: 2000 }), fc.maxSafeInteger().filter((n) => n > 0));
    const tieArb = fc.tuple(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 12 })).map(([m, h]) => [(2 * m + 1) * h, 2 * h] as const);
    fc.assert(
      fc.property(fc.oneof(fc.tuple(safeArb, denArb), tieArb), fc.constantFrom(...MODES), ([num, den], mode) => {
        const got = roundSafeQuotient(num, den, mode);
        expect(Object.is(got, -0)).toBe(false);
        expect(got).toBe(Number(refRoundRupiah(ref(BigInt(num), BigInt(den)), mode)));
      }),
      RUNS,
    );
  });

  it('rounds the ties the fast path must not get wrong', () => {
    // 2^53 − 1 is odd: halving it lands on a tie a float division would round to even.
    expect(roundRupiahProduct('half_up', Number.MAX_SAFE_INTEGER, 2, Exact.ONE)).toBe(2 ** 52);
    expect(roundRupiahProduct('floor', Number.MAX_SAFE_INTEGER, 2, Exact.ONE)).toBe(2 ** 52 - 1);
    expect(roundRupiahProduct('half_up', 1_261_363, 1, Exact.of(3, 2))).toBe(1_892_045);
    expect(roundRupiahProduct('half_up', -5, 2, Exact.ONE)).toBe(-3);
    expect(roundRupiahProduct('floor_1000', -1, 1, Exact.ONE)).toBe(-1000);
    // 10^13 × 100 × 31 leaves the safe range: the bigint path answers.
    const n = 10n ** 13n * 100n * 31n * 185n;
    const d = 2n * 2200n;
    expect(roundRupiahProduct('half_up', 10 ** 13, 2200, Exact.of(100), Exact.of(31), Exact.of(185, 2))).toBe(Number((2n * n + d) / (2n * d)));
  });
});

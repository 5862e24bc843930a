/**
 * The slow, obviously exact arithmetic that src/exact.ts had before its fast paths: every result
 * reduced with a bigint gcd, rounding through a reduced 2x. Tests compare the fast paths with it.
 * A copy on purpose (its gcd included): an oracle must not share code with what it checks.
 */
import type { MoneyRounding } from '../../src/exact.js';

/** A reduced fraction num/den, den > 0. */
export interface Ref {
  num: bigint;
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

export function ref(num: bigint, den = 1n): Ref {
  if (den === 0n) throw new RangeError('division by zero');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

export const refAdd = (a: Ref, b: Ref) => ref(a.num * b.den + b.num * a.den, a.den * b.den);
export const refSub = (a: Ref, b: Ref) => ref(a.num * b.den - b.num * a.den, a.den * b.den);
export const refMul = (a: Ref, b: Ref) => ref(a.num * b.num, a.den * b.den);
export const refDiv = (a: Ref, b: Ref) => ref(a.num * b.den, a.den * b.num);
export const refCmp = (a: Ref, b: Ref) => {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
};

export function refFloor(a: Ref): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

export function refCeil(a: Ref): bigint {
  const q = a.num / a.den;
  return a.num > 0n && q * a.den !== a.num ? q + 1n : q;
}

export function refRoundHalfUp(a: Ref): bigint {
  const twice = ref(a.num * 2n, a.den);
  if (a.num >= 0n) return (refFloor(twice) + 1n) / 2n;
  return -((-refCeil(twice) + 1n) / 2n);
}

export function refToFixed(a: Ref, places: number): string {
  const scaled = refRoundHalfUp(ref(a.num * 10n ** BigInt(places), a.den));
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const intPart = digits.slice(0, digits.length - places);
  const fracPart = places > 0 ? '.' + digits.slice(digits.length - places) : '';
  return (negative ? '-' : '') + intPart + fracPart;
}

/** roundRupiah as it was, as a bigint (no 2^53 check). */
export function refRoundRupiah(a: Ref, mode: MoneyRounding): bigint {
  switch (mode) {
    case 'half_up':
      return refRoundHalfUp(a);
    case 'floor':
      return refFloor(a);
    case 'floor_1000':
      return refFloor(refDiv(a, ref(1000n))) * 1000n;
  }
}

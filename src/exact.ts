/**
 * Exact rational arithmetic and every rounding rule of the product (SPEC §4: "rounding only at the
 * points this file names"). Scores and money never pass through binary floats: pro-rata factors such
 * as 15/22 and the 10/9 and 49/59 interpolations of nilai SKP stay exact until the one rounding step.
 */

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** gcd of two safe integers (b > 0): `%` on doubles is exact for integers, so no rounding can occur. */
export function gcdSafe(a: number, b: number): number {
  if (a < 0) a = -a;
  while (b !== 0) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/** True when `v` converts to a Number without rounding. */
function isSafe(v: bigint): boolean {
  return v <= MAX_SAFE && v >= MIN_SAFE;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** An exact rational number `num/den` with `den > 0`, always in lowest terms. */
export class Exact {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /** Builds `n/d` from integers (numbers must be safe integers). */
  static of(this: void, n: number | bigint, d: number | bigint = 1n): Exact {
    if (d === 1n || d === 1) return new Exact(typeof n === 'bigint' ? n : toBigInt(n), 1n);
    if (typeof n === 'number' && typeof d === 'number' && Number.isSafeInteger(n) && Number.isSafeInteger(d) && d > 0) {
      const g = gcdSafe(n, d);
      return new Exact(BigInt(n / g), BigInt(d / g));
    }
    const nb = typeof n === 'bigint' ? n : toBigInt(n);
    const db = typeof d === 'bigint' ? d : toBigInt(d);
    if (db === 0n) throw new RangeError('Exact: division by zero');
    return Exact.normalised(nb, db);
  }

  /** Parses a plain decimal such as `92.5`, `-1.25` or `1e-7`; returns undefined for anything else. */
  static parse(text: string): Exact | undefined {
    const m = DECIMAL.exec(text.trim());
    if (!m) return undefined;
    const [, sign = '', intPart = '', fracPart = '', expPart] = m;
    if (intPart === '' && fracPart === '') return undefined;
    let num = BigInt((intPart || '0') + fracPart);
    let den = 10n ** BigInt(fracPart.length);
    const exp = expPart === undefined ? 0 : Number(expPart);
    if (Math.abs(exp) > 400) return undefined;
    if (exp > 0) num *= 10n ** BigInt(exp);
    if (exp < 0) den *= 10n ** BigInt(-exp);
    if (sign === '-') num = -num;
    return Exact.normalised(num, den);
  }

  /** Converts a finite JS number (e.g. a spreadsheet cell) through its shortest decimal form. */
  static fromNumber(value: number): Exact {
    if (!Number.isFinite(value)) throw new RangeError(`Exact: not a finite number: ${value}`);
    if (Number.isSafeInteger(value)) return new Exact(BigInt(value), 1n);
    const parsed = Exact.parse(String(value));
    if (!parsed) throw new RangeError(`Exact: cannot read ${value}`);
    return parsed;
  }

  private static normalised(num: bigint, den: bigint): Exact {
    if (den < 0n) {
      num = -num;
      den = -den;
    }
    if (den === 1n) return new Exact(num, den);
    if (den <= MAX_SAFE && isSafe(num)) {
      const g = gcdSafe(Number(num), Number(den));
      if (g === 1) return new Exact(num, den);
      const gb = BigInt(g);
      return new Exact(num / gb, den / gb);
    }
    const g = gcd(num, den);
    return g === 1n ? new Exact(num, den) : new Exact(num / g, den / g);
  }

  add(other: Exact): Exact {
    if (this.den === other.den) return this.den === 1n ? new Exact(this.num + other.num, 1n) : Exact.normalised(this.num + other.num, this.den);
    // Adding an integer keeps lowest terms: gcd(n + k·d, d) = gcd(n, d) = 1.
    if (other.den === 1n) return new Exact(this.num + other.num * this.den, this.den);
    if (this.den === 1n) return new Exact(this.num * other.den + other.num, other.den);
    return Exact.normalised(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Exact): Exact {
    return this.add(new Exact(-other.num, other.den));
  }

  mul(other: Exact): Exact {
    return Exact.normalised(this.num * other.num, this.den * other.den);
  }

  div(other: Exact): Exact {
    if (other.num === 0n) throw new RangeError('Exact: division by zero');
    return Exact.normalised(this.num * other.den, this.den * other.num);
  }

  neg(): Exact {
    return new Exact(-this.num, this.den);
  }

  cmp(other: Exact): -1 | 0 | 1 {
    if (this.den === other.den) return this.num < other.num ? -1 : this.num > other.num ? 1 : 0;
    if (this.den <= MAX_SAFE && other.den <= MAX_SAFE && isSafe(this.num) && isSafe(other.num)) {
      // Cross products in doubles are exact when safe integers (see ExactSum.addProduct).
      const l = Number(this.num) * Number(other.den);
      const r = Number(other.num) * Number(this.den);
      if (Number.isSafeInteger(l) && Number.isSafeInteger(r)) return l < r ? -1 : l > r ? 1 : 0;
    }
    const left = this.num * other.den;
    const right = other.num * this.den;
    return left < right ? -1 : left > right ? 1 : 0;
  }

  eq(other: Exact): boolean {
    return this.num === other.num && this.den === other.den;
  }
  lt(other: Exact): boolean {
    return this.cmp(other) < 0;
  }
  lte(other: Exact): boolean {
    return this.cmp(other) <= 0;
  }
  gt(other: Exact): boolean {
    return this.cmp(other) > 0;
  }
  gte(other: Exact): boolean {
    return this.cmp(other) >= 0;
  }
  isZero(): boolean {
    return this.num === 0n;
  }
  isInteger(): boolean {
    return this.den === 1n;
  }

  min(other: Exact): Exact {
    return this.lte(other) ? this : other;
  }
  max(other: Exact): Exact {
    return this.gte(other) ? this : other;
  }
  clamp(low: Exact, high: Exact): Exact {
    return this.max(low).min(high);
  }

  /** Largest integer <= this. */
  floor(): bigint {
    return floorOf(this.num, this.den);
  }

  /** Smallest integer >= this. */
  ceil(): bigint {
    const q = this.num / this.den;
    return this.num > 0n && q * this.den !== this.num ? q + 1n : q;
  }

  /** Nearest integer, halves away from zero (the "half up" of Indonesian finance practice). */
  roundHalfUp(): bigint {
    return roundHalfUpOf(this.num, this.den);
  }

  /** Decimal text with `places` digits, rounded half up (SPEC: shown values use 2 decimals, half up). */
  toFixed(places: number): string {
    if (places === 2 && this.den <= MAX_SAFE) {
      const n = Number(this.num) * 100;
      if (Number.isSafeInteger(n)) return fixed2(n, Number(this.den));
    }
    const scaled = roundHalfUpOf(this.num * 10n ** BigInt(places), this.den);
    const negative = scaled < 0n;
    const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
    const intPart = digits.slice(0, digits.length - places);
    const fracPart = places > 0 ? '.' + digits.slice(digits.length - places) : '';
    return (negative ? '-' : '') + intPart + fracPart;
  }

  /** True when the value has a finite decimal expansion (its denominator is 2^a·5^b). */
  isTerminating(): boolean {
    let d = this.den;
    while (d % 2n === 0n) d /= 2n;
    while (d % 5n === 0n) d /= 5n;
    return d === 1n;
  }

  /** Exact text: a terminating decimal when there is one, else `num/den` (used by `jelaskan`). */
  toString(): string {
    if (this.den === 1n) return this.num.toString();
    if (!this.isTerminating()) return `${this.num}/${this.den}`;
    for (let places = 1; places < 400; places++) {
      const scale = 10n ** BigInt(places);
      if ((this.num * scale) % this.den === 0n) return this.toFixed(places);
    }
    return `${this.num}/${this.den}`;
  }

  /** A float approximation, for sorting or charts only; never for a result. */
  toApproximateNumber(): number {
    return Number(this.num) / Number(this.den);
  }

  static readonly ZERO = new Exact(0n, 1n);
  static readonly ONE = new Exact(1n, 1n);
  static readonly HUNDRED = new Exact(100n, 1n);
}

/** num/den (den > 0) to the nearest integer, halves away from zero: floor((2·|num| + den) / 2·den). */
function roundHalfUpOf(num: bigint, den: bigint): bigint {
  if (den === 1n) return num;
  return num >= 0n ? (2n * num + den) / (2n * den) : -((den - 2n * num) / (2n * den));
}

/**
 * `toFixed(2)` of n/(100·den) for safe integers n and den > 0, in doubles: `%` is exact on integers
 * and `(n − r) / den` divides an exact multiple, so the result is the exact half-up rounding.
 */
function fixed2(n: number, den: number): string {
  const cents = roundSafeQuotient(n, den, 'half_up');
  if (cents === 0) return '0.00';
  const whole = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  return (cents < 0 && whole === 0 ? '-0' : String(whole)) + (rest < 10 ? '.0' : '.') + rest;
}

function toBigInt(n: number): bigint {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Exact: not a safe integer: ${n}`);
  return BigInt(n);
}

/** Builds an Exact from safe integers num and den > 0 (Exact.of, or a shared-instance lookup). */
export type SafeRatio = (num: number, den: number) => Exact;

/**
 * A running exact sum over the least common denominator of its parts, reduced once when read: the
 * value, and so its lowest terms, is that of adding one by one. It runs in doubles while every
 * numerator, denominator and product is a safe integer (then exact: integer products and sums are
 * checked before use, and one that left the safe range is at or beyond 2^53), else in bigint.
 */
export class ExactSum {
  private n = 0;
  private d = 1;
  private big = false;
  private bn = 0n;
  private bd = 1n;
  private count = 0;
  private last: Exact | undefined = undefined;

  add(v: Exact): this {
    this.count += 1;
    this.last = v;
    if (!this.big && v.den <= MAX_SAFE && isSafe(v.num) && this.addSafe(Number(v.num), Number(v.den))) return this;
    return this.addBig(v.num, v.den);
  }

  /** Adds a × b without reducing the product first. */
  addProduct(a: Exact, b: Exact): this {
    this.count += 1;
    this.last = undefined;
    if (!this.big) {
      const n = Number(a.num) * Number(b.num);
      const d = Number(a.den) * Number(b.den);
      // Integer products that are safe are exact (a factor that did not convert exactly, or a product
      // that left the range, gives a result at or beyond 2^53 unless a factor is 0, when both are 0).
      if (Number.isSafeInteger(n) && Number.isSafeInteger(d) && this.addSafe(n, d)) return this;
    }
    return this.addBig(a.num * b.num, a.den * b.den);
  }

  /** Adds vn/vd (safe integers, vd > 0) in doubles; false, changing nothing, when that would not be exact. */
  private addSafe(vn: number, vd: number): boolean {
    let n = NaN;
    let d = vd;
    if (vd === this.d) n = this.n + vn;
    else {
      const g = gcdSafe(this.d, vd);
      const p1 = this.n * (vd / g);
      const p2 = vn * (this.d / g);
      d = this.d * (vd / g);
      // Each product is checked before adding: an inexact one could cancel back into the safe range.
      if (Number.isSafeInteger(p1) && Number.isSafeInteger(p2)) n = p1 + p2;
    }
    if (!Number.isSafeInteger(n) || !Number.isSafeInteger(d)) return false;
    this.n = n;
    this.d = d;
    return true;
  }

  private addBig(vn: bigint, vd: bigint): this {
    if (!this.big) {
      this.big = true;
      this.bn = BigInt(this.n);
      this.bd = BigInt(this.d);
    }
    if (vd === this.bd) this.bn += vn;
    else {
      const g = gcd(this.bd, vd);
      this.bn = this.bn * (vd / g) + vn * (this.bd / g);
      this.bd *= vd / g;
    }
    return this;
  }

  /** The sum divided by a positive safe integer k, exactly; `make` builds the result from safe num/den > 0. */
  dividedBy(k: number, make: SafeRatio = Exact.of): Exact {
    if (!this.big && Number.isSafeInteger(k) && k > 0) {
      const d = this.d * k;
      if (Number.isSafeInteger(d)) return make(this.n, d);
    }
    return this.value().div(Exact.of(k));
  }

  /** This sum divided by another, reduced once (in doubles while exact). */
  quotient(divisor: ExactSum, make: SafeRatio = Exact.of): Exact {
    if (!this.big && !divisor.big && divisor.n !== 0) {
      const num = this.n * divisor.d;
      const den = this.d * divisor.n;
      if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) return den > 0 ? make(num, den) : make(-num, -den);
    }
    return this.value().div(divisor.value());
  }

  /** `whole − sum` for a safe integer whole (in doubles while exact). */
  subtractedFrom(whole: number, make: SafeRatio = Exact.of): Exact {
    if (!this.big) {
      const scaled = whole * this.d;
      const rest = scaled - this.n;
      if (Number.isSafeInteger(scaled) && Number.isSafeInteger(rest)) return make(rest, this.d);
    }
    return Exact.of(whole).sub(this.value());
  }

  /** The sum (0 for none; the one part itself for one). */
  value(): Exact {
    if (this.count === 1 && this.last !== undefined) return this.last;
    return this.big ? Exact.of(this.bn, this.bd) : Exact.of(this.n, this.d);
  }
}

/** k × a × b for a safe integer k, reduced once (in doubles when every product is a safe integer). */
export function productOf(k: number, a: Exact, b: Exact): Exact {
  if (Number.isSafeInteger(k)) {
    // Safe integer products are exact (see ExactSum.addProduct).
    const n = k * Number(a.num) * Number(b.num);
    const d = Number(a.den) * Number(b.den);
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) return Exact.of(n, d);
  }
  return Exact.of(k).mul(a).mul(b);
}

/** Sum of exact values (0 for none). */
export function sumExact(values: Iterable<Exact>): Exact {
  const sum = new ExactSum();
  for (const v of values) sum.add(v);
  return sum.value();
}

/** How the rule pack rounds money (`pembulatan`, `pajak.pembulatan`). */
export type MoneyRounding = 'half_up' | 'floor' | 'floor_1000';

/** Rounds an exact amount to integer rupiah the way the pack says (SPEC §4 `round`). */
export function roundRupiah(amount: Exact, mode: MoneyRounding): number {
  return roundQuotient(amount.num, amount.den, mode);
}

/** `roundRupiah(num/den)` for integers with den > 0; rounding depends on the value only, so no gcd. */
function roundQuotient(num: bigint, den: bigint, mode: MoneyRounding): number {
  let rounded: bigint;
  switch (mode) {
    case 'half_up':
      rounded = roundHalfUpOf(num, den);
      break;
    case 'floor':
      rounded = floorOf(num, den);
      break;
    case 'floor_1000':
      rounded = floorOf(num, den * 1000n) * 1000n;
      break;
  }
  return rupiahNumber(rounded);
}

function floorOf(num: bigint, den: bigint): bigint {
  const q = num / den;
  return num < 0n && q * den !== num ? q - 1n : q;
}

/**
 * `roundRupiah(k × a × b × c / d)` for safe integers k and d > 0, the money step of TPP, tax and BPJS.
 * When the whole numerator and denominator are safe integers as doubles, they are exact: each factor
 * is an integer, so a product that ever left the safe range (or a factor that did not convert
 * exactly) stays at or beyond 2^53 unless another factor is 0, which makes the true product 0 as
 * well. Rounding then uses only `%` and the division of an exact multiple, both exact on doubles.
 * Otherwise the same quotient is rounded in bigint.
 */
export function roundRupiahProduct(mode: MoneyRounding, k: number, d: number, a: Exact, b: Exact = Exact.ONE, c: Exact = Exact.ONE): number {
  if (Number.isSafeInteger(k) && Number.isSafeInteger(d) && d > 0) {
    const num = k * Number(a.num) * Number(b.num) * Number(c.num);
    const den = d * Number(a.den) * Number(b.den) * Number(c.den);
    if (Number.isSafeInteger(num) && Number.isSafeInteger(den)) return roundSafeQuotient(num, den, mode);
  }
  const den = toBigInt(d) * a.den * b.den * c.den;
  if (den <= 0n) throw new RangeError('Exact: division by zero');
  return roundQuotient(toBigInt(k) * a.num * b.num * c.num, den, mode);
}

/** `roundQuotient` for safe integers num and den > 0, in doubles (see roundRupiahProduct). */
export function roundSafeQuotient(num: number, den: number, mode: MoneyRounding): number {
  const r = num % den;
  let q = (num - r) / den;
  switch (mode) {
    case 'half_up':
      // q truncates toward zero; a remainder of at least half moves it away from zero.
      if (r >= den - r) q += 1;
      else if (-r >= den + r) q -= 1;
      break;
    case 'floor':
      if (r < 0) q -= 1;
      break;
    case 'floor_1000': {
      if (r < 0) q -= 1;
      const r1000 = q % 1000;
      q -= r1000 < 0 ? r1000 + 1000 : r1000;
      break;
    }
  }
  // `+ 0` turns a -0 (from a negative amount rounding to zero) into the 0 bigint rounding gives.
  return q + 0;
}

/** Converts an integer rupiah amount to a JS number, refusing anything beyond 2^53. */
function rupiahNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of range: ${value}`);
  return n;
}

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

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** An exact rational number `num/den` with `den > 0`, always in lowest terms. */
export class Exact {
  private constructor(
    readonly num: bigint,
    readonly den: bigint,
  ) {}

  /** Builds `n/d` from integers (numbers must be safe integers). */
  static of(n: number | bigint, d: number | bigint = 1n): Exact {
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
    const g = gcd(num, den);
    return g === 1n ? new Exact(num, den) : new Exact(num / g, den / g);
  }

  add(other: Exact): Exact {
    if (this.den === other.den) return Exact.normalised(this.num + other.num, this.den);
    return Exact.normalised(this.num * other.den + other.num * this.den, this.den * other.den);
  }

  sub(other: Exact): Exact {
    return this.add(other.neg());
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
    const q = this.num / this.den;
    return this.num < 0n && q * this.den !== this.num ? q - 1n : q;
  }

  /** Smallest integer >= this. */
  ceil(): bigint {
    const q = this.num / this.den;
    return this.num > 0n && q * this.den !== this.num ? q + 1n : q;
  }

  /** Nearest integer, halves away from zero (the "half up" of Indonesian finance practice). */
  roundHalfUp(): bigint {
    const twice = Exact.normalised(this.num * 2n, this.den);
    if (this.num >= 0n) return (twice.floor() + 1n) / 2n;
    return -((-twice.ceil() + 1n) / 2n);
  }

  /** Decimal text with `places` digits, rounded half up (SPEC: shown values use 2 decimals, half up). */
  toFixed(places: number): string {
    const scale = 10n ** BigInt(places);
    const scaled = Exact.normalised(this.num * scale, this.den).roundHalfUp();
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

function toBigInt(n: number): bigint {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Exact: not a safe integer: ${n}`);
  return BigInt(n);
}

/** Sum of exact values (0 for none). */
export function sumExact(values: Iterable<Exact>): Exact {
  let total = Exact.ZERO;
  for (const v of values) total = total.add(v);
  return total;
}

/** How the rule pack rounds money (`pembulatan`, `pajak.pembulatan`). */
export type MoneyRounding = 'half_up' | 'floor' | 'floor_1000';

/** Rounds an exact amount to integer rupiah the way the pack says (SPEC §4 `round`). */
export function roundRupiah(amount: Exact, mode: MoneyRounding): number {
  let rounded: bigint;
  switch (mode) {
    case 'half_up':
      rounded = amount.roundHalfUp();
      break;
    case 'floor':
      rounded = amount.floor();
      break;
    case 'floor_1000':
      rounded = amount.div(Exact.of(1000)).floor() * 1000n;
      break;
  }
  return rupiahNumber(rounded);
}

/** Converts an integer rupiah amount to a JS number, refusing anything beyond 2^53. */
export function rupiahNumber(value: bigint): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`amount out of range: ${value}`);
  return n;
}

import { describe, expect, it } from 'vitest';
import { Exact, roundRupiah } from '../src/exact.js';

const q = (s: string) => Exact.parse(s)!;

describe('Exact', () => {
  it.each([
    ['92.5', '92.5'],
    ['-1.25', '-1.25'],
    ['1e3', '1000'],
    ['0.1', '0.1'],
    ['007', '7'],
  ])('parses %s exactly', (text, shown) => {
    expect(q(text).toString()).toBe(shown);
  });

  it('rejects text that is not a plain decimal', () => {
    expect(Exact.parse('1,5')).toBeUndefined();
    expect(Exact.parse('abc')).toBeUndefined();
    expect(Exact.parse('')).toBeUndefined();
  });

  it('keeps 0.1 + 0.2 exactly 0.3 (no binary floats)', () => {
    expect(q('0.1').add(q('0.2')).eq(q('0.3'))).toBe(true);
  });

  it('keeps 15/22 as a fraction until rounding', () => {
    const faktor = Exact.of(15, 22);
    expect(faktor.toString()).toBe('15/22');
    expect(Exact.of(5_000_000).mul(faktor).mul(q('0.4')).mul(q('0.925')).roundHalfUp()).toBe(1_261_364n);
  });

  it.each([
    ['2.5', 3n],
    ['2.4999', 2n],
    ['-2.5', -3n],
    ['-2.4', -2n],
    ['7', 7n],
  ])('rounds %s half up (away from zero) to %s', (text, expected) => {
    expect(q(text).roundHalfUp()).toBe(expected);
  });

  it('floors and ceils negative values correctly', () => {
    expect(q('-2.5').floor()).toBe(-3n);
    expect(q('-2.5').ceil()).toBe(-2n);
    expect(q('2.5').ceil()).toBe(3n);
  });

  it.each([
    ['92.5', 2, '92.50'],
    ['112.592592', 2, '112.59'],
    ['0.005', 2, '0.01'],
    ['0.68181818', 4, '0.6818'],
  ])('shows %s with %i decimals as %s', (text, places, shown) => {
    expect(q(text).toFixed(places)).toBe(shown);
  });

  it('shows an exact 1/3 with two decimals', () => {
    expect(Exact.of(310, 3).toFixed(2)).toBe('103.33');
  });
});

describe('roundRupiah', () => {
  it.each([
    ['1261363.5', 'half_up', 1_261_364],
    ['1261363.49', 'half_up', 1_261_363],
    ['1261363.99', 'floor', 1_261_363],
    ['1261999.99', 'floor_1000', 1_261_000],
    ['999.99', 'floor_1000', 0],
  ] as const)('%s with %s gives %i', (text, mode, expected) => {
    expect(roundRupiah(q(text), mode)).toBe(expected);
  });
});

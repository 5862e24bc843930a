import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import { capaianIndikator, computeHasilKerja, nilaiSkpOf } from '../../src/scoring/compute-hasil-kerja.js';
import { anIndikator, aPack, x } from '../helpers/builders.js';

const pack = aPack();
const maks = pack.kinerja.capaian_maks;

describe('capaian per indicator', () => {
  it.each([
    ['naik 90/100', anIndikator({ target: 100, realisasi: 90 }), '90'],
    ['naik 130/100 capped at 120', anIndikator({ target: 100, realisasi: 130 }), '120'],
    ['turun 4 against 5 (better)', anIndikator({ target: 5, realisasi: 4, arah: 'turun' }), '120'],
    ['turun 6 against 5 (worse)', anIndikator({ target: 5, realisasi: 6, arah: 'turun' }), '80'],
    ['turun 11 against 5 floors at 0', anIndikator({ target: 5, realisasi: 11, arah: 'turun' }), '0'],
    ['turun target 0, realisasi 0', anIndikator({ target: 0, realisasi: 0, arah: 'turun' }), '120'],
    ['turun target 0, realisasi 1', anIndikator({ target: 0, realisasi: 1, arah: 'turun' }), '0'],
    ['range 80-90, realisasi 85', anIndikator({ target: { dari: x(80), sampai: x(90) }, realisasi: 85 }), '100'],
    ['range 80-90, realisasi 70 uses 80', anIndikator({ target: { dari: x(80), sampai: x(90) }, realisasi: 70 }), '87.5'],
    ['range 80-90, realisasi 99 uses 90', anIndikator({ target: { dari: x(80), sampai: x(90) }, realisasi: 99 }), '110'],
    ['turun range 7-8, realisasi 9 uses 8', anIndikator({ target: { dari: x(7), sampai: x(8) }, realisasi: 9, arah: 'turun' }), '87.5'],
  ])('%s → %s', (_, ind, expected) => {
    expect(capaianIndikator(ind, maks).capaian.toString()).toBe(expected);
  });

  it('turun range 7-8 with realisasi 6.5 uses 7 (PermenPANRB 8/2021 example, 107.14)', () => {
    const c = capaianIndikator(anIndikator({ target: { dari: x(7), sampai: x(8) }, realisasi: x('6.5'), arah: 'turun' }), maks);
    expect(c.capaian.toFixed(2)).toBe('107.14');
  });
});

describe('nilai SKP conversion (half-open bands)', () => {
  it.each([
    ['120.5', '120'],
    ['110.01', '120'],
    ['110', '120'],
    ['100.5', '110'],
    ['101', '110'],
    ['100', '109'],
    ['99.99', '89'],
    ['99', '89'],
    ['80', '70'],
    ['79.99', '69'],
    ['60', '50'],
    ['59', '49'],
    ['0', '0'],
  ])('capaian %s → nilai %s', (c, expected) => {
    expect(nilaiSkpOf(x(c)).toFixed(2)).toBe(x(expected).toFixed(2));
  });

  it('interpolates 100 < c <= 110 with 10/9 per point above 101', () => {
    expect(nilaiSkpOf(Exact.of(310, 3)).toFixed(2)).toBe('112.59');
    expect(nilaiSkpOf(x(105)).toString()).toBe('1030/9');
  });

  it('scales c < 60 by 49/59', () => {
    expect(nilaiSkpOf(x(59)).toString()).toBe('49');
    expect(nilaiSkpOf(x(30)).toString()).toBe('1470/59');
  });
});

describe('capaian SKP and rating', () => {
  it('SPEC §7: 100, 90, 130 → 103.33, nilai 112.59, SESUAI', () => {
    const r = computeHasilKerja([anIndikator({ realisasi: 100 }), anIndikator({ realisasi: 90 }), anIndikator({ realisasi: 130 })], pack);
    expect(r.capaianSkp!.toFixed(2)).toBe('103.33');
    expect(r.nilaiSkp!.toFixed(2)).toBe('112.59');
    expect(r.rating).toBe('SESUAI');
  });

  it('weights indicators by bobot', () => {
    const r = computeHasilKerja([anIndikator({ realisasi: 100, bobot: x(30) }), anIndikator({ realisasi: 80, bobot: x(70) })], pack);
    expect(r.capaianSkp!.toString()).toBe('86');
    expect(r.rating).toBe('DI_BAWAH');
  });

  it.each([
    ['110', 'DI_ATAS'],
    ['109.99', 'SESUAI'],
    ['90', 'SESUAI'],
    ['89.99', 'DI_BAWAH'],
  ])('capaian SKP %s is %s (exact thresholds)', (c, rating) => {
    expect(computeHasilKerja([anIndikator({ realisasi: x(c) })], pack).rating).toBe(rating);
  });

  it('adds a point per achieved tambahan indicator, at most 5, capped at capaian_maks', () => {
    const tambahan = (r: number) => anIndikator({ jenis: 'tambahan', realisasi: r });
    const r = computeHasilKerja([anIndikator({ realisasi: 100 }), tambahan(100), tambahan(120), tambahan(99)], pack);
    expect(r.poinTambahan.toString()).toBe('2');
    expect(r.capaianSkp!.toString()).toBe('102');
    const many = computeHasilKerja([anIndikator({ realisasi: 118 }), ...Array.from({ length: 7 }, () => tambahan(100))], pack);
    expect(many.poinTambahan.toString()).toBe('5');
    expect(many.capaianSkp!.toString()).toBe('120');
  });

  it('is TIDAK_DINILAI without utama indicators', () => {
    const r = computeHasilKerja([anIndikator({ jenis: 'tambahan' })], pack);
    expect(r.rating).toBe('TIDAK_DINILAI');
    expect(r.capaianSkp).toBeUndefined();
    expect(computeHasilKerja([], pack).rating).toBe('TIDAK_DINILAI');
  });
});

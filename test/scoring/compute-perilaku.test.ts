import { describe, expect, it } from 'vitest';
import { computePerilaku } from '../../src/scoring/compute-perilaku.js';
import { aPack, aPenilai } from '../helpers/builders.js';

const pack = aPack();

describe('perilaku', () => {
  it('SPEC §7: one atasan, all aspects 92 → 92.00, DI_ATAS', () => {
    const r = computePerilaku([aPenilai(92)], pack);
    expect(r.nilai!.toString()).toBe('92');
    expect(r.rating).toBe('DI_ATAS');
  });

  it('averages the 7 aspects of a rater exactly', () => {
    const r = computePerilaku([aPenilai(80, { scores: { harmonis: 81 } })], pack);
    expect(r.nilai!.toString()).toBe('561/7');
    expect(r.rating).toBe('SESUAI');
  });

  it('weights role means 60/20/20', () => {
    const r = computePerilaku([aPenilai(90), aPenilai(70, { peran: 'rekan', penilaiNip: 'a' }), aPenilai(50, { peran: 'bawahan', penilaiNip: 'b' })], pack);
    expect(r.nilai!.toString()).toBe('78');
  });

  it('renormalises over the roles present (atasan 60 + rekan 20)', () => {
    const r = computePerilaku([aPenilai(90), aPenilai(70, { peran: 'rekan', penilaiNip: 'a' }), aPenilai(80, { peran: 'rekan', penilaiNip: 'c' })], pack);
    // (90×60 + 75×20) / 80 = 86.25
    expect(r.nilai!.toString()).toBe('86.25');
  });

  it('without an atasan is TIDAK_DINILAI, even with peers', () => {
    const r = computePerilaku([aPenilai(95, { peran: 'rekan', penilaiNip: 'a' })], pack);
    expect(r.rating).toBe('TIDAK_DINILAI');
    expect(r.nilai).toBeUndefined();
  });

  it.each([
    [90, 'DI_ATAS'],
    [89, 'SESUAI'],
    [70, 'SESUAI'],
    [69, 'DI_BAWAH'],
  ])('nilai %i is %s', (score, rating) => {
    expect(computePerilaku([aPenilai(score)], pack).rating).toBe(rating);
  });

  it('keeps the mean per aspect over all raters', () => {
    const r = computePerilaku([aPenilai(80, { scores: { loyal: 60 } }), aPenilai(90, { peran: 'rekan', penilaiNip: 'a' })], pack);
    expect(r.perAspek.loyal!.toString()).toBe('75');
    expect(r.perAspek.akuntabel!.toString()).toBe('85');
  });
});

import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import { computeHasilKerja } from '../../src/scoring/compute-hasil-kerja.js';
import { nilaiKinerjaOf, predikatFromMatrix, predikatFromNumber } from '../../src/scoring/decide-predikat.js';
import { aPack, anIndikator, x } from '../helpers/builders.js';

describe('predikat matrix (PermenPANRB 6/2022), every cell', () => {
  it.each([
    ['DI_ATAS', 'DI_BAWAH', 'KURANG'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
  ] as const)('hasil kerja %s × perilaku %s = %s', (hasil, perilaku, expected) => {
    expect(predikatFromMatrix(hasil, perilaku)).toBe(expected);
  });

  it.each([
    ['TIDAK_DINILAI', 'DI_ATAS'],
    ['DI_ATAS', 'TIDAK_DINILAI'],
    ['TIDAK_DINILAI', 'TIDAK_DINILAI'],
  ] as const)('%s × %s is TIDAK_DINILAI', (hasil, perilaku) => {
    expect(predikatFromMatrix(hasil, perilaku)).toBe('TIDAK_DINILAI');
  });
});

describe('metode angka (PP 30/2019)', () => {
  const pack = aPack({ kinerja: { metode: 'angka' } });

  it('weights nilai SKP 70 and perilaku 30 by default', () => {
    expect(nilaiKinerjaOf(x(112), x(92), pack)!.toString()).toBe('106');
    expect(nilaiKinerjaOf(undefined, x(92), pack)).toBeUndefined();
  });

  it.each([
    ['110', true, 'SANGAT_BAIK'],
    ['110', false, 'BAIK'],
    ['109.99', true, 'BAIK'],
    ['90', false, 'BAIK'],
    ['89.99', false, 'BUTUH_PERBAIKAN'],
    ['70', false, 'BUTUH_PERBAIKAN'],
    ['69.99', false, 'KURANG'],
    ['50', false, 'KURANG'],
    ['49.99', false, 'SANGAT_KURANG'],
  ] as const)('nilai %s with inovasi=%s is %s', (nilai, inovasi, expected) => {
    expect(predikatFromNumber(x(nilai), inovasi, pack)).toBe(expected);
  });

  it('is TIDAK_DINILAI without a nilai kinerja', () => {
    expect(predikatFromNumber(undefined, true, pack)).toBe('TIDAK_DINILAI');
  });
});

describe('metode angka at the sangat_baik threshold, from the scores', () => {
  const pack = aPack({ kinerja: { metode: 'angka' } });
  // 70% × nilai SKP 120 + 30% × nilai perilaku 260/3 = 84 + 26 = 110 exactly.
  const exactly110 = nilaiKinerjaOf(x(120), Exact.of(260, 3), pack)!;
  const justBelow = nilaiKinerjaOf(x(120), Exact.of(260, 3).sub(Exact.of(1, 1_000_000)), pack)!;

  it.each([
    [true, 'SANGAT_BAIK'],
    [false, 'BAIK'],
  ] as const)('nilai kinerja exactly 110 with inovasi=%s is %s', (inovasi, expected) => {
    expect(exactly110.toString()).toBe('110');
    expect(predikatFromNumber(exactly110, inovasi, pack)).toBe(expected);
  });

  it('a millionth of a point below 110 is BAIK even with an innovation (exact comparison, no 2-decimal rounding)', () => {
    expect(justBelow.toFixed(2)).toBe('110.00');
    expect(predikatFromNumber(justBelow, true, pack)).toBe('BAIK');
  });

  it('follows the pack: sangat_baik at 100 and 60/40 weights', () => {
    const other = aPack({ kinerja: { metode: 'angka', angka: { bobot_skp: 60, bobot_perilaku: 40, batas: { sangat_baik: 100 } } } });
    const nilai = nilaiKinerjaOf(x(110), x(85), other)!; // 66 + 34 = 100
    expect(nilai.toString()).toBe('100');
    expect(predikatFromNumber(nilai, true, other)).toBe('SANGAT_BAIK');
    expect(predikatFromNumber(nilai, false, other)).toBe('BAIK');
  });

  it('an inovasi flag on any capaian row counts, tambahan rows included', () => {
    expect(computeHasilKerja([anIndikator(), anIndikator({ jenis: 'tambahan', inovasi: true })], pack).inovasi).toBe(true);
    expect(computeHasilKerja([anIndikator({ inovasi: true }), anIndikator()], pack).inovasi).toBe(true);
    expect(computeHasilKerja([anIndikator(), anIndikator({ jenis: 'tambahan' })], pack).inovasi).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { nilaiKinerjaOf, predikatFromMatrix, predikatFromNumber } from '../../src/scoring/decide-predikat.js';
import { aPack, x } from '../helpers/builders.js';

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

import { describe, expect, it } from 'vitest';
import { parseGolongan } from '../../src/golongan.js';
import { computePph21, terCategory, terRate } from '../../src/tpp/compute-pph21.js';
import { aPack } from '../helpers/builders.js';

describe('PPh 21 tarif golongan', () => {
  const pack = aPack();
  it.each([
    ['II/d', false, 0],
    ['III/a', false, 242_500],
    ['IV/a', false, 727_500],
    ['VIII', true, 0],
    ['IX', true, 242_500],
    ['XIII', true, 727_500],
  ])('%s on 4,850,000', (gol, pppk, pph) => {
    expect(computePph21({ tppBruto: 4_850_000, golongan: parseGolongan(gol, pppk)! }, pack).pph21).toBe(pph);
  });

  it('floors to whole rupiah', () => {
    expect(computePph21({ tppBruto: 1_000_019, golongan: parseGolongan('III/b', false)! }, pack).pph21).toBe(50_000);
  });
});

describe('PPh 21 TER (PP 58/2023)', () => {
  const pack = aPack({ pajak: { metode: 'ter' } });
  it.each([
    ['TK/0', 'A'],
    ['TK/1', 'A'],
    ['K/0', 'A'],
    ['TK/2', 'B'],
    ['TK/3', 'B'],
    ['K/1', 'B'],
    ['K/2', 'B'],
    ['K/3', 'C'],
  ])('%s is category %s', (ptkp, cat) => {
    expect(terCategory(ptkp)).toBe(cat);
  });

  it.each([
    ['A', 5_400_000, '0'],
    ['A', 5_400_001, '0.25'],
    ['A', 10_050_000, '2'],
    ['A', 10_050_001, '2.25'],
    ['A', 1_400_000_000, '33'],
    ['A', 1_400_000_001, '34'],
    ['B', 6_200_000, '0'],
    ['B', 6_200_001, '0.25'],
    ['B', 9_200_000, '1'],
    ['B', 9_200_001, '1.5'],
    ['C', 6_600_000, '0'],
    ['C', 6_600_001, '0.25'],
    ['C', 12_050_001, '3'],
  ] as const)('category %s, gross %i → %s%% (upper bounds inclusive)', (cat, gross, rate) => {
    expect(terRate(pack.pajak.ter[cat], gross).toString()).toBe(rate);
  });

  it('taxes TPP as TER(salary + TPP) minus TER(salary)', () => {
    // A: 4,200,000 → 0%; 4,200,000 + 4,850,000 = 9,050,000 → 1.75% = 158,375
    const r = computePph21({ tppBruto: 4_850_000, statusPtkp: 'TK/0', brutoLain: 4_200_000 }, pack);
    expect(r.pph21).toBe(158_375);
    expect(r.detail).toMatchObject({ metode: 'ter', kategori: 'A', pajakTotal: 158_375, pajakLain: 0 });
  });

  it('never gives negative tax when the combined bracket is lower', () => {
    expect(computePph21({ tppBruto: 0, statusPtkp: 'K/3', brutoLain: 8_000_000 }, pack).pph21).toBe(0);
  });
});

describe('PPh 21 not withheld', () => {
  it.each(['ditanggung', 'tidak_ada'])('%s gives 0', (metode) => {
    expect(computePph21({ tppBruto: 4_850_000 }, aPack({ pajak: { metode } })).pph21).toBe(0);
  });
});

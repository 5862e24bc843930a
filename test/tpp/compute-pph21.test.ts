import { describe, expect, it } from 'vitest';
import { parseGolongan } from '../../src/model/golongan.js';
import { computePph21, terCategory, terRate } from '../../src/tpp/compute-pph21.js';
import { aPack } from '../helpers/builders.js';
import { PP58_TER, terTaxOracle } from './pp58-ter-tables.js';

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

describe('TER tables of the bawaan pack (PP 58/2023, domain notes §6.1)', () => {
  const pack = aPack();
  it.each([
    ['A', 44],
    ['B', 40],
    ['C', 41],
  ] as const)('category %s has the %i rows of the lampiran, every bound and rate as written', (cat, rows) => {
    expect(PP58_TER[cat]).toHaveLength(rows);
    expect(pack.pajak.ter[cat].map((b) => ({ sampai: b.sampai, tarif: b.tarif.toString() }))).toEqual(PP58_TER[cat]);
  });

  // Every edge of every table: the last rupiah of a band keeps its rate, the next rupiah takes the
  // next band's rate (upper bounds inclusive, "> a s.d. b").
  const edges = (['A', 'B', 'C'] as const).flatMap((cat) =>
    PP58_TER[cat].slice(0, -1).map((row, i) => [cat, row.sampai!, row.tarif, PP58_TER[cat][i + 1]!.tarif] as const),
  );
  it.each(edges)('category %s: %i → %s%%, one rupiah more → %s%%', (cat, edge, below, above) => {
    const bands = pack.pajak.ter[cat];
    expect(terRate(bands, edge).toString()).toBe(below);
    expect(terRate(bands, edge + 1).toString()).toBe(above);
  });

  it.each(edges)('category %s: PPh 21 on a TPP of exactly %i and one rupiah more (no other income)', (cat, edge) => {
    const ter = aPack({ pajak: { metode: 'ter' } });
    const status = { A: 'TK/0', B: 'K/1', C: 'K/3' }[cat];
    for (const gross of [edge, edge + 1]) {
      expect(computePph21({ tppBruto: gross, statusPtkp: status, brutoLain: 0 }, ter).pph21).toBe(terTaxOracle(PP58_TER[cat], gross));
    }
  });
});

describe('PPh 21 TER: salary + TPP minus salary alone', () => {
  const pack = aPack({ pajak: { metode: 'ter' } });

  it('subtracts the TER tax on the salary alone, not the TER of the TPP alone', () => {
    // K/1 → B. Salary 10,000,000: 9,200,000 < x <= 10,750,000 → 1.5% = 150,000.
    // Salary + TPP 12,000,000: 11,600,000 < x <= 12,600,000 → 3% = 360,000. PPh 21 on TPP = 210,000
    // (TER of the TPP alone would be 0%, and 3% of the TPP alone 60,000).
    const r = computePph21({ tppBruto: 2_000_000, statusPtkp: 'K/1', brutoLain: 10_000_000 }, pack);
    expect(r.pph21).toBe(210_000);
    expect(r.detail).toMatchObject({ kategori: 'B', brutoLain: 10_000_000, pajakTotal: 360_000, pajakLain: 150_000 });
    expect(r.detail.metode === 'ter' && [r.detail.tarifTotal.toString(), r.detail.tarifLain.toString()]).toEqual(['3', '1.5']);
  });

  it('floors each of the two terms to whole rupiah before subtracting', () => {
    // A: 5,650,001 → 0.5% = 28,250.005 → 28,250; 5,650,000 → 0.25% = 14,125; TPP of 1 rupiah → 14,125.
    expect(computePph21({ tppBruto: 1, statusPtkp: 'TK/0', brutoLain: 5_650_000 }, pack).pph21).toBe(14_125);
    // A: salary 6,300,000 × 0.75% = 47,250; with a TPP of 50, 6,300,050 × 1% = 63,000.5 → 63,000
    // under floor (the default), 63,001 under half_up.
    expect(computePph21({ tppBruto: 50, statusPtkp: 'TK/0', brutoLain: 6_300_000 }, pack).pph21).toBe(63_000 - 47_250);
    const halfUp = aPack({ pajak: { metode: 'ter', pembulatan: 'half_up' } });
    expect(computePph21({ tppBruto: 50, statusPtkp: 'TK/0', brutoLain: 6_300_000 }, halfUp).pph21).toBe(63_001 - 47_250);
  });

  it.each([
    ['TK/0', 'A', 65_000],
    ['TK/1', 'A', 65_000],
    ['K/0', 'A', 65_000],
    ['TK/2', 'B', 16_250],
    ['TK/3', 'B', 16_250],
    ['K/1', 'B', 16_250],
    ['K/2', 'B', 16_250],
    ['K/3', 'C', 0],
  ] as const)('status %s uses category %s: 6,500,000 is taxed %i', (status, kategori, pph21) => {
    // 6,500,000: A 6,300,000 < x <= 6,750,000 → 1%; B 6,200,000 < x <= 6,500,000 → 0.25%; C <= 6,600,000 → 0%.
    const r = computePph21({ tppBruto: 6_500_000, statusPtkp: status, brutoLain: 0 }, pack);
    expect(r.detail).toMatchObject({ metode: 'ter', kategori });
    expect(r.pph21).toBe(pph21);
  });
});

import { describe, expect, it } from 'vitest';
import { computeDecemberPph21, monthsMissingFor, pasal17Tax } from '../../src/tpp/compute-pph21-tahunan.js';
import { computePph21 } from '../../src/tpp/compute-pph21.js';
import type { Pph21PriorMonths } from '../../src/model/period.js';
import { aPack } from '../helpers/builders.js';

// Sources. The method (PMK 168/2023, last tax period): the PPh 21 due for the tax year, or the part of
// it worked, at the Pasal 17 rates, less what the other periods withheld; under- and over-withholding
// both settle in December (tbrights.com, "Ingat! PPh Ps 21 masa Desember dipotong menggunakan pasal 17
// bukan tarif TER bulanan"). Brackets, biaya jabatan and PTKP: UU HPP (5 / 15 / 25 / 30 / 35 % at 60 M / 250 M / 500 M / 5 B).
// The one published worked example is in the elucidation of PP 58/2023 (Penjelasan Pasal 2 ayat (1),
// "Tuan R"), reproduced first; the other amounts are worked by hand in their comments from those rules.
const pack = aPack({ pajak: { metode: 'ter' } });
const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const prior = (bulan: number[], brutoKenaPajak: number, pph21: number): Pph21PriorMonths => ({ bulan, brutoKenaPajak, pph21, adaRapel: false });

describe('Pasal 17 (UU HPP) on a year\'s PKP', () => {
  it.each([
    [0, 0],
    [60_000_000, 3_000_000], // 5 % of 60 M
    [96_000_000, 8_400_000], // 3,000,000 + 15 % × 36 M = 5,400,000
    [250_000_000, 31_500_000], // 3 M + 15 % × 190 M = 28.5 M
    [500_000_000, 94_000_000], // 31.5 M + 25 % × 250 M = 62.5 M
    // 94 M + 30 % × 4.5 B = 1.35 B → 1.444 B; + 35 % × 500 M = 175 M
    [5_500_000_000, 1_619_000_000],
  ])('PKP %i → %i', (pkp, tax) => {
    expect(pasal17Tax(pkp, pack.pajak.tahunan.tarif_pasal17, 'floor')).toBe(tax);
  });
});

describe('the worked example of PP 58/2023 (Penjelasan Pasal 2 ayat (1)): Tuan R', () => {
  // Tuan R, pegawai tetap, K/0: gaji 10,000,000 a month, iuran pensiun 100,000 a month. January–November:
  // TER category A, 2 % → 200,000 a month. December: gaji 120,000,000; biaya jabatan 5 % = 6,000,000;
  // iuran pensiun 1,200,000; neto 112,800,000; PTKP 58,500,000; PKP 54,300,000; 5 % → 2,715,000;
  // December = 2,715,000 − 11 × 200,000 = 515,000. His income is all one payment, so here it is the
  // "TPP" with no other income: tax(0 + TPP) − tax(0) is the whole tax.
  it('January–November under TER: 200,000 a month', () => {
    expect(computePph21({ tppBruto: 10_000_000, statusPtkp: 'K/0', brutoLain: 0 }, pack).pph21).toBe(200_000);
  });

  it('December under Pasal 17: 515,000', () => {
    const { pajak, detail } = computeDecemberPph21({ tppKenaPajak: 10_000_000, brutoLain: 0, iuranPensiun: 100_000, statusPtkp: 'K/0', prior: prior(months(1, 11), 110_000_000, 2_200_000) }, pack.pajak);
    expect(detail).toMatchObject({ bulan: 12, iuranPensiunSetahun: 1_200_000, ptkp: 58_500_000, pkp: 54_300_000, pajakSetahun: 2_715_000, pkpGaji: 0, pajakGaji: 0, dipotong: 2_200_000 });
    expect(detail.biayaJabatan.toString()).toBe('6000000');
    expect(pajak).toBe(515_000);
  });

  it('the same through the calculator that December runs use', () => {
    const december = computePph21({ tppBruto: 10_000_000, statusPtkp: 'K/0', brutoLain: 0, desember: { prior: prior(months(1, 11), 110_000_000, 2_200_000), iuranPensiun: 100_000 } }, pack);
    expect(december.pph21).toBe(515_000);
  });
});

describe('December PPh 21 on TPP: the year recalculated, less January–November', () => {
  it('the iuran pensiun comes off both sides: it moves the salary down the brackets, and the TPP with it', () => {
    // The first case below (TK/0, gaji 8,000,000, TPP 5,000,000) with iuran pensiun 400,000 a month
    // (4,800,000 a year): PKP 96,000,000 − 4,800,000 = 91,200,000 → 3,000,000 + 15 % × 31,200,000 =
    // 7,680,000; gaji alone 37,200,000 − 4,800,000 = 32,400,000 → 1,620,000. On the TPP 6,060,000 (was
    // 6,540,000: the 4,800,000 left the 15 % bracket on the TPP's side, 5 % on the salary's);
    // December = 6,060,000 − 5,830,000 = 230,000.
    const { pajak, detail } = computeDecemberPph21({ tppKenaPajak: 5_000_000, brutoLain: 8_000_000, iuranPensiun: 400_000, statusPtkp: 'TK/0', prior: prior(months(1, 11), 55_000_000, 5_830_000) }, pack.pajak);
    expect(detail).toMatchObject({ iuranPensiunSetahun: 4_800_000, pkp: 91_200_000, pkpGaji: 32_400_000, pajakSetahun: 7_680_000, pajakGaji: 1_620_000, pajakTpp: 6_060_000 });
    expect(pajak).toBe(230_000);
  });

  it('a full year: tax(gaji + TPP) − tax(gaji) for the year, less the TER withheld', () => {
    // TK/0, gaji 8,000,000 and TPP 5,000,000 every month. Monthly TER A: 13,000,000 → 5 % = 650,000;
    // gaji alone 8,000,000 → 1.5 % = 120,000; on the TPP 530,000 a month, 5,830,000 in Jan–Nov.
    const monthly = computePph21({ tppBruto: 5_000_000, statusPtkp: 'TK/0', brutoLain: 8_000_000 }, pack);
    expect(monthly.pph21).toBe(530_000);
    // Year: gaji 96,000,000 + TPP 60,000,000 = 156,000,000; biaya jabatan 5 % = 7,800,000, capped at
    // 6,000,000; neto 150,000,000 − PTKP 54,000,000 = PKP 96,000,000 → 3,000,000 + 5,400,000 = 8,400,000.
    // Gaji alone: 96,000,000 − 4,800,000 − 54,000,000 = PKP 37,200,000 → 1,860,000.
    // On the TPP: 6,540,000; December = 6,540,000 − 5,830,000 = 710,000 (TER would give 530,000).
    const { pajak, detail } = computeDecemberPph21({ tppKenaPajak: 5_000_000, brutoLain: 8_000_000, iuranPensiun: 0, statusPtkp: 'TK/0', prior: prior(months(1, 11), 55_000_000, 5_830_000) }, pack.pajak);
    expect(detail).toMatchObject({ bulan: 12, gajiSetahun: 96_000_000, tppSebelumnya: 55_000_000, tppDesember: 5_000_000, ptkp: 54_000_000, pkp: 96_000_000, pkpGaji: 37_200_000, pajakSetahun: 8_400_000, pajakGaji: 1_860_000, pajakTpp: 6_540_000, dipotong: 5_830_000 });
    expect(detail.biayaJabatan.toString()).toBe('6000000');
    expect(detail.biayaJabatanGaji.toString()).toBe('4800000');
    expect(pajak).toBe(710_000);
  });

  it('an over-withheld year is negative: the excess is returned in December', () => {
    // TK/0, gaji 5,400,000 (TER A 0 %), TPP 100,000: 5,500,000 → 0.25 % = 13,750 a month on the TPP,
    // 151,250 in Jan–Nov. Year: 66,000,000 − 3,300,000 − 54,000,000 = PKP 8,700,000 → 435,000; gaji
    // alone 64,800,000 − 3,240,000 − 54,000,000 = 7,560,000 → 378,000. On the TPP 57,000: returned 94,250.
    const { pajak, detail } = computeDecemberPph21({ tppKenaPajak: 100_000, brutoLain: 5_400_000, iuranPensiun: 0, statusPtkp: 'TK/0', prior: prior(months(1, 11), 1_100_000, 151_250) }, pack.pajak);
    expect(detail).toMatchObject({ pkp: 8_700_000, pkpGaji: 7_560_000, pajakSetahun: 435_000, pajakGaji: 378_000, pajakTpp: 57_000 });
    expect(pajak).toBe(-94_250);
  });

  it('a mid-year joiner: the months worked, not annualised; biaya jabatan capped per month; full PTKP', () => {
    // In the archive from July: 6 months with December. Gaji 8,000,000 × 6 = 48,000,000 + TPP
    // 30,000,000 = 78,000,000; biaya jabatan 3,900,000 capped at 500,000 × 6 = 3,000,000; neto
    // 75,000,000 − 54,000,000 = PKP 21,000,000 → 1,050,000. Gaji alone 48,000,000 − 2,400,000 is under
    // the PTKP → 0. Withheld 5 × 530,000 = 2,650,000: December returns 1,600,000.
    const { pajak, detail } = computeDecemberPph21({ tppKenaPajak: 5_000_000, brutoLain: 8_000_000, iuranPensiun: 0, statusPtkp: 'TK/0', prior: prior(months(7, 11), 25_000_000, 2_650_000) }, pack.pajak);
    expect(detail).toMatchObject({ bulan: 6, gajiSetahun: 48_000_000, pkp: 21_000_000, pkpGaji: 0, pajakTpp: 1_050_000 });
    expect(detail.biayaJabatan.toString()).toBe('3000000');
    expect(pajak).toBe(-1_600_000);
  });

  it('a December joiner: one month, nothing withheld before', () => {
    // K/1 (PTKP 63,000,000): 8,000,000 + 5,000,000 for one month is far under the PTKP → 0.
    const { pajak, detail } = computeDecemberPph21({ tppKenaPajak: 5_000_000, brutoLain: 8_000_000, iuranPensiun: 0, statusPtkp: 'K/1', prior: undefined }, pack.pajak);
    expect(detail).toMatchObject({ bulan: 1, ptkp: 63_000_000, pkp: 0, dipotong: 0 });
    expect(pajak).toBe(0);
  });

  it('biaya jabatan that is not whole rupiah is kept exact; PKP rounds down to the thousand', () => {
    // K/0 (58,500,000), gaji 7,000,001 × 12 = 84,000,012, TPP 12 × 1,000,001 = 12,000,012 → 96,000,024;
    // 5 % = 4,800,001.2 (under the cap); neto 91,200,022.8 − 58,500,000 = 32,700,022.8 → PKP 32,700,000.
    const { detail } = computeDecemberPph21({ tppKenaPajak: 1_000_001, brutoLain: 7_000_001, iuranPensiun: 0, statusPtkp: 'K/0', prior: prior(months(1, 11), 11_000_011, 0) }, pack.pajak);
    expect(detail.biayaJabatan.toFixed(2)).toBe('4800001.20');
    expect(detail.pkp).toBe(32_700_000);
  });
});

describe('months an employee lacks before December', () => {
  it.each([
    [undefined, []],
    [prior(months(1, 11), 0, 0), []],
    [prior(months(7, 11), 0, 0), []],
    [prior([1, 2, 4, 5, 6, 7, 8, 9, 10, 11], 0, 0), [3]],
    [prior([1, 2, 3], 0, 0), [4, 5, 6, 7, 8, 9, 10, 11]],
  ])('%j → %j', (p, missing) => {
    expect(monthsMissingFor(p)).toEqual(missing);
  });
});

describe('the calculator under TER', () => {
  it('uses the annual recalculation only when December asks for it', () => {
    const input = { tppBruto: 5_000_000, statusPtkp: 'TK/0', brutoLain: 8_000_000 };
    expect(computePph21(input, pack).pph21).toBe(530_000);
    const december = computePph21({ ...input, desember: { prior: prior(months(1, 11), 55_000_000, 5_830_000), iuranPensiun: 0 } }, pack);
    expect(december.pph21).toBe(710_000);
    expect(december.detail.metode).toBe('tahunan');
  });
});

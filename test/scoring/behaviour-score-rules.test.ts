/**
 * Behaviour and score rules of the rule pack (issue 15): `kinerja.perilaku.cara_label`,
 * `kinerja.perilaku.ambang_bayar` and `kinerja.capaian_maks_bayar`, with amounts worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { ASPEK, type Aspek, type GivenRating } from '../../src/model/domain.js';
import type { Penilai } from '../../src/model/records.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { computeHasilKerja } from '../../src/scoring/compute-hasil-kerja.js';
import { computePerilaku } from '../../src/scoring/compute-perilaku.js';
import { predikatFromMatrix } from '../../src/scoring/decide-predikat.js';
import { knownFields } from '../../src/inputs/known-fields.js';
import { anIndikator, aPack, aPenilai, bawaanRaw } from '../helpers/builders.js';

/** A rater who gave every aspect a label, scored as the pack's `label` map says (as the reader does). */
function labelled(labels: readonly GivenRating[], pack: RulePack, over: Partial<Penilai> = {}): Penilai {
  const byAspek = Object.fromEntries(ASPEK.map((a, i) => [a, labels[i]!])) as Record<Aspek, GivenRating>;
  const scores = Object.fromEntries(ASPEK.map((a) => [a, pack.kinerja.perilaku.label[byAspek[a]].toApproximateNumber()]));
  return { ...aPenilai(0, { scores }), asli: byAspek, label: byAspek, ...over };
}

const FOUR_BELOW_THREE_ABOVE: GivenRating[] = ['DI_BAWAH', 'DI_ATAS', 'DI_BAWAH', 'DI_ATAS', 'DI_BAWAH', 'DI_ATAS', 'DI_BAWAH'];

describe('kinerja.perilaku.cara_label', () => {
  const rataRata = aPack();
  const mayoritas = aPack({ kinerja: { perilaku: { cara_label: 'mayoritas' } } });

  it('bawaan is rata_rata: 4 of 7 "di bawah" and 3 "di atas" average to SESUAI, predikat BAIK', () => {
    const r = computePerilaku([labelled(FOUR_BELOW_THREE_ABOVE, rataRata)], rataRata);
    // (4 × 50 + 3 × 100) / 7 = 500/7 = 71.43 ≥ sesuai 70 → SESUAI; with hasil kerja SESUAI → BAIK
    expect([r.nilai!.toString(), r.rating, r.mayoritas]).toEqual(['500/7', 'SESUAI', undefined]);
    expect(predikatFromMatrix('SESUAI', r.rating)).toBe('BAIK');
  });

  it('mayoritas: 4 of 7 "di bawah" → DI_BAWAH; with hasil kerja SESUAI the predikat is KURANG', () => {
    const r = computePerilaku([labelled(FOUR_BELOW_THREE_ABOVE, mayoritas)], mayoritas);
    // The score stays the same for display and pay: 500/7.
    expect([r.nilai!.toString(), r.rating]).toEqual(['500/7', 'DI_BAWAH']);
    expect(r.mayoritas).toEqual({ DI_ATAS: 3, SESUAI: 0, DI_BAWAH: 4, bukanLabel: 0 });
    expect(predikatFromMatrix('SESUAI', r.rating)).toBe('KURANG');
  });

  it.each([
    // labels of the 7 aspects → rating
    ['4 di atas, 3 di bawah', ['DI_ATAS', 'DI_ATAS', 'DI_ATAS', 'DI_ATAS', 'DI_BAWAH', 'DI_BAWAH', 'DI_BAWAH'], 'DI_ATAS'],
    ['3 di atas, 2 sesuai, 2 di bawah (most, not more than half)', ['DI_ATAS', 'DI_ATAS', 'DI_ATAS', 'SESUAI', 'SESUAI', 'DI_BAWAH', 'DI_BAWAH'], 'DI_ATAS'],
    ['tie 3 di atas / 3 di bawah goes to the lower', ['DI_ATAS', 'DI_ATAS', 'DI_ATAS', 'SESUAI', 'DI_BAWAH', 'DI_BAWAH', 'DI_BAWAH'], 'DI_BAWAH'],
    ['tie 3 di atas / 3 sesuai goes to SESUAI', ['DI_ATAS', 'DI_ATAS', 'DI_ATAS', 'SESUAI', 'SESUAI', 'SESUAI', 'DI_BAWAH'], 'SESUAI'],
    ['tie 3 sesuai / 3 di bawah goes to DI_BAWAH', ['DI_ATAS', 'SESUAI', 'SESUAI', 'SESUAI', 'DI_BAWAH', 'DI_BAWAH', 'DI_BAWAH'], 'DI_BAWAH'],
    ['all sesuai', ['SESUAI', 'SESUAI', 'SESUAI', 'SESUAI', 'SESUAI', 'SESUAI', 'SESUAI'], 'SESUAI'],
  ] as [string, GivenRating[], GivenRating][])('%s → %s', (_, labels, rating) => {
    expect(computePerilaku([labelled(labels, mayoritas)], mayoritas).rating).toBe(rating);
  });

  it("counts only the atasan's labels: peers inform, they do not outvote", () => {
    const peer = labelled(['DI_ATAS', 'DI_ATAS', 'DI_ATAS', 'DI_ATAS', 'DI_ATAS', 'DI_ATAS', 'DI_ATAS'], mayoritas, { peran: 'rekan', penilaiNip: 'r1' });
    const r = computePerilaku([labelled(FOUR_BELOW_THREE_ABOVE, mayoritas), peer], mayoritas);
    // Counting the peer's 7 labels too would give DI_ATAS 10 against DI_BAWAH 4.
    expect([r.rating, r.mayoritas]).toEqual(['DI_BAWAH', { DI_ATAS: 3, SESUAI: 0, DI_BAWAH: 4, bukanLabel: 0 }]);
  });

  it('a numeric aspect in the atasan rating leaves the majority unknown: TIDAK_DINILAI (compute-period holds)', () => {
    const atasan = labelled(FOUR_BELOW_THREE_ABOVE, mayoritas);
    const mixed = { ...atasan, label: { ...atasan.label, loyal: undefined } } as Penilai;
    delete mixed.label!.loyal;
    const r = computePerilaku([mixed], mayoritas);
    expect([r.rating, r.mayoritas!.bukanLabel]).toEqual(['TIDAK_DINILAI', 1]);
    // All numbers: 7 not counted.
    expect(computePerilaku([aPenilai(92)], mayoritas).mayoritas!.bukanLabel).toBe(7);
  });

  it('a numeric peer beside a labelled atasan is fine', () => {
    const r = computePerilaku([labelled(FOUR_BELOW_THREE_ABOVE, mayoritas), aPenilai(95, { peran: 'rekan', penilaiNip: 'r1' })], mayoritas);
    expect([r.rating, r.mayoritas!.bukanLabel]).toEqual(['DI_BAWAH', 0]);
  });
});

describe('kinerja.perilaku.ambang_bayar', () => {
  const manado = aPack({ kinerja: { perilaku: { ambang_bayar: { satuan: 'jumlah_aspek', nol_sampai: 209, penuh_di_atas: 678 } } } });
  /** One atasan whose 7 scores sum to `sum` (the first aspect takes the remainder). */
  const summing = (sum: number) => {
    const rest = Math.floor(sum / 7);
    return aPenilai(rest, { scores: { berorientasi_pelayanan: sum - 6 * rest } });
  };

  it('bawaan has no thresholds: the base is the score itself', () => {
    const r = computePerilaku([aPenilai(20)], aPack());
    expect([r.nilaiBayar!.toString(), r.ambangBayar]).toEqual(['20', undefined]);
    expect(r.nilaiBayar).toBe(r.nilai);
  });

  it.each([
    // sum S → nilai = S/7, base
    [209, '209/7', '0', 'nol'],
    [210, '30', '30', undefined],
    [560, '80', '80', undefined],
    [678, '678/7', '678/7', undefined],
    [679, '97', '100', 'penuh'],
  ])('aspect sum %i: nilai %s pays on %s', (sum, nilai, dasar, ambang) => {
    const r = computePerilaku([summing(sum)], manado);
    expect([r.nilai!.toString(), r.nilaiBayar!.toString(), r.ambangBayar]).toEqual([nilai, dasar, ambang]);
    // The rating still comes from nilai (batas 90 / 70): 97 → DI_ATAS, 209/7 → DI_BAWAH.
    if (sum === 679) expect(r.rating).toBe('DI_ATAS');
    if (sum === 209) expect(r.rating).toBe('DI_BAWAH');
  });

  it('satuan nilai compares the 0..100 score', () => {
    const pack = aPack({ kinerja: { perilaku: { ambang_bayar: { satuan: 'nilai', nol_sampai: 40, penuh_di_atas: 95 } } } });
    expect(computePerilaku([aPenilai(40)], pack).nilaiBayar!.toString()).toBe('0');
    expect(computePerilaku([aPenilai(41)], pack).nilaiBayar!.toString()).toBe('41');
    expect(computePerilaku([aPenilai(95)], pack).nilaiBayar!.toString()).toBe('95');
    expect(computePerilaku([aPenilai(96)], pack).nilaiBayar!.toString()).toBe('100');
  });
});

describe('kinerja.capaian_maks_bayar', () => {
  const capped = aPack({ kinerja: { capaian_maks_bayar: 100 } });

  it('capaian 115 with cap 100: rating DI_ATAS (SANGAT_BAIK possible), component base 100', () => {
    const r = computeHasilKerja([anIndikator({ target: 100, realisasi: 115 })], capped);
    // capaian 115 ≤ capaian_maks 120; ≥ di_atas 110 → DI_ATAS
    expect([r.capaianSkp!.toString(), r.rating, r.capaianSkpBayar!.toString()]).toEqual(['115', 'DI_ATAS', '100']);
    expect(predikatFromMatrix(r.rating, 'DI_ATAS')).toBe('SANGAT_BAIK');
    // The old way, capaian_maks: 100, caps the rating too: 100 < 110 → SESUAI → BAIK at best.
    const old = computeHasilKerja([anIndikator({ target: 100, realisasi: 115 })], aPack({ kinerja: { capaian_maks: 100 } }));
    expect([old.capaianSkp!.toString(), old.rating]).toEqual(['100', 'SESUAI']);
  });

  it('caps each indicator before the mean (Manado: 100, 90, 110 → 96.67, not 100)', () => {
    const indicators = [100, 90, 110].map((realisasi) => anIndikator({ target: 100, realisasi }));
    const r = computeHasilKerja(indicators, capped);
    // rating: (100 + 90 + 110) / 3 = 100; pay: (100 + 90 + 100) / 3 = 290/3 = 96.67
    expect([r.capaianSkp!.toString(), r.capaianSkpBayar!.toString()]).toEqual(['100', '290/3']);
    // bawaan: the base is capaian_skp itself (compute-tpp caps it at 100)
    const plain = computeHasilKerja(indicators, aPack());
    expect(plain.capaianSkpBayar).toBe(plain.capaianSkp);
  });

  it('bonus points count toward the base, within the cap', () => {
    const indicators = [anIndikator({ target: 100, realisasi: 95 }), anIndikator({ jenis: 'tambahan', target: 10, realisasi: 10 })];
    const r = computeHasilKerja(indicators, capped);
    // 95 + 1 bonus point = 96 for both
    expect([r.capaianSkp!.toString(), r.capaianSkpBayar!.toString()]).toEqual(['96', '96']);
  });
});

describe('rule-pack validation of the new keys', () => {
  const problems = (override: Record<string, unknown>) => {
    const result = parseRulePack(mergeRulePack(bawaanRaw(), override), knownFields);
    return 'problems' in result ? result.problems.map((p) => p.path) : [];
  };

  it.each([
    [{ kinerja: { perilaku: { cara_label: 'terbanyak' } } }, 'kinerja.perilaku.cara_label'],
    [{ kinerja: { perilaku: { ambang_bayar: { satuan: 'nilai', nol_sampai: 50, penuh_di_atas: 40 } } } }, 'kinerja.perilaku.ambang_bayar.penuh_di_atas'],
    [{ kinerja: { perilaku: { ambang_bayar: { satuan: 'nilai', nol_sampai: 209, penuh_di_atas: 678 } } } }, 'kinerja.perilaku.ambang_bayar.nol_sampai'],
    [{ kinerja: { perilaku: { ambang_bayar: { satuan: 'jumlah', nol_sampai: 1, penuh_di_atas: 2 } } } }, 'kinerja.perilaku.ambang_bayar.satuan'],
    [{ kinerja: { capaian_maks_bayar: 130 } }, 'kinerja.capaian_maks_bayar'],
    [{ kinerja: { capaian_maks_bayar: 0 } }, 'kinerja.capaian_maks_bayar'],
    [{ kinerja: { capaian_maks_bayar: 'seratus' } }, 'kinerja.capaian_maks_bayar'],
    [{ kinerja: { perilaku: { ambang_bayar: { satuan: 'nilai', nol_sampai: 'x', penuh_di_atas: 90 } } } }, 'kinerja.perilaku.ambang_bayar.nol_sampai'],
  ])('%j → a problem at %s', (override, path) => {
    expect(problems(override)).toContain(path);
  });

  it('accepts the Manado settings', () => {
    expect(problems({ kinerja: { capaian_maks_bayar: 100, perilaku: { cara_label: 'mayoritas', ambang_bayar: { satuan: 'jumlah_aspek', nol_sampai: 209, penuh_di_atas: 678 } } } })).toEqual([]);
  });
});

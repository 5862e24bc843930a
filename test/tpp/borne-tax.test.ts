/**
 * Borne PPh 21 (`pajak.ditanggung_dengan`) and the employer's BPJS in the taxable gross
 * (`pajak.bruto_termasuk_bpjs_pemda`), on the SPEC §7 worked example: tpp_bruto 4,850,000, gaji
 * 4,200,000, III/c; BPJS base min(4,850,000, 12,000,000 − 4,200,000) = 4,850,000 → pegawai 1 % =
 * 48,500, pemda 4 % = 194,000.
 */
import { describe, expect, it } from 'vitest';
import { knownFields } from '../../src/inputs/known-fields.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import { computeTpp, createTppCalculator, type TppInput } from '../../src/tpp/compute-tpp.js';
import { aPack, bawaanRaw, workedExampleTpp, x } from '../helpers/builders.js';

const budi = (over: Partial<TppInput> = {}): TppInput => workedExampleTpp({ statusPtkp: 'TK/0', ...over });

const problemsOf = (pajak: Record<string, unknown>) => {
  const result = parseRulePack(mergeRulePack(bawaanRaw(), { pajak }), knownFields);
  return 'problems' in result ? result.problems.map((p) => `${p.path}: ${p.en}`) : [];
};

describe('borne PPh 21 (pajak.ditanggung_dengan)', () => {
  it('tarif_golongan: 5 % × 4,850,000 = 242,500 borne, nothing withheld, net = bruto − BPJS', () => {
    const pack = aPack({ pajak: { metode: 'ditanggung', ditanggung_dengan: 'tarif_golongan' } });
    for (const r of [computeTpp(budi(), pack), createTppCalculator(pack).compute(budi())]) {
      expect([r.tppBruto, r.pph21, r.pph21Ditanggung, r.bpjsPegawai, r.tppNetto]).toEqual([4_850_000, 0, 242_500, 48_500, 4_801_500]);
      expect(r.pph21Detail).toMatchObject({ metode: 'ditanggung', dihitung: { metode: 'tarif_golongan', kunci: 'III' } });
    }
  });

  it('ter: TER A(4,200,000 + 4,850,000 = 9,050,000) 1.75 % = 158,375 − TER(4,200,000) 0 % = 158,375 borne', () => {
    const r = computeTpp(budi(), aPack({ pajak: { metode: 'ditanggung', ditanggung_dengan: 'ter' } }));
    expect([r.pph21, r.pph21Ditanggung, r.tppNetto]).toEqual([0, 158_375, 4_801_500]);
    expect(r.pph21Detail).toMatchObject({ metode: 'ditanggung', dihitung: { metode: 'ter', kategori: 'A', pajakTotal: 158_375, pajakLain: 0 } });
  });

  it('without ditanggung_dengan there is no amount, as before', () => {
    const r = computeTpp(budi(), aPack({ pajak: { metode: 'ditanggung' } }));
    expect([r.pph21, r.pph21Ditanggung]).toEqual([0, 0]);
    expect(r.pph21Detail).toEqual({ metode: 'ditanggung' });
  });

  it('a held employee bears nothing either', () => {
    const r = computeTpp(budi({ held: true }), aPack({ pajak: { metode: 'ditanggung', ditanggung_dengan: 'tarif_golongan' } }));
    expect([r.statusBayar, r.pph21Ditanggung, r.tppBruto]).toEqual(['ditahan', 0, 0]);
  });

  it('the bawaan pack withholds as before and bears nothing', () => {
    const r = computeTpp(budi(), aPack());
    expect([r.pph21, r.pph21Ditanggung, r.bpjsPemdaKenaPajak, r.tppNetto]).toEqual([242_500, 0, 0, 4_559_000]);
  });

  it('is refused beside any other metode, with its path', () => {
    expect(problemsOf({ metode: 'ter', ditanggung_dengan: 'ter' })).toEqual(['pajak.ditanggung_dengan: only with metode: ditanggung']);
    expect(problemsOf({ metode: 'ditanggung', ditanggung_dengan: 'setengah' })[0]).toMatch(/^pajak\.ditanggung_dengan: /);
    expect(problemsOf({ metode: 'ditanggung', ditanggung_dengan: 'ter' })).toEqual([]);
  });
});

describe("the employer's BPJS in the taxable gross (pajak.bruto_termasuk_bpjs_pemda)", () => {
  it('tarif_golongan: 5 % × (4,850,000 + 194,000 = 5,044,000) = 252,200 withheld; the 194,000 is not paid out', () => {
    const r = computeTpp(budi(), aPack({ pajak: { bruto_termasuk_bpjs_pemda: true } }));
    expect([r.tppBruto, r.bpjsPemda, r.bpjsPemdaKenaPajak, r.pph21, r.bpjsPegawai]).toEqual([4_850_000, 194_000, 194_000, 252_200, 48_500]);
    // 4,850,000 − 252,200 − 48,500
    expect(r.tppNetto).toBe(4_549_300);
  });

  it('ter: TER A(4,200,000 + 4,850,000 + 194,000 = 9,244,000) 1.75 % = 161,770 − TER(4,200,000) 0 = 161,770', () => {
    const r = computeTpp(budi(), aPack({ pajak: { metode: 'ter', bruto_termasuk_bpjs_pemda: true } }));
    expect([r.pph21, r.bpjsPemdaKenaPajak]).toEqual([161_770, 194_000]);
    expect(r.pph21Detail).toMatchObject({ metode: 'ter', pajakTotal: 161_770, pajakLain: 0 });
  });

  it('ter across a band: other income 8,300,000 + 1,000,000 TPP = 9,300,000 is 1.75 %, + 40,000 pemda still 1.75 %; 9,900,000 + pemda crosses', () => {
    // TPP 1,000,000 (pagu ⇒ bruto): BPJS base min(1,000,000, 12,000,000 − 8,300,000) → pemda 40,000.
    // Without: 9,300,000 × 1.75 % = 162,750 − 8,300,000 × 1.5 % = 124,500 → 38,250.
    // With: 9,340,000 × 1.75 % = 163,450 − 124,500 → 38,950 (the 40,000 taxed at 1.75 % = 700 more).
    const input = budi({ pagu: 1_000_000, nilai: { nilai_disiplin: x(100) }, gaji: 8_300_000 });
    expect(computeTpp(input, aPack({ pajak: { metode: 'ter' } })).pph21).toBe(38_250);
    expect(computeTpp(input, aPack({ pajak: { metode: 'ter', bruto_termasuk_bpjs_pemda: true } })).pph21).toBe(38_950);
    // TPP 1,300,000, gaji 8,300,000: 9,600,000 → 1.75 % = 168,000; + pemda 52,000 = 9,652,000 > 9,650,000 → 2 % = 193,040.
    // 193,040 − 124,500 = 68,540 (instead of 168,000 − 124,500 = 43,500).
    const crossing = budi({ pagu: 1_300_000, nilai: { nilai_disiplin: x(100) }, gaji: 8_300_000 });
    expect(computeTpp(crossing, aPack({ pajak: { metode: 'ter' } })).pph21).toBe(43_500);
    expect(computeTpp(crossing, aPack({ pajak: { metode: 'ter', bruto_termasuk_bpjs_pemda: true } })).pph21).toBe(68_540);
  });

  it('joins the borne tax base too: 5 % × 5,044,000 = 252,200 borne', () => {
    const r = computeTpp(budi(), aPack({ pajak: { metode: 'ditanggung', ditanggung_dengan: 'tarif_golongan', bruto_termasuk_bpjs_pemda: true } }));
    expect([r.pph21, r.pph21Ditanggung, r.tppNetto]).toEqual([0, 252_200, 4_801_500]);
  });

  it('must be true or false', () => {
    expect(problemsOf({ bruto_termasuk_bpjs_pemda: 'ya' })[0]).toMatch(/^pajak\.bruto_termasuk_bpjs_pemda: /);
  });
});

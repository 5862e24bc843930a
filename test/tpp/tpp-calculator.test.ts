/**
 * A run's TPP calculator (createTppCalculator) shares its constants, faktor_hari and PPh 21 details
 * between the employees it computes, and nothing with another run's; its results are those of
 * computeTpp, which shares nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import { parseGolongan } from '../../src/model/golongan.js';
import { createPph21Calculator } from '../../src/tpp/compute-pph21.js';
import { computeTpp, createTppCalculator, type TppInput } from '../../src/tpp/compute-tpp.js';
import { aPack, x } from '../helpers/builders.js';

const PACKS = {
  tarif_golongan: aPack(),
  ter: aPack({ pajak: { metode: 'ter' } }),
  ditanggung: aPack({ pajak: { metode: 'ditanggung' } }),
};
const GOLONGAN = [parseGolongan('III/c', false)!, parseGolongan('IV/a', false)!, parseGolongan('IX', true)!, parseGolongan('II/a', false)!];

const employee = (over: Partial<TppInput> = {}): TppInput => ({
  pagu: 5_000_000,
  status: 'PNS',
  hariBayar: 22,
  hariKerjaPenuh: 22,
  tk: 0,
  nilai: { nilai_disiplin: x('92.5'), capaian_skp: x(104), nilai_perilaku: x(90) },
  faktorPredikat: x(100),
  persenHukdis: Exact.ZERO,
  held: false,
  golongan: GOLONGAN[0],
  statusPtkp: 'K/1',
  gaji: 4_200_000,
  ...over,
});

const employeeArb = fc
  .record({
    pagu: fc.integer({ min: 0, max: 40_000_000 }),
    status: fc.constantFrom('PNS', 'CPNS', 'PPPK', 'TIDAK_ADA'),
    hariBayar: fc.integer({ min: 0, max: 23 }),
    hariKerjaPenuh: fc.integer({ min: 0, max: 23 }),
    tk: fc.integer({ min: 0, max: 12 }),
    disiplin: fc.integer({ min: 0, max: 200 }),
    hukdis: fc.constantFrom(0, 25, 50),
    held: fc.boolean(),
    golongan: fc.constantFrom(...GOLONGAN, undefined),
    statusPtkp: fc.constantFrom('TK/0', 'K/1', 'K/3'),
    gaji: fc.integer({ min: 0, max: 20_000_000 }),
  })
  .map((r) =>
    employee({
      pagu: r.pagu,
      status: r.status,
      hariBayar: Math.min(r.hariBayar, r.hariKerjaPenuh),
      hariKerjaPenuh: r.hariKerjaPenuh,
      tk: r.tk,
      nilai: { nilai_disiplin: Exact.of(r.disiplin, 2), capaian_skp: x(100) },
      persenHukdis: x(r.hukdis),
      held: r.held,
      golongan: r.golongan,
      statusPtkp: r.statusPtkp,
      gaji: r.gaji,
    }),
  );

describe('createTppCalculator', () => {
  it.each(Object.entries(PACKS))('gives computeTpp\'s results (%s)', (_name, pack) => {
    fc.assert(
      fc.property(fc.array(employeeArb, { minLength: 1, maxLength: 20 }), (employees) => {
        const run = createTppCalculator(pack);
        for (const e of employees) expect(run.compute(e)).toEqual(computeTpp(e, pack));
      }),
    );
  });

  it('shares faktor_hari and the PPh 21 detail between the employees of a run, not across runs', () => {
    const pack = PACKS.tarif_golongan;
    const run = createTppCalculator(pack);
    const a = run.compute(employee({ hariBayar: 20 }));
    const b = run.compute(employee({ hariBayar: 20, pagu: 7_000_000 }));
    expect(b.faktorHari).toBe(a.faktorHari);
    expect(b.pph21Detail).toBe(a.pph21Detail);
    const other = createTppCalculator(pack).compute(employee({ hariBayar: 20 }));
    expect(other.faktorHari).not.toBe(a.faktorHari);
    expect(other.faktorHari.eq(a.faktorHari)).toBe(true);
    expect(other.pph21Detail).not.toBe(a.pph21Detail);
    // computeTpp shares nothing.
    expect(computeTpp(employee({ hariBayar: 20 }), pack).faktorHari).not.toBe(computeTpp(employee({ hariBayar: 20 }), pack).faktorHari);
  });

  it('a PPh 21 calculator shares each golongan\'s tarif detail', () => {
    const pph21 = createPph21Calculator(PACKS.tarif_golongan);
    const first = pph21.compute({ tppBruto: 4_850_000, golongan: GOLONGAN[1] });
    const again = pph21.compute({ tppBruto: 1_000_000, golongan: GOLONGAN[1] });
    expect(again.detail).toBe(first.detail);
    expect([first.pph21, again.pph21]).toEqual([727_500, 150_000]);
    expect(pph21.compute({ tppBruto: 1_000_000, golongan: GOLONGAN[0] }).detail).not.toBe(first.detail);
  });
});

import { describe, expect, it } from 'vitest';
import type { Plt } from '../../src/model/records.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { computeTpp, type TppInput } from '../../src/tpp/compute-tpp.js';
import { overlappingPlt, pltDays } from '../../src/tpp/compute-plt.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { aPack, workedExampleTpp, x } from '../helpers/builders.js';

const persen20 = aPack({ tpp: { plt: { cara: 'tambahan_persen', persen: 20, minimal_hari: 5, jenis: ['Plt', 'Plh'] } } });
const tertinggi = aPack({ tpp: { plt: { cara: 'pagu_tertinggi', minimal_hari: 1, jenis: ['Plt'] } } });

const aPlt = (over: Partial<Plt> = {}): Plt => ({
  nip: '198503172010011003',
  jenis: 'Plt',
  jabatan: 'Kepala Bidang Mutasi',
  pagu: 9_000_000,
  sumberPagu: 'tpp_pagu',
  tmtMulai: '2026-10-01',
  tmtSelesai: '2026-10-31',
  file: 'plt.csv',
  row: 2,
  ...over,
});

/** The SPEC §7 worked example (pagu 5,000,000, nilai_disiplin 92.5, predikat 100 %), acting for `hari` days of 22. */
const employee = (pack: RulePack, periods: { plt?: Partial<Plt>; hari: number }[], over: Partial<TppInput> = {}): TppInput =>
  workedExampleTpp({ plt: { rule: pack.tpp.plt!, periods: periods.map((p) => ({ plt: aPlt(p.plt), hari: p.hari })) }, ...over });

// Own TPP in every case unless said: disiplin 5,000,000 × 40 % × 92.5 % = 1,850,000; kinerja 5,000,000 × 60 % × 100 % = 3,000,000.
// The acting addition goes through the same bases: per rupiah of its base, 40 % × 92.5 % + 60 % × 100 % = 0.97.
describe('acting posts (tpp.plt)', () => {
  it('tambahan_persen, whole month: 20 % × 9,000,000 = 1,800,000 × 0.97 = 1,746,000, joining the gross before tax and BPJS', () => {
    const r = computeTpp(employee(persen20, [{ hari: 22 }]), persen20);
    expect(r.tppPlt).toBe(1_746_000);
    // bruto 4,850,000 + 1,746,000 = 6,596,000; PPh 21 III 5 % = 329,800;
    // BPJS 1 % of min(6,596,000, 12,000,000 − 4,200,000 = 7,800,000) = 65,960, pemda 4 % = 263,840;
    // netto 6,596,000 − 329,800 − 65,960 = 6,200,240.
    expect([r.tppBruto, r.pph21, r.bpjsPegawai, r.bpjsPemda, r.tppNetto]).toEqual([6_596_000, 329_800, 65_960, 263_840, 6_200_240]);
    expect(r.plt?.lines.map((l) => [l.dasar.toString(), l.hari, l.cukupHari, l.jumlah])).toEqual([['1800000', 22, true, 1_746_000]]);
  });

  it('the BPJS ceiling caps the acting addition too', () => {
    // gaji 10,000,000: BPJS base min(6,596,000, 12,000,000 − 10,000,000) = 2,000,000 → 1 % = 20,000, 4 % = 80,000.
    const r = computeTpp(employee(persen20, [{ hari: 22 }], { gaji: 10_000_000 }), persen20);
    expect([r.tppBruto, r.bpjsPegawai, r.bpjsPemda]).toEqual([6_596_000, 20_000, 80_000]);
  });

  it('pro rata by acting days over the month: 12 of 22 days → 1,746,000 × 12/22 = 952,363.64 → 952,364 (half_up)', () => {
    const r = computeTpp(employee(persen20, [{ hari: 12 }]), persen20);
    expect(r.tppPlt).toBe(952_364);
    expect(r.tppBruto).toBe(4_850_000 + 952_364);
  });

  it('a CPNS gets the acting addition at 80 % as well: 1,800,000 × 80 % × 0.97 = 1,396,800', () => {
    const r = computeTpp(employee(persen20, [{ hari: 22 }], { status: 'CPNS' }), persen20);
    // own: 5,000,000 × 80 % × 40 % × 92.5 % = 1,480,000; × 80 % × 60 % = 2,400,000.
    expect(r.komponen.map((k) => k.jumlah)).toEqual([1_480_000, 2_400_000]);
    expect(r.tppPlt).toBe(1_396_800);
    expect(r.tppBruto).toBe(1_480_000 + 2_400_000 + 1_396_800);
  });

  it('a poor predikat lowers it through the kinerja base: KURANG 50 % → 0.37 + 0.6 × 0.5 = 0.67 → 1,800,000 × 0.67 = 1,206,000', () => {
    const r = computeTpp(employee(persen20, [{ hari: 22 }], { faktorPredikat: x(50) }), persen20);
    expect(r.tppPlt).toBe(1_206_000);
    // own: 1,850,000 + 3,000,000 × 50 % = 1,500,000
    expect(r.tppBruto).toBe(1_850_000 + 1_500_000 + 1_206_000);
  });

  it('the sanction cuts the acting addition too: 25 % of (4,850,000 + 1,746,000 = 6,596,000) = 1,649,000', () => {
    const r = computeTpp(employee(persen20, [{ hari: 22 }], { persenHukdis: x(25) }), persen20);
    expect(r.potonganHukdis).toBe(1_649_000);
    expect(r.tppBruto).toBe(6_596_000 - 1_649_000);
  });

  it('rounds like the components (floor_1000): 952,363.64 → 952,000', () => {
    const pack = aPack({ pembulatan: 'floor_1000', tpp: { plt: { cara: 'tambahan_persen', persen: 20, minimal_hari: 5, jenis: ['Plt'] } } });
    const r = computeTpp(employee(pack, [{ hari: 12 }]), pack);
    expect(r.tppPlt).toBe(952_000);
    expect(r.tppBruto).toBe(1_850_000 + 3_000_000 + 952_000);
  });

  it('below minimal_hari (4 < 5 days) nothing is added, and the post is still listed for jelaskan', () => {
    const r = computeTpp(employee(persen20, [{ hari: 4 }]), persen20);
    expect(r.tppPlt).toBe(0);
    expect(r.tppBruto).toBe(4_850_000);
    expect(r.plt?.lines.map((l) => [l.hari, l.cukupHari, l.jumlah])).toEqual([[4, false, 0]]);
  });

  it('two acting posts in one month add up, each rounded once: 5/22 and 10/22 of 1,746,000', () => {
    // 1,746,000 × 5/22 = 396,818.18 → 396,818; 20 % × 7,000,000 = 1,400,000 × 0.97 = 1,358,000 × 10/22 = 617,272.73 → 617,273.
    const r = computeTpp(
      employee(persen20, [
        { hari: 5, plt: { tmtMulai: '2026-10-01', tmtSelesai: '2026-10-07' } },
        { hari: 10, plt: { pagu: 7_000_000, tmtMulai: '2026-10-19', tmtSelesai: '2026-10-30' } },
      ]),
      persen20,
    );
    expect(r.plt?.lines.map((l) => l.jumlah)).toEqual([396_818, 617_273]);
    expect(r.tppPlt).toBe(396_818 + 617_273);
  });

  it('pagu_tertinggi pays the acting ceiling above the own one: (6,500,000 − 5,000,000) × 0.97 × 10/22 = 661,363.64 → 661,364', () => {
    const r = computeTpp(employee(tertinggi, [{ hari: 10, plt: { pagu: 6_500_000 } }]), tertinggi);
    expect(r.plt?.lines[0]?.dasar.toString()).toBe('1500000');
    expect(r.tppPlt).toBe(661_364);
  });

  it('pagu_tertinggi adds nothing when the acting ceiling is lower than the own one', () => {
    const r = computeTpp(employee(tertinggi, [{ hari: 22, plt: { pagu: 4_000_000 } }]), tertinggi);
    expect(r.tppPlt).toBe(0);
    expect(r.tppBruto).toBe(4_850_000);
  });

  it('a held employee gets no acting addition either', () => {
    const r = computeTpp(employee(persen20, [{ hari: 22 }], { held: true }), persen20);
    expect([r.tppPlt, r.tppBruto, r.plt]).toEqual([0, 0, undefined]);
  });

  it('without acting posts nothing changes (the worked example as before)', () => {
    const r = computeTpp(employee(persen20, [], { plt: undefined }), persen20);
    expect([r.tppPlt, r.plt, r.tppBruto]).toEqual([0, undefined, 4_850_000]);
  });

  it('finds overlapping acting periods, not merely adjacent ones', () => {
    const a = aPlt({ tmtMulai: '2026-10-01', tmtSelesai: '2026-10-15', row: 2 });
    const b = aPlt({ tmtMulai: '2026-10-16', tmtSelesai: '2026-10-31', row: 3 });
    const c = aPlt({ tmtMulai: '2026-10-15', tmtSelesai: '2026-10-20', row: 4 });
    expect(overlappingPlt([b, a])).toBeUndefined();
    expect(overlappingPlt([a, b, c])?.map((p) => p.row)).toEqual([2, 4]);
  });

  it('the pack rule wants persen exactly for tambahan_persen', () => {
    expect(() => aPack({ tpp: { plt: { cara: 'tambahan_persen', minimal_hari: 1, jenis: ['Plt'] } } })).toThrow(/persen/);
    expect(() => aPack({ tpp: { plt: { cara: 'pagu_tertinggi', persen: 20, minimal_hari: 1, jenis: ['Plt'] } } })).toThrow(/persen/);
    expect(aPack().tpp.plt).toBeUndefined();
  });
});

describe('acting working days (pltDays)', () => {
  const calendar = buildCalendar({ year: 2026, month: 10 }, aPack(), []);
  it('counts the employee working days of the term within the month and their own service', () => {
    // October 2026: Thursday 1 .. Saturday 31, 22 weekdays. 15–31 October: 12 weekdays.
    expect(pltDays(calendar, 'bawaan', aPlt({ tmtMulai: '2026-10-15', tmtSelesai: '2027-01-31' }))).toBe(12);
    // A term from August: 1–31 October, 22; the employee leaving on the 9th: 1–9 October, 7.
    expect(pltDays(calendar, 'bawaan', aPlt({ tmtMulai: '2026-08-01', tmtSelesai: '2026-12-31' }))).toBe(22);
    expect(pltDays(calendar, 'bawaan', aPlt({ tmtMulai: '2026-08-01', tmtSelesai: '2026-12-31' }), undefined, '2026-10-09')).toBe(7);
    // Joining on the 20th after a term that ended on the 16th: no acting days.
    expect(pltDays(calendar, 'bawaan', aPlt({ tmtMulai: '2026-10-01', tmtSelesai: '2026-10-16' }), '2026-10-20')).toBe(0);
  });
});

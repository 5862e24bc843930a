/**
 * The scoring fast paths (capaian and means in doubles, shared instances looked up before any bigint,
 * sums over a common denominator, late/early bands without per-day objects) against the Exact
 * formulas they replaced, on whole and odd scores, negative and huge values and odd percentages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASPEK, PERAN, type Aspek } from '../../src/model/domain.js';
import { Exact, ExactSum, productOf } from '../../src/exact.js';
import { AttendanceGrid } from '../../src/inputs/attendance-grid.js';
import { buildDayCodeTable } from '../../src/rules/day-codes.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { buildFollowUp } from '../../src/scoring/build-follow-up.js';
import { computeDiscipline } from '../../src/scoring/compute-discipline.js';
import { capaianIndikator, computeHasilKerja, nilaiSkpOf } from '../../src/scoring/compute-hasil-kerja.js';
import { computePerilaku } from '../../src/scoring/compute-perilaku.js';
import { nilaiKinerjaOf } from '../../src/scoring/decide-predikat.js';
import { createExactPool } from '../../src/scoring/exact-pool.js';
import { aPack } from '../helpers/builders.js';
import { ref, refAdd, refMul, type Ref } from '../helpers/reference-exact.js';
import type { Indikator, Penilai } from '../../src/model/records.js';

// One pool for the file, as a run keeps one.
const pool = createExactPool();

const RUNS = { numRuns: 400 };
const TWO53 = 2n ** 53n;
const fold = (values: readonly Exact[]) => values.reduce((s, v) => s.add(v), Exact.ZERO);
const meanOf = (values: readonly Exact[]) => (values.length === 1 ? values[0]! : fold(values).div(Exact.of(values.length)));
const same = (a: Exact | undefined, b: Exact | undefined) => expect(a === undefined ? undefined : [a.num, a.den]).toEqual(b === undefined ? undefined : [b.num, b.den]);

/** Values as CSV scores give them (whole, 1-3 decimals), negative, and either side of 2^53. */
const valueArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 150 }).map((n) => Exact.of(n)) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: -200_000, max: 200_000 }), fc.constantFrom(10, 100, 1000, 3, 7)).map(([n, d]) => Exact.of(n, d)) },
  { weight: 1, arbitrary: fc.bigInt({ min: -64n, max: 64n }).map((d) => Exact.of(TWO53 + d, 3n)) },
  { weight: 1, arbitrary: fc.tuple(fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), fc.bigInt({ min: 1n, max: 2n ** 60n })).map(([n, d]) => Exact.of(n, d)) },
);

describe('shared instances and sums', () => {
  it('ExactSum, its products and quotients equal adding one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(valueArb, fc.option(valueArb, { nil: undefined })), { maxLength: 8 }), fc.integer({ min: 1, max: 1000 }), (terms, k) => {
        const sum = new ExactSum();
        let expected: Ref = ref(0n);
        for (const [a, b] of terms) {
          if (b === undefined) sum.add(a);
          else sum.addProduct(a, b);
          expected = refAdd(expected, b === undefined ? ref(a.num, a.den) : refMul(ref(a.num, a.den), ref(b.num, b.den)));
        }
        same(sum.value(), Exact.of(expected.num, expected.den));
        same(sum.dividedBy(k), Exact.of(expected.num, expected.den * BigInt(k)));
        same(pool.mean(sum, k), Exact.of(expected.num, expected.den * BigInt(k)));
        same(sum.subtractedFrom(100), Exact.of(100n * expected.den - expected.num, expected.den));
        same(sum.quotient(new ExactSum().add(Exact.of(-k))), Exact.of(-expected.num, expected.den * BigInt(k)));
      }),
      RUNS,
    );
  });

  it('a quotient of two sums equals dividing their values, shared or not', () => {
    const sumArb = fc.array(valueArb, { maxLength: 5 }).map((values) => ({ values, sum: values.reduce((s, v) => s.add(v), new ExactSum()) }));
    fc.assert(
      fc.property(sumArb, sumArb, (a, b) => {
        const divisor = fold(b.values);
        if (divisor.isZero()) {
          expect(() => a.sum.quotient(b.sum)).toThrow('division by zero');
          expect(() => pool.quotient(a.sum, b.sum)).toThrow('division by zero');
          return;
        }
        const want = fold(a.values).div(divisor);
        same(a.sum.quotient(b.sum), want);
        same(pool.quotient(a.sum, b.sum), want);
      }),
      RUNS,
    );
  });

  it('productOf and shareRatio reduce like Exact', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e13, max: 1e13 }), fc.maxSafeInteger()), valueArb, valueArb, (k, a, b) => {
        // Against the reference arithmetic: Exact.mul is productOf's own fallback.
        const want = refMul(refMul(ref(BigInt(k)), ref(a.num, a.den)), ref(b.num, b.den));
        same(productOf(k, a, b), Exact.of(want.num, want.den));
      }),
      RUNS,
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 1, max: 1e15 }), (n, d) => {
        const shared = pool.ratio(n, d);
        same(shared, Exact.of(n, d));
        // The same value, however written, is the same instance.
        expect(pool.ratio(n * 3, d * 3)).toBe(shared);
        expect(pool.intern(Exact.of(n, d))).toBe(shared);
      }),
      RUNS,
    );
  });
});

describe('hasil kerja', () => {
  const maksArb = fc.oneof(fc.constant(Exact.of(120)), fc.integer({ min: 0, max: 200 }).map((n) => Exact.of(n)), valueArb.filter((v) => v.num >= 0n));
  const indikatorArb = fc
    .record({
      realisasi: valueArb,
      target: fc.oneof(valueArb, fc.tuple(valueArb, valueArb).map(([a, b]) => (a.lte(b) ? { dari: a, sampai: b } : { dari: b, sampai: a }))),
      arah: fc.constantFrom('naik', 'turun'),
      jenis: fc.constantFrom('utama', 'utama', 'tambahan'),
      bobot: fc.oneof(fc.integer({ min: 1, max: 100 }).map((n) => Exact.of(n, 100)), fc.integer({ min: 1, max: 40 }).map((n) => Exact.of(n))),
      inovasi: fc.boolean(),
    })
    .map((g) => ({ nip: '1', indikator: 'i', file: 'c.csv', row: 2, ...g }));

  /** capaianIndikator as first written: divide, scale, clamp. */
  function capaianBefore(ind: Indikator, maks: Exact): Exact {
    const r = ind.realisasi;
    let target: Exact | undefined;
    if (ind.target instanceof Exact) target = ind.target;
    else if (r.gt(ind.target.sampai)) target = ind.target.sampai;
    else if (r.lt(ind.target.dari)) target = ind.target.dari;
    let c: Exact;
    if (target === undefined) c = Exact.HUNDRED;
    else if (ind.arah === 'naik') c = r.div(target).mul(Exact.HUNDRED);
    else if (target.isZero()) c = r.isZero() ? maks : Exact.ZERO;
    else c = Exact.of(2).sub(r.div(target)).mul(Exact.HUNDRED);
    return c.clamp(Exact.ZERO, maks);
  }

  /** nilaiSkpOf as first written, its constants built on each call. */
  function nilaiSkpBefore(c: Exact): Exact {
    const n = (v: number) => Exact.of(v);
    if (c.gt(n(110))) return n(120);
    if (c.gt(n(100))) return n(110).add(c.sub(n(101)).mul(Exact.of(10, 9))).max(n(110));
    if (c.eq(n(100))) return n(109);
    if (c.gte(n(80))) return n(70).add(c.sub(n(80))).min(n(89));
    if (c.gte(n(60))) return n(50).add(c.sub(n(60))).min(n(69));
    return c.mul(Exact.of(49, 59));
  }

  it('nilai SKP of every band edge and between equals the formula', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 130_000 }).map((k) => Exact.of(k, 1000)), fc.constantFrom(59, 60, 79, 80, 100, 101, 110).map((k) => Exact.of(k)), valueArb), (c) => {
        same(nilaiSkpOf(c), nilaiSkpBefore(c));
      }),
      RUNS,
    );
  });

  it('capaian per indicator and capaian SKP equal the Exact formulas', () => {
    const pack = aPack();
    fc.assert(
      fc.property(fc.array(indikatorArb, { minLength: 1, maxLength: 6 }), maksArb, (indicators, maks) => {
        const withMaks = { ...pack, kinerja: { ...pack.kinerja, capaian_maks: maks } };
        let failed: Error | undefined;
        for (const ind of indicators) {
          try {
            const want = capaianBefore(ind, maks);
            same(capaianIndikator(ind, maks).capaian, want);
          } catch (e) {
            // A target of 0 for a higher-is-better indicator: both divide by zero.
            failed = e as Error;
            expect(() => capaianIndikator(ind, maks)).toThrow('division by zero');
          }
        }
        if (failed) {
          expect(() => computeHasilKerja(indicators, withMaks)).toThrow('division by zero');
          return;
        }
        const got = computeHasilKerja(indicators, withMaks);
        const usable = indicators;
        const utama = usable.filter((i) => i.jenis === 'utama');
        if (utama.length === 0) {
          expect(got.capaianSkp).toBeUndefined();
          return;
        }
        const weighted = fold(utama.map((i) => capaianBefore(i, maks).mul(i.bobot))).div(fold(utama.map((i) => i.bobot)));
        const achieved = usable.filter((i) => i.jenis === 'tambahan' && capaianBefore(i, maks).gte(Exact.HUNDRED)).length;
        const poin = pack.kinerja.tambahan.poin.mul(Exact.of(achieved)).min(pack.kinerja.tambahan.maks);
        const capaianSkp = weighted.add(poin).min(maks);
        same(got.capaianSkp, capaianSkp);
        same(got.nilaiSkp, nilaiSkpBefore(capaianSkp));
      }),
      RUNS,
    );
  });
});

describe('perilaku', () => {
  const skorArb = fc.oneof(
    fc.array(fc.integer({ min: 0, max: 100 }).map((n) => Exact.of(n)), { minLength: 7, maxLength: 7 }),
    fc.array(valueArb, { minLength: 7, maxLength: 7 }),
  );
  const penilaiArb = fc.record({ peran: fc.constantFrom(...PERAN), skor: skorArb }).map(
    ({ peran, skor }): Penilai => ({
      nip: '1',
      peran,
      skor: Object.fromEntries(ASPEK.map((a, i) => [a, skor[i]!])) as Record<Aspek, Exact>,
      asli: Object.fromEntries(ASPEK.map((a) => [a, ''])) as Record<Aspek, string>,
      file: 'p.csv',
      row: 2,
    }),
  );

  it('rater, role and aspect means and the weighted value equal the Exact formulas', () => {
    const pack = aPack({ kinerja: { perilaku: { bobot_peran: { atasan: 33.333, rekan: 33.334, bawahan: 33.333 } } } });
    fc.assert(
      fc.property(fc.array(penilaiArb, { maxLength: 5 }), (penilai) => {
        const got = computePerilaku(penilai, pack);
        const raters = penilai.map((p) => meanOf(ASPEK.map((a) => p.skor[a])));
        got.raters.forEach((r, i) => same(r.rataRata, raters[i]));
        for (const peran of PERAN) {
          const own = raters.filter((_, i) => penilai[i]!.peran === peran);
          same(got.perPeran[peran], own.length > 0 ? meanOf(own) : undefined);
        }
        for (const a of ASPEK) same(got.perAspek[a], penilai.length > 0 ? meanOf(penilai.map((p) => p.skor[a])) : undefined);
        const present = PERAN.filter((p) => got.perPeran[p] !== undefined);
        const w = pack.kinerja.perilaku.bobot_peran;
        const nilai = got.perPeran.atasan === undefined ? undefined : fold(present.map((p) => got.perPeran[p]!.mul(w[p]))).div(fold(present.map((p) => w[p])));
        same(got.nilai, nilai);
        same(nilaiKinerjaOf(Exact.of(101, 3), got.nilai, pack), nilai && pack.kinerja.angka.bobot_skp.mul(Exact.of(101, 3)).add(pack.kinerja.angka.bobot_perilaku.mul(nilai)).div(Exact.HUNDRED));
      }),
      RUNS,
    );
  });
});

describe('discipline', () => {
  const period = { year: 2026, month: 10 };
  const dayArb = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({ kind: fc.constant('H' as const), masuk: fc.integer({ min: 6 * 3600, max: 11 * 3600 }), pulang: fc.integer({ min: 12 * 3600, max: 18 * 3600 }) }),
    fc.record({ kind: fc.constant('code' as const), code: fc.constantFrom('TK', 'I', 'S', 'CT', 'DL', 'CLTN') }),
  );
  const band = (kode: string, dari: number, sampai: number | null, persen: number) => ({ kode, dari, ...(sampai === null ? {} : { sampai }), persen });
  /** Widths of 4 bands from minute 1; a bounded last band leaves later minutes to fall to it. */
  const edgesArb = fc.record({ widths: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 4, maxLength: 4 }), open: fc.boolean() });
  const bandsOf = (prefix: string, e: { widths: number[]; open: boolean }, p: number[]) => {
    let dari = 1;
    return e.widths.map((w, i) => {
      const b = band(`${prefix}${i + 1}`, dari, i === 3 && e.open ? null : dari + w - 1, p[i]!);
      dari += w;
      return b;
    });
  };
  const bandBefore = (bands: readonly { kode: string; dari: number; sampai: number | null }[], minutes: number | null) => {
    if (minutes === null) return bands[bands.length - 1]!.kode;
    const i = bands.findIndex((b) => minutes >= b.dari && (b.sampai === null || minutes <= b.sampai));
    return bands[i < 0 ? bands.length - 1 : i]!.kode;
  };
  const persenArb = fc.oneof(fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000), fc.constantFrom(0.5, 1, 1.25, 1.5, 0.333, 12.345, 1e-17));

  it('potongan is the exact sum of the days, nilai max(0, 100 − potongan), with or without details', () => {
    fc.assert(
      fc.property(fc.array(dayArb, { minLength: 23, maxLength: 23 }), fc.array(persenArb, { minLength: 9, maxLength: 9 }), edgesArb, edgesArb, (days, p, tlEdges, pswEdges) => {
        const pack = aPack({
          presensi: {
            terlambat: bandsOf('TL', tlEdges, p.slice(0, 4)),
            pulang_cepat: bandsOf('PSW', pswEdges, p.slice(4, 8)),
            tk_persen_per_hari: p[8]!,
          },
        });
        const calendar = buildCalendar(period, pack, []);
        const codes = buildDayCodeTable(pack.presensi.kode);
        const ledger = new AttendanceGrid(1, calendar.days, codes);
        const workingDays = calendar.workingDays('bawaan');
        workingDays.forEach((d, i) => {
          const day = days[i]!;
          if (day.kind === 'none') return;
          if (day.kind === 'H') ledger.mergeDaily(0, d, ledger.present, day.masuk, day.pulang, true);
          else ledger.mergeDaily(0, d, codes.lookup(day.code)!, undefined, undefined, true);
          ledger.markRowSeen(0);
        });
        const input = { calendar, pack, jadwal: 'bawaan', workingDays, attendance: ledger, employeeIndex: 0, hariTanpaData: codes.lookup('TK')! };
        const detailed = computeDiscipline({ ...input, withDetails: true });
        const plain = computeDiscipline({ ...input, withDetails: false });
        for (const d of detailed.deductions!) {
          if (d.terlambat) expect(d.terlambat.band).toBe(bandBefore(pack.presensi.terlambat, d.terlambat.menit));
          if (d.pulangCepat) expect(d.pulangCepat.band).toBe(bandBefore(pack.presensi.pulang_cepat, d.pulangCepat.menit));
        }
        const potongan = fold(detailed.deductions!.map((d) => d.persen));
        same(detailed.potongan, potongan);
        same(detailed.nilai, Exact.HUNDRED.sub(potongan).max(Exact.ZERO));
        const { deductions: _, ...withoutDetails } = detailed;
        expect(plain).toEqual(withoutDetails);
      }),
      { numRuns: 150 },
    );
  });
});

describe('calibration list', () => {
  /** The kalibrasi rows as first written: every score kept in lists, means by sumExact / length. */
  function kalibrasiBefore(raters: readonly { nip: string; penilai: Penilai[] }[], pack: RulePack): string[] {
    const given = new Map<string, Exact[]>();
    const ratees = new Map<string, Set<string>>();
    const all: Exact[] = [];
    for (const m of raters) {
      for (const r of m.penilai) {
        const scores = ASPEK.map((a) => r.skor[a]);
        all.push(...scores);
        if (r.penilaiNip === undefined) continue;
        given.set(r.penilaiNip, [...(given.get(r.penilaiNip) ?? []), ...scores]);
        ratees.set(r.penilaiNip, (ratees.get(r.penilaiNip) ?? new Set()).add(m.nip));
      }
    }
    if (all.length === 0) return [];
    const k = pack.tindak_lanjut.kalibrasi;
    const overall = fold(all).div(Exact.of(all.length));
    const out: string[] = [];
    for (const [rater, scores] of given) {
      if ((ratees.get(rater)?.size ?? 0) < k.minimal_dinilai) continue;
      const mean = fold(scores).div(Exact.of(scores.length));
      const diff = mean.sub(overall);
      const kind = diff.gt(k.selisih_poin) ? 'lunak' : diff.neg().gt(k.selisih_poin) ? 'keras' : undefined;
      if (kind) out.push(`${rater} ${kind}: rata-rata diberikan ${mean.toFixed(2)}, rata-rata semua ${overall.toFixed(2)}`);
    }
    return out.sort();
  }

  it('flags the same raters with the same means as the list-based computation', () => {
    const pack = aPack({ tindak_lanjut: { kalibrasi: { selisih_poin: 3.5, minimal_dinilai: 2 } } });
    const scoreArb = fc.oneof(fc.integer({ min: 0, max: 100 }).map((n) => Exact.of(n)), fc.integer({ min: 0, max: 10_000 }).map((n) => Exact.of(n, 100)), fc.integer({ min: 0, max: 300 }).map((n) => Exact.of(n, 3)));
    const raterArb = fc.record({ penilaiNip: fc.option(fc.constantFrom('R1', 'R2', 'R3', 'R4'), { nil: undefined, freq: 5 }), skor: fc.array(scoreArb, { minLength: 7, maxLength: 7 }) });
    const memberArb = fc.array(raterArb, { maxLength: 3 });
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 12 }), (members) => {
        const input = members.map((raters, i) => ({
          nip: `E${String(i).padStart(3, '0')}`,
          penilai: raters.map(
            (r): Penilai => ({
              nip: `E${i}`,
              peran: 'rekan',
              skor: Object.fromEntries(ASPEK.map((a, j) => [a, r.skor[j]!])) as Record<Aspek, Exact>,
              asli: Object.fromEntries(ASPEK.map((a) => [a, ''])) as Record<Aspek, string>,
              file: 'p.csv',
              row: 2,
              ...(r.penilaiNip ? { penilaiNip: r.penilaiNip } : {}),
            }),
          ),
        }));
        const followUp = buildFollowUp(
          input.map((m) => ({
            pegawai: { nip: m.nip, nama: m.nip, unit: 'U', status: 'PNS', jadwal: 'bawaan', file: 'p.csv', row: 2 },
            hariKerja: 0,
            predikat: 'BAIK' as const,
            held: false,
            perAspek: {},
            raters: m.penilai,
          })),
          new Map(),
          pack,
        );
        const got = followUp.filter((r) => r.daftar === 'kalibrasi').map((r) => `${r.nip} ${r.alasan}`).sort();
        expect(got).toEqual(kalibrasiBefore(input, pack));
      }),
      RUNS,
    );
  });
});

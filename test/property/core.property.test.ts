/**
 * Property-based tests of the pure core (issue point 6): for random valid agencies and rule packs,
 * money stays within its bounds, every total reconciles, the distribution curve never changes a
 * result, and no result depends on the order of the input rows.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computePeriod } from '../../src/scoring/compute-period.js';
import { ASPEK, DASAR_KOMPONEN, ORG_PREDIKAT, PREDIKAT, type Aspek, type Peran, type Predikat } from '../../src/model/domain.js';
import { Exact } from '../../src/exact.js';
import { FindingCollector } from '../../src/findings.js';
import { parseGolongan } from '../../src/model/golongan.js';
import { AttendanceGrid } from '../../src/inputs/attendance-grid.js';
import { formatDate } from '../../src/model/local-date.js';
import { buildDayCodeTable } from '../../src/rules/day-codes.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { summarizeUnits } from '../../src/scoring/summarize-units.js';
import { aPack } from '../helpers/builders.js';
import { PP58_TER, terTaxOracle } from '../tpp/pp58-ter-tables.js';
import { mulberry32 } from '../../scripts/seeded-random.mjs';
import type { PeriodData } from '../../src/model/period.js';
import type { Hukdis, Indikator, Pegawai, PegawaiTable, Penilai, UnitRecord } from '../../src/model/records.js';
import type { PeriodResults } from '../../src/model/results.js';

const PERIOD = { year: 2026, month: 10 };
const DAYS = 31;
const RUNS = { numRuns: 120 };

// ---------------------------------------------------------------------------------------------
// Generators: a rule pack (as user overrides over bawaan) and an agency.

const weights = (k: number) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: k - 1, maxLength: k - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 100];
    return points.slice(1).map((p, i) => p - points[i]!);
  });
/** Bases computed from the generated agency: `aktivitas` needs its own input and pack block (test/cli/aktivitas.test.ts). */
const DASAR_NO_INPUT = DASAR_KOMPONEN.filter((d) => d !== 'aktivitas');
const komponenArb = fc.oneof(
  // The splits SPEC §3 names, then anything.
  fc.constantFrom(
    [['disiplin', 40, 'nilai_disiplin'], ['kinerja', 60, 'faktor_predikat']],
    [['tetap', 40, 'tetap'], ['presensi', 36, 'nilai_disiplin'], ['kinerja', 24, 'capaian_skp']],
    [['produktivitas', 40, 'capaian_skp'], ['kehadiran', 18, 'nilai_disiplin'], ['perilaku', 42, 'nilai_perilaku']],
    [['tetap', 30, 'tetap'], ['disiplin', 20, 'nilai_disiplin'], ['kinerja', 50, 'nilai_kinerja']],
  ),
  fc.integer({ min: 1, max: 4 }).chain((k) =>
    fc.tuple(weights(k), fc.array(fc.constantFrom(...DASAR_NO_INPUT), { minLength: k, maxLength: k })).map(([w, d]) => w.map((b, i) => [`k${i}`, b, d[i]!])),
  ),
).map((list) => list.map(([nama, bobot, dasar]) => ({ nama, bobot, dasar })));

const packArb = fc
  .record({
    komponen: komponenArb,
    pembulatan: fc.constantFrom('half_up', 'floor', 'floor_1000'),
    pajak: fc.record({
      metode: fc.constantFrom('tarif_golongan', 'ter', 'ditanggung', 'tidak_ada'),
      pembulatan: fc.constantFrom('half_up', 'floor', 'floor_1000'),
      tarifIII: fc.integer({ min: 0, max: 100 }),
      tarifIV: fc.integer({ min: 0, max: 100 }),
    }),
    bpjs: fc.record({ persen_pegawai: fc.integer({ min: 0, max: 100 }), persen_pemda: fc.integer({ min: 0, max: 10 }), batas_upah: fc.integer({ min: 0, max: 20_000_000 }) }),
    metode: fc.constantFrom('matriks', 'angka'),
    faktorPredikat: fc.tuple(...PREDIKAT.map(() => fc.integer({ min: 0, max: 150 }))),
    faktorCpns: fc.integer({ min: 0, max: 200 }),
    tkBatas: fc.option(fc.integer({ min: 1, max: 23 }), { nil: null }),
    kurvaAktif: fc.boolean(),
    libur: fc.subarray(['2026-10-01', '2026-10-15', '2026-10-28', '2026-10-31']),
  })
  .map((p) => ({
    kalender: { libur: p.libur },
    presensi: { tk_batas_hari_tpp_nol: p.tkBatas },
    kinerja: { metode: p.metode },
    kurva: { aktif: p.kurvaAktif },
    tpp: {
      komponen: p.komponen,
      faktor_status: { PNS: 100, CPNS: p.faktorCpns, PPPK: 100 },
      faktor_predikat: Object.fromEntries(PREDIKAT.map((k, i) => [k, p.faktorPredikat[i]])),
    },
    pajak: { metode: p.pajak.metode, pembulatan: p.pajak.pembulatan, tarif_golongan: { III: p.pajak.tarifIII, IV: p.pajak.tarifIV } },
    bpjs: p.bpjs,
    pembulatan: p.pembulatan,
  }));

type DayPlan =
  | { kind: 'none' }
  | { kind: 'H'; masuk: number; pulang: number; split: boolean }
  | { kind: 'code'; code: string; withH?: { masuk: number; pulang: number } };
/** A time of day in seconds, on a whole minute between `from` and `to` (minutes after midnight). */
const minutes = (from: number, to: number) => fc.integer({ min: from, max: to }).map((m) => m * 60);
const dayArb: fc.Arbitrary<DayPlan> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('H' as const), masuk: minutes(6 * 60, 11 * 60), pulang: minutes(12 * 60, 18 * 60), split: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('code' as const), code: fc.constantFrom('TK', 'CLTN', 'TB') }) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        kind: fc.constant('code' as const),
        code: fc.constantFrom('DL', 'I', 'S', 'CT', 'TLP', 'TLS'),
        // A non-H code beside an H row: the code wins (SPEC §2.4), whichever row comes first.
        withH: fc.record({ masuk: minutes(6 * 60, 11 * 60), pulang: minutes(12 * 60, 18 * 60) }),
      },
      { requiredKeys: ['kind', 'code'] },
    ),
  },
);

const exactArb = fc.oneof(fc.integer({ min: 0, max: 600 }).map((n) => Exact.of(n)), fc.integer({ min: 0, max: 60_000 }).map((n) => Exact.of(n, 100)));
const indikatorArb = fc
  .record({
    target: fc.oneof(
      fc.integer({ min: 0, max: 500 }).map((n) => Exact.of(n)),
      fc.tuple(fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 100 })).map(([a, w]) => ({ dari: Exact.of(a), sampai: Exact.of(a + w) })),
    ),
    // Mostly near the target (so every rating occurs), sometimes anything.
    ratio: fc.option(fc.integer({ min: 50, max: 140 }), { nil: undefined, freq: 4 }),
    realisasi: exactArb,
    bobot: fc.integer({ min: 1, max: 50 }),
    turun: fc.boolean(),
    tambahan: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    inovasi: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  })
  .map((g) => {
    const t = g.target instanceof Exact ? g.target : g.target.dari;
    return {
      target: g.target,
      realisasi: g.ratio === undefined ? g.realisasi : t.mul(Exact.of(g.ratio, 100)),
      bobot: Exact.of(g.bobot),
      // A target of 0 is only valid for a lower-is-better indicator.
      arah: g.turun || t.isZero() ? ('turun' as const) : ('naik' as const),
      jenis: g.tambahan ? ('tambahan' as const) : ('utama' as const),
      inovasi: g.inovasi,
    };
  });
const scoresArb = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 7, maxLength: 7 }),
  fc.array(fc.integer({ min: 80, max: 100 }), { minLength: 7, maxLength: 7 }),
);
const raterArb = (peran: fc.Arbitrary<Peran>) => fc.record({ peran, scores: scoresArb, penilai: fc.integer({ min: 1, max: 5 }) });
// Usually one atasan (without one the behaviour is not assessed), sometimes peers and subordinates.
const ratersArb = fc
  .tuple(fc.option(raterArb(fc.constant('atasan')), { nil: undefined, freq: 8 }), fc.array(raterArb(fc.constantFrom<Peran>('atasan', 'rekan', 'bawahan')), { maxLength: 2 }))
  .map(([atasan, others]) => (atasan ? [atasan, ...others] : others));
const indikatorListArb = fc.oneof({ weight: 1, arbitrary: fc.array(indikatorArb, { maxLength: 0 }) }, { weight: 8, arbitrary: fc.array(indikatorArb, { minLength: 1, maxLength: 4 }) });

/** Undefined `n` times out of `n + 1`. */
const rarely = <T>(arb: fc.Arbitrary<T>, n: number) => fc.oneof({ weight: n, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });

const PNS_GOLONGAN = ['I/a', 'II/b', 'III/a', 'III/c', 'III/d', 'IV/a', 'IV/e'];
const PTKP = ['TK/0', 'TK/1', 'TK/2', 'TK/3', 'K/0', 'K/1', 'K/2', 'K/3'];
const employeeArb = fc.record({
  unit: fc.constantFrom('U1', 'U2', 'U3', 'U9'),
  status: fc.constantFrom('PNS', 'PNS', 'CPNS', 'PPPK'),
  pnsGolongan: fc.constantFrom(...PNS_GOLONGAN),
  pppkGrade: fc.integer({ min: 1, max: 17 }),
  pagu: fc.integer({ min: 0, max: 25_000_000 }),
  gaji: fc.option(fc.integer({ min: 0, max: 15_000_000 }), { nil: undefined }),
  penghasilanBruto: fc.option(fc.integer({ min: 0, max: 40_000_000 }), { nil: undefined }),
  statusPtkp: fc.constantFrom(...PTKP),
  tmtMasuk: rarely(fc.integer({ min: 2, max: 31 }), 5),
  keteranganTpp: rarely(fc.constantFrom('CLTN', 'MPP'), 12),
  noAttendance: fc.integer({ min: 0, max: 15 }).map((n) => n === 0),
  inputError: fc.integer({ min: 0, max: 12 }).map((n) => n === 0),
  days: fc.array(dayArb, { minLength: DAYS, maxLength: DAYS }),
  indikator: indikatorListArb,
  raters: ratersArb,
  hukdis: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 2 }),
});
const unitArb = fc.record({
  predikat: fc.option(fc.constantFrom(...ORG_PREDIKAT), { nil: undefined }),
  pagu: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: undefined }),
});

const scenarioArb = fc.record({
  pack: packArb,
  employees: fc.array(employeeArb, { minLength: 1, maxLength: 8 }),
  units: fc.tuple(unitArb, unitArb, unitArb),
  seed: fc.integer(),
});
type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

// ---------------------------------------------------------------------------------------------
// From a scenario to the core's input, in file order or shuffled.

function shuffled<T>(list: readonly T[], rnd: (() => number) | undefined): T[] {
  const out = [...list];
  if (!rnd) return out;
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Built {
  data: PeriodData;
  findings: FindingCollector;
}

/** Builds the period data; with `seed`, every list (employees, rows, raters, units) is shuffled. */
function build(s: Scenario, options: { seed?: number; pack?: RulePack; withUnits?: boolean } = {}): Built {
  const pack = options.pack ?? aPack(s.pack);
  const rnd = options.seed === undefined ? undefined : mulberry32(options.seed);
  const calendar = buildCalendar(PERIOD, pack, []);
  const codes = buildDayCodeTable(pack.presensi.kode);
  const findings = new FindingCollector();

  const records: Pegawai[] = s.employees.map((g, i) => {
    const pppk = g.status === 'PPPK';
    const nip = `1985031720100110${String(i).padStart(2, '0')}`;
    return {
      nip,
      nama: `Pegawai ${i}`,
      unit: g.unit,
      status: g.status,
      jadwal: 'bawaan',
      file: 'pegawai.csv',
      row: i + 2,
      golongan: parseGolongan(pppk ? String(g.pppkGrade) : g.pnsGolongan, pppk)!,
      tppPagu: g.pagu,
      statusPtkp: g.statusPtkp as Pegawai['statusPtkp'],
      ...(g.gaji !== undefined ? { gaji: g.gaji } : {}),
      ...(g.penghasilanBruto !== undefined ? { penghasilanBruto: g.penghasilanBruto } : {}),
      ...(g.tmtMasuk !== undefined ? { tmtMasuk: formatDate(PERIOD.year, PERIOD.month, g.tmtMasuk) } : {}),
      ...(g.keteranganTpp !== undefined ? { keteranganTpp: g.keteranganTpp } : {}),
    };
  });
  // What the input readers would have held the employee for (any error in pegawai, or missing tax data).
  s.employees.forEach((g, i) => {
    const e = records[i]!;
    const taxMissing = pack.pajak.metode === 'ter' && g.gaji === undefined && g.penghasilanBruto === undefined && g.keteranganTpp === undefined;
    if (taxMissing) findings.add({ code: 'DATA_PAJAK_KURANG', file: e.file, row: e.row, nip: e.nip, params: { missing: 'penghasilan_bruto/gaji' } });
    if (g.inputError) findings.add({ code: 'NILAI_WAJIB_KOSONG', file: e.file, row: e.row, column: 'nama', value: '', nip: e.nip });
  });

  const order = shuffled(records, rnd);
  const indexOf = new Map(order.map((e, i) => [e.nip, i]));
  const pegawai: PegawaiTable = {
    employees: order,
    byNip: new Map(order.map((e) => [e.nip, e])),
    indexOf,
    byPin: new Map(),
    sortedNips: order.map((e) => e.nip).sort(),
    ledgers: [],
  };

  type Row = { nip: string; day: number; code: string; masuk?: number; pulang?: number };
  const rows: Row[] = [];
  s.employees.forEach((g, i) => {
    if (g.noAttendance || g.keteranganTpp !== undefined) return;
    const nip = records[i]!.nip;
    g.days.forEach((plan, day) => {
      if (calendar.hoursOn('bawaan', day) === null) return;
      if (plan.kind === 'H' && plan.split) rows.push({ nip, day, code: 'H', masuk: plan.masuk }, { nip, day, code: 'H', pulang: plan.pulang });
      else if (plan.kind === 'H') rows.push({ nip, day, code: 'H', masuk: plan.masuk, pulang: plan.pulang });
      else if (plan.kind === 'code') {
        rows.push({ nip, day, code: plan.code });
        if (plan.withH) rows.push({ nip, day, code: 'H', masuk: plan.withH.masuk, pulang: plan.withH.pulang });
      }
    });
  });
  const attendance = new AttendanceGrid(order.length, calendar.days, codes);
  for (const r of shuffled(rows, rnd)) {
    const index = indexOf.get(r.nip)!;
    attendance.markRowSeen(index);
    const outcome = attendance.mergeDaily(index, r.day, codes.byCode(r.code)!, r.masuk, r.pulang, true);
    if (outcome.kind === 'conflict') throw new Error(`generator made a conflicting day: ${outcome.codes}`);
  }

  const capaian = new Map<string, Indikator[]>();
  const perilaku = new Map<string, Penilai[]>();
  const hukdis = new Map<string, Hukdis[]>();
  for (const i of shuffled(s.employees.map((_, k) => k), rnd)) {
    const g = s.employees[i]!;
    const nip = records[i]!.nip;
    const ind = g.indikator.map((t, k): Indikator => ({ nip, indikator: `IKI ${k}`, ...t, file: 'capaian.csv', row: 100 * i + k + 2 }));
    if (ind.length > 0) capaian.set(nip, shuffled(ind, rnd));
    // One record per rater and role, as the perilaku reader groups them.
    const raters = new Map<string, Penilai>();
    g.raters.forEach((r, k) => {
      const penilaiNip = `19700101199001100${r.penilai}`;
      const skor = Object.fromEntries(ASPEK.map((a, j) => [a, Exact.of(r.scores[j]!)])) as Record<Aspek, Exact>;
      const asli = Object.fromEntries(ASPEK.map((a, j) => [a, String(r.scores[j])])) as Record<Aspek, string>;
      raters.set(`${penilaiNip}/${r.peran}`, { nip, penilaiNip, peran: r.peran, skor, asli, file: 'perilaku.csv', row: 100 * i + k + 2 });
    });
    if (raters.size > 0) perilaku.set(nip, shuffled([...raters.values()], rnd));
    const sanctions = g.hukdis.map((persen, k): Hukdis => ({ nip, tmt: '2026-09-01', lamaBulan: 3, persen: Exact.of(persen), file: 'hukdis.csv', row: 100 * i + k + 2 }));
    if (sanctions.length > 0) hukdis.set(nip, shuffled(sanctions, rnd));
  }

  const unitList: UnitRecord[] = s.units.map((u, k) => ({
    kode: `U${k + 1}`,
    file: 'unit.csv',
    row: k + 2,
    ...(u.predikat !== undefined ? { predikatOrganisasi: u.predikat } : {}),
    ...(u.pagu !== undefined ? { paguUnit: u.pagu } : {}),
  }));
  const data: PeriodData = {
    period: PERIOD,
    pack,
    calendar,
    codes,
    pegawai,
    attendance,
    capaian,
    perilaku,
    hukdis,
    hasCapaian: true,
    hasPerilaku: true,
    ...(options.withUnits === false ? {} : { units: new Map(shuffled(unitList, rnd).map((u) => [u.kode, u])) }),
  };
  return { data, findings };
}

function compute(s: Scenario, options: Parameters<typeof build>[1] = {}): { results: PeriodResults; findings: FindingCollector } {
  const { data, findings } = build(s, options);
  return { results: computePeriod(data, findings), findings };
}

/** Exact values as text; lists that only echo the input rows (for `jelaskan`) left out. */
function plain(value: unknown): unknown {
  if (value instanceof Exact) return value.toString();
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'indikator' || k === 'raters') continue;
      out[k] = k === 'pegawai' ? (v as Pegawai).nip : plain(v);
    }
    return out;
  }
  return value;
}

const MONEY = ['tppBruto', 'pph21', 'bpjsPegawai', 'bpjsPemda', 'tppNetto', 'potonganHukdis'] as const;

// ---------------------------------------------------------------------------------------------

describe('core properties (random agencies and rule packs)', () => {
  it('0 <= netto <= bruto <= dasar × (largest component base) / 100 + number of components', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { results, findings } = compute(s);
        for (const e of results.employees) {
          const t = e.tpp;
          const label = `${e.pegawai.nip} ${t.statusBayar}`;
          expect(t.tppNetto, label).toBeGreaterThanOrEqual(0);
          expect(t.tppNetto, label).toBeLessThanOrEqual(t.tppBruto);
          for (const k of MONEY) expect(t[k], `${label} ${k}`).toBeGreaterThanOrEqual(0);
          for (const k of t.komponen) expect(k.jumlah, `${label} ${k.nama}`).toBeGreaterThanOrEqual(0);
          if (t.statusBayar !== 'dibayar') {
            expect([...MONEY.map((k) => t[k]), ...t.komponen.map((k) => k.jumlah)].every((v) => v === 0), label).toBe(true);
            expect(t.statusBayar === 'ditahan', label).toBe(findings.isHeld(e.pegawai.nip));
            continue;
          }
          // Rounding slack: at most one rupiah per component (half_up adds at most 0.5 each).
          const largestBase = t.komponen.reduce((m, k) => k.nilaiDasar.max(m), Exact.ZERO);
          const bound = t.dasar!.mul(largestBase).div(Exact.HUNDRED).add(Exact.of(t.komponen.length));
          expect(Exact.of(t.tppBruto).lte(bound), `${label}: bruto ${t.tppBruto} > ${bound.toString()}`).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('totals reconcile: each line, each unit and the run are sums of rounded lines', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { results } = compute(s);
        const run = { bruto: 0, pph21: 0, pph21Ditanggung: 0, bpjsPegawai: 0, bpjsPemda: 0, netto: 0 };
        for (const e of results.employees) {
          const t = e.tpp;
          expect(t.komponen.reduce((sum, k) => sum + k.jumlah, 0) - t.potonganHukdis, e.pegawai.nip).toBe(t.tppBruto);
          expect(t.tppBruto - t.pph21 - t.bpjsPegawai, e.pegawai.nip).toBe(t.tppNetto);
          run.bruto += t.tppBruto;
          run.pph21 += t.pph21;
          run.pph21Ditanggung += t.pph21Ditanggung;
          run.bpjsPegawai += t.bpjsPegawai;
          run.bpjsPemda += t.bpjsPemda;
          run.netto += t.tppNetto;
        }
        expect(results.totals).toEqual(run);
        const unitSum = { bruto: 0, pph21: 0, pph21Ditanggung: 0, bpjsPegawai: 0, bpjsPemda: 0, netto: 0 };
        for (const u of results.units) {
          const members = results.employees.filter((e) => e.pegawai.unit === u.kode);
          expect(u.jumlahPegawai).toBe(members.length);
          expect(Object.values(u.counts).reduce((a, b) => a + b, 0)).toBe(members.length);
          expect(u.totals.bruto).toBe(members.reduce((sum, e) => sum + e.tpp.tppBruto, 0));
          expect(u.totals.netto).toBe(members.reduce((sum, e) => sum + e.tpp.tppNetto, 0));
          for (const k of Object.keys(unitSum) as (keyof typeof unitSum)[]) unitSum[k] += u.totals[k];
        }
        expect(unitSum).toEqual(run);
        const c = results.counts;
        expect(c.dibayar + c.ditahan + c.nihil).toBe(c.pegawai);
        expect(Object.values(results.predikat).reduce((a, b) => a + b, 0)).toBe(c.pegawai);
      }),
      RUNS,
    );
  });

  it('PPh 21 TER is the PP 58/2023 table on (other income + TPP) minus on other income, at most what the TPP bears', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const pack = aPack({ ...s.pack, pajak: { metode: 'ter', pembulatan: 'floor' } });
        const { results } = compute(s, { pack });
        for (const e of results.employees) {
          const t = e.tpp;
          if (t.statusBayar !== 'dibayar') continue;
          const cat = { 'TK/0': 'A', 'TK/1': 'A', 'K/0': 'A', 'TK/2': 'B', 'TK/3': 'B', 'K/1': 'B', 'K/2': 'B', 'K/3': 'C' }[e.pegawai.statusPtkp!] as 'A' | 'B' | 'C';
          const lain = e.pegawai.penghasilanBruto ?? e.pegawai.gaji!;
          const due = Math.max(0, terTaxOracle(PP58_TER[cat], lain + t.tppBruto) - terTaxOracle(PP58_TER[cat], lain));
          expect(t.pph21, e.pegawai.nip).toBe(Math.min(due, t.tppBruto - t.bpjsPegawai));
          expect(t.pph21 + (t.pph21Kurang ?? 0), e.pegawai.nip).toBe(due);
        }
      }),
      RUNS,
    );
  });

  it('the curve check never changes a predikat, nor anything else about an employee', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const checked = aPack({ ...s.pack, kurva: { aktif: true } });
        const off = aPack({ ...s.pack, kurva: { aktif: false } });
        const a = compute(s, { pack: checked }).results;
        const b = compute(s, { pack: off }).results;
        const c = compute(s, { pack: checked, withUnits: false }).results;
        expect(plain(b.employees)).toEqual(plain(a.employees));
        expect(plain(c.employees)).toEqual(plain(a.employees));
        expect(a.predikat).toEqual(b.predikat);
        // And the unit summary does not write to what it is given.
        const members = a.employees.map((e) =>
          Object.freeze({ nip: e.pegawai.nip, unit: e.pegawai.unit, predikat: e.predikat, hariKerja: e.hariKerja, tppBruto: 0, pph21: 0, pph21Ditanggung: 0, bpjsPegawai: 0, bpjsPemda: 0, tppNetto: 0 }),
        );
        const { units } = summarizeUnits(Object.freeze(members), build(s, { pack: checked }).data.units, checked);
        const counted = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<Predikat, number>;
        for (const u of units) for (const p of PREDIKAT) counted[p] += u.counts[p];
        expect(counted).toEqual(a.predikat);
      }),
      RUNS,
    );
  });

  it('results do not depend on row order (employees, attendance rows, indicators, raters, sanctions, units)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const inOrder = compute(s);
        const shuffledRun = compute(s, { seed: s.seed });
        expect(plain(shuffledRun.results)).toEqual(plain(inOrder.results));
        const perEmployee = (f: FindingCollector) => f.sorted().filter((x) => x.nip !== undefined);
        expect(perEmployee(shuffledRun.findings)).toEqual(perEmployee(inOrder.findings));
      }),
      RUNS,
    );
  });
});

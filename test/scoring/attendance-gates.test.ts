/**
 * Attendance gates and escalations (rule pack `presensi.gerbang_kehadiran`, `terlambat_per_tk`,
 * `tk_berturut_peringatan`), with amounts worked by hand. October 2026: Thursday 1 to Saturday 31,
 * 22 working days on the `bawaan` schedule (Mon–Thu 07:30–16:00, Fri 07:30–16:30).
 */
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import { parseGolongan } from '../../src/model/golongan.js';
import type { DisciplineResult } from '../../src/model/results.js';
import { AttendanceGrid } from '../../src/inputs/attendance-grid.js';
import { buildDayCodeTable } from '../../src/rules/day-codes.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { computeDiscipline } from '../../src/scoring/compute-discipline.js';
import { presenceGateOf } from '../../src/scoring/presence-gate.js';
import { computeTpp, type TppInput } from '../../src/tpp/compute-tpp.js';
import { knownFields } from '../../src/inputs/known-fields.js';
import { aPack, bawaanRaw, x } from '../helpers/builders.js';

const t = (hhmm: string) => {
  const [h, m] = hhmm.split(':');
  return Number(h) * 3600 + Number(m) * 60;
};

/** One employee's October 2026: every working day 07:25–16:45 unless `days` (by day of month) says otherwise. */
function october(days: Record<number, { code?: string; masuk?: string } | 'none'>, pack: RulePack) {
  const calendar = buildCalendar({ year: 2026, month: 10 }, pack, []);
  const codes = buildDayCodeTable(pack.presensi.kode);
  const grid = new AttendanceGrid(1, calendar.days, codes);
  const workingDays = calendar.workingDays('bawaan');
  for (const d of workingDays) {
    const spec = days[d + 1];
    if (spec === 'none') continue;
    if (spec?.code) grid.mergeDaily(0, d, codes.lookup(spec.code)!, undefined, undefined, true);
    else grid.mergeDaily(0, d, grid.present, t(spec?.masuk ?? '07:25'), t('16:45'), true);
    grid.markRowSeen(0);
  }
  return computeDiscipline({ calendar, pack, jadwal: 'bawaan', workingDays, attendance: grid, employeeIndex: 0, hariTanpaData: codes.lookup('TK')!, withDetails: true });
}

describe('presensi.terlambat_per_tk: N late days count as one TK', () => {
  // Late on Mon 5 (07:45, 15 min → TL1 0.5 %), Tue 6 (08:10, 40 min → TL2 1 %), Wed 7 (07:40 → TL1
  // 0.5 %), Thu 8 (09:05, 95 min → TL4 1.5 %), Fri 9 (07:35 → TL1 0.5 %).
  const late = { 5: { masuk: '07:45' }, 6: { masuk: '08:10' }, 7: { masuk: '07:40' }, 8: { masuk: '09:05' }, 9: { masuk: '07:35' } };

  it('off in bawaan: every late day costs its band', () => {
    const r = october(late, aPack());
    // 0.5 + 1 + 0.5 + 1.5 + 0.5 = 4 → nilai 100 − 4 = 96
    expect([r.potongan.toString(), r.nilai.toString(), r.tk, r.tkDariTerlambat]).toEqual(['4', '96', 0, 0]);
  });

  it('every 3 late days are one TK; the converted days lose their TL percent', () => {
    const r = october(late, aPack({ presensi: { terlambat_per_tk: 3 } }));
    // 5 late days / 3 = 1 TK (floor); the first three (5, 6, 7 Oct: 0.5 + 1 + 0.5 = 2) are not deducted,
    // the TK is: 5. Left late: 8 Oct 1.5 + 9 Oct 0.5 = 2. potongan = 5 + 2 = 7 → nilai 93.
    expect([r.potongan.toString(), r.nilai.toString(), r.tk, r.tkDariTerlambat]).toEqual(['7', '93', 1, 1]);
    // TL counts stay as observed.
    expect(r.tl).toEqual([3, 1, 0, 1]);
    const byDate = Object.fromEntries(r.deductions!.map((d) => [d.date, [d.persen.toString(), d.terlambat?.jadiTk ?? false]]));
    expect(byDate).toEqual({ '2026-10-05': ['0', true], '2026-10-06': ['0', true], '2026-10-07': ['0', true], '2026-10-08': ['1.5', false], '2026-10-09': ['0.5', false] });
  });

  it('fewer late days than N: nothing converts', () => {
    const r = october(late, aPack({ presensi: { terlambat_per_tk: 6 } }));
    expect([r.potongan.toString(), r.tk]).toEqual(['4', 0]);
  });

  it('converted TK days count toward tk_batas_hari_tpp_nol', () => {
    // 2 real TK (12, 13 Oct) + 5 late / 2 = 2 converted → tk 4 ≥ batas 4 → nihil.
    const pack = aPack({ presensi: { terlambat_per_tk: 2, tk_batas_hari_tpp_nol: 4 } });
    const r = october({ ...late, 12: { code: 'TK' }, 13: { code: 'TK' } }, pack);
    // potongan: 2 TK × 5 = 10; converted 2 TK × 5 = 10 (days 5–8: 0.5 + 1 + 0.5 + 1.5 = 3.5 not deducted);
    // left late: 9 Oct 0.5 → 20.5
    expect([r.tk, r.tkDariTerlambat, r.potongan.toString()]).toEqual([4, 2, '20.5']);
    expect(computeTpp(workedExample({ tk: r.tk }), pack).alasanNihil).toEqual(['TK_MELEBIHI_BATAS']);
  });
});

describe('consecutive TK days', () => {
  it('the longest run of TK working days, weekends not breaking it', () => {
    // TK Mon 12, Tue 13 (run 2); TK Fri 16, Mon 19 and no record Tue 20 (counted TK) → run 3 from 16 Oct.
    const r = october({ 12: { code: 'TK' }, 13: { code: 'TK' }, 16: { code: 'TK' }, 19: { code: 'A' }, 20: 'none' }, aPack());
    expect([r.tk, r.tkBerturut, r.tkBerturutDari]).toEqual([5, 3, '2026-10-16']);
  });

  it('a present day breaks the run', () => {
    const r = october({ 12: { code: 'TK' }, 13: { code: 'TK' }, 15: { code: 'TK' } }, aPack());
    expect([r.tkBerturut, r.tkBerturutDari]).toEqual([2, '2026-10-12']);
  });
});

const discipline = (over: Partial<DisciplineResult>): DisciplineResult => ({
  hadir: 0, tl: [], psw: [], tk: 0, tkDariTerlambat: 0, tkBerturut: 0, tkBerturutDari: undefined, izin: 0, sakit: 0, cuti: 0, dinasLuar: 0,
  tidakDibayar: 0, potonganHariBayar: Exact.ZERO, hariKelasTetap: [], potongan: Exact.ZERO, nilai: Exact.HUNDRED, tanpaCatatan: [], fromSummary: false, ...over,
});
const gates = (over: Record<string, unknown> = {}) =>
  aPack({ presensi: { gerbang_kehadiran: { pita: [{ di_bawah: 25, bayar: 0 }, { di_bawah: 50, bayar: 50 }], ...over } } });

describe('presence share → pay share', () => {
  it.each([
    // hadir + dinas luar over paid days
    [{ hadir: 10, dinasLuar: 1, izin: 2 }, 22, '50', '100'], // 11/22 = 50 %: not below 50 → full
    [{ hadir: 9, dinasLuar: 1 }, 22, '500/11', '50'], // 10/22 = 45.45… % < 50 → half
    [{ hadir: 5 }, 22, '250/11', '0'], // 5/22 = 22.72… % < 25 → none
    [{ hadir: 5 }, 20, '25', '50'], // 5/20 = 25 %: not below 25, below 50 → half
  ])('%j over %i paid days: %s %% present pays %s %%', (d, hariBayar, persenHadir, persenBayar) => {
    const g = presenceGateOf(discipline(d), hariBayar, gates())!;
    expect([g.persenHadir.toString(), g.persenBayar.toString()]).toEqual([persenHadir, persenBayar]);
  });

  it('the pack names what counts as present: with izin, 10 + 1 + 2 = 13 of 22 is full pay', () => {
    const g = presenceGateOf(discipline({ hadir: 9, dinasLuar: 1, izin: 3 }), 22, gates({ efek_hadir: ['hadir', 'dinas_luar', 'izin'] }))!;
    expect([g.hariHadir, g.persenBayar.toString()]).toEqual([13, '100']);
  });

  it('no bands (bawaan), no attendance or no paid day: no gate', () => {
    expect(presenceGateOf(discipline({ hadir: 1 }), 22, aPack())).toBeUndefined();
    expect(presenceGateOf(undefined, 22, gates())).toBeUndefined();
    expect(presenceGateOf(discipline({}), 0, gates())).toBeUndefined();
  });
});

/** The worked example: pagu 5,000,000, PNS, 22/22 days, disiplin 40 % on nilai 92.5, kinerja 60 % on 100. */
function workedExample(over: Partial<TppInput> = {}): TppInput {
  return {
    pagu: 5_000_000, status: 'PNS', hariBayar: 22, hariKerjaPenuh: 22, tk: 0, nilai: { nilai_disiplin: x('92.5') },
    faktorPredikat: x(100), persenHukdis: Exact.ZERO, held: false, golongan: parseGolongan('III/c', false)!, gaji: 4_200_000, ...over,
  };
}

describe('the gate multiplies the TPP', () => {
  it('half on every component', () => {
    const r = computeTpp(workedExample({ persenGerbang: x(50) }), gates());
    // disiplin 5,000,000 × 40 % × 92.5 % × 50 % = 925,000; kinerja 5,000,000 × 60 % × 100 % × 50 % = 1,500,000
    // bruto 2,425,000; PPh 21 III 5 % = 121,250; BPJS 1 % = 24,250 (pemda 4 % = 97,000); netto 2,279,500
    expect(r.komponen.map((k) => k.jumlah)).toEqual([925_000, 1_500_000]);
    expect([r.tppBruto, r.pph21, r.bpjsPegawai, r.bpjsPemda, r.tppNetto]).toEqual([2_425_000, 121_250, 24_250, 97_000, 2_279_500]);
    expect(r.persenGerbang!.toString()).toBe('50');
  });

  it('only the named component', () => {
    const r = computeTpp(workedExample({ persenGerbang: x(50) }), gates({ komponen: ['kinerja'] }));
    // disiplin 1,850,000 untouched; kinerja 3,000,000 × 50 % = 1,500,000 → bruto 3,350,000
    expect(r.komponen.map((k) => k.jumlah)).toEqual([1_850_000, 1_500_000]);
    expect(r.tppBruto).toBe(3_350_000);
  });

  it('with pro rata: 15 of 22 days and half', () => {
    const r = computeTpp(workedExample({ hariBayar: 15, persenGerbang: x(50) }), gates());
    // disiplin 1,850,000 × 15/22 × 50 % = 630,681.81… → 630,682 (half_up)
    // kinerja 3,000,000 × 15/22 × 50 % = 1,022,727.27… → 1,022,727; bruto 1,653,409
    expect(r.komponen.map((k) => k.jumlah)).toEqual([630_682, 1_022_727]);
    expect(r.tppBruto).toBe(1_653_409);
  });

  it('0 on every component is nihil KEHADIRAN_DI_BAWAH_BATAS', () => {
    const r = computeTpp(workedExample({ persenGerbang: x(0) }), gates());
    expect([r.statusBayar, r.tppBruto, r.alasanNihil]).toEqual(['nihil', 0, ['KEHADIRAN_DI_BAWAH_BATAS']]);
  });

  it('0 on one component pays the others', () => {
    const r = computeTpp(workedExample({ persenGerbang: x(0) }), gates({ komponen: ['kinerja'] }));
    expect([r.statusBayar, r.komponen.map((k) => k.jumlah)]).toEqual(['dibayar', [1_850_000, 0]]);
  });

  it('no gate (bawaan): the worked example is unchanged', () => {
    const r = computeTpp(workedExample(), aPack());
    expect([r.tppBruto, r.tppNetto, r.persenGerbang]).toEqual([4_850_000, 4_559_000, undefined]);
  });
});

describe('pack validation', () => {
  const problemsOf = (override: Record<string, unknown>) => {
    const result = parseRulePack(mergeRulePack(bawaanRaw(), override), knownFields);
    return 'problems' in result ? result.problems.map((p) => `${p.path}: ${p.en}`) : [];
  };
  it.each([
    [{ pita: [{ di_bawah: 50, bayar: 50 }, { di_bawah: 25, bayar: 0 }] }, 'presensi.gerbang_kehadiran.pita[1].di_bawah: must ascend from the previous band'],
    [{ pita: [{ di_bawah: 25, bayar: 50 }, { di_bawah: 50, bayar: 0 }] }, 'presensi.gerbang_kehadiran.pita[1].bayar: cannot be below the previous band'],
    [{ pita: [{ di_bawah: 0, bayar: 0 }] }, 'presensi.gerbang_kehadiran.pita[0].di_bawah: must be above 0'],
    [{ komponen: ['kinerj'] }, 'presensi.gerbang_kehadiran.komponen[0]: component "kinerj" is not in tpp.komponen'],
    [{ efek_hadir: ['tk'] }, 'presensi.gerbang_kehadiran.efek_hadir[0]'],
    [{ pita: [{ di_bawah: 25, byr: 0 }] }, 'presensi.gerbang_kehadiran.pita[0].byr'],
  ])('%j → %s', (gate, expected) => {
    expect(problemsOf({ presensi: { gerbang_kehadiran: gate } }).some((p) => p.startsWith(expected))).toBe(true);
  });

  it.each([
    [{ terlambat_per_tk: 0 }, 'presensi.terlambat_per_tk'],
    [{ tk_berturut_peringatan: 2.5 }, 'presensi.tk_berturut_peringatan'],
  ])('%j → %s', (over, path) => {
    expect(problemsOf({ presensi: over }).some((p) => p.startsWith(`${path}: `))).toBe(true);
  });
});

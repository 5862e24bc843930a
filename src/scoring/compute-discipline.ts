/**
 * Discipline score (SPEC §4.2): lateness and early-leave bands, TK days and day codes over the
 * employee's working days, from the merged day records or from a monthly summary.
 */
import { Exact, ExactSum } from '../exact.js';
import { payShareOf, type DayCode } from '../rules/day-codes.js';
import type { Band, RulePack, WorkHours } from '../rules/rule-pack-schema.js';
import { createExactPool, type ExactPool } from './exact-pool.js';
import type { Calendar } from '../model/calendar.js';
import type { AttendanceSummary, AttendanceView, DayRecord } from '../model/attendance.js';
import type { DayDeduction, DisciplineResult } from '../model/results.js';

/** Index of the band holding `minutes` (the last band when none does). */
function bandIndexOf(bands: readonly Band[], minutes: number): number {
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (minutes >= b.dari && (b.sampai === null || minutes <= b.sampai)) return i;
  }
  return bands.length - 1;
}

/** `resolveTimes` writing into a reused object (undefined for a missing time). */
function resolveTimesInto(record: DayRecord, hours: WorkHours, pack: RulePack, into: { masuk?: number; pulang?: number }): { masuk?: number; pulang?: number } {
  let masuk = record.masuk;
  let pulang = record.pulang;
  if (record.statusScans && pack.presensi.pakai_status_mesin) {
    if (record.statusScans.masuk !== undefined) masuk = masuk === undefined ? record.statusScans.masuk : Math.min(masuk, record.statusScans.masuk);
    if (record.statusScans.pulang !== undefined) pulang = pulang === undefined ? record.statusScans.pulang : Math.max(pulang, record.statusScans.pulang);
  } else if (record.scans) {
    const { first, last } = record.scans;
    let scanIn: number | undefined;
    let scanOut: number | undefined;
    if (last > first && last - first >= pack.presensi.jeda_scan_menit * 60) {
      scanIn = first;
      scanOut = last;
    } else if (first * 2 < hours.mulai + hours.selesai) {
      // A lone scan before the middle of the working day is a check-in, otherwise a check-out.
      scanIn = first;
    } else {
      scanOut = first;
    }
    if (scanIn !== undefined) masuk = masuk === undefined ? scanIn : Math.min(masuk, scanIn);
    if (scanOut !== undefined) pulang = pulang === undefined ? scanOut : Math.max(pulang, scanOut);
  }
  into.masuk = masuk;
  into.pulang = pulang;
  return into;
}

/** Inputs of the discipline computation for one employee. */
export interface DisciplineInput {
  calendar: Calendar;
  pack: RulePack;
  /** Schedule profile of the employee. */
  jadwal: string;
  /** Working day indexes of the employee within [tmt_masuk, tmt_keluar]. */
  workingDays: readonly number[];
  attendance: AttendanceView;
  employeeIndex: number;
  /** The code a working day without a record counts as. */
  hariTanpaData: DayCode;
  withDetails?: boolean;
  /** The run's pool of exact values (a fresh one when not given). */
  pool?: ExactPool;
}

/** Computes the discipline result from merged day records. */
export function computeDiscipline(input: DisciplineInput): DisciplineResult {
  const { calendar, pack, attendance, employeeIndex } = input;
  const pool = input.pool ?? createExactPool();
  const summary = attendance.summaries.get(employeeIndex);
  if (summary) return computeDisciplineFromSummary(summary, pack, pool);
  const terlambat = pack.presensi.terlambat;
  const pulangCepat = pack.presensi.pulang_cepat;
  const result: DisciplineResult = {
    hadir: 0,
    tl: terlambat.map(() => 0),
    psw: pulangCepat.map(() => 0),
    tk: 0,
    tkDariTerlambat: 0,
    tkBerturut: 0,
    tkBerturutDari: undefined,
    izin: 0,
    sakit: 0,
    cuti: 0,
    dinasLuar: 0,
    tidakDibayar: 0,
    potonganHariBayar: Exact.ZERO,
    hariKelasTetap: [],
    potongan: Exact.ZERO,
    nilai: Exact.HUNDRED,
    tanpaCatatan: [],
    fromSummary: false,
  };
  const parts = new ExactSum();
  const deductions: DayDeduction[] = [];
  // Reused per day: the loop runs employees × working days times and allocates nothing on a plain day.
  const day$: DayRecord = { code: input.hariTanpaData, timesKnown: false };
  const times: { masuk?: number; pulang?: number } = {};
  const lastTl = terlambat.length - 1;
  const lastPsw = pulangCepat.length - 1;
  const perTk = pack.presensi.terlambat_per_tk;
  // Late days in date order with their TL percent, kept only when late days turn into TK.
  const lateDays: { tl: Exact; detail?: DayDeduction }[] = [];
  let run = 0;
  let runStart = 0;
  // The run from the first working day; it stops growing at the first day that is not TK.
  let leadingRun = 0;
  let leading = true;
  // Days so far per code with pay rules, in date order: the share depends on the day's number in the month.
  const paidCounts = new Map<DayCode, number>();
  let unpaidPercent = Exact.ZERO;
  for (const day of input.workingDays) {
    const hours = calendar.hoursOn(input.jadwal, day)!;
    const record = attendance.readDay(employeeIndex, day, day$);
    const code = record?.code ?? input.hariTanpaData;
    if (!record) result.tanpaCatatan.push(calendar.dates[day]!);
    let persen = code.persen;
    let terlambatDetail: DayDeduction['terlambat'];
    let pulangCepatDetail: DayDeduction['pulangCepat'];
    let timed = false;
    let lateTl: Exact | undefined;
    if (code.efek === 'tk') {
      if (leading) leadingRun += 1;
      if (run++ === 0) runStart = day;
      if (run > result.tkBerturut) {
        result.tkBerturut = run;
        result.tkBerturutDari = calendar.dates[runStart]!;
      }
    } else {
      run = 0;
      leading = false;
    }
    if (code.bayar.length > 0) {
      const nth = (paidCounts.get(code) ?? 0) + 1;
      paidCounts.set(code, nth);
      unpaidPercent = unpaidPercent.add(Exact.HUNDRED.sub(payShareOf(code.bayar, nth)));
    }
    if (code.kelas !== undefined) addKelasDay(result.hariKelasTetap, code.kelas);
    switch (code.efek) {
      case 'hadir': {
        result.hadir += 1;
        if (!record?.timesKnown) break;
        resolveTimesInto(record, hours, pack, times);
        timed = true;
        if (code.cekMasuk) {
          let minutes: number | null = null;
          if (times.masuk === undefined) minutes = null;
          else if (times.masuk - hours.mulai > pack.presensi.toleransi_detik) minutes = Math.ceil((times.masuk - hours.mulai) / 60);
          if (times.masuk === undefined || minutes !== null) {
            const index = minutes === null ? lastTl : bandIndexOf(terlambat, minutes);
            const band = terlambat[index]!;
            result.tl[index]! += 1;
            persen = persen.add(band.persen);
            if (perTk !== null) lateTl = band.persen;
            if (input.withDetails) terlambatDetail = { menit: minutes, band: band.kode };
          }
        }
        if (code.cekPulang) {
          let minutes: number | null = null;
          if (times.pulang !== undefined && times.pulang < hours.selesai) minutes = Math.ceil((hours.selesai - times.pulang) / 60);
          if (times.pulang === undefined || minutes !== null) {
            const index = minutes === null ? lastPsw : bandIndexOf(pulangCepat, minutes);
            const band = pulangCepat[index]!;
            result.psw[index]! += 1;
            persen = persen.add(band.persen);
            if (input.withDetails) pulangCepatDetail = { menit: minutes, band: band.kode };
          }
        }
        break;
      }
      case 'dinas_luar':
        result.dinasLuar += 1;
        break;
      case 'izin':
        result.izin += 1;
        break;
      case 'sakit':
        result.sakit += 1;
        break;
      case 'cuti':
        result.cuti += 1;
        break;
      case 'tidak_dibayar':
        result.tidakDibayar += 1;
        break;
      case 'tk':
        result.tk += 1;
        persen = persen.add(pack.presensi.tk_persen_per_hari);
        break;
    }
    if (!persen.isZero()) {
      parts.add(persen);
      if (input.withDetails) {
        const detail: DayDeduction = { date: calendar.dates[day]!, code: code.code, jam: hours, tanpaCatatan: !record, persen };
        if (timed && times.masuk !== undefined) detail.masuk = times.masuk;
        if (timed && times.pulang !== undefined) detail.pulang = times.pulang;
        if (terlambatDetail) detail.terlambat = terlambatDetail;
        if (pulangCepatDetail) detail.pulangCepat = pulangCepatDetail;
        deductions.push(detail);
        if (lateTl) lateDays.push({ tl: lateTl, detail });
        lateTl = undefined;
      }
    }
    if (lateTl) lateDays.push({ tl: lateTl });
  }
  // Dated TK days only (days counted from late days have no date): the run at each end of the month.
  result.tkAkhirBulan = run;
  result.tkAwalBulan = leadingRun;
  if (perTk !== null) lateDaysToTk(result, parts, lateDays, perTk, pack.presensi.tk_persen_per_hari);
  if (!unpaidPercent.isZero()) result.potonganHariBayar = unpaidPercent.div(Exact.HUNDRED);
  Object.assign(result, disciplineScores(parts, pool));
  if (input.withDetails) result.deductions = deductions;
  return result;
}

function addKelasDay(days: { kelas: number; hari: number }[], kelas: number): void {
  const entry = days.find((d) => d.kelas === kelas);
  if (entry) entry.hari += 1;
  else days.push({ kelas, hari: 1 });
}

/**
 * Every full group of `perTk` late days, in date order, counts as one TK day: the group's TL percents
 * leave the sum and one TK percent comes in, so a late day is never deducted twice. TL counts stay
 * as observed; `tk` includes the converted days.
 */
function lateDaysToTk(result: DisciplineResult, parts: ExactSum, lateDays: readonly { tl: Exact; detail?: DayDeduction }[], perTk: number, tkPersen: Exact): void {
  const converted = Math.floor(lateDays.length / perTk);
  if (converted === 0) return;
  for (const late of lateDays.slice(0, converted * perTk)) {
    parts.add(late.tl.neg());
    if (late.detail) {
      late.detail.persen = late.detail.persen.sub(late.tl);
      late.detail.terlambat!.jadiTk = true;
    }
  }
  parts.addProduct(tkPersen, Exact.of(converted));
  result.tk += converted;
  result.tkDariTerlambat = converted;
}

/** potongan = the sum of the day percents; nilai = max(0, 100 − potongan) (shared instances). */
function disciplineScores(parts: ExactSum, pool: ExactPool): { potongan: Exact; nilai: Exact } {
  const potongan = parts.dividedBy(1, pool.ratio);
  const rest = parts.subtractedFrom(100, pool.ratio);
  return { potongan, nilai: rest.num < 0n ? Exact.ZERO : rest };
}

/** SPEC §2.4 shape 3: counts are used as given and the same percents summed. */
function computeDisciplineFromSummary(summary: AttendanceSummary, pack: RulePack, pool: ExactPool): DisciplineResult {
  const parts = new ExactSum();
  pack.presensi.terlambat.forEach((b, i) => parts.addProduct(b.persen, Exact.of(summary.tl[i] ?? 0)));
  pack.presensi.pulang_cepat.forEach((b, i) => parts.addProduct(b.persen, Exact.of(summary.psw[i] ?? 0)));
  parts.addProduct(pack.presensi.tk_persen_per_hari, Exact.of(summary.tk));
  // Without dates, converted late days are taken from the first TL band on.
  const perTk = pack.presensi.terlambat_per_tk;
  let tkDariTerlambat = 0;
  if (perTk !== null) {
    const late = pack.presensi.terlambat.map((b, i) => ({ tl: b.persen, count: summary.tl[i] ?? 0 }));
    tkDariTerlambat = Math.floor(late.reduce((n, l) => n + l.count, 0) / perTk);
    let left = tkDariTerlambat * perTk;
    for (const l of late) {
      const taken = Math.min(left, l.count);
      if (taken > 0) parts.addProduct(l.tl.neg(), Exact.of(taken));
      left -= taken;
    }
    if (tkDariTerlambat > 0) parts.addProduct(pack.presensi.tk_persen_per_hari, Exact.of(tkDariTerlambat));
  }
  const { potongan, nilai } = disciplineScores(parts, pool);
  return {
    hadir: summary.hadir,
    tl: [...summary.tl],
    psw: [...summary.psw],
    tk: summary.tk + tkDariTerlambat,
    tkDariTerlambat,
    // A monthly summary has no dates: runs cannot be seen.
    tkBerturut: 0,
    tkBerturutDari: undefined,
    izin: summary.izin,
    sakit: summary.sakit,
    cuti: summary.cuti,
    dinasLuar: summary.dinasLuar,
    tidakDibayar: summary.cltn + summary.tb,
    // A monthly summary counts days by effect, not by code, so code pay shares cannot apply.
    potonganHariBayar: Exact.ZERO,
    hariKelasTetap: [],
    potongan,
    nilai,
    tanpaCatatan: [],
    fromSummary: true,
  };
}

/**
 * From a monthly summary, which late days make up the groups counted as TK depends on their dates, which
 * a summary does not give. The deduction is certain only when every late day is converted, none is, or
 * all late days carry the same percent; otherwise it would be a guess (the employee is held).
 */
export function summaryLateConversionIsGuess(summary: AttendanceSummary, pack: RulePack): boolean {
  const perTk = pack.presensi.terlambat_per_tk;
  if (perTk === null) return false;
  const counts = pack.presensi.terlambat.map((_, i) => summary.tl[i] ?? 0);
  const total = counts.reduce((n, c) => n + c, 0);
  const converted = Math.floor(total / perTk) * perTk;
  if (converted === 0 || converted === total) return false;
  const percents = new Set(pack.presensi.terlambat.filter((_, i) => counts[i]! > 0).map((b) => b.persen.toString()));
  return percents.size > 1;
}

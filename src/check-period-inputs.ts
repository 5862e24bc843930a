/**
 * Doubts about a whole input, found once everything is read (issue "never pay on a guess"): a
 * required input without data rows, attendance that does not cover the month or leaves working days
 * almost empty, and capaian/perilaku exports that miss too many employees. Each one stops the run
 * (exit 2): paying on them would pay on a guess. Pure: it reads the period's data and adds findings.
 */
import { listDates, MAX_DATES_LISTED } from './scoring/compute-period.js';
import type { FindingCollector } from './findings.js';
import { neededInputs } from './inputs/discover-inputs.js';
import type { InputName } from './rules/rule-pack-schema.js';
import { hasNationalCalendar } from './scoring/build-calendar.js';
import type { Calendar } from './model/calendar.js';
import type { PeriodData } from './model/period.js';
import type { Pegawai } from './model/records.js';
import { monthBounds } from './model/local-date.js';
import { serviceInMonth } from './inputs/segments.js';
import type { FileLedger } from './model/row-accounting.js';

/** Fewer employees than this on a working day: only a day with no record at all is thin. */
const MIN_ELIGIBLE_FOR_SHARE = 10;
/** A unit with at least this many employees, none with capaian (or perilaku), lacks its export. */
const MIN_UNIT_FOR_MISSING_EXPORT = 3;

/**
 * Each employee's working days in the period as a mask by day index (schedule, holidays, tmt), worked
 * out once per schedule and service dates: most employees share a few.
 */
function workingDayMasks(calendar: Calendar): (e: Pegawai) => Uint8Array {
  const cache = new Map<string, Uint8Array>();
  return (e) => {
    const schedule = calendar.scheduleOf(e);
    const key = `${schedule}\u0000${e.tmtMasuk ?? ''}\u0000${e.tmtKeluar ?? ''}`;
    let mask = cache.get(key);
    if (!mask) {
      mask = new Uint8Array(calendar.days);
      for (const d of calendar.workingDays(schedule, e.tmtMasuk, e.tmtKeluar)) mask[d] = 1;
      cache.set(key, mask);
    }
    return mask;
  };
}

/** A working day with too few records: under the pack's share, or (in a small office) none at all. */
function isThin(eligible: number, recorded: number, minPercent: number): boolean {
  return eligible >= MIN_ELIGIBLE_FOR_SHARE ? recorded * 100 < minPercent * eligible : recorded === 0;
}

/** Where the acknowledged dates came from, for the finding and `ringkasan.json`. */
export interface AcknowledgedDays {
  fromPack: readonly string[];
  fromOption: readonly string[];
}

/** Required inputs given with no data row at all (only headers, title or blank rows). */
function checkEmptyInputs(data: PeriodData, ledgers: readonly FileLedger[], findings: FindingCollector): void {
  const needs = neededInputs(data.pack);
  const required: InputName[] = ['pegawai', 'presensi'];
  if (!data.penilaian) {
    if (needs.capaian) required.push('capaian');
    if (needs.perilaku) required.push('perilaku');
  }
  if (needs.aktivitas) required.push('aktivitas');
  for (const input of required) {
    const files = ledgers.filter((l) => l.input === input);
    if (files.length === 0) continue;
    const dataRows = files.reduce((n, l) => n + l.used + l.rejected + l.ignored, 0);
    if (dataRows > 0) continue;
    findings.add({ code: 'MASUKAN_KOSONG', file: files.map((l) => l.name).join(', '), params: { input } });
  }
}

/**
 * Attendance coverage: working days before the first or after the last dated record of the export
 * (PRESENSI_TIDAK_LENGKAP), and working days on which fewer than the pack's share of the employees
 * with day-by-day attendance have any record (HARI_TANPA_PRESENSI). Acknowledged dates pass.
 */
function checkCoverage(data: PeriodData, acknowledged: AcknowledgedDays, findings: FindingCollector): string[] {
  const { calendar, pegawai, attendance, pack } = data;
  // An attendance file whose columns stopped the run was not folded: its gaps say nothing more.
  if (attendance.columnsStopped) return [];
  const ackSet = new Set([...acknowledged.fromPack, ...acknowledged.fromOption]);
  const withRecords: number[] = [];
  for (let i = 0; i < pegawai.employees.length; i++) {
    if (attendance.hasRows(i) && !attendance.hasSummary(i)) withRecords.push(i);
  }
  if (withRecords.length === 0) return [];
  const eligible = new Array<number>(calendar.days).fill(0);
  const recorded = new Array<number>(calendar.days).fill(0);
  let first = -1;
  let last = -1;
  const workingMask = workingDayMasks(calendar);
  for (const i of withRecords) {
    const working = workingMask(pegawai.employees[i]!);
    for (let d = 0; d < calendar.days; d++) {
      const has = attendance.hasRecord(i, d);
      if (has) {
        if (first < 0 || d < first) first = d;
        if (d > last) last = d;
      }
      if (working[d] === 0) continue;
      eligible[d]! += 1;
      if (has) recorded[d]! += 1;
    }
  }
  const minPercent = Number(pack.presensi.hari_tercatat_minimal_persen.toString());
  const outside: string[] = [];
  const thin: { date: string; share: string }[] = [];
  const used: string[] = [];
  for (let d = 0; d < calendar.days; d++) {
    if (eligible[d] === 0) continue;
    const date = calendar.dates[d]!;
    const beyond = first < 0 || d < first || d > last;
    const short = isThin(eligible[d]!, recorded[d]!, minPercent);
    if (!beyond && !short) continue;
    if (ackSet.has(date)) {
      used.push(date);
      continue;
    }
    if (beyond) outside.push(date);
    else thin.push({ date, share: `${recorded[d]}/${eligible[d]}` });
  }
  const code = pack.presensi.hari_tanpa_data;
  const scope = { scope_id: 'Presensi', scope_en: 'The attendance' };
  if (outside.length > 0) {
    findings.add({
      code: 'PRESENSI_TIDAK_LENGKAP',
      file: '',
      params: {
        ...scope,
        first: first < 0 ? '-' : calendar.dates[first]!,
        last: last < 0 ? '-' : calendar.dates[last]!,
        dates: listDates(outside),
        raw: outside.join(','),
        code,
      },
    });
  }
  // One file of several that stops earlier (or starts later) than the others: a machine or a unit
  // whose export was cut while the other files cover the month. Its own employees are judged on the
  // days it does not reach (a file that only corrects one week leaves them covered by the others).
  const spans = attendance.fileSpans.filter((f) => f.last >= 0 && f.employees);
  if (spans.length > 1 && first >= 0) {
    for (const span of spans) {
      const own = withRecords.filter((i) => span.employees![i] === 1);
      const missing: string[] = [];
      for (let d = first; d <= last; d++) {
        if (d >= span.first && d <= span.last) continue;
        let eligibleHere = 0;
        let recordedHere = 0;
        for (const i of own) {
          if (workingMask(pegawai.employees[i]!)[d] === 0) continue;
          eligibleHere += 1;
          if (attendance.hasRecord(i, d)) recordedHere += 1;
        }
        if (eligibleHere === 0 || !isThin(eligibleHere, recordedHere, minPercent)) continue;
        const date = calendar.dates[d]!;
        if (ackSet.has(date)) {
          if (!used.includes(date)) used.push(date);
        } else missing.push(date);
      }
      if (missing.length === 0) continue;
      findings.add({
        code: 'PRESENSI_TIDAK_LENGKAP',
        file: span.name,
        params: {
          scope_id: `Berkas ini (berkas presensi lain mencakup ${calendar.dates[first]!} s.d. ${calendar.dates[last]!})`,
          scope_en: `This file (the other attendance files cover ${calendar.dates[first]!} to ${calendar.dates[last]!})`,
          first: calendar.dates[span.first]!,
          last: calendar.dates[span.last]!,
          dates: listDates(missing),
          raw: missing.join(','),
          code,
        },
      });
    }
    used.sort();
  }
  if (thin.length > 0) {
    findings.add({
      code: 'HARI_TANPA_PRESENSI',
      file: '',
      params: {
        dates: listDates(thin.map((t) => t.date)),
        share: thin.slice(0, MAX_DATES_LISTED).map((t) => t.share).join(', '),
        min: minPercent,
        raw: thin.map((t) => t.date).join(','),
        code,
      },
    });
  }
  if (used.length > 0) {
    const source = [
      ...(used.some((d) => acknowledged.fromOption.includes(d)) ? ['--acknowledge-days'] : []),
      ...(used.some((d) => acknowledged.fromPack.includes(d)) ? ['presensi.tanggal_diakui'] : []),
    ].join(', ');
    findings.add({ code: 'HARI_DIAKUI', file: '', params: { dates: listDates(used), source, code } });
  }
  return used;
}

/** Shares of the employees with working days that have no capaian / perilaku at all, overall and per unit. */
function checkCompleteness(data: PeriodData, findings: FindingCollector): void {
  const { pegawai, calendar, pack } = data;
  const workingMask = workingDayMasks(calendar);
  const overall = { active: 0, noCapaian: 0, noPerilaku: 0 };
  const byUnit = new Map<string, { active: number; noCapaian: number; noPerilaku: number }>();
  for (const e of pegawai.employees) {
    if (e.keteranganTpp !== undefined && pack.tpp.pengecualian.includes(e.keteranganTpp)) continue;
    const working = workingMask(e).includes(1);
    // Held employees are not paid anyway; their rejected rows are not a missing export.
    if (!working || findings.isHeld(e.nip)) continue;
    const override = data.penilaian?.get(e.nip);
    const rated = override?.hasilAkhir !== undefined;
    const noCapaian = !rated && override?.hasilKerja === undefined && !data.capaian.has(e.nip) ? 1 : 0;
    const noPerilaku = !rated && override?.perilaku === undefined && !data.perilaku.has(e.nip) ? 1 : 0;
    let unit = byUnit.get(e.unit);
    if (!unit) byUnit.set(e.unit, (unit = { active: 0, noCapaian: 0, noPerilaku: 0 }));
    for (const counts of [overall, unit]) {
      counts.active += 1;
      counts.noCapaian += noCapaian;
      counts.noPerilaku += noPerilaku;
    }
  }
  if (overall.active === 0) return;
  const share = (n: number, of: number) => Math.round((n * 1000) / of) / 10;
  const limit = (p: { toString(): string }) => Number(p.toString());
  const inputs = [
    { code: 'CAPAIAN_TIDAK_LENGKAP', given: data.hasCapaian, missing: (c: typeof overall) => c.noCapaian, max: limit(pack.masukan.maks_tanpa_capaian_persen) },
    { code: 'PERILAKU_TIDAK_LENGKAP', given: data.hasPerilaku, missing: (c: typeof overall) => c.noPerilaku, max: limit(pack.masukan.maks_tanpa_perilaku_persen) },
  ] as const;
  for (const input of inputs) {
    if (!input.given) continue;
    const missing = input.missing(overall);
    if (missing * 100 > input.max * overall.active) {
      findings.add({
        code: input.code,
        file: '',
        params: {
          count: missing,
          total: overall.active,
          share: share(missing, overall.active),
          max: input.max,
          where_id: '',
          where_en: '',
        },
      });
      continue;
    }
    // Below the agency-wide limit, a whole unit without rows is still a missing export (one OPD's file).
    for (const [unit, counts] of [...byUnit].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const unitMissing = input.missing(counts);
      if (counts.active < MIN_UNIT_FOR_MISSING_EXPORT || unitMissing < counts.active) continue;
      findings.add({
        code: input.code,
        file: '',
        params: { count: unitMissing, total: counts.active, share: 100, max: input.max, where_id: ` di unit ${unit}`, where_en: ` in unit ${unit}` },
      });
    }
  }
}

/**
 * An employee whose tmt dates leave no day of the period (paid nihil) while attendance records them
 * working in it: one of the two is wrong, most often a date read in the other order (`10/12/2026`
 * from a US-locale export is 10 December, meant 12 October). Nihil on it would be a guess: held.
 */
function checkServiceAgainstScans(data: PeriodData, findings: FindingCollector): void {
  const month = monthBounds(data.period.year, data.period.month);
  // From the attendance itself, not from the PRESENSI_LUAR_MASA_KERJA findings: those fold into one
  // line without a NIP past 1,000 employees in a file, and a nihil past them would go unchecked.
  for (const [index, e] of data.pegawai.employees.entries()) {
    const outside = data.attendance.rowsOutsideService(index);
    if (outside.length === 0 || serviceInMonth(e, data.period) !== undefined) continue;
    const field = e.tmtMasuk !== undefined && e.tmtMasuk > month.last ? 'tmt_masuk' : 'tmt_keluar';
    const value = (field === 'tmt_masuk' ? e.tmtMasuk : e.tmtKeluar) ?? '';
    // One finding per employee; with rows in several files its example is the first file by name, its count the files'.
    for (const rows of [...outside].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
      findings.add({ code: 'MASA_KERJA_BERTENTANGAN', file: e.file, row: e.row, column: field, value, nip: e.nip, params: { scan: rows.file, tanggal: data.calendar.dates[rows.firstDay]!, baris: rows.rows } });
    }
  }
}

/**
 * A file in which most NIPs were stored as numbers (`1.98503E+17`): the whole export was saved through a
 * spreadsheet with the NIP column as numbers. One instruction for the file instead of everyone held.
 */
function checkDamagedNipFiles(ledgers: readonly FileLedger[], findings: FindingCollector): void {
  const damaged = new Map<string, number>();
  for (const f of findings.ofCode('NIP_TERPOTONG')) damaged.set(f.file, (damaged.get(f.file) ?? 0) + f.count);
  for (const l of ledgers) {
    const rows = damaged.get(l.name) ?? 0;
    const dataRows = l.used + l.rejected + l.ignored;
    if (rows >= 2 && rows * 2 >= dataRows) findings.add({ code: 'NIP_BERKAS_RUSAK', file: l.name, params: { baris: rows, dari: dataRows } });
  }
}

/** Runs every whole-input check; returns the acknowledged dates that were needed. */
export function checkPeriodInputs(data: PeriodData, ledgers: readonly FileLedger[], acknowledged: AcknowledgedDays, findings: FindingCollector): string[] {
  if (!hasNationalCalendar(data.pack, data.period)) findings.add({ code: 'KALENDER_NASIONAL_TIDAK_ADA', file: '', params: { year: data.period.year } });
  checkEmptyInputs(data, ledgers, findings);
  const used = checkCoverage(data, acknowledged, findings);
  checkCompleteness(data, findings);
  checkServiceAgainstScans(data, findings);
  checkDamagedNipFiles(ledgers, findings);
  return used;
}

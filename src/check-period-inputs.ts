/**
 * Doubts about a whole input, found once everything is read (issue "never pay on a guess"): a
 * required input without data rows, attendance that does not cover the month or leaves working days
 * almost empty, and capaian/perilaku exports that miss too many employees. Each one stops the run
 * (exit 2): paying on them would pay on a guess. Pure: it reads the period's data and adds findings.
 */
import type { PeriodData } from './compute-period.js';
import type { FindingCollector } from './findings.js';
import { neededInputs } from './inputs/discover-inputs.js';
import type { FileLedger } from './inputs/read-table-rows.js';
import type { InputName } from './rules/rule-pack-schema.js';
import { hasNationalCalendar } from './scoring/build-calendar.js';

const MAX_DATES_LISTED = 10;

function listDates(dates: readonly string[]): string {
  const shown = dates.slice(0, MAX_DATES_LISTED).join(', ');
  return dates.length > MAX_DATES_LISTED ? `${shown}, … (+${dates.length - MAX_DATES_LISTED})` : shown;
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
  // Working days per schedule profile, worked out once (this runs for every employee-day).
  const workingByProfile = new Map<string, boolean[]>();
  const workingOf = (profile: string) => {
    let days = workingByProfile.get(profile);
    if (!days) workingByProfile.set(profile, (days = calendar.dates.map((_, d) => calendar.hoursOn(profile, d) !== null)));
    return days;
  };
  for (const i of withRecords) {
    const e = pegawai.employees[i]!;
    const working = workingOf(e.jadwal);
    const bounded = e.tmtMasuk !== undefined || e.tmtKeluar !== undefined;
    for (let d = 0; d < calendar.days; d++) {
      const has = attendance.hasRecord(i, d);
      if (has) {
        if (first < 0 || d < first) first = d;
        if (d > last) last = d;
      }
      if (!working[d]) continue;
      if (bounded) {
        const date = calendar.dates[d]!;
        if ((e.tmtMasuk !== undefined && date < e.tmtMasuk) || (e.tmtKeluar !== undefined && date > e.tmtKeluar)) continue;
      }
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
    const short = recorded[d]! * 100 < minPercent * eligible[d]!;
    if (!beyond && !short) continue;
    if (ackSet.has(date)) {
      used.push(date);
      continue;
    }
    if (beyond) outside.push(date);
    else thin.push({ date, share: `${recorded[d]}/${eligible[d]}` });
  }
  const code = pack.presensi.hari_tanpa_data;
  if (outside.length > 0) {
    findings.add({
      code: 'PRESENSI_TIDAK_LENGKAP',
      file: '',
      params: {
        first: first < 0 ? '-' : calendar.dates[first]!,
        last: last < 0 ? '-' : calendar.dates[last]!,
        dates: listDates(outside),
        raw: outside.join(','),
        code,
      },
    });
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

/** Shares of the employees with working days that have no capaian / perilaku at all. */
function checkCompleteness(data: PeriodData, findings: FindingCollector): void {
  const { pegawai, calendar, pack } = data;
  let active = 0;
  let noCapaian = 0;
  let noPerilaku = 0;
  for (const e of pegawai.employees) {
    if (e.keteranganTpp !== undefined && pack.tpp.pengecualian.includes(e.keteranganTpp)) continue;
    let working = false;
    for (let d = 0; d < calendar.days && !working; d++) {
      const date = calendar.dates[d]!;
      if ((e.tmtMasuk !== undefined && date < e.tmtMasuk) || (e.tmtKeluar !== undefined && date > e.tmtKeluar)) continue;
      working = calendar.hoursOn(e.jadwal, d) !== null;
    }
    // Held employees are not paid anyway; their rejected rows are not a missing export.
    if (!working || findings.isHeld(e.nip)) continue;
    active += 1;
    const override = data.penilaian?.get(e.nip);
    const rated = override?.hasilAkhir !== undefined;
    if (!rated && override?.hasilKerja === undefined && !data.capaian.has(e.nip)) noCapaian += 1;
    if (!rated && override?.perilaku === undefined && !data.perilaku.has(e.nip)) noPerilaku += 1;
  }
  if (active === 0) return;
  const share = (n: number) => Math.round((n * 1000) / active) / 10;
  const limit = (p: { toString(): string }) => Number(p.toString());
  const capaianMax = limit(pack.masukan.maks_tanpa_capaian_persen);
  const perilakuMax = limit(pack.masukan.maks_tanpa_perilaku_persen);
  if (data.hasCapaian && noCapaian * 100 > capaianMax * active) {
    findings.add({ code: 'CAPAIAN_TIDAK_LENGKAP', file: '', params: { count: noCapaian, total: active, share: share(noCapaian), max: capaianMax } });
  }
  if (data.hasPerilaku && noPerilaku * 100 > perilakuMax * active) {
    findings.add({ code: 'PERILAKU_TIDAK_LENGKAP', file: '', params: { count: noPerilaku, total: active, share: share(noPerilaku), max: perilakuMax } });
  }
}

/** Runs every whole-input check; returns the acknowledged dates that were needed. */
export function checkPeriodInputs(data: PeriodData, ledgers: readonly FileLedger[], acknowledged: AcknowledgedDays, findings: FindingCollector): string[] {
  if (!hasNationalCalendar(data.pack, data.period)) findings.add({ code: 'KALENDER_NASIONAL_TIDAK_ADA', file: '', params: { year: data.period.year } });
  checkEmptyInputs(data, ledgers, findings);
  const used = checkCoverage(data, acknowledged, findings);
  checkCompleteness(data, findings);
  return used;
}

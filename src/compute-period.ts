/**
 * The computation of a period (SPEC §4), pure: from the inputs as read to per-employee and per-unit
 * results. Findings about employees that only computing reveals (no attendance at all, no SKP) are
 * added before pay is decided, so an error here still holds the employee.
 */
import type { GivenRating, Period, Predikat, Rating } from './domain.js';
import { PREDIKAT } from './domain.js';
import { Exact } from './exact.js';
import type { FindingCode, FindingCollector } from './findings.js';
import type { AttendanceLedger } from './inputs/attendance-ledger.js';
import type { Indikator } from './inputs/capaian.js';
import type { Hukdis } from './inputs/hukdis.js';
import type { Pegawai, PegawaiTable } from './inputs/pegawai.js';
import type { Penilai } from './inputs/perilaku.js';
import type { UnitRecord } from './inputs/unit.js';
import type { DayCode, DayCodeTable } from './rules/day-codes.js';
import type { RulePack } from './rules/rule-pack-schema.js';
import { workingDaysOf, type Calendar } from './scoring/build-calendar.js';
import { computeDiscipline, type DisciplineResult } from './scoring/compute-discipline.js';
import { computeHasilKerja, type HasilKerjaResult } from './scoring/compute-hasil-kerja.js';
import { computePerilaku, type PerilakuResult } from './scoring/compute-perilaku.js';
import { nilaiKinerjaOf, predikatFromMatrix, predikatFromNumber } from './scoring/decide-predikat.js';
import { addToTotals, emptyTotals, summarizeUnits, type MoneyTotals, type UnitResult } from './scoring/summarize-units.js';
import { computeTpp, type TppResult } from './tpp/compute-tpp.js';

/** Ratings already given elsewhere (the `penilaian` input), which override the computed ones. */
export interface RatingOverride {
  hasilKerja?: GivenRating;
  perilaku?: GivenRating;
  hasilAkhir?: Exclude<Predikat, 'TIDAK_DINILAI'>;
  file: string;
  row: number;
}

/** Everything read for a period. */
export interface PeriodData {
  period: Period;
  pack: RulePack;
  calendar: Calendar;
  codes: DayCodeTable;
  pegawai: PegawaiTable;
  attendance: AttendanceLedger;
  capaian: ReadonlyMap<string, readonly Indikator[]>;
  perilaku: ReadonlyMap<string, readonly Penilai[]>;
  hukdis: ReadonlyMap<string, readonly Hukdis[]>;
  /** The unit file, when one was given. */
  units?: ReadonlyMap<string, UnitRecord>;
  penilaian?: ReadonlyMap<string, RatingOverride>;
  /** Whether a capaian / perilaku input was given (a pack paying on discipline alone may omit them). */
  hasCapaian: boolean;
  hasPerilaku: boolean;
}

/** All results of one employee. */
export interface EmployeeResult {
  pegawai: Pegawai;
  hariKerja: number;
  /** Working days of a full month on the employee's schedule (pro-rata denominator). */
  hariKerjaPenuh: number;
  hariBayar: number;
  /** Absent for an employee without attendance (PRESENSI_TIDAK_ADA) or without working days. */
  disiplin?: DisciplineResult;
  hasilKerja: HasilKerjaResult;
  perilaku: PerilakuResult;
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  predikat: Predikat;
  /** Where the predikat came from. */
  sumberPredikat: 'matriks' | 'angka' | 'penilaian';
  nilaiKinerja?: Exact;
  tpp: TppResult;
  /** Sorted reason codes (findings' codes and nihil reasons). */
  keterangan: string[];
}

/** Results of a period. */
export interface PeriodResults {
  employees: EmployeeResult[];
  units: UnitResult[];
  totals: MoneyTotals;
  counts: { pegawai: number; dibayar: number; ditahan: number; nihil: number };
  predikat: Record<Predikat, number>;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Dates a message lists before it says how many more there are. */
export const MAX_DATES_LISTED = 10;

/** Dates for a message: the first MAX_DATES_LISTED, then how many more. */
export function listDates(dates: readonly string[]): string {
  const shown = dates.slice(0, MAX_DATES_LISTED).join(', ');
  return dates.length > MAX_DATES_LISTED ? `${shown}, … (+${dates.length - MAX_DATES_LISTED})` : shown;
}

/** What every employee of a period shares, worked out once per period rather than per employee. */
interface PeriodShared {
  /** Working days of the whole month by schedule (most employees have no service dates). */
  fullMonth: Map<string, number[]>;
  /** Working days by schedule and service dates. */
  workingDays: Map<string, number[]>;
  hariTanpaData: DayCode;
}

const sharedByPeriod = new WeakMap<PeriodData, PeriodShared>();

function sharedOf(data: PeriodData): PeriodShared {
  let shared = sharedByPeriod.get(data);
  if (!shared) {
    shared = { fullMonth: new Map(), workingDays: new Map(), hariTanpaData: data.codes.lookup(data.pack.presensi.hari_tanpa_data)! };
    sharedByPeriod.set(data, shared);
  }
  return shared;
}

function workingDaysShared(data: PeriodData, profile: string, tmtMasuk?: string, tmtKeluar?: string): readonly number[] {
  if (tmtMasuk === undefined && tmtKeluar === undefined) {
    const full = sharedOf(data).fullMonth;
    let days = full.get(profile);
    if (!days) full.set(profile, (days = workingDaysOf(data.calendar, profile)));
    return days;
  }
  const cache = sharedOf(data).workingDays;
  const key = `${profile}\u0000${tmtMasuk ?? ''}\u0000${tmtKeluar ?? ''}`;
  let days = cache.get(key);
  if (!days) cache.set(key, (days = workingDaysOf(data.calendar, profile, tmtMasuk, tmtKeluar)));
  return days;
}

/** Computes one employee (`withDetails` keeps each day's deductions, for `jelaskan`). */
export function computeEmployee(data: PeriodData, index: number, findings: FindingCollector, withDetails = false): EmployeeResult {
  const { pack, calendar } = data;
  const e = data.pegawai.employees[index]!;
  const workingDays = workingDaysShared(data, e.jadwal, e.tmtMasuk, e.tmtKeluar);
  const hariKerja = workingDays.length;
  const hariKerjaPenuh = workingDaysShared(data, e.jadwal).length;
  const excluded = e.keteranganTpp !== undefined && pack.tpp.pengecualian.includes(e.keteranganTpp);
  const active = hariKerja > 0 && !excluded;
  const runFinding = (code: FindingCode, params?: Record<string, string | number>) =>
    findings.add({ code, file: '', nip: e.nip, ...(params ? { params } : {}) });

  let disiplin: DisciplineResult | undefined;
  if (hariKerja > 0 && data.attendance.hasRows(index)) {
    disiplin = computeDiscipline({
      calendar,
      pack,
      jadwal: e.jadwal,
      workingDays,
      ledger: data.attendance,
      employeeIndex: index,
      hariTanpaData: sharedOf(data).hariTanpaData,
      withDetails,
    });
    // In a stopped run nothing is counted: days "counted as TK" would only mislead.
    if (disiplin.tanpaCatatan.length > 0 && !data.attendance.columnsStopped && !findings.stopsRun) {
      runFinding('PRESENSI_KOSONG', { count: disiplin.tanpaCatatan.length, code: pack.presensi.hari_tanpa_data, dates: listDates(disiplin.tanpaCatatan) });
    }
  } else if (active && !data.attendance.columnsStopped) {
    // SPEC §2.4: a missing export must not turn into a month of TK.
    runFinding('PRESENSI_TIDAK_ADA');
  }
  const hariBayar = Math.max(0, hariKerja - (disiplin?.tidakDibayar ?? 0));

  const indicators = data.capaian.get(e.nip) ?? [];
  if (data.hasCapaian && active && indicators.length === 0) runFinding('SKP_TIDAK_ADA');
  const hasilKerja = computeHasilKerja(indicators, pack);
  if (indicators.length > 0 && hasilKerja.capaianSkp === undefined) runFinding('SKP_TANPA_UTAMA');

  const raters = data.perilaku.get(e.nip) ?? [];
  if (data.hasPerilaku && active && raters.length === 0) runFinding('PERILAKU_TIDAK_ADA');
  const perilaku = computePerilaku(raters, pack);
  if (raters.length > 0 && perilaku.nilai === undefined) runFinding('PERILAKU_TANPA_ATASAN');

  const override = data.penilaian?.get(e.nip);
  const ratingHasilKerja: Rating = override?.hasilKerja ?? hasilKerja.rating;
  const ratingPerilaku: Rating = override?.perilaku ?? perilaku.rating;
  const nilaiKinerja = nilaiKinerjaOf(hasilKerja.nilaiSkp, perilaku.nilai, pack);
  let predikat: Predikat;
  let sumberPredikat: EmployeeResult['sumberPredikat'];
  if (override?.hasilAkhir) {
    predikat = override.hasilAkhir;
    sumberPredikat = 'penilaian';
  } else if (pack.kinerja.metode === 'angka') {
    predikat = predikatFromNumber(nilaiKinerja, hasilKerja.inovasi, pack);
    sumberPredikat = 'angka';
  } else {
    predikat = predikatFromMatrix(ratingHasilKerja, ratingPerilaku);
    sumberPredikat = override?.hasilKerja || override?.perilaku ? 'penilaian' : 'matriks';
  }

  const pagu = e.tppPagu ?? (e.kelasJabatan === undefined ? undefined : pack.tpp.pagu_per_kelas[String(e.kelasJabatan)]);
  const sanctions = data.hukdis.get(e.nip) ?? [];
  const persenHukdis = sanctions.reduce((max, h) => h.persen.max(max), Exact.ZERO);
  // One object shape for every employee (absent values as undefined, which computeTpp reads the same
  // way): conditional spreads here made each call a slow generic object copy.
  const tpp = computeTpp(
    {
      pagu,
      status: e.status,
      hariBayar,
      hariKerjaPenuh,
      tk: disiplin?.tk ?? 0,
      keteranganTpp: e.keteranganTpp,
      nilai: {
        nilai_disiplin: disiplin?.nilai,
        capaian_skp: hasilKerja.capaianSkp,
        nilai_perilaku: perilaku.nilai,
        nilai_kinerja: nilaiKinerja,
      },
      faktorPredikat: pack.tpp.faktor_predikat[predikat],
      persenHukdis,
      held: findings.isHeld(e.nip),
      golongan: e.golongan || undefined,
      statusPtkp: e.statusPtkp || undefined,
      gaji: e.gaji,
      penghasilanBruto: e.penghasilanBruto,
    },
    pack,
  );
  if (tpp.pph21Kurang !== undefined) {
    findings.add({ code: 'PPH21_MELEBIHI_TPP', file: e.file, row: e.row, nip: e.nip, params: { pajak: tpp.pph21 + tpp.pph21Kurang, dipotong: tpp.pph21, kurang: tpp.pph21Kurang } });
  }
  if (tpp.statusBayar === 'dibayar' && e.gaji === undefined) {
    findings.add({ code: 'GAJI_KOSONG', file: e.file, row: e.row, column: 'gaji', value: '', nip: e.nip });
  }
  return {
    pegawai: e,
    hariKerja,
    hariKerjaPenuh,
    hariBayar,
    disiplin,
    hasilKerja,
    perilaku,
    ratingHasilKerja,
    ratingPerilaku,
    predikat,
    sumberPredikat,
    nilaiKinerja,
    tpp,
    keterangan: [],
  };
}

/** The reason codes shown in `keterangan`: errors, warnings and holds of the employee, and nihil reasons. */
export function keteranganOf(result: EmployeeResult, findings: FindingCollector): string[] {
  const nip = result.pegawai.nip;
  const own = findings.codesFor(nip, ['error', 'peringatan']);
  const held = findings.holdCodes(nip);
  // Most employees have nothing to list.
  if (own.length === 0 && held.length === 0 && result.tpp.alasanNihil.length === 0) return [];
  const codes = new Set<string>([
    ...own,
    ...held,
    ...result.tpp.alasanNihil,
  ]);
  return [...codes].sort(byCodePoint);
}

/** Computes every employee and unit of the period (`details`: NIPs whose day-by-day deductions to keep). */
export function computePeriod(
  data: PeriodData,
  findings: FindingCollector,
  onProgress?: (done: number) => void,
  details: ReadonlySet<string> = new Set(),
): PeriodResults {
  const employees: EmployeeResult[] = [];
  const count = data.pegawai.employees.length;
  for (let i = 0; i < count; i++) {
    employees.push(computeEmployee(data, i, findings, details.has(data.pegawai.employees[i]!.nip)));
    if (onProgress && (i + 1) % 5000 === 0) onProgress(i + 1);
  }
  if (data.units) {
    const firstRow = new Map<string, Pegawai>();
    for (const r of employees) if (!firstRow.has(r.pegawai.unit)) firstRow.set(r.pegawai.unit, r.pegawai);
    for (const [unit, e] of firstRow) {
      if (!data.units.has(unit)) findings.add({ code: 'UNIT_TIDAK_DIKENAL', file: e.file, row: e.row, column: 'unit', value: unit });
    }
  } else {
    findings.add({ code: 'KURVA_TIDAK_DICEK', file: '' });
  }
  const unitSummary = summarizeUnits(
    employees.map((r) => ({
      nip: r.pegawai.nip,
      unit: r.pegawai.unit,
      predikat: r.predikat,
      hariKerja: r.hariKerja,
      nilaiDisiplin: r.disiplin?.nilai,
      capaianSkp: r.hasilKerja.capaianSkp,
      tppBruto: r.tpp.tppBruto,
      pph21: r.tpp.pph21,
      bpjsPegawai: r.tpp.bpjsPegawai,
      bpjsPemda: r.tpp.bpjsPemda,
      tppNetto: r.tpp.tppNetto,
    })),
    data.units,
    data.pack,
  );
  for (const f of unitSummary.findings) findings.add(f);

  const totals = emptyTotals();
  const counts = { pegawai: employees.length, dibayar: 0, ditahan: 0, nihil: 0 };
  const predikat = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const r of employees) {
    r.keterangan = keteranganOf(r, findings);
    addToTotals(totals, r.tpp);
    counts[r.tpp.statusBayar] += 1;
    predikat[r.predikat] += 1;
  }
  employees.sort((a, b) => byCodePoint(a.pegawai.unit, b.pegawai.unit) || byCodePoint(a.pegawai.nip, b.pegawai.nip));
  return { employees, units: unitSummary.units, totals, counts, predikat };
}

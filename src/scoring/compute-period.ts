/**
 * The computation of a period (SPEC §4), pure: from the inputs as read to per-employee and per-unit
 * results. Findings about employees that only computing reveals (no attendance at all, no SKP) are
 * added before pay is decided, so an error here still holds the employee.
 */
import type { Predikat, Rating } from '../model/domain.js';
import { PREDIKAT } from '../model/domain.js';
import { Exact } from '../exact.js';
import type { FindingCode, FindingCollector } from '../findings.js';
import type { DayCode } from '../rules/day-codes.js';
import { computeDiscipline, summaryLateConversionIsGuess } from './compute-discipline.js';
import { computeAktivitas } from './compute-aktivitas.js';
import { computeHasilKerja } from './compute-hasil-kerja.js';
import { computePerilaku } from './compute-perilaku.js';
import { nilaiKinerjaOf, predikatFromMatrix, predikatFromNumber } from './decide-predikat.js';
import { addToTotals, emptyTotals, summarizeUnits } from './summarize-units.js';
import { createTppCalculator, type TppCalculator } from '../tpp/compute-tpp.js';
import { createExactPool, type ExactPool } from './exact-pool.js';
import { presenceGateOf } from './presence-gate.js';
import { paidDaysCut, summaryDaysUnderPayRules } from './paid-days-cut.js';
import { leavesDaysUnpaid, segmentDays } from './segment-days.js';
import { pltInputOf } from './plt-input.js';
import { paguFor } from '../rules/pagu.js';
import type { Hukdis, Pegawai, Segmen } from '../model/records.js';
import { lastDayOfMonths } from '../model/local-date.js';
import type { DecemberTax, PeriodData } from '../model/period.js';
import { monthsMissingFor } from '../tpp/compute-pph21-tahunan.js';
import type { DisciplineResult, EmployeeResult, PeriodResults, SegmentDays } from '../model/results.js';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Dates a message lists before it says how many more there are. */
export const MAX_DATES_LISTED = 10;

/** Dates for a message: the first MAX_DATES_LISTED, then how many more. */
export function listDates(dates: readonly string[]): string {
  const shown = dates.slice(0, MAX_DATES_LISTED).join(', ');
  return dates.length > MAX_DATES_LISTED ? `${shown}, … (+${dates.length - MAX_DATES_LISTED})` : shown;
}

/**
 * December's annual PPh 21 input for one employee, or undefined (TER) when the year's archive is
 * incomplete (the run-level warning says so) or the employee's own months have a gap or arrears.
 */
function decemberTaxOf(data: PeriodData, e: Pegawai, findings: FindingCollector, runFinding: (code: FindingCode, params?: Record<string, string | number>) => void): DecemberTax | undefined {
  const year = data.pph21Tahun;
  if (year === undefined || year.bulanKurang.length > 0) return undefined;
  const prior = year.byNip.get(e.nip);
  const missing = monthsMissingFor(prior);
  if (missing.length > 0 || prior?.adaRapel === true) {
    runFinding('PPH21_DESEMBER_TER', { bulan: missing.join(', '), sebab: missing.length > 0 ? 'pegawai' : 'rapel' });
    return undefined;
  }
  // null: written but unreadable, already an error that holds the employee.
  if (e.iuranPensiun === null) return undefined;
  if (e.iuranPensiun === undefined) {
    // An empty cell holds this employee; a file without the column stops the run (IURAN_PENSIUN_TIDAK_ADA).
    if (e.iuranPensiunKosong !== undefined) findings.add({ code: 'IURAN_PENSIUN_KOSONG', file: e.file, row: e.row, nip: e.nip, column: e.iuranPensiunKosong, value: '' });
    return undefined;
  }
  return { prior, iuranPensiun: e.iuranPensiun };
}

/** What every employee of a period shares, worked out once per period rather than per employee. */
interface PeriodShared {
  hariTanpaData: DayCode;
  /** One instance per distinct exact score, for this run. */
  pool: ExactPool;
  tpp: TppCalculator;
}

/** Computes one employee (`withDetails` keeps each day's deductions, for `jelaskan`). */
function computeEmployee(data: PeriodData, shared: PeriodShared, index: number, findings: FindingCollector, withDetails = false): EmployeeResult {
  const { pack, calendar } = data;
  const e = data.pegawai.employees[index]!;
  // A roster replaces the profile: its shifts are the working days, and the month's full days too.
  const schedule = calendar.scheduleOf(e);
  const workingDays = calendar.workingDays(schedule, e.tmtMasuk, e.tmtKeluar);
  const hariKerja = workingDays.length;
  const hariKerjaPenuh = calendar.workingDays(schedule).length;
  const excluded = e.keteranganTpp !== undefined && pack.tpp.pengecualian.includes(e.keteranganTpp);
  const active = hariKerja > 0 && !excluded;
  const runFinding = (code: FindingCode, params?: Record<string, string | number>) =>
    findings.add({ code, file: '', nip: e.nip, ...(params ? { params } : {}) });

  let disiplin: DisciplineResult | undefined;
  if (hariKerja > 0 && data.attendance.hasRows(index)) {
    disiplin = computeDiscipline({
      calendar,
      pack,
      jadwal: schedule,
      workingDays,
      attendance: data.attendance,
      employeeIndex: index,
      hariTanpaData: shared.hariTanpaData,
      pool: shared.pool,
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
  const sanctions = data.hukdis.get(e.nip) ?? [];
  // A sanction type counted in points comes off the discipline score, not off the money.
  const poinHukdis = sanctions.reduce((sum, h) => (h.poinDisiplin ? sum.add(h.poinDisiplin) : sum), Exact.ZERO);
  if (disiplin && !poinHukdis.isZero()) {
    const potongan = disiplin.potongan.add(poinHukdis);
    disiplin = { ...disiplin, poinHukdis, potongan, nilai: Exact.HUNDRED.sub(potongan).max(Exact.ZERO) };
  }
  const summary = data.attendance.summaries.get(index);
  const unruled = active && summary ? summaryDaysUnderPayRules(summary, data.codes) : [];
  // The pack pays these days by their dates or kelas; a summary cannot say which they are: held, not guessed.
  if (unruled.length > 0) runFinding('REKAP_ATURAN_BAYAR', { codes: unruled.map((u) => `${u.code} ${u.days}`).join(', ') });
  if (active && summary && summaryLateConversionIsGuess(summary, pack)) runFinding('REKAP_TERLAMBAT_TAK_TENTU', { per_tk: pack.presensi.terlambat_per_tk ?? 0 });
  const hariBayar = Math.max(0, hariKerja - (disiplin?.tidakDibayar ?? 0));
  const kehadiran = presenceGateOf(disiplin, hariBayar, pack);
  const berturut = pack.presensi.tk_berturut_peringatan;
  if (disiplin && berturut !== null && disiplin.tkBerturut >= berturut && !findings.stopsRun) {
    runFinding('TK_BERTURUT', { count: disiplin.tkBerturut, date: disiplin.tkBerturutDari ?? '', limit: berturut });
  }

  const indicators = data.capaian.get(e.nip) ?? [];
  if (data.hasCapaian && active && indicators.length === 0) runFinding('SKP_TIDAK_ADA');
  const hasilKerja = computeHasilKerja(indicators, pack, shared.pool);
  if (indicators.length > 0 && hasilKerja.capaianSkp === undefined) runFinding('SKP_TANPA_UTAMA');

  const raters = data.perilaku.get(e.nip) ?? [];
  if (data.hasPerilaku && active && raters.length === 0) runFinding('PERILAKU_TIDAK_ADA');
  const perilaku = computePerilaku(raters, pack, shared.pool);
  if (raters.length > 0 && perilaku.nilai === undefined) runFinding('PERILAKU_TANPA_ATASAN');

  // A missing export must not turn into no activity (a 0 base): held, like PRESENSI_TIDAK_ADA.
  const aktivitasTotal = data.aktivitas?.get(e.nip);
  if (active && !aktivitasTotal && pack.tpp.komponen.some((k) => k.dasar === 'aktivitas')) runFinding('AKTIVITAS_TIDAK_ADA');
  const aktivitas = computeAktivitas(aktivitasTotal, pack.aktivitas, hariKerja);

  const override = data.penilaian?.get(e.nip);
  const ratingHasilKerja: Rating = override?.hasilKerja ?? hasilKerja.rating;
  const ratingPerilaku: Rating = override?.perilaku ?? perilaku.rating;
  // cara_label: mayoritas counts labels; an aspect scored with a number leaves the majority unknown,
  // which matters when the matrix uses the computed rating (not under angka or a given rating).
  const usesRating = pack.kinerja.metode === 'matriks' && !override?.hasilAkhir && !override?.perilaku;
  if (usesRating && perilaku.mayoritas && perilaku.mayoritas.bukanLabel > 0) runFinding('PERILAKU_BUKAN_LABEL', { count: perilaku.mayoritas.bukanLabel });
  const nilaiKinerja = nilaiKinerjaOf(hasilKerja.nilaiSkp, perilaku.nilai, pack);
  let predikat: Predikat;
  let sumberPredikat: EmployeeResult['sumberPredikat'];
  if (override?.hasilAkhir) {
    predikat = override.hasilAkhir;
    sumberPredikat = 'penilaian';
    if (override.hasilKerja && override.perilaku) {
      const matrix = predikatFromMatrix(override.hasilKerja, override.perilaku);
      if (matrix !== predikat) {
        findings.add({ code: 'PREDIKAT_BEDA_MATRIKS', file: override.file, row: override.row, column: 'hasil_akhir', value: predikat, nip: e.nip, params: { matrix } });
      }
    }
  } else if (pack.kinerja.metode === 'angka') {
    predikat = predikatFromNumber(nilaiKinerja, hasilKerja.inovasi, pack);
    sumberPredikat = 'angka';
  } else {
    predikat = predikatFromMatrix(ratingHasilKerja, ratingPerilaku);
    sumberPredikat = override?.hasilKerja || override?.perilaku ? 'penilaian' : 'matriks';
  }

  const paguOf = (p: Pick<Pegawai, 'tppPagu' | 'kelasJabatan' | 'jenisJabatan' | 'unit'>) => {
    if (p.tppPagu !== undefined) return p.tppPagu;
    const choice = paguFor(pack, data.period, p);
    // Two rows of tpp.pagu fit equally, or the one in force changes within the month: held, not guessed.
    if (choice.kind === 'ragu' && active) runFinding('PAGU_TIDAK_PASTI', { kelas: p.kelasJabatan ?? '', rows: choice.baris.map((i) => `tpp.pagu[${i}]`).join(', '), alasan: choice.alasan });
    return choice.kind === 'found' ? choice.jumlah : undefined;
  };
  const pagu = paguOf(e);
  const segmen = e.segmen && hariKerja > 0 ? daysOfSegments(data, shared, index, e.segmen, workingDays, disiplin, paguOf, runFinding) : undefined;
  const persenHukdis = sanctions.reduce((max, h) => sanctionShare(h, workingDays, calendar, pack).max(max), Exact.ZERO);
  // One object shape for every employee (absent values as undefined, which the calculator reads the same
  // way): conditional spreads here made each call a slow generic object copy.
  const potonganHariBayar = segmen ? segmen.reduce((sum, s) => sum.add(s.potonganHariBayar), Exact.ZERO) : paidDaysCut(disiplin, pagu, pack);
  // Acting posts (Plt/Plh): before pay is decided, since a doubt about them holds the employee.
  const plt = active ? pltInputOf(data.plt?.get(e.nip), e, pack, calendar, disiplin, potonganHariBayar, findings) : undefined;
  // An acting post on top of a post change within the month: which own ceiling it is measured against is a guess.
  if (plt && plt.periods.length > 0 && segmen) runFinding('PLT_SEGMEN');
  const desember = active ? decemberTaxOf(data, e, findings, runFinding) : undefined;
  const tpp = shared.tpp.compute({
    pagu,
    status: e.status,
    hariBayar,
    potonganHariBayar,
    hariKerjaPenuh,
    tk: disiplin?.tk ?? 0,
    keteranganTpp: e.keteranganTpp,
    nilai: {
      nilai_disiplin: disiplin?.nilai,
      capaian_skp: hasilKerja.capaianSkpBayar,
      nilai_perilaku: perilaku.nilaiBayar,
      nilai_kinerja: nilaiKinerja,
      aktivitas: aktivitas?.nilai,
    },
    faktorPredikat: pack.tpp.faktor_predikat[predikat],
    persenGerbang: kehadiran?.persenBayar,
    persenHukdis,
    // Only when a sanction cuts named components: the calculator then works out each part's percent.
    sanksi: sanctions.some((h) => h.komponen) ? sanctions.map((h) => ({ persen: sanctionShare(h, workingDays, calendar, pack), komponen: h.komponen })) : undefined,
    held: findings.isHeld(e.nip),
    golongan: e.golongan || undefined,
    statusPtkp: e.statusPtkp || undefined,
    gaji: e.gaji,
    penghasilanBruto: e.penghasilanBruto,
    segmen: segmen?.map((s) => ({ pagu: paguOf(s.segmen), status: s.segmen.status, hariBayar: s.hariBayar, potonganHariBayar: s.potonganHariBayar })),
    plt,
    desember,
  });
  if (tpp.pph21Detail?.metode === 'tahunan' && tpp.pph21 < 0) runFinding('PPH21_DESEMBER_KEMBALI', { kembali: -tpp.pph21, dipotong: tpp.pph21Detail.dipotong, pajak: tpp.pph21Detail.pajakTpp });
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
    potonganHariBayar,
    disiplin,
    hasilKerja,
    perilaku,
    ratingHasilKerja,
    ratingPerilaku,
    predikat,
    sumberPredikat,
    nilaiKinerja,
    kehadiran,
    tpp,
    shift: calendar.isRoster(schedule),
    segmen,
    aktivitas,
    keterangan: [],
  };
}

/**
 * The days of each segment of an employee whose post changed within the month, reported as
 * PEGAWAI_BERSEGMEN. A monthly summary cannot say in which segment its unpaid or partly paid days fall:
 * then the employee is held (SEGMEN_REKAP).
 */
function daysOfSegments(
  data: PeriodData,
  shared: PeriodShared,
  index: number,
  segments: readonly Segmen[],
  workingDays: readonly number[],
  disiplin: DisciplineResult | undefined,
  paguOf: (s: Segmen) => number | undefined,
  runFinding: (code: FindingCode, params?: Record<string, string | number>) => void,
): SegmentDays[] {
  const { pack, calendar } = data;
  const e = data.pegawai.employees[index]!;
  const summary = data.attendance.summaries.get(index);
  if (summary && leavesDaysUnpaid(disiplin)) runFinding('SEGMEN_REKAP', { count: segments.length });
  const unpaidUpTo =
    disiplin && !summary
      ? (days: readonly number[]) =>
          computeDiscipline({ calendar, pack, jadwal: calendar.scheduleOf(e), workingDays: days, attendance: data.attendance, employeeIndex: index, hariTanpaData: shared.hariTanpaData, pool: shared.pool })
      : undefined;
  const days = segmentDays(segments, workingDays, calendar, paguOf, pack, unpaidUpTo);
  runFinding('PEGAWAI_BERSEGMEN', {
    count: segments.length,
    segments: days.map((d) => `${d.segmen.dari} s.d. ${d.segmen.sampai} ${d.segmen.unit}${d.segmen.kelasJabatan !== undefined ? ` kelas ${d.segmen.kelasJabatan}` : ''} ${d.segmen.status}, ${d.hariKerja} hari kerja`).join('; '),
    unit: e.unit,
  });
  return days;
}

/**
 * The percent a sanction cuts this month: its own, or under `hukdis.mulai_tengah_bulan: pro_rata` its
 * share of the employee's working days from tmt to the day before tmt + lama_bulan months.
 */
function sanctionShare(h: Hukdis, workingDays: readonly number[], calendar: PeriodData['calendar'], pack: PeriodData['pack']): Exact {
  if (pack.hukdis.mulai_tengah_bulan !== 'pro_rata' || workingDays.length === 0) return h.persen;
  const last = lastDayOfMonths(h.tmt, h.lamaBulan);
  const under = workingDays.filter((d) => calendar.dates[d]! >= h.tmt && calendar.dates[d]! <= last).length;
  return under === workingDays.length ? h.persen : h.persen.mul(Exact.of(under, workingDays.length));
}

/** The reason codes shown in `keterangan`: errors, warnings and holds of the employee, and nihil reasons. */
function keteranganOf(result: EmployeeResult, findings: FindingCollector): string[] {
  const nip = result.pegawai.nip;
  const own = findings.codesFor(nip, ['error', 'peringatan']);
  const held = findings.holdCodes(nip);
  // Most employees have nothing to list.
  if (own.length === 0 && held.length === 0 && result.tpp.alasanNihil.length === 0 && !result.segmen) return [];
  const codes = new Set<string>([
    ...own,
    ...held,
    ...result.tpp.alasanNihil,
    // The line is paid on several posts and counted in the last one's unit: the reader must see why.
    ...(result.segmen ? ['PEGAWAI_BERSEGMEN'] : []),
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
  const shared: PeriodShared = { hariTanpaData: data.codes.lookup(data.pack.presensi.hari_tanpa_data)!, pool: createExactPool(), tpp: createTppCalculator(data.pack) };
  const count = data.pegawai.employees.length;
  for (let i = 0; i < count; i++) {
    employees.push(computeEmployee(data, shared, i, findings, details.has(data.pegawai.employees[i]!.nip)));
    if (onProgress && (i + 1) % 5000 === 0) onProgress(i + 1);
  }
  if (data.units) {
    const firstRow = new Map<string, Pegawai>();
    for (const r of employees) {
      // A segment's unit points at the row that gave it (a mutasi row, or the staff row of that post).
      for (const s of r.pegawai.segmen ?? []) if (!firstRow.has(s.unit)) firstRow.set(s.unit, { ...r.pegawai, file: s.file, row: s.row });
      if (!firstRow.has(r.pegawai.unit)) firstRow.set(r.pegawai.unit, r.pegawai);
    }
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
      pph21Ditanggung: r.tpp.pph21Ditanggung,
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

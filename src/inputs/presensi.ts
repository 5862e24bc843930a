/**
 * Attendance (`presensi`, SPEC §2.4) in its three shapes, detected from the headers: punch log (raw
 * machine scans, with or without a header), monthly summary (counts), else daily log. Rows are
 * folded into the attendance ledger as they are read.
 */
import type { Period } from '../model/domain.js';
import { formatPeriod } from '../model/domain.js';
import { formatDate, formatTime, weekdayOf } from '../model/local-date.js';
import type { FindingCollector } from '../findings.js';
import { cellText, type Cell, type TableRow } from '../readers/cell.js';
import { parseDateCell } from '../readers/parse-date.js';
import { parseTimeText } from '../readers/parse-time.js';
import type { Table } from '../readers/table.js';
import type { DayCodeTable } from '../rules/day-codes.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { AttendanceGrid } from './attendance-grid.js';
import { hasRequiredFields, headerlessMap, mapHeader, packHeaderNames, type FieldSpecs } from './header-map.js';
import { EmployeeMatcher } from './match-employee.js';
import { mapSummaryByMeaning, PresensiShapeCheck } from './presensi-shape.js';
import { newLedger, readTableRows, type DataRow, type ReadPlan, type ShapeMatch } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { AttendanceSummary } from '../model/attendance.js';
import type { Calendar } from '../model/calendar.js';
import type { Pegawai, PegawaiTable } from '../model/records.js';
import type { FileLedger, RowBucket } from '../model/row-accounting.js';

export const DAILY_FIELDS = {
  nip: { aliases: ['nip', 'nip_baru'], required: true },
  tanggal: { aliases: ['tanggal', 'tgl', 'date'], required: true },
  jam_masuk: { aliases: ['scan_masuk', 'jam_masuk', 'masuk', 'jam_datang', 'datang'] },
  // `pulang_cepat` is a monthly-summary count, never this column (aliases match whole headers).
  jam_pulang: { aliases: ['scan_pulang', 'jam_pulang', 'pulang', 'jam_keluar'] },
  kode: { aliases: ['kode', 'keterangan', 'pengecualian', 'status'] },
} as const satisfies FieldSpecs<string>;
type DailyField = keyof typeof DAILY_FIELDS;

export const PUNCH_FIELDS = {
  nip: { aliases: ['nip', 'nip_baru'] },
  pin: { aliases: ['pin', 'no_id', 'user_id', 'userid', 'id_mesin', 'badgenumber'] },
  waktu: { aliases: ['waktu', 'datetime', 'tanggal_jam', 'scan', 'check_time', 'checktime', 'date_time', 'waktu_scan'], required: true },
  status: { aliases: ['status', 'state', 'checktype', 'check_type'] },
} as const satisfies FieldSpecs<string>;
type PunchField = keyof typeof PUNCH_FIELDS;

/** Any field of the three shapes; the summary's band counts are named by the pack, so any text. */
type PresensiField = string;

export function summaryFields(pack: RulePack): FieldSpecs<string> {
  const specs: Record<string, { aliases: string[]; required?: boolean }> = {
    nip: { aliases: ['nip', 'nip_baru'], required: true },
    hari_kerja: { aliases: ['hari_kerja', 'jumlah_hari_kerja', 'jhk'] },
    hadir: { aliases: ['hadir', 'jumlah_hadir'] },
    tk: { aliases: ['tk', 'tanpa_keterangan', 'alpa', 'alpha', 'alfa'] },
    izin: { aliases: ['izin', 'ijin'] },
    sakit: { aliases: ['sakit'] },
    cuti: { aliases: ['cuti'] },
    dinas_luar: { aliases: ['dinas_luar', 'dl'] },
    cltn: { aliases: ['cltn'] },
    tb: { aliases: ['tb', 'tugas_belajar'] },
  };
  for (const band of [...pack.presensi.terlambat, ...pack.presensi.pulang_cepat]) {
    const key = band.kode.toLowerCase();
    specs[key] = { aliases: [key] };
  }
  return specs;
}

const PUNCH_TEXT = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Recognises a headerless punch log: `PIN <date time> …` or `PIN <date> <time> …`. */
function headerlessPunch(rows: readonly TableRow[]): ShapeMatch<PunchField> | undefined {
  if (rows.length === 0) return undefined;
  const looksLikeScan = (r: TableRow) => {
    const [pin, a, b] = r.cells.map((c) => cellText(c));
    if (!pin || !/^\d+$/.test(pin)) return false;
    return (a !== undefined && PUNCH_TEXT.test(a)) || (a !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(a) && b !== undefined && /^\d{1,2}:\d{2}/.test(b));
  };
  if (!rows.every(looksLikeScan)) return undefined;
  const width = Math.max(...rows.map((r) => r.cells.length));
  return { shape: 'log_mesin', specs: PUNCH_FIELDS, map: headerlessMap<PunchField>({ pin: 0, waktu: 1 }, width) };
}

function presensiPlan(pack: RulePack): ReadPlan<PresensiField> {
  const summary = summaryFields(pack);
  return {
    input: 'presensi',
    detectHeader(cells, rowNumber, packNames) {
      const punch = mapHeader(cells, PUNCH_FIELDS, rowNumber, packNames);
      if (punch.columns.waktu !== undefined && (punch.columns.nip !== undefined || punch.columns.pin !== undefined)) {
        return { shape: 'log_mesin', specs: PUNCH_FIELDS, map: punch };
      }
      const daily = mapHeader(cells, DAILY_FIELDS, rowNumber, packNames);
      if (hasRequiredFields(daily, DAILY_FIELDS)) return { shape: 'harian', specs: DAILY_FIELDS, map: daily };
      const counts = mapHeader(cells, summary, rowNumber, packNames);
      if (counts.columns['nip'] === undefined) return undefined;
      // `Terlambat (kali)`, `TL1 (kali)`: mapped by meaning, or kept to stop the run with a reason.
      const meaningful = mapSummaryByMeaning(counts, pack);
      const countColumns = Object.keys(counts.columns).filter((f) => f !== 'nip' && f !== 'hari_kerja');
      if (countColumns.length > 0 || meaningful > 0) {
        return { shape: 'rekap_bulanan', specs: summary, map: counts };
      }
      return undefined;
    },
    detectHeaderless: (rows) => headerlessPunch(rows),
    required: {
      id: 'nip + tanggal (log harian), nip/pin + waktu (log mesin), atau nip + kolom jumlah seperti hadir, tk (rekap bulanan)',
      en: 'nip + tanggal (daily log), nip/pin + waktu (punch log), or nip + count columns such as hadir, tk (monthly summary)',
    },
    profiled: (shape) =>
      shape === 'harian' ? { dates: ['tanggal'], numbers: [] } : shape === 'log_mesin' ? { dates: ['waktu'], numbers: [] } : { dates: [], numbers: [] },
  };
}

/** Everything the attendance reader needs to fold rows. */
/** What the row handlers of one reading share. */
interface ReadingContext extends PresensiContext {
  matcher: EmployeeMatcher;
}

export interface PresensiContext {
  pegawai: PegawaiTable;
  calendar: Calendar;
  pack: RulePack;
  codes: DayCodeTable;
  period: Period;
  findings: FindingCollector;
}

interface RowPlace {
  employee: Pegawai;
  index: number;
  day: number;
}

/**
 * SPEC §2.4 order of checks after the NIP: unreadable date → error; outside the period → ignored;
 * not a working day → ignored (for an employee on a roster, a day their roster does not list is an
 * error: the roster is incomplete); outside tmt_masuk/tmt_keluar → ignored. `shiftDay`: the day of the
 * night shift a scan of the next morning belongs to (`nightShiftOf`).
 */
function placeRow<F extends string>(
  check: RowCheck<F>,
  index: number,
  date: string | undefined,
  dateField: F,
  ctx: PresensiContext,
  ledger: AttendanceGrid,
  shiftDay?: number,
): RowPlace | RowBucket {
  if (date === undefined) {
    if (check.errors === 0) check.report('NILAI_WAJIB_KOSONG', dateField);
    return 'rejected';
  }
  const day = shiftDay ?? ctx.calendar.indexOf(date);
  if (day < 0) {
    check.report('PRESENSI_LUAR_PERIODE', dateField, { period: formatPeriod(ctx.period) });
    return 'ignored';
  }
  if (shiftDay !== undefined) date = ctx.calendar.dates[day]!;
  const employee = ctx.pegawai.employees[index]!;
  ledger.markRowSeen(index, day);
  const schedule = ctx.calendar.scheduleOf(employee);
  if (ctx.calendar.hoursOn(schedule, day) === null) {
    if (ctx.calendar.isRoster(schedule) && ctx.calendar.shiftOn(schedule, day) === undefined) {
      check.report('PRESENSI_TANPA_JADWAL', dateField, { date });
      return 'rejected';
    }
    check.report('PRESENSI_HARI_LIBUR', dateField, { date });
    return 'ignored';
  }
  if ((employee.tmtMasuk !== undefined && date < employee.tmtMasuk) || (employee.tmtKeluar !== undefined && date > employee.tmtKeluar)) {
    check.report('PRESENSI_LUAR_MASA_KERJA', dateField, { date });
    ledger.markOutsideService(index, day);
    return 'ignored';
  }
  return { employee, index, day };
}

/** How far around a shift a scan still belongs to it: 4 hours after a night shift's end, before a shift's start. */
const SHIFT_WINDOW = 4 * 3600;

/**
 * The day of the night shift whose leave a scan is, or undefined: a scan on the morning after a shift
 * that ends after midnight, up to 4 hours after its end, belongs to that shift (and to its day), but not
 * past the middle of the gap before the next shift of that morning. A scan on the 1st of the next month
 * may close the period's last night (exports often carry that day).
 */
function nightShiftOf(ctx: PresensiContext, schedule: string, date: string, seconds: number): number | undefined {
  const { calendar } = ctx;
  const day = calendar.indexOf(date);
  const prev = day >= 0 ? day - 1 : date === dayAfterPeriod(ctx.period) ? calendar.days - 1 : -1;
  if (prev < 0) return undefined;
  const night = calendar.hoursOn(schedule, prev);
  if (!night || night.selesai <= 86_400) return undefined;
  const end = night.selesai - 86_400;
  const next = day >= 0 ? calendar.hoursOn(schedule, day) : null;
  let limit = end + SHIFT_WINDOW;
  if (next) limit = Math.min(limit, next.mulai > end ? Math.floor((end + next.mulai) / 2) : end);
  return seconds <= limit ? prev : undefined;
}

function dayAfterPeriod(period: Period): string {
  return period.month === 12 ? formatDate(period.year + 1, 1, 1) : formatDate(period.year, period.month + 1, 1);
}

/** The attendance files of a run, by index (to name the file a conflicting day came from). */
interface FileIndex {
  names: readonly string[];
  /** This file's index, or undefined when the run has a single attendance file. */
  index: number | undefined;
}

function handleDaily(row: DataRow<DailyField>, table: Table, ctx: ReadingContext, ledger: AttendanceGrid, shape: PresensiShapeCheck, files: FileIndex): RowBucket {
  const check = new RowCheck(row, table.name, ctx.findings);
  const match = ctx.matcher.match(check, 'nip');
  if (match.kind !== 'employee') return match.kind;
  const result = (() => {
    const date = check.date('tanggal');
    if (check.errors > 0) return 'rejected' as const;
    const schedule = ctx.calendar.scheduleOf(ctx.pegawai.employees[match.index]!);
    const onRoster = ctx.calendar.isRoster(schedule);
    const earlyMasuk = onRoster ? check.time('jam_masuk') : undefined;
    // An export by calendar day puts a night shift's leave on the next day's row, where it reads as an
    // arrival: which day it closes is not this row's to say, so the employee is held, not docked.
    if (date !== undefined && earlyMasuk !== undefined && nightShiftOf(ctx, schedule, date, earlyMasuk) !== undefined) {
      check.report('PULANG_MALAM_BARIS_BERIKUT', 'jam_masuk', { date, time: cellText(row.cell('jam_masuk')) });
      return 'rejected' as const;
    }
    const place = placeRow(check, match.index, date, 'tanggal', ctx, ledger);
    if (typeof place === 'string') return place;
    const codeText = check.text('kode');
    const code = codeText === undefined ? undefined : ctx.codes.lookup(codeText);
    if (codeText !== undefined && !code) {
      check.report('KODE_TIDAK_DIKENAL', 'kode', { choices: ctx.codes.codes.map((c) => c.code).join(', ') });
    }
    const masuk = onRoster ? earlyMasuk : check.time('jam_masuk');
    const pulang = check.time('jam_pulang');
    if (check.errors > 0) return 'rejected' as const;
    if (!code && masuk === undefined && pulang === undefined) {
      check.report('PRESENSI_TANPA_CATATAN');
      return 'ignored' as const;
    }
    // A shift ending after midnight is written on the row of its first day: a leave time earlier than
    // the arrival (or, without one, than the shift's start) is the next morning's.
    const hours = ctx.calendar.hoursOn(ctx.calendar.scheduleOf(place.employee), place.day);
    const overnight = hours !== null && hours.selesai > 86_400 && pulang !== undefined && pulang < (masuk ?? hours.mulai);
    if (masuk !== undefined && pulang !== undefined && pulang < masuk && !overnight) {
      check.report('JAM_TERBALIK', 'jam_pulang', { date: date!, masuk: cellText(row.cell('jam_masuk')), pulang: cellText(row.cell('jam_pulang')) });
      return 'rejected' as const;
    }
    const leave = overnight ? pulang + 86_400 : pulang;
    shape.observeTimes(place.index, place.day, masuk, leave);
    const timesKnown = row.map.columns.jam_masuk !== undefined || row.map.columns.jam_pulang !== undefined;
    const outcome = ledger.mergeDaily(place.index, place.day, code ?? ledger.present, masuk, leave, timesKnown, files.index);
    if (outcome.kind === 'other_file') {
      check.report('BERKAS_BERTENTANGAN', 'tanggal', { key: `NIP ${match.nip} tanggal ${date!}`, files: `${files.names[outcome.file]}, ${table.name}` });
      return 'rejected' as const;
    }
    if (outcome.kind === 'conflict') {
      check.report('PRESENSI_BERTENTANGAN', 'kode', { date: date!, codes: outcome.codes });
      return 'rejected' as const;
    }
    if (outcome.kind === 'override') check.report('PRESENSI_KODE_MENIMPA', 'kode', { date: date!, code: outcome.code });
    return 'used' as const;
  })();
  check.finish(match.nip);
  return result;
}

function machineStatus(text: string | undefined): 'masuk' | 'pulang' | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase().replace(/[\s/_-]+/g, '');
  if (['0', 'i', 'in', 'checkin', 'cin', 'masuk', 'datang'].includes(t)) return 'masuk';
  if (['1', 'o', 'out', 'checkout', 'cout', 'pulang', 'keluar'].includes(t)) return 'pulang';
  return undefined;
}

function handlePunch(row: DataRow<PunchField>, table: Table, ctx: ReadingContext, ledger: AttendanceGrid): RowBucket {
  const check = new RowCheck(row, table.name, ctx.findings);
  let index: number;
  if (row.map.columns.nip !== undefined && row.cell('nip') !== null) {
    const match = ctx.matcher.match(check, 'nip');
    if (match.kind !== 'employee') return match.kind;
    index = match.index;
  } else {
    const pinText = check.text('pin');
    if (pinText === undefined) {
      check.report('NILAI_WAJIB_KOSONG', row.map.columns.pin !== undefined ? 'pin' : 'nip');
      check.finish(undefined);
      return 'rejected';
    }
    const employee = ctx.pegawai.byPin.get(pinText.replace(/^0+(?=\d)/, ''));
    if (!employee) {
      check.report('PIN_TIDAK_DIKENAL', 'pin');
      check.finish(undefined);
      return 'ignored';
    }
    index = ctx.pegawai.indexOf.get(employee.nip)!;
  }
  const result = (() => {
    // Headerless space-separated logs split date and time into two cells.
    let waktuCell: Cell = row.cell('waktu');
    const waktuColumn = row.map.columns.waktu!;
    const next = row.cells[waktuColumn + 1];
    if (row.map.row === 0 && typeof waktuCell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(waktuCell.trim()) && typeof next === 'string' && parseTimeText(next).ok) {
      waktuCell = `${waktuCell.trim()} ${next.trim()}`;
    }
    const reading = parseDateCell(waktuCell, row.dateContext('waktu'));
    if (reading === null) {
      check.report('NILAI_WAJIB_KOSONG', 'waktu');
      return 'rejected' as const;
    }
    if (!reading.ok) {
      check.report('TANGGAL_TIDAK_VALID', 'waktu', { reason_id: reading.problem.id, reason_en: reading.problem.en }, cellText(waktuCell));
      return 'rejected' as const;
    }
    if (reading.seconds === undefined && !(waktuCell instanceof Date) && typeof waktuCell !== 'number') {
      check.report('JAM_TIDAK_VALID', 'waktu', {}, cellText(waktuCell));
      return 'rejected' as const;
    }
    const schedule = ctx.calendar.scheduleOf(ctx.pegawai.employees[index]!);
    const onRoster = ctx.calendar.isRoster(schedule);
    let seconds = reading.seconds ?? 0;
    const nightDay = onRoster ? nightShiftOf(ctx, schedule, reading.date, seconds) : undefined;
    const place = placeRow(check, index, reading.date, 'waktu', ctx, ledger, nightDay);
    if (typeof place === 'string') return place;
    if (nightDay !== undefined) seconds += 86_400;
    else if (onRoster) {
      const own = ctx.calendar.hoursOn(schedule, place.day)!;
      if (seconds < own.mulai - SHIFT_WINDOW) {
        check.report('SCAN_LUAR_SHIFT', 'waktu', { date: reading.date, shift: ctx.calendar.shiftOn(schedule, place.day) ?? '' }, formatTime(seconds));
        return 'ignored' as const;
      }
    }
    const statusColumn = row.map.row === 0 ? waktuColumn + (waktuCell === row.cell('waktu') ? 1 : 2) : row.map.columns.status;
    const status = ctx.pack.presensi.pakai_status_mesin && statusColumn !== undefined ? machineStatus(cellText(row.cells[statusColumn] ?? null)) : undefined;
    const outcome = ledger.addScan(place.index, place.day, seconds, status);
    if (outcome.kind === 'conflict') {
      check.report('PRESENSI_BERTENTANGAN', 'waktu', { date: reading.date, codes: outcome.codes });
      return 'rejected' as const;
    }
    return 'used' as const;
  })();
  check.finish(ctx.pegawai.employees[index]!.nip);
  return result;
}

function handleSummary(row: DataRow<string>, table: Table, ctx: ReadingContext, ledger: AttendanceGrid): RowBucket {
  const check = new RowCheck(row, table.name, ctx.findings);
  const match = ctx.matcher.match(check, 'nip');
  if (match.kind !== 'employee') return match.kind;
  const count = (field: string) => (row.map.columns[field] === undefined ? 0 : (check.integer(field, 0, 31) ?? 0));
  const summary: AttendanceSummary = {
    hadir: count('hadir'),
    tl: ctx.pack.presensi.terlambat.map((b) => count(b.kode.toLowerCase())),
    psw: ctx.pack.presensi.pulang_cepat.map((b) => count(b.kode.toLowerCase())),
    tk: count('tk'),
    izin: count('izin'),
    sakit: count('sakit'),
    cuti: count('cuti'),
    dinasLuar: count('dinas_luar'),
    cltn: count('cltn'),
    tb: count('tb'),
  };
  const hariKerja = row.map.columns['hari_kerja'] === undefined ? undefined : check.integer('hari_kerja', 0, 31);
  if (hariKerja !== undefined) summary.hariKerja = hariKerja;
  const index = match.index;
  if (ledger.summaries.has(index)) check.report('REKAP_GANDA', 'nip');
  let bucket: RowBucket = 'used';
  if (check.errors > 0) bucket = 'rejected';
  else {
    const employee = ctx.pegawai.employees[index]!;
    const calendarDays = ctx.calendar.workingDays(ctx.calendar.scheduleOf(employee), employee.tmtMasuk, employee.tmtKeluar).length;
    if (hariKerja !== undefined && hariKerja !== calendarDays) {
      check.report('HARI_KERJA_BEDA', 'hari_kerja', { calendar: calendarDays });
    }
    // Every working day is counted once (TL/PSW are days within hadir): else a count is missing or doubled.
    const parts: [string, number][] = [
      ['hadir', summary.hadir], ['tk', summary.tk], ['izin', summary.izin], ['sakit', summary.sakit], ['cuti', summary.cuti],
      ['dinas_luar', summary.dinasLuar], ['cltn', summary.cltn], ['tb', summary.tb],
    ];
    const sum = parts.reduce((a, [, n]) => a + n, 0);
    if (sum !== calendarDays) {
      const shown = parts.filter(([, n]) => n !== 0).map(([f, n]) => `${f} ${n}`).join(' + ') || '0';
      // Held (error), but the counts stay as given so the reports show what the summary said.
      check.report('REKAP_TIDAK_SEIMBANG', undefined, { sum, parts: shown, hari_kerja: calendarDays });
    }
    ledger.summaries.set(index, summary);
  }
  check.finish(match.nip);
  return bucket;
}

/** Reads every attendance file into one ledger. */
export async function readPresensi(
  tables: readonly Table[],
  context: PresensiContext,
  onProgress?: (rows: number) => void,
): Promise<{ ledger: AttendanceGrid; ledgers: FileLedger[] }> {
  const ctx: ReadingContext = { ...context, matcher: new EmployeeMatcher(context.pegawai, context.findings) };
  const ledger = new AttendanceGrid(ctx.pegawai.employees.length, ctx.calendar.days, ctx.codes);
  const ledgers: FileLedger[] = [];
  const plan = presensiPlan(ctx.pack);
  let before = 0;
  const names = tables.map((t) => t.name);
  const weekdays = ctx.calendar.dates.map(weekdayOf);
  const scheduleOf = (employee: number, day: number) => ctx.calendar.hoursOn(ctx.calendar.scheduleOf(ctx.pegawai.employees[employee]!), day);
  for (const [fileIndex, table] of tables.entries()) {
    table.packHeaderNames ??= packHeaderNames(ctx.pack.masukan.kolom, 'presensi');
    const files: FileIndex = { names, index: tables.length > 1 ? fileIndex : undefined };
    const fileLedger = newLedger('presensi', table);
    ledgers.push(fileLedger);
    ledger.beginFile(table.name, tables.length > 1);
    let handler: ((row: DataRow<PresensiField>) => RowBucket) | undefined;
    let shape: PresensiShapeCheck | undefined;
    const match = await readTableRows(
      table,
      plan,
      fileLedger,
      ctx.findings,
      (row) => {
        if (!handler) {
          const check = (shape = new PresensiShapeCheck(row.shape, row.map, ctx.pack, weekdays, scheduleOf));
          handler = check.unusable
            ? // The run stops on this file (finish below): its rows are not folded, nor reported one by one.
              () => 'ignored'
            : row.shape === 'log_mesin'
              ? (r) => handlePunch(r as DataRow<PunchField>, table, ctx, ledger)
              : row.shape === 'rekap_bulanan'
                ? (r) => handleSummary(r, table, ctx, ledger)
                : (r) => handleDaily(r as DataRow<DailyField>, table, ctx, ledger, check, files);
        }
        shape!.sample(row.cells);
        return handler(row);
      },
      onProgress ? (n) => onProgress(before + n) : undefined,
    );
    const check = shape ?? new PresensiShapeCheck(match.shape, match.map, ctx.pack);
    if (check.finish(table.name, ctx.findings)) ledger.columnsStopped = true;
    before += fileLedger.read;
  }
  return { ledger, ledgers };
}

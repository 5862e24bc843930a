/**
 * Attendance as the scoring reads it: per employee (index in the staff master) and day (index in the
 * month). The reader folds rows into it (`inputs/attendance-grid.ts`); scoring only reads.
 */
import type { DayCode } from '../rules/day-codes.js';

/** The merged record of one employee-day, as the discipline score reads it. */
export interface DayRecord {
  code: DayCode;
  masuk?: number;
  pulang?: number;
  /** False when the rows came from a file without time columns: times are not checked. */
  timesKnown: boolean;
  /** First and last raw machine scans of the day (punch logs). */
  scans?: { first: number; last: number };
  /** Machine-status scans (`presensi.pakai_status_mesin`): earliest check-in, latest check-out. */
  statusScans?: { masuk?: number; pulang?: number };
}

/** Counts given by a monthly summary export, used as given. */
export interface AttendanceSummary {
  hariKerja?: number;
  hadir: number;
  tl: number[];
  psw: number[];
  tk: number;
  izin: number;
  sakit: number;
  cuti: number;
  dinasLuar: number;
  cltn: number;
  tb: number;
}

/** The days an attendance file's dated rows reach, and (when there are several files) whose rows it has. */
export interface FileSpan {
  name: string;
  first: number;
  last: number;
  employees?: Uint8Array;
}

/** An employee's attendance rows dated in the period but before tmt_masuk or after tmt_keluar, in one file. */
export interface RowsOutsideService {
  file: string;
  /** The day of the first such row read (index in the month). */
  firstDay: number;
  rows: number;
}

/** The month's attendance, read-only. */
export interface AttendanceView {
  /** Monthly summary counts by employee index (summary exports). */
  readonly summaries: ReadonlyMap<number, AttendanceSummary>;
  /** A file's time columns were refused: day records are not to be judged. */
  readonly columnsStopped: boolean;
  readonly fileSpans: readonly FileSpan[];
  /** The employee-day's record, filled into `into` (reused to spare allocations), or undefined. */
  readDay(employee: number, day: number, into: DayRecord): DayRecord | undefined;
  hasRecord(employee: number, day: number): boolean;
  hasSummary(employee: number): boolean;
  /** Any row of any attendance file named the employee. */
  hasRows(employee: number): boolean;
  /** The employee's rows outside their tmt dates, per file in reading order (empty: none). */
  rowsOutsideService(employee: number): readonly RowsOutsideService[];
}

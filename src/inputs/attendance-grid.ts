/**
 * Attendance folded per employee and day as rows stream in (SPEC §6: memory grows with employees, not
 * rows). One slot per employee-day in typed arrays; the daily-log merge rules of SPEC §2.4 live here.
 */
import type { DayCode, DayCodeTable } from '../rules/day-codes.js';
import type { AttendanceSummary, AttendanceView, DayRecord, FileSpan, RowsOutsideService } from '../model/attendance.js';

const HAS_H = 1;
const TIMES_KNOWN = 2;
const HAS_TIMES = 4;
const NONE = -1;
const EMPTY = new Int32Array(0);
const EMPTY_FILES = new Uint16Array(0);
const OK: MergeOutcome = Object.freeze({ kind: 'ok' });

/** What merging a row into a day did. */
export type MergeOutcome =
  | { kind: 'ok' }
  | { kind: 'override'; code: string }
  | { kind: 'conflict'; codes: string }
  /** Another daily-log file already gave this day other values. */
  | { kind: 'other_file'; file: number };

/** Per-employee, per-day attendance state for one period. */
export class AttendanceGrid implements AttendanceView {
  private readonly code: Uint8Array;
  private readonly flags: Uint8Array;
  private readonly masuk: Int32Array;
  private readonly pulang: Int32Array;
  // Punch-log arrays are allocated at the first scan (a daily log never needs them): 16 bytes per
  // employee-day, 250 MB at 500,000 employees.
  private scanFirst: Int32Array = EMPTY;
  private scanLast: Int32Array = EMPTY;
  private statusIn: Int32Array = EMPTY;
  private statusOut: Int32Array = EMPTY;
  private readonly rowsSeen: Uint8Array;
  /** 1 + the index of the daily-log file that first wrote each employee-day (0: none); only with several files. */
  private dayFile: Uint16Array = EMPTY_FILES;
  private readonly hCode: DayCode;
  private readonly codeIndex: Map<DayCode, number>;
  /** Monthly-summary counts by employee index. */
  readonly summaries = new Map<number, AttendanceSummary>();
  /**
   * Set when an attendance file's columns stop the run (KOLOM_PRESENSI_KURANG and the like): the
   * ledger is then incomplete, and checks of what it lacks would only repeat that finding.
   */
  columnsStopped = false;
  /** Per attendance file, the first and last day index of its dated rows (last -1: none). */
  readonly fileSpans: FileSpan[] = [];
  /** By employee index: rows outside the employee's tmt dates (few employees have any). */
  private readonly outsideService = new Map<number, RowsOutsideService[]>();
  private currentSpan: FileSpan | undefined;

  constructor(
    employees: number,
    readonly days: number,
    readonly codes: DayCodeTable,
  ) {
    const slots = employees * days;
    this.code = new Uint8Array(slots);
    this.flags = new Uint8Array(slots);
    this.masuk = new Int32Array(slots).fill(NONE);
    this.pulang = new Int32Array(slots).fill(NONE);
    this.rowsSeen = new Uint8Array(employees);
    this.hCode = codes.byCode('H')!;
    this.codeIndex = new Map(codes.codes.map((c, i) => [c, i + 1]));
  }

  private codeAt(slot: number): DayCode | undefined {
    const c = this.code[slot]!;
    return c === 0 ? undefined : this.codes.codes[c - 1];
  }

  private setCode(slot: number, code: DayCode): void {
    this.code[slot] = this.codeIndex.get(code)!;
  }

  private scanned(slot: number): boolean {
    return this.scanFirst !== EMPTY && this.scanFirst[slot] !== NONE;
  }

  private hasStatus(slot: number): boolean {
    return this.statusIn !== EMPTY && (this.statusIn[slot] !== NONE || this.statusOut[slot] !== NONE);
  }

  /** Notes that the employee has at least one attendance row dated in the period. */
  markRowSeen(employee: number, day = -1): void {
    this.rowsSeen[employee] = 1;
    const span = this.currentSpan;
    if (span && day >= 0) {
      if (day < span.first) span.first = day;
      if (day > span.last) span.last = day;
      if (span.employees) span.employees[employee] = 1;
    }
  }

  /** Notes a row dated in the period but outside the employee's tmt_masuk..tmt_keluar (SPEC §2.4: ignored). */
  markOutsideService(employee: number, day: number): void {
    const file = this.currentSpan?.name ?? '';
    let perFile = this.outsideService.get(employee);
    if (!perFile) this.outsideService.set(employee, (perFile = []));
    const seen = perFile.find((r) => r.file === file);
    if (seen) seen.rows += 1;
    else perFile.push({ file, firstDay: day, rows: 1 });
  }

  rowsOutsideService(employee: number): readonly RowsOutsideService[] {
    return this.outsideService.get(employee) ?? [];
  }

  /** Starts a new attendance file: the days its dated rows reach are noted under its name. */
  beginFile(name: string, ofSeveral: boolean): void {
    this.currentSpan = { name, first: Number.MAX_SAFE_INTEGER, last: -1, ...(ofSeveral ? { employees: new Uint8Array(this.rowsSeen.length) } : {}) };
    this.fileSpans.push(this.currentSpan);
  }

  /** True when the day holds any record (a code, times or a scan) for the employee. */
  hasRecord(employee: number, day: number): boolean {
    const slot = employee * this.days + day;
    return this.code[slot] !== 0 || this.scanned(slot);
  }

  /** True when the employee's attendance comes from a monthly summary (no per-day records). */
  hasSummary(employee: number): boolean {
    return this.summaries.has(employee);
  }

  /** True when the employee has any attendance row in the period. */
  hasRows(employee: number): boolean {
    return this.rowsSeen[employee] === 1 || this.summaries.has(employee);
  }

  /** The H code (present). */
  get present(): DayCode {
    return this.hCode;
  }

  /**
   * Merges a daily-log row. SPEC §2.4: times merge (earliest in, latest out); a non-H code other
   * than TK wins over H rows; TK with scans, or two different non-H codes, conflict.
   */
  mergeDaily(employee: number, day: number, code: DayCode, masuk: number | undefined, pulang: number | undefined, timesKnown: boolean, file?: number): MergeOutcome {
    const slot = employee * this.days + day;
    if (file !== undefined) {
      // Two daily logs with one employee-day: the same values are a repeated export, others a doubt.
      if (this.dayFile === EMPTY_FILES) this.dayFile = new Uint16Array(this.code.length);
      const owner = this.dayFile[slot]!;
      if (owner === 0) this.dayFile[slot] = file + 1;
      else if (owner !== file + 1) {
        const same = this.code[slot] === this.codeIndex.get(code) && this.masuk[slot] === (masuk ?? NONE) && this.pulang[slot] === (pulang ?? NONE);
        return same ? OK : { kind: 'other_file', file: owner - 1 };
      }
    }
    const hasTimes = masuk !== undefined || pulang !== undefined;
    const previous = this.codeAt(slot);
    const flags = this.flags[slot]!;
    const dayHasPresence = (flags & HAS_H) !== 0 || (flags & HAS_TIMES) !== 0 || this.scanned(slot);
    let outcome: MergeOutcome = OK;
    if (code === this.hCode) {
      if (previous?.efek === 'tk') return { kind: 'conflict', codes: `${previous.code} + H` };
      if (previous && previous !== this.hCode) outcome = { kind: 'override', code: previous.code };
      else this.setCode(slot, code);
      this.flags[slot] = flags | HAS_H;
    } else if (code.efek === 'tk') {
      if (hasTimes || dayHasPresence) return { kind: 'conflict', codes: `${code.code} + scan` };
      if (previous && previous !== code) return { kind: 'conflict', codes: `${previous.code} + ${code.code}` };
      this.setCode(slot, code);
    } else {
      if (previous && previous !== this.hCode && previous !== code) return { kind: 'conflict', codes: `${previous.code} + ${code.code}` };
      if (previous === this.hCode || (previous === undefined && dayHasPresence)) outcome = { kind: 'override', code: code.code };
      this.setCode(slot, code);
    }
    if (timesKnown) this.flags[slot]! |= TIMES_KNOWN;
    if (masuk !== undefined) {
      this.flags[slot]! |= HAS_TIMES;
      const m = this.masuk[slot]!;
      if (m === NONE || masuk < m) this.masuk[slot] = masuk;
    }
    if (pulang !== undefined) {
      this.flags[slot]! |= HAS_TIMES;
      const p = this.pulang[slot]!;
      if (p === NONE || pulang > p) this.pulang[slot] = pulang;
    }
    return outcome;
  }

  /** Adds a raw machine scan; `status` is the machine's in/out flag when the pack uses it. */
  addScan(employee: number, day: number, seconds: number, status?: 'masuk' | 'pulang'): MergeOutcome {
    const slot = employee * this.days + day;
    if (this.scanFirst === EMPTY) {
      this.scanFirst = new Int32Array(this.code.length).fill(NONE);
      this.scanLast = new Int32Array(this.code.length).fill(NONE);
    }
    if (status !== undefined && this.statusIn === EMPTY) {
      this.statusIn = new Int32Array(this.code.length).fill(NONE);
      this.statusOut = new Int32Array(this.code.length).fill(NONE);
    }
    const previous = this.codeAt(slot);
    if (previous?.efek === 'tk') return { kind: 'conflict', codes: `${previous.code} + scan` };
    const first = this.scanFirst[slot]!;
    if (first === NONE || seconds < first) this.scanFirst[slot] = seconds;
    const last = this.scanLast[slot]!;
    if (last === NONE || seconds > last) this.scanLast[slot] = seconds;
    if (status === 'masuk') {
      const v = this.statusIn[slot]!;
      if (v === NONE || seconds < v) this.statusIn[slot] = seconds;
    } else if (status === 'pulang') {
      const v = this.statusOut[slot]!;
      if (v === NONE || seconds > v) this.statusOut[slot] = seconds;
    }
    this.flags[slot]! |= TIMES_KNOWN;
    return OK;
  }

  /**
   * The merged record of a day written into `into` (reused by the caller, with its `scans`: no
   * allocation per day, which matters at 500,000 employees × 22 days), or undefined when there is none.
   */
  readDay(employee: number, day: number, into: DayRecord): DayRecord | undefined {
    const slot = employee * this.days + day;
    const c = this.code[slot]!;
    const scanned = this.scanned(slot);
    const code = c === 0 ? (scanned ? this.hCode : undefined) : this.codes.codes[c - 1];
    if (!code) return undefined;
    into.code = code;
    into.timesKnown = (this.flags[slot]! & TIMES_KNOWN) !== 0;
    const masuk = this.masuk[slot]!;
    const pulang = this.pulang[slot]!;
    into.masuk = masuk === NONE ? undefined : masuk;
    into.pulang = pulang === NONE ? undefined : pulang;
    if (scanned) {
      const scans = (into.scans ??= { first: 0, last: 0 });
      scans.first = this.scanFirst[slot]!;
      scans.last = this.scanLast[slot]!;
    } else {
      into.scans = undefined;
    }
    into.statusScans = this.hasStatus(slot) ? this.statusScansOf(slot) : undefined;
    return into;
  }

  private statusScansOf(slot: number): NonNullable<DayRecord['statusScans']> {
    const statusIn = this.statusIn[slot]!;
    const statusOut = this.statusOut[slot]!;
    return { ...(statusIn !== NONE ? { masuk: statusIn } : {}), ...(statusOut !== NONE ? { pulang: statusOut } : {}) };
  }

  /** The merged record of a day, or undefined when there is none. */
  dayRecord(employee: number, day: number): DayRecord | undefined {
    const slot = employee * this.days + day;
    const flags = this.flags[slot]!;
    const scanned = this.scanned(slot);
    const code = this.codeAt(slot) ?? (scanned ? this.hCode : undefined);
    if (!code) return undefined;
    const record: DayRecord = { code, timesKnown: (flags & TIMES_KNOWN) !== 0 };
    if (this.masuk[slot] !== NONE) record.masuk = this.masuk[slot]!;
    if (this.pulang[slot] !== NONE) record.pulang = this.pulang[slot]!;
    if (scanned) record.scans = { first: this.scanFirst[slot]!, last: this.scanLast[slot]! };
    if (this.hasStatus(slot)) record.statusScans = this.statusScansOf(slot);
    return record;
  }
}

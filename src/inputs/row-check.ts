/**
 * Reads the fields of one data row into typed values, collecting the row's findings until its NIP is
 * known, so that every finding names the employee it concerns. An error makes the row `rejected`.
 */
import type { z } from 'zod';
import type { Exact } from '../exact.js';
import { FINDING_CODES, maskLongDigits, type FindingCode, type FindingCollector, type Level } from '../findings.js';
import { cellText, type Cell } from '../readers/cell.js';
import { isPlainDigits, parseRupiahCell, type NumberReading, type RupiahProblem, type RupiahReading } from '../readers/parse-number.js';
import type { LocalDate } from '../model/local-date.js';
import type { DataRow } from './read-table-rows.js';

interface Pending {
  code: FindingCode;
  level?: Level;
  column?: string;
  value?: string;
  params?: Readonly<Record<string, string | number>>;
}

/** The most characters Excel keeps in one cell. */
const MAX_CELL_TEXT = 32_767;

/** Field readers for one row; call `finish(nip)` to record its findings. */
export class RowCheck<F extends string> {
  // Most rows have no finding: the list is made at the first one.
  private pending: Pending[] | undefined;
  errors = 0;

  constructor(
    readonly row: DataRow<F>,
    private readonly file: string,
    private readonly findings: FindingCollector,
  ) {
    // Some value of the row was split on the separator, and which one is a guess: the row is an error.
    const past = row.cellPastHeader();
    if (past !== undefined) {
      (this.pending ??= []).push({ code: 'BARIS_KOLOM_BERLEBIH', column: `kolom ${past.column}`, value: maskLongDigits(past.text), params: { kolom: past.column } });
      this.errors += 1;
    }
  }

  /** The row is set aside anyway (a NIP not in the staff file): a value split in it touches no pay, a warning. */
  splitNoLongerMatters(): void {
    for (const p of this.pending ?? []) {
      if (p.code !== 'BARIS_KOLOM_BERLEBIH' || p.level !== undefined) continue;
      p.level = 'peringatan';
      this.errors -= 1;
    }
  }

  /** Records a finding about this row (an error unless the code's level says otherwise). */
  report(code: FindingCode, field?: F, params?: Pending['params'], value?: string, level?: Level): void {
    const entry: Pending = { code };
    if (field !== undefined) {
      entry.column = this.row.label(field);
      entry.value = value ?? cellText(this.row.cell(field));
    } else if (value !== undefined) {
      entry.value = value;
    }
    if (params) entry.params = params;
    if (level) entry.level = level;
    (this.pending ??= []).push(entry);
    if ((level ?? defaultLevel(code)) === 'error') this.errors += 1;
  }

  /** The raw cell of a field. */
  cell(field: F): Cell {
    return this.row.cell(field);
  }

  /** Trimmed text, or undefined when empty. */
  text(field: F): string | undefined {
    const t = cellText(this.row.cell(field));
    if (t.length <= MAX_CELL_TEXT) return t === '' ? undefined : t;
    // Excel holds at most 32,767 characters in a cell: longer text (a broken or hostile export) is cut.
    this.report('TEKS_TERPOTONG', field, { length: t.length, max: MAX_CELL_TEXT }, t.slice(0, 40));
    return t.slice(0, MAX_CELL_TEXT);
  }

  /** Trimmed text that must be present (else NILAI_WAJIB_KOSONG). */
  requiredText(field: F): string | undefined {
    const t = this.text(field);
    if (t === undefined) this.report('NILAI_WAJIB_KOSONG', field);
    return t;
  }

  /** A number (Indonesian or international notation). */
  number(field: F): Exact | undefined {
    const reading = this.row.numberReading(field);
    if (reading === null) return undefined;
    if (!reading.ok) {
      this.report('ANGKA_TIDAK_VALID', field);
      return undefined;
    }
    if (reading.note) this.report(reading.note.code, field, { reading: reading.note.reading });
    return reading.value;
  }

  /**
   * A whole number of rupiah, >= 0, read exactly (`parseRupiahCell`): a unit word or `,-` is reported
   * (info), a percentage, an unsettled `7.000` or an amount with cents is an error, never a guess.
   */
  rupiah(field: F): number | undefined {
    const cell = this.row.cell(field);
    if (cell === null) return undefined;
    // Plain digits and numeric cells read as any number does (the column's cached reading).
    const reading: RupiahReading | NumberReading | null =
      typeof cell === 'number' || (typeof cell === 'string' && isPlainDigits(cell)) ? this.row.numberReading(field) : parseRupiahCell(cell, this.row.numberContext(field));
    if (reading === null) return undefined;
    let problem: RupiahProblem | undefined;
    if (!reading.ok) problem = 'problem' in reading ? (reading as { problem: RupiahProblem }).problem : 'bukan_angka';
    else if (!reading.value.isInteger()) problem = 'pecahan';
    if (problem !== undefined) {
      if (problem === 'bukan_angka') this.report('ANGKA_TIDAK_VALID', field);
      else this.report('RUPIAH_TIDAK_VALID', field, { reason: problem, reason_id: RUPIAH_PROBLEM[problem].id, reason_en: RUPIAH_PROBLEM[problem].en });
      return undefined;
    }
    const value = (reading as { value: Exact }).value;
    if (value.num < 0n || value.num > 10n ** 13n) {
      this.report('NILAI_DI_LUAR_RENTANG', field, { range: 'rupiah bulat 0..10.000.000.000.000' });
      return undefined;
    }
    if (reading.ok && typeof reading.note === 'string') this.report('ANGKA_SATUAN', field, { reading: value.toString(), rupiah: reading.note });
    return Number(value.num);
  }

  /** A whole number checked against a range. */
  integer(field: F, min: number, max: number): number | undefined {
    const value = this.number(field);
    if (value === undefined) return undefined;
    if (!value.isInteger() || value.num < BigInt(min) || value.num > BigInt(max)) {
      this.report('NILAI_DI_LUAR_RENTANG', field, { range: `${min}..${max}` });
      return undefined;
    }
    return Number(value.num);
  }

  /** A date (time of day dropped). */
  date(field: F): LocalDate | undefined {
    return this.dateTime(field)?.date;
  }

  /** A date with its time of day when the cell has one. */
  dateTime(field: F): { date: LocalDate; seconds?: number } | undefined {
    const reading = this.row.dateReading(field);
    if (reading === null) return undefined;
    if (!reading.ok) {
      this.report('TANGGAL_TIDAK_VALID', field, { reason_id: reading.problem.id, reason_en: reading.problem.en });
      return undefined;
    }
    return reading.seconds === undefined ? { date: reading.date } : { date: reading.date, seconds: reading.seconds };
  }

  /** A time of day in seconds. */
  time(field: F): number | undefined {
    const reading = this.row.timeReading(field);
    if (reading === null) return undefined;
    if (!reading.ok) {
      this.report('JAM_TIDAK_VALID', field);
      return undefined;
    }
    return reading.seconds;
  }

  /** Checks a parsed value against a zod schema; an issue becomes a finding on the field. */
  validate<T>(field: F, schema: z.ZodType<T>, value: unknown, choices?: string): T | undefined {
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const issue = result.error.issues[0]!;
    const custom = (issue as { params?: { code?: FindingCode } }).params?.code;
    if (custom) this.report(custom, field, (issue as { params?: Pending['params'] }).params);
    else if (issue.code === 'invalid_value') this.report('NILAI_TIDAK_DIKENAL', field, { choices: choices ?? issue.message });
    else this.report('NILAI_DI_LUAR_RENTANG', field, { range: rangeOf(issue) });
    return undefined;
  }

  /** Records the row's findings under `nip` (may be empty when the row has none). */
  finish(nip: string | undefined, file = this.file): void {
    if (!this.pending) return;
    for (const p of this.pending) {
      this.findings.add({
        code: p.code,
        file,
        row: this.row.rowNumber,
        ...(p.level ? { level: p.level } : {}),
        ...(p.column !== undefined ? { column: p.column } : {}),
        ...(p.value !== undefined ? { value: p.value } : {}),
        ...(nip ? { nip } : {}),
        ...(p.params ? { params: p.params } : {}),
      });
    }
    this.pending = undefined;
  }
}

function rangeOf(issue: z.core.$ZodIssue): string {
  const i = issue as { minimum?: number | bigint; maximum?: number | bigint };
  if (i.minimum !== undefined && i.maximum !== undefined) return `${String(i.minimum)}..${String(i.maximum)}`;
  if (i.minimum !== undefined) return `>= ${String(i.minimum)}`;
  if (i.maximum !== undefined) return `<= ${String(i.maximum)}`;
  return issue.message;
}

const RUPIAH_PROBLEM: Readonly<Record<Exclude<RupiahProblem, 'bukan_angka'>, { id: string; en: string }>> = {
  persen: { id: 'persen bukan jumlah rupiah', en: 'a percentage is not an amount' },
  ambigu: { id: 'satu tanda pemisah diikuti tiga digit dapat berarti ribuan atau desimal, dan nilai lain di kolom ini tidak memastikannya', en: 'one separator followed by three digits can mean thousands or decimals, and the other values of the column do not settle it' },
  pecahan: { id: 'bukan rupiah bulat', en: 'not a whole rupiah' },
  satuan: { id: 'satuan tidak dikenal; yang dikenal: juta, jt, ribu, rb', en: 'unknown unit word; known: juta, jt, ribu, rb' },
};

function defaultLevel(code: FindingCode): Level {
  return FINDING_CODES[code].level;
}

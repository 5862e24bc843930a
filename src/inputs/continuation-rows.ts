/**
 * Rows without a NIP below an employee's rows (capaian, perilaku): exports with merged cells print the
 * NIP once per block. Such a row is taken as the employee above only when the whole file prints NIPs
 * that way, which is known at its end; until then the row counts for that employee provisionally.
 */
import type { FindingCollector } from '../findings.js';
import { settleUnmatched, type EmployeeMatcher, type NipMatch } from './match-employee.js';
import type { RowCheck } from './row-check.js';
import type { FileLedger } from '../model/row-accounting.js';

interface Block<T> {
  /** The employee's NIP, or the unknown NIP above (rows set aside with it). */
  above: string;
  employee: boolean;
  firstRow: number;
  rows: number;
  /** Records of the block's used rows, handed back when the rows are not taken after all. */
  items: T[];
}

/** The NIP column of one file, read row by row with its continuation rows. */
export class ContinuationRows<T> {
  /** True when the last row matched had no NIP and was taken as the employee above (provisionally). */
  continued = false;
  private above: NipMatch | undefined;
  private aboveNip = '';
  /** The NIP of the row just read; undefined when it had none. */
  private previousNip: string | undefined;
  private nipRows = 0;
  private repeated: { row: number; nip: string } | undefined;
  private orphanRow: number | undefined;
  private column = 'nip';
  private readonly blocks = new Map<string, Block<T>>();
  private current: Block<T> | undefined;

  constructor(
    private readonly file: string,
    private readonly findings: FindingCollector,
  ) {}

  /**
   * Resolves a row's NIP like `EmployeeMatcher.match`, except that an empty NIP may continue the employee
   * above. `hasData` tells a data row from a note or heading (a signature, a unit name): a row without
   * a NIP and without the input's own values is rejected as before, is no evidence either way, and
   * ends the block above.
   */
  match<F extends string>(check: RowCheck<F>, field: F, matcher: EmployeeMatcher, hasData: () => boolean): NipMatch {
    const resolved = matcher.resolve(check, field);
    if (resolved.kind !== 'empty') {
      this.continued = false;
      const match = settleUnmatched(check, field, resolved);
      const nip = resolved.kind === 'employee' || resolved.kind === 'unknown' ? resolved.nip : undefined;
      // The same NIP on the row right below itself: this file prints the NIP on every row.
      if (nip !== undefined && nip === this.previousNip && this.repeated === undefined) this.repeated = { row: check.row.rowNumber, nip };
      this.previousNip = nip;
      this.nipRows += 1;
      this.above = match;
      this.aboveNip = nip ?? '';
      this.current = undefined;
      return match;
    }
    this.previousNip = undefined;
    if (!hasData()) {
      // A heading or note between blocks ends the block above: rows below it do not continue it.
      this.continued = false;
      this.above = undefined;
      this.current = undefined;
      return settleUnmatched(check, field, resolved);
    }
    const above = this.above;
    if (above === undefined || above.kind === 'rejected') {
      // Nothing above, or a NIP that could not be read (its own error holds whoever it may be).
      if (above === undefined) this.orphanRow ??= check.row.rowNumber;
      this.continued = false;
      return settleUnmatched(check, field, resolved);
    }
    if (!this.current) {
      this.column = check.row.label(field);
      let block = this.blocks.get(this.aboveNip);
      if (!block) {
        block = { above: this.aboveNip, employee: above.kind === 'employee', firstRow: check.row.rowNumber, rows: 0, items: [] };
        this.blocks.set(this.aboveNip, block);
      }
      this.current = block;
    }
    this.current.rows += 1;
    // Below a NIP that is not in the staff master (e.g. contract staff): set aside with it.
    this.continued = above.kind === 'employee';
    return above;
  }

  /** Remembers the record a continued row produced, to hand back if the rows are not taken. */
  keep(item: T): void {
    const items = this.current?.items;
    // A rater record gathers several rows: kept once.
    if (items && items[items.length - 1] !== item) items.push(item);
  }

  /**
   * At the end of the file: the rows are the employee above's (one info `NIP_LANJUTAN` for the file) when no NIP is
   * repeated right below itself, no NIP-less row starts the file, and the pattern is seen in two blocks
   * or more (or the file holds one employee); otherwise each employee with such rows is held
   * (`NIP_KOSONG_LANJUTAN`) and the records of those rows are returned to be taken back as rejected.
   * Rows below an unknown NIP move from ignored to rejected here; used rows are the caller's to move.
   */
  end(ledger: FileLedger): { taken: boolean; dropped: T[] } {
    if (this.blocks.size === 0) return { taken: true, dropped: [] };
    const blockStyle = this.repeated === undefined && this.orphanRow === undefined && (this.blocks.size >= 2 || this.nipRows === 1);
    if (blockStyle) {
      // A decision about the file: one line for it, not one per employee.
      let rows = 0;
      for (const block of this.blocks.values()) rows += block.rows;
      const first = this.blocks.values().next().value!;
      this.findings.add({ code: 'NIP_LANJUTAN', file: this.file, row: first.firstRow, column: this.column, value: '', params: { above: first.above, rows, blocks: this.blocks.size } });
      return { taken: true, dropped: [] };
    }
    const dropped: T[] = [];
    for (const block of this.blocks.values()) {
      const nip = block.employee ? block.above : undefined;
      this.findings.add({
        code: 'NIP_KOSONG_LANJUTAN',
        file: this.file,
        row: block.firstRow,
        column: this.column,
        value: '',
        ...(nip !== undefined ? { nip } : {}),
        params: { above: block.above, rows: block.rows, held: nip !== undefined ? 'ya' : 'tidak', ...this.why() },
      });
      if (nip === undefined) {
        ledger.ignored -= block.rows;
        ledger.rejected += block.rows;
      }
      dropped.push(...block.items);
    }
    return { taken: false, dropped };
  }

  private why(): Record<string, string> {
    if (this.repeated) {
      return {
        why_id: `NIP ${this.repeated.nip} ditulis lagi tepat di bawahnya pada baris ${this.repeated.row}`,
        why_en: `NIP ${this.repeated.nip} is printed again right below itself on row ${this.repeated.row}`,
      };
    }
    if (this.orphanRow !== undefined) {
      return { why_id: `baris ${this.orphanRow} tanpa NIP dan tanpa pegawai di atasnya`, why_en: `row ${this.orphanRow} has no NIP and no employee above it` };
    }
    return { why_id: 'hanya satu blok yang berbaris tanpa NIP', why_en: 'only one block has rows without a NIP' };
  }
}

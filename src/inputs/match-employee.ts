/** Matching a row of a per-employee input to the staff master by NIP (SPEC §2.2, §2.4). */
import type { FindingCollector } from '../findings.js';
import type { PegawaiTable } from './pegawai.js';
import { compactNip, nipCandidates, readNipCell } from './read-nip.js';
import type { RowCheck } from './row-check.js';

/** The employee a row belongs to (`index`: position in the staff master), or why it has none. */
export type NipMatch = Readonly<{ kind: 'employee'; nip: string; index: number } | { kind: 'ignored' } | { kind: 'rejected' }>;

const MAX_LISTED = 5;

const NO_HIT = { pegawai: undefined, raw: '', match: { kind: 'rejected' } } as const;
/** The last plain, known NIP matched, and its (shared, never changed) answer. */
let lastHit: { pegawai: PegawaiTable | undefined; raw: string; match: NipMatch } = NO_HIT;

/** Lets go of the staff master once the inputs are read (the memo would keep it alive). */
export function forgetLastMatch(): void {
  lastHit = NO_HIT;
}

function isPlainNip(text: string): boolean {
  if (text.length !== 18) return false;
  for (let i = 0; i < 18; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Resolves the NIP cell of `field`. An unknown NIP sets the row aside (`NIP_TIDAK_DIKENAL`); a NIP
 * damaged by a spreadsheet is an error that holds everyone it may belong to, since their data is
 * incomplete (SPEC §2.3: nobody is paid on a guess). The row's findings are recorded here.
 */
export function matchEmployee<F extends string>(
  check: RowCheck<F>,
  field: F,
  pegawai: PegawaiTable,
  findings: FindingCollector,
): NipMatch {
  const raw = check.cell(field);
  // Fast path for the usual cell, 18 digits of a known NIP: readNipCell would return it unchanged.
  // The staff master's own string is returned, so records keep one copy per employee, not per row.
  if (typeof raw === 'string') {
    // Exports list an employee's rows together (days, indicators, raters): the previous row's
    // answer saves a lookup in a map of every employee.
    if (raw === lastHit.raw && pegawai === lastHit.pegawai) return lastHit.match;
    if (isPlainNip(raw)) {
      const known = pegawai.byNip.get(raw);
      if (known) {
        lastHit = { pegawai, raw, match: employeeMatch(pegawai, known.nip) };
        return lastHit.match;
      }
    }
  }
  const cell = readNipCell(raw);
  if (cell.kind === 'empty') {
    check.report('NILAI_WAJIB_KOSONG', field);
    check.finish(undefined);
    return { kind: 'rejected' };
  }
  if (cell.kind === 'damaged') {
    const candidates = nipCandidates(pegawai.sortedNips, cell.prefix);
    const listed = candidates.slice(0, MAX_LISTED).join(', ') + (candidates.length > MAX_LISTED ? ` (+${candidates.length - MAX_LISTED})` : '');
    check.report('NIP_TERPOTONG', field, candidates.length > 0 ? { candidates: listed } : {}, cell.text);
    check.finish(cell.text);
    for (const nip of candidates) findings.hold(nip, 'NIP_TERPOTONG');
    return { kind: 'rejected' };
  }
  const nip = cell.kind === 'nip' ? cell.nip : compactNip(cell.text);
  if (!pegawai.byNip.has(nip)) {
    check.report('NIP_TIDAK_DIKENAL', field, {}, cell.kind === 'nip' ? cell.nip : cell.text);
    check.finish(nip);
    return { kind: 'ignored' };
  }
  return employeeMatch(pegawai, pegawai.byNip.get(nip)!.nip);
}

function employeeMatch(pegawai: PegawaiTable, nip: string): NipMatch {
  return { kind: 'employee', nip, index: pegawai.indexOf.get(nip)! };
}

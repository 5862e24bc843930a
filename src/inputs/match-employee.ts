/** Matching a row of a per-employee input to the staff master by NIP. */
import type { FindingCollector } from '../findings.js';
import { closestNips, isPlainNip, nipCandidates, readNipCell, visibleNipText } from './read-nip.js';
import type { RowCheck } from './row-check.js';
import type { PegawaiTable } from '../model/records.js';

/** The employee a row belongs to (`index`: position in the staff master), or why it has none. */
export type NipMatch = Readonly<{ kind: 'employee'; nip: string; index: number } | { kind: 'ignored' } | { kind: 'rejected' }>;

/**
 * A NIP cell resolved without deciding what an empty or unknown NIP means: `empty` (no NIP written),
 * `unknown` (a NIP, tidied, that is not in the staff master; nothing reported yet), or a match.
 */
export type NipResolution = NipMatch | Readonly<{ kind: 'empty' }> | Readonly<{ kind: 'unknown'; nip: string; text: string }>;

const MAX_LISTED = 5;

interface Tidied {
  value: string;
  params: Readonly<Record<string, string>>;
}

/** The last known NIP matched, its (shared, never changed) answer, and the repair to report again. */
interface LastHit {
  raw: string;
  match: NipMatch;
  tidied?: Tidied;
}

const NO_HIT: LastHit = { raw: '', match: { kind: 'rejected' } };

/**
 * Matches the rows of one reading to the staff master. Exports list an employee's rows together
 * (days, indicators, raters): the previous row's answer saves a lookup in a map of every employee
 * and the tidying of a NIP written oddly. Create one per reading; it holds nothing between runs.
 */
export class EmployeeMatcher {
  private lastHit: LastHit = NO_HIT;

  constructor(
    readonly pegawai: PegawaiTable,
    private readonly findings: FindingCollector,
  ) {}

  /**
   * Resolves the NIP cell of `field`. A NIP damaged by a spreadsheet is an error that holds everyone it
   * may belong to, since their data is incomplete (nobody is paid on a guess); a tidied NIP is
   * reported as `NIP_DIRAPIKAN`. Empty and unknown NIPs are left to the caller.
   */
  resolve<F extends string>(check: RowCheck<F>, field: F): NipResolution {
    const { pegawai } = this;
    const raw = check.cell(field);
    // Fast path for the usual cell, 18 digits of a known NIP: readNipCell would return it unchanged.
    // The staff master's own string is returned, so records keep one copy per employee, not per row.
    if (typeof raw === 'string') {
      if (raw === this.lastHit.raw) {
        if (this.lastHit.tidied) check.report('NIP_DIRAPIKAN', field, this.lastHit.tidied.params, this.lastHit.tidied.value);
        return this.lastHit.match;
      }
      if (isPlainNip(raw)) {
        const known = pegawai.byNip.get(raw);
        if (known) {
          this.lastHit = { raw, match: employeeMatch(pegawai, known.nip) };
          return this.lastHit.match;
        }
      }
    }
    const cell = readNipCell(raw);
    if (cell.kind === 'empty') return { kind: 'empty' };
    if (cell.kind === 'damaged') {
      const candidates = nipCandidates(pegawai.sortedNips, cell.prefix);
      const listed = candidates.slice(0, MAX_LISTED).join(', ') + (candidates.length > MAX_LISTED ? ` (+${candidates.length - MAX_LISTED})` : '');
      check.report('NIP_TERPOTONG', field, candidates.length > 0 ? { candidates: listed } : {}, cell.text);
      check.finish(cell.text);
      for (const nip of candidates) this.findings.hold(nip, 'NIP_TERPOTONG');
      return { kind: 'rejected' };
    }
    let tidied: Tidied | undefined;
    if (cell.kind === 'nip' && cell.tidied) {
      tidied = { value: visibleNipText(String(raw).trim()), params: { nip: cell.nip, what_id: cell.tidied.id, what_en: cell.tidied.en } };
      check.report('NIP_DIRAPIKAN', field, tidied.params, tidied.value);
    }
    const nip = cell.kind === 'nip' ? cell.nip : compactFormat(cell.text);
    const known = pegawai.byNip.get(nip);
    if (!known) return { kind: 'unknown', nip, text: cell.kind === 'nip' ? (tidied?.value ?? cell.nip) : cell.text };
    const match = employeeMatch(pegawai, known.nip);
    if (typeof raw === 'string') this.lastHit = { raw, match, ...(tidied ? { tidied } : {}) };
    return match;
  }

  /**
   * Resolves the NIP cell of `field`: an empty NIP rejects the row (`NILAI_WAJIB_KOSONG`), an unknown
   * NIP sets it aside (`NIP_TIDAK_DIKENAL`, e.g. contract staff). The row's findings are recorded here
   * unless it belongs to an employee.
   */
  match<F extends string>(check: RowCheck<F>, field: F): NipMatch {
    return settleUnmatched(check, field, this.resolve(check, field));
  }
}

/** A NIP that is not 18 digits, compacted as before for the lookup (spaces, dots removed). */
function compactFormat(text: string): string {
  return text.replace(/^'/, '').replace(/[\s.]/g, '');
}

/** What an empty or unknown NIP means for a row of most inputs (see `EmployeeMatcher.match`). */
export function settleUnmatched<F extends string>(check: RowCheck<F>, field: F, resolved: NipResolution): NipMatch {
  if (resolved.kind === 'empty') {
    check.report('NILAI_WAJIB_KOSONG', field);
    check.finish(undefined);
    return { kind: 'rejected' };
  }
  if (resolved.kind === 'unknown') {
    check.splitNoLongerMatters();
    check.report('NIP_TIDAK_DIKENAL', field, {}, resolved.text);
    check.finish(resolved.nip);
    return { kind: 'ignored' };
  }
  return resolved;
}

function employeeMatch(pegawai: PegawaiTable, nip: string): NipMatch {
  return { kind: 'employee', nip, index: pegawai.indexOf.get(nip)! };
}

const MAX_CLOSEST_LISTED = 5;

/**
 * A row that changes someone's pay (an active sanction, a transfer, an acting post) whose NIP is not in
 * the staff master: dropping it would pay on a guess, so it is an error that holds the employees whose
 * NIP is closest (a typo), since the row may be theirs; with no close NIP it holds nobody.
 */
export function holdClosestToUnknown<F extends string>(
  check: RowCheck<F>,
  field: F,
  resolved: { nip: string; text: string },
  pegawai: PegawaiTable,
  findings: FindingCollector,
  code: 'HUKDIS_NIP_TIDAK_DIKENAL' | 'NIP_TIDAK_DIKENAL_UBAH_BAYAR',
  params: Record<string, string> = {},
): 'rejected' {
  const closest = closestNips(pegawai.sortedNips, resolved.nip);
  const listed = closest.slice(0, MAX_CLOSEST_LISTED).join(', ') + (closest.length > MAX_CLOSEST_LISTED ? ` (+${closest.length - MAX_CLOSEST_LISTED})` : '');
  check.report(code, field, { ...params, ...(closest.length > 0 ? { closest: listed } : {}) }, resolved.text);
  // One closest employee carries the finding (it shows on their line); several are all held.
  check.finish(closest.length === 1 ? closest[0] : undefined);
  for (const nip of closest) findings.hold(nip, code);
  return 'rejected';
}

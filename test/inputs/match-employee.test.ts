import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { EmployeeMatcher } from '../../src/inputs/match-employee.js';
import type { RowCheck } from '../../src/inputs/row-check.js';
import type { Pegawai, PegawaiTable } from '../../src/model/records.js';

const BUDI = '198503172010011003';
const SITI = '199001012015032001';

/** A staff master knowing `nips` (only what matching reads). */
function staff(...nips: string[]): PegawaiTable {
  const byNip = new Map(nips.map((nip) => [nip, { nip } as Pegawai]));
  const indexOf = new Map(nips.map((nip, i) => [nip, i]));
  return { byNip, indexOf, sortedNips: [...nips].sort() } as unknown as PegawaiTable;
}

/** A row whose NIP cell holds `raw`, remembering the codes it reported. */
function rowWith(raw: string) {
  const codes: string[] = [];
  const check = { cell: () => raw, report: (code: string) => codes.push(code), finish: () => undefined, splitNoLongerMatters: () => undefined } as unknown as RowCheck<'nip'>;
  return { check, codes };
}

/** One matcher per staff master, kept across rows as a reading keeps it. */
const matchers = new Map<PegawaiTable, EmployeeMatcher>();
const match = (table: PegawaiTable, raw: string) => {
  const { check, codes } = rowWith(raw);
  let matcher = matchers.get(table);
  if (!matcher) matchers.set(table, (matcher = new EmployeeMatcher(table, new FindingCollector())));
  return { ...matcher.match(check, 'nip'), codes };
};

describe('matching consecutive rows to the staff master', () => {
  it('answers each row for its own staff master, even for the same NIP text in turn', () => {
    const province = staff(BUDI, SITI);
    const otherRun = staff(SITI, BUDI);
    const thirdRun = staff(SITI);
    expect(match(province, BUDI)).toEqual({ kind: 'employee', nip: BUDI, index: 0, codes: [] });
    expect(match(otherRun, BUDI)).toEqual({ kind: 'employee', nip: BUDI, index: 1, codes: [] });
    expect(match(thirdRun, BUDI)).toEqual({ kind: 'ignored', codes: ['NIP_TIDAK_DIKENAL'] });
    expect(match(province, BUDI)).toEqual({ kind: 'employee', nip: BUDI, index: 0, codes: [] });
  });

  it('a run of one employee, then an unknown NIP, then a damaged one: each row gets its own answer', () => {
    const province = staff(BUDI, SITI);
    expect([BUDI, BUDI, SITI, SITI].map((nip) => match(province, nip))).toEqual([BUDI, BUDI, SITI, SITI].map((nip) => ({ kind: 'employee', nip, index: nip === BUDI ? 0 : 1, codes: [] })));
    expect(match(province, '198503172010011999')).toEqual({ kind: 'ignored', codes: ['NIP_TIDAK_DIKENAL'] });
    expect(match(province, '1.98503E+17')).toMatchObject({ kind: 'rejected', codes: ['NIP_TERPOTONG'] });
    expect(match(province, SITI)).toEqual({ kind: 'employee', nip: SITI, index: 1, codes: [] });
    // A NIP typed with spaces takes the slow path and finds the same employee.
    expect(match(province, '19850317 201001 1 003')).toEqual({ kind: 'employee', nip: BUDI, index: 0, codes: [] });
  });
});

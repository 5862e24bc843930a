/** Opens fixture files as tables for the input modules. */
import { join } from 'node:path';
import { FindingCollector, type Finding } from '../../src/findings.js';
import { openTable } from '../../src/readers/open-table.js';
import type { Table } from '../../src/readers/table.js';
import { fixture } from '../cli/run-cli.js';

/** Opens `fixtures/<dir>/<file>`. */
export async function fixtureTable(dir: string, file: string): Promise<Table[]> {
  return [await openTable(join(fixture(dir), file))];
}

/** The findings of a collector as compact tuples: code, row, column, nip. */
export function compact(findings: FindingCollector): [string, number | undefined, string | undefined, string | undefined][] {
  return findings.sorted().map((f: Finding) => [f.code, f.row, f.column, f.nip]);
}

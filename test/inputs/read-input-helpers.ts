/** Opens fixture files as tables for the input modules. */
import { join } from 'node:path';
import { FindingCollector, type Finding } from '../../src/findings.js';
import { hashFile } from '../../src/readers/hash-file.js';
import { openTable } from '../../src/readers/open-table.js';
import type { Table } from '../../src/readers/table.js';
import { fixture } from '../cli/run-cli.js';

/** Opens `fixtures/<dir>/<file>`. */
export async function fixtureTable(dir: string, file: string): Promise<{ table: Table; sha256: string }[]> {
  const path = join(fixture(dir), file);
  return [{ table: await openTable(path), sha256: await hashFile(path) }];
}

/** The findings of a collector as compact tuples: code, row, column, nip. */
export function compact(findings: FindingCollector): [string, number | undefined, string | undefined, string | undefined][] {
  return findings.sorted().map((f: Finding) => [f.code, f.row, f.column, f.nip]);
}

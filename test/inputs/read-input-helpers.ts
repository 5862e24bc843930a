/** Opens fixture files as tables for the input modules. */
import { join } from 'node:path';
import { openTable } from '../../src/readers/open-table.js';
import type { Table } from '../../src/readers/table.js';
import { fixture } from '../cli/run-cli.js';

/** Opens `fixtures/<dir>/<file>`. */
export async function fixtureTable(dir: string, file: string): Promise<Table[]> {
  return [await openTable(join(fixture(dir), file))];
}

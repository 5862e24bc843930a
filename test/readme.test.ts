import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exitCodesTable, findingCodesTable, inputColumnsTable, optionsTable, stopCodesTable } from '../src/docs/readme-tables.js';
import { loadRulePack } from '../src/rules/load-rule-pack.js';
import { ROOT } from './cli/run-cli.js';

/** STYLE habit 6: the README documents options, exit codes and finding codes from the same source. */
describe('README', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const { pack } = await loadRulePack(undefined, 'id');

  it('opens with the two commands', () => {
    const firstBlock = readme.split('```')[1]!;
    expect(firstBlock).toContain('npm install && npm run demo');
    expect(firstBlock).toContain('npm install && npm test');
  });

  it.each([
    ['options', optionsTable()],
    ['exit codes', exitCodesTable()],
    ['input columns', inputColumnsTable(pack)],
    ['finding codes', findingCodesTable()],
    ['stopping codes', stopCodesTable()],
  ])('contains the %s table as the source renders it (node scripts/print-readme-tables.mjs)', (_, table) => {
    expect(readme).toContain(table);
  });
});

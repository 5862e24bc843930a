import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_TABLES } from '../scripts/doc-tables.js';
import { loadRulePack } from '../src/rules/load-rule-pack.js';
import { ROOT } from './cli/run-cli.js';

/** STYLE habit 6: the README and docs/ document options, exit codes, inputs and finding codes from the same source. */
describe('README and docs', async () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const { pack } = await loadRulePack(undefined, 'id');

  it('README opens with the two commands', () => {
    const firstBlock = readme.split('```')[1]!;
    expect(firstBlock).toContain('npm install && npm run demo');
    expect(firstBlock).toContain('npm install && npm test');
  });

  it.each(DOC_TABLES.map((t) => [t.name, t.file, t] as const))(
    'the %s table in %s is as the source renders it (node scripts/print-readme-tables.mjs --write)',
    (_, file, table) => {
      expect(readFileSync(join(ROOT, file), 'utf8')).toContain(table.render(pack));
    },
  );
});

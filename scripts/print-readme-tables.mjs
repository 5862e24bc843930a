// Prints the README's reference tables from the built sources; with --write, replaces them in
// README.md in place (each table is found by its header line and ends at the first blank line).
import { readFileSync, writeFileSync } from 'node:fs';
import { exitCodesTable, findingCodesTable, inputColumnsTable, optionsTable, stopCodesTable } from '../dist/docs/readme-tables.js';
import { loadRulePack } from '../dist/rules/load-rule-pack.js';

const { pack } = await loadRulePack(undefined, 'id');

const tables = { options: optionsTable, exit: exitCodesTable, inputs: () => inputColumnsTable(pack), findings: findingCodesTable, stops: stopCodesTable };
const write = process.argv.includes('--write');
const which = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!write) {
  for (const [name, render] of Object.entries(tables)) if (!which || which === name) console.log(`<!-- ${name} -->\n${render()}\n`);
} else {
  const path = new URL('../README.md', import.meta.url);
  let readme = readFileSync(path, 'utf8');
  for (const [name, render] of Object.entries(tables)) {
    const table = render();
    const header = table.split('\n')[0];
    const start = readme.indexOf(`${header}\n`);
    if (start < 0) {
      console.error(`README has no "${name}" table (header: ${header})`);
      process.exitCode = 1;
      continue;
    }
    const end = readme.indexOf('\n\n', start);
    readme = readme.slice(0, start) + table + readme.slice(end === -1 ? readme.length : end);
  }
  writeFileSync(path, readme);
}

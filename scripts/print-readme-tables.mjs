// Prints the README's reference tables from the built sources (paste them into README.md).
import { exitCodesTable, findingCodesTable, inputColumnsTable, optionsTable } from '../dist/docs/readme-tables.js';
import { loadRulePack } from '../dist/rules/load-rule-pack.js';

const { pack } = await loadRulePack(undefined, 'id');

const which = process.argv[2];
const tables = { options: optionsTable, exit: exitCodesTable, inputs: () => inputColumnsTable(pack), findings: findingCodesTable };
for (const [name, render] of Object.entries(tables)) if (!which || which === name) console.log(`<!-- ${name} -->\n${render()}\n`);

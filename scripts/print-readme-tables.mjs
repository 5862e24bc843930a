// Prints the reference tables of README.md and docs/ from the TypeScript sources; with --write,
// replaces each one in place in the file it lives in (scripts/doc-tables.ts: DOC_TABLES). A table is
// found by its header line and ends at the first blank line.
//
//   node scripts/print-readme-tables.mjs [options|exit|inputs|findings|stops]
//   node scripts/print-readme-tables.mjs --write
//
// The generator is not part of the build (it is not in src/), so it is loaded from its TypeScript
// source through vitest's Vite server (a devDependency already): no build needed, no other loader.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createViteServer } from 'vitest/node';

const root = fileURLToPath(new URL('..', import.meta.url));
const server = await createViteServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
  server: { middlewareMode: true, hmr: false, watch: null },
});
let DOC_TABLES, loadRulePack, knownFields;
try {
  ({ DOC_TABLES } = await server.ssrLoadModule('/scripts/doc-tables.ts'));
  ({ loadRulePack } = await server.ssrLoadModule('/src/rules/load-rule-pack.ts'));
  ({ knownFields } = await server.ssrLoadModule('/src/inputs/known-fields.ts'));
} finally {
  await server.close();
}

const { pack } = await loadRulePack(undefined, 'id', knownFields);
const write = process.argv.includes('--write');
const which = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (which && !DOC_TABLES.some((t) => t.name === which)) {
  console.error(`unknown table "${which}" (${DOC_TABLES.map((t) => t.name).join(', ')})`);
  process.exit(1);
}
if (!write) {
  for (const { name, file, render } of DOC_TABLES) if (!which || which === name) console.log(`<!-- ${name}: ${file} -->\n${render(pack)}\n`);
} else {
  const texts = new Map();
  for (const { name, file, render } of DOC_TABLES) {
    if (which && which !== name) continue;
    let text = texts.get(file) ?? readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
    const table = render(pack);
    const header = table.split('\n')[0];
    const start = text.indexOf(`${header}\n`);
    if (start < 0) {
      console.error(`${file} has no "${name}" table (header: ${header})`);
      process.exitCode = 1;
      continue;
    }
    const end = text.indexOf('\n\n', start);
    text = text.slice(0, start) + table + text.slice(end === -1 ? text.length : end);
    texts.set(file, text);
  }
  for (const [file, text] of texts) writeFileSync(new URL(`../${file}`, import.meta.url), text);
}

/** `kinerja paket` (`rules`): the rule packs shipped with kinerja, and one of them as it is in force. */
import { stringify } from 'yaml';
import { ExitCode } from '../../errors.js';
import { knownFields } from '../../inputs/known-fields.js';
import { label } from '../../reports/labels.js';
import { listShippedPacks, loadRulePack } from '../../rules/load-rule-pack.js';
import type { Terminal } from '../terminal.js';
import { visibleText } from '../visible-text.js';

/** Lists the shipped packs: `--json` gives `[{ nama, sumber, versi }]`. */
export async function paketListCommand(term: Terminal): Promise<ExitCode> {
  const packs = await listShippedPacks();
  if (term.json) {
    term.json_out(packs.map(({ nama, sumber, versi }) => ({ nama, sumber, versi })));
    return ExitCode.OK;
  }
  term.line(`${label('paket.heading', term.lang)} (${label('paket.columns', term.lang)}):`);
  const width = Math.max(...packs.map((p) => p.nama.length));
  for (const p of packs) term.line(`  ${p.nama.padEnd(width)}  ${p.versi}  ${p.sumber}`);
  if (!term.quiet) {
    term.line();
    term.line(label('paket.next', term.lang));
  }
  return ExitCode.OK;
}

/**
 * Prints a shipped pack (or a pack file) merged over bawaan and validated, as YAML on stdout (ready to
 * redirect into a file and edit) or, with `--json`, as JSON. A pack that does not validate stops (exit 2).
 */
export async function paketTampilCommand(nama: string, term: Terminal): Promise<ExitCode> {
  const loaded = await loadRulePack(nama, term.lang, knownFields);
  if (term.json) {
    term.json_out(loaded.merged);
    return ExitCode.OK;
  }
  const header =
    term.lang === 'en'
      ? `# Rule pack ${visibleText(nama)} merged over bawaan: every rule in force. SHA-256 ${loaded.sha256}\n`
      : `# Paket aturan ${visibleText(nama)} digabung di atas bawaan: seluruh aturan yang berlaku. SHA-256 ${loaded.sha256}\n`;
  process.stdout.write(header + stringify(loaded.merged, { lineWidth: 0 }));
  return ExitCode.OK;
}

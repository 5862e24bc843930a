/** `kinerja init [dir]`: a starter input folder with templates and a commented copy of the rule pack. */
import { existsSync, lstatSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ExitCode, KinerjaError } from '../../errors.js';
import { refusePaidFolder } from '../../output-folder.js';
import type { CsvLocale } from '../../reports/format-cell.js';
import { label } from '../../reports/labels.js';
import { TEMPLATE_FILES, writeTemplates } from '../../reports/write-templates.js';
import type { Terminal } from '../terminal.js';

/** The month an officer prepares in the first weeks of a month is the one that just ended. */
function previousMonth(now: Date): string {
  const month = now.getMonth() === 0 ? 12 : now.getMonth();
  const year = now.getMonth() === 0 ? now.getFullYear() - 1 : now.getFullYear();
  return `${year}-${String(month).padStart(2, '0')}`;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Writes the templates; refuses to overwrite any of them without --force. */
export async function initCommand(dirArg: string | undefined, flags: { force?: boolean; csvLocale?: CsvLocale }, term: Terminal): Promise<ExitCode> {
  const dir = resolve(dirArg ?? '.');
  // Not even --force writes templates into a results folder that was paid.
  await refusePaidFolder(dir);
  // --force replaces the templates, never a file a link points to (the pack or workbook of someone else).
  const linked = TEMPLATE_FILES.filter((f) => isSymlink(join(dir, f)));
  if (linked.length > 0) {
    throw new KinerjaError(
      'TEMPLAT_TAUTAN',
      { id: `${linked.join(', ')} di ${dir} adalah tautan (symlink); init tidak menulis melalui tautan.`, en: `${linked.join(', ')} in ${dir} ${linked.length > 1 ? 'are' : 'is a'} symbolic link${linked.length > 1 ? 's' : ''}; init does not write through links.` },
      { id: 'Hapus tautannya atau pilih folder lain.', en: 'Remove the links or choose another folder.' },
    );
  }
  const existing = TEMPLATE_FILES.filter((f) => existsSync(join(dir, f)));
  if (existing.length > 0 && !flags.force) {
    throw new KinerjaError(
      'TEMPLAT_SUDAH_ADA',
      { id: `${dir} sudah berisi ${existing.join(', ')}.`, en: `${dir} already holds ${existing.join(', ')}.` },
      { id: 'Pilih folder lain, atau tambahkan --force untuk menimpanya.', en: 'Choose another folder, or add --force to overwrite them.' },
    );
  }
  const dirShown = relative(process.cwd(), dir) || '.';
  const period = previousMonth(new Date());
  await writeTemplates(dir, { lang: term.lang, csvLocale: flags.csvLocale ?? 'intl', dirShown, period });
  if (term.json) {
    term.json_out({ folder: dir, berkas: TEMPLATE_FILES });
    return ExitCode.OK;
  }
  if (term.quiet) return ExitCode.OK;
  term.line(label('init.written', term.lang, { dir: dirShown }));
  for (const f of TEMPLATE_FILES) term.line(`  ${f}`);
  term.line();
  term.line(label('init.next', term.lang));
  term.line(`  kinerja validate --period ${period} --input ${dirShown} --policy ${join(dirShown, 'paket-aturan.yaml')}`);
  return ExitCode.OK;
}

/**
 * Finding the input files (SPEC §2.1): by name in `--input DIR`, by explicit flags, or as sheets of
 * one workbook named after the inputs (as `kinerja init` writes it). Every entry of the folder is
 * either used or listed as not used with the reason; a file that looks like an input but would not be
 * read, is in a format that cannot be read, or names another month stops the run before any reading.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { formatPeriod, type Period } from '../model/domain.js';
import { KinerjaError, type Bilingual } from '../errors.js';
import type { FindingInput } from '../findings.js';
import { pick, type Lang } from '../i18n.js';
import { TEXT_EXTENSIONS, WORKBOOK_EXTENSIONS, sniffXls, xlsHtmlRefusal, xlsRefusal, xlsUnknownRefusal } from '../readers/open-table.js';
import { cellText } from '../readers/cell.js';
import { hashFile } from '../readers/hash-file.js';
import { openWorkbookTable, readWorkbookInfo, WorkbookChecks } from '../readers/read-workbook-table.js';
import { INPUT_NAMES, type InputName, type RulePack } from '../rules/rule-pack-schema.js';
import { inputOfFileName, lookalikeInputs, otherPeriodMentions, suggestedName, versionlessName, type PeriodMention } from './file-names.js';


/** Inputs that may come as several files whose rows are read together. */
const MULTI_FILE_INPUTS: readonly InputName[] = ['presensi', 'capaian', 'perilaku', 'hukdis', 'libur', 'mutasi', 'plt', 'jadwal', 'aktivitas'];

/** One file (or sheet) providing an input. */
interface InputSource {
  path: string;
  sheet?: string;
  via: 'nama' | 'opsi' | 'lembar';
}

/** Files per input. */
export type InputFiles = Record<InputName, InputSource[]>;

/** A file of the input folder that is not read, and why. */
export interface UnusedFile {
  name: string;
  reason: Bilingual;
}

/** What discovery found: the files per input, the folder's files left unread, and notes for the report. */
export interface Discovered {
  files: InputFiles;
  unused: UnusedFile[];
  /** Findings about files, for the run's collector (it does not exist yet): copies ignored, `.xls` read as text. */
  findings: FindingInput[];
}

/** What discovery needs to know about the run. */
export interface DiscoveryContext {
  period: Period;
  lang: Lang;
  /** Workbooks inflated through the size limits in this run: the reading that follows opens them again. */
  workbookChecks?: WorkbookChecks;
}

const SUPPORTED = [...TEXT_EXTENSIONS, ...WORKBOOK_EXTENSIONS] as readonly string[];

/** Explicit files from the command line, per input. */
export type ExplicitFiles = Partial<Record<InputName, readonly string[]>>;

function cannotRun(code: string, id: string, en: string, hintId?: string, hintEn?: string): KinerjaError {
  return new KinerjaError(code, { id, en }, hintId && hintEn ? { id: hintId, en: hintEn } : undefined);
}

/** Whether the pack needs capaian / perilaku (SPEC §2.1: not when nothing is paid on them). */
export function neededInputs(pack: RulePack): { capaian: boolean; perilaku: boolean; aktivitas: boolean } {
  const bases = new Set(pack.tpp.komponen.map((k) => k.dasar));
  const predikat = bases.has('faktor_predikat') || bases.has('nilai_kinerja');
  return {
    capaian: predikat || bases.has('capaian_skp'),
    perilaku: predikat || bases.has('nilai_perilaku'),
    aktivitas: bases.has('aktivitas'),
  };
}

/**
 * A sheet with at most one non-blank row is an unfilled template (`kinerja init` writes every input's
 * header): it provides nothing, so it neither counts as the input nor clashes with a CSV of the same input.
 */
async function sheetHasData(path: string, sheet: string, checks: WorkbookChecks): Promise<boolean> {
  let filled = 0;
  for await (const batch of (await openWorkbookTable(path, basename(path), sheet, checks)).batches()) {
    for (const row of batch) {
      if (row.cells.some((c) => cellText(c).trim() !== '') && ++filled >= 2) return true;
    }
  }
  return false;
}

/** Spreadsheet formats kinerja does not read, refused by name with the advice to save as .xlsx or CSV. */
const UNREADABLE_SPREADSHEETS = ['.ods', '.fods', '.xlsm', '.xlsb', '.xltx', '.xltm', '.xlt', '.numbers', '.ots'] as const;

/** Archives: an export may have been left compressed. */
const ARCHIVES = ['.zip', '.rar', '.7z', '.gz'];

/**
 * Extensions that may hold an input's data: a file of such a type that only looks like an input stops
 * the run; a document (.pdf, .docx, a picture) that looks like one is only listed as not used.
 */
const DATA_LIKE: readonly string[] = [...TEXT_EXTENSIONS, ...WORKBOOK_EXTENSIONS, '.xls', ...UNREADABLE_SPREADSHEETS, ...ARCHIVES, '.json', '.xml', '.htm', '.html', '.prn', ''];

/** A problem with one entry of the input folder that stops the run (all are reported together). */
interface FolderProblem {
  code: string;
  text: Bilingual;
  hint: Bilingual;
}

/** One entry of the input folder: a regular file (symlinks followed), a folder, a broken link, or else. */
interface FolderEntry {
  name: string;
  kind: 'file' | 'folder' | 'broken-link' | 'other';
  size: number;
}

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const reason = (id: string, en: string): Bilingual => ({ id, en });

/** The canonical path of a file (links and `..` resolved); the absolute path when it cannot be resolved. */
async function realPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    return resolve(path);
  }
}

async function listFolder(inputDir: string): Promise<FolderEntry[]> {
  let dirents;
  try {
    dirents = await readdir(inputDir, { withFileTypes: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR') {
      throw cannotRun(
        'FOLDER_TIDAK_ADA',
        `${inputDir} adalah berkas, bukan folder.`,
        `${inputDir} is a file, not a folder.`,
        `--input menunjuk folder berisi semua masukan; untuk satu berkas pakai --pegawai/--presensi/... BERKAS.`,
        `--input names the folder holding every input; for a single file use --pegawai/--presensi/... FILE.`,
      );
    }
    throw cannotRun(
      'FOLDER_TIDAK_ADA',
      `Folder masukan ${inputDir} tidak ada atau tidak dapat dibaca.`,
      `Input folder ${inputDir} does not exist or cannot be read.`,
      'Periksa --input.',
      'Check --input.',
    );
  }
  const entries: FolderEntry[] = [];
  for (const d of dirents) {
    const path = join(inputDir, d.name);
    if (d.isFile()) {
      entries.push({ name: d.name, kind: 'file', size: (await lstat(path)).size });
    } else if (d.isDirectory()) {
      entries.push({ name: d.name, kind: 'folder', size: 0 });
    } else if (d.isSymbolicLink()) {
      // A link to a file is read like the file (shares often hold the month's exports as links).
      try {
        const target = await stat(path);
        entries.push({ name: d.name, kind: target.isFile() ? 'file' : target.isDirectory() ? 'folder' : 'other', size: target.size });
      } catch {
        entries.push({ name: d.name, kind: 'broken-link', size: 0 });
      }
    } else {
      entries.push({ name: d.name, kind: 'other', size: 0 });
    }
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function describeMentions(mentions: readonly PeriodMention[], lang: Lang): string {
  const names = lang === 'en' ? MONTHS_EN : MONTHS_ID;
  const month = (m: PeriodMention): string => (m.month === undefined ? '' : `${names[m.month - 1]}${m.monthTo !== undefined ? `–${names[m.monthTo - 1]}` : ''} `);
  return mentions.map((m) => `"${m.text}" (${month(m)}${m.year ?? ''})`.replace(' )', ')')).join(', ');
}

/**
 * A path as the user types it on the command line: the input folder as given joined with the name
 * (`data/oktober/hukuman_disiplin.csv`, or the name alone for `--input .`), quoted when it holds a
 * space or a character the shell would read.
 */
function typedPath(inputDir: string, name: string): string {
  const path = join(inputDir, name);
  return /^[\w./,+@%=:-]+$/u.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`;
}

function periodProblem(name: string, input: InputName, mentions: readonly PeriodMention[], period: Period): FolderProblem {
  const ext = extname(name).toLowerCase();
  const monthId = MONTHS_ID[period.month - 1]!.toLowerCase();
  const example = `${input}_${monthId}_${period.year}${ext}`;
  return {
    code: 'BERKAS_PERIODE_LAIN',
    text: {
      id: `${name} (masukan ${input}) menyebut ${describeMentions(mentions, 'id')}, padahal periode yang dihitung ${formatPeriod(period)}.`,
      en: `${name} (input ${input}) names ${describeMentions(mentions, 'en')}, but the period computed is ${formatPeriod(period)}.`,
    },
    hint: {
      id: `Bila ini berkas periode lain, pindahkan dari folder masukan (mis. ke subfolder arsip). Bila isinya memang untuk ${MONTHS_ID[period.month - 1]} ${period.year}, ganti namanya (mis. ${example}).`,
      en: `If it is another period's file, move it out of the input folder (e.g. into an archive subfolder). If it really holds ${MONTHS_EN[period.month - 1]} ${period.year}, rename it (e.g. ${example}).`,
    },
  };
}

function formatProblem(name: string, input: InputName): FolderProblem {
  const ext = extname(name).toLowerCase();
  const spreadsheet = (UNREADABLE_SPREADSHEETS as readonly string[]).includes(ext);
  const shown = ext === '' ? 'tanpa ekstensi' : ext;
  return {
    code: 'FORMAT_TIDAK_DIDUKUNG',
    text: {
      id: `${name} bernama seperti masukan ${input}, tetapi berformat ${shown} yang tidak dapat dibaca (yang dibaca: .csv .tsv .txt .dat .xlsx).`,
      en: `${name} is named like input ${input}, but its format (${ext === '' ? 'no extension' : ext}) cannot be read (read are: .csv .tsv .txt .dat .xlsx).`,
    },
    hint: ARCHIVES.includes(ext)
      ? { id: `Ekstrak isinya ke folder masukan, lalu hapus/pindahkan arsip ${ext} ini.`, en: `Extract it into the input folder, then remove or move out this ${ext} archive.` }
      : spreadsheet
      ? { id: `Buka lalu Simpan Sebagai "Excel Workbook (.xlsx)" atau CSV, dan hapus/pindahkan berkas ${ext} ini.`, en: `Open it and Save As "Excel Workbook (.xlsx)" or CSV, and remove or move out this ${ext} file.` }
      : {
          id: `Bila ini data ${input}, simpan sebagai .xlsx atau .csv. Bila bukan (mis. cetakan PDF, cadangan), pindahkan dari folder masukan.`,
          en: `If it holds ${input} data, save it as .xlsx or .csv. If not (e.g. a PDF printout, a backup), move it out of the input folder.`,
        },
  };
}

function lookalikeProblem(inputDir: string, name: string, matches: readonly { input: InputName; phrase: string }[]): FolderProblem {
  const first = matches[0]!;
  const suggested = suggestedName(name, first.input, first.phrase);
  const typed = typedPath(inputDir, name);
  const inputs = matches.map((m) => m.input);
  return {
    code: 'BERKAS_MIRIP_MASUKAN',
    text: {
      id: `${name} mirip masukan ${inputs.join(' atau ')} ("${first.phrase}"), tetapi tidak akan dibaca: namanya tidak diawali nama masukan.`,
      en: `${name} looks like input ${inputs.join(' or ')} ("${first.phrase}"), but would not be read: its name does not start with the input's name.`,
    },
    hint: {
      // The option comes last, with no full stop after it: the line can be copied as it is.
      id: `Bila bukan berkas ${first.input}, pindahkan dari folder masukan. Bila ya, ganti namanya agar diawali "${first.input}" (mis. ${suggested}), atau berikan dengan opsi: --${first.input} ${typed}`,
      en: `If it is not the ${first.input} file, move it out of the input folder. If it is, rename it to start with "${first.input}" (e.g. ${suggested}), or give it with the option: --${first.input} ${typed}`,
    },
  };
}

/** Throws the folder's problems at once: one as it is, several listed in the details. */
function throwProblems(problems: readonly FolderProblem[], lang: Lang): never {
  if (problems.length === 1) throw new KinerjaError(problems[0]!.code, problems[0]!.text, problems[0]!.hint);
  throw new KinerjaError(
    problems[0]!.code,
    {
      id: `${problems.length} berkas di folder masukan harus dibereskan sebelum dihitung; tidak ada yang dibaca:`,
      en: `${problems.length} files in the input folder must be sorted out before computing; nothing was read:`,
    },
    { id: 'Bereskan semuanya lalu jalankan lagi.', en: 'Sort them all out and run again.' },
    undefined,
    problems.map((p) => `${p.code}: ${pick(p.text, lang)} ${pick(p.hint, lang)}`),
  );
}

/**
 * Byte-identical copies of the same input (same size, then same SHA-256; only colliding sizes are
 * hashed): the copy with the longer name (`presensi (1).csv`) is dropped, listed and warned about.
 */
async function dropIdenticalCopies(files: InputFiles, sizes: ReadonlyMap<string, number>, unused: UnusedFile[], findings: FindingInput[]): Promise<void> {
  for (const input of MULTI_FILE_INPUTS) {
    const whole = files[input].filter((f) => f.via !== 'lembar' && sizes.has(f.path));
    const bySize = new Map<number, InputSource[]>();
    for (const f of whole) bySize.set(sizes.get(f.path)!, [...(bySize.get(sizes.get(f.path)!) ?? []), f]);
    const dropped = new Set<InputSource>();
    for (const group of bySize.values()) {
      if (group.length < 2) continue;
      const byHash = new Map<string, InputSource[]>();
      for (const f of group) {
        const hash = await hashFile(f.path);
        byHash.set(hash, [...(byHash.get(hash) ?? []), f]);
      }
      for (const same of byHash.values()) {
        if (same.length < 2) continue;
        const [kept, ...copies] = [...same].sort((a, b) => basename(a.path).length - basename(b.path).length || (basename(a.path) < basename(b.path) ? -1 : 1));
        for (const copy of copies) {
          dropped.add(copy);
          const keptName = basename(kept!.path);
          unused.push({ name: basename(copy.path), reason: reason(`salinan kembar dari ${keptName} (isinya sama persis)`, `identical copy of ${keptName}`) });
          findings.push({ code: 'BERKAS_KEMBAR', file: basename(copy.path), params: { same: keptName } });
        }
      }
    }
    if (dropped.size > 0) files[input] = files[input].filter((f) => !dropped.has(f));
  }
}

/**
 * Two files of one input whose names differ only by a version mark (`presensi.csv`, `presensi (1).csv`,
 * `presensi_revisi.csv`, `presensi.xlsx`): both would be read and their rows merged, so the run stops
 * until one is kept. Names that differ otherwise (`presensi_mesin1`, `presensi_mesin2`) are separate parts.
 */
function versionProblems(files: InputFiles): FolderProblem[] {
  const problems: FolderProblem[] = [];
  for (const input of MULTI_FILE_INPUTS) {
    const byBase = new Map<string, string[]>();
    for (const f of files[input]) {
      if (f.via !== 'nama') continue;
      const name = basename(f.path);
      const key = versionlessName(name);
      byBase.set(key, [...(byBase.get(key) ?? []), name]);
    }
    for (const names of byBase.values()) {
      if (names.length < 2) continue;
      const list = names.join(', ');
      const part = (n: number): string => `${input}_mesin${n}${extname(names[0]!).toLowerCase()}`;
      problems.push({
        code: 'BERKAS_VERSI_GANDA',
        text: {
          id: `${list} tampaknya versi-versi dari berkas ${input} yang sama, dan isinya berbeda. Proses dihentikan: tidak jelas mana yang benar, dan membaca semuanya akan menggabungkan barisnya.`,
          en: `${list} look like versions of the same ${input} file, and their contents differ. The run stopped: it is not clear which one is right, and reading them all would merge their rows.`,
        },
        hint: {
          id: `Sisakan satu versi di folder masukan (pindahkan yang lain, mis. ke subfolder arsip), lalu jalankan lagi. Bila isinya memang bagian yang berbeda, ganti namanya agar jelas berbeda (mis. ${part(1)} dan ${part(2)}): semua bagian lalu dibaca.`,
          en: `Keep one version in the input folder (move the others out, e.g. into an archive subfolder) and run again. If they really are different parts, rename them apart (e.g. ${part(1)} and ${part(2)}): all parts are then read.`,
        },
      });
    }
  }
  return problems;
}

/** Finds every input's files; problems that stop the run are KinerjaErrors (exit 2). */
export async function discoverInputs(inputDir: string, explicit: ExplicitFiles, pack: RulePack, context: DiscoveryContext): Promise<Discovered> {
  const files = Object.fromEntries(INPUT_NAMES.map((i) => [i, [] as InputSource[]])) as InputFiles;
  const unused: UnusedFile[] = [];
  const findings: FindingInput[] = [];
  const problems: FolderProblem[] = [];
  const sizes = new Map<string, number>();
  const isExplicit = (input: InputName): boolean => (explicit[input] ?? []).length > 0;
  const workbookChecks = context.workbookChecks ?? new WorkbookChecks();

  /** An `.xls` file: read as text when it is a CSV/TSV export, else a problem. */
  const acceptXls = async (path: string): Promise<boolean> => {
    let content;
    try {
      content = await sniffXls(path);
    } catch {
      return true; // cannot be opened: openTable says so with the file's name
    }
    if (content === 'text') {
      findings.push({ code: 'XLS_DIBACA_TEKS', file: basename(path) });
      return true;
    }
    const refusal = content === 'html' ? xlsHtmlRefusal(path) : content === 'excel' ? xlsRefusal(path) : xlsUnknownRefusal(path);
    problems.push({ code: refusal.code, text: refusal.text, hint: refusal.hint! });
    return false;
  };

  for (const input of INPUT_NAMES) {
    for (const path of explicit[input] ?? []) {
      const ext = extname(path).toLowerCase();
      if ((UNREADABLE_SPREADSHEETS as readonly string[]).includes(ext)) {
        problems.push(formatProblem(basename(path), input));
        continue;
      }
      if (ext === '.xls' && !(await acceptXls(path))) continue;
      const wrong = otherPeriodMentions(basename(path), input, context.period);
      if (wrong.length > 0) problems.push(periodProblem(basename(path), input, wrong, context.period));
      try {
        sizes.set(path, (await stat(path)).size);
      } catch {
        // openTable reports a missing or unreadable file with its name
      }
      const sheet = pack.masukan.lembar[input];
      files[input].push({ path, via: 'opsi', ...(sheet ? { sheet } : {}) });
    }
  }
  // Explicit files inside the input folder are used, not "not used" (compared as real paths).
  const explicitPaths = new Set<string>();
  for (const path of INPUT_NAMES.flatMap((i) => explicit[i] ?? [])) explicitPaths.add(await realPath(path));
  const emptySheets = new Map<InputName, string>();
  const needsDiscovery = INPUT_NAMES.some((i) => !isExplicit(i));
  if (needsDiscovery) {
    const entries = await listFolder(inputDir);
    const unclaimedWorkbooks: string[] = [];
    for (const entry of entries) {
      const { name } = entry;
      const path = join(inputDir, name);
      if (explicitPaths.size > 0 && explicitPaths.has(await realPath(path))) continue;
      if (name.startsWith('~$')) {
        unused.push({ name, reason: reason('berkas sementara Excel (~$), ada selama berkasnya terbuka di Excel', 'Excel temporary file (~$), present while the file is open in Excel') });
        continue;
      }
      if (name.startsWith('.')) {
        unused.push({ name, reason: reason('berkas tersembunyi', 'hidden file') });
        continue;
      }
      const input = inputOfFileName(name);
      const lookalikes = input === undefined ? lookalikeInputs(name) : [];
      if (entry.kind === 'folder') {
        if (input !== undefined && !isExplicit(input)) {
          problems.push({
            code: 'BERKAS_MIRIP_MASUKAN',
            text: { id: `${name} adalah folder bernama seperti masukan ${input}, tetapi isi subfolder tidak dibaca.`, en: `${name} is a folder named like input ${input}, but subfolders are not read.` },
            hint: {
              id: `Pindahkan berkasnya langsung ke folder masukan, atau ganti nama folder (mis. arsip_${name}) bila isinya bukan untuk periode ini.`,
              en: `Move its files into the input folder itself, or rename the folder (e.g. arsip_${name}) if they are not for this period.`,
            },
          });
        } else {
          unused.push({ name, reason: reason('folder; isinya tidak dibaca', 'a folder; its contents are not read') });
        }
        continue;
      }
      if (entry.kind === 'broken-link') {
        const named = input ?? lookalikes[0]?.input;
        if (named !== undefined && !isExplicit(named)) {
          problems.push({
            code: 'BERKAS_TIDAK_TERBACA',
            text: { id: `${name} (masukan ${named}) adalah tautan yang tujuannya tidak ada.`, en: `${name} (input ${named}) is a link whose target does not exist.` },
            hint: { id: 'Perbaiki tautannya atau salin berkasnya ke folder masukan.', en: 'Fix the link or copy the file into the input folder.' },
          });
        } else {
          unused.push({ name, reason: reason('tautan rusak (tujuannya tidak ada)', 'broken link (its target does not exist)') });
        }
        continue;
      }
      if (entry.kind === 'other') {
        unused.push({ name, reason: reason('bukan berkas biasa', 'not a regular file') });
        continue;
      }
      const ext = extname(name).toLowerCase();
      if (input === undefined) {
        const open = lookalikes.filter((m) => !isExplicit(m.input));
        if (open.length > 0 && DATA_LIKE.includes(ext)) {
          problems.push(lookalikeProblem(inputDir, name, open));
        } else if (open.length > 0) {
          unused.push({ name, reason: reason(`mirip masukan ${open[0]!.input}, tetapi bukan berkas data (${ext})`, `looks like input ${open[0]!.input}, but is not a data file (${ext})`) });
        } else if (lookalikes.length > 0) {
          const given = lookalikes[0]!.input;
          unused.push({ name, reason: reason(`mirip masukan ${given}, yang diberikan dengan --${given}`, `looks like input ${given}, which is given with --${given}`) });
        } else if (ext === '.yaml' || ext === '.yml') {
          // Whatever --policy says, so that the same folder lists the same way.
          unused.push({ name, reason: reason('paket aturan, bukan berkas data (berlaku bila ditunjuk dengan --policy)', 'a rule pack, not a data file (in force when named with --policy)') });
        } else if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(ext)) {
          unclaimedWorkbooks.push(name);
        } else {
          unused.push({ name, reason: reason('nama tidak cocok dengan masukan mana pun', 'name matches no input') });
        }
        continue;
      }
      if (isExplicit(input)) {
        unused.push({ name, reason: reason(`masukan ${input} diberikan dengan --${input}`, `input ${input} is given with --${input}`) });
        continue;
      }
      if (ext === '.xls') {
        if (!(await acceptXls(path))) continue;
      } else if (!SUPPORTED.includes(ext)) {
        problems.push(formatProblem(name, input));
        continue;
      }
      const wrong = otherPeriodMentions(name, input, context.period);
      if (wrong.length > 0) {
        problems.push(periodProblem(name, input, wrong, context.period));
        continue;
      }
      sizes.set(path, entry.size);
      const sheet = pack.masukan.lembar[input];
      files[input].push({ path, via: 'nama', ...(sheet ? { sheet } : {}) });
    }
    for (const name of unclaimedWorkbooks) {
      const path = join(inputDir, name);
      const provided: InputName[] = [];
      const empty: string[] = [];
      try {
        const { sheets } = await readWorkbookInfo(path, workbookChecks);
        for (const sheet of sheets) {
          // Case-sensitive: `kinerja init` writes lower-case sheet names; report sheets ("Pegawai") never match.
          const input = (INPUT_NAMES as readonly string[]).includes(sheet) ? (sheet as InputName) : undefined;
          if (!input || isExplicit(input)) continue;
          if (!(await sheetHasData(path, sheet, workbookChecks))) {
            emptySheets.set(input, `${name} [${sheet}]`);
            empty.push(sheet);
            continue;
          }
          const byName = files[input].find((f) => f.via !== 'lembar');
          if (byName) {
            throw cannotRun(
              'MASUKAN_GANDA',
              `Masukan ${input} diberikan dua kali: berkas ${basename(byName.path)} dan lembar "${sheet}" di ${name}.`,
              `Input ${input} is given twice: file ${basename(byName.path)} and sheet "${sheet}" of ${name}.`,
              'Hapus salah satunya.',
              'Remove one of them.',
            );
          }
          const wrong = otherPeriodMentions(name, input, context.period);
          if (wrong.length > 0) problems.push(periodProblem(`${name} [${sheet}]`, input, wrong, context.period));
          else files[input].push({ path, sheet, via: 'lembar' });
          provided.push(input);
        }
      } catch (err) {
        if (err instanceof KinerjaError && err.code === 'MASUKAN_GANDA') throw err;
        // Its name matches no input, so an unreadable workbook only means it is not one of them.
        const code = err instanceof KinerjaError ? err.code : (err as Error).message;
        unused.push({ name, reason: reason(`nama tidak cocok dengan masukan mana pun, dan buku kerjanya tidak dapat dibaca (${code})`, `name matches no input, and the workbook cannot be read (${code})`) });
        continue;
      }
      if (provided.length > 0) continue;
      unused.push({
        name,
        reason:
          empty.length > 0
            ? reason(`lembar templat ${empty.join(', ')} masih kosong (hanya judul kolom)`, `template sheets ${empty.join(', ')} are still empty (header only)`)
            : reason('nama tidak cocok dengan masukan mana pun, dan tidak ada lembar bernama masukan', 'name matches no input, and no sheet is named after an input'),
      });
    }
  }
  await dropIdenticalCopies(files, sizes, unused, findings);
  problems.push(...versionProblems(files));
  if (problems.length > 0) throwProblems(problems, context.lang);
  unused.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const input of INPUT_NAMES) {
    const list = files[input];
    if (!MULTI_FILE_INPUTS.includes(input) && list.length > 1) {
      const shown = list.map((f) => basename(f.path) + (f.via === 'lembar' ? ` (lembar ${f.sheet})` : '')).join(' dan ');
      throw cannotRun(
        'MASUKAN_GANDA',
        `Ada lebih dari satu berkas untuk ${input}: ${shown}.`,
        `More than one file for ${input}: ${shown.replace(' dan ', ' and ')}.`,
        `Sisakan satu, atau pilih dengan --${input} BERKAS.`,
        `Keep one, or choose with --${input} FILE.`,
      );
    }
  }
  const missing: InputName[] = [];
  if (files.pegawai.length === 0) missing.push('pegawai');
  if (files.presensi.length === 0) missing.push('presensi');
  const needs = neededInputs(pack);
  const hasPenilaian = files.penilaian.length > 0;
  if (needs.capaian && !hasPenilaian && files.capaian.length === 0) missing.push('capaian');
  if (needs.perilaku && !hasPenilaian && files.perilaku.length === 0) missing.push('perilaku');
  // A ratings file replaces capaian and perilaku, never the daily activity reports.
  if (needs.aktivitas && files.aktivitas.length === 0) missing.push('aktivitas');
  if (missing.length > 0) {
    const empty = missing.flatMap((i) => emptySheets.get(i) ?? []);
    throw cannotRun(
      'MASUKAN_TIDAK_ADA',
      `Berkas masukan tidak ditemukan di ${inputDir}: ${missing.join(', ')}.${empty.length > 0 ? ` Lembar templat ${empty.join(', ')} masih kosong (hanya judul kolom).` : ''}`,
      `Input files not found in ${inputDir}: ${missing.join(', ')}.${empty.length > 0 ? ` Template sheets ${empty.join(', ')} are still empty (header only).` : ''}`,
      `Beri nama berkas diawali nama masukan (mis. ${missing[0]}.csv atau ${missing[0]}_oktober.xlsx), atau tunjuk dengan --${missing[0]} BERKAS. "kinerja init" membuat templatnya.`,
      `Name the files after the input (e.g. ${missing[0]}.csv or ${missing[0]}_oktober.xlsx), or point to them with --${missing[0]} FILE. "kinerja init" writes templates.`,
    );
  }
  return { files, unused, findings };
}

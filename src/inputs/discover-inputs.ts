/**
 * Finding the input files (SPEC §2.1): by name in `--input DIR`, by explicit flags, or as sheets of
 * one workbook named after the inputs (as `kinerja init` writes it).
 */
import { readdir } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { KinerjaError, type Bilingual } from '../errors.js';
import { TEXT_EXTENSIONS, WORKBOOK_EXTENSIONS, xlsRefusal } from '../readers/open-table.js';
import { cellText } from '../readers/cell.js';
import { openWorkbookTable, readWorkbookInfo } from '../readers/read-workbook-table.js';
import { INPUT_NAMES, type InputName, type RulePack } from '../rules/rule-pack-schema.js';

/** File-name prefixes per input, in SPEC §2.1 order. */
export const INPUT_ALIASES: Readonly<Record<InputName, readonly string[]>> = {
  pegawai: ['pegawai'],
  presensi: ['presensi', 'kehadiran', 'absensi', 'attlog', '1_attlog'],
  capaian: ['capaian', 'skp', 'target'],
  perilaku: ['perilaku'],
  unit: ['unit'],
  hukdis: ['hukdis'],
  libur: ['libur'],
  penilaian: ['penilaian', 'laporan_penilaian_skp'],
};

/** Inputs that may come as several files whose rows are read together. */
export const MULTI_FILE_INPUTS: readonly InputName[] = ['presensi', 'capaian', 'perilaku', 'hukdis', 'libur'];

/** One file (or sheet) providing an input. */
export interface InputSource {
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

/** What discovery found: the files per input and the folder's files left unread. */
export interface Discovered {
  files: InputFiles;
  unused: UnusedFile[];
}

/** Which input a file name belongs to, if any: a prefix followed by the end or a non-letter. */
export function inputOfFileName(fileName: string): InputName | undefined {
  const lower = fileName.toLowerCase();
  for (const input of INPUT_NAMES) {
    for (const alias of INPUT_ALIASES[input]) {
      if (!lower.startsWith(alias)) continue;
      const next = lower.charAt(alias.length);
      if (next === '' || !/\p{L}/u.test(next)) return input;
    }
  }
  return undefined;
}

const SUPPORTED = [...TEXT_EXTENSIONS, ...WORKBOOK_EXTENSIONS] as readonly string[];

/** Explicit files from the command line, per input. */
export type ExplicitFiles = Partial<Record<InputName, readonly string[]>>;

function cannotRun(code: string, id: string, en: string, hintId?: string, hintEn?: string): KinerjaError {
  return new KinerjaError(code, { id, en }, hintId && hintEn ? { id: hintId, en: hintEn } : undefined);
}

/** Whether the pack needs capaian / perilaku (SPEC §2.1: not when nothing is paid on them). */
export function neededInputs(pack: RulePack): { capaian: boolean; perilaku: boolean } {
  const bases = new Set(pack.tpp.komponen.map((k) => k.dasar));
  const predikat = bases.has('faktor_predikat') || bases.has('nilai_kinerja');
  return {
    capaian: predikat || bases.has('capaian_skp'),
    perilaku: predikat || bases.has('nilai_perilaku'),
  };
}

/**
 * A sheet with at most one non-blank row is an unfilled template (`kinerja init` writes every input's
 * header): it provides nothing, so it neither counts as the input nor clashes with a CSV of the same input.
 */
async function sheetHasData(path: string, sheet: string): Promise<boolean> {
  let filled = 0;
  for await (const batch of (await openWorkbookTable(path, basename(path), sheet)).batches()) {
    for (const row of batch) {
      if (row.cells.some((c) => cellText(c).trim() !== '') && ++filled >= 2) return true;
    }
  }
  return false;
}

/** Finds every input's files; problems that stop the run are KinerjaErrors (exit 2). */
export async function discoverInputs(inputDir: string, explicit: ExplicitFiles, pack: RulePack): Promise<Discovered> {
  const files = Object.fromEntries(INPUT_NAMES.map((i) => [i, [] as InputSource[]])) as InputFiles;
  const unused: UnusedFile[] = [];
  for (const input of INPUT_NAMES) {
    for (const path of explicit[input] ?? []) {
      if (extname(path).toLowerCase() === '.xls') throw xlsRefusal(path);
      const sheet = pack.masukan.lembar[input];
      files[input].push({ path, via: 'opsi', ...(sheet ? { sheet } : {}) });
    }
  }
  const emptySheets = new Map<InputName, string>();
  const needsDiscovery = INPUT_NAMES.some((i) => (explicit[i] ?? []).length === 0);
  if (needsDiscovery) {
    let entries: { name: string; isFile: boolean }[];
    try {
      entries = (await readdir(inputDir, { withFileTypes: true })).map((d) => ({ name: d.name, isFile: d.isFile() }));
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
    const names = entries.filter((e) => e.isFile && !e.name.startsWith('~$') && !e.name.startsWith('.')).map((e) => e.name).sort();
    const unclaimedWorkbooks: string[] = [];
    for (const name of names) {
      const ext = extname(name).toLowerCase();
      const input = inputOfFileName(name);
      if (input === undefined) {
        if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(ext)) unclaimedWorkbooks.push(name);
        continue;
      }
      if ((explicit[input] ?? []).length > 0) continue;
      if (ext === '.xls') throw xlsRefusal(join(inputDir, name));
      if (!SUPPORTED.includes(ext)) continue;
      const sheet = pack.masukan.lembar[input];
      files[input].push({ path: join(inputDir, name), via: 'nama', ...(sheet ? { sheet } : {}) });
    }
    for (const name of unclaimedWorkbooks) {
      const path = join(inputDir, name);
      const { sheets } = await readWorkbookInfo(path);
      for (const sheet of sheets) {
        // Case-sensitive: `kinerja init` writes lower-case sheet names; report sheets ("Pegawai") never match.
        const input = (INPUT_NAMES as readonly string[]).includes(sheet) ? (sheet as InputName) : undefined;
        if (!input || (explicit[input] ?? []).length > 0) continue;
        if (!(await sheetHasData(path, sheet))) {
          emptySheets.set(input, `${name} [${sheet}]`);
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
        files[input].push({ path, sheet, via: 'lembar' });
      }
    }
  }
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
  return { files, unused };
}

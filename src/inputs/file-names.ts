/**
 * What a file name says (SPEC §2.1): which input it provides, which input it merely looks like, and
 * which month or year it names. Pure functions on names; discover-inputs.ts decides what to do.
 */
import { extname } from 'node:path';
import type { Period } from '../domain.js';
import { MONTH_NAMES } from '../readers/parse-date.js';
import { INPUT_NAMES, type InputName } from '../rules/rule-pack-schema.js';

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

/**
 * Words and phrases (space-separated words of a normalised name) that make a name look like an input.
 * A name holding one of them but not taken by the prefix rule stops the run: it is probably that input
 * under a name kinerja does not read.
 */
export const INPUT_SYNONYMS: Readonly<Record<InputName, readonly string[]>> = {
  pegawai: ['pegawai', 'kepegawaian', 'karyawan', 'nominatif', 'data pegawai', 'daftar pegawai', 'employee', 'employees', 'staff'],
  presensi: ['presensi', 'kehadiran', 'absensi', 'absen', 'hadir', 'daftar hadir', 'attlog', 'att log', 'attendance', 'fingerprint', 'finger'],
  capaian: ['capaian', 'skp', 'target', 'realisasi', 'sasaran kinerja', 'capaian kinerja', 'ekinerja', 'e kinerja'],
  perilaku: ['perilaku', 'nilai perilaku', 'penilaian perilaku', 'berakhlak', 'behaviour', 'behavior'],
  unit: ['unit', 'unit kerja', 'opd', 'skpd', 'satker'],
  hukdis: ['hukdis', 'hukuman', 'hukuman disiplin', 'disiplin', 'sanksi', 'sanction', 'sanctions'],
  libur: ['libur', 'hari libur', 'libur nasional', 'tanggal merah', 'cuti bersama', 'holiday', 'holidays', 'kalender'],
  penilaian: ['penilaian', 'laporan penilaian', 'penilaian kinerja', 'predikat'],
};

/** The name without its extension (`.csv`), as written. */
export function fileStem(fileName: string): string {
  const ext = extname(fileName);
  return ext === '' || ext === fileName ? fileName : fileName.slice(0, -ext.length);
}

/**
 * Words of a name: camelCase split (`hukdisOktober` → hukdis oktober), letters split from digits
 * (`mesin2` → mesin 2), lower case, any other character a separator.
 */
export function nameWords(stem: string): string[] {
  return stem
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w !== '');
}

const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
const isUpper = (ch: string): boolean => /\p{Lu}/u.test(ch);
const isLower = (ch: string): boolean => /\p{Ll}/u.test(ch);

/** Input and alias at the start of a name by the prefix rule, camelCase boundaries included. */
function prefixClaim(fileName: string): { input: InputName; alias: string } | undefined {
  const lower = fileName.toLowerCase();
  for (const input of INPUT_NAMES) {
    for (const alias of INPUT_ALIASES[input]) {
      if (!lower.startsWith(alias)) continue;
      const next = fileName.charAt(alias.length);
      // `hukdisOktober`: a lower-to-upper change right after the prefix is a word boundary for certain.
      const camel = isUpper(next) && isLower(fileName.charAt(alias.length - 1));
      if (next === '' || !isLetter(next) || camel) return { input, alias };
    }
  }
  return undefined;
}

function startsWithWords(words: readonly string[], phrase: readonly string[]): boolean {
  return phrase.length <= words.length && phrase.every((w, i) => words[i] === w);
}

/**
 * Which input a file name provides (SPEC §2.1): it starts (case-insensitive) with the input's name or
 * an alias, followed by the end of the name, a non-letter, or a camelCase capital (`hukdisOktober`).
 * A longer phrase of another input at the start wins over a shorter alias: `penilaian_perilaku.csv`
 * is behaviour scores, not the BKN appraisal report, so it is not taken (and then looks like perilaku).
 */
export function inputOfFileName(fileName: string): InputName | undefined {
  const claim = prefixClaim(fileName);
  if (!claim) return undefined;
  const words = nameWords(fileStem(fileName));
  const aliasWords = nameWords(claim.alias).length;
  for (const input of INPUT_NAMES) {
    if (input === claim.input) continue;
    for (const phrase of INPUT_SYNONYMS[input]) {
      const p = phrase.split(' ');
      if (p.length > aliasWords && startsWithWords(words, p)) return undefined;
    }
  }
  return claim.input;
}

/** Whether a phrase occurs in the words: as consecutive words, or glued into one word (`datapegawai`). */
function phraseIn(words: readonly string[], phrase: string): boolean {
  const p = phrase.split(' ');
  for (let i = 0; i + p.length <= words.length; i++) if (p.every((w, j) => words[i + j] === w)) return true;
  const glued = p.join('');
  return words.some((w, i) => {
    if (w === glued) return true;
    // Glued to other words (`hukdisoktober`, `rekapabsensi`): at the start of the name whatever its
    // length, else only at a word's start or end and when at least 5 letters (`unit` in `komunitas` is not).
    if (i === 0 && w.startsWith(glued)) return true;
    return glued.length >= 5 && (w.startsWith(glued) || w.endsWith(glued));
  });
}

/**
 * The inputs a name looks like (normalised words against every input's name, aliases and synonyms),
 * with the words that matched; empty when it looks like none.
 */
export function lookalikeInputs(fileName: string): { input: InputName; phrase: string }[] {
  const words = nameWords(fileStem(fileName));
  const found: { input: InputName; phrase: string }[] = [];
  for (const input of INPUT_NAMES) {
    const phrases = [...INPUT_SYNONYMS[input], ...INPUT_ALIASES[input].map((a) => nameWords(a).join(' '))];
    // Longest first, so that the reported phrase is the most telling one.
    const hit = phrases.sort((a, b) => b.length - a.length).find((p) => phraseIn(words, p));
    if (hit) found.push({ input, phrase: hit });
  }
  return found;
}

/** A name for a lookalike file that the prefix rule takes: the input's name, then its other words. */
export function suggestedName(fileName: string, input: InputName, phrase: string): string {
  const matched = new Set(phrase.split(' '));
  const rest = nameWords(fileStem(fileName)).filter((w) => !matched.has(w));
  return `${input}${rest.length > 0 ? `_${rest.join('_')}` : ''}${extname(fileName).toLowerCase()}`;
}

/** Words that mark a version or a copy of a file rather than a part of an input. */
const VERSION_WORDS = new Set(['revisi', 'rev', 'perbaikan', 'koreksi', 'final', 'copy', 'salinan', 'kopi', 'backup', 'cadangan', 'old', 'new', 'lama', 'baru', 'versi', 'terbaru', 'update', 'updated', 'fix']);

/**
 * A name without its extension, a copy number `(1)`, a version number (`v2`, `rev3`) and version words
 * (`revisi`, `final`, `copy`, `salinan`, `lama`, `baru`, ...): equal for versions of one file.
 */
export function versionlessName(fileName: string): string {
  const stem = fileStem(fileName)
    .replace(/\(\d+\)/g, ' ')
    .replace(/(^|[^\p{L}])(?:v|ver|versi|rev|revisi)[ _.-]?\d+(?!\d)/giu, '$1 ');
  return nameWords(stem).filter((w) => !VERSION_WORDS.has(w)).join(' ');
}

// --- months and years in names -------------------------------------------------------------------

const MONTH_WORDS = MONTH_NAMES;

/** A month or year a name mentions; `date` when it came from a full date (e.g. an export date). */
export interface PeriodMention {
  year?: number;
  month?: number;
  date?: boolean;
  /** The text as written in the name. */
  text: string;
}

const YEAR = '(20\\d\\d)';
const MONTH2 = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12]\\d|3[01])';
const SEP = '[-_. ]';
// Digit runs longer than the pattern (a NIP, a serial number) never match: no digit on either side.
const DATE_YMD = new RegExp(`(?<!\\d)${YEAR}${SEP}?${MONTH2}${SEP}?${DAY}(?!\\d)`, 'g');
const DATE_DMY = new RegExp(`(?<!\\d)${DAY}${SEP}${MONTH2}${SEP}${YEAR}(?!\\d)`, 'g');
const YEAR_MONTH = new RegExp(`(?<!\\d)${YEAR}(?:${SEP}?${MONTH2}|-([1-9]))(?!\\d)`, 'g');
const MONTH_YEAR = new RegExp(`(?<!\\d)(?:${MONTH2}${SEP}?|([1-9])-)${YEAR}(?!\\d)`, 'g');
const YEAR_ONLY = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, 'g');

/**
 * Months and years a name mentions: full dates (`2026-11-02`, `02-11-2026`, `20261102`),
 * `YYYY-MM` / `YYYYMM` / `YYYY_MM`, `MM-YYYY` / `MM_YYYY` / `MMYYYY` (a one-digit month only with `-`),
 * a year 2000-2099 on its own, and month names in Indonesian or English (`oktober`, `okt`, `oct`, ...)
 * as whole words. Lone numbers (`presensi_bidang_1`, `attlog_mesin2`) are not months.
 */
export function periodMentions(fileName: string): PeriodMention[] {
  let rest = fileStem(fileName).replace(/(\p{L})(\d)/gu, '$1 $2').replace(/(\d)(\p{L})/gu, '$1 $2');
  const found: PeriodMention[] = [];
  const take = (re: RegExp, read: (m: RegExpExecArray) => Omit<PeriodMention, 'text'>): void => {
    rest = rest.replace(re, (...args: unknown[]) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      found.push({ ...read(m), text: m[0] });
      return ' ';
    });
  };
  take(DATE_YMD, (m) => ({ year: Number(m[1]), month: Number(m[2]), date: true }));
  take(DATE_DMY, (m) => ({ year: Number(m[3]), month: Number(m[2]), date: true }));
  take(YEAR_MONTH, (m) => ({ year: Number(m[1]), month: Number(m[2] ?? m[3]) }));
  take(MONTH_YEAR, (m) => ({ year: Number(m[3]), month: Number(m[1] ?? m[2]) }));
  take(YEAR_ONLY, (m) => ({ year: Number(m[1]) }));
  for (const word of nameWords(rest)) {
    const month = MONTH_WORDS[word];
    if (month !== undefined) found.push({ month, text: word });
  }
  return found;
}

/** Inputs whose names are not checked against the period: a sanctions register spans months and years. */
export const PERIOD_FREE_INPUTS: readonly InputName[] = ['hukdis'];
/** Inputs whose names are checked for the year only: a holiday list covers a year (or several). */
export const YEAR_ONLY_INPUTS: readonly InputName[] = ['libur'];

/**
 * The mentions that name another period than `period` (empty when the name fits): a year mentioned
 * while the period's year is not, or a month mentioned while the period's month is not. A full date
 * in the month after the period is taken as the export date and ignored.
 */
export function otherPeriodMentions(fileName: string, input: InputName, period: Period): PeriodMention[] {
  if (PERIOD_FREE_INPUTS.includes(input)) return [];
  const nextMonth = period.month === 12 ? { year: period.year + 1, month: 1 } : { year: period.year, month: period.month + 1 };
  const mentions = periodMentions(fileName).filter((m) => !(m.date && m.year === nextMonth.year && m.month === nextMonth.month));
  const years = mentions.filter((m) => m.year !== undefined);
  const months = YEAR_ONLY_INPUTS.includes(input) ? [] : mentions.filter((m) => m.month !== undefined);
  const wrong: PeriodMention[] = [];
  if (years.length > 0 && !years.some((m) => m.year === period.year)) wrong.push(...years);
  if (months.length > 0 && !months.some((m) => m.month === period.month)) wrong.push(...months.filter((m) => !wrong.includes(m)));
  return wrong;
}

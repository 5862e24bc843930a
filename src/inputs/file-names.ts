/**
 * What a file name says (SPEC §2.1): which input it provides, which input it merely looks like, and
 * which month or year it names. Pure functions on names; discover-inputs.ts decides what to do.
 */
import { extname } from 'node:path';
import type { Period } from '../model/domain.js';
import { MONTH_NAMES } from '../readers/parse-date.js';
import { INPUT_NAMES, type InputName } from '../rules/rule-pack-schema.js';

/** File-name prefixes per input, in SPEC §2.1 order. */
const INPUT_ALIASES: Readonly<Record<InputName, readonly string[]>> = {
  pegawai: ['pegawai'],
  presensi: ['presensi', 'kehadiran', 'absensi', 'attlog', '1_attlog'],
  capaian: ['capaian', 'skp', 'target'],
  perilaku: ['perilaku'],
  unit: ['unit'],
  hukdis: ['hukdis'],
  libur: ['libur'],
  penilaian: ['penilaian', 'laporan_penilaian_skp'],
  mutasi: ['mutasi'],
  plt: ['plt', 'plh'],
  jadwal: ['jadwal', 'roster'],
  aktivitas: ['aktivitas', 'laporan_harian'],
};

/**
 * Words and phrases (space-separated words of a normalised name) that make a name look like an input.
 * A name holding one of them but not taken by the prefix rule stops the run: it is probably that input
 * under a name kinerja does not read.
 */
const INPUT_SYNONYMS: Readonly<Record<InputName, readonly string[]>> = {
  pegawai: ['pegawai', 'kepegawaian', 'karyawan', 'nominatif', 'data pegawai', 'daftar pegawai', 'employee', 'employees', 'staff'],
  presensi: ['presensi', 'kehadiran', 'absensi', 'absen', 'hadir', 'daftar hadir', 'attlog', 'att log', 'attendance', 'fingerprint', 'finger'],
  capaian: ['capaian', 'skp', 'target', 'realisasi', 'sasaran kinerja', 'capaian kinerja', 'ekinerja', 'e kinerja'],
  perilaku: ['perilaku', 'nilai perilaku', 'penilaian perilaku', 'berakhlak', 'behaviour', 'behavior'],
  unit: ['unit', 'unit kerja', 'opd', 'skpd', 'satker'],
  hukdis: ['hukdis', 'hukuman', 'hukuman disiplin', 'disiplin', 'sanksi', 'sanction', 'sanctions'],
  libur: ['libur', 'hari libur', 'libur nasional', 'tanggal merah', 'cuti bersama', 'holiday', 'holidays', 'kalender'],
  penilaian: ['penilaian', 'laporan penilaian', 'penilaian kinerja', 'predikat'],
  mutasi: ['mutasi', 'mutasi pegawai', 'pindah', 'perpindahan', 'promosi', 'transfer', 'transfers'],
  plt: ['plt', 'plh', 'pelaksana tugas', 'pelaksana harian'],
  jadwal: ['jadwal', 'jadwal shift', 'jadwal dinas', 'roster', 'shift', 'dinas jaga'],
  aktivitas: ['aktivitas', 'aktivitas harian', 'laporan harian', 'activity', 'activities'],
};

/** The name without its extension (`.csv`), as written. */
function fileStem(fileName: string): string {
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

/** How a phrase occurs in the words: as whole consecutive words, or glued to other letters in one word. */
type PhraseHit = 'exact' | 'glued';

/** Whether a phrase occurs in the words: as consecutive words, or glued into one word (`datapegawai`). */
function phraseIn(words: readonly string[], phrase: string): PhraseHit | undefined {
  const p = phrase.split(' ');
  for (let i = 0; i + p.length <= words.length; i++) if (p.every((w, j) => words[i + j] === w)) return 'exact';
  const glued = p.join('');
  return words.some((w, i) => w === glued || gluedAt(w, glued, i) !== undefined) ? 'glued' : undefined;
}

/**
 * Where a phrase is glued into a longer word: at the start of the name whatever its length
 * (`hukdisoktober`, `pegawaiaktif`), else only at a word's start or end and when at least 5 letters
 * (`rekapabsensi`; `unit` in `komunitas` is not).
 */
function gluedAt(word: string, glued: string, index: number): 'start' | 'end' | undefined {
  if (word.length <= glued.length) return undefined;
  if (word.startsWith(glued) && (index === 0 || glued.length >= 5)) return 'start';
  if (glued.length >= 5 && word.endsWith(glued)) return 'end';
  return undefined;
}

/** Every phrase of an input (synonyms and aliases as words), longest first. */
function inputPhrases(input: InputName): string[] {
  const phrases = new Set([...INPUT_SYNONYMS[input], ...INPUT_ALIASES[input].map((a) => nameWords(a).join(' '))]);
  return [...phrases].sort((a, b) => b.length - a.length);
}

/**
 * The inputs a name looks like (normalised words against every input's name, aliases and synonyms),
 * with the words that matched; empty when it looks like none. Inputs matched by whole words come
 * first (`skpd` is the unit synonym, not capaian's `skp` glued to a `d`): a glued match inside a word
 * that is itself another input's whole word is dropped.
 */
export function lookalikeInputs(fileName: string): { input: InputName; phrase: string }[] {
  const words = nameWords(fileStem(fileName));
  const exact: { input: InputName; phrase: string }[] = [];
  const glued: { input: InputName; phrase: string }[] = [];
  for (const input of INPUT_NAMES) {
    const phrases = inputPhrases(input);
    // The longest whole-word phrase is the most telling one; a glued one only when there is none.
    const whole = phrases.find((p) => phraseIn(words, p) === 'exact');
    if (whole) {
      exact.push({ input, phrase: whole });
      continue;
    }
    const part = phrases.find((p) => phraseIn(words, p) === 'glued');
    if (part) glued.push({ input, phrase: part });
  }
  const exactWords = new Set(exact.flatMap((m) => m.phrase.split(' ')));
  // Spurious when every word carrying the glued phrase is another input's whole word.
  const gluedInOwnWord = (m: { phrase: string }): boolean => {
    const g = m.phrase.replace(/ /g, '');
    return words.every((w, i) => (w !== g && gluedAt(w, g, i) === undefined) || exactWords.has(w));
  };
  return [...exact, ...glued.filter((m) => !gluedInOwnWord(m))];
}

/**
 * A name for a lookalike file that the prefix rule takes: the input's name, then the name's other
 * words without the input's own name and synonyms (`nominatif_pegawai.xlsx` → `pegawai.xlsx`,
 * `pegawaiaktif.csv` → `pegawai_aktif.csv`), so that the suggestion does not repeat the input.
 */
export function suggestedName(fileName: string, input: InputName, phrase: string): string {
  const phrases = [...new Set([phrase, ...inputPhrases(input)])].sort((a, b) => b.length - a.length);
  let words = nameWords(fileStem(fileName));
  // Whole-word phrases first, longest first (`data pegawai` before `pegawai`).
  for (const p of phrases) {
    const parts = p.split(' ');
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (parts.every((w, j) => words[i + j] === w)) {
        words = [...words.slice(0, i), ...words.slice(i + parts.length)];
        i--;
      }
    }
  }
  // Then phrases glued to other letters: `pegawaiaktif` → `aktif`, `rekapabsensi` → `rekap`.
  words = words.map((w, i) => {
    for (const p of phrases) {
      const g = p.replace(/ /g, '');
      if (w === g) return '';
      const at = gluedAt(w, g, i);
      if (at === 'start') return w.slice(g.length);
      if (at === 'end') return w.slice(0, -g.length);
    }
    return w;
  });
  const rest = words.filter((w) => w !== '');
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

/** A month or year a name mentions; `date` when it came from a full date (e.g. an export date). */
export interface PeriodMention {
  year?: number;
  month?: number;
  /** The last month of a range of month names (`januari-desember`): the mention covers month..monthTo. */
  monthTo?: number;
  date?: boolean;
  /** The text as written in the name. */
  text: string;
}

const YEAR = '(20\\d\\d)';
const MONTH2 = '(0[1-9]|1[0-2])';
const DAY = '(0[1-9]|[12]\\d|3[01])';
const SEP = '[-_. ]';
/**
 * A time right after a full date (`20261101_2015`, `..._201530`): its 4 digits are not a year. Not when
 * more digits follow, as in a second date (`2026-10-01_2026-10-31`).
 */
const TIME = `(?:${SEP}(?:[01]\\d|2[0-3])[0-5]\\d(?:[0-5]\\d)?(?!${SEP}?\\d))?`;
// Digit runs longer than the pattern (a NIP, a serial number) never match: no digit on either side.
// Year-first and day-first dates in one scan, so the leftmost wins: in `01-11-2026_0905` the day-first
// date is taken with its time, not `2026_0905` as 5 September.
const DATE = new RegExp(`(?<!\\d)(?:${YEAR}${SEP}?${MONTH2}${SEP}?${DAY}|${DAY}${SEP}${MONTH2}${SEP}${YEAR})${TIME}(?!\\d)`, 'g');
const YEAR_MONTH = new RegExp(`(?<!\\d)${YEAR}(?:${SEP}?${MONTH2}|-([1-9]))(?!\\d)`, 'g');
const MONTH_YEAR = new RegExp(`(?<!\\d)(?:${MONTH2}${SEP}?|([1-9])-)${YEAR}(?!\\d)`, 'g');
const YEAR_ONLY = new RegExp(`(?<!\\d)${YEAR}(?!\\d)`, 'g');
/** A month name as a whole word (the names are letters only). */
const MONTH_WORD = `(${Object.keys(MONTH_NAMES).sort((a, b) => b.length - a.length).join('|')})`;
/** `30 September 2026`, `30-sep-2026`, `1_okt_2026`: a full date with the month's name. */
const DATE_NAMED = new RegExp(`(?<![\\p{L}\\d])([1-9]|0[1-9]|[12]\\d|3[01])${SEP}+${MONTH_WORD}\\.?${SEP}+${YEAR}${TIME}(?![\\p{L}\\d])`, 'giu');
/** `januari-desember`, `jan sd des`, `Juli s.d. Desember`, `januari_sampai_maret`: a range of months. */
const MONTH_RANGE = new RegExp(
  `(?<!\\p{L})${MONTH_WORD}(?:[ _]*[-\u2013\u2014][ _]*|[ _.]+(?:s[ _.]?d|sampai|hingga|to|until)\\.?[ _.]+)${MONTH_WORD}(?!\\p{L})`,
  'giu',
);

/**
 * Months and years a name mentions: full dates (`2026-11-02`, `02-11-2026`, `20261102`,
 * `30 September 2026`; 4 digits right after one are a time, `20261101_2015`), `YYYY-MM` / `YYYYMM` /
 * `YYYY_MM`, `MM-YYYY` / `MM_YYYY` / `MMYYYY` (a one-digit month only with `-`), a year 2000-2099 on its
 * own, ranges of month names (`januari-desember`) and month names in Indonesian or English (`oktober`,
 * `okt`, `oct`, ...) as whole words. Lone numbers (`presensi_bidang_1`, `attlog_mesin2`) are not months.
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
  const month = (word: string): number => MONTH_NAMES[word.toLowerCase()]!;
  take(DATE, (m) => (m[1] !== undefined ? { year: Number(m[1]), month: Number(m[2]), date: true } : { year: Number(m[6]), month: Number(m[5]), date: true }));
  take(DATE_NAMED, (m) => ({ year: Number(m[3]), month: month(m[2]!), date: true }));
  take(YEAR_MONTH, (m) => ({ year: Number(m[1]), month: Number(m[2] ?? m[3]) }));
  take(MONTH_YEAR, (m) => ({ year: Number(m[3]), month: Number(m[1] ?? m[2]) }));
  take(YEAR_ONLY, (m) => ({ year: Number(m[1]) }));
  take(MONTH_RANGE, (m) => ({ month: month(m[1]!), monthTo: month(m[2]!) }));
  for (const word of nameWords(rest)) {
    const named = MONTH_NAMES[word];
    if (named !== undefined) found.push({ month: named, text: word });
  }
  return found;
}

/** Whether a month mention covers the month: the same month, or a range holding it (`november-februari` wraps). */
function coversMonth(m: PeriodMention, month: number): boolean {
  if (m.month === undefined) return false;
  if (m.monthTo === undefined) return m.month === month;
  return m.month <= m.monthTo ? m.month <= month && month <= m.monthTo : month >= m.month || month <= m.monthTo;
}

/** Inputs whose names are not checked against the period: a sanctions register, transfers or acting posts span months and years. */
const PERIOD_FREE_INPUTS: readonly InputName[] = ['hukdis', 'mutasi', 'plt'];
/** Inputs whose names are checked for the year only: a holiday list covers a year (or several). */
const YEAR_ONLY_INPUTS: readonly InputName[] = ['libur'];

/** Inputs that describe the staff as of a day: a name dated in the month before the period is fine (`pegawai per 30 September`). */
const AS_OF_INPUTS: readonly InputName[] = ['pegawai', 'unit'];

/**
 * The mentions that name another period than `period` (empty when the name fits): a year mentioned
 * while the period's year is not, or a month mentioned while the period's month is not (a range of
 * months that holds it counts). A full date in the month after the period is taken as the export date
 * and ignored; for a staff list or unit list (`AS_OF_INPUTS`) a full date in the month before too: it
 * is the day the list was taken (last month's attendance, targets or scores are last month's data).
 */
export function otherPeriodMentions(fileName: string, input: InputName, period: Period): PeriodMention[] {
  if (PERIOD_FREE_INPUTS.includes(input)) return [];
  const nextMonth = period.month === 12 ? { year: period.year + 1, month: 1 } : { year: period.year, month: period.month + 1 };
  const prevMonth = period.month === 1 ? { year: period.year - 1, month: 12 } : { year: period.year, month: period.month - 1 };
  const asOf = AS_OF_INPUTS.includes(input);
  const isDay = (m: PeriodMention, at: { year: number; month: number }): boolean => m.date === true && m.year === at.year && m.month === at.month;
  const mentions = periodMentions(fileName).filter((m) => !isDay(m, nextMonth) && !(asOf && isDay(m, prevMonth)));
  const years = mentions.filter((m) => m.year !== undefined);
  const months = YEAR_ONLY_INPUTS.includes(input) ? [] : mentions.filter((m) => m.month !== undefined);
  const wrong: PeriodMention[] = [];
  if (years.length > 0 && !years.some((m) => m.year === period.year)) wrong.push(...years);
  if (months.length > 0 && !months.some((m) => coversMonth(m, period.month))) wrong.push(...months.filter((m) => !wrong.includes(m)));
  return wrong;
}

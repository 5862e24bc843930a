/**
 * NIP reading and the structural checks of SPEC §2.5: 18 digits `YYYYMMDD YYYYMM G NNN`. NIPs are
 * text; one that went through a spreadsheet as a number has lost its last digits.
 */
import type { Bilingual } from '../errors.js';
import type { Period } from '../model/domain.js';
import { isRealDate } from '../model/local-date.js';
import type { Cell } from '../readers/cell.js';

/** What was tidied in a NIP written with characters a copy-paste or an export left in (`NIP_DIRAPIKAN`). */
export interface NipTidy {
  id: string;
  en: string;
}

/** What a NIP cell holds. */
export type NipCell =
  | { kind: 'empty' }
  | { kind: 'nip'; nip: string; tidied?: NipTidy }
  | { kind: 'damaged'; text: string; prefix: string }
  | { kind: 'format'; text: string; reason: Bilingual };

const SCIENTIFIC = /^(\d)(?:[.,](\d+))?[eE]\+?(\d+)$/;
/**
 * Zero-width space/joiners, word joiner, BOM, soft hyphen, and the bidi marks, embeddings and isolates
 * (U+200E/F, U+202A-E, U+2066-9) that text copied from web pages or WhatsApp carries: invisible in a cell.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD]/g;
/** No-break spaces (web pages, Word): look like spaces. */
const NO_BREAK_SPACE = /[\u00A0\u202F\u2007]/g;
/** Hyphen-minus, the Unicode hyphens and dashes, the minus sign. */
const HYPHENS = /[-\u2010-\u2015\u2212]/g;
/** A number-to-text conversion's decimals: `198503172010011003.0`. */
const TRAILING_DECIMAL = /^(.*\d)[.,]0+$/;
/** Separators a typed or formatted NIP carries (`19850317 201001 1 003`, dots); removed silently. */
const PLAIN_SEPARATORS = /[\s.]/g;
const DIGITS = /^\d+$/;

/** True for exactly 18 ASCII digits (the usual NIP cell; no regex on the hot paths). */
export function isPlainNip(text: string): boolean {
  if (text.length !== 18) return false;
  for (let i = 0; i < 18; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The text with invisible characters shown as ⟨U+XXXX⟩, for messages (the cell looks fine in Excel). */
export function visibleNipText(text: string): string {
  return text.replace(/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF\u00AD\u00A0\u202F\u2007]/g, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/**
 * 18 digits read from text that ended in `.0`: certain only when they could not have passed through a
 * floating-point number (which keeps about 16 digits). A value a double holds exactly, or one ending in
 * 000 (no NIP has sequence 000), may be a NIP whose last digits were rounded away.
 */
function mayHaveBeenRounded(digits: string): boolean {
  return digits.endsWith('000') || BigInt(Number(digits)) === BigInt(digits);
}

/**
 * Reads a NIP (or any 18-digit identifier) cell. Invisible characters, no-break spaces, hyphens and a
 * trailing `.0` are certain repairs (reported through `tidied`); spaces, dots and a leading apostrophe
 * (Excel's text marker) are how NIPs are usually written and stay silent. A number cell is damaged.
 */
const EXCEL_TEXT_FORMULA = /^=\s*"(.*)"$/s;

export function readNipCell(cell: Cell): NipCell {
  if (cell === null) return { kind: 'empty' };
  if (typeof cell === 'string' && isPlainNip(cell)) return { kind: 'nip', nip: cell };
  if (typeof cell === 'number') {
    const digits = Number.isFinite(cell) ? BigInt(Math.round(cell)).toString() : String(cell);
    return { kind: 'damaged', text: digits, prefix: digits.slice(0, 15).replace(/0+$/, '') };
  }
  const original = typeof cell === 'string' ? cell : String(cell);
  const raw = original.trim();
  const repairs: [string, string][] = [];
  let text = original;
  const withoutInvisible = text.replace(INVISIBLE, '');
  if (withoutInvisible !== text) {
    repairs.push(['karakter tak terlihat dihapus', 'invisible characters removed']);
    text = withoutInvisible;
  }
  const withoutNbsp = text.replace(NO_BREAK_SPACE, ' ');
  if (withoutNbsp !== text) {
    repairs.push(['spasi khusus (NBSP) dihapus', 'no-break spaces removed']);
    text = withoutNbsp;
  }
  text = text.trim().replace(/^['\u2018\u2019]/, '');
  // `="197009151998042852"`: the formula Excel writes to keep a number as text in a CSV; what is
  // inside the quotes is the text Excel shows.
  const formula = EXCEL_TEXT_FORMULA.exec(text);
  if (formula) {
    repairs.push(['penanda teks Excel ="…" dihapus', 'Excel text marker ="…" removed']);
    text = formula[1]!.trim();
    if (text === '') return { kind: 'format', text: raw, reason: { id: 'rumus tanpa isi', en: 'a formula with nothing in it' } };
  }
  if (text === '') return { kind: 'empty' };
  const sci = SCIENTIFIC.exec(text.replace(/\s/g, ''));
  if (sci) return { kind: 'damaged', text: raw, prefix: (sci[1]! + (sci[2] ?? '')).replace(/0+$/, '') };
  const withoutHyphens = text.replace(HYPHENS, '');
  // Only as separators between digits: a lone "-" (no NIP) stays what it is.
  if (withoutHyphens !== text && /\d/.test(withoutHyphens)) {
    repairs.push(['tanda hubung dihapus', 'hyphens removed']);
    text = withoutHyphens;
  }
  let compact = text.replace(PLAIN_SEPARATORS, '');
  if (compact.length !== 18 || !DIGITS.test(compact)) {
    const decimal = TRAILING_DECIMAL.exec(text);
    const whole = decimal ? decimal[1]!.replace(PLAIN_SEPARATORS, '') : '';
    if (whole.length === 18 && DIGITS.test(whole)) {
      if (mayHaveBeenRounded(whole)) return { kind: 'damaged', text: raw, prefix: whole.slice(0, 15).replace(/0+$/, '') };
      repairs.push(['".0" di belakang dihapus', 'trailing ".0" removed']);
      compact = whole;
    }
  }
  if (DIGITS.test(compact)) {
    if (compact.length === 18) {
      if (repairs.length === 0) return { kind: 'nip', nip: compact };
      return { kind: 'nip', nip: compact, tidied: { id: repairs.map((r) => r[0]).join(', '), en: repairs.map((r) => r[1]).join(', ') } };
    }
    return {
      kind: 'format',
      text: raw,
      reason: { id: `${compact.length} digit, seharusnya 18`, en: `${compact.length} digits instead of 18` },
    };
  }
  return { kind: 'format', text: raw, reason: { id: 'berisi karakter selain angka', en: 'contains characters other than digits' } };
}

/** Normalises a NIP written in another input or typed by a user for lookup. */
export function compactNip(text: string): string {
  const cell = readNipCell(text);
  if (cell.kind === 'nip') return cell.nip;
  return text.replace(INVISIBLE, '').trim().replace(/^'/, '').replace(/[\s.]/g, '');
}

/** Whether a text from another cell or line reads as an 18-digit NIP (to tie a damaged row to one). */
export function looksLikeNip(text: string): boolean {
  return /^\d{18}$/.test(compactNip(text));
}

/** A structural problem of an 18-digit NIP. */
export type NipProblem =
  | { code: 'NIP_TIDAK_VALID'; part: Bilingual; reason: Bilingual }
  | { code: 'NIP_PPPK_KODE'; digits: string };

const PART = {
  birth: { id: 'tanggal lahir (digit 1-8)', en: 'birth date (digits 1-8)' },
  tmt: { id: 'TMT CPNS (digit 9-14)', en: 'CPNS start (digits 9-14)' },
  year: { id: 'tahun pengangkatan (digit 9-12)', en: 'appointment year (digits 9-12)' },
  gender: { id: 'jenis kelamin (digit 15)', en: 'gender (digit 15)' },
  sequence: { id: 'nomor urut (digit 16-18)', en: 'sequence (digits 16-18)' },
} as const;

/**
 * Checks the layout of an 18-digit NIP for the period. PPPK numbers have the appointment year in
 * digits 9-12 and two digits that are not a month in 13-14 (warning outside 21..29).
 */
export function checkNipLayout(nip: string, pppk: boolean, period: Period): NipProblem[] {
  const problems: NipProblem[] = [];
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const ty = Number(nip.slice(8, 12));
  const tm = Number(nip.slice(12, 14));
  const gender = nip[14];
  const sequence = Number(nip.slice(15, 18));
  const birthOk = isRealDate(by, bm, bd) && by >= 1940;
  if (!isRealDate(by, bm, bd)) {
    problems.push({ code: 'NIP_TIDAK_VALID', part: PART.birth, reason: { id: `${nip.slice(0, 8)} bukan tanggal`, en: `${nip.slice(0, 8)} is not a date` } });
  } else if (by < 1940) {
    problems.push({ code: 'NIP_TIDAK_VALID', part: PART.birth, reason: { id: `tahun ${by} sebelum 1940`, en: `year ${by} is before 1940` } });
  } else {
    // Age at the first day of the period must be at least 17.
    const ageOk = by + 17 < period.year || (by + 17 === period.year && (bm < period.month || (bm === period.month && bd === 1)));
    if (!ageOk) {
      problems.push({ code: 'NIP_TIDAK_VALID', part: PART.birth, reason: { id: 'umur di bawah 17 tahun pada periode ini', en: 'younger than 17 in this period' } });
    }
  }
  if (pppk) {
    const digits = nip.slice(12, 14);
    if (tm < 21 || tm > 29) problems.push({ code: 'NIP_PPPK_KODE', digits });
    if (birthOk && ty < by + 17) {
      problems.push({ code: 'NIP_TIDAK_VALID', part: PART.year, reason: { id: `${ty} kurang dari tahun lahir + 17`, en: `${ty} is earlier than birth year + 17` } });
    } else if (ty > period.year) {
      problems.push({ code: 'NIP_TIDAK_VALID', part: PART.year, reason: { id: `${ty} sesudah periode`, en: `${ty} is after the period` } });
    }
  } else if (tm < 1 || tm > 12) {
    problems.push({ code: 'NIP_TIDAK_VALID', part: PART.tmt, reason: { id: `bulan ${nip.slice(12, 14)} tidak ada`, en: `there is no month ${nip.slice(12, 14)}` } });
  } else if (birthOk && ty < by + 17) {
    problems.push({ code: 'NIP_TIDAK_VALID', part: PART.tmt, reason: { id: `${ty} kurang dari tahun lahir + 17`, en: `${ty} is earlier than birth year + 17` } });
  } else if (ty > period.year || (ty === period.year && tm > period.month)) {
    problems.push({ code: 'NIP_TIDAK_VALID', part: PART.tmt, reason: { id: `${nip.slice(8, 14)} sesudah periode`, en: `${nip.slice(8, 14)} is after the period` } });
  }
  if (gender !== '1' && gender !== '2') {
    problems.push({ code: 'NIP_TIDAK_VALID', part: PART.gender, reason: { id: `${gender} bukan 1 atau 2`, en: `${gender} is not 1 or 2` } });
  }
  if (sequence === 0) {
    problems.push({
      code: 'NIP_TIDAK_VALID',
      part: PART.sequence,
      reason: { id: '000 tidak dipakai (bila NIP berakhir 000, mungkin terpotong oleh Excel)', en: '000 is not used (a NIP ending in 000 may have been truncated by Excel)' },
    });
  }
  return problems;
}

/** Finds employees whose NIP starts with the digits left of a damaged NIP. */
export function nipCandidates(sortedNips: readonly string[], prefix: string): string[] {
  if (prefix.length === 0) return [];
  let lo = 0;
  let hi = sortedNips.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedNips[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sortedNips.length && sortedNips[i]!.startsWith(prefix); i++) out.push(sortedNips[i]!);
  return out;
}

/** Levenshtein distance of two short texts, or `bound + 1` as soon as it is certain to exceed `bound`. */
export function editDistanceWithin(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > bound) return bound + 1;
    [previous, current] = [current, previous];
  }
  return Math.min(previous[b.length]!, bound + 1);
}

/** Positions at which two texts of the same length differ, or `bound + 1` once there are more. */
function mismatchesWithin(a: string, b: string, bound: number): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++d > bound) return d;
  return d;
}

/**
 * The known NIPs closest to a NIP that matches nobody (a typo: a digit wrong, two swapped, one missing
 * or doubled): those at the smallest edit distance up to 2, else those sharing its first 14 digits
 * (birth date and start month). Scans every NIP: only for the few rows of a small register.
 */
export function closestNips(sortedNips: readonly string[], nip: string): string[] {
  const MAX_DISTANCE = 2;
  let best = MAX_DISTANCE;
  let out: string[] = [];
  for (const known of sortedNips) {
    // Same length: digits wrong or swapped (a cheap count, no allocation); else one or two dropped or doubled.
    const d = known.length === nip.length ? mismatchesWithin(nip, known, best) : editDistanceWithin(nip, known, best);
    if (d > best) continue;
    if (d < best) {
      best = d;
      out = [];
    }
    out.push(known);
  }
  if (out.length === 0 && nip.length >= 14 && /^\d{14}/.test(nip)) out = nipCandidates(sortedNips, nip.slice(0, 14));
  return out;
}

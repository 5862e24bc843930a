/**
 * NIP reading and the structural checks of SPEC §2.5: 18 digits `YYYYMMDD YYYYMM G NNN`. NIPs are
 * text; one that went through a spreadsheet as a number has lost its last digits.
 */
import type { Bilingual } from '../errors.js';
import type { Period } from '../domain.js';
import { isRealDate } from '../local-date.js';
import type { Cell } from '../readers/cell.js';

/** What a NIP cell holds. */
export type NipCell =
  | { kind: 'empty' }
  | { kind: 'nip'; nip: string }
  | { kind: 'damaged'; text: string; prefix: string }
  | { kind: 'format'; text: string; reason: Bilingual };

const SCIENTIFIC = /^(\d)(?:[.,](\d+))?[eE]\+?(\d+)$/;

/** Reads a NIP (or any 18-digit identifier) cell. */
export function readNipCell(cell: Cell): NipCell {
  if (cell === null) return { kind: 'empty' };
  if (typeof cell === 'number') {
    const digits = Number.isFinite(cell) ? BigInt(Math.round(cell)).toString() : String(cell);
    return { kind: 'damaged', text: digits, prefix: digits.slice(0, 15).replace(/0+$/, '') };
  }
  const raw = typeof cell === 'string' ? cell.trim() : String(cell);
  const text = raw.replace(/^'/, '');
  if (text === '') return { kind: 'empty' };
  const sci = SCIENTIFIC.exec(text.replace(/\s/g, ''));
  if (sci) return { kind: 'damaged', text: raw, prefix: (sci[1]! + (sci[2] ?? '')).replace(/0+$/, '') };
  const compact = text.replace(/[\s.]/g, '');
  if (/^\d+$/.test(compact)) {
    if (compact.length === 18) return { kind: 'nip', nip: compact };
    return {
      kind: 'format',
      text: raw,
      reason: { id: `${compact.length} digit, seharusnya 18`, en: `${compact.length} digits instead of 18` },
    };
  }
  return { kind: 'format', text: raw, reason: { id: 'berisi karakter selain angka', en: 'contains characters other than digits' } };
}

/** Normalises a NIP written in another input for lookup (spaces, dots and apostrophe removed). */
export function compactNip(text: string): string {
  return text.trim().replace(/^'/, '').replace(/[\s.]/g, '');
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

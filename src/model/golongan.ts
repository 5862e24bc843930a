/** Golongan (pay grade) of PNS (`I/a`..`IV/e`) and PPPK (`I`..`XVII`), SPEC §2.4. */

const ROMAN: readonly string[] = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];

/** Roman numeral text for 1..17. */
export function toRoman(n: number): string {
  return ROMAN[n] ?? String(n);
}

/** Reads a roman (`IX`) or arabic (`9`) grade number 1..17; undefined otherwise. */
export function parseGradeNumber(text: string): number | undefined {
  const t = text.trim().toUpperCase();
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 17 ? n : undefined;
  }
  const i = ROMAN.indexOf(t);
  return i > 0 ? i : undefined;
}

/** A normalised golongan: PNS group 1..4 with ruang a..e, or a PPPK grade 1..17. */
export type Golongan = { kind: 'pns'; group: number; ruang: string; text: string } | { kind: 'pppk'; grade: number; text: string };

const PNS_RUANG_MAX: Record<number, string> = { 1: 'd', 2: 'd', 3: 'd', 4: 'e' };

/**
 * Reads a PNS golongan (`III/a`, `III-a`, `IIIa`, `3a`, `3/a`, `Penata Muda (III/a)`, any case) or,
 * when `pppk` is true, a PPPK grade (`IX`, `9`). Undefined when it cannot be read.
 */
export function parseGolongan(raw: string, pppk: boolean): Golongan | undefined {
  let text = raw.trim();
  const inParens = /\(([^)]*)\)\s*$/.exec(text);
  if (inParens) text = inParens[1]!.trim();
  if (pppk) {
    const grade = parseGradeNumber(text.replace(/^(gol(ongan)?\.?\s*)/i, ''));
    return grade === undefined ? undefined : { kind: 'pppk', grade, text: toRoman(grade) };
  }
  const m = /^(?:gol(?:ongan)?\.?\s*)?(IV|III|II|I|[1-4])\s*[/\-. ]?\s*([a-e])$/i.exec(text);
  if (!m) return undefined;
  const group = parseGradeNumber(m[1]!)!;
  const ruang = m[2]!.toLowerCase();
  if (ruang > PNS_RUANG_MAX[group]!) return undefined;
  return { kind: 'pns', group, ruang, text: `${toRoman(group)}/${ruang}` };
}

/**
 * Bank transfer file layouts (`keuangan.bank`): `*` is the default, a bank's own entry (keyed by its
 * nama_bank) overrides it field by field. Names match case-insensitively after trimming; no aliases.
 */
import type { RulePack } from './rule-pack-schema.js';
import { BANK_AMOUNT_FORMATS, BANK_COLUMNS } from './rule-pack-schema.js';

/** A column of a bank file. */
export type BankColumn = (typeof BANK_COLUMNS)[number];

/** A complete layout, after merging a bank's entry over `*`. */
export interface BankLayout {
  kolom: readonly BankColumn[];
  pemisah: string;
  judul: boolean;
  formatJumlah: (typeof BANK_AMOUNT_FORMATS)[number];
  keterangan: string;
  /** Digit counts of this bank's accounts, when the pack states them (`panjang_rekening`). */
  panjangRekening?: readonly number[];
}

/** The key a bank name is matched by: trimmed, lower case, inner runs of spaces as one. */
export function bankKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * A looser key, only to warn: `Bank BRI`, `BRI` and `PT. Bank BRI (Persero) Tbk` give `bri`. Files are
 * still grouped by bankKey: which spellings are one bank is the officer's call, not a guess.
 */
export function bankLooseKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/\b(pt|bank|persero|tbk)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '');
}

const DEFAULT_KEY = '*';

/** The layout for bank `namaBank` (`*` when the pack has no entry of its own). */
export function resolveBankLayout(pack: RulePack, namaBank: string): BankLayout {
  const layouts = pack.keuangan.bank;
  const base = layouts[DEFAULT_KEY];
  const key = bankKey(namaBank);
  const own = Object.entries(layouts).find(([name]) => name !== DEFAULT_KEY && bankKey(name) === key)?.[1];
  const kolom = own?.kolom ?? base?.kolom;
  const pemisah = own?.pemisah ?? base?.pemisah;
  const judul = own?.judul ?? base?.judul;
  const formatJumlah = own?.format_jumlah ?? base?.format_jumlah;
  const keterangan = own?.keterangan ?? base?.keterangan;
  // checkBankLayouts refuses a pack whose `*` lacks a field, so this is a bug.
  if (kolom === undefined || pemisah === undefined || judul === undefined || formatJumlah === undefined || keterangan === undefined) {
    throw new Error(`keuangan.bank: incomplete layout for ${namaBank}`);
  }
  const panjangRekening = own?.panjang_rekening ?? base?.panjang_rekening;
  return { kolom, pemisah, judul, formatJumlah, keterangan, ...(panjangRekening ? { panjangRekening } : {}) };
}

/** The description of a transfer: `{periode}` becomes `YYYY-MM`. */
export function transferDescription(template: string, periode: string): string {
  return template.replaceAll('{periode}', periode);
}

type Problem = { path: string; id: string; en: string };

/** Cross-field problems of `keuangan.bank`: a complete `*`, rekening and jumlah present, no column twice, one entry per bank. */
export function checkBankLayouts(pack: RulePack): Problem[] {
  const out: Problem[] = [];
  const layouts = pack.keuangan.bank;
  const base = layouts[DEFAULT_KEY];
  const missing = ['kolom', 'pemisah', 'judul', 'format_jumlah', 'keterangan'].filter((k) => base?.[k as keyof typeof base] === undefined);
  if (missing.length > 0) {
    out.push({
      path: 'keuangan.bank.*',
      id: `tata letak bawaan "*" harus lengkap; tidak ada: ${missing.join(', ')}`,
      en: `the default layout "*" must be complete; missing: ${missing.join(', ')}`,
    });
  }
  const seen = new Map<string, string>();
  for (const [name, layout] of Object.entries(layouts)) {
    const at = `keuangan.bank.${name}`;
    if (name !== DEFAULT_KEY) {
      const other = seen.get(bankKey(name));
      if (other !== undefined) out.push({ path: at, id: `bank yang sama dengan "${other}" (huruf besar/kecil dan spasi tidak dibedakan); sisakan satu`, en: `the same bank as "${other}" (case and spaces do not count); keep one` });
      else seen.set(bankKey(name), name);
    }
    const kolom = layout.kolom;
    if (kolom !== undefined) {
      for (const needed of ['rekening', 'jumlah'] as const) {
        if (!kolom.includes(needed)) out.push({ path: `${at}.kolom`, id: `kolom ${needed} wajib ada`, en: `column ${needed} is required` });
      }
      kolom.forEach((c, i) => {
        if (kolom.indexOf(c) !== i) out.push({ path: `${at}.kolom[${i}]`, id: `kolom ${c} sudah ada`, en: `column ${c} is listed twice` });
      });
    }
    const placeholders = (layout.keterangan ?? '').match(/\{[^}]*\}/g) ?? [];
    for (const p of placeholders) {
      if (p !== '{periode}') out.push({ path: `${at}.keterangan`, id: `${p} tidak dikenal; yang ada hanya {periode}`, en: `${p} is unknown; only {periode} is available` });
    }
  }
  return out;
}

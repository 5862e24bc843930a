/**
 * Attendance day codes: the table of SPEC §2.4 plus the pack's `presensi.kode` additions and changes.
 * These are national definitions of what a code means; what a code costs lives in the pack.
 */
import type { EfekHari } from '../model/domain.js';
import { Exact } from '../exact.js';
import type { DayCodeDefinition, PayShare } from './rule-pack-schema.js';

/** One resolved day code. */
export interface DayCode {
  code: string;
  efek: EfekHari;
  /** Whether check-in time is checked against the schedule (H, TLS). */
  cekMasuk: boolean;
  /** Whether check-out time is checked against the schedule (H, TLP). */
  cekPulang: boolean;
  /** Extra percent off the discipline score for each day with this code (pack codes only). */
  persen: Exact;
  /** Pay share by the code's day count in the month ([] = every day paid in full, or not at all for tidak_dibayar). */
  bayar: readonly PayShare[];
  /** The kelas whose pagu pays this code's days instead of the employee's own (undefined: own pagu). */
  kelas: number | undefined;
  aliases: readonly string[];
}

const builtin = (code: string, efek: EfekHari, aliases: string[], cekMasuk = false, cekPulang = false): DayCode => ({
  code,
  efek,
  cekMasuk,
  cekPulang,
  persen: Exact.ZERO,
  bayar: [],
  kelas: undefined,
  aliases,
});

/** The day codes of SPEC §2.4. */
const BUILTIN_DAY_CODES: readonly DayCode[] = [
  builtin('H', 'hadir', ['HADIR'], true, true),
  builtin('DL', 'dinas_luar', ['DINAS_LUAR', 'TUGAS_LUAR']),
  builtin('TLP', 'hadir', ['TUGAS_LUAR_PAGI'], false, true),
  builtin('TLS', 'hadir', ['TUGAS_LUAR_SORE'], true, false),
  builtin('I', 'izin', ['IZIN']),
  builtin('S', 'sakit', ['SAKIT']),
  builtin('CT', 'cuti', ['CUTI', 'CUTI_TAHUNAN']),
  builtin('CS', 'cuti', ['CUTI_SAKIT']),
  builtin('CM', 'cuti', ['CUTI_MELAHIRKAN', 'CUTI_BERSALIN']),
  builtin('CAP', 'cuti', ['CUTI_ALASAN_PENTING', 'CUTI_KARENA_ALASAN_PENTING']),
  builtin('CB', 'cuti', ['CUTI_BESAR']),
  builtin('CLTN', 'tidak_dibayar', ['CUTI_DILUAR_TANGGUNGAN_NEGARA', 'CUTI_DI_LUAR_TANGGUNGAN_NEGARA']),
  builtin('TB', 'tidak_dibayar', ['TUGAS_BELAJAR']),
  builtin('TK', 'tk', ['A', 'ALPA', 'ALFA', 'TANPA_KETERANGAN', 'MANGKIR']),
];

/** Whether `code` is one of the built-in codes of SPEC §2.4. */
export function isBuiltinDayCode(code: string): boolean {
  return BUILTIN_DAY_CODES.some((c) => c.code === code);
}

/** Normalises code text: upper case, runs of spaces, dashes and dots become `_`. */
export function normaliseCodeText(text: string): string {
  return text
    .trim()
    .toUpperCase()
    .replace(/[\s.\-/]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** Looks up day codes by code or alias. */
export interface DayCodeTable {
  codes: readonly DayCode[];
  lookup(text: string): DayCode | undefined;
  byCode(code: string): DayCode | undefined;
}

/** Merges the pack's `presensi.kode` over the built-in codes (a pack entry replaces a code of the same name). */
export function buildDayCodeTable(packCodes: Readonly<Record<string, DayCodeDefinition>>): DayCodeTable {
  const codes = new Map<string, DayCode>(BUILTIN_DAY_CODES.map((c) => [c.code, c]));
  for (const [code, def] of Object.entries(packCodes)) {
    const previous = codes.get(code);
    // A new code without efek is rejected by parseRulePack; 'tk' only keeps this table total.
    const efek = def.efek ?? previous?.efek ?? 'tk';
    const checks = efek === 'hadir';
    codes.set(code, {
      code,
      efek,
      cekMasuk: def.cek_masuk ?? previous?.cekMasuk ?? checks,
      cekPulang: def.cek_pulang ?? previous?.cekPulang ?? checks,
      persen: def.persen ?? previous?.persen ?? Exact.ZERO,
      bayar: def.bayar ?? previous?.bayar ?? [],
      kelas: def.kelas ?? previous?.kelas,
      aliases: def.alias.length > 0 ? def.alias.map(normaliseCodeText) : (previous?.aliases ?? []),
    });
  }
  const index = new Map<string, DayCode>();
  for (const c of codes.values()) index.set(c.code, c);
  for (const c of codes.values()) for (const a of c.aliases) if (!index.has(a)) index.set(a, c);
  const list = [...codes.values()];
  return {
    codes: list,
    lookup: (text) => index.get(normaliseCodeText(text)),
    byCode: (code) => codes.get(code),
  };
}

/** The percent paid for the `nth` day (1-based) of a code in the month (100 without pay rules). */
export function payShareOf(bayar: readonly PayShare[], nth: number): Exact {
  for (const row of bayar) if (row.sampai_hari === null || nth <= row.sampai_hari) return row.persen;
  return Exact.HUNDRED;
}

/** Aliases claimed by two different codes (a pack problem). */
export function findAliasClashes(packCodes: Readonly<Record<string, DayCodeDefinition>>): string[] {
  const table = buildDayCodeTable(packCodes);
  const owner = new Map<string, string>();
  const clashes: string[] = [];
  for (const c of table.codes) {
    for (const name of [c.code, ...c.aliases]) {
      const other = owner.get(name);
      if (other !== undefined && other !== c.code) clashes.push(`${name} (${other}, ${c.code})`);
      else owner.set(name, c.code);
    }
  }
  return clashes;
}

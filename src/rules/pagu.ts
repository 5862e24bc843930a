/**
 * The TPP ceiling a post gets from the rule pack: the richer `tpp.pagu` table (kelas × jenis jabatan ×
 * unit, with effective dates and criterion shares), else `tpp.pagu_per_kelas`. One function for the
 * staff file, the mutasi rows and the computation, so they never disagree. Pure.
 */
import type { Exact } from '../exact.js';
import type { Period } from '../model/domain.js';
import { monthBounds } from '../model/local-date.js';
import type { RulePack } from './rule-pack-schema.js';

/** What a ceiling is looked up by. */
export interface PaguPost {
  kelasJabatan?: number | undefined;
  jenisJabatan?: string | undefined;
  unit?: string | undefined;
}

/** The ceiling the pack gives a post. */
export type PaguChoice =
  | { kind: 'found'; jumlah: number; /** Index in tpp.pagu; undefined: from tpp.pagu_per_kelas. */ baris?: number; kriteria?: Readonly<Record<string, Exact>> }
  | { kind: 'none' }
  /** Two equally specific rows match, or a matching row starts or ends within the month: a guess either way. */
  | { kind: 'ragu'; baris: number[]; alasan: 'sama_spesifik' | 'berubah_dalam_bulan' };

/** The pack's ceiling for a post in the period (no kelas: none). */
export function paguFor(pack: RulePack, period: Period, post: PaguPost): PaguChoice {
  const kelas = post.kelasJabatan;
  if (kelas === undefined) return { kind: 'none' };
  const table = pack.tpp.pagu;
  if (table && table.length > 0) {
    const { first, last } = monthBounds(period.year, period.month);
    let best: number[] = [];
    let bestScore = -1;
    const partial: number[] = [];
    table.forEach((row, i) => {
      if (row.kelas !== kelas) return;
      if (row.jenis_jabatan !== undefined && row.jenis_jabatan !== post.jenisJabatan) return;
      if (row.unit !== undefined && row.unit !== post.unit) return;
      const mulai = row.berlaku_mulai;
      const sampai = row.berlaku_sampai;
      if ((mulai !== undefined && mulai > last) || (sampai !== undefined && sampai < first)) return;
      if ((mulai !== undefined && mulai > first) || (sampai !== undefined && sampai < last)) {
        partial.push(i);
        return;
      }
      const score = (row.jenis_jabatan !== undefined ? 1 : 0) + (row.unit !== undefined ? 1 : 0);
      if (score > bestScore) [best, bestScore] = [[i], score];
      else if (score === bestScore) best.push(i);
    });
    if (partial.length > 0) return { kind: 'ragu', baris: partial, alasan: 'berubah_dalam_bulan' };
    if (best.length > 1) return { kind: 'ragu', baris: best, alasan: 'sama_spesifik' };
    if (best.length === 1) {
      const row = table[best[0]!]!;
      return { kind: 'found', jumlah: row.jumlah, baris: best[0]!, ...(row.kriteria ? { kriteria: row.kriteria } : {}) };
    }
  }
  const perKelas = pack.tpp.pagu_per_kelas[String(kelas)];
  return perKelas === undefined ? { kind: 'none' } : { kind: 'found', jumlah: perKelas };
}

/** Where a found ceiling came from, for messages: `tpp.pagu[2]` or `tpp.pagu_per_kelas`. */
export function paguSource(choice: Extract<PaguChoice, { kind: 'found' }>): string {
  return choice.baris === undefined ? 'tpp.pagu_per_kelas' : `tpp.pagu[${choice.baris}]`;
}

/** What day codes' pay rules (`presensi.kode.*.bayar`, `.kelas`) take off an employee's paid days. */
import { Exact } from '../exact.js';
import type { AttendanceSummary } from '../model/attendance.js';
import type { EfekHari } from '../model/domain.js';
import type { DisciplineResult } from '../model/results.js';
import type { DayCodeTable } from '../rules/day-codes.js';
import type { RulePack } from '../rules/rule-pack-schema.js';

/**
 * Paid days cut by day codes' pay rules: the share-by-length cut, plus for each day paid at a fixed kelas
 * 1 − pagu(kelas)/pagu, so a whole month at kelas k pays exactly pagu(kelas).
 */
export function paidDaysCut(disiplin: Pick<DisciplineResult, 'potonganHariBayar' | 'hariKelasTetap'> | undefined, pagu: number | undefined, pack: RulePack): Exact {
  if (!disiplin) return Exact.ZERO;
  let cut = disiplin.potonganHariBayar;
  if (pagu === undefined || pagu === 0) return cut;
  for (const { kelas, hari } of disiplin.hariKelasTetap) {
    const paguKelas = pack.tpp.pagu_per_kelas[String(kelas)]!;
    cut = cut.add(Exact.of(hari).mul(Exact.ONE.sub(Exact.of(paguKelas, pagu))));
  }
  return cut;
}

/** A monthly summary's count of the days that a code's effect falls under. */
const SUMMARY_COUNT: Record<EfekHari, (s: AttendanceSummary) => number> = {
  hadir: (s) => s.hadir,
  dinas_luar: (s) => s.dinasLuar,
  izin: (s) => s.izin,
  sakit: (s) => s.sakit,
  cuti: (s) => s.cuti,
  tidak_dibayar: (s) => s.cltn + s.tb,
  tk: (s) => s.tk,
};

/**
 * Day codes whose pay rules (`bayar`, `kelas`) may apply to days a monthly summary counts: a summary
 * has no dates or codes, only counts by effect (and its own CLTN and TB columns), so those days cannot
 * be paid as the pack says. An empty list when no such day is counted.
 */
export function summaryDaysUnderPayRules(summary: AttendanceSummary, codes: DayCodeTable): { code: string; days: number }[] {
  const out: { code: string; days: number }[] = [];
  for (const c of codes.codes) {
    if (c.bayar.length === 0 && c.kelas === undefined) continue;
    const own = c.code === 'TB' ? summary.tb : c.code === 'CLTN' ? summary.cltn : 0;
    const days = own + SUMMARY_COUNT[c.efek](summary);
    if (days > 0) out.push({ code: c.code, days });
  }
  return out;
}

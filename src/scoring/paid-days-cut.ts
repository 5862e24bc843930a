/** What day codes' pay rules (`presensi.kode.*.bayar`, `.kelas`) take off an employee's paid days. */
import { Exact } from '../exact.js';
import type { DisciplineResult } from '../model/results.js';
import type { RulePack } from '../rules/rule-pack-schema.js';

/**
 * Paid days cut by day codes' pay rules: the share-by-length cut, plus for each day paid at a fixed kelas
 * 1 − pagu(kelas)/pagu, so a whole month at kelas k pays exactly pagu(kelas).
 */
export function paidDaysCut(disiplin: DisciplineResult | undefined, pagu: number | undefined, pack: RulePack): Exact {
  if (!disiplin) return Exact.ZERO;
  let cut = disiplin.potonganHariBayar;
  if (pagu === undefined || pagu === 0) return cut;
  for (const { kelas, hari } of disiplin.hariKelasTetap) {
    const paguKelas = pack.tpp.pagu_per_kelas[String(kelas)]!;
    cut = cut.add(Exact.of(hari).mul(Exact.ONE.sub(Exact.of(paguKelas, pagu))));
  }
  return cut;
}

/** What the rule pack's tax method asks of a period's inputs (pure predicates over the pack). */
import type { Period } from '../model/domain.js';
import type { RulePack } from './rule-pack-schema.js';

/** Whether TER rates decide the PPh 21 (withheld, or borne as an amount computed by TER): penghasilan_bruto and status_ptkp then count. */
export function taxByTer(pack: RulePack): boolean {
  return pack.pajak.metode === 'ter' || pack.pajak.ditanggung_dengan === 'ter';
}

/** Whether this period's PPh 21 recalculates the year: December under TER with `desember: tahunan`. */
export function recalculatesYear(pack: RulePack, period: Period): boolean {
  return period.month === 12 && pack.pajak.metode === 'ter' && pack.pajak.desember === 'tahunan';
}

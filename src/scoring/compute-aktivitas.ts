/**
 * The activity base (`dasar: aktivitas`): realised approved activity against the monthly target,
 * min(maks_persen, realisasi / target × 100). The target is the pack's target_bulanan, or
 * target_per_hari_kerja × the employee's working days in the period (DKI Jakarta: hari kerja × 300 menit).
 */
import { Exact } from '../exact.js';
import type { AktivitasRule } from '../rules/rule-pack-schema.js';
import type { AktivitasTotal } from '../model/records.js';
import type { AktivitasResult } from '../model/results.js';

/** The employee's activity result; undefined without a rule or without any activity row. */
export function computeAktivitas(total: AktivitasTotal | undefined, rule: AktivitasRule | undefined, hariKerja: number): AktivitasResult | undefined {
  if (!rule || !total) return undefined;
  const target = rule.target_bulanan ?? rule.target_per_hari_kerja!.mul(Exact.of(hariKerja));
  // No working day: no target to measure against, and nothing is paid on the days anyway.
  const nilai = target.isZero() ? Exact.ZERO : total.realisasi.mul(Exact.HUNDRED).div(target).min(rule.maks_persen);
  return {
    satuan: rule.satuan,
    realisasi: total.realisasi,
    target,
    nilai,
    baris: total.harian + total.bulanan,
    tidakDisetujui: total.tidakDisetujui,
  };
}

/**
 * The presence gate (`presensi.gerbang_kehadiran`): present days over the days the employee is
 * paid for, and the percent of the TPP (or of the named components) that share pays.
 */
import { Exact } from '../exact.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import type { DisciplineResult, PresenceGate } from '../model/results.js';

type PresentEffect = RulePack['presensi']['gerbang_kehadiran']['efek_hadir'][number];

/** The discipline result's count of days with each effect a gate may count as present. */
const DAYS_OF: Record<PresentEffect, (d: DisciplineResult) => number> = {
  hadir: (d) => d.hadir,
  dinas_luar: (d) => d.dinasLuar,
  izin: (d) => d.izin,
  sakit: (d) => d.sakit,
  cuti: (d) => d.cuti,
};

/**
 * The gate of one employee; undefined when the pack has no bands or there is nothing to measure
 * (no attendance, or no paid day, which is nihil on its own). The denominator is the paid days
 * (`hari_bayar`): unpaid leave already reduces the TPP through faktor_hari and is not counted twice.
 */
export function presenceGateOf(disiplin: DisciplineResult | undefined, hariBayar: number, pack: RulePack): PresenceGate | undefined {
  const gate = pack.presensi.gerbang_kehadiran;
  if (gate.pita.length === 0 || !disiplin || hariBayar === 0) return undefined;
  let hariHadir = 0;
  for (const efek of gate.efek_hadir) hariHadir += DAYS_OF[efek](disiplin);
  // A monthly summary may state more present days than the calendar has.
  hariHadir = Math.min(hariHadir, hariBayar);
  const persenHadir = Exact.of(hariHadir * 100, hariBayar);
  const band = gate.pita.find((b) => persenHadir.lt(b.di_bawah));
  return { hariHadir, hariDasar: hariBayar, persenHadir, persenBayar: band ? band.bayar : Exact.HUNDRED, diBawah: band?.di_bawah };
}

/**
 * Acting posts (Plt/Plh, the `plt` input) under the pack's `tpp.plt` rule, pure. Each acting post adds
 * a monthly base (`tambahan_persen`: persen % of the acting post's ceiling; `pagu_tertinggi`: the
 * acting ceiling above the employee's own, if any), paid pro rata by the acting working days over the
 * month's (the same denominator as the employee's own TPP) and through the same component bases,
 * status factor and presence gate as the employee's components, so a poor predikat or discipline
 * lowers it too. Nothing is paid for an acting post below `minimal_hari` acting working days.
 */
import { Exact, roundRupiah, type MoneyRounding } from '../exact.js';
import type { Calendar } from '../model/calendar.js';
import type { LocalDate } from '../model/local-date.js';
import type { Plt } from '../model/records.js';
import type { PltLine, PltResult } from '../model/results.js';
import type { PltRule } from '../rules/rule-pack-schema.js';

/** One acting post as the TPP computation takes it. */
interface PltPeriod {
  plt: Plt;
  /** The employee's working days in [tmt_mulai, tmt_selesai] ∩ the month ∩ their own service dates. */
  hari: number;
}

/** The acting posts of one employee in the period, with the rule that pays them. */
export interface TppPltInput {
  rule: PltRule;
  periods: readonly PltPeriod[];
}

/** One of the employee's components as the acting addition is paid through it. */
export interface PltBase {
  /** faktor_status × bobot / 10^6, as for the component. */
  share: Exact;
  /** The presence gate's share for this component (1 when not gated). */
  gate: Exact;
  /** The component's base (nilai_disiplin, faktor_predikat, …). */
  nilaiDasar: Exact;
}

/** The employee's working days in an acting period that falls (partly) in the month. */
export function pltDays(calendar: Calendar, jadwal: string, plt: Plt, tmtMasuk?: LocalDate, tmtKeluar?: LocalDate): number {
  const from = tmtMasuk !== undefined && tmtMasuk > plt.tmtMulai ? tmtMasuk : plt.tmtMulai;
  const to = tmtKeluar !== undefined && tmtKeluar < plt.tmtSelesai ? tmtKeluar : plt.tmtSelesai;
  if (from > to) return 0;
  return calendar.workingDays(jadwal, from, to).length;
}

/** Two acting periods of one employee that share a day, if any (paying both would be a guess). */
export function overlappingPlt(records: readonly Plt[]): [Plt, Plt] | undefined {
  const sorted = [...records].sort((a, b) => (a.tmtMulai < b.tmtMulai ? -1 : a.tmtMulai > b.tmtMulai ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.tmtMulai <= sorted[i - 1]!.tmtSelesai) return [sorted[i - 1]!, sorted[i]!];
  }
  return undefined;
}

/**
 * The acting addition: per post, dasar × Σ (share × gate × base) × hari / hariKerjaPenuh, rounded
 * once from the exact value the way components round (`pembulatan.komponen`).
 */
export function computePlt(input: TppPltInput, ownPagu: number, hariKerjaPenuh: number, bases: readonly PltBase[], rounding: MoneyRounding): PltResult {
  const { rule } = input;
  let perRupiah = Exact.ZERO;
  for (const b of bases) perRupiah = perRupiah.add(b.share.mul(b.gate).mul(b.nilaiDasar));
  const lines: PltLine[] = [];
  let jumlah = 0;
  for (const { plt, hari } of input.periods) {
    const dasar =
      rule.cara === 'tambahan_persen' ? Exact.of(plt.pagu).mul(rule.persen ?? Exact.ZERO).div(Exact.HUNDRED) : Exact.of(Math.max(0, plt.pagu - ownPagu));
    const cukupHari = hari >= rule.minimal_hari;
    const amount = cukupHari && hariKerjaPenuh > 0 && hari > 0 ? roundRupiah(dasar.mul(perRupiah).mul(Exact.of(hari, hariKerjaPenuh)), rounding) : 0;
    lines.push({ plt, hari, dasar, cukupHari, jumlah: amount });
    jumlah += amount;
  }
  return { rule, lines, jumlah };
}

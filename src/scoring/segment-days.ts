/**
 * The working and paid days of each segment of a month (a post change within it). Discipline stays the
 * month's; only the days a day code leaves unpaid or pays by length are placed in the segment they
 * fall in, counted in date order over the whole month (the 15th sick day is the 15th wherever it falls).
 */
import { Exact } from '../exact.js';
import type { Calendar } from '../model/calendar.js';
import type { Segmen } from '../model/records.js';
import type { DisciplineResult, SegmentDays } from '../model/results.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { paidDaysCut } from './paid-days-cut.js';

/** What a discipline computation over the days up to a date left unpaid. */
type UnpaidSoFar = Pick<DisciplineResult, 'tidakDibayar' | 'potonganHariBayar' | 'hariKelasTetap'>;

const NOTHING_UNPAID: UnpaidSoFar = { tidakDibayar: 0, potonganHariBayar: Exact.ZERO, hariKelasTetap: [] };

/** Days per fixed kelas in `later` that are not in `earlier`. */
function kelasDaysBetween(earlier: UnpaidSoFar, later: UnpaidSoFar): { kelas: number; hari: number }[] {
  return later.hariKelasTetap
    .map(({ kelas, hari }) => ({ kelas, hari: hari - (earlier.hariKelasTetap.find((k) => k.kelas === kelas)?.hari ?? 0) }))
    .filter((k) => k.hari > 0);
}

/** Whether a discipline result leaves any day unpaid or paid at a share or another kelas. */
export function leavesDaysUnpaid(d: UnpaidSoFar | undefined): boolean {
  return d !== undefined && (d.tidakDibayar > 0 || !d.potonganHariBayar.isZero() || d.hariKelasTetap.length > 0);
}

/**
 * The days of each segment. `unpaidUpTo(days)` computes discipline over the given leading working days
 * (a daily record is needed; a monthly summary cannot place its days and is refused by the caller).
 */
export function segmentDays(
  segments: readonly Segmen[],
  workingDays: readonly number[],
  calendar: Calendar,
  paguOf: (s: Segmen) => number | undefined,
  pack: RulePack,
  unpaidUpTo: ((days: readonly number[]) => UnpaidSoFar) | undefined,
): SegmentDays[] {
  let before = NOTHING_UNPAID;
  let done = 0;
  return segments.map((segmen) => {
    const own = workingDays.filter((d) => calendar.dates[d]! >= segmen.dari && calendar.dates[d]! <= segmen.sampai);
    const upTo = done + own.length;
    const after = unpaidUpTo && own.length > 0 ? unpaidUpTo(workingDays.slice(0, upTo)) : before;
    const between: UnpaidSoFar = {
      tidakDibayar: after.tidakDibayar - before.tidakDibayar,
      potonganHariBayar: after.potonganHariBayar.sub(before.potonganHariBayar),
      hariKelasTetap: kelasDaysBetween(before, after),
    };
    before = after;
    done = upTo;
    return {
      segmen,
      hariKerja: own.length,
      hariBayar: Math.max(0, own.length - between.tidakDibayar),
      potonganHariBayar: paidDaysCut(between, paguOf(segmen), pack),
    };
  });
}

/**
 * An employee's acting posts (Plt/Plh) as the TPP computation takes them: the acting working days of
 * each, and the doubts that hold the employee rather than pay the addition on a guess.
 */
import type { FindingCollector } from '../findings.js';
import type { Exact } from '../exact.js';
import type { Calendar } from '../model/calendar.js';
import type { Pegawai, Plt } from '../model/records.js';
import type { DisciplineResult } from '../model/results.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { overlappingPlt, pltDays, type TppPltInput } from '../tpp/compute-plt.js';

const span = (p: Plt) => `${p.jenis} ${p.tmtMulai}..${p.tmtSelesai}`;

/**
 * The acting posts of one employee (undefined: none, or no rule). Overlapping terms hold the employee
 * (PLT_TUMPANG_TINDIH), and so do unpaid or partly paid days beside an acting post (PLT_HARI_TIDAK_PASTI):
 * which of them fall in the acting term and reduce its addition is not decided here. A term below the
 * pack's minimum of acting days is reported (PLT_KURANG_HARI) and pays nothing.
 */
export function pltInputOf(
  records: readonly Plt[] | undefined,
  e: Pegawai,
  pack: RulePack,
  calendar: Calendar,
  disiplin: DisciplineResult | undefined,
  potonganHariBayar: Exact,
  findings: FindingCollector,
): TppPltInput | undefined {
  const rule = pack.tpp.plt;
  if (records === undefined || records.length === 0 || rule === undefined) return undefined;
  const overlap = overlappingPlt(records);
  if (overlap) {
    const [a, b] = overlap;
    findings.add({ code: 'PLT_TUMPANG_TINDIH', file: b.file, row: b.row, nip: e.nip, params: { a: span(a), b: span(b), row_a: a.row, row_b: b.row } });
  }
  const periods = records.map((plt) => ({ plt, hari: pltDays(calendar, calendar.scheduleOf(e), plt, e.tmtMasuk, e.tmtKeluar) }));
  for (const { plt, hari } of periods) {
    if (hari < rule.minimal_hari) {
      findings.add({ code: 'PLT_KURANG_HARI', file: plt.file, row: plt.row, nip: e.nip, params: { jenis: plt.jenis, jabatan: plt.jabatan ?? '', hari, minimal: rule.minimal_hari } });
    }
  }
  const paid = periods.some((p) => p.hari > 0 && p.hari >= rule.minimal_hari);
  if (paid && ((disiplin?.tidakDibayar ?? 0) > 0 || !potonganHariBayar.isZero())) {
    findings.add({ code: 'PLT_HARI_TIDAK_PASTI', file: '', nip: e.nip });
  }
  return { rule, periods };
}

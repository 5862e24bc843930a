/** The plausibility check of a TPP ceiling, shared by the staff file and the mutasi rows. */
import { formatRupiahId } from '../readers/parse-number.js';
import { paguSource, type PaguChoice } from '../rules/pagu.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import type { RowCheck } from './row-check.js';

/**
 * A ceiling of 0 or outside `tpp.pagu_wajar` (`5 juta` read as 5 elsewhere, a typo in the pack) would
 * pay a wrong amount: PAGU_TIDAK_WAJAR on the column it came from (the row's tpp_pagu, or its kelas).
 */
export function checkCeilingPlausible<F extends string>(
  check: RowCheck<F | 'tpp_pagu' | 'kelas_jabatan'>,
  ceiling: number | undefined,
  given: { tppPagu: number | undefined; kelasJabatan: number | undefined; choice: PaguChoice },
  pack: RulePack,
): void {
  const { min, maks } = pack.tpp.pagu_wajar;
  if (ceiling === undefined || (ceiling !== 0 && ceiling >= min && ceiling <= maks)) return;
  const range = { amount: formatRupiahId(ceiling), min: formatRupiahId(min), max: formatRupiahId(maks) };
  if (given.tppPagu !== undefined) {
    check.report('PAGU_TIDAK_WAJAR', 'tpp_pagu', { ...range, source_id: 'kolom tpp_pagu', source_en: 'column tpp_pagu' });
    return;
  }
  const from = given.choice.kind === 'found' ? paguSource(given.choice) : 'tpp.pagu_per_kelas';
  check.report('PAGU_TIDAK_WAJAR', 'kelas_jabatan', { ...range, source_id: `${from} (kelas ${given.kelasJabatan})`, source_en: `${from} (class ${given.kelasJabatan})` });
}

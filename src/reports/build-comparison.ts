/**
 * The report model of `kinerja bandingkan` (pure): a comparison of two results folders as the
 * `bandingkan.csv` table, so the CSV is built like every other report.
 */
import type { ResultsComparison } from '../archive/compare-results.js';
import type { ReportColumn, ReportTable } from './build-report.js';
import { labelPair } from './labels.js';

const COLUMNS: readonly [string, ReportColumn['type']][] = [
  ['nip', 'text'],
  ['nama', 'text'],
  ['unit', 'text'],
  ['netto_a', 'money'],
  ['netto_b', 'money'],
  ['selisih', 'money'],
  ['jenis', 'text'],
  ['alasan', 'text'],
  ['predikat_a', 'text'],
  ['predikat_b', 'text'],
  ['status_bayar_a', 'text'],
  ['status_bayar_b', 'text'],
];

/**
 * A change's kind: under- or overpayment between two results of one period (`kekurangan_bayar`,
 * `kelebihan_bayar`, `sama`); between two months, their own pay going up or down (`naik`, `turun`, `sama`).
 */
export function changeKind(c: ResultsComparison['changes'][number], samePeriod: boolean): string {
  return samePeriod ? c.jenis : c.selisih > 0 ? 'naik' : c.selisih < 0 ? 'turun' : 'sama';
}

/** `bandingkan.csv`: one row per changed employee, largest |selisih| first; `alasan` holds the reason codes. */
export function comparisonTable(comparison: ResultsComparison, samePeriod: boolean): ReportTable {
  const jenis = (c: ResultsComparison['changes'][number]) => changeKind(c, samePeriod);
  return {
    key: 'bandingkan',
    sheet: { id: 'Bandingkan', en: 'Comparison' },
    columns: COLUMNS.map(([key, type]) => ({ key, type, label: labelPair('bandingkan.column', { kolom: key }) })),
    *rows() {
      for (const c of comparison.changes) {
        // An employee absent from one folder has no predikat or pay status there: empty, not a guess.
        yield [c.nip, c.nama, c.unit, c.nettoA, c.nettoB, c.selisih, jenis(c), c.alasan.join('; '), c.predikatA ?? '', c.predikatB ?? '', c.statusBayarA ?? '', c.statusBayarB ?? ''];
      }
    },
  };
}

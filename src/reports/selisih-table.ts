/**
 * `selisih.csv` and the `Selisih` sheet of a correction: per employee whose netto or a compared column
 * changed, what was paid against what the correction computes (archive/compare-results.ts).
 */
import type { ResultsComparison } from '../archive/compare-results.js';
import type { ReportColumn, ReportTable } from './build-report.js';
import { labelPair } from './labels.js';

/** The columns, in file order. */
const SELISIH_COLUMNS: readonly ReportColumn[] = [
  { key: 'nip', label: labelPair('column.nip'), type: 'text' },
  { key: 'nama', label: labelPair('column.nama'), type: 'text' },
  { key: 'unit', label: labelPair('column.unit'), type: 'text' },
  { key: 'netto_dibayar', label: labelPair('column.netto_dibayar'), type: 'money' },
  { key: 'netto_baru', label: labelPair('column.netto_baru'), type: 'money' },
  { key: 'selisih', label: labelPair('column.selisih'), type: 'money' },
  { key: 'jenis', label: labelPair('column.jenis_selisih'), type: 'text' },
  { key: 'alasan', label: labelPair('column.alasan'), type: 'text' },
  { key: 'predikat_dibayar', label: labelPair('column.predikat_dibayar'), type: 'text' },
  { key: 'predikat_baru', label: labelPair('column.predikat_baru'), type: 'text' },
  { key: 'status_bayar_dibayar', label: labelPair('column.status_bayar_dibayar'), type: 'text' },
  { key: 'status_bayar_baru', label: labelPair('column.status_bayar_baru'), type: 'text' },
  // A correction writes no bank files: kekurangan_bayar is transferred from these rows.
  { key: 'nama_bank', label: labelPair('column.nama_bank'), type: 'text' },
  { key: 'nomor_rekening', label: labelPair('column.nomor_rekening'), type: 'text' },
];

/** An employee's bank and account as the correction read them. */
export interface Account {
  namaBank?: string | undefined;
  nomorRekening?: string | undefined;
}

/** The difference as a report table (rows in the comparison's order: largest difference first). */
export function selisihTable(comparison: ResultsComparison, accounts: ReadonlyMap<string, Account>): ReportTable {
  return {
    key: 'selisih',
    sheet: labelPair('sheet.selisih'),
    columns: [...SELISIH_COLUMNS],
    rows: function* () {
      for (const c of comparison.changes) {
        yield [c.nip, c.nama, c.unit, c.nettoA, c.nettoB, c.selisih, c.jenis, c.alasan.join('; '), c.predikatA ?? null, c.predikatB ?? null, c.statusBayarA ?? null, c.statusBayarB ?? null, accounts.get(c.nip)?.namaBank ?? null, accounts.get(c.nip)?.nomorRekening ?? null];
      }
    },
  };
}

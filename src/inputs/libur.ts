/** Holidays (`libur`, SPEC §2.4): dates added to the pack's holiday list. */
import { z } from 'zod';
import type { Period } from '../model/domain.js';
import type { FindingCollector } from '../findings.js';
import { dateParts, type LocalDate } from '../model/local-date.js';
import type { Table } from '../readers/table.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { FileLedger } from '../model/row-accounting.js';
import type { Libur } from '../model/records.js';

type LiburField = 'tanggal' | 'keterangan';

/** Header aliases of `libur`. */
export const LIBUR_FIELDS: FieldSpecs<LiburField> = {
  tanggal: { aliases: ['tanggal', 'tgl', 'tanggal_libur'], required: true },
  keterangan: { aliases: ['keterangan', 'nama_libur', 'uraian'] },
};

/** A holiday from the libur file (the single source of the `Libur` type). */
export const liburSchema = z.object({ tanggal: z.string(), keterangan: z.string().optional() }) satisfies z.ZodType<Libur>;

const liburPlan: ReadPlan<LiburField> = {
  input: 'libur',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, LIBUR_FIELDS, rowNumber, packNames);
    return hasRequiredFields(map, LIBUR_FIELDS) ? { shape: 'daftar', specs: LIBUR_FIELDS, map } : undefined;
  },
  required: { id: 'tanggal', en: 'tanggal' },
  profiled: () => ({ dates: ['tanggal'], numbers: [] }),
};

/** Reads holiday files; dates outside the period are ignored (info). */
export async function readLibur(
  tables: readonly Table[],
  period: Period,
  findings: FindingCollector,
): Promise<{ holidays: Libur[]; ledgers: FileLedger[] }> {
  const holidays: Libur[] = [];
  const ledgers: FileLedger[] = [];
  for (const table of tables) {
    const ledger = newLedger('libur', table);
    ledgers.push(ledger);
    await readTableRows(table, liburPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const tanggal: LocalDate | undefined = check.date('tanggal');
      if (tanggal === undefined && check.cell('tanggal') === null) check.report('NILAI_WAJIB_KOSONG', 'tanggal');
      if (check.errors > 0 || tanggal === undefined) {
        check.finish(undefined);
        return 'rejected';
      }
      const { year, month } = dateParts(tanggal);
      if (year !== period.year || month !== period.month) {
        check.report('LIBUR_LUAR_PERIODE', 'tanggal');
        check.finish(undefined);
        return 'ignored';
      }
      check.finish(undefined);
      const keterangan = check.text('keterangan');
      holidays.push(keterangan === undefined ? { tanggal } : { tanggal, keterangan });
      return 'used';
    });
  }
  return { holidays, ledgers };
}

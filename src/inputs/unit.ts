/** The unit list (`unit`, SPEC §2.4): names, parents, organisation predikat and budgets. */
import { z } from 'zod';
import { orgPredikatSchema } from '../model/domain.js';
import type { FindingCollector } from '../findings.js';
import type { Table } from '../readers/table.js';
import { normaliseCodeText } from '../rules/day-codes.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { FileLedger } from '../model/row-accounting.js';
import type { UnitRecord } from '../model/records.js';

type UnitField = 'unit' | 'nama_unit' | 'induk' | 'predikat_organisasi' | 'pagu_unit';

/** Header aliases of `unit`. */
export const UNIT_FIELDS: FieldSpecs<UnitField> = {
  unit: { aliases: ['kode_unit', 'unit'], required: true },
  nama_unit: { aliases: ['nama_unit', 'nama_opd', 'nama_skpd', 'unit_kerja'] },
  induk: { aliases: ['induk', 'unit_induk', 'kode_induk'] },
  predikat_organisasi: { aliases: ['predikat_organisasi', 'predikat_unit', 'capaian_kinerja_organisasi'] },
  pagu_unit: { aliases: ['pagu_unit', 'pagu'] },
};

/** Field schemas of a unit record (the single source of the `UnitRecord` type). */
export const unitSchema = z.object({
  kode: z.string(),
  nama: z.string().optional(),
  induk: z.string().optional(),
  predikatOrganisasi: orgPredikatSchema.optional(),
  paguUnit: z.number().int().min(0).optional(),
  file: z.string(),
  row: z.number().int(),
}) satisfies z.ZodType<UnitRecord>;

const ORG_ALIASES: Readonly<Record<string, string>> = { CUKUP: 'BUTUH_PERBAIKAN', BUTUH_PERBAIKAN_CUKUP: 'BUTUH_PERBAIKAN' };

const unitPlan: ReadPlan<UnitField> = {
  input: 'unit',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, UNIT_FIELDS, rowNumber, packNames);
    return hasRequiredFields(map, UNIT_FIELDS) ? { shape: 'daftar', specs: UNIT_FIELDS, map } : undefined;
  },
  required: { id: 'unit (atau kode_unit)', en: 'unit (or kode_unit)' },
  profiled: () => ({ dates: [], numbers: ['pagu_unit'] }),
};

/** Reads the unit file; the first row of a duplicated code wins. */
export async function readUnits(
  tables: readonly Table[],
  findings: FindingCollector,
): Promise<{ units: Map<string, UnitRecord>; ledgers: FileLedger[] }> {
  const units = new Map<string, UnitRecord>();
  const ledgers: FileLedger[] = [];
  for (const table of tables) {
    const ledger = newLedger('unit', table);
    ledgers.push(ledger);
    await readTableRows(table, unitPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const kode = check.requiredText('unit');
      const predikatText = check.text('predikat_organisasi');
      let predikatOrganisasi: UnitRecord['predikatOrganisasi'];
      if (predikatText !== undefined) {
        const code = normaliseCodeText(predikatText.replace(/\(.*\)/, ''));
        const parsed = orgPredikatSchema.safeParse(ORG_ALIASES[code] ?? code);
        if (parsed.success) predikatOrganisasi = parsed.data;
        else check.report('PREDIKAT_ORGANISASI_TIDAK_VALID', 'predikat_organisasi');
      }
      const paguUnit = check.rupiah('pagu_unit');
      if (kode !== undefined && units.has(kode)) check.report('UNIT_GANDA', 'unit');
      check.finish(undefined);
      if (kode !== undefined && !units.has(kode)) {
        units.set(kode, {
          kode,
          file: table.name,
          row: row.rowNumber,
          ...(check.text('nama_unit') !== undefined ? { nama: check.text('nama_unit') } : {}),
          ...(check.text('induk') !== undefined ? { induk: check.text('induk') } : {}),
          ...(predikatOrganisasi !== undefined ? { predikatOrganisasi } : {}),
          ...(paguUnit !== undefined ? { paguUnit } : {}),
        });
      }
      return check.errors > 0 ? 'rejected' : 'used';
    });
  }
  return { units, ledgers };
}

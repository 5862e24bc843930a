/** Target achievement (`capaian`, SPEC §2.4): one row per SKP indicator. */
import { z } from 'zod';
import { exactSchema } from '../model/domain.js';
import { Exact } from '../exact.js';
import type { FindingCollector } from '../findings.js';
import { parseNumberCell } from '../readers/parse-number.js';
import type { Table } from '../readers/table.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { textInterner } from './intern-text.js';
import { ContinuationRows } from './continuation-rows.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { Indikator, PegawaiTable, Target } from '../model/records.js';
import type { FileLedger } from '../model/row-accounting.js';
import { EmployeeMatcher } from './match-employee.js';

type CapaianField = 'nip' | 'indikator' | 'target' | 'realisasi' | 'bobot' | 'arah' | 'jenis' | 'satuan' | 'inovasi';

/** Header aliases of `capaian`. */
export const CAPAIAN_FIELDS: FieldSpecs<CapaianField> = {
  nip: { aliases: ['nip', 'nip_baru'], required: true },
  indikator: { aliases: ['indikator', 'rencana_hasil_kerja', 'iki', 'indikator_kinerja'], required: true },
  target: { aliases: ['target', 'target_kuantitas'], required: true },
  realisasi: { aliases: ['realisasi', 'realisasi_kuantitas'], required: true },
  bobot: { aliases: ['bobot'] },
  arah: { aliases: ['arah', 'polaritas'] },
  jenis: { aliases: ['jenis', 'jenis_indikator'] },
  satuan: { aliases: ['satuan'] },
  inovasi: { aliases: ['inovasi'] },
};

const ARAH = ['naik', 'turun'] as const;
const JENIS = ['utama', 'tambahan'] as const;

/** Field schemas of one indicator (the single source of the `Indikator` type). */
export const indikatorSchema = z.object({
  nip: z.string(),
  indikator: z.string(),
  /** A single target, or a range target `dari-sampai` (SPEC §4.3). */
  target: z.union([exactSchema, z.object({ dari: exactSchema, sampai: exactSchema })]),
  realisasi: exactSchema,
  bobot: exactSchema,
  arah: z.enum(ARAH),
  jenis: z.enum(JENIS),
  satuan: z.string().optional(),
  inovasi: z.boolean(),
  file: z.string(),
  row: z.number().int(),
}) satisfies z.ZodType<Indikator>;

const capaianPlan: ReadPlan<CapaianField> = {
  input: 'capaian',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, CAPAIAN_FIELDS, rowNumber, packNames);
    return hasRequiredFields(map, CAPAIAN_FIELDS) ? { shape: 'indikator', specs: CAPAIAN_FIELDS, map } : undefined;
  },
  required: { id: 'nip, indikator, target, realisasi', en: 'nip, indikator, target, realisasi' },
  profiled: () => ({ dates: [], numbers: ['target', 'realisasi', 'bobot'] }),
};

const RANGE = /^(.+?)\s*(?:[-\u2013\u2014]|s\.?\s?d\.?|sampai)\s*(.+)$/i;
const YES = ['ya', 'y', 'yes', '1', 'true', 'benar', 'ada'];
const NO = ['tidak', 't', 'no', 'n', '0', 'false', 'salah', '-'];

function readTarget(check: RowCheck<CapaianField>): Target | undefined {
  const cell = check.cell('target');
  if (typeof cell === 'string') {
    const m = RANGE.exec(cell.trim());
    if (m && !cell.trim().startsWith('-')) {
      const context = check.row.numberContext('target');
      const low = parseNumberCell(m[1]!, context);
      const high = parseNumberCell(m[2]!, context);
      if (low?.ok && high?.ok) {
        if (low.value.gt(high.value)) {
          check.report('TARGET_TIDAK_VALID', 'target', { reason_id: 'rentang terbalik', reason_en: 'the range is reversed' });
          return undefined;
        }
        return { dari: low.value, sampai: high.value };
      }
    }
  }
  return check.number('target');
}

/** Reads indicator files; returns each employee's indicators. */
export async function readCapaian(
  tables: readonly Table[],
  pegawai: PegawaiTable,
  findings: FindingCollector,
  onProgress?: (rows: number) => void,
): Promise<{ byNip: Map<string, Indikator[]>; ledgers: FileLedger[] }> {
  const byNip = new Map<string, Indikator[]>();
  const ledgers: FileLedger[] = [];
  const intern = textInterner();
  const matcher = new EmployeeMatcher(pegawai, findings);
  for (const [fileIndex, table] of tables.entries()) {
    const ledger = newLedger('capaian', table);
    // Per employee, how many of their indicators came from earlier files (a prefix of the list: files are
    // read one after another). Sheets of one workbook share a name, so the count tells files apart.
    const fromEarlierFiles = fileIndex > 0 ? new Map<Indikator[], number>() : undefined;
    ledgers.push(ledger);
    const blocks = new ContinuationRows<Indikator>(table.name, findings);
    await readTableRows(table, capaianPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const match = blocks.match(check, 'nip', matcher, () => row.cell('indikator') !== null || row.cell('target') !== null || row.cell('realisasi') !== null);
      if (match.kind !== 'employee') return match.kind;
      const indikatorText = check.requiredText('indikator');
      const indikator = indikatorText === undefined ? undefined : intern(indikatorText);
      const arahText = check.text('arah')?.toLowerCase();
      // Validated choices map to the constants: a lower-cased copy per row would be kept per indicator.
      const arahValue = arahText === undefined ? 'naik' : check.validate('arah', indikatorSchema.shape.arah, arahText, ARAH.join(', '));
      const arah = ARAH.find((a) => a === arahValue);
      const jenisText = check.text('jenis')?.toLowerCase();
      const jenisValue = jenisText === undefined ? 'utama' : check.validate('jenis', indikatorSchema.shape.jenis, jenisText, JENIS.join(', '));
      const jenis = JENIS.find((j) => j === jenisValue);
      const target = readTarget(check);
      if (target === undefined && check.cell('target') === null) check.report('NILAI_WAJIB_KOSONG', 'target');
      if (target instanceof Exact) {
        if (target.lt(Exact.ZERO)) check.report('TARGET_TIDAK_VALID', 'target', { reason_id: 'negatif', reason_en: 'negative' });
        else if (target.isZero() && arah === 'naik') {
          check.report('TARGET_TIDAK_VALID', 'target', { reason_id: 'target 0 hanya untuk arah turun', reason_en: 'a target of 0 needs arah turun' });
        }
      } else if (target && target.dari.lt(Exact.ZERO)) {
        check.report('TARGET_TIDAK_VALID', 'target', { reason_id: 'negatif', reason_en: 'negative' });
      } else if (target && target.dari.isZero() && arah === 'naik') {
        check.report('TARGET_TIDAK_VALID', 'target', { reason_id: 'batas bawah 0 hanya untuk arah turun', reason_en: 'a lower bound of 0 needs arah turun' });
      }
      const realisasi = check.number('realisasi');
      if (realisasi === undefined && check.cell('realisasi') === null) check.report('REALISASI_KOSONG', 'realisasi');
      if (realisasi !== undefined && realisasi.lt(Exact.ZERO)) check.report('REALISASI_TIDAK_VALID', 'realisasi');
      const bobot = check.cell('bobot') === null ? Exact.ONE : check.number('bobot');
      if (bobot !== undefined && !bobot.gt(Exact.ZERO)) check.report('NILAI_DI_LUAR_RENTANG', 'bobot', { range: '> 0' });
      const inovasiText = check.text('inovasi')?.toLowerCase();
      let inovasi = false;
      if (inovasiText !== undefined) {
        if (YES.includes(inovasiText)) inovasi = true;
        else if (!NO.includes(inovasiText)) check.report('NILAI_TIDAK_DIKENAL', 'inovasi', { choices: 'ya, tidak' });
      }
      const ok = check.errors === 0 && indikator !== undefined && target !== undefined && realisasi !== undefined && bobot !== undefined && arah !== undefined && jenis !== undefined;
      check.finish(match.nip);
      if (!ok) return 'rejected';
      const satuanText = check.text('satuan');
      const satuan = satuanText === undefined ? undefined : intern(satuanText);
      const record: Indikator = { nip: match.nip, indikator, target, realisasi, bobot, arah, jenis, inovasi, file: table.name, row: row.rowNumber, ...(satuan ? { satuan } : {}) };
      const list = byNip.get(match.nip);
      if (list) {
        if (fromEarlierFiles) {
          let earlier = fromEarlierFiles.get(list);
          if (earlier === undefined) fromEarlierFiles.set(list, (earlier = list.length));
          const copy = earlier > 0 ? copyInEarlierFile(list, earlier, record, findings) : undefined;
          if (copy) return copy;
        }
        list.push(record);
      } else {
        const created = [record];
        byNip.set(match.nip, created);
        fromEarlierFiles?.set(created, 0);
      }
      if (blocks.continued) blocks.keep(record);
      return 'used';
    }, onProgress);
    const { dropped } = blocks.end(ledger);
    if (dropped.length > 0) {
      // Rows without a NIP that the file does not clearly give to the employee above: not used.
      const gone = new Set(dropped);
      for (const nip of new Set(dropped.map((r) => r.nip))) byNip.set(nip, byNip.get(nip)!.filter((r) => !gone.has(r)));
      ledger.used -= dropped.length;
      ledger.rejected += dropped.length;
    }
  }
  return { byNip, ledgers };
}

/** Indicator texts compared across files: case and spacing do not matter. */
function indicatorKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function sameTarget(a: Target, b: Target): boolean {
  if (a instanceof Exact || b instanceof Exact) return a instanceof Exact && b instanceof Exact && a.eq(b);
  return a.dari.eq(b.dari) && a.sampai.eq(b.sampai);
}

/**
 * The same employee and indicator in an earlier capaian file, `list[0..earlier)` (e.g. a unit's file
 * and the agency's combined export): an identical copy is set aside (not counted twice); different
 * figures cannot both be right, so the employee is held (`BERKAS_BERTENTANGAN`). Within one file,
 * repeats stay as they are.
 */
function copyInEarlierFile(list: readonly Indikator[], earlier: number, record: Indikator, findings: FindingCollector): 'ignored' | 'rejected' | undefined {
  const key = indicatorKey(record.indikator);
  let conflict: Indikator | undefined;
  for (let i = 0; i < earlier; i++) {
    const other = list[i]!;
    if (other.indikator !== record.indikator && indicatorKey(other.indikator) !== key) continue;
    const identical =
      sameTarget(other.target, record.target) && other.realisasi.eq(record.realisasi) && other.bobot.eq(record.bobot) && other.arah === record.arah && other.jenis === record.jenis;
    if (identical) {
      findings.add({
        code: 'BARIS_SAMA_BERKAS_LAIN',
        file: record.file,
        row: record.row,
        nip: record.nip,
        value: record.indikator,
        params: { key: `NIP ${record.nip}, indikator '${record.indikator}'`, other: `${other.file}:${other.row}` },
      });
      return 'ignored';
    }
    conflict ??= other;
  }
  if (!conflict) return undefined;
  findings.add({
    code: 'BERKAS_BERTENTANGAN',
    file: record.file,
    row: record.row,
    nip: record.nip,
    value: record.indikator,
    params: { key: `NIP ${record.nip}, indikator '${record.indikator}'`, files: `${conflict.file}:${conflict.row}, ${record.file}:${record.row}` },
  });
  return 'rejected';
}

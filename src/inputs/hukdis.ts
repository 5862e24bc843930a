/**
 * The disciplinary sanctions register (`hukdis`, SPEC §2.4): TPP cuts active for a number of months.
 * A row may give only its `jenis` when the pack's `hukdis.jenis` table knows it; values the row does
 * give must agree with the table. `hukdis.mulai_tengah_bulan` says when a sanction starting after the
 * 1st first counts.
 */
import { z } from 'zod';
import { exactSchema, type Period } from '../model/domain.js';
import { Exact } from '../exact.js';
import type { FindingCollector } from '../findings.js';
import { dateParts } from '../model/local-date.js';
import { cellText } from '../readers/cell.js';
import type { Table } from '../readers/table.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { EmployeeMatcher, holdClosestToUnknown, settleUnmatched, type NipResolution } from './match-employee.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { Hukdis, PegawaiTable } from '../model/records.js';
import type { FileLedger, RowBucket } from '../model/row-accounting.js';
import { normaliseJenis, type HukdisRule } from '../rules/rule-pack-schema.js';

type HukdisField = 'nip' | 'jenis' | 'tmt' | 'lama_bulan' | 'persen';

/** Header aliases of `hukdis`. */
export const HUKDIS_FIELDS: FieldSpecs<HukdisField> = {
  nip: { aliases: ['nip', 'nip_baru'], required: true },
  jenis: { aliases: ['jenis', 'jenis_hukuman', 'hukuman'] },
  tmt: { aliases: ['tmt', 'tmt_hukuman', 'tanggal_mulai'], required: true },
  lama_bulan: { aliases: ['lama_bulan', 'lama'], required: true },
  persen: { aliases: ['persen', 'persen_potongan', 'potongan'], required: true },
};

/** An active sanction (the single source of the `Hukdis` type). */
export const hukdisSchema = z.object({
  nip: z.string(),
  jenis: z.string().optional(),
  tmt: z.string(),
  lamaBulan: z.number().int().min(1).max(600),
  persen: exactSchema,
  poinDisiplin: exactSchema.optional(),
  komponen: z.array(z.string()).optional(),
  file: z.string(),
  row: z.number().int(),
}) satisfies z.ZodType<Hukdis>;

/** The read plan: with a type table, a register of `nip, jenis, tmt` (without persen and lama_bulan) is one too. */
function hukdisPlan(rule: HukdisRule): ReadPlan<HukdisField> {
  const byType = Object.keys(rule.jenis).length > 0;
  return {
    input: 'hukdis',
    detectHeader(cells, rowNumber, packNames) {
      const map = mapHeader(cells, HUKDIS_FIELDS, rowNumber, packNames);
      const c = map.columns;
      const found = hasRequiredFields(map, HUKDIS_FIELDS) || (byType && c.nip !== undefined && c.tmt !== undefined && c.jenis !== undefined);
      return found ? { shape: 'register', specs: HUKDIS_FIELDS, map } : undefined;
    },
    required: byType
      ? { id: 'nip, tmt, dan lama_bulan + persen atau jenis (hukdis.jenis)', en: 'nip, tmt, and lama_bulan + persen or jenis (hukdis.jenis)' }
      : { id: 'nip, tmt, lama_bulan, persen', en: 'nip, tmt, lama_bulan, persen' },
    profiled: () => ({ dates: ['tmt'], numbers: ['persen'] }),
  };
}

/** Sanction types by every normalised name (key and aliases) they are written as. */
/** A sanction type of the pack: a points type cuts no money (persen 0). */
interface SanctionType {
  kunci: string;
  persen: Exact;
  bulan: number;
  poin?: Exact;
  komponen?: readonly string[];
}

function typeLookup(rule: HukdisRule): Map<string, SanctionType> {
  const byName = new Map<string, SanctionType>();
  for (const [kunci, t] of Object.entries(rule.jenis)) {
    const entry: SanctionType = {
      kunci,
      persen: t.persen ?? Exact.ZERO,
      bulan: t.bulan,
      ...(t.poin_disiplin !== undefined ? { poin: t.poin_disiplin } : {}),
      ...(t.komponen !== undefined ? { komponen: t.komponen } : {}),
    };
    for (const name of [kunci, ...(t.alias ?? [])]) byName.set(normaliseJenis(name), entry);
  }
  return byName;
}

/**
 * True when the period's month is within [first month, first month + lama_bulan − 1]. The first month
 * is tmt's, or under `bulan_berikut` the next one when tmt is after the 1st. Under `pro_rata` a sanction
 * from the 15th runs to the 14th lama_bulan months later, so that month is (partly) under it too.
 */
function isSanctionActive(tmt: string, lamaBulan: number, period: Period, mulai: HukdisRule['mulai_tengah_bulan']): boolean {
  const { year, month, day } = dateParts(tmt);
  const start = year * 12 + (month - 1) + (mulai === 'bulan_berikut' && day > 1 ? 1 : 0);
  const current = period.year * 12 + (period.month - 1);
  const last = start + lamaBulan - 1 + (mulai === 'pro_rata' && day > 1 ? 1 : 0);
  return current >= start && current <= last;
}

/** Reads the sanctions register; returns the sanctions active in the period, by NIP. */
export async function readHukdis(
  tables: readonly Table[],
  pegawai: PegawaiTable,
  rule: HukdisRule,
  period: Period,
  findings: FindingCollector,
): Promise<{ active: Map<string, Hukdis[]>; ledgers: FileLedger[] }> {
  const active = new Map<string, Hukdis[]>();
  const ledgers: FileLedger[] = [];
  const periodText = `${period.year}-${String(period.month).padStart(2, '0')}`;
  const matcher = new EmployeeMatcher(pegawai, findings);
  const plan = hukdisPlan(rule);
  const types = typeLookup(rule);
  const mulai = rule.mulai_tengah_bulan;
  for (const table of tables) {
    const ledger = newLedger('hukdis', table);
    ledgers.push(ledger);
    await readTableRows(table, plan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const resolved = matcher.resolve(check, 'nip');
      if (resolved.kind === 'unknown') return unknownNipSanction(check, resolved, pegawai, types, mulai, period, findings);
      const match = settleUnmatched(check, 'nip', resolved);
      if (match.kind !== 'employee') return match.kind;
      const tmt = check.date('tmt');
      if (tmt === undefined && check.cell('tmt') === null) check.report('NILAI_WAJIB_KOSONG', 'tmt');
      const { persen, lamaBulan, poin, komponen } = sanctionTerms(check, types);
      if (tmt !== undefined && lamaBulan !== undefined) checkAmbiguousTmt(check, tmt, lamaBulan, period, periodText, mulai);
      if (check.errors > 0 || tmt === undefined || lamaBulan === undefined || persen === undefined) {
        check.finish(match.nip);
        return 'rejected';
      }
      if (!isSanctionActive(tmt, lamaBulan, period, mulai)) {
        check.report('HUKDIS_TIDAK_AKTIF', undefined, { tmt, lama: lamaBulan, period: periodText });
        check.finish(match.nip);
        return 'ignored';
      }
      if (persen.gt(Exact.ZERO) && persen.lt(Exact.ONE)) {
        // 0,25 may be 25 % written as a fraction: neither reading is applied on a guess.
        check.report('HUKDIS_PERSEN_PECAHAN', 'persen', { guess: persen.mul(Exact.HUNDRED).toString() });
        check.finish(match.nip);
        return 'rejected';
      }
      check.finish(match.nip);
      const jenis = check.text('jenis');
      const record: Hukdis = { nip: match.nip, tmt, lamaBulan, persen, file: table.name, row: row.rowNumber, ...(jenis ? { jenis } : {}), ...(poin ? { poinDisiplin: poin } : {}), ...(komponen ? { komponen } : {}) };
      const list = active.get(match.nip) ?? [];
      list.push(record);
      active.set(match.nip, list);
      return 'used';
    });
  }
  return { active, ledgers };
}

/**
 * The row's percent and months: its own cells, else its `jenis`'s in the pack's table. A value the
 * row gives that differs from its type's is a doubt (which one the decree says is not known): an
 * error holding the employee. Missing values with no type known are NILAI_WAJIB_KOSONG as always,
 * or HUKDIS_JENIS_TIDAK_DIKENAL when the row names a type the table lacks.
 */
function sanctionTerms(check: RowCheck<HukdisField>, types: ReadonlyMap<string, SanctionType>): { persen?: Exact; lamaBulan?: number; poin?: Exact; komponen?: readonly string[] } {
  if (types.size === 0) {
    // No type table: both values are the row's, as they always were.
    const lamaBulan = check.integer('lama_bulan', 1, 600);
    if (lamaBulan === undefined && check.cell('lama_bulan') === null) check.report('NILAI_WAJIB_KOSONG', 'lama_bulan');
    const persen = check.number('persen');
    if (persen === undefined && check.cell('persen') === null) check.report('NILAI_WAJIB_KOSONG', 'persen');
    checkPersenRange(check, persen);
    return { persen, lamaBulan };
  }
  // The raw text (check.text would report an overlong cell a second time when the row is recorded).
  const jenis = cellText(check.cell('jenis'));
  const type = jenis === '' ? undefined : types.get(normaliseJenis(jenis));
  const ownLama = check.integer('lama_bulan', 1, 600);
  const ownPersen = check.number('persen');
  checkPersenRange(check, ownPersen);
  if (type === undefined) {
    const missing = (ownLama === undefined && check.cell('lama_bulan') === null) || (ownPersen === undefined && check.cell('persen') === null);
    if (missing && jenis !== '') check.report('HUKDIS_JENIS_TIDAK_DIKENAL', 'jenis', {}, jenis.slice(0, 200));
    else {
      if (ownLama === undefined && check.cell('lama_bulan') === null) check.report('NILAI_WAJIB_KOSONG', 'lama_bulan');
      if (ownPersen === undefined && check.cell('persen') === null) check.report('NILAI_WAJIB_KOSONG', 'persen');
    }
    return { persen: ownPersen, lamaBulan: ownLama };
  }
  if (ownLama !== undefined && ownLama !== type.bulan) {
    check.report('HUKDIS_TIDAK_SESUAI_JENIS', 'lama_bulan', { jenis: type.kunci, tabel: type.bulan, baris: ownLama }, String(ownLama));
  }
  if (ownPersen !== undefined && !ownPersen.eq(type.persen)) {
    check.report('HUKDIS_TIDAK_SESUAI_JENIS', 'persen', { jenis: type.kunci, tabel: type.persen.toString(), baris: ownPersen.toString() }, ownPersen.toString());
  }
  // An unreadable cell is reported by its reader and stays a doubt; an empty one takes the type's value.
  return {
    persen: ownPersen ?? (check.cell('persen') === null ? type.persen : undefined),
    lamaBulan: ownLama ?? (check.cell('lama_bulan') === null ? type.bulan : undefined),
    ...(type.poin !== undefined ? { poin: type.poin } : {}),
    ...(type.komponen !== undefined ? { komponen: type.komponen } : {}),
  };
}

function checkPersenRange(check: RowCheck<HukdisField>, persen: Exact | undefined): void {
  if (persen !== undefined && (persen.lt(Exact.ZERO) || persen.gt(Exact.HUNDRED))) check.report('NILAI_DI_LUAR_RENTANG', 'persen', { range: '0..100' });
}

/** Whether the sanction applies in the period, in both languages. */
function activity(active: boolean, periodText: string): { id: string; en: string } {
  return active ? { id: `hukuman berlaku di ${periodText}`, en: `the sanction applies in ${periodText}` } : { id: `tidak berlaku di ${periodText}`, en: `not active in ${periodText}` };
}

/**
 * A `tmt` such as 08/01/2026 in a column no value settles: read day-first as always, unless read
 * month-first the sanction's activity in the period differs; then the cut (or full pay) is a guess.
 */
function checkAmbiguousTmt(check: RowCheck<HukdisField>, tmt: string, lamaBulan: number, period: Period, periodText: string, mulai: HukdisRule['mulai_tengah_bulan']): void {
  const other = check.row.otherDateReading('tmt');
  if (other === undefined) return;
  const usual = isSanctionActive(tmt, lamaBulan, period, mulai);
  if (usual === isSanctionActive(other, lamaBulan, period, mulai)) return;
  const asUsual = activity(usual, periodText);
  const asOther = activity(!usual, periodText);
  check.report('TANGGAL_AMBIGU', 'tmt', {
    dmy: tmt,
    mdy: other,
    effect_id: `dibaca hari dulu ${asUsual.id}, dibaca bulan dulu ${asOther.id}`,
    effect_en: `read day-first ${asUsual.en}, read month-first ${asOther.en}`,
  });
}

/**
 * A sanction whose NIP is not in the staff master. One no longer active concerns nobody paid now
 * (e.g. someone who left): set aside as before. An active one (or one whose dates cannot be read)
 * cannot be applied, so paying in full would be a guess: an error, holding the employees whose NIP is
 * closest (a typo), since the sanction may be theirs; with no close NIP it holds nobody.
 */
function unknownNipSanction(
  check: RowCheck<HukdisField>,
  resolved: Extract<NipResolution, { kind: 'unknown' }>,
  pegawai: PegawaiTable,
  types: ReadonlyMap<string, { bulan: number }>,
  mulai: HukdisRule['mulai_tengah_bulan'],
  period: Period,
  findings: FindingCollector,
): RowBucket {
  const tmt = check.date('tmt');
  const jenis = types.size === 0 || check.cell('lama_bulan') !== null ? '' : cellText(check.cell('jenis'));
  const lamaBulan = jenis === '' ? check.integer('lama_bulan', 1, 600) : types.get(normaliseJenis(jenis))?.bulan;
  const other = check.row.otherDateReading('tmt');
  if (tmt !== undefined && lamaBulan !== undefined && !isSanctionActive(tmt, lamaBulan, period, mulai) && (other === undefined || !isSanctionActive(other, lamaBulan, period, mulai))) {
    check.report('NIP_TIDAK_DIKENAL', 'nip', {}, resolved.text);
    check.finish(resolved.nip);
    return 'ignored';
  }
  return holdClosestToUnknown(check, 'nip', resolved, pegawai, findings, 'HUKDIS_NIP_TIDAK_DIKENAL');
}

/**
 * Transfers and promotions within the month (`mutasi`): from `tanggal` on, the employee's unit, post,
 * class, ceiling or status are the row's. The staff master gives the post at the start of the month;
 * each mutasi in the month starts a segment (see segments.ts).
 */
import { formatPeriod, type Period } from '../model/domain.js';
import type { FindingCollector } from '../findings.js';
import { addDays, monthBounds, type LocalDate } from '../model/local-date.js';
import type { Table } from '../readers/table.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { EmployeeMatcher, holdClosestToUnknown, settleUnmatched } from './match-employee.js';
import { normaliseStatus } from './pegawai.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import { postOf, serviceInMonth } from './segments.js';
import type { Pegawai, PegawaiTable, Segmen } from '../model/records.js';
import type { FileLedger } from '../model/row-accounting.js';
import { paguFor } from '../rules/pagu.js';
import { checkCeilingPlausible } from './check-ceiling.js';

type MutasiField = 'nip' | 'tanggal' | 'unit' | 'jabatan' | 'jenis_jabatan' | 'kelas_jabatan' | 'tpp_pagu' | 'status';

/** Header aliases of `mutasi`. */
export const MUTASI_FIELDS: FieldSpecs<MutasiField> = {
  nip: { aliases: ['nip', 'nip_baru'], required: true },
  tanggal: { aliases: ['tanggal', 'tmt', 'tmt_mutasi', 'tanggal_mutasi', 'tanggal_berlaku', 'berlaku_mulai', 'tmt_mulai'], required: true },
  unit: { aliases: ['kode_unit', 'unit', 'unit_kerja', 'opd', 'skpd', 'unit_baru'] },
  jabatan: { aliases: ['jabatan', 'nama_jabatan', 'jabatan_baru'] },
  jenis_jabatan: { aliases: ['jenis_jabatan'] },
  kelas_jabatan: { aliases: ['kelas_jabatan', 'kelas', 'kelas_baru'] },
  tpp_pagu: { aliases: ['tpp_pagu', 'pagu_tpp', 'besaran_tpp', 'tpp'] },
  status: { aliases: ['status', 'status_pegawai', 'jenis_pegawai', 'status_kepegawaian'] },
};

const JENIS_JABATAN = ['struktural', 'fungsional', 'pelaksana'] as const;

/** What changes from a date on. */
interface Mutasi {
  nip: string;
  tanggal: LocalDate;
  unit?: string;
  jabatan?: string;
  jenisJabatan?: (typeof JENIS_JABATAN)[number];
  kelasJabatan?: number;
  tppPagu?: number;
  status?: string;
  file: string;
  row: number;
}

const unitKey = (text: string) => text.toUpperCase().replace(/[\s_.-]+/g, '');

const CHANGED_FIELDS = ['unit', 'jabatan', 'jenisJabatan', 'kelasJabatan', 'tppPagu', 'status'] as const;

const mutasiPlan: ReadPlan<MutasiField> = {
  input: 'mutasi',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, MUTASI_FIELDS, rowNumber, packNames);
    return hasRequiredFields(map, MUTASI_FIELDS) ? { shape: 'register', specs: MUTASI_FIELDS, map } : undefined;
  },
  required: { id: 'nip, tanggal', en: 'nip, tanggal' },
  profiled: () => ({ dates: ['tanggal'], numbers: ['tpp_pagu'] }),
};

/** Where a date falls for the month: before it, in it (after the 1st, so it splits it), or after it. */
function placeOf(date: LocalDate, period: Period): 'sebelum' | 'awal' | 'dalam' | 'sesudah' {
  const month = monthBounds(period.year, period.month);
  if (date < month.first) return 'sebelum';
  if (date === month.first) return 'awal';
  return date <= month.last ? 'dalam' : 'sesudah';
}

/** The changes of one row, checked against the pack (an unknown status or a far-off ceiling holds). */
function readChanges(check: RowCheck<MutasiField>, pack: RulePack, period: Period, unitOf: (text: string) => string): Omit<Mutasi, 'nip' | 'tanggal' | 'file' | 'row'> {
  const unitText = check.text('unit');
  const unit = unitText === undefined ? undefined : unitOf(unitText);
  const jabatan = check.text('jabatan');
  const jenisText = check.text('jenis_jabatan')?.toLowerCase();
  const jenisJabatan = JENIS_JABATAN.find((j) => j === jenisText);
  if (jenisText !== undefined && jenisJabatan === undefined) check.report('NILAI_TIDAK_DIKENAL', 'jenis_jabatan', { choices: JENIS_JABATAN.join(', ') });
  const kelasJabatan = check.integer('kelas_jabatan', 1, 17);
  const tppPagu = check.rupiah('tpp_pagu');
  const statusText = check.text('status');
  const status = statusText === undefined ? undefined : normaliseStatus(statusText);
  const statuses = Object.keys(pack.tpp.faktor_status);
  if (status !== undefined && !statuses.includes(status)) check.report('STATUS_TIDAK_DIKENAL', 'status', { choices: statuses.join(', ') });
  // The row gives only what changes: its post is looked up with what it gives (the segment's full post
  // is looked up again when pay is computed). Empty only when no ceiling row has the kelas at all.
  const choice = paguFor(pack, period, { kelasJabatan, jenisJabatan, unit });
  const kelasKnown = kelasJabatan !== undefined && (String(kelasJabatan) in pack.tpp.pagu_per_kelas || (pack.tpp.pagu ?? []).some((p) => p.kelas === kelasJabatan));
  if (kelasJabatan !== undefined && tppPagu === undefined && !kelasKnown && check.cell('tpp_pagu') === null) {
    check.report('TPP_PAGU_KOSONG', 'tpp_pagu', { kelas: kelasJabatan }, '');
  }
  const ceiling = tppPagu ?? (choice.kind === 'found' ? choice.jumlah : undefined);
  checkCeilingPlausible(check, ceiling, { tppPagu, kelasJabatan, choice }, pack);
  return {
    ...(unit !== undefined ? { unit } : {}),
    ...(jabatan !== undefined ? { jabatan } : {}),
    ...(jenisJabatan !== undefined ? { jenisJabatan } : {}),
    ...(kelasJabatan !== undefined ? { kelasJabatan } : {}),
    ...(tppPagu !== undefined ? { tppPagu } : {}),
    ...(status !== undefined ? { status } : {}),
  };
}

/** Reads the transfers register; returns the month's transfers by NIP (those dated in the month, the 1st included). */
export async function readMutasi(
  tables: readonly Table[],
  pegawai: PegawaiTable,
  pack: RulePack,
  period: Period,
  findings: FindingCollector,
  units: Iterable<string> = [],
): Promise<{ byNip: Map<string, Mutasi[]>; ledgers: FileLedger[] }> {
  const byNip = new Map<string, Mutasi[]>();
  const ledgers: FileLedger[] = [];
  // A unit is written as the staff file or unit list writes it (`disdik` for `DISDIK`): the one code it means.
  const byKey = new Map<string, string>();
  for (const u of [...units, ...pegawai.employees.map((e) => e.unit)]) if (!byKey.has(unitKey(u))) byKey.set(unitKey(u), u);
  const unitOf = (text: string) => byKey.get(unitKey(text)) ?? text;
  const matcher = new EmployeeMatcher(pegawai, findings);
  for (const table of tables) {
    const ledger = newLedger('mutasi', table);
    ledgers.push(ledger);
    await readTableRows(table, mutasiPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const resolved = matcher.resolve(check, 'nip');
      if (resolved.kind === 'unknown') {
        // A transfer dated in the month for a NIP no one has is likely a typo of someone who is paid by it.
        const tanggal = check.date('tanggal');
        const place = tanggal === undefined ? 'dalam' : placeOf(tanggal, period);
        if (place === 'dalam' || place === 'awal') return holdClosestToUnknown(check, 'nip', resolved, pegawai, findings, 'NIP_TIDAK_DIKENAL_UBAH_BAYAR', { input: 'mutasi' });
      }
      const match = settleUnmatched(check, 'nip', resolved);
      if (match.kind !== 'employee') return match.kind;
      const tanggal = check.date('tanggal');
      if (tanggal === undefined && check.cell('tanggal') === null) check.report('NILAI_WAJIB_KOSONG', 'tanggal');
      if (tanggal !== undefined) checkAmbiguousDate(check, tanggal, period);
      const changes = readChanges(check, pack, period, unitOf);
      if (Object.keys(changes).length === 0 && check.errors === 0) check.report('MUTASI_KOSONG', undefined, {}, '');
      if (check.errors > 0 || tanggal === undefined) {
        check.finish(match.nip);
        return 'rejected';
      }
      const place = placeOf(tanggal, period);
      if (place === 'sebelum' || place === 'sesudah') {
        check.report('MUTASI_LUAR_PERIODE', 'tanggal', { period: formatPeriod(period) }, tanggal);
        check.finish(match.nip);
        return 'ignored';
      }
      check.finish(match.nip);
      const list = byNip.get(match.nip) ?? [];
      list.push({ nip: match.nip, tanggal, ...changes, file: table.name, row: row.rowNumber });
      byNip.set(match.nip, list);
      return 'used';
    });
  }
  return { byNip, ledgers };
}

/** A date such as 05/10/2026 in a column no value settles, whose other reading splits the month elsewhere: held. */
function checkAmbiguousDate(check: RowCheck<MutasiField>, tanggal: LocalDate, period: Period): void {
  const other = check.row.otherDateReading('tanggal');
  if (other === undefined) return;
  const usual = placeOf(tanggal, period);
  const asOther = placeOf(other, period);
  const outside = (p: string) => p === 'sebelum' || p === 'sesudah';
  if (outside(usual) && outside(asOther)) return;
  const effect = (p: string, d: string) =>
    outside(p) ? { id: `di luar ${formatPeriod(period)}`, en: `outside ${formatPeriod(period)}` } : { id: `berlaku mulai ${d}`, en: `in force from ${d}` };
  const a = effect(usual, tanggal);
  const b = effect(asOther, other);
  check.report('TANGGAL_AMBIGU', 'tanggal', { dmy: tanggal, mdy: other, effect_id: `dibaca hari dulu ${a.id}; dibaca bulan dulu ${b.id}`, effect_en: `read day-first ${a.en}; read month-first ${b.en}` });
}

const rowName = (m: Mutasi) => `${m.file}:${m.row}`;

/** The post after a transfer: the row's changes over the post before it. */
function applied(state: Pegawai, m: Mutasi): Pegawai {
  const next: Pegawai = { ...state };
  for (const field of CHANGED_FIELDS) if (m[field] !== undefined) (next as unknown as Record<string, unknown>)[field] = m[field];
  // A new class without its own ceiling is paid on the class table, not on the old personal ceiling.
  if (m.kelasJabatan !== undefined && m.tppPagu === undefined) delete next.tppPagu;
  return next;
}

const samePost = (a: Pegawai, b: Pegawai) => CHANGED_FIELDS.every((f) => a[f] === b[f]);

/**
 * One employee's month after their transfers: segments from the staff row's post and each transfer,
 * the record carrying the last post. Two different transfers on one day, transfers on top of staff rows
 * that already give segments, and a transfer that changes nothing (the staff row probably already shows
 * the new post, so the old one is unknown) hold the employee.
 */
function withTransfers(e: Pegawai, list: readonly Mutasi[], period: Period, findings: FindingCollector): Pegawai {
  const hold = (m: Mutasi, code: 'MUTASI_BERTENTANGAN' | 'MUTASI_TANPA_PERUBAHAN', params: Record<string, string>) =>
    findings.add({ code, file: m.file, row: m.row, column: 'tanggal', value: m.tanggal, nip: e.nip, params });
  if (e.segmen) {
    for (const m of list) hold(m, 'MUTASI_BERTENTANGAN', { reason_id: `baris pegawai (${e.file}) sudah membagi bulan dengan tmt_mulai/tmt_selesai`, reason_en: `the staff rows (${e.file}) already split the month with tmt_mulai/tmt_selesai` });
    return e;
  }
  const sorted = [...list].sort((a, b) => (a.tanggal < b.tanggal ? -1 : a.tanggal > b.tanggal ? 1 : 0));
  const service = serviceInMonth(e, period);
  let state = e;
  let stateFrom = { file: e.file, row: e.row };
  let cursor = service?.first;
  const segments: Segmen[] = [];
  let sound = true;
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i]!;
    const next = applied(state, m);
    const twin = sorted.find((o) => o !== m && o.tanggal === m.tanggal);
    if (twin && !samePost(applied(state, twin), next)) {
      sound = false;
      hold(m, 'MUTASI_BERTENTANGAN', { reason_id: `baris ${rowName(twin)} berlaku pada tanggal yang sama dengan isi lain`, reason_en: `row ${rowName(twin)} takes effect on the same date with other values` });
      continue;
    }
    if (twin && sorted.indexOf(twin) < i) continue;
    if (service === undefined || cursor === undefined || m.tanggal > service.last) continue;
    if (m.tanggal > cursor) {
      if (samePost(state, next)) {
        sound = false;
        hold(m, 'MUTASI_TANPA_PERUBAHAN', { before: cursor });
      }
      segments.push({ ...postOf(state, cursor, addDays(m.tanggal, -1)), ...stateFrom });
      cursor = m.tanggal;
    }
    state = next;
    stateFrom = { file: m.file, row: m.row };
  }
  if (!sound || service === undefined || cursor === undefined) return state === e ? e : { ...state, file: e.file, row: e.row };
  segments.push({ ...postOf(state, cursor, service.last), ...stateFrom });
  // The record keeps the staff row's provenance (its gaji, tax data and findings point there).
  return { ...state, file: e.file, row: e.row, ...(segments.length > 1 ? { segmen: segments } : {}) };
}

/** The staff master with the month's transfers applied (a new table; the old one is left as it was). */
export function applyMutasi(pegawai: PegawaiTable, byNip: ReadonlyMap<string, readonly Mutasi[]>, period: Period, findings: FindingCollector): PegawaiTable {
  if (byNip.size === 0) return pegawai;
  const employees = pegawai.employees.map((e) => {
    const list = byNip.get(e.nip);
    return list ? withTransfers(e, list, period, findings) : e;
  });
  const byNipTable = new Map(employees.map((e) => [e.nip, e]));
  const byPin = new Map([...pegawai.byPin].map(([pin, e]) => [pin, byNipTable.get(e.nip) ?? e]));
  return { ...pegawai, employees, byNip: byNipTable, byPin };
}

/**
 * Shift rosters (`jadwal`, issue 14): one row per employee and date naming a shift of the pack's
 * `jadwal.shift` (`PAGI`, `MALAM`, `LIBUR`…). An employee with roster rows works the roster, not their
 * schedule profile. Nothing is guessed: an unknown shift name or two shifts on one date is an error on
 * the employee (held), and a roster without shift definitions in the pack stops the run.
 */
import type { Period } from '../model/domain.js';
import { formatPeriod } from '../model/domain.js';
import { daysInMonth, formatDate } from '../model/local-date.js';
import type { FindingCollector } from '../findings.js';
import type { Table } from '../readers/table.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { EmployeeMatcher } from './match-employee.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { Rosters } from '../model/calendar.js';
import type { PegawaiTable } from '../model/records.js';
import type { FileLedger, RowBucket } from '../model/row-accounting.js';

type JadwalField = 'nip' | 'tanggal' | 'shift';

/** Header aliases of `jadwal`. */
export const JADWAL_FIELDS: FieldSpecs<JadwalField> = {
  nip: { aliases: ['nip', 'nip_baru'], required: true },
  tanggal: { aliases: ['tanggal', 'tgl', 'date'], required: true },
  shift: { aliases: ['shift', 'kode_shift', 'dinas', 'jaga'], required: true },
};

const jadwalPlan: ReadPlan<JadwalField> = {
  input: 'jadwal',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, JADWAL_FIELDS, rowNumber, packNames);
    return hasRequiredFields(map, JADWAL_FIELDS) ? { shape: 'roster', specs: JADWAL_FIELDS, map } : undefined;
  },
  required: { id: 'nip, tanggal, shift', en: 'nip, tanggal, shift' },
  profiled: () => ({ dates: ['tanggal'], numbers: [] }),
};

/** Reads the roster files into each rostered employee's shift per day of the period. */
export async function readJadwal(
  tables: readonly Table[],
  pegawai: PegawaiTable,
  pack: RulePack,
  period: Period,
  findings: FindingCollector,
): Promise<{ rosters: Rosters; ledgers: FileLedger[] }> {
  const rosters = new Map<string, (string | undefined)[]>();
  // The file of each employee's first used row, to name it in a finding about the whole roster.
  const firstFile = new Map<string, string>();
  const ledgers: FileLedger[] = [];
  const days = daysInMonth(period.year, period.month);
  const prefix = formatDate(period.year, period.month, 1).slice(0, 8);
  // Shift names match whatever their case; the pack's spelling is kept.
  const shifts = new Map(Object.keys(pack.shift).map((name) => [name.toUpperCase(), name]));
  const choices = Object.keys(pack.shift).join(', ');
  const matcher = new EmployeeMatcher(pegawai, findings);
  for (const table of tables) {
    const ledger = newLedger('jadwal', table);
    ledgers.push(ledger);
    if (shifts.size === 0) {
      // A doubt about the whole file: without definitions no row can be read as meant.
      findings.add({ code: 'JADWAL_SHIFT_TIDAK_ADA', file: table.name });
    }
    await readTableRows(table, jadwalPlan, ledger, findings, (row): RowBucket => {
      if (shifts.size === 0) return 'ignored';
      const check = new RowCheck(row, table.name, findings);
      const match = matcher.match(check, 'nip');
      if (match.kind !== 'employee') return match.kind;
      const bucket = ((): RowBucket => {
        const tanggal = check.date('tanggal');
        if (tanggal === undefined && check.cell('tanggal') === null) check.report('NILAI_WAJIB_KOSONG', 'tanggal');
        const text = check.text('shift');
        if (text === undefined) check.report('NILAI_WAJIB_KOSONG', 'shift');
        if (check.errors > 0 || tanggal === undefined || text === undefined) return 'rejected';
        if (!tanggal.startsWith(prefix)) {
          check.report('JADWAL_LUAR_PERIODE', 'tanggal', { period: formatPeriod(period) });
          return 'ignored';
        }
        const shift = shifts.get(text.toUpperCase());
        if (shift === undefined) {
          check.report('SHIFT_TIDAK_DIKENAL', 'shift', { choices });
          return 'rejected';
        }
        let roster = rosters.get(match.nip);
        if (!roster) {
          rosters.set(match.nip, (roster = new Array<string | undefined>(days).fill(undefined)));
          firstFile.set(match.nip, table.name);
        }
        const day = Number(tanggal.slice(8, 10)) - 1;
        const before = roster[day];
        if (before !== undefined && before !== shift) {
          check.report('JADWAL_BERTENTANGAN', 'shift', { date: tanggal, shifts: `${before}, ${shift}` });
          return 'rejected';
        }
        roster[day] = shift;
        return 'used';
      })();
      check.finish(match.nip);
      return bucket;
    });
  }
  // A month of rest days only would pay nothing (no working day): more likely a wrong roster than a fact.
  for (const [nip, roster] of rosters) {
    if (!roster.some((shift) => shift !== undefined && pack.shift[shift] !== null)) findings.add({ code: 'JADWAL_TANPA_SHIFT', file: firstFile.get(nip)!, nip });
  }
  return { rosters, ledgers };
}

/**
 * Daily activity reports (`aktivitas`, e.g. Deli Serdang's laporan harian): one row per activity
 * (`tanggal` in the period) or one monthly total (`bulan`), in minutes or points, approved by the
 * supervisor or not. Read into one total per employee: only approved rows of the period count.
 */
import type { Period } from '../model/domain.js';
import { Exact } from '../exact.js';
import type { FindingCollector } from '../findings.js';
import { dateParts } from '../model/local-date.js';
import { MONTH_NAMES } from '../readers/parse-date.js';
import type { Table } from '../readers/table.js';
import type { AktivitasRule } from '../rules/rule-pack-schema.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { EmployeeMatcher } from './match-employee.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { AktivitasTotal, PegawaiTable } from '../model/records.js';
import type { FileLedger } from '../model/row-accounting.js';

type AktivitasField = 'nip' | 'tanggal' | 'bulan' | 'menit' | 'poin' | 'disetujui' | 'uraian';

/** Header aliases of `aktivitas`. */
export const AKTIVITAS_FIELDS: FieldSpecs<AktivitasField> = {
  nip: { aliases: ['nip', 'nip_baru'], required: true },
  tanggal: { aliases: ['tanggal', 'tgl', 'tanggal_aktivitas'] },
  bulan: { aliases: ['bulan', 'periode'] },
  menit: { aliases: ['menit', 'durasi_menit', 'waktu_efektif', 'jumlah_menit'] },
  poin: { aliases: ['poin', 'point', 'jumlah_poin', 'nilai_aktivitas'] },
  disetujui: { aliases: ['disetujui', 'approve', 'approved', 'validasi', 'status_validasi'], required: true },
  uraian: { aliases: ['uraian', 'aktivitas', 'kegiatan', 'uraian_aktivitas'] },
};

const aktivitasPlan: ReadPlan<AktivitasField> = {
  input: 'aktivitas',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, AKTIVITAS_FIELDS, rowNumber, packNames);
    const c = map.columns;
    const complete = hasRequiredFields(map, AKTIVITAS_FIELDS) && (c.tanggal !== undefined || c.bulan !== undefined) && (c.menit !== undefined || c.poin !== undefined);
    return complete ? { shape: 'aktivitas', specs: AKTIVITAS_FIELDS, map } : undefined;
  },
  required: { id: 'nip, tanggal atau bulan, menit atau poin, disetujui', en: 'nip, tanggal or bulan, menit or poin, disetujui' },
  profiled: () => ({ dates: ['tanggal'], numbers: ['menit', 'poin'] }),
};

const YES = ['ya', 'y', 'yes', '1', 'true', 'disetujui', 'setuju', 'valid', 'approved', 'sudah'];
const NO = ['tidak', 't', 'no', 'n', '0', 'false', 'ditolak', 'belum', 'tidak disetujui', 'rejected', '-'];

/** `bulan` as written (2026-10, 10/2026, 10-2026, Oktober 2026), or undefined when it reads as none of these. */
export function readMonthText(text: string): Period | undefined {
  const t = text.trim().toLowerCase();
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(t);
  if (m) return monthOf(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(t);
  if (m) return monthOf(Number(m[2]), Number(m[1]));
  m = /^(\p{L}+)[\s-]+(\d{4})$/u.exec(t);
  if (m) {
    const month = MONTH_NAMES[m[1]!];
    return month === undefined ? undefined : monthOf(Number(m[2]), month);
  }
  return undefined;
}

function monthOf(year: number, month: number): Period | undefined {
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

const periodText = (p: Period) => `${p.year}-${String(p.month).padStart(2, '0')}`;

/** The month a row's `bulan` names; a date cell (a spreadsheet turned 2026-10 into 1 Oct) names its month. */
function rowMonth(check: RowCheck<AktivitasField>): Period | undefined {
  const cell = check.cell('bulan');
  if (typeof cell === 'string') {
    const month = readMonthText(cell);
    if (month) return month;
  }
  const date = check.date('bulan');
  if (date === undefined) {
    if (check.errors === 0) check.report('AKTIVITAS_BARIS', 'bulan', { reason_id: 'bulan tidak terbaca (tulis mis. 2026-10)', reason_en: 'the month cannot be read (write e.g. 2026-10)' });
    return undefined;
  }
  const { year, month } = dateParts(date);
  return { year, month };
}

/** Reads activity files; returns each employee's total of approved activity in the period. */
export async function readAktivitas(
  tables: readonly Table[],
  pegawai: PegawaiTable,
  rule: AktivitasRule | undefined,
  period: Period,
  findings: FindingCollector,
): Promise<{ byNip: Map<string, AktivitasTotal>; ledgers: FileLedger[] }> {
  const byNip = new Map<string, AktivitasTotal>();
  const ledgers: FileLedger[] = [];
  const matcher = new EmployeeMatcher(pegawai, findings);
  const wanted = periodText(period);
  // Without a rule nothing is paid on activity: the rows are still checked and accounted for.
  const satuan = rule?.satuan;
  for (const table of tables) {
    const ledger = newLedger('aktivitas', table);
    ledgers.push(ledger);
    await readTableRows(table, aktivitasPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const match = matcher.match(check, 'nip');
      if (match.kind !== 'employee') return match.kind;
      const hasTanggal = check.cell('tanggal') !== null && check.text('tanggal') !== undefined;
      const hasBulan = check.cell('bulan') !== null && check.text('bulan') !== undefined;
      let month: string | undefined;
      let daily = false;
      let day: string | undefined;
      if (hasTanggal && hasBulan) {
        check.report('AKTIVITAS_BARIS', 'bulan', { reason_id: 'tanggal dan bulan sama-sama diisi', reason_en: 'both tanggal and bulan are filled' });
      } else if (hasTanggal) {
        const date = check.date('tanggal');
        if (date !== undefined) {
          month = date.slice(0, 7);
          daily = true;
          day = date;
        }
      } else if (hasBulan) {
        const m = rowMonth(check);
        if (m) month = periodText(m);
      } else {
        check.report('NILAI_WAJIB_KOSONG', row.map.columns.tanggal !== undefined ? 'tanggal' : 'bulan');
      }
      const hasMenit = check.text('menit') !== undefined;
      const hasPoin = check.text('poin') !== undefined;
      let amount: Exact | undefined;
      if (hasMenit && hasPoin) {
        check.report('AKTIVITAS_BARIS', 'poin', { reason_id: 'menit dan poin sama-sama diisi', reason_en: 'both menit and poin are filled' });
      } else if (!hasMenit && !hasPoin) {
        check.report('NILAI_WAJIB_KOSONG', row.map.columns.menit !== undefined ? 'menit' : 'poin');
      } else {
        const field = hasMenit ? 'menit' : 'poin';
        if (satuan !== undefined && field !== satuan) {
          check.report('AKTIVITAS_BARIS', field, { reason_id: `paket aturan menghitung ${satuan}, bukan ${field}`, reason_en: `the rule pack counts ${satuan}, not ${field}` });
        } else {
          amount = check.number(field);
          if (amount !== undefined && amount.lt(Exact.ZERO)) {
            check.report('NILAI_DI_LUAR_RENTANG', field, { range: '>= 0' });
            amount = undefined;
          }
        }
      }
      const approvedText = check.text('disetujui')?.toLowerCase();
      let approved: boolean | undefined;
      if (approvedText === undefined) check.report('NILAI_WAJIB_KOSONG', 'disetujui');
      else if (YES.includes(approvedText)) approved = true;
      else if (NO.includes(approvedText)) approved = false;
      else check.report('NILAI_TIDAK_DIKENAL', 'disetujui', { choices: 'ya, tidak, 1, 0' });
      if (check.errors > 0 || month === undefined || amount === undefined || approved === undefined) {
        check.finish(match.nip);
        return 'rejected';
      }
      if (month !== wanted) {
        check.report('AKTIVITAS_LUAR_PERIODE', daily ? 'tanggal' : 'bulan', { period: wanted });
        check.finish(match.nip);
        return 'ignored';
      }
      // Work reported before tmt_masuk or after tmt_keluar is not this employee's work here: the target
      // already counts only their days, so counting it would overpay.
      const employee = pegawai.employees[match.index]!;
      if (day !== undefined && ((employee.tmtMasuk !== undefined && day < employee.tmtMasuk) || (employee.tmtKeluar !== undefined && day > employee.tmtKeluar))) {
        check.report('AKTIVITAS_LUAR_MASA_KERJA', 'tanggal', { date: day });
        check.finish(match.nip);
        return 'ignored';
      }
      let total = byNip.get(match.nip);
      if (!total) byNip.set(match.nip, (total = { realisasi: Exact.ZERO, harian: 0, bulanan: 0, tidakDisetujui: 0, file: table.name, row: row.rowNumber }));
      if (daily) total.harian += 1;
      else total.bulanan += 1;
      if (!approved) {
        // Counted (the employee did report) but not paid on: the supervisor did not approve it.
        total.tidakDisetujui += 1;
        check.report('AKTIVITAS_TIDAK_DISETUJUI', 'disetujui');
        check.finish(match.nip);
        return 'ignored';
      }
      check.finish(match.nip);
      total.realisasi = total.realisasi.add(amount);
      return 'used';
    });
  }
  for (const [nip, t] of byNip) {
    // A monthly total next to daily rows (or two totals) may count the same work twice: which is meant is a guess.
    if (t.bulanan > 1 || (t.bulanan > 0 && t.harian > 0)) {
      findings.add({ code: 'AKTIVITAS_CAMPUR', file: t.file, row: t.row, nip, params: { harian: t.harian, bulanan: t.bulanan } });
    }
  }
  return { byNip, ledgers };
}

/**
 * Reads a year's months from the archive for `kinerja rekap`: per month the last paid folder (its
 * files checked against `dibayar.json` first), else the latest folder with results, marked as not yet
 * paid; a month with neither is missing, never assumed.
 */
import { KinerjaError } from '../errors.js';
import { formatPeriod } from '../model/domain.js';
import { readPaidRecord, verifyPaidFolder } from './paid-record.js';
import { checkPaidLedgerYear } from './paid-ledger.js';
import { lastPaidFolder, periodFolders, type ResultsFolder } from './period-folders.js';
import { arrearsPaidWith, paidArrears } from './rapel.js';
import { readArchivedResults } from './read-results.js';
import { monthEmployeeOf, type MonthEmployee, type MonthInput } from './year-summary.js';

/** A month as read, with what the user should know about it. */
export interface YearMonthRead extends MonthInput {
  /** Why the month counts as missing although it has a folder (e.g. a stopped run). */
  catatan?: { id: string; en: string } | undefined;
}

async function readMonth(folder: ResultsFolder, periode: string): Promise<Map<string, MonthEmployee>> {
  const results = await readArchivedResults(folder.dir);
  if (results.periode !== periode) {
    throw new KinerjaError(
      'ARSIP_RUSAK',
      { id: `${folder.dir}: ringkasan.json menyebut periode ${results.periode}, bukan ${periode}.`, en: `${folder.dir}: ringkasan.json names period ${results.periode}, not ${periode}.` },
      { id: 'Folder hasil tidak boleh diganti namanya; pulihkan nama aslinya.', en: 'Results folders must not be renamed; restore the original name.' },
    );
  }
  const employees = new Map<string, MonthEmployee>();
  for (const [nip, e] of results.employees) employees.set(nip, monthEmployeeOf(e));
  return employees;
}

/** A paid month's amounts less the arrears of that month paid with later months (counted there). */
function withoutLaterArrears(employees: Map<string, MonthEmployee>, paidLater: ReadonlyMap<string, number> | undefined): Map<string, MonthEmployee> {
  if (!paidLater) return employees;
  for (const [nip, amount] of paidLater) {
    const e = employees.get(nip);
    if (e) employees.set(nip, { ...e, tppDibayar: Math.max(0, e.tppDibayar - amount) });
  }
  return employees;
}

/**
 * A paid month's amounts with the arrears its payments carried (`rapel.csv` of its paid folders) in
 * place of the rapel column of the folder read: a paid correction of the month has none.
 */
function withCarriedArrears(employees: Map<string, MonthEmployee>, carried: ReadonlyMap<string, number> | undefined): Map<string, MonthEmployee> {
  for (const [nip, e] of employees) {
    const own = e.tppDibayar - e.rapel;
    employees.set(nip, { ...e, tppDibayar: own + (carried?.get(nip) ?? 0) });
  }
  return employees;
}

/** The 12 months of `tahun` in `arsip`, January first. */
export async function readYear(arsip: string, tahun: number): Promise<YearMonthRead[]> {
  const months: YearMonthRead[] = [];
  // Arrears are counted in the month that paid them (its rapel column); a paid correction of their
  // period shows the employee as paid there too, so that part of the period's netto was paid later.
  const arrears = await paidArrears(arsip);
  // What each month's payments carried as arrears: a paid correction of that month has no rapel column.
  const carried = await arrearsPaidWith(arsip);
  for (let month = 1; month <= 12; month++) {
    const period = { year: tahun, month };
    const periode = formatPeriod(period);
    const paid = await lastPaidFolder(arsip, period);
    if (paid) {
      const record = await readPaidRecord(paid.dir);
      // A paid folder edited afterwards stops the recap (exit 2): the year is built only from what was paid.
      if (record) await verifyPaidFolder(paid.dir, record);
      if (record && record.periode !== periode) {
        throw new KinerjaError(
          'ARSIP_RUSAK',
          { id: `${paid.dir}: dibayar.json mencatat periode ${record.periode}, bukan ${periode}.`, en: `${paid.dir}: dibayar.json records period ${record.periode}, not ${periode}.` },
          { id: 'Catatan pembayaran tidak boleh disalin ke folder lain; pulihkan folder itu dari cadangan.', en: 'A paid record must not be copied into another folder; restore that folder from a backup.' },
        );
      }
      // A correction written after the last payment but not paid yet: the paid amounts stand, and the user is told.
      const newer = (await periodFolders(arsip, period)).filter((f) => f.hasResults && f.koreksi > paid.koreksi).map((f) => f.name);
      months.push({
        month,
        state: 'dibayar',
        folder: paid.name,
        employees: withCarriedArrears(withoutLaterArrears(await readMonth(paid, periode), arrears.get(periode)), carried.get(periode)),
        ...(newer.length > 0
          ? { catatan: { id: `${newer.join(', ')} belum dibayar; yang dipakai ${paid.name} (terakhir dibayar)`, en: `${newer.join(', ')} not paid yet; ${paid.name} (paid last) is used` } }
          : {}),
      });
      continue;
    }
    const latest = (await periodFolders(arsip, period)).filter((f) => f.hasResults).at(-1);
    if (!latest) {
      months.push({ month, state: 'tidak_ada', employees: new Map() });
      continue;
    }
    try {
      months.push({ month, state: 'belum_dibayar', folder: latest.name, employees: await readMonth(latest, periode) });
    } catch (err) {
      // A stopped run has no per-employee results: the month is missing, and the user is told why.
      if (!(err instanceof KinerjaError) || err.code !== 'ARSIP_TANPA_HASIL') throw err;
      months.push({
        month,
        state: 'tidak_ada',
        folder: latest.name,
        employees: new Map(),
        catatan: { id: `${latest.name} berisi proses yang dihentikan (tanpa hasil per pegawai)`, en: `${latest.name} holds a stopped run (no per-employee results)` },
      });
    }
  }
  // After the folders' own checks (a renamed or edited paid folder is named as such): a deleted paid
  // month, or its deleted last paid correction, would have the year read from the wrong amounts.
  await checkPaidLedgerYear(arsip, months.map((m) => ({ year: tahun, month: m.month })));
  return months;
}

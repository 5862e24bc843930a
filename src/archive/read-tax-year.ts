/**
 * January–November of a December period from the archive, for the annual PPh 21 recalculation: per
 * month the last paid results folder, verified against its paid record, read back per employee.
 */
import type { Period } from '../model/domain.js';
import type { Pph21PriorMonths, Pph21YearToDate } from '../model/period.js';
import { readPaidRecord, verifyPaidFolder } from './paid-record.js';
import { checkPaidLedgerYear } from './paid-ledger.js';
import { lastPaidFolder } from './period-folders.js';
import { readArchivedResults } from './read-results.js';

/**
 * Reads the paid January–November of `period`'s year. A month without a paid folder is listed in
 * `bulanKurang`; a paid folder that was edited since, or is damaged, stops the run (exit 2).
 * `bpjsPemdaKenaPajak`: the pack taxes the employer's BPJS with the TPP.
 */
export async function readTaxYear(arsip: string, period: Period, bpjsPemdaKenaPajak: boolean): Promise<Pph21YearToDate> {
  const bulanKurang: number[] = [];
  const byNip = new Map<string, Pph21PriorMonths>();
  for (let month = 1; month <= 11; month++) {
    const folder = await lastPaidFolder(arsip, { year: period.year, month });
    if (!folder) {
      bulanKurang.push(month);
      continue;
    }
    const record = await readPaidRecord(folder.dir);
    // Removed since lastPaidFolder looked: not paid after all.
    if (!record) {
      bulanKurang.push(month);
      continue;
    }
    await verifyPaidFolder(folder.dir, record);
    const results = await readArchivedResults(folder.dir);
    for (const e of results.employees.values()) {
      const prior = byNip.get(e.nip) ?? { bulan: [], brutoKenaPajak: 0, pph21: 0, adaRapel: false };
      prior.bulan.push(month);
      // The taxable gross as this pack taxes it: the employer's BPJS joins it when the pack says so.
      prior.brutoKenaPajak += e.tppBruto + (bpjsPemdaKenaPajak ? e.bpjsPemda : 0);
      prior.pph21 += e.pph21;
      if (e.rapel !== 0) prior.adaRapel = true;
      byNip.set(e.nip, prior);
    }
  }
  // A paid month (or its last paid correction) deleted would otherwise read as missing, or as the amounts paid before it.
  await checkPaidLedgerYear(arsip, Array.from({ length: 11 }, (_, i) => ({ year: period.year, month: i + 1 })));
  return { bulanKurang, byNip };
}

/**
 * Arrears (rapel): what an employee held in a paid period is owed once the period, recomputed from
 * its fixed inputs, pays them; and what earlier runs already paid of it (`rapel.csv` of the paid
 * folders), so the same arrears are never paid twice.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KinerjaError } from '../errors.js';
import type { RapelLine } from '../model/results.js';
import { readPaidRecord, verifyPaidFolder } from './paid-record.js';
import { RESULTS_FOLDER } from './period-folders.js';
import { damaged, parseResultCsv, type ArchivedEmployee } from './read-results.js';

/** The file a results folder that pays arrears writes. */
export const RAPEL_FILE = 'rapel.csv';

/** One line of a `rapel.csv`: the arrears of `periode` paid to `nip`, and what had been paid before. */
export interface RapelCsvLine {
  periode: string;
  nip: string;
  rapel: number;
  /** Arrears of the period already paid when the line was computed (absent in older files). */
  sudahDibayar: number | undefined;
}

/** Reads one `rapel.csv` (either CSV locale): the amount paid per period and NIP. */
export async function readRapelCsv(path: string): Promise<RapelCsvLine[]> {
  const { keys, rows } = parseResultCsv(path, await readFile(path, 'utf8'));
  const at = (key: string) => keys.indexOf(key);
  if (at('nip') < 0 || at('periode') < 0 || at('rapel') < 0) throw damaged(path, { id: 'kolom nip, periode atau rapel tidak ada.', en: 'column nip, periode or rapel is missing.' });
  return rows.map((cells, i) => {
    const text = cells[at('rapel')] ?? '';
    if (!/^\d+$/.test(text)) throw damaged(path, { id: `baris ${i + 2}: rapel "${text}" bukan rupiah bulat.`, en: `row ${i + 2}: rapel "${text}" is not whole rupiah.` });
    const before = at('sudah_dibayar') < 0 ? undefined : (cells[at('sudah_dibayar')] ?? '');
    return { periode: cells[at('periode')] ?? '', nip: cells[at('nip')] ?? '', rapel: Number(text), sudahDibayar: before !== undefined && /^\d+$/.test(before) ? Number(before) : undefined };
  });
}

/**
 * Arrears already paid, per period and NIP: the `rapel.csv` of every paid results folder in the
 * archive (each verified against its paid record first, so an edited one stops the run).
 */
export async function paidArrears(arsip: string): Promise<Map<string, Map<string, number>>> {
  return arrearsBy(arsip, (row) => row.periode);
}

/** Arrears paid with each month (the period of the paid folder that carried them), per NIP. */
export async function arrearsPaidWith(arsip: string): Promise<Map<string, Map<string, number>>> {
  return arrearsBy(arsip, (_, payingPeriod) => payingPeriod);
}

async function arrearsBy(arsip: string, keyOf: (row: RapelCsvLine, payingPeriod: string) => string): Promise<Map<string, Map<string, number>>> {
  const paid = new Map<string, Map<string, number>>();
  const names = (await readdir(arsip).catch(() => [] as string[])).filter((n) => RESULTS_FOLDER.test(n)).sort();
  for (const name of names) {
    const dir = join(arsip, name);
    const record = await readPaidRecord(dir).catch((err: unknown) => {
      // A name of the archive's pattern that is a file, not a folder, is not a results folder.
      if ((err as KinerjaError).code === 'ARSIP_TIDAK_TERBACA') return undefined;
      throw err;
    });
    if (!record || !record.berkas.some((b) => b.nama === RAPEL_FILE)) continue;
    await verifyPaidFolder(dir, record);
    for (const row of await readRapelCsv(join(dir, RAPEL_FILE))) {
      const key = keyOf(row, record.periode);
      const byNip = paid.get(key) ?? new Map<string, number>();
      byNip.set(row.nip, (byNip.get(row.nip) ?? 0) + row.rapel);
      paid.set(key, byNip);
    }
  }
  return paid;
}

/** What the recomputation says of one employee. */
export interface RecomputedPay {
  nama: string;
  statusBayar: 'dibayar' | 'ditahan' | 'nihil';
  tppNetto: number;
}

/**
 * The arrears of one period (pure): one line per employee held (`ditahan`) in the paid folder. Owed
 * (`dibayar`, amount still 0 here: this month's status decides) when the recomputation pays them,
 * less what earlier arrears paid. Employees not held there whose pay would change are only counted:
 * that is a correction of the period, not arrears.
 */
export function arrearsOfPeriod(
  periode: string,
  paid: ReadonlyMap<string, ArchivedEmployee>,
  recomputed: ReadonlyMap<string, RecomputedPay>,
  alreadyPaid: ReadonlyMap<string, number>,
): { lines: RapelLine[]; owed: Map<string, number>; berubahBukanRapel: number } {
  const lines: RapelLine[] = [];
  const owed = new Map<string, number>();
  let berubahBukanRapel = 0;
  for (const [nip, was] of paid) {
    const now = recomputed.get(nip);
    if (was.statusBayar !== 'ditahan') {
      const nettoNow = now?.statusBayar === 'dibayar' ? now.tppNetto : 0;
      const nettoWas = was.statusBayar === 'dibayar' ? was.tppNetto : 0;
      if (nettoNow !== nettoWas || now?.statusBayar !== was.statusBayar) berubahBukanRapel++;
      continue;
    }
    const sudahDibayar = alreadyPaid.get(nip) ?? 0;
    const base = { nip, nama: now?.nama ?? was.nama, periode, sudahDibayar, rapel: 0 };
    // Removed from the period's staff file: nothing recomputed, so nothing can be owed on it.
    if (now === undefined || now.statusBayar === 'ditahan') {
      lines.push({ ...base, nettoSeharusnya: 0, status: 'masih_ditahan' });
      continue;
    }
    if (now.statusBayar === 'nihil') {
      lines.push({ ...base, nettoSeharusnya: 0, status: 'nihil' });
      continue;
    }
    const sisa = now.tppNetto - sudahDibayar;
    // More already paid than owed would be an overpayment: never clawed back here, a correction shows it.
    if (sisa <= 0) {
      lines.push({ ...base, nettoSeharusnya: now.tppNetto, status: 'lunas' });
      continue;
    }
    owed.set(nip, sisa);
    lines.push({ ...base, nettoSeharusnya: now.tppNetto, status: 'dibayar' });
  }
  // Recomputed employees absent from the paid folder (added to the staff file) change the pay too.
  for (const [nip, now] of recomputed) if (!paid.has(nip) && now.statusBayar === 'dibayar') berubahBukanRapel++;
  return { lines, owed, berubahBukanRapel };
}

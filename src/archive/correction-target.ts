/**
 * Where a run goes when its output folder was paid: a correction (`<name>-koreksi-<n>`) beside it,
 * compared against the folder paid last. A paid folder is never replaced (output-folder.ts).
 */
import { basename, dirname, join } from 'node:path';
import { KinerjaError } from '../errors.js';
import { formatPeriod, type Period } from '../model/domain.js';
import { readPaidRecord, verifyPaidFolder } from './paid-record.js';
import { correctionFamily, type ResultsFolder } from './period-folders.js';
import { readArchivedResults, type ArchivedResults } from './read-results.js';

/** A correction run: the folder it writes and the paid folder it is compared with. */
export interface CorrectionTarget {
  /** The folder the results go into (`<parent>/<base>-koreksi-<nomor>`). */
  dir: string;
  nomor: number;
  /** The folder paid last among the base folder and its corrections. */
  paid: ResultsFolder;
}

/** The base name of a results folder: `2026-10-koreksi-2` → `2026-10`. */
function baseName(name: string): string {
  return name.replace(/-koreksi-[1-9]\d*$/, '');
}

/**
 * The correction a run into `target` must write instead, or undefined when no folder of its family
 * (`<base>`, `<base>-koreksi-<n>`) was paid. The latest correction is reused while unpaid (replacing
 * it still needs --force); otherwise the next number is taken.
 */
export async function correctionTarget(target: string): Promise<CorrectionTarget | undefined> {
  const parent = dirname(target);
  const base = baseName(basename(target));
  const family = await correctionFamily(parent, base);
  const paid = family.filter((f) => f.paid).at(-1);
  if (!paid) return undefined;
  const latest = family.filter((f) => f.koreksi > 0).at(-1);
  const nomor = latest && !latest.paid ? latest.koreksi : (family.at(-1)?.koreksi ?? 0) + 1;
  return { dir: join(parent, `${base}-koreksi-${nomor}`), nomor, paid };
}

/**
 * The paid folder's results, after checking that every file is still as it was paid (exit 2
 * otherwise) and that it is of the period being corrected.
 */
export async function readPaidResults(paid: ResultsFolder, period: Period): Promise<ArchivedResults> {
  const record = await readPaidRecord(paid.dir);
  if (!record) throw new KinerjaError('ARSIP_TIDAK_TERBACA', { id: `${paid.dir}: catatan pembayaran hilang saat dibaca.`, en: `${paid.dir}: the paid record disappeared while being read.` });
  await verifyPaidFolder(paid.dir, record);
  if (record.periode !== formatPeriod(period)) {
    throw new KinerjaError(
      'KOREKSI_PERIODE_LAIN',
      {
        id: `Folder ${paid.dir} berisi hasil ${record.periode} yang sudah dibayar; proses ini untuk ${formatPeriod(period)}.`,
        en: `Folder ${paid.dir} holds the paid results of ${record.periode}; this run is for ${formatPeriod(period)}.`,
      },
      { id: 'Pilih --out untuk periode ini (bawaan: hasil/<periode>).', en: 'Choose an --out for this period (default: hasil/<period>).' },
    );
  }
  return readArchivedResults(paid.dir);
}

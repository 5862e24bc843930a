/**
 * The archive is the results folders themselves: `<arsip>/<period>` and its corrections
 * `<arsip>/<period>-koreksi-<n>`. A folder with a `dibayar.json` was paid and is never replaced.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { KinerjaError } from '../errors.js';
import { formatPeriod, type Period } from '../model/domain.js';
import { PAID_RECORD, readPaidRecord } from './paid-record.js';

/** One results folder of a period in the archive. */
export interface ResultsFolder {
  dir: string;
  name: string;
  /** 0 for the period's own folder, n for `-koreksi-n`. */
  koreksi: number;
  /** Holds results (a `ringkasan.json`). */
  hasResults: boolean;
  /** Marked as paid (a `dibayar.json`). */
  paid: boolean;
}

/** The folder name of a period's correction n (0: the period's own folder). */
export function folderName(period: Period, koreksi: number): string {
  return koreksi === 0 ? formatPeriod(period) : `${formatPeriod(period)}-koreksi-${koreksi}`;
}

export async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The period's folders in `arsip` that exist, oldest first (the own folder, then koreksi 1, 2, …). */
export async function periodFolders(arsip: string, period: Period): Promise<ResultsFolder[]> {
  return correctionFamily(arsip, formatPeriod(period));
}

/** Entries an archive folder may hold before it must also hold a results folder to be searched. */
const SCAN_LIMIT = 1000;

/** Results folder names of the archive (`2026-10`, `2026-10-koreksi-2`). */
export const RESULTS_FOLDER = /^\d{4}-\d{2}(?:-koreksi-[1-9]\d*)?$/;

function renamed(dir: string, periode: string, recordedName: string): KinerjaError {
  return new KinerjaError(
    'ARSIP_NAMA_BERUBAH',
    {
      id: `Folder ${dir} memuat catatan pembayaran ${periode} yang dibuat untuk folder bernama ${recordedName}: folder yang sudah dibayar diganti nama, dipindah atau disalin, jadi arsip tidak dapat memastikan apa yang sudah dibayar.`,
      en: `Folder ${dir} holds the paid record of ${periode} made for a folder named ${recordedName}: a paid folder was renamed, moved or copied, so the archive cannot tell what was paid.`,
    },
    {
      id: `Kembalikan nama aslinya (${recordedName}) dan keluarkan salinan dari folder arsip, lalu jalankan lagi. Jangan menjalankan ulang bulan itu untuk menggantinya: bulan itu akan dibayar dua kali.`,
      en: `Restore its original name (${recordedName}) and move copies out of the archive folder, then run again. Do not run that month again to replace it: it would be paid twice.`,
    },
  );
}

/**
 * Paid folders are found by name. A paid record under another name (a folder renamed, moved in, or
 * copied) or a gap in a period's corrections (`-koreksi-2` exists only once `-koreksi-1` was paid)
 * means a payment the archive cannot see: stop rather than let it be paid again.
 */
async function checkPaidNames(arsip: string, base: string, names: readonly string[], family: readonly ResultsFolder[]): Promise<void> {
  for (const f of family) {
    if (!f.paid) continue;
    const record = await readPaidRecord(f.dir);
    if (record && record.folder !== f.name) throw renamed(f.dir, record.periode, record.folder);
  }
  // A crowded folder that holds no results folder (a --out straight under $TMPDIR or a home folder)
  // is not an archive: its entries are not searched for paid records.
  const looksLikeArchive = names.length <= SCAN_LIMIT || names.some((n) => RESULTS_FOLDER.test(n));
  if (/^\d{4}-\d{2}$/.test(base) && looksLikeArchive) {
    const inFamily = new Set(family.map((f) => f.name));
    for (const name of names) {
      if (inFamily.has(name)) continue;
      // One level down too: a paid month tidied into `hasil/lama/2026-11` is as unseen as a renamed one.
      const dir = join(arsip, name);
      // Only folders are looked into; a results folder holds no folders of its own.
      const inside = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => join(dir, d.name));
      for (const candidate of [dir, ...inside]) {
        if (!(await isFile(join(candidate, PAID_RECORD)))) continue;
        const record = await readPaidRecord(candidate);
        if (record?.periode === base) throw renamed(candidate, base, record.folder);
      }
    }
  }
  const present = new Set(family.map((f) => f.koreksi));
  const highest = Math.max(-1, ...present);
  for (let k = 0; k < highest; k++) {
    if (present.has(k)) continue;
    const missing = k === 0 ? base : `${base}-koreksi-${k}`;
    throw new KinerjaError(
      'ARSIP_TIDAK_LENGKAP',
      {
        id: `Folder ${join(arsip, missing)} tidak ada, padahal ${base}-koreksi-${highest} ada: koreksi berikutnya hanya dibuat setelah yang sebelumnya dibayar, jadi folder yang hilang itu sudah dibayar.`,
        en: `Folder ${join(arsip, missing)} is missing while ${base}-koreksi-${highest} exists: a next correction is only made once the one before was paid, so the missing folder was paid.`,
      },
      {
        id: 'Pulihkan folder itu dari cadangan, lalu jalankan lagi. Tanpa itu selisih dihitung terhadap pembayaran yang salah dan dapat dibayar atau ditagih dua kali.',
        en: 'Restore that folder from a backup, then run again. Without it differences are computed against the wrong payment and may be paid or recovered twice.',
      },
    );
  }
}

/** The folders `<parent>/<base>` and `<parent>/<base>-koreksi-<n>` that exist, oldest first (any --out name). */
export async function correctionFamily(arsip: string, base: string): Promise<ResultsFolder[]> {
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:-koreksi-([1-9]\\d*))?$`);
  const names = await readdir(arsip).catch(() => [] as string[]);
  const folders: ResultsFolder[] = [];
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match) continue;
    const dir = join(arsip, name);
    const isDir = await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) continue;
    folders.push({
      dir,
      name,
      koreksi: match[1] === undefined ? 0 : Number(match[1]),
      hasResults: await isFile(join(dir, 'ringkasan.json')),
      paid: await isFile(join(dir, PAID_RECORD)),
    });
  }
  folders.sort((a, b) => a.koreksi - b.koreksi);
  await checkPaidNames(arsip, base, names, folders);
  return folders;
}

/** The folder whose amounts were paid last for the period (the latest paid one), if any. */
export async function lastPaidFolder(arsip: string, period: Period): Promise<ResultsFolder | undefined> {
  return (await periodFolders(arsip, period)).filter((f) => f.paid).at(-1);
}

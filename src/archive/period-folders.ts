/**
 * The archive is the results folders themselves: `<arsip>/<period>` and its corrections
 * `<arsip>/<period>-koreksi-<n>`. A folder with a `dibayar.json` was paid and is never replaced.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPeriod, type Period } from '../model/domain.js';
import { PAID_RECORD } from './paid-record.js';

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

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/** The period's folders in `arsip` that exist, oldest first (the own folder, then koreksi 1, 2, …). */
export async function periodFolders(arsip: string, period: Period): Promise<ResultsFolder[]> {
  return correctionFamily(arsip, formatPeriod(period));
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
  return folders.sort((a, b) => a.koreksi - b.koreksi);
}

/** The folder whose amounts were paid last for the period (the latest paid one), if any. */
export async function lastPaidFolder(arsip: string, period: Period): Promise<ResultsFolder | undefined> {
  return (await periodFolders(arsip, period)).filter((f) => f.paid).at(-1);
}

/**
 * Two amounts computed but not yet marked paid can settle the same difference of a paid period P:
 * the arrears of P that a later month's results carry (`rapel.csv`, paid with that month's bank file)
 * and P's correction (`selisih.csv`, its `kekurangan_bayar` rows transferred by hand). Each counts
 * the other only once it is marked paid, and finance transfers before marking (docs/keuangan.md), so
 * both could reach the bank. Whichever is computed second stops (exit 2) until the first is settled.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KinerjaError, type Bilingual } from '../errors.js';
import type { Period } from '../model/domain.js';
import { groupedRupiah } from '../model/rupiah-text.js';
import { PAID_RECORD } from './paid-record.js';
import { isFile, periodFolders, RESULTS_FOLDER } from './period-folders.js';
import { RAPEL_FILE, readRapelCsv } from './rapel.js';
import { damaged, parseResultCsv } from './read-results.js';

/** Arrears of a period carried by a results folder not marked paid. */
export interface PendingArrear {
  /** The folder's name (`2026-11`). */
  folder: string;
  nip: string;
  rapel: number;
}

/** A correction of a period, newer than the folder paid last and not marked paid: its differences. */
export interface PendingCorrection {
  /** The folder's name (`2026-10-koreksi-2`). */
  folder: string;
  /** Non-zero `selisih` (new − paid) per NIP. */
  differences: Map<string, number>;
}

/**
 * Arrears of `periode` (rapel > 0) in every results folder of `arsip` that is not marked paid. Such a
 * folder's bank files may already be at the bank: whether it is stale or not, its rapel counts here.
 */
export async function pendingArrears(arsip: string, periode: string): Promise<PendingArrear[]> {
  const pending: PendingArrear[] = [];
  const names = (await readdir(arsip).catch(() => [] as string[])).filter((n) => RESULTS_FOLDER.test(n)).sort();
  for (const folder of names) {
    const dir = join(arsip, folder);
    if ((await isFile(join(dir, PAID_RECORD))) || !(await isFile(join(dir, RAPEL_FILE)))) continue;
    for (const row of await readRapelCsv(join(dir, RAPEL_FILE))) if (row.periode === periode && row.rapel > 0) pending.push({ folder, nip: row.nip, rapel: row.rapel });
  }
  return pending;
}

/** The non-zero differences of a correction's `selisih.csv`, by NIP. */
export async function correctionDifferences(dir: string): Promise<Map<string, number>> {
  const path = join(dir, 'selisih.csv');
  const { keys, rows } = parseResultCsv(path, await readFile(path, 'utf8'));
  const nip = keys.indexOf('nip');
  const selisih = keys.indexOf('selisih');
  if (nip < 0 || selisih < 0) throw damaged(path, { id: 'kolom nip atau selisih tidak ada.', en: 'column nip or selisih is missing.' });
  const differences = new Map<string, number>();
  rows.forEach((cells, i) => {
    const text = cells[selisih] ?? '';
    if (!/^-?\d+$/.test(text)) throw damaged(path, { id: `baris ${i + 2}: selisih "${text}" bukan rupiah bulat.`, en: `row ${i + 2}: selisih "${text}" is not whole rupiah.` });
    if (Number(text) !== 0) differences.set(cells[nip] ?? '', Number(text));
  });
  return differences;
}

/**
 * The period's correction that is not marked paid and newer than its folder paid last (the one a
 * run of the period would replace), with its differences; undefined when there is none with results.
 */
export async function pendingCorrection(arsip: string, period: Period): Promise<PendingCorrection | undefined> {
  const folders = await periodFolders(arsip, period);
  const latest = folders.at(-1);
  const lastPaid = folders.filter((f) => f.paid).at(-1);
  if (!latest || latest.paid || latest.koreksi === 0 || !latest.hasResults || (lastPaid && latest.koreksi <= lastPaid.koreksi)) return undefined;
  if (!(await isFile(join(latest.dir, 'selisih.csv')))) return undefined;
  return { folder: latest.name, differences: await correctionDifferences(latest.dir) };
}

/** `NIP (Rp 2.816.475)` for the first three in the message; every one in the details when more. */
function listed(items: readonly { nip: string; amount: number }[]): { id: string; en: string; details: string[] } {
  const shown = items.slice(0, 3);
  const more = items.length > shown.length ? `, … (${items.length})` : '';
  return {
    id: `${shown.map((i) => `${i.nip} (Rp ${groupedRupiah(Math.abs(i.amount), '.')})`).join(', ')}${more}`,
    en: `${shown.map((i) => `${i.nip} (Rp ${groupedRupiah(Math.abs(i.amount), ',')})`).join(', ')}${more}`,
    details: items.length > shown.length ? items.map((i) => `${i.nip}: ${Math.abs(i.amount)}`) : [],
  };
}

/**
 * A correction of `periode` (being run, or marked paid when `markedDir` is given) that pays a
 * difference to employees whose arrears of `periode` a later unpaid month carries: it stops.
 */
export function pendingArrearsConflict(periode: string, conflicts: readonly PendingArrear[], markedDir?: string): KinerjaError {
  const folders = [...new Set(conflicts.map((c) => c.folder))];
  const months = [...new Set(folders.map((f) => f.slice(0, 7)))];
  const who = listed(conflicts.map((c) => ({ nip: c.nip, amount: c.rapel })));
  const head: Bilingual = markedDir
    ? { id: `${markedDir} tidak dapat ditandai dibayar: `, en: `${markedDir} cannot be marked paid: ` }
    : { id: `Koreksi ${periode} tidak ditulis: `, en: `The correction of ${periode} was not written: ` };
  const then: Bilingual = markedDir
    ? { id: 'lalu jalankan koreksi ini lagi dengan --force dan tandai dibayar.', en: 'then run this correction again with --force and mark it paid.' }
    : { id: 'lalu jalankan koreksi ini lagi.', en: 'then run this correction again.' };
  return new KinerjaError(
    'KOREKSI_RAPEL_TERTUNDA',
    {
      id: `${head.id}${folders.join(', ')} (belum ditandai dibayar) membawa rapel ${periode} untuk ${who.id}; koreksi ini membayar selisih yang sama lagi kepada pegawai itu.`,
      en: `${head.en}${folders.join(', ')} (not marked paid) carries arrears of ${periode} for ${who.en}; this correction pays the same difference to them again.`,
    },
    {
      id: `Bila ${folders.join(', ')} sudah ditransfer, tandai dibayar dulu (kinerja tandai-dibayar ${months.join(', ')}); bila belum, jalankan ulang ${months.join(', ')} tanpa --rapel ${periode} (dengan --force); ${then.id}`,
      en: `If ${folders.join(', ')} was transferred, mark it paid first (kinerja tandai-dibayar ${months.join(', ')}); if not, run ${months.join(', ')} again without --rapel ${periode} (with --force); ${then.en}`,
    },
    undefined,
    who.details.map((d, i) => `${conflicts[i]!.folder} rapel ${periode}: ${d}`),
  );
}

/** `run --rapel P` in `month` that would pay arrears another month not marked paid already carries: it stops. */
export function pendingArrearsElsewhere(periode: string, month: string, carried: readonly PendingArrear[]): KinerjaError {
  const folders = [...new Set(carried.map((a) => a.folder))].join(', ');
  const months = [...new Set(carried.map((a) => a.folder.slice(0, 7)))].join(', ');
  const who = listed(carried.map((a) => ({ nip: a.nip, amount: a.rapel })));
  return new KinerjaError(
    'RAPEL_TERTUNDA_DI_BULAN_LAIN',
    {
      id: `Rapel ${periode} tidak dihitung: ${folders} (belum ditandai dibayar) sudah membawa rapel ${periode} untuk ${who.id}; membayarnya lagi di ${month} membayar dua kali.`,
      en: `Arrears of ${periode} not computed: ${folders} (not marked paid) already carries arrears of ${periode} for ${who.en}; paying them again in ${month} pays twice.`,
    },
    {
      id: `Bila ${folders} sudah ditransfer, tandai dibayar dulu (kinerja tandai-dibayar ${months}), lalu jalankan lagi: rapel yang sudah dibayar tidak dibayar lagi. Bila belum, jalankan ${month} tanpa --rapel ${periode}, atau jalankan ulang ${months} tanpa --rapel ${periode} (dengan --force).`,
      en: `If ${folders} was transferred, mark it paid first (kinerja tandai-dibayar ${months}), then run again: arrears paid are not paid again. If not, run ${month} without --rapel ${periode}, or run ${months} again without --rapel ${periode} (with --force).`,
    },
    undefined,
    who.details.map((d, i) => `${carried[i]!.folder} rapel ${periode}: ${d}`),
  );
}

/** `run --rapel P` that would pay arrears to employees whose difference P's unpaid correction pays: it stops. */
export function pendingCorrectionConflict(periode: string, pending: PendingCorrection, nips: readonly string[]): KinerjaError {
  const who = listed(nips.map((nip) => ({ nip, amount: pending.differences.get(nip) ?? 0 })));
  return new KinerjaError(
    'RAPEL_KOREKSI_TERTUNDA',
    {
      id: `Rapel ${periode}: ${pending.folder} (belum ditandai dibayar) membayar selisih ${periode} untuk ${who.id}; rapel bulan ini akan membayar yang sama lagi.`,
      en: `Arrears of ${periode}: ${pending.folder} (not marked paid) pays a difference of ${periode} to ${who.en}; this month's rapel would pay the same again.`,
    },
    {
      id: `Bila selisih ${pending.folder} sudah ditransfer, tandai dibayar dulu (kinerja tandai-dibayar ${periode}); bila belum, selesaikan selisih itu lewat ${pending.folder} (transfer baris kekurangan_bayar, lalu tandai dibayar), atau jalankan bulan ini tanpa --rapel ${periode}; lalu jalankan bulan ini lagi dengan --rapel ${periode}: yang sudah dibayar lewat koreksi tidak dibayar lagi.`,
      en: `If ${pending.folder}'s differences were transferred, mark it paid first (kinerja tandai-dibayar ${periode}); if not, settle them through ${pending.folder} (transfer the kekurangan_bayar rows, then mark it paid), or run this month without --rapel ${periode}; then run this month again with --rapel ${periode}: what the correction paid is not paid again.`,
    },
    undefined,
    who.details.map((d) => `${pending.folder} selisih: ${d}`),
  );
}

/**
 * Marking a month whose rapel of `periode` the unpaid correction also pays: the month is marked (its
 * bank file is the month's own transfer), and the correction must be computed again before it is
 * paid (`KOREKSI_USANG` refuses it until then). What finance is warned (in every output mode).
 */
export function pendingCorrectionWarning(periode: string, pending: PendingCorrection, nips: readonly string[]): Bilingual {
  const who = listed(nips.map((nip) => ({ nip, amount: pending.differences.get(nip) ?? 0 })));
  return {
    id: `${pending.folder} (belum ditandai dibayar) juga membayar selisih ${periode} untuk ${who.id}, yang kini tercatat dibayar sebagai rapel. Jangan transfer baris kekurangan_bayar-nya untuk pegawai itu: jalankan koreksi ${periode} lagi dengan --force sebelum ditandai dibayar (KOREKSI_USANG).`,
    en: `${pending.folder} (not marked paid) also pays a difference of ${periode} to ${who.en}, now recorded as paid as arrears. Do not transfer its kekurangan_bayar rows for them: run the correction of ${periode} again with --force before it is marked paid (KOREKSI_USANG).`,
  };
}

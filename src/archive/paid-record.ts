/**
 * `dibayar.json`: the record that a results folder was paid (`kinerja tandai-dibayar`): when, by whom,
 * and the SHA-256 of every file in the folder, so a paid folder that was edited afterwards is noticed
 * before anything is computed from it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { KinerjaError } from '../errors.js';
import { hashFile } from '../readers/hash-file.js';

/** The paid record's file name. */
export const PAID_RECORD = 'dibayar.json';

const paidRecordSchema = z.object({
  alat: z.literal('kinerja'),
  periode: z.string().regex(/^\d{4}-\d{2}$/),
  /** The folder's name when it was marked (`2026-10`, `2026-10-koreksi-1`). */
  folder: z.string(),
  /** ISO date and time of the marking. */
  dibayar_pada: z.string(),
  oleh: z.string(),
  versi_alat: z.string(),
  /** Every file of the folder when it was marked, but this record. */
  berkas: z.array(z.object({ nama: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  /** The totals paid, as `ringkasan.json` gave them (rapel included when the run paid arrears). */
  total: z.record(z.string(), z.number().int()),
});

/** A paid record. */
export type PaidRecord = z.infer<typeof paidRecordSchema>;

/** Validates a paid record (the one place its shape is checked). */
export function parsePaidRecord(value: unknown): PaidRecord | undefined {
  const parsed = paidRecordSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The folder's paid record; undefined when it was not marked paid. A record that cannot be read stops (exit 2). */
export async function readPaidRecord(dir: string): Promise<PaidRecord | undefined> {
  const path = join(dir, PAID_RECORD);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new KinerjaError('ARSIP_TIDAK_TERBACA', { id: `${path} tidak dapat dibaca.`, en: `${path} cannot be read.` });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const record = parsePaidRecord(json);
  if (!record) {
    throw new KinerjaError(
      'ARSIP_RUSAK',
      { id: `${path} rusak atau bukan catatan pembayaran kinerja.`, en: `${path} is damaged or not a kinerja paid record.` },
      { id: 'Pulihkan berkas itu dari cadangan; folder yang sudah dibayar tidak boleh disunting.', en: 'Restore that file from a backup; a paid folder must not be edited.' },
    );
  }
  return record;
}

/** The listed files of `dir` whose SHA-256 is no longer the one recorded (a missing one is named so). */
export async function changedFiles(dir: string, files: readonly { nama: string; sha256: string }[]): Promise<string[]> {
  const changed: string[] = [];
  for (const file of files) {
    const actual = await hashFile(join(dir, file.nama)).catch(() => undefined);
    if (actual !== file.sha256) changed.push(actual === undefined ? `${file.nama} (hilang / missing)` : file.nama);
  }
  return changed;
}

/**
 * Checks that every file listed in the paid record still has its hash and that no result file was
 * added: an amount that was paid is compared against only as it was paid. Stops (exit 2) otherwise.
 */
export async function verifyPaidFolder(dir: string, record: PaidRecord): Promise<void> {
  const changed = await changedFiles(dir, record.berkas);
  if (changed.length > 0) {
    throw new KinerjaError(
      'ARSIP_DIUBAH',
      {
        id: `Folder ${dir} sudah ditandai dibayar, tetapi berkasnya berubah sejak itu: ${changed.join(', ')}.`,
        en: `Folder ${dir} was marked paid, but its files changed since: ${changed.join(', ')}.`,
      },
      {
        id: 'Pulihkan berkas aslinya dari cadangan. Perbaikan dibuat dengan menjalankan ulang periode itu (hasilnya masuk folder -koreksi-<n>), bukan dengan menyunting hasil yang sudah dibayar.',
        en: 'Restore the original files from a backup. Corrections are made by running the period again (into a -koreksi-<n> folder), not by editing paid results.',
      },
    );
  }
}

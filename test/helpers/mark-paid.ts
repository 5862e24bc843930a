/**
 * Marks a results folder as paid the way `kinerja tandai-dibayar` does: a `dibayar.json` listing the
 * SHA-256 of every file in the folder (but itself) and the totals of its `ringkasan.json`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PAID_RECORD, type PaidRecord } from '../../src/archive/paid-record.js';

export function markPaid(dir: string, options: { oleh?: string; dibayarPada?: string } = {}): PaidRecord {
  const ringkasan = JSON.parse(readFileSync(join(dir, 'ringkasan.json'), 'utf8')) as { periode: string; total: Record<string, number> };
  const berkas = readdirSync(dir)
    .filter((n) => n !== PAID_RECORD)
    .sort()
    .map((nama) => ({ nama, sha256: createHash('sha256').update(readFileSync(join(dir, nama))).digest('hex') }));
  const record: PaidRecord = {
    alat: 'kinerja',
    periode: ringkasan.periode,
    folder: basename(dir),
    dibayar_pada: options.dibayarPada ?? '2026-11-10T03:00:00.000Z',
    oleh: options.oleh ?? 'bendahara uji',
    versi_alat: 'test',
    berkas,
    total: ringkasan.total,
  };
  writeFileSync(join(dir, PAID_RECORD), `${JSON.stringify(record, null, 2)}\n`);
  return record;
}

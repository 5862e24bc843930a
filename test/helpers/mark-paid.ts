/** Marks a results folder paid for tests: a dibayar.json hashing every other file, as paid-record.ts checks it. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { PAID_RECORD } from '../../src/archive/paid-record.js';

/** Writes `dir/dibayar.json` (what `kinerja tandai-dibayar` writes) for the folder as it is now. */
export function markPaid(dir: string): void {
  const ringkasan = JSON.parse(readFileSync(join(dir, 'ringkasan.json'), 'utf8')) as { periode: string; total: Record<string, number> };
  const berkas = readdirSync(dir)
    .filter((n) => n !== PAID_RECORD)
    .sort()
    .map((nama) => ({ nama, sha256: createHash('sha256').update(readFileSync(join(dir, nama))).digest('hex') }));
  const total = Object.fromEntries(Object.entries(ringkasan.total).filter(([, v]) => Number.isInteger(v)));
  const record = { alat: 'kinerja', periode: ringkasan.periode, folder: basename(dir), dibayar_pada: '2026-12-01T09:00:00+07:00', oleh: 'uji', versi_alat: 'uji', berkas, total };
  writeFileSync(join(dir, PAID_RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

/** Writes results folders as the archive holds them, and marks them paid the way `tandai-dibayar` does. */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PAID_RECORD, type PaidRecord } from '../../src/archive/paid-record.js';

/** Writes `dibayar.json` into `dir`, hashing every other file in it. */
function markPaid(dir: string, periode: string): void {
  const berkas = readdirSync(dir)
    .filter((name) => name !== PAID_RECORD)
    .sort()
    .map((nama) => ({ nama, sha256: createHash('sha256').update(readFileSync(join(dir, nama))).digest('hex') }));
  const ringkasan = JSON.parse(readFileSync(join(dir, 'ringkasan.json'), 'utf8')) as { total: Record<string, number> };
  const record: PaidRecord = { alat: 'kinerja', periode, folder: basename(dir), dibayar_pada: `${periode}-25T03:00:00.000Z`, oleh: 'uji', versi_alat: '0.0.0', berkas, total: ringkasan.total };
  writeFileSync(join(dir, PAID_RECORD), `${JSON.stringify(record, null, 2)}\n`);
}

/** One employee's line of an archived month. */
export interface ArchivedLine {
  nip: string;
  tppBruto: number;
  pph21: number;
  bpjsPemda?: number;
  rapel?: number;
}

/** A minimal results folder `<arsip>/<folder>` (`2026-03`, `2026-03-koreksi-1`; ringkasan.json + pegawai.csv, as readArchivedResults reads them), optionally marked paid. */
export function writeArchivedMonth(arsip: string, folder: string, lines: readonly ArchivedLine[], paid = true): string {
  const periode = folder.slice(0, 7);
  const dir = join(arsip, folder);
  mkdirSync(dir, { recursive: true });
  const header = 'nip,nama,unit,status,predikat,tpp_pagu,status_bayar,keterangan,tpp_bruto,pph21,bpjs_pegawai,bpjs_pemda,tpp_netto,rapel';
  const rows = lines.map((l) => {
    const bpjsPegawai = Math.round(l.tppBruto / 100);
    return [l.nip, 'Pegawai', 'BKPSDM', 'PNS', 'BAIK', 5000000, 'dibayar', '', l.tppBruto, l.pph21, bpjsPegawai, l.bpjsPemda ?? bpjsPegawai * 4, l.tppBruto - l.pph21 - bpjsPegawai, l.rapel ?? 0].join(',');
  });
  writeFileSync(join(dir, 'pegawai.csv'), `${[header, ...rows].join('\n')}\n`);
  const total = { bruto: lines.reduce((s, l) => s + l.tppBruto, 0), pph21: lines.reduce((s, l) => s + l.pph21, 0) };
  writeFileSync(join(dir, 'ringkasan.json'), `${JSON.stringify({ alat: 'kinerja', periode, total }, null, 2)}\n`);
  if (paid) markPaid(dir, periode);
  return dir;
}

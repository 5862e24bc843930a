/**
 * The archive's list of what was paid (`kinerja-dibayar.csv` beside the period folders): one line per
 * folder `tandai-dibayar` marks. A paid folder deleted (or moved out of the archive) leaves no name
 * behind to notice; its line does, so the month is not run and paid again as if it never was.
 */
import { appendFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { KinerjaError } from '../errors.js';
import { formatPeriod, type Period } from '../model/domain.js';
import { readPaidRecord, type PaidRecord } from './paid-record.js';

const PAID_LEDGER = 'kinerja-dibayar.csv';
const COLUMNS = ['periode', 'folder', 'dibayar_pada', 'oleh'] as const;

type LedgerLine = Record<(typeof COLUMNS)[number], string>;

/** Adds the marked folder's line (the header first in a new list). */
export async function recordInLedger(arsip: string, record: PaidRecord): Promise<void> {
  const path = join(arsip, PAID_LEDGER);
  const exists = await stat(path).then(
    () => true,
    () => false,
  );
  const rows = [[record.periode, record.folder, record.dibayar_pada, record.oleh]];
  await appendFile(path, stringify(exists ? rows : [[...COLUMNS], ...rows], { record_delimiter: 'unix' }), 'utf8');
}

/**
 * The list's lines. A list saved over by a spreadsheet (`;` between fields, columns renamed or
 * moved) would match no period and guard nothing, so anything but the columns it was written with
 * stops; a BOM is the one change taken as is.
 */
async function ledgerLines(arsip: string): Promise<LedgerLine[]> {
  const path = join(arsip, PAID_LEDGER);
  let why: string;
  try {
    const [header, ...rows]: string[][] = parse(await readFile(path, 'utf8'), { bom: true, skip_empty_lines: true, relax_column_count: true });
    const badRow = rows.findIndex((r) => r.length !== COLUMNS.length);
    if (header?.join(',') !== COLUMNS.join(',')) why = `header ${JSON.stringify(header?.join(',') ?? '')}, expected ${COLUMNS.join(',')}`;
    else if (badRow >= 0) why = `line ${badRow + 2} has ${rows[badRow]!.length} fields, expected ${COLUMNS.length}`;
    else return rows.map(([periode, folder, dibayar_pada, oleh]) => ({ periode: periode!, folder: folder!, dibayar_pada: dibayar_pada!, oleh: oleh! }));
  } catch (err) {
    // No list yet (nothing marked paid in this archive); any other failure to read it is a doubt.
    if ((err as { code?: unknown }).code === 'ENOENT') return [];
    why = (err as Error).message;
  }
  throw new KinerjaError(
    'ARSIP_DIBAYAR_HILANG',
    { id: `${path} tidak dapat dibaca (${why}).`, en: `${path} cannot be read (${why}).` },
    {
      id: 'Pulihkan berkas itu dari cadangan: ia mencatat bulan yang sudah dibayar.',
      en: 'Restore that file from a backup: it records the months already paid.',
    },
  );
}

/** Why a missing paid folder matters to the caller: it would be paid again, or its year read wrong. */
type LedgerUse = 'bayar' | 'baca';

/**
 * Stops when the list says a folder of `period` was paid and that folder is gone or no longer holds
 * that paid record (deleted, moved out, or replaced by a new run of the same name).
 */
export async function checkPaidLedger(arsip: string, period: Period): Promise<void> {
  await checkLedgerLines(arsip, [period], 'bayar');
}

/**
 * The same for every month of a year read from the archive (`rekap`, December's PPh 21): a deleted
 * paid month, or its deleted last paid correction, would have the year read from the wrong amounts.
 */
export async function checkPaidLedgerYear(arsip: string, periods: readonly Period[]): Promise<void> {
  await checkLedgerLines(arsip, periods, 'baca');
}

async function checkLedgerLines(arsip: string, periods: readonly Period[], use: LedgerUse): Promise<void> {
  const wanted = new Set(periods.map(formatPeriod));
  for (const line of await ledgerLines(arsip)) {
    if (!wanted.has(line.periode)) continue;
    const p = line.periode;
    const dir = join(arsip, line.folder);
    const record = await readPaidRecord(dir).catch(() => undefined);
    if (record?.dibayar_pada === line.dibayar_pada) continue;
    throw new KinerjaError(
      'ARSIP_DIBAYAR_HILANG',
      {
        id: `${PAID_LEDGER} di ${arsip} mencatat ${line.folder} dibayar pada ${line.dibayar_pada} oleh ${line.oleh}, tetapi folder itu ${record ? 'kini memuat catatan bayar lain' : 'tidak ada lagi atau tidak lagi bertanda dibayar'}: ${use === 'bayar' ? `bulan ${p} bisa terbayar dua kali` : `apa yang dibayar untuk ${p} tidak dapat dibaca (rekap tahunan dan PPh 21 Desember akan memakai jumlah yang salah)`}.`,
        en: `${PAID_LEDGER} in ${arsip} records ${line.folder} paid on ${line.dibayar_pada} by ${line.oleh}, but that folder ${record ? 'now holds another paid record' : 'is gone or no longer marked paid'}: ${use === 'bayar' ? `${p} could be paid twice` : `what was paid for ${p} cannot be read (the year's recap and December's PPh 21 would use the wrong amounts)`}.`,
      },
      {
        id: `Pulihkan folder ${line.folder} dari cadangan (ia memuat apa yang dibayar), lalu jalankan lagi. Jangan menjalankan dan membayar bulan itu lagi; perbaikannya adalah koreksi ke folder itu.`,
        en: `Restore the folder ${line.folder} from a backup (it holds what was paid), then run again. Never run and pay the month again; fixing it is a correction into that folder.`,
      },
    );
  }
}

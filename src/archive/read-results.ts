/**
 * Reads a results folder back (what `run` wrote): the summary and one record per employee from
 * `pegawai.csv`. Corrections, comparisons, arrears and the year are computed from these, so a file
 * that is not exactly as `run` writes it stops (exit 2) instead of being guessed at.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { KinerjaError } from '../errors.js';

/** One employee's row of an archived `pegawai.csv`. */
export interface ArchivedEmployee {
  nip: string;
  nama: string;
  unit: string;
  status: string;
  statusBayar: 'dibayar' | 'ditahan' | 'nihil';
  predikat: string;
  tppPagu: number | null;
  tppBruto: number;
  pph21: number;
  bpjsPegawai: number;
  bpjsPemda: number;
  tppNetto: number;
  /** Arrears paid with this month (0 when the run paid none). */
  rapel: number;
  keterangan: string[];
  /** Every column as written (decimals with a `.`), for columns not typed above. */
  fields: Readonly<Record<string, string>>;
}

/** A results folder as read back. */
export interface ArchivedResults {
  dir: string;
  periode: string;
  /** `ringkasan.json` as written. */
  ringkasan: Record<string, unknown> & { total: Record<string, number> };
  employees: Map<string, ArchivedEmployee>;
}

const MONEY = ['tpp_bruto', 'pph21', 'bpjs_pegawai', 'bpjs_pemda', 'tpp_netto'] as const;
const REQUIRED = ['nip', 'nama', 'unit', 'status', 'predikat', 'tpp_pagu', 'status_bayar', 'keterangan', ...MONEY] as const;
const STATUS_BAYAR = new Set(['dibayar', 'ditahan', 'nihil']);

/** A result file that is not as `run` wrote it (exit 2). */
export function damaged(path: string, what: { id: string; en: string }): KinerjaError {
  return new KinerjaError(
    'ARSIP_RUSAK',
    { id: `${path}: ${what.id}`, en: `${path}: ${what.en}` },
    { id: 'Berkas hasil tidak boleh disunting; pulihkan dari cadangan atau jalankan ulang periode itu.', en: 'Result files must not be edited; restore from a backup or run that period again.' },
  );
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new KinerjaError(
      'ARSIP_TIDAK_ADA',
      { id: `${path} tidak ada: folder itu bukan folder hasil kinerja run.`, en: `${path} does not exist: that folder is not a kinerja run results folder.` },
      { id: 'Tunjuk folder hasil (mis. hasil/2026-10) atau atur --arsip.', en: 'Point at a results folder (e.g. hasil/2026-10) or set --arsip.' },
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw damaged(path, { id: 'bukan JSON yang utuh.', en: 'is not complete JSON.' });
  }
}

/** Whole rupiah as `run` writes them (no separators); anything else is damage. */
function money(path: string, row: number, key: string, text: string): number {
  if (!/^-?\d+$/.test(text)) throw damaged(path, { id: `baris ${row}, kolom ${key}: "${text}" bukan rupiah bulat.`, en: `row ${row}, column ${key}: "${text}" is not whole rupiah.` });
  return Number(text);
}

/** A CSV file `run` wrote, in either CSV locale (`;` with a BOM, or `,`), as its header keys and rows. */
export function parseResultCsv(path: string, text: string): { keys: string[]; rows: string[][]; delimiter: ';' | ',' } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lineEnd = body.indexOf('\n');
  const delimiter = body.slice(0, lineEnd === -1 ? body.length : lineEnd).startsWith('nip;') ? ';' : ',';
  let records: string[][];
  try {
    const parsed: unknown = parse(body, { delimiter, relax_column_count: false });
    records = parsed as string[][];
  } catch (err) {
    throw damaged(path, { id: `tidak dapat diurai (${(err as Error).message}).`, en: `cannot be parsed (${(err as Error).message}).` });
  }
  const [keys = [], ...rows] = records;
  return { keys, rows, delimiter };
}

/** Reads `dir`'s `ringkasan.json` and `pegawai.csv` (either CSV locale). */
export async function readArchivedResults(dir: string): Promise<ArchivedResults> {
  const ringkasan = (await readJson(join(dir, 'ringkasan.json'))) as ArchivedResults['ringkasan'];
  if (typeof ringkasan !== 'object' || ringkasan === null || typeof ringkasan.periode !== 'string' || typeof ringkasan.total !== 'object') {
    throw damaged(join(dir, 'ringkasan.json'), { id: 'bukan ringkasan kinerja.', en: 'is not a kinerja summary.' });
  }
  if (ringkasan.dihentikan === true) {
    throw new KinerjaError(
      'ARSIP_TANPA_HASIL',
      { id: `${dir} berisi proses yang dihentikan: tidak ada hasil per pegawai.`, en: `${dir} holds a stopped run: there are no per-employee results.` },
    );
  }
  const path = join(dir, 'pegawai.csv');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new KinerjaError(
      'ARSIP_TANPA_CSV',
      { id: `${path} tidak ada.`, en: `${path} does not exist.` },
      { id: 'Hasil yang dibayar dan dibandingkan perlu pegawai.csv: jalankan dengan --format yang memuat csv (bawaan).', en: 'Results that are paid and compared need pegawai.csv: run with a --format that includes csv (the default).' },
    );
  }
  const { keys, rows, delimiter } = parseResultCsv(path, text);
  const missing = REQUIRED.filter((k) => !keys.includes(k));
  if (missing.length > 0) throw damaged(path, { id: `kolom ${missing.join(', ')} tidak ada.`, en: `columns ${missing.join(', ')} are missing.` });
  const employees = new Map<string, ArchivedEmployee>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    const fields: Record<string, string> = {};
    // The Indonesian locale writes decimal commas; fields keep decimals with a point.
    keys.forEach((k, j) => (fields[k] = delimiter === ';' ? (cells[j] ?? '').replace(/^(-?\d+),(\d+)$/, '$1.$2') : (cells[j] ?? '')));
    const nip = fields['nip']!;
    if (employees.has(nip)) throw damaged(path, { id: `NIP ${nip} tertulis dua kali (baris ${row}).`, en: `NIP ${nip} is written twice (row ${row}).` });
    const statusBayar = fields['status_bayar']!;
    if (!STATUS_BAYAR.has(statusBayar)) throw damaged(path, { id: `baris ${row}: status_bayar "${statusBayar}" tidak dikenal.`, en: `row ${row}: unknown status_bayar "${statusBayar}".` });
    const m = (key: string) => money(path, row, key, fields[key]!);
    employees.set(nip, {
      nip,
      nama: fields['nama']!,
      unit: fields['unit']!,
      status: fields['status']!,
      statusBayar: statusBayar as ArchivedEmployee['statusBayar'],
      predikat: fields['predikat']!,
      tppPagu: fields['tpp_pagu'] === '' ? null : m('tpp_pagu'),
      tppBruto: m('tpp_bruto'),
      pph21: m('pph21'),
      bpjsPegawai: m('bpjs_pegawai'),
      bpjsPemda: m('bpjs_pemda'),
      tppNetto: m('tpp_netto'),
      rapel: fields['rapel'] === undefined || fields['rapel'] === '' ? 0 : m('rapel'),
      keterangan: fields['keterangan'] === '' ? [] : fields['keterangan']!.split('; '),
      fields,
    });
  });
  return { dir, periode: ringkasan.periode, ringkasan, employees };
}

/**
 * `kinerja bandingkan <a> <b>` (`compare`): the per-employee net difference between two results
 * folders (this month against last, a correction against the paid folder). Reads both folders, writes
 * `bandingkan.csv` outside them, and prints the totals and the largest changes.
 */
import { link, lstat, mkdir, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { compareResults, type ResultsComparison } from '../../archive/compare-results.js';
import { PAID_RECORD, readPaidRecord, verifyPaidFolder, type PaidRecord } from '../../archive/paid-record.js';
import { readArchivedResults, type ArchivedEmployee, type ArchivedResults } from '../../archive/read-results.js';
import { ExitCode, KinerjaError } from '../../errors.js';
import { writeFailure } from '../../output-folder.js';
import { changeKind, comparisonTable } from '../../reports/build-comparison.js';
import type { CsvLocale } from '../../reports/format-cell.js';
import { writeCsv } from '../../reports/write-csv.js';
import { describeChange, printComparison, type ComparedFolder } from '../print-comparison.js';
import type { Terminal } from '../terminal.js';

/** Options as commander parses them. */
export interface BandingkanFlags {
  out?: string;
  force?: boolean;
  semua?: boolean;
  csvLocale?: CsvLocale;
}

/** A results folder read back, verified when it was paid. */
interface OpenedFolder {
  shown: string;
  real: string;
  results: ArchivedResults;
  paid: PaidRecord | undefined;
  pack: { nama: string; versi: string; sha256: string };
}

const POINT_AT_RESULTS = {
  id: 'Tunjuk folder hasil kinerja run (yang berisi ringkasan.json dan pegawai.csv), mis. hasil/2026-10.',
  en: 'Point at a kinerja run results folder (one holding ringkasan.json and pegawai.csv), e.g. hasil/2026-10.',
};

async function realFolder(path: string): Promise<string> {
  const s = await stat(path).catch(() => undefined);
  if (!s?.isDirectory()) {
    throw new KinerjaError(
      'ARSIP_TIDAK_ADA',
      s ? { id: `${path} bukan folder.`, en: `${path} is not a folder.` } : { id: `Folder ${path} tidak ada.`, en: `Folder ${path} does not exist.` },
      POINT_AT_RESULTS,
    );
  }
  return realpath(path);
}

function packOf(results: ArchivedResults): OpenedFolder['pack'] {
  const p = results.ringkasan['paket_aturan'] as Record<string, unknown> | undefined;
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return { nama: text(p?.['nama']), versi: text(p?.['versi']), sha256: text(p?.['sha256']) };
}

/**
 * pegawai.csv must add up to ringkasan.json: an unpaid folder has no hashes, so this is what notices a
 * row deleted or an amount edited there before a difference is computed from it.
 */
function checkTotals(results: ArchivedResults, comparedNetto: number): void {
  const jumlah = results.ringkasan['jumlah'] as { pegawai?: unknown } | undefined;
  const count = typeof jumlah?.pegawai === 'number' ? jumlah.pegawai : undefined;
  const netto = results.ringkasan.total['netto'];
  const problems: string[] = [];
  if (count !== undefined && count !== results.employees.size) problems.push(`pegawai: ringkasan.json ${count}, pegawai.csv ${results.employees.size}`);
  if (typeof netto !== 'number' || netto !== comparedNetto) problems.push(`netto: ringkasan.json ${String(netto)}, pegawai.csv ${comparedNetto}`);
  if (problems.length === 0) return;
  throw new KinerjaError(
    'ARSIP_RUSAK',
    { id: `${join(results.dir, 'pegawai.csv')} tidak cocok dengan ringkasan.json: ${problems.join('; ')}.`, en: `${join(results.dir, 'pegawai.csv')} does not match ringkasan.json: ${problems.join('; ')}.` },
    { id: 'Berkas hasil tidak boleh disunting; pulihkan dari cadangan atau jalankan ulang periode itu.', en: 'Result files must not be edited; restore from a backup or run that period again.' },
  );
}

/** Reads one folder; a paid one is verified against its dibayar.json first. */
async function openFolder(shown: string, real: string): Promise<OpenedFolder> {
  const paid = await readPaidRecord(shown);
  if (paid) await verifyPaidFolder(shown, paid);
  const results = await readArchivedResults(shown).catch((err: unknown) => {
    // The reader's hint speaks of --arsip, which this command does not have.
    if (err instanceof KinerjaError && err.code === 'ARSIP_TIDAK_ADA') throw new KinerjaError(err.code, err.text, POINT_AT_RESULTS);
    throw err;
  });
  return { shown, real, results, paid, pack: packOf(results) };
}

/** True when `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The real path of `path`'s nearest existing ancestor, with the rest appended (links resolved). */
async function realTarget(path: string): Promise<string> {
  const rest: string[] = [];
  let at = path;
  for (;;) {
    const real = await realpath(at).catch(() => undefined);
    if (real !== undefined) return join(real, ...rest.reverse());
    const up = dirname(at);
    if (up === at) return path;
    rest.push(basename(at));
    at = up;
  }
}

/** True when `dir` or a folder above it holds a run's ringkasan.json or a paid record (any results folder, not only the compared two). */
async function insideResultsFolder(dir: string): Promise<boolean> {
  for (let at = dir; ; at = dirname(at)) {
    for (const name of ['ringkasan.json', PAID_RECORD]) {
      if (await stat(join(at, name)).then((s) => s.isFile(), () => false)) return true;
    }
    if (dirname(at) === at) return false;
  }
}

/** A failure to write `out` as the user can act on it; a KinerjaError or a non-system error passes through. */
function cannotWrite(err: unknown, out: string): unknown {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const known = writeFailure(err, out);
  if (known instanceof KinerjaError || typeof code !== 'string') return known;
  // A path that cannot hold a file (a file where a folder should be, a name too long): the user's to fix.
  return new KinerjaError(
    'KELUARAN_GAGAL_DITULIS',
    { id: `${out} tidak dapat ditulis (${code}).`, en: `${out} cannot be written (${code}).` },
    { id: 'Pilih --out lain, di folder yang ada dan boleh ditulis.', en: 'Choose another --out, in a folder that exists and may be written to.' },
  );
}

const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/** Writes bandingkan.csv: never into a results folder, never over a file without --force, never half a file. */
async function writeComparison(out: string, comparison: ResultsComparison, locale: CsvLocale, force: boolean, folders: readonly OpenedFolder[], samePeriod: boolean): Promise<void> {
  const target = resolve(out);
  const dir = dirname(target);
  const realDir = await realTarget(dir);
  const insideCompared = folders.some((f) => within(realDir, f.real));
  if (insideCompared || (await insideResultsFolder(realDir))) {
    throw new KinerjaError(
      'BANDINGKAN_DI_FOLDER_HASIL',
      { id: `--out ${out} ada di dalam folder hasil: folder hasil hanya ditulis oleh kinerja run.`, en: `--out ${out} is inside a results folder: results folders are written by kinerja run only.` },
      { id: 'Pilih --out di luar folder hasil, mis. --out bandingkan.csv di folder saat ini.', en: 'Choose an --out outside the results folders, e.g. --out bandingkan.csv in the current folder.' },
    );
  }
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new KinerjaError('BANDINGKAN_BERKAS_ADA', { id: `--out ${out} adalah folder.`, en: `--out ${out} is a folder.` }, { id: 'Beri nama berkas, mis. --out bandingkan.csv.', en: 'Give a file name, e.g. --out bandingkan.csv.' });
  }
  const exists = () =>
    new KinerjaError(
      'BANDINGKAN_BERKAS_ADA',
      { id: `${out} sudah ada.`, en: `${out} already exists.` },
      { id: 'Tambahkan --force untuk menimpanya, atau pilih --out lain.', en: 'Add --force to replace it, or choose another --out.' },
    );
  if (existing && !force) throw exists();
  await mkdir(dir, { recursive: true }).catch((err: unknown) => {
    throw cannotWrite(err, out);
  });
  const staging = join(dir, `.${basename(target)}.${process.pid}.tmp`);
  try {
    await writeCsv(staging, comparisonTable(comparison, samePeriod), locale);
    // link() fails when the name was taken meanwhile, so a file never gets replaced without --force.
    if (force) await rename(staging, target);
    else await link(staging, target).catch(async (err: NodeJS.ErrnoException) => {
      // Disks without hard links (FAT32/exFAT sticks, some network shares): check, then rename.
      if (!NO_HARD_LINKS.has(err.code ?? '')) throw err;
      if (await lstat(target).then(() => true, () => false)) throw exists();
      await rename(staging, target);
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw exists();
    throw cannotWrite(err, out);
  } finally {
    await rm(staging, { force: true }).catch(() => undefined);
  }
}

function shownPack(p: OpenedFolder['pack']): string {
  return [p.nama, p.versi].filter((s) => s !== '').join(' ') || '?';
}

function folderView(f: OpenedFolder): ComparedFolder {
  return { shown: f.shown, periode: f.results.periode, paket: shownPack(f.pack), ...(f.paid ? { paid: { pada: f.paid.dibayar_pada, oleh: f.paid.oleh } } : {}) };
}

function folderJson(f: OpenedFolder) {
  return {
    folder: f.shown,
    periode: f.results.periode,
    paket_aturan: f.pack,
    dibayar: f.paid ? { dibayar_pada: f.paid.dibayar_pada, oleh: f.paid.oleh } : null,
  };
}

/** Compares folder `b` against folder `a` (selisih = b − a); returns the exit code. */
export async function bandingkanCommand(folderA: string, folderB: string, flags: BandingkanFlags, term: Terminal): Promise<ExitCode> {
  const realA = await realFolder(folderA);
  const realB = await realFolder(folderB);
  if (realA === realB) {
    throw new KinerjaError(
      'BANDINGKAN_FOLDER_SAMA',
      { id: `${folderA} dan ${folderB} adalah folder yang sama.`, en: `${folderA} and ${folderB} are the same folder.` },
      { id: 'Tunjuk dua folder hasil yang berbeda, mis. hasil/2026-09 hasil/2026-10.', en: 'Point at two different results folders, e.g. hasil/2026-09 hasil/2026-10.' },
    );
  }
  const a = await openFolder(folderA, realA);
  const b = await openFolder(folderB, realB);
  // Two results of one period compare as a correction does: someone paid and now held is in doubt.
  const comparison = compareResults(a.results.employees, b.results.employees, new Map(), { correction: a.results.periode === b.results.periode });
  checkTotals(a.results, comparison.totals.nettoA);
  checkTotals(b.results, comparison.totals.nettoB);
  const samePack = a.pack.nama === b.pack.nama && a.pack.sha256 === b.pack.sha256;
  const out = flags.out ?? `bandingkan-${basename(a.real)}-${basename(b.real)}.csv`;
  // Two months differ by their own pay (naik/turun); one period's two results by under- or overpayment.
  const samePeriod = a.results.periode === b.results.periode;
  await writeComparison(out, comparison, flags.csvLocale ?? 'intl', Boolean(flags.force), [a, b], samePeriod);

  const employees = (nip: string): [ArchivedEmployee | undefined, ArchivedEmployee | undefined] => [a.results.employees.get(nip), b.results.employees.get(nip)];
  if (term.json) {
    const { totals } = comparison;
    term.json_out({
      a: folderJson(a),
      b: folderJson(b),
      paket_aturan_sama: samePack,
      total: {
        netto_a: totals.nettoA,
        netto_b: totals.nettoB,
        // As the CSV and the terminal name them: between two months up and down, not under- or overpaid.
        ...(samePeriod ? { kekurangan_bayar: totals.kekuranganBayar, kelebihan_bayar: totals.kelebihanBayar } : { naik: totals.kekuranganBayar, turun: totals.kelebihanBayar }),
        bersih: totals.bersih,
        pegawai_berubah: totals.pegawaiBerubah,
      },
      perubahan: comparison.changes.map((c) => ({
        nip: c.nip,
        nama: c.nama,
        unit: c.unit,
        netto_a: c.nettoA,
        netto_b: c.nettoB,
        selisih: c.selisih,
        jenis: changeKind(c, samePeriod),
        alasan: c.alasan,
        rincian: describeChange(c, ...employees(c.nip), term.lang),
        predikat_a: c.predikatA ?? null,
        predikat_b: c.predikatB ?? null,
        status_bayar_a: c.statusBayarA ?? null,
        status_bayar_b: c.statusBayarB ?? null,
      })),
      keluaran: out,
    });
  } else {
    printComparison(term, { a: folderView(a), b: folderView(b), comparison, samePack, all: Boolean(flags.semua), file: out, employees });
  }
  return ExitCode.OK;
}

/**
 * Refuses an `.xlsx` whose zip entries would inflate to absurd sizes (a zip bomb), from the central
 * directory alone, before anything is inflated. exceljs holds shared strings in memory and streams
 * sheets, so a bomb would otherwise exhaust memory or spin for minutes.
 */
import { createRequire } from 'node:module';
import { KinerjaError } from '../errors.js';

/** An entry of a zip's central directory, as unzipper reads it. */
export interface ZipEntry {
  path: string;
  type: 'File' | 'Directory';
  compressedSize: number;
  uncompressedSize: number;
  /** Inflates the entry. */
  buffer(): Promise<Buffer>;
}

type Unzipper = { Open: { file(path: string): Promise<{ files: ZipEntry[] }> } };
// Loaded on first use: it costs ~0.25 s at start-up and a run on CSV exports never needs it.
let unzipper: Unzipper | undefined;

/** The central directory of a zip file; nothing is inflated until an entry's `buffer()` is called. */
export async function readZipDirectory(path: string): Promise<ZipEntry[]> {
  unzipper ??= createRequire(import.meta.url)('unzipper') as Unzipper;
  return (await unzipper.Open.file(path)).files;
}

/** Whole workbook, inflated: far above the largest real export (an 11-million-row sheet is ~2 GB). */
export const MAX_XLSX_INFLATED = 4 * 1024 ** 3;
/** Shared strings are held in memory by exceljs. */
export const MAX_SHARED_STRINGS = 512 * 1024 ** 2;
/** Real sheets compress 5–30×; deflate's ceiling is ~1000×, which only padding reaches. */
export const MAX_RATIO = 200;
const RATIO_CHECKED_FROM = 64 * 1024 ** 2;

function bomb(path: string, detail: { id: string; en: string }): KinerjaError {
  return new KinerjaError(
    'XLSX_TERLALU_BESAR',
    { id: `${path} bukan ekspor yang wajar: ${detail.id}`, en: `${path} is not a plausible export: ${detail.en}` },
    { id: 'Periksa asal berkas ini; ekspor ulang dari aplikasinya, atau simpan sebagai CSV.', en: 'Check where this file came from; export it again from its application, or save it as CSV.' },
  );
}

/** Throws `XLSX_TERLALU_BESAR` when the declared sizes are implausible; a bad zip is left to the reader. */
export async function checkZipSizes(path: string): Promise<void> {
  let entries: ZipEntry[];
  try {
    entries = await readZipDirectory(path);
  } catch {
    return;
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressedSize;
    const mb = Math.round(e.uncompressedSize / 1024 ** 2);
    if (e.uncompressedSize > RATIO_CHECKED_FROM && e.uncompressedSize > MAX_RATIO * Math.max(1, e.compressedSize)) {
      const ratio = Math.round(e.uncompressedSize / Math.max(1, e.compressedSize));
      throw bomb(path, {
        id: `${e.path} mengembang ${ratio}× menjadi ${mb} MB (zip bomb?).`,
        en: `${e.path} inflates ${ratio}× to ${mb} MB (a zip bomb?).`,
      });
    }
    if (/sharedStrings\.xml$/i.test(e.path) && e.uncompressedSize > MAX_SHARED_STRINGS) {
      throw bomb(path, { id: `daftar teksnya (${e.path}) ${mb} MB.`, en: `its string table (${e.path}) is ${mb} MB.` });
    }
  }
  if (total > MAX_XLSX_INFLATED) {
    const gb = (total / 1024 ** 3).toFixed(1);
    throw bomb(path, { id: `isinya mengembang menjadi ${gb} GB.`, en: `its contents inflate to ${gb} GB.` });
  }
}

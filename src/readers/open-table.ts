/** Opens an input file as a `Table`, by its extension (SPEC §2.1). */
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { KinerjaError } from '../errors.js';
import { decodeSample, detectEncoding } from './detect-text-format.js';
import { openTextTable, type ParseAheadBudget } from './read-text-table.js';
import { openWorkbookTable, type WorkbookChecks } from './read-workbook-table.js';
import { SourceFile } from './source-file.js';
import type { Table } from './table.js';
import type { RuntimeOptions } from '../runtime/options.js';

/** Extensions read as text exports. */
export const TEXT_EXTENSIONS = ['.csv', '.tsv', '.txt', '.dat'] as const;
/** Extensions read as workbooks. */
export const WORKBOOK_EXTENSIONS = ['.xlsx'] as const;

/** The `.xls` refusal (SPEC §2.1: exit 2 with the advice to save as `.xlsx`). */
export function xlsRefusal(path: string): KinerjaError {
  return new KinerjaError(
    'XLS_TIDAK_DIDUKUNG',
    { id: `${path} berformat Excel lama (.xls) yang tidak dapat dibaca.`, en: `${path} is an old Excel (.xls) file, which cannot be read.` },
    { id: 'Buka di Excel/LibreOffice lalu Simpan Sebagai "Excel Workbook (.xlsx)".', en: 'Open it in Excel/LibreOffice and Save As "Excel Workbook (.xlsx)".' },
  );
}

/** An `.xls` that is a web page (HTML export of a web application): it is not Excel at all. */
export function xlsHtmlRefusal(path: string): KinerjaError {
  return new KinerjaError(
    'XLS_HALAMAN_WEB',
    { id: `${path} bernama .xls tetapi isinya halaman web (HTML), bukan berkas Excel.`, en: `${path} is named .xls but holds a web page (HTML), not an Excel file.` },
    {
      id: 'Buka di Excel lalu Simpan Sebagai "Excel Workbook (.xlsx)", atau ekspor ulang dari aplikasinya sebagai CSV.',
      en: 'Open it in Excel and Save As "Excel Workbook (.xlsx)", or export it again from the application as CSV.',
    },
  );
}

/** An `.xls` that is neither Excel, a web page, nor a text table. */
export function xlsUnknownRefusal(path: string): KinerjaError {
  return new KinerjaError(
    'XLS_TIDAK_DIDUKUNG',
    { id: `${path} bernama .xls tetapi bukan berkas Excel maupun tabel teks yang dapat dibaca.`, en: `${path} is named .xls but is neither an Excel file nor a readable text table.` },
    { id: 'Ekspor ulang sebagai .xlsx atau CSV.', en: 'Export it again as .xlsx or CSV.' },
  );
}

/** What an `.xls` file really holds, from its first bytes. */
export type XlsContent = 'excel' | 'html' | 'text' | 'unknown';

const SNIFF_BYTES = 64 * 1024;

/**
 * Sniffs an `.xls`: the OLE2 signature (D0 CF 11 E0) is real old Excel; `<html`, `<table`, `<!DOCTYPE`
 * or `<?xml` first (after a BOM or white space) is a web export; printable text whose lines split into
 * the same number of fields on `;`, tab, `,` or `|` is a CSV/TSV export named .xls (then read as text).
 */
export async function sniffXls(path: string): Promise<XlsContent> {
  const handle = await open(path, 'r');
  let head: Buffer;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (head.length >= 4 && head.readUInt32BE(0) === 0xd0cf11e0) return 'excel';
  const text = decodeSample(head, detectEncoding(head));
  if (/^\s*<(?:html|table|!doctype|\?xml|head|body|meta)\b/i.test(text)) return 'html';
  // Control characters other than tab and line ends: binary, not text.
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return 'unknown';
  return looksLikeTextTable(text) ? 'text' : 'unknown';
}

/** At least two lines that split into the same number (2+) of fields on one separator. */
function looksLikeTextTable(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '');
  if (lines.length > 1 && text.length >= SNIFF_BYTES - 4) lines.pop(); // cut short by the sample
  if (lines.length < 2) return false;
  return [';', '\t', ',', '|'].some((sep) => {
    const counts = new Map<number, number>();
    for (const line of lines.slice(0, 50)) {
      const fields = line.replace(/"(?:[^"]|"")*"/g, '""').split(sep).length;
      if (fields > 1) counts.set(fields, (counts.get(fields) ?? 0) + 1);
    }
    return [...counts.values()].some((n) => n >= 2);
  });
}

/** Throws the right refusal for an `.xls` that is not a text table; resolves when it can be read as text. */
async function assertXlsReadableAsText(path: string): Promise<void> {
  const content = await sniffXls(path);
  if (content === 'excel') throw xlsRefusal(path);
  if (content === 'html') throw xlsHtmlRefusal(path);
  if (content === 'unknown') throw xlsUnknownRefusal(path);
}

/**
 * Opens a file; `sheet` picks a worksheet of a workbook (else its first tab); `orderFree` says the
 * reader does not depend on row order (a large text export may then be parsed in two halves).
 */
export async function openTable(
  path: string,
  sheet?: string,
  options: { orderFree?: boolean; workbookChecks?: WorkbookChecks; runtime?: RuntimeOptions; parseAhead?: ParseAheadBudget } = {},
): Promise<Table> {
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  let source: SourceFile;
  try {
    source = await SourceFile.open(path);
  } catch {
    throw new KinerjaError(
      'BERKAS_TIDAK_TERBACA',
      { id: `Berkas ${path} tidak ada atau tidak dapat dibaca.`, en: `File ${path} does not exist or cannot be read.` },
      { id: 'Periksa nama berkas dan hak aksesnya.', en: 'Check the file name and its permissions.' },
    );
  }
  // A CSV/TSV export named .xls is read as text; real Excel 97-2003 and web pages are refused.
  if (ext === '.xls') await assertXlsReadableAsText(path);
  if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(ext)) return openWorkbookTable(path, name, sheet, options.workbookChecks, source);
  return openTextTable(path, name, source, options);
}

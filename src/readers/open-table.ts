/** Opens an input file as a `Table`, by its extension (SPEC §2.1). */
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { KinerjaError } from '../errors.js';
import { openTextTable } from './read-text-table.js';
import { openWorkbookTable } from './read-workbook-table.js';
import type { Table } from './table.js';

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

/**
 * Opens a file; `sheet` picks a worksheet of a workbook (else its first tab); `orderFree` says the
 * reader does not depend on row order (a large text export may then be parsed in two halves).
 */
export async function openTable(path: string, sheet?: string, options: { orderFree?: boolean } = {}): Promise<Table> {
  const ext = extname(path).toLowerCase();
  const name = basename(path);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('EISDIR');
  } catch (err) {
    throw new KinerjaError(
      'BERKAS_TIDAK_TERBACA',
      { id: `Berkas ${path} tidak ada atau tidak dapat dibaca.`, en: `File ${path} does not exist or cannot be read.` },
      { id: 'Periksa nama berkas dan hak aksesnya.', en: 'Check the file name and its permissions.' },
    );
  }
  if (ext === '.xls') throw xlsRefusal(path);
  if ((WORKBOOK_EXTENSIONS as readonly string[]).includes(ext)) return openWorkbookTable(path, name, sheet);
  return openTextTable(path, name, options);
}

/** Writes the starter folder of `kinerja init`: masukan.xlsx, templat-csv/*.csv and paket-aturan.yaml. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Lang } from '../i18n.js';
import { loadExcelJs } from '../readers/load-exceljs.js';
import { BAWAAN_PATH } from '../rules/load-rule-pack.js';
import { INPUT_TEMPLATES, templateInstructions } from './input-templates.js';
import type { CsvLocale } from './format-cell.js';
import { label } from './labels.js';

/** The files `init` writes, relative to its folder. */
export const TEMPLATE_FILES = ['masukan.xlsx', 'paket-aturan.yaml', ...INPUT_TEMPLATES.map((t) => `templat-csv/${t.input}.csv`)] as const;

const REQUIRED_FILL = 'FFFCE4D6';
const OPTIONAL_FILL = 'FFD9E1F2';

async function writeWorkbookTemplate(path: string, lang: Lang, dirShown: string, period: string): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'kinerja';
  const guide = workbook.addWorksheet('petunjuk');
  guide.getColumn(1).width = 140;
  for (const line of templateInstructions(lang, dirShown, period)) guide.addRow([line]);
  guide.getRow(1).font = { bold: true, size: 13 };
  for (const t of INPUT_TEMPLATES) {
    // Lower-case sheet names are how `run` recognises the inputs of this workbook (SPEC §2.1).
    const ws = workbook.addWorksheet(t.input, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.columns.map((c) => ({
      header: c.name,
      key: c.name,
      width: Math.max(12, c.name.length + 4),
      ...(c.text ? { style: { numFmt: '@' } } : {}),
    }));
    ws.getRow(1).eachCell((cell, column) => {
      const required = t.columns[column - 1]!.required;
      cell.font = { bold: true };
      cell.numFmt = '@';
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: required ? REQUIRED_FILL : OPTIONAL_FILL } };
      cell.note = label(required ? 'template.required' : 'template.optional', lang);
    });
  }
  await workbook.xlsx.writeFile(path);
}

async function writeRulePackCopy(path: string, lang: Lang): Promise<void> {
  const bawaan = await readFile(BAWAAN_PATH, 'utf8');
  await writeFile(path, `${label('template.pack_header', lang)}\n\n${bawaan}`, 'utf8');
}

/** Writes every template file into `dir` (created when missing). */
export async function writeTemplates(dir: string, options: { lang: Lang; csvLocale: CsvLocale; dirShown: string; period: string }): Promise<void> {
  await mkdir(join(dir, 'templat-csv'), { recursive: true });
  await writeWorkbookTemplate(join(dir, 'masukan.xlsx'), options.lang, options.dirShown, options.period);
  for (const t of INPUT_TEMPLATES) {
    const header = stringify([t.columns.map((c) => c.name)], { delimiter: options.csvLocale === 'id' ? ';' : ',', record_delimiter: 'unix', bom: options.csvLocale === 'id' });
    await writeFile(join(dir, 'templat-csv', `${t.input}.csv`), header, 'utf8');
  }
  await writeRulePackCopy(join(dir, 'paket-aturan.yaml'), options.lang);
}

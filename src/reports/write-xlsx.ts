/**
 * Writes `kinerja-<period>.xlsx` with the exceljs streaming writer (SPEC §5): labelled sheets, frozen
 * header, autofilter, fitted widths, NIPs and accounts as text, rupiah as `#,##0`, and the TPP sheet
 * grouped by unit with subtotals, ready to print. A sheet past 1,000,000 rows continues in "(2)".
 */
import type ExcelJS from 'exceljs';
import { loadExcelJs } from '../readers/load-exceljs.js';
import { pick, type Lang } from '../i18n.js';
import { ASSESSED_PREDIKAT, formatPeriod } from '../domain.js';
import { canonicalJson } from '../rules/load-rule-pack.js';
import type { ColumnType, ReportColumn, ReportModel, ReportTable } from './build-report.js';
import { paidEmployees, tppRow, TPP_COLUMNS } from './build-report.js';
import { fixedText, placesOf, workbookCellValue } from './format-cell.js';

/** Largest data rows per sheet before continuing in the next one (Excel's limit is 1,048,576). */
export const MAX_SHEET_ROWS = 1_000_000;
const WIDTH_SAMPLE_ROWS = 1000;

type Workbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
type Worksheet = ReturnType<Workbook['addWorksheet']>;

function numFmtOf(type: ColumnType): string {
  switch (type) {
    case 'money':
      return '#,##0';
    case 'integer':
      return '0';
    case 'decimal2':
    case 'decimal4':
      return `0.${'0'.repeat(placesOf(type))}`;
    case 'text':
      return '@';
  }
}

function columnWidths(table: ReportTable, lang: Lang): number[] {
  const widths = table.columns.map((c) => pick(c.label, lang).length + 2);
  let n = 0;
  for (const row of table.rows()) {
    row.forEach((cell, i) => {
      const text = cell === null ? '' : typeof cell === 'string' ? cell : typeof cell === 'number' ? cell.toLocaleString('en') : fixedText(cell, 2);
      widths[i] = Math.max(widths[i]!, text.length + 2);
    });
    if (++n >= WIDTH_SAMPLE_ROWS) break;
  }
  return widths.map((w) => Math.min(w, 60));
}

const HEADER_STYLE: Partial<ExcelJS.Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
  alignment: { vertical: 'middle', wrapText: true },
};

function setupColumns(ws: Worksheet, columns: readonly ReportColumn[], widths: readonly number[], lang: Lang): void {
  ws.columns = columns.map((c, i) => ({ header: pick(c.label, lang), key: c.key, width: widths[i] ?? 12, style: { numFmt: numFmtOf(c.type) } }));
  const header = ws.getRow(1);
  header.eachCell((cell) => (cell.style = { ...HEADER_STYLE, numFmt: '@' }));
}

/** Writes a table as one or more sheets (continuing past MAX_SHEET_ROWS). */
/** Rows to mark with conditional formatting: those whose `column` holds `equals`. */
interface RowMark {
  column: string;
  equals: string;
  fill: string;
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/**
 * Real conditional formatting rather than static fills, so a row the user corrects in Excel loses its
 * mark. `equals` is a fixed code (never input text), so it is safe inside the formula.
 */
function addRowMark(ws: Worksheet, table: ReportTable, mark: RowMark, lastRow: number): void {
  const index = table.columns.findIndex((c) => c.key === mark.column);
  if (index < 0 || lastRow < 2) return;
  const last = columnLetters(table.columns.length);
  ws.addConditionalFormatting({
    ref: `A2:${last}${lastRow}`,
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: [`$${columnLetters(index + 1)}2="${mark.equals}"`],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: mark.fill } } },
      },
    ],
  });
}

/**
 * One style object per column, shared by every data cell, empty ones included: exceljs otherwise
 * builds and looks up a fresh style per cell (it caches the lookup per style object), which was 14 of
 * the 31 s the workbook took for 65,000 employees.
 */
function columnStyles(columns: readonly ReportColumn[]): Partial<ExcelJS.Style>[] {
  return columns.map((c) => ({ numFmt: numFmtOf(c.type) }));
}

/** Shared by every data row for the same reason: exceljs gives each row a fresh `{}` and looks it up. */
const ROW_STYLE: Partial<ExcelJS.Style> = {};

function addStyledRow(ws: Worksheet, values: readonly (string | number | null)[], styles: readonly Partial<ExcelJS.Style>[]): void {
  const row = ws.addRow(values as unknown[]);
  (row as unknown as { style: Partial<ExcelJS.Style> }).style = ROW_STYLE;
  for (let i = 0; i < values.length; i++) row.getCell(i + 1).style = styles[i]!;
  row.commit();
}

function writeTableSheets(workbook: Workbook, table: ReportTable, lang: Lang, mark?: RowMark): void {
  const styles = columnStyles(table.columns);
  const widths = columnWidths(table, lang);
  const baseName = pick(table.sheet, lang);
  let part = 1;
  let ws: Worksheet | undefined;
  let rowsInSheet = 0;
  const open = () => {
    const name = part === 1 ? baseName : `${baseName} (${part})`;
    ws = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    setupColumns(ws, table.columns, widths, lang);
    rowsInSheet = 0;
  };
  open();
  for (const row of table.rows()) {
    if (rowsInSheet >= MAX_SHEET_ROWS) {
      if (mark) addRowMark(ws!, table, mark, rowsInSheet + 1);
      ws!.commit();
      part += 1;
      open();
    }
    addStyledRow(ws!, row.map((cell, i) => workbookCellValue(cell, table.columns[i]!.type)), styles);
    rowsInSheet += 1;
  }
  if (mark) addRowMark(ws!, table, mark, rowsInSheet + 1);
  ws!.commit();
}

function writeRingkasan(workbook: Workbook, model: ReportModel, lang: Lang): void {
  const r = model.ringkasan;
  const ws = workbook.addWorksheet(lang === 'en' ? 'Summary' : 'Ringkasan', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: lang === 'en' ? 'Item' : 'Uraian', key: 'k', width: 34 },
    { header: lang === 'en' ? 'Value' : 'Nilai', key: 'v', width: 70 },
  ];
  ws.getRow(1).eachCell((cell) => (cell.style = HEADER_STYLE));
  const L = (id: string, en: string) => (lang === 'en' ? en : id);
  const add = (label: string, value: string | number, money = false) => {
    const row = ws.addRow([label, value]);
    if (money) row.getCell(2).numFmt = '#,##0';
    row.commit();
  };
  add(L('Periode', 'Period'), r.periode);
  add(L('Hari kerja periode', 'Working days in the period'), r.hari_kerja_periode);
  add(L('Paket aturan', 'Rule pack'), `${r.paket_aturan.nama} ${r.paket_aturan.versi} (${r.paket_aturan.sumber})`);
  add('SHA-256 paket', r.paket_aturan.sha256);
  add(L('Jumlah pegawai', 'Employees'), r.jumlah.pegawai);
  add(L('Dibayar', 'Paid'), r.jumlah.dibayar);
  add(L('Ditahan', 'Held'), r.jumlah.ditahan);
  add(L('Nihil', 'Nil'), r.jumlah.nihil);
  add(L('Temuan error', 'Error findings'), r.jumlah.error);
  add(L('Temuan peringatan', 'Warning findings'), r.jumlah.peringatan);
  add(L('Temuan info', 'Info findings'), r.jumlah.info);
  add(L('Total TPP bruto', 'Total gross TPP'), r.total.bruto, true);
  add(L('Total PPh 21', 'Total income tax'), r.total.pph21, true);
  add(L('Total BPJS pegawai', 'Total BPJS employee'), r.total.bpjs_pegawai, true);
  add(L('Total BPJS pemda', 'Total BPJS employer'), r.total.bpjs_pemda, true);
  add(L('Total TPP netto', 'Total net TPP'), r.total.netto, true);
  for (const p of [...ASSESSED_PREDIKAT, 'TIDAK_DINILAI' as const]) add(`${L('Predikat', 'Predikat')} ${p}`, r.predikat[p]);
  for (const b of r.berkas) {
    add(
      `${L('Berkas', 'File')} ${b.masukan}`,
      `${b.nama}${b.lembar ? ` [${b.lembar}]` : ''}: ${L('dibaca', 'read')} ${b.dibaca}, ${L('dipakai', 'used')} ${b.dipakai}, ${L('ditolak', 'rejected')} ${b.ditolak}, ${L('diabaikan', 'ignored')} ${b.diabaikan}, ${L('dilewati', 'skipped')} ${b.dilewati}`,
    );
  }
  for (const c of r.catatan) add(L('Catatan', 'Note'), c);
  ws.commit();
}

/** The printable payout list: grouped by unit, a subtotal per unit, a grand total and signatures. */
function writeTppSheet(workbook: Workbook, model: ReportModel, lang: Lang): void {
  const columns = TPP_COLUMNS;
  const ws = workbook.addWorksheet('TPP', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: {
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '3:3',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: lang === 'en' ? 'Page &P of &N' : 'Halaman &P dari &N' },
  });
  const title = lang === 'en' ? `TPP PAYOUT LIST — PERIOD ${formatPeriod(model.period)}` : `DAFTAR NOMINATIF TPP — PERIODE ${formatPeriod(model.period)}`;
  const widths = [6, 21, 30, 10, 28, 16, 14, 20, 15, 13, 13, 15];
  ws.columns = columns.map((c, i) => ({ key: c.key, width: widths[i] ?? 14, style: { numFmt: numFmtOf(c.type) } }));
  const titleRow = ws.addRow([title]);
  titleRow.getCell(1).font = { bold: true, size: 13 };
  titleRow.getCell(1).numFmt = '@';
  titleRow.commit();
  ws.addRow([`${lang === 'en' ? 'Rule pack' : 'Paket aturan'}: ${model.pack.pack.nama} ${model.pack.pack.versi}`]).commit();
  const header = ws.addRow(columns.map((c) => pick(c.label, lang)));
  header.eachCell((cell) => (cell.style = { ...HEADER_STYLE, numFmt: '@', border: { bottom: { style: 'thin' } } }));
  header.commit();
  const paid = paidEmployees(model.results);
  const styles = columnStyles(columns);
  const sumCols = ['tpp_bruto', 'pph21', 'bpjs_pegawai', 'tpp_netto'];
  const sumIndex = sumCols.map((k) => columns.findIndex((c) => c.key === k));
  const grand = sumCols.map(() => 0);
  const unitNames = new Map(model.results.units.map((u) => [u.kode, u.nama]));
  let no = 0;
  const totalRow = (label: string, sums: number[], fill: string) => {
    const values: (string | number | null)[] = columns.map(() => null);
    values[2] = label;
    sumIndex.forEach((ci, i) => (values[ci] = sums[i]!));
    const row = ws.addRow(values);
    row.eachCell((cell) => {
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    });
    row.commit();
  };
  let i = 0;
  while (i < paid.length) {
    const unit = paid[i]!.pegawai.unit;
    const sums = sumCols.map(() => 0);
    for (; i < paid.length && paid[i]!.pegawai.unit === unit; i++) {
      const r = paid[i]!;
      const row = tppRow(r, ++no);
      addStyledRow(ws, row.map((cell, c) => workbookCellValue(cell, columns[c]!.type)), styles);
      sumIndex.forEach((ci, k) => (sums[k]! += row[ci] as number));
    }
    sums.forEach((s, k) => (grand[k]! += s));
    const name = unitNames.get(unit);
    totalRow(`${lang === 'en' ? 'Subtotal' : 'Jumlah'} ${unit}${name ? ` — ${name}` : ''}`, sums, 'FFF2F2F2');
  }
  totalRow(lang === 'en' ? 'GRAND TOTAL' : 'JUMLAH TOTAL', grand, 'FFD9E1F2');
  const signers = model.pack.pack.laporan.penandatangan;
  if (signers.length > 0) {
    ws.addRow([]).commit();
    const places = signers.map((_, k) => 2 + k * Math.max(2, Math.floor((columns.length - 2) / signers.length)));
    const line = (get: (s: (typeof signers)[number]) => string) => {
      const values: (string | null)[] = columns.map(() => null);
      signers.forEach((s, k) => (values[places[k]!] = get(s)));
      ws.addRow(values).commit();
    };
    line((s) => s.jabatan);
    ws.addRow([]).commit();
    ws.addRow([]).commit();
    ws.addRow([]).commit();
    line((s) => s.nama);
    line((s) => (s.nip ? `NIP ${s.nip}` : ''));
  }
  ws.commit();
}

function writeAturan(workbook: Workbook, model: ReportModel, lang: Lang): void {
  const ws = workbook.addWorksheet(lang === 'en' ? 'Rules' : 'Aturan', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: lang === 'en' ? 'Key' : 'Kunci', key: 'k', width: 42, style: { numFmt: '@' } },
    { header: lang === 'en' ? 'Value' : 'Nilai', key: 'v', width: 90, style: { numFmt: '@' } },
  ];
  ws.getRow(1).eachCell((cell) => (cell.style = HEADER_STYLE));
  const r = model.ringkasan;
  ws.addRow([lang === 'en' ? 'rule pack' : 'paket aturan', `${r.paket_aturan.nama} ${r.paket_aturan.versi}`]).commit();
  ws.addRow(['sha256', r.paket_aturan.sha256]).commit();
  const flatten = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const key of Object.keys(value as object).sort()) flatten(prefix ? `${prefix}.${key}` : key, (value as Record<string, unknown>)[key]);
    } else {
      ws.addRow([prefix, canonicalJson(value)]).commit();
    }
  };
  flatten('', model.pack.merged);
  for (const b of r.berkas) ws.addRow([`${lang === 'en' ? 'input' : 'masukan'} ${b.masukan}: ${b.nama}${b.lembar ? ` [${b.lembar}]` : ''}`, `sha256 ${b.sha256}`]).commit();
  ws.commit();
}

const HELD_FILL = 'FFFCE4D6';
const CURVE_FILL = 'FFFFEB9C';
const HELD_MARK: RowMark = { column: 'status_bayar', equals: 'ditahan', fill: HELD_FILL };
const ERROR_MARK: RowMark = { column: 'tingkat', equals: 'error', fill: HELD_FILL };

/** Writes the workbook. */
export async function writeWorkbook(path: string, model: ReportModel): Promise<void> {
  const lang = model.lang;
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'kinerja';
  writeRingkasan(workbook, model, lang);
  writeTableSheets(workbook, model.tables.pegawai, lang, HELD_MARK);
  writeTableSheets(workbook, model.tables.unit, lang, { column: 'kurva', equals: 'tidak_sesuai', fill: CURVE_FILL });
  writeTppSheet(workbook, model, lang);
  writeTableSheets(workbook, model.tables.kurva, lang, { column: 'hasil', equals: 'tidak_sesuai', fill: CURVE_FILL });
  writeTableSheets(workbook, model.tables.tindak_lanjut, lang);
  writeTableSheets(workbook, model.tables.validasi, lang, ERROR_MARK);
  writeAturan(workbook, model, lang);
  await workbook.commit();
}


/** Writes a workbook with only the validation sheet (for `validate` and `--strict` failures). */
export async function writeValidationWorkbook(path: string, table: ReportTable, lang: Lang): Promise<void> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'kinerja';
  writeTableSheets(workbook, table, lang, ERROR_MARK);
  await workbook.commit();
}

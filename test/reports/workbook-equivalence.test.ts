/**
 * Our workbook writer (reports/xlsx-stream.ts) against the exceljs writer it replaced
 * (test/helpers/exceljs-workbook.ts), on the same report models: both files read back by exceljs must
 * be equal sheet for sheet — names and order, every cell's value, type and style, column widths and
 * styles, frozen panes, autofilter, conditional formats, page setup, print titles and footer.
 * The models are captured from real runs: the sample agency, a generated agency (held employees,
 * findings) with sheets split by a small row limit, and a correction with its Selisih sheet.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { generateAgency } from '../../scripts/bench/generate.mjs';
import { runPeriod } from '../../src/pipeline.js';
import type { ReportModel, ReportTable } from '../../src/reports/build-report.js';
import { writeValidationWorkbook, writeWorkbook } from '../../src/reports/write-xlsx.js';
import type { RuntimeOptions } from '../../src/runtime/options.js';
import { fixture, tempDir } from '../cli/run-cli.js';
import { writeValidationWorkbookWithExcelJs, writeWorkbookWithExcelJs } from '../helpers/exceljs-workbook.js';
import { markPaid } from '../helpers/mark-paid.js';
import { runOptions } from '../helpers/run-options.js';

/** The models the runs below hand to the workbook writer, newest last. */
const captured = vi.hoisted(() => [] as unknown[]);
vi.mock(import('../../src/reports/write-xlsx.js'), async (original) => {
  const real = await original();
  return {
    ...real,
    writeWorkbook: (path: string, model: ReportModel, options?: { runtime?: RuntimeOptions }) => {
      captured.push(model);
      return real.writeWorkbook(path, model, options);
    },
  };
});

async function modelOf(input: string, out: string, policy?: string): Promise<ReportModel> {
  const before = captured.length;
  await runPeriod({ ...runOptions(input, out, { formats: new Set(['xlsx', 'csv', 'json']), ...(policy ? { policy } : {}) }) });
  expect(captured.length).toBe(before + 1);
  return captured.at(-1) as ReportModel;
}

/** A workbook read back by exceljs, as plain data. */
async function readBack(path: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (c) => cells.push({ at: c.address, type: c.type, value: c.value, numFmt: c.numFmt, font: c.font, fill: c.fill, border: c.border, alignment: c.alignment }));
      rows.push({ n, cells });
    });
    const columns = (ws.columns ?? []).map((c) => ({ width: c.width, style: c.style }));
    const internals = ws as unknown as { conditionalFormattings: unknown };
    return {
      name: ws.name,
      rowCount: ws.rowCount,
      rows,
      columns,
      views: ws.views,
      autoFilter: ws.autoFilter,
      conditionalFormattings: internals.conditionalFormattings,
      pageSetup: ws.pageSetup,
      headerFooter: ws.headerFooter,
      properties: ws.properties,
    };
  });
}

/** Writes `model` with both writers and reads both back. */
async function bothWays(model: ReportModel, runtime: RuntimeOptions = {}): Promise<{ ours: unknown; exceljs: unknown }> {
  const dir = tempDir();
  await writeWorkbook(join(dir, 'ours.xlsx'), model, { runtime });
  await writeWorkbookWithExcelJs(join(dir, 'exceljs.xlsx'), model, { runtime });
  return { ours: await readBack(join(dir, 'ours.xlsx')), exceljs: await readBack(join(dir, 'exceljs.xlsx')) };
}

const sheetNames = (book: unknown) => (book as { name: string }[]).map((s) => s.name);

describe('our workbook writer reads back as the exceljs writer did', () => {
  const root = tempDir();
  const CONTOH = fixture('contoh');
  let contoh: ReportModel;
  let agency: ReportModel;
  let correction: ReportModel;

  beforeAll(async () => {
    contoh = await modelOf(CONTOH, join(root, 'contoh', 'hasil'), join(CONTOH, 'paket-aturan.yaml'));
    const generated = join(root, 'agency');
    generateAgency(generated, 600);
    // Realisasi typed as words hold the employees of the first rows (as in test/cli/rapel.test.ts).
    const skp = join(generated, 'capaian_skp.csv');
    const rows = readFileSync(skp, 'utf8').split('\n');
    for (const k of [1, 40, 80]) rows[k] = rows[k]!.replace(/;[\d,]+;([a-z]+);/, ';banyak;$1;');
    writeFileSync(skp, rows.join('\n'));
    agency = await modelOf(generated, join(root, 'agency-hasil', 'hasil'));
    // A correction of a paid October: one employee's realisasi typed as a word now holds her.
    const input = join(root, 'koreksi-masukan');
    cpSync(CONTOH, input, { recursive: true });
    const policy = join(input, 'paket-aturan.yaml');
    const paid = join(root, 'koreksi', '2026-10');
    await modelOf(input, paid, policy);
    markPaid(paid);
    const capaian = join(input, 'capaian_skp.csv');
    const lines = readFileSync(capaian, 'utf8').split('\n');
    lines[141] = lines[141]!.replace(';6;7;bab;', ';6;tujuh;bab;');
    writeFileSync(capaian, lines.join('\n'));
    correction = await modelOf(input, paid, policy);
  }, 180_000);

  it('the sample agency', async () => {
    const { ours, exceljs } = await bothWays(contoh);
    expect(sheetNames(ours)).toEqual(['Ringkasan', 'Pegawai', 'Unit', 'TPP', 'SIPD', 'Kurva', 'Tindak Lanjut', 'Validasi', 'Aturan']);
    expect(ours).toEqual(exceljs);
  });

  it('a generated agency with held employees and findings, its sheets split at 250 rows', async () => {
    const held = agency.results.employees.length - agency.ringkasan.jumlah.dibayar - agency.ringkasan.jumlah.nihil;
    expect(held).toBeGreaterThan(0);
    expect(agency.ringkasan.jumlah.peringatan + agency.ringkasan.jumlah.error).toBeGreaterThan(0);
    const { ours, exceljs } = await bothWays(agency, { thresholds: { xlsxMaxSheetRows: 250 } });
    expect(sheetNames(ours)).toEqual(expect.arrayContaining(['Pegawai', 'Pegawai (2)', 'Pegawai (3)']));
    expect(ours).toEqual(exceljs);
  });

  it('a correction, with its Selisih sheet instead of SIPD', async () => {
    expect(correction.selisih).toBeDefined();
    const { ours, exceljs } = await bothWays(correction);
    expect(sheetNames(ours)).toContain('Selisih');
    expect(sheetNames(ours)).not.toContain('SIPD');
    expect(ours).toEqual(exceljs);
  });

  it('the validation-only workbook, with text no XML may hold as it is', async () => {
    const hostile = ['a & b < c > d "e" \'f\'', 'nul\u0000bel\u0007esc\u001bdel\u007f', 'tab\tlf\ncr\r', '=1+1', '007', '', 'ÄÖ 日本 😀'];
    const table: ReportTable = {
      key: 'validasi',
      sheet: { id: 'Validasi', en: 'Validation' },
      columns: [
        { key: 'teks', label: { id: 'Teks & <isi>', en: 'Text' }, type: 'text' },
        { key: 'angka', label: { id: 'Angka', en: 'Number' }, type: 'money' },
        { key: 'tingkat', label: { id: 'Tingkat', en: 'Level' }, type: 'text' },
      ],
      rows: () => hostile.map((text, i) => [text, i % 2 ? null : i * 1_000_003, i === 2 ? 'error' : 'info']),
    };
    const dir = tempDir();
    await writeValidationWorkbook(join(dir, 'ours.xlsx'), table, 'id');
    await writeValidationWorkbookWithExcelJs(join(dir, 'exceljs.xlsx'), table, 'id');
    const ours = await readBack(join(dir, 'ours.xlsx'));
    expect(ours).toEqual(await readBack(join(dir, 'exceljs.xlsx')));
    const cells = (ours as { rows: { cells: { value: unknown }[] }[] }[])[0]!.rows.map((r) => r.cells[0]!.value);
    expect(cells.slice(1, 3)).toEqual(['a & b < c > d "e" \'f\'', 'nulbelescdel']);
  });
});

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from '../cli/run-cli.js';

/** Reads the written workbook back into plain data (never compares the binary). */
describe('kinerja-<period>.xlsx', async () => {
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', fixture('pagu-kosong'), '--out', out]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(out, 'kinerja-2026-10.xlsx'));

  it('has the sheets of SPEC §5', () => {
    expect(run.status).toBe(1);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Pegawai', 'Unit', 'TPP', 'SIPD', 'Kurva', 'Tindak Lanjut', 'Validasi', 'Aturan']);
  });

  it('Pegawai: frozen labelled header, NIPs as text, rupiah as numbers with #,##0', () => {
    const ws = wb.getWorksheet('Pegawai')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['NIP', 'Nama', 'Unit']);
    const bruto = header.indexOf('TPP Bruto') + 1;
    const row = ws.getRow(2);
    expect(row.getCell(1).value).toBe('198503172010011003');
    expect(row.getCell(bruto).value).toBe(4_850_000);
    expect(row.getCell(bruto).numFmt).toBe('#,##0');
    expect(row.getCell(header.indexOf('Nilai Disiplin') + 1).value).toBe(92.5);
  });

  it('held employees are marked by conditional formatting on status_bayar, not by a static fill', () => {
    const ws = wb.getWorksheet('Pegawai')!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
    const statusLetter = letters(header.indexOf('Status Bayar') + 1);
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: unknown[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0]!.ref).toBe(`A2:${letters(header.length)}${ws.rowCount}`);
    expect(cf[0]!.rules[0]).toMatchObject({ type: 'expression', formulae: [`$${statusLetter}2="ditahan"`] });
    const held = ws.getRow(3);
    expect(held.getCell(header.indexOf('Status Bayar') + 1).value).toBe('ditahan');
    expect((held.getCell(1).fill as { pattern?: string } | undefined)?.pattern ?? 'none').not.toBe('solid');
  });

  it('TPP: paid employees grouped by unit with a subtotal and a grand total that add up', () => {
    const ws = wb.getWorksheet('TPP')!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows[2]).toContain('TPP Netto');
    const names = rows.map((r) => r[2]);
    expect(names).toContain('Budi Santoso');
    expect(names).not.toContain('Rina Wulandari');
    const subtotal = rows.find((r) => String(r[2]).startsWith('Jumlah BKPSDM'))!;
    const total = rows.find((r) => r[2] === 'JUMLAH TOTAL')!;
    expect(subtotal[11]).toBe(4_559_000);
    expect(total[11]).toBe(4_559_000);
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
  });

  it('Validasi lists the error with file, row and column', () => {
    const ws = wb.getWorksheet('Validasi')!;
    const rows: unknown[][] = [];
    ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[1] === 'TPP_PAGU_KOSONG')?.slice(0, 5)).toEqual(['error', 'TPP_PAGU_KOSONG', 'pegawai.csv', 3, 'tpp_pagu']);
  });
});

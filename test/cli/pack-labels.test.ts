import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

/** The header labels of the employees' sheet (`Pegawai`, `Employees` in English). */
async function pegawaiHeader(xlsx: string, sheet = 'Pegawai'): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  return (wb.getWorksheet(sheet)!.getRow(1).values as unknown[]).slice(1);
}

describe('report labels that hold a rate of the rule pack', () => {
  const dir = tempDir();
  // The sample agency's pack with other BPJS rates (a region whose employer share is 4.5%).
  const policy = join(dir, 'paket-aturan.yaml');
  writeFileSync(policy, `${readFileSync(join(fixture('contoh'), 'paket-aturan.yaml'), 'utf8')}\nbpjs: { persen_pegawai: 2, persen_pemda: 4.5 }\n`);
  const args = ['--period', '2026-10', '--input', fixture('contoh'), '--policy', policy];

  it('the workbook names the pack’s rates; the amounts are computed with them', async () => {
    const out = join(dir, 'hasil');
    const run = runCli(['run', ...args, '--format', 'xlsx,csv', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const header = await pegawaiHeader(join(out, 'kinerja-2026-10.xlsx'));
    expect(header).toContain('BPJS Pegawai (2%)');
    expect(header).toContain('BPJS Pemda (4,5%)');
    expect(header.filter((h) => String(h).startsWith('BPJS'))).toHaveLength(2);
    const paid = readCsv(join(out, 'pegawai.csv')).find((r) => r['status_bayar'] === 'dibayar' && Number(r['bpjs_pegawai']) > 0)!;
    expect(Number(paid['bpjs_pemda'])).toBeCloseTo((Number(paid['bpjs_pegawai']) * 4.5) / 2, -1);
  });

  it('the English workbook keeps its labels without a rate', async () => {
    const out = join(dir, 'hasil-en');
    const run = runCli(['run', ...args, '--lang', 'en', '--format', 'xlsx', '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const header = await pegawaiHeader(join(out, 'kinerja-2026-10.xlsx'), 'Employees');
    expect(header.filter((h) => String(h).startsWith('BPJS'))).toEqual(['BPJS Employee', 'BPJS Employer']);
  });

  it('jelaskan shows the same rates', () => {
    const nip = '197911302001011988'; // paid, with BPJS
    const id = runCli(['jelaskan', nip, ...args]);
    expect(id.status, id.stderr).toBe(0);
    expect(id.stdout).toMatch(/; pegawai 2% = Rp [\d.]+; pemda 4,5% = Rp [\d.]+ \(tidak dipotong\)/);
    const en = runCli(['jelaskan', nip, ...args, '--lang', 'en']);
    expect(en.stdout).toMatch(/; employee 2% = Rp [\d,]+; employer 4\.5% = Rp [\d,]+ \(not deducted\)/);
  });
});

/** pegawai.nik: 16 digits kept as text; anything else is NIK_TIDAK_VALID (a warning, masked value), never a hold. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { openTable } from '../../src/readers/open-table.js';
import { aPack } from '../helpers/builders.js';
import { tempDir } from '../cli/run-cli.js';

const period = { year: 2026, month: 10 };
const HEAD = 'nip,nama,unit,tpp_pagu,golongan,no_ktp';
const row = (n: number, nik: string) => `1985031720100110${String(n).padStart(2, '0')},Pegawai ${n},BKPSDM,5000000,III/c,${nik}`;

async function read(path: string) {
  const findings = new FindingCollector();
  const pegawai = await readPegawai([await openTable(path)], aPack(), period, findings);
  return { pegawai, findings: findings.sorted().filter((f) => f.code === 'NIK_TIDAK_VALID') };
}

/** A staff workbook of one employee whose `column` is a number cell. */
async function numericCellWorkbook(column: string, value: number): Promise<string> {
  const path = join(tempDir(), 'pegawai.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('pegawai');
  ws.addRow(['nip', 'nama', 'unit', 'tpp_pagu', 'golongan', column]);
  ws.addRow(['198503172010011003', 'Budi', 'BKPSDM', 5000000, 'III/c', value]);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('pegawai: nik', () => {
  it('keeps a 16-digit NIK (leading zero, apostrophe) and warns on the rest, naming row and column, value masked', async () => {
    const path = join(tempDir(), 'pegawai.csv');
    writeFileSync(path, [HEAD, row(3, '0201010101850001'), row(4, "'3201010101850002"), row(5, '3.20101E+15'), row(6, '320101010185000'), row(7, '32010101O1850001'), row(8, ''), ''].join('\n'));
    const { pegawai, findings } = await read(path);
    expect(pegawai.employees.map((e) => e.nik)).toEqual(['0201010101850001', '3201010101850002', undefined, undefined, undefined, undefined]);
    expect(findings.map((f) => [f.level, f.row, f.column, f.value, f.params['reason_en']])).toEqual([
      ['peringatan', 4, 'no_ktp', '3.20***E+15', 'was turned into scientific notation (e.g. 3.2E+15)'],
      ['peringatan', 5, 'no_ktp', '3201*******5000', 'has 15 digits'],
      ['peringatan', 6, 'no_ktp', '3201********0001', 'holds characters other than digits'],
    ]);
  });

  // Excel keeps 15 significant digits, so a numeric cell cannot be trusted even when, written by a
  // program as here, it still looks whole.
  it('a NIK in a numeric workbook cell is refused', async () => {
    const { pegawai, findings } = await read(await numericCellWorkbook('nik', 3201010101850001));
    expect(pegawai.employees[0]!.nik).toBeUndefined();
    expect(findings.map((f) => [f.level, f.row, f.value])).toEqual([['peringatan', 2, '3201********0001']]);
  });
});

describe('pegawai: npwp', () => {
  const HEAD_NPWP = 'nip,nama,unit,tpp_pagu,golongan,npwp';
  const line = (n: number, npwp: string) => `1985031720100110${String(n).padStart(2, '0')},Pegawai ${n},BKPSDM,5000000,III/c,${npwp}`;
  async function readNpwp(path: string) {
    const findings = new FindingCollector();
    const pegawai = await readPegawai([await openTable(path)], aPack(), period, findings);
    return { pegawai, findings: findings.sorted().filter((f) => f.code === 'NPWP_TIDAK_VALID') };
  }

  it('keeps 15 digits (old format, punctuation kept as written) and 16 (NIK); warns on the rest and leaves them out, value masked', async () => {
    const path = join(tempDir(), 'pegawai.csv');
    writeFileSync(path, [HEAD_NPWP, line(3, '"01.234.567.8-901.000"'), line(4, '3201010101850002'), line(5, '1.23457E+14'), line(6, '12.345.678.9-012'), line(7, 'NPWP-BELUM-ADA'), line(8, ''), ''].join('\n'));
    const { pegawai, findings } = await readNpwp(path);
    expect(pegawai.employees.map((e) => e.npwp)).toEqual(['01.234.567.8-901.000', '3201010101850002', undefined, undefined, undefined, undefined]);
    expect(findings.map((f) => [f.level, f.row, f.column, f.params['reason_en']])).toEqual([
      ['peringatan', 4, 'npwp', 'was turned into scientific notation (e.g. 1.2E+14)'],
      ['peringatan', 5, 'npwp', 'has 12 digits'],
      ['peringatan', 6, 'npwp', 'holds characters other than digits, dots and dashes'],
    ]);
    // The pay is not touched: nobody is held for an NPWP.
    expect(pegawai.employees).toHaveLength(6);
  });

  it('an NPWP in a numeric workbook cell is refused (a leading zero may be gone)', async () => {
    const { pegawai, findings } = await readNpwp(await numericCellWorkbook('npwp', 12345678901000));
    expect(pegawai.employees[0]!.npwp).toBeUndefined();
    expect(findings.map((f) => [f.level, f.row, f.params['reason_en']])).toEqual([['peringatan', 2, 'was stored as a number (a leading zero or the 16th digit may be lost)']]);
  });
});

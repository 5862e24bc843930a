/** pegawai.nama_bank: one bank written several ways is a warning (each spelling gets its own bank file); never merged by guess. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { openTable } from '../../src/readers/open-table.js';
import { aPack } from '../helpers/builders.js';
import { tempDir } from '../cli/run-cli.js';

const HEAD = 'nip;nama;unit;tpp_pagu;golongan;nama_bank;nomor_rekening';
const row = (n: number, bank: string) => `1985031720100110${String(n).padStart(2, '0')};Pegawai ${n};BKPSDM;5000000;III/c;${bank};00123${n}`;

async function read(lines: string[]) {
  const path = join(tempDir(), 'pegawai.csv');
  writeFileSync(path, [HEAD, ...lines, ''].join('\n'));
  const findings = new FindingCollector();
  const pegawai = await readPegawai([await openTable(path)], aPack(), { year: 2026, month: 10 }, findings);
  return { pegawai, found: findings.sorted().filter((f) => f.code === 'BANK_DITULIS_BERBEDA') };
}

describe('pegawai: one bank written several ways', () => {
  it('warns on the first row of each less common spelling, naming every spelling and its count; names stay as written', async () => {
    const { pegawai, found } = await read([row(1, 'Bank BRI'), row(2, 'BRI'), row(3, 'bank  bri'), row(4, 'PT. Bank BRI (Persero) Tbk'), row(5, 'Bank BRI'), row(6, 'Bank Jateng')]);
    // 'Bank BRI' and 'bank  bri' are one spelling (case and spaces aside): 3 employees.
    expect(found.map((f) => [f.level, f.row, f.column, f.value, f.params['count']])).toEqual([
      ['peringatan', 3, 'nama_bank', 'BRI', 1],
      ['peringatan', 5, 'nama_bank', 'PT. Bank BRI (Persero) Tbk', 1],
    ]);
    expect(found[0]!.params['all']).toBe("'Bank BRI' (3), 'BRI' (1), 'PT. Bank BRI (Persero) Tbk' (1)");
    expect(pegawai.employees.map((e) => e.namaBank)).toEqual(['Bank BRI', 'BRI', 'bank  bri', 'PT. Bank BRI (Persero) Tbk', 'Bank BRI', 'Bank Jateng']);
  });

  it('different banks and one consistent spelling give nothing', async () => {
    const { found } = await read([row(1, 'Bank BRI'), row(2, 'BANK BRI'), row(3, 'Bank BNI'), row(4, 'BSI'), row(5, 'Bank Jateng')]);
    expect(found).toEqual([]);
  });
});

describe('pegawai: an account that lost its leading zeros (REKENING_PANJANG)', () => {
  const account = (n: number, bank: string, rekening: string) => `1985031720100110${String(n).padStart(2, '0')};Pegawai ${n};BKPSDM;5000000;III/c;${bank};${rekening}`;
  const readWith = async (lines: string[], pack = aPack()) => {
    const path = join(tempDir(), 'pegawai.csv');
    writeFileSync(path, [HEAD, ...lines, ''].join('\n'));
    const findings = new FindingCollector();
    const pegawai = await readPegawai([await openTable(path)], pack, { year: 2026, month: 10 }, findings);
    return { pegawai, found: findings.sorted().filter((f) => f.code === 'REKENING_PANJANG') };
  };
  const bni = ['1234567890', '2345678901', '3456789012', '4567890123', '5678901234', '6789012345'];

  it('9 digits among six 10-digit BNI accounts: kept out of the bank file (no account), still paid, shown masked', async () => {
    const { pegawai, found } = await readWith([...bni.map((r, i) => account(i + 1, 'BNI', r)), account(7, 'BNI', '508288340')]);
    expect(found.map((f) => [f.level, f.row, f.value, f.params['panjang'], f.params['biasa'], f.params['jumlah'], f.params['dari']])).toEqual([['peringatan', 8, '*****8340', 9, 10, 6, 7]]);
    expect(pegawai.byNip.get('198503172010011007')?.nomorRekening).toBeUndefined();
    expect(pegawai.byNip.get('198503172010011001')?.nomorRekening).toBe('1234567890');
  });

  it('too few accounts of the bank, or no length most of them share: nothing is judged', async () => {
    expect((await readWith([...bni.slice(0, 3).map((r, i) => account(i + 1, 'BNI', r)), account(7, 'BNI', '508288340')])).found).toEqual([]);
    const mixed = ['1234567890', '2345678901', '3456789012', '1234567890123', '2345678901234', '3456789012345'];
    expect((await readWith([...mixed.map((r, i) => account(i + 1, 'Bank Jateng', r)), account(7, 'Bank Jateng', '508288340')])).found).toEqual([]);
  });

  it('the pack states the bank\'s lengths: they are trusted, and another length is set aside even with few accounts', async () => {
    const ninesOk = aPack({ keuangan: { bank: { BNI: { panjang_rekening: [9, 10] } } } });
    expect((await readWith([...bni.map((r, i) => account(i + 1, 'BNI', r)), account(7, 'BNI', '508288340')], ninesOk)).found).toEqual([]);
    const tenOnly = aPack({ keuangan: { bank: { BNI: { panjang_rekening: [10] } } } });
    const { found } = await readWith([account(1, 'BNI', '1234567890'), account(2, 'BNI', '12345678901')], tenOnly);
    expect(found.map((f) => [f.row, f.params['panjang'], f.params['paket']])).toEqual([[3, 11, '10']]);
  });
});

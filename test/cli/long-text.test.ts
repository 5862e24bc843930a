/** Cell text longer than Excel allows (32,767 characters) is cut where it is read, with a finding. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

describe('a 900,000-character name', () => {
  it('is cut to 32,767 characters (TEKS_TERPOTONG, info), the workbook opens, the employee is paid', async () => {
    const dir = join(tempDir(), 'masukan');
    cpSync(fixture('worked-example'), dir, { recursive: true });
    const path = join(dir, 'pegawai.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('Budi Santoso', `Budi ${'x'.repeat(900_000)}`));
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', out]);
    expect(r.status, r.stderr.slice(0, 2000)).toBe(0);
    const finding = readCsv(join(out, 'validasi.csv')).find((f) => f['kode'] === 'TEKS_TERPOTONG');
    expect(finding).toMatchObject({ tingkat: 'info', nip: '198503172010011003', kolom: 'nama' });
    const budi = readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === '198503172010011003')!;
    expect(budi['nama']).toHaveLength(32_767);
    expect(budi['tpp_netto']).toBe('4559000');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'kinerja-2026-10.xlsx'));
    let longest = 0;
    book.getWorksheet('Pegawai')!.eachRow((row) => row.eachCell((cell) => (longest = Math.max(longest, cell.text.length))));
    expect(longest).toBe(32_767);
  }, 60_000);
});

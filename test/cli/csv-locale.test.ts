import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe('--csv-locale id (for Excel with Indonesian regional settings)', () => {
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--out', out, '--csv-locale', 'id']);
  const text = readFileSync(join(out, 'pegawai.csv'), 'utf8');

  it('writes ; separators, a BOM, decimal commas and plain whole rupiah', () => {
    expect(run.status).toBe(0);
    expect(text.startsWith('\uFEFFnip;nama;unit;')).toBe(true);
    const budi = readCsv(join(out, 'pegawai.csv'), ';').find((r) => r['nip'] === '198503172010011003')!;
    expect([budi['nilai_disiplin'], budi['capaian_skp'], budi['faktor_hari'], budi['tpp_netto']]).toEqual(['92,50', '103,33', '1,0000', '4559000']);
  });

  it('every CSV of the run uses the same convention', () => {
    for (const f of ['unit.csv', 'tpp.csv', 'validasi.csv', 'tindak_lanjut.csv']) {
      const head = readFileSync(join(out, f), 'utf8').split('\n')[0]!;
      expect(head.startsWith('\uFEFF'), f).toBe(true);
      expect(head.includes(';') && !head.includes(','), f).toBe(true);
    }
  });

  it.skipIf(!hasSoffice)('a spreadsheet set to Indonesian reads the numbers as numbers', async () => {
    const work = tempDir();
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${work}/profile`, '--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1057', '--convert-to', 'xlsx', '--outdir', work, join(out, 'pegawai.csv')],
      { stdio: 'ignore' },
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(work, 'pegawai.xlsx'));
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    const row = ws.getRow(2);
    expect(row.getCell(header.indexOf('nilai_disiplin') + 1).value).toBe(92.5);
    expect(row.getCell(header.indexOf('capaian_skp') + 1).value).toBe(103.33);
    expect(row.getCell(header.indexOf('tpp_netto') + 1).value).toBe(4_559_000);
  });
});

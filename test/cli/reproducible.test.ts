import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';

const CONTOH = fixture('contoh');
const POLICY = join(CONTOH, 'paket-aturan.yaml');
const ROW_ORDER_FREE = ['pegawai.csv', 'unit.csv', 'tpp.csv', 'tindak_lanjut.csv'];

/** A seeded shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Header line kept, data lines shuffled (the sample CSVs have no quoted line breaks). */
function shuffleCsvText(text: string, seed: number): string {
  const [header, ...lines] = text.replace(/\n$/, '').split('\n');
  return [header, ...shuffled(lines, seed)].join('\n') + '\n';
}

function readSemicolonCsv(path: string): string[][] {
  return parse(readFileSync(path, 'utf8'), { bom: true, delimiter: ';' });
}

/** The attendance CSV as Excel would save it: dates and times as typed cells, NIPs as text. */
async function presensiAsWorkbook(from: string, to: string, seed: number): Promise<void> {
  const [header, ...rows] = readSemicolonCsv(from);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Rekap Presensi');
  ws.addRow(['REKAP PRESENSI PEGAWAI — OKTOBER 2026']);
  ws.addRow([]);
  ws.addRow(header!);
  for (const row of shuffled(rows, seed)) {
    const added = ws.addRow(
      row.map((value, i) => {
        const column = header![i]!.toLowerCase();
        if (value === '') return null;
        if (column === 'tanggal') {
          const [d, m, y] = value.split('/').map(Number);
          return new Date(Date.UTC(y!, m! - 1, d));
        }
        if (column.startsWith('jam') || column.startsWith('scan')) {
          const [h, min] = value.split(':').map(Number);
          return new Date(Date.UTC(1899, 11, 30, h, min));
        }
        if (column === 'no') return Number(value);
        return value;
      }),
    );
    row.forEach((_, i) => {
      const column = header![i]!.toLowerCase();
      if (column === 'tanggal') added.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      if (column.startsWith('jam') || column.startsWith('scan')) added.getCell(i + 1).numFmt = 'hh:mm';
    });
  }
  await wb.xlsx.writeFile(to);
}

/** The staff workbook saved as a plain CSV. */
async function pegawaiAsCsv(from: string, to: string, seed: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.worksheets[0]!;
  const rows: string[][] = [];
  ws.eachRow((row) => {
    const cells: string[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      // Dates as the day; anything else (text, numbers, rich text, a formula's result) as exceljs shows it.
      cells.push(cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text);
    }
    rows.push(cells);
  });
  const headerAt = rows.findIndex((r) => r.some((c) => c.toLowerCase() === 'nip'));
  writeFileSync(to, stringify([rows[headerAt]!, ...shuffled(rows.slice(headerAt + 1).filter((r) => r.some((c) => c !== '')), seed)]));
}

/**
 * ringkasan.json without its varying fields: the time, and where the inputs and the pack were read
 * from (recorded so a later --rapel finds them; they say where, not what).
 */
function ringkasanWithoutTime(dir: string): string {
  return readFileSync(join(dir, 'ringkasan.json'), 'utf8')
    .replace(/"dibuat_pada": "[^"]*"/, '')
    .replace(/"folder_masukan": "[^"]*"/, '')
    // The workbook holds its creation time, so its hash differs run to run; its figures are the CSVs'.
    .replace(/"kinerja-[^"]*\.xlsx": "[0-9a-f]*"/, '')
    .replace(/,\s*"berkas": "[^"]*"/, '');
}

function run(input: string): { status: number; out: string } {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', input, '--policy', POLICY, '--out', out, '--quiet']);
  return { status: r.status, out };
}

describe('identical data gives byte-identical reports (SPEC §5)', async () => {
  const original = run(CONTOH);

  // The same agency with every row order shuffled, attendance as an XLSX with title rows, the staff
  // workbook as CSV, capaian under another accepted name and perilaku split into two files.
  const variant = tempDir();
  await presensiAsWorkbook(join(CONTOH, 'presensi_oktober_2026.csv'), join(variant, 'presensi.xlsx'), 7);
  await pegawaiAsCsv(join(CONTOH, 'pegawai.xlsx'), join(variant, 'pegawai.csv'), 11);
  writeFileSync(join(variant, 'skp_oktober.csv'), shuffleCsvText(readFileSync(join(CONTOH, 'capaian_skp.csv'), 'utf8'), 13));
  const perilaku = shuffleCsvText(readFileSync(join(CONTOH, 'perilaku.csv'), 'utf8'), 17).replace(/\n$/, '').split('\n');
  const half = Math.floor(perilaku.length / 2);
  writeFileSync(join(variant, 'perilaku_bidang_1.csv'), perilaku.slice(0, half).join('\n') + '\n');
  writeFileSync(join(variant, 'perilaku_bidang_2.csv'), [perilaku[0], ...perilaku.slice(half)].join('\n') + '\n');
  writeFileSync(join(variant, 'unit.csv'), shuffleCsvText(readFileSync(join(CONTOH, 'unit.csv'), 'utf8'), 19));
  writeFileSync(join(variant, 'hukdis.csv'), shuffleCsvText(readFileSync(join(CONTOH, 'hukdis.csv'), 'utf8'), 23));
  writeFileSync(join(variant, 'mutasi.csv'), readFileSync(join(CONTOH, 'mutasi_oktober_2026.csv'), 'utf8').replace(/\r\n/g, '\n'));
  // The roster under another name with its rows shuffled (the title row above the header stays on top).
  const [title, head, ...roster] = readFileSync(join(CONTOH, 'jadwal_oktober_2026.csv'), 'utf8').replace(/\r\n$/, '').split('\r\n');
  writeFileSync(join(variant, 'roster_puskesmas.csv'), [title, ...shuffleCsvText([head, ...roster].join('\n') + '\n', 29).replace(/\n$/, '').split('\n')].join('\n') + '\n');
  writeFileSync(join(variant, 'plt.csv'), readFileSync(join(CONTOH, 'plt_oktober_2026.csv'), 'utf8'));
  const reshaped = run(variant);

  it('both runs succeed, the second from the reshaped files', () => {
    expect([original.status, reshaped.status]).toEqual([0, 0]);
    const files = readRingkasan(reshaped.out).berkas.map((b) => `${b.nama}:${b.dipakai > 0}`);
    expect(files.sort()).toEqual(['hukdis.csv:true', 'mutasi.csv:true', 'pegawai.csv:true', 'perilaku_bidang_1.csv:true', 'perilaku_bidang_2.csv:true', 'plt.csv:true', 'presensi.xlsx:true', 'roster_puskesmas.csv:true', 'skp_oktober.csv:true', 'unit.csv:true']);
  });

  it.each(ROW_ORDER_FREE)('%s does not depend on row order, file names or formats', (file) => {
    const a = readFileSync(join(original.out, file));
    const b = readFileSync(join(reshaped.out, file));
    expect(b.toString('utf8')).toBe(a.toString('utf8'));
  });

  it('a second run on the same files repeats validasi.csv and ringkasan.json, except dibuat_pada', () => {
    const again = run(CONTOH);
    expect(readFileSync(join(again.out, 'validasi.csv'))).toEqual(readFileSync(join(original.out, 'validasi.csv')));
    expect(ringkasanWithoutTime(again.out)).toBe(ringkasanWithoutTime(original.out));
    for (const f of ROW_ORDER_FREE) expect(readFileSync(join(again.out, f)), f).toEqual(readFileSync(join(original.out, f)));
  });

  it('the copy in another folder reads the same (file hashes, not paths, identify inputs)', () => {
    const copy = tempDir();
    // Every file, README and rule pack included: ringkasan.json lists the folder's files not used.
    for (const f of readdirSync(CONTOH)) copyFileSync(join(CONTOH, f), join(copy, f));
    const moved = run(copy);
    expect(ringkasanWithoutTime(moved.out)).toBe(ringkasanWithoutTime(original.out));
  });
});

// Writes the reader fixtures derived from fixtures/worked-example: the same agency exported the ways
// offices export it. Its output is committed; rerun it (needs LibreOffice's soffice) after changing it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const SRC = 'fixtures/worked-example';
const readCsv = (name) =>
  readFileSync(join(SRC, name), 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(','));
const [pegawaiHead, ...pegawai] = readCsv('pegawai.csv');
const [presensiHead, ...presensi] = readCsv('presensi.csv');
const [capaianHead, ...capaian] = readCsv('capaian.csv');
const [perilakuHead, ...perilaku] = readCsv('perilaku.csv');
void pegawaiHead;
void presensiHead;
void capaianHead;

const dmy = (iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const rp = (n) => `Rp ${Number(n).toLocaleString('id-ID')}`;

// 1. Indonesian Excel CSV: `;`, decimal comma, BOM, dd/mm/yyyy, Rp amounts, title and JUMLAH rows.
function indonesianCsv() {
  const dir = 'fixtures/csv-excel-indonesia';
  mkdirSync(dir, { recursive: true });
  const bom = '\uFEFF';
  const lines = (rows) => bom + rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
  writeFileSync(
    join(dir, 'pegawai.csv'),
    lines([
      ['DATA PEGAWAI BKPSDM KABUPATEN CONTOH', '', '', '', '', '', '', '', ''],
      ['NIP', 'Nama Pegawai', 'Unit Kerja', 'Nama Jabatan', 'Golru', 'Status Pegawai', 'Besaran TPP', 'Gaji Bruto', 'TMT Masuk'],
      ...pegawai.map((r) => [`'${r[0]}`, r[1], r[2], r[3], r[4], r[5], rp(r[6]), rp(r[7]), r[8] ? dmy(r[8]) : '']),
      ['JUMLAH', '', '', '', '', '', rp(pegawai.reduce((s, r) => s + Number(r[6]), 0)), '', ''],
    ]),
  );
  writeFileSync(
    join(dir, 'presensi.csv'),
    lines([['NIP', 'Tanggal', 'Jam Masuk', 'Jam Pulang', 'Keterangan'], ...presensi.map((r) => [r[0], dmy(r[1]), r[2].replace(':', '.'), r[3].replace(':', '.'), r[4]])]),
  );
  writeFileSync(
    join(dir, 'capaian.csv'),
    lines([
      ['NIP', 'Rencana Hasil Kerja', 'Target', 'Realisasi', 'Bobot', 'Arah', 'Jenis', 'Satuan'],
      ...capaian.map((r) => [r[0], r[1], `${r[2]},0`, `${r[3]},0`, '33,33%', r[5], r[6], 'Dokumen']),
    ]),
  );
  writeFileSync(join(dir, 'perilaku.csv'), lines([perilakuHead, ...perilaku]));
}

// 2. "Unicode Text" from Excel: UTF-16 LE with BOM, tab separated.
function utf16() {
  const dir = 'fixtures/teks-utf16';
  mkdirSync(dir, { recursive: true });
  const write = (name, head, rows) => {
    const text = [head, ...rows].map((r) => r.join('\t')).join('\r\n') + '\r\n';
    writeFileSync(join(dir, name), Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
  };
  write('pegawai.txt', ['NIP', 'Nama', 'Unit', 'Jabatan', 'Golongan', 'Status', 'TPP Pagu', 'Gaji', 'TMT Masuk'], pegawai);
  write('presensi.txt', ['NIP', 'Tanggal', 'Jam Masuk', 'Jam Pulang', 'Kode'], presensi);
  write('capaian.txt', ['NIP', 'Indikator', 'Target', 'Realisasi', 'Bobot', 'Arah', 'Jenis'], capaian);
  write('perilaku.txt', perilakuHead, perilaku);
}

// 3. XLSX with title rows above the header, Date and time cells, a formula, a number stored as text;
//    built with exceljs, then saved again by LibreOffice so the reader meets a real office file.
async function xlsxWithTitles() {
  const dir = 'fixtures/xlsx-baris-judul';
  mkdirSync(dir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'kinerja-fx-'));
  const utcDate = (iso) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
  const timeFraction = (hhmm) => (hhmm ? (Number(hhmm.slice(0, 2)) * 3600 + Number(hhmm.slice(3, 5)) * 60) / 86400 : null);

  const book = async (name, build) => {
    const wb = new ExcelJS.Workbook();
    build(wb);
    const path = join(tmp, name);
    await wb.xlsx.writeFile(path);
    execFileSync('soffice', ['--headless', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', dir, path], { stdio: 'ignore' });
  };

  await book('pegawai.xlsx', (wb) => {
    const ws = wb.addWorksheet('Data Pegawai');
    ws.addRow(['DAFTAR PEGAWAI PENERIMA TPP']);
    ws.mergeCells('A1:I1');
    ws.addRow(['Keadaan per 1 Oktober 2026']);
    ws.addRow([]);
    ws.addRow(['NIP', 'Nama', 'Unit', 'Jabatan', 'Golongan', 'Status', 'TPP Pagu', 'Gaji', 'TMT Masuk']);
    pegawai.forEach((r, i) => {
      const row = ws.addRow([r[0], r[1], r[2], r[3], r[4], r[5], i === 0 ? '5.000.000' : Number(r[6]), Number(r[7]), r[8] ? utcDate(r[8]) : null]);
      row.getCell(1).numFmt = '@';
      row.getCell(9).numFmt = 'dd/mm/yyyy';
    });
  });
  await book('presensi.xlsx', (wb) => {
    const ws = wb.addWorksheet('Rekap');
    ws.addRow(['LAPORAN KEHADIRAN OKTOBER 2026']);
    ws.addRow(['NIP', 'Tanggal', 'Scan Masuk', 'Scan Pulang', 'Keterangan']);
    for (const r of presensi) {
      const row = ws.addRow([r[0], utcDate(r[1]), timeFraction(r[2]), timeFraction(r[3]), r[4] || null]);
      row.getCell(1).numFmt = '@';
      row.getCell(2).numFmt = 'dd/mm/yyyy';
      row.getCell(3).numFmt = 'hh:mm';
      row.getCell(4).numFmt = 'hh:mm';
    }
  });
  await book('capaian.xlsx', (wb) => {
    const ws = wb.addWorksheet('SKP');
    ws.addRow(['CAPAIAN SKP BULAN OKTOBER 2026']);
    ws.addRow([]);
    ws.addRow(['NIP', 'Indikator', 'Target', 'Realisasi', 'Bobot', 'Arah', 'Jenis']);
    for (const r of capaian) {
      const realisasi = Number(r[3]);
      // A cached formula result, as offices often compute realisasi in the sheet.
      const row = ws.addRow([r[0], r[1], Number(r[2]), { formula: `${realisasi / 2}*2`, result: realisasi }, Number(r[4]), r[5], r[6]]);
      row.getCell(1).numFmt = '@';
    }
  });
  await book('perilaku.xlsx', (wb) => {
    const ws = wb.addWorksheet('Perilaku');
    ws.addRow(perilakuHead);
    for (const r of perilaku) {
      const row = ws.addRow([r[0], r[1], r[2], ...r.slice(3).map(Number)]);
      row.getCell(1).numFmt = '@';
      row.getCell(2).numFmt = '@';
    }
  });
  rmSync(tmp, { recursive: true, force: true });
}

indonesianCsv();
utf16();
await xlsxWithTitles();
console.log('fixtures written');

// 5. Identifiers damaged by a spreadsheet: a NIP and account numbers typed into number cells.
async function numericIdentifiers() {
  const dir = 'fixtures/nip-angka-xlsx';
  mkdirSync(dir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'kinerja-fx-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.addRow(['NIP', 'Nama', 'Unit', 'Golongan', 'Status', 'TPP Pagu', 'Gaji', 'Nomor Rekening']);
  ws.addRow([198503172010011003, 'Budi Santoso', 'BKPSDM', 'III/c', 'PNS', 5000000, 4200000, '0012345678']);
  ws.addRow(['199203042019031007', 'Kiki Amalia', 'BKPSDM', 'III/a', 'PNS', 4000000, 3500000, 1234567890123456]);
  ws.addRow(['199001152015021002', 'Rina Wulandari', 'BKPSDM', 'III/c', 'PNS', 5000000, 4200000, 12345678]);
  ws.getRow(3).getCell(1).numFmt = '@';
  ws.getRow(4).getCell(1).numFmt = '@';
  const path = join(tmp, 'pegawai.xlsx');
  await wb.xlsx.writeFile(path);
  execFileSync('soffice', ['--headless', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', dir, path], { stdio: 'ignore' });
  rmSync(tmp, { recursive: true, force: true });
}
await numericIdentifiers();

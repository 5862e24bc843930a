// Writes the generated reader fixtures: the worked example exported the ways offices export it, and
// workbooks re-saved by LibreOffice. Output is committed. Usage: node scripts/make-fixtures.mjs [name…]
// (default: all; LibreOffice output differs byte-wise on every run, so regenerate only what changed).
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


// 5. Identifiers damaged by a spreadsheet: a NIP and account numbers typed into number cells.
async function numericIdentifiers() {
  const dir = 'fixtures/nip-angka-xlsx';
  mkdirSync(dir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'kinerja-fx-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Pegawai');
  ws.addRow(['NIP', 'Nama', 'Unit', 'Golongan', 'Status', 'TPP Pagu', 'Gaji', 'Nomor Rekening']);
  // eslint-disable-next-line no-loss-of-precision -- an 18-digit NIP typed as a number: the damage this fixture shows
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

// 6. One agency whose days are all plain H, as a daily log and as a raw ZKTeco punch log
//    (headerless, tab-separated, zero-padded PINs, repeated and mid-day scans): results must match.
function punchLogPair() {
  const staff = [
    ['198503172010011003', 'Budi Santoso', '1'],
    ['199001152015021002', 'Rina Wulandari', '27'],
    ['197805062003121001', 'Agus Salim', '305'],
  ];
  const pegawai = ['nip,nama,unit,golongan,status,tpp_pagu,gaji,pin', ...staff.map(([nip, nama, pin]) => `${nip},${nama},BKPSDM,III/c,PNS,5000000,4200000,${pin}`)].join('\n') + '\n';
  const daily = ['nip,tanggal,jam_masuk,jam_pulang'];
  const punch = [];
  let seed = 7;
  const rnd = (n) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const hhmmss = (s) => [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60].map((v) => String(v).padStart(2, '0')).join(':');
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(2026, 9, d));
    const wd = date.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    const iso = date.toISOString().slice(0, 10);
    staff.forEach(([nip, , pin], i) => {
      const late = rnd(10) === 0 ? 60 * (5 + rnd(100)) : 0;
      const masuk = 7 * 3600 + 15 * 60 + rnd(14 * 60) + late;
      const end = wd === 5 ? 16.5 * 3600 : 16 * 3600;
      const early = rnd(12) === 0 ? 60 * (3 + rnd(70)) : 0;
      const pulang = end + rnd(40 * 60) - early - (early ? 40 * 60 : 0);
      daily.push(`${nip},${iso},${hhmmss(masuk)},${hhmmss(pulang)}`);
      const padded = pin.padStart(5, '0');
      punch.push(`${padded}\t${iso} ${hhmmss(masuk)}\t0\t1\t0\t0`);
      if (rnd(3) === 0) punch.push(`${padded}\t${iso} ${hhmmss(masuk)}\t0\t1\t0\t0`);
      if (rnd(2) === 0) punch.push(`${padded}\t${iso} ${hhmmss(12 * 3600 + rnd(3600))}\t2\t1\t0\t0`);
      punch.push(`${padded}\t${iso} ${hhmmss(pulang)}\t1\t1\t0\t0`);
      void i;
    });
  }
  // Scans arrive in machine order, not employee order.
  punch.sort((a, b) => (a.split('\t')[1] < b.split('\t')[1] ? -1 : 1));
  const common = (dir) => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'pegawai.csv'), pegawai);
    writeFileSync(join(dir, 'capaian.csv'), ['nip,indikator,target,realisasi', ...staff.map(([nip]) => `${nip},Laporan selesai,10,10`)].join('\n') + '\n');
    writeFileSync(join(dir, 'perilaku.csv'), ['nip,penilai_nip,berorientasi_pelayanan,akuntabel,kompeten,harmonis,loyal,adaptif,kolaboratif', ...staff.map(([nip]) => `${nip},196805121990031002,85,85,85,85,85,85,85`)].join('\n') + '\n');
  };
  common('fixtures/setara-log-harian');
  writeFileSync('fixtures/setara-log-harian/presensi.csv', daily.join('\n') + '\n');
  common('fixtures/setara-log-mesin');
  writeFileSync('fixtures/setara-log-mesin/1_attlog.dat', punch.map((l) => `  ${l}`).join('\r\n') + '\r\n');
}

// 7. BKN e-Kinerja "Laporan Penilaian SKP": title block, header on row 8, upper-case ratings, "-" for
//    not assessed, Plt/Plh rows, another month's rows and a NIP twice after a transfer.
async function penilaianBkn() {
  const dir = 'fixtures/penilaian-bkn';
  mkdirSync(dir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'kinerja-fx-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['LAPORAN PENILAIAN SKP TAHUN 2026']);
  ws.addRow(['Instansi: Pemerintah Kabupaten Contoh']);
  ws.addRow([]);
  ws.addRow(['Periode: Oktober']);
  ws.addRow([]);
  ws.addRow(['Waktu update: 2026-11-03 08:15:00']);
  ws.addRow([]);
  const head = ['jenis', 'id', 'nip', 'nama', 'periode_awal_skp', 'periode_akhir_skp', 'skp_unor', 'is_skp_plt_plh_pjb', 'hasil_kerja', 'perilaku_kerja', 'hasil_akhir', 'bulan_skp'];
  ws.addRow(head);
  const rows = [
    ['pns', 'a1', '198503172010011003', 'Budi Santoso', '2026-01-01', '2026-12-31', 'BKPSDM', '0', 'DIATAS EKSPEKTASI', 'DIATAS EKSPEKTASI', 'SANGAT BAIK', 'okt'],
    ['pns', 'a2', '198503172010011003', 'Budi Santoso', '2026-01-01', '2026-12-31', 'BAPPEDA', '1', 'SESUAI EKSPEKTASI', 'SESUAI EKSPEKTASI', 'BAIK', 'okt'],
    ['pns', 'a3', '199001152015021002', 'Rina Wulandari', '2026-01-01', '2026-06-30', 'DINKES', '0', 'DIBAWAH EKSPEKTASI', 'SESUAI EKSPEKTASI', 'BUTUH PERBAIKAN', 'okt'],
    ['pns', 'a4', '199001152015021002', 'Rina Wulandari', '2026-07-01', '2026-12-31', 'BKPSDM', '0', 'SESUAI EKSPEKTASI', 'DIBAWAH EKSPEKTASI', 'KURANG / MISCONDUCT', 'okt'],
    ['pns', 'a5', '197805062003121001', 'Agus Salim', '2026-01-01', '2026-12-31', 'BKPSDM', '0', '-', '-', '-', 'okt'],
    ['pns', 'a6', '197805062003121001', 'Agus Salim', '2026-01-01', '2026-12-31', 'BKPSDM', '0', 'SESUAI EKSPEKTASI', 'SESUAI EKSPEKTASI', 'BAIK', 'sep'],
    ['pppk', 'a7', '199505102023212001', 'Hana Pertiwi', '2026-01-01', '2026-12-31', 'BKPSDM', '0', 'SESUAI EKSPEKTASI', 'DIATAS EKSPEKTASI', 'SANGAT BAIK', 'okt'],
    ['pppk', 'a8', '199505102023212001', 'Hana Pertiwi', '2026-01-01', '2026-12-31', 'BKPSDM', '0', 'DIATAS EKSPEKTASI', 'DIATAS EKSPEKTASI', 'SANGAT BAIK', 'okt'],
  ];
  for (const r of rows) {
    const row = ws.addRow(r);
    row.getCell(3).numFmt = '@';
  }
  const path = join(tmp, 'laporan_penilaian_skp.xlsx');
  await wb.xlsx.writeFile(path);
  execFileSync('soffice', ['--headless', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', dir, path], { stdio: 'ignore' });
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(
    join(dir, 'pegawai.csv'),
    'nip,nama,unit,golongan,status,tpp_pagu,gaji\n' +
      '198503172010011003,Budi Santoso,BKPSDM,III/c,PNS,5000000,4200000\n' +
      '199001152015021002,Rina Wulandari,BKPSDM,III/c,PNS,5000000,4200000\n' +
      '197805062003121001,Agus Salim,BKPSDM,III/d,PNS,5000000,4200000\n' +
      '199505102023212001,Hana Pertiwi,BKPSDM,IX,PPPK,3000000,3200000\n',
  );
  writeFileSync(
    join(dir, 'presensi.csv'),
    'nip,tanggal,kode\n' +
      ['198503172010011003', '199001152015021002', '197805062003121001', '199505102023212001'].flatMap((nip) => ['01', '02'].map((d) => `${nip},2026-10-${d},H`)).join('\n') +
      '\n',
  );
}

// 8. An XLSX from an old Mac Excel (1904 date system) with serial dates, General-format time fractions
//    and numbers stored as text, re-saved by LibreOffice.
async function xlsx1904() {
  const dir = 'fixtures/xlsx-1904-angka-teks';
  mkdirSync(dir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'kinerja-fx-'));
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet('Presensi');
  ws.addRow(['NIP', 'Tanggal', 'Jam Masuk', 'Jam Pulang']);
  const serial1904 = (d) => Date.UTC(2026, 9, d) / 86400000 - Date.UTC(1904, 0, 1) / 86400000;
  for (let d = 1; d <= 31; d++) {
    const wd = new Date(Date.UTC(2026, 9, d)).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    // Leave times vary past the end of the day (a column of schedule times would stop the run).
    const row = ws.addRow(['198503172010011003', serial1904(d), (7 * 3600 + 45 * 60) / 86400, `${wd === 5 ? '16:3' : '16:0'}${d % 10}`]);
    row.getCell(1).numFmt = '@';
  }
  const path = join(tmp, 'presensi.xlsx');
  await wb.xlsx.writeFile(path);
  const wb2 = new ExcelJS.Workbook();
  const ws2 = wb2.addWorksheet('Pegawai');
  ws2.addRow(['NIP', 'Nama', 'Unit', 'Golongan', 'Status', 'TPP Pagu', 'Gaji']);
  const r = ws2.addRow(['198503172010011003', 'Budi Santoso', 'BKPSDM', 'III/c', 'PNS', '5.000.000', '4.200.000']);
  r.getCell(1).numFmt = '@';
  const path2 = join(tmp, 'pegawai.xlsx');
  await wb2.xlsx.writeFile(path2);
  for (const p of [path, path2]) execFileSync('soffice', ['--headless', '--calc', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', dir, p], { stdio: 'ignore' });
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(join(dir, 'capaian.csv'), 'nip,indikator,target,realisasi\n198503172010011003,Laporan,10,10\n');
  writeFileSync(join(dir, 'perilaku.csv'), 'nip,berorientasi_pelayanan,akuntabel,kompeten,harmonis,loyal,adaptif,kolaboratif\n198503172010011003,85,85,85,85,85,85,85\n');
}

const GENERATORS = {
  'csv-excel-indonesia': indonesianCsv,
  'teks-utf16': utf16,
  'xlsx-baris-judul': xlsxWithTitles,
  'nip-angka-xlsx': numericIdentifiers,
  setara: punchLogPair,
  'penilaian-bkn': penilaianBkn,
  'xlsx-1904-angka-teks': xlsx1904,
};
const wanted = process.argv.slice(2);
for (const name of wanted.length > 0 ? wanted : Object.keys(GENERATORS)) {
  if (!GENERATORS[name]) throw new Error(`unknown fixture ${name}; known: ${Object.keys(GENERATORS).join(', ')}`);
  await GENERATORS[name]();
  console.log(`written: ${name}`);
}

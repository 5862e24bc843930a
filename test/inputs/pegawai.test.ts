import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingCollector, stopsRun } from '../../src/findings.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { readPresensi } from '../../src/inputs/presensi.js';
import { buildDayCodeTable } from '../../src/rules/day-codes.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { aPack } from '../helpers/builders.js';
import { openTable } from '../../src/readers/open-table.js';
import { fixtureTable } from './read-input-helpers.js';

const period = { year: 2026, month: 10 };
const pack = aPack();

/** Writes `lines` as a staff file `name` in a fresh folder and reads it: the table and the findings. */
async function readStaffLines(lines: string[], name = 'pegawai.csv', p = pack) {
  const file = join(mkdtempSync(join(tmpdir(), 'kinerja-pegawai-')), name);
  writeFileSync(file, lines.join('\n'));
  const findings = new FindingCollector();
  const pegawai = await readPegawai([await openTable(file)], p, period, findings);
  return { pegawai, findings };
}

describe('pegawai: NIPs as text with the SPEC §2.5 checks (fixtures/nip-rusak)', async () => {
  const findings = new FindingCollector();
  const pegawai = await readPegawai(await fixtureTable('nip-rusak', 'pegawai.csv'), pack, period, findings);
  const byCode = (code: string) => findings.sorted().filter((f) => f.code === code);

  it('reads NIPs with an apostrophe or display spaces', () => {
    expect(pegawai.byNip.has('199203042019031007')).toBe(true);
    expect(pegawai.byNip.has('199203042019031008')).toBe(true);
  });

  it('a NIP in scientific notation is NIP_TERPOTONG and the employee stays, held, under the NIP as written', () => {
    expect(byCode('NIP_TERPOTONG').map((f) => [f.row, f.column, f.value])).toEqual([[3, 'nip', '1.98503E+17']]);
    expect(pegawai.byNip.get('1.98503E+17')?.nama).toBe('Ani Lestari');
    expect(findings.isHeld('1.98503E+17')).toBe(true);
  });

  it('17 digits is NIP_FORMAT', () => {
    expect(byCode('NIP_FORMAT').map((f) => [f.row, f.nip])).toEqual([[4, '19850317201001100']]);
  });

  it.each([
    [5, 'tanggal lahir (digit 1-8)'],
    [6, 'TMT CPNS (digit 9-14)'],
    [7, 'jenis kelamin (digit 15)'],
    [8, 'nomor urut (digit 16-18)'],
    [14, 'tanggal lahir (digit 1-8)'],
  ])('row %i: NIP_TIDAK_VALID names the bad part (%s)', (row, part) => {
    expect(byCode('NIP_TIDAK_VALID').find((f) => f.row === row)?.params['part_id']).toBe(part);
  });

  it('PPPK numbers: digits 13-14 are not a month; outside 21..29 only a warning', () => {
    expect(byCode('NIP_TIDAK_VALID').some((f) => f.nip === '199505102023212001')).toBe(false);
    expect(byCode('NIP_PPPK_KODE').map((f) => [f.level, f.nip])).toEqual([['peringatan', '199505102023092003']]);
    expect(findings.isHeld('199505102023092003')).toBe(false);
  });

  it('a NIP on two rows holds that employee with NIP_GANDA on every copy, first copy shown', () => {
    // Copies fold into one finding per NIP and file (SPEC §2.3), which lists every copy's row.
    const ganda = byCode('NIP_GANDA');
    expect(ganda.map((f) => [f.row, f.count, f.params['rows']])).toEqual([[2, 2, '2, 11']]);
    expect(pegawai.byNip.get('198503172010011003')?.nama).toBe('Budi Santoso');
    expect(findings.isHeld('198503172010011003')).toBe(true);
  });

  it('accounts for every row', () => {
    const l = pegawai.ledgers[0]!;
    expect(l.read).toBe(14);
    expect(l.read).toBe(l.used + l.rejected + l.ignored + l.skipped);
    expect(l.skipped).toBe(1);
    // valid: Kiki, Lukman, Hana, Joko (warning only)
    expect(l.used).toBe(4);
  });

  it('a damaged NIP in presensi holds every employee it may belong to; unknown NIPs are ignored', async () => {
    const calendar = buildCalendar(period, pack, []);
    const codes = buildDayCodeTable(pack.presensi.kode);
    const f2 = new FindingCollector();
    const { ledgers } = await readPresensi(await fixtureTable('nip-rusak', 'presensi.csv'), { pegawai, calendar, pack, codes, period, findings: f2 });
    const terpotong = f2.sorted().find((f) => f.code === 'NIP_TERPOTONG')!;
    expect(terpotong).toMatchObject({ row: 3, column: 'nip' });
    expect(String(terpotong.params['candidates'])).toContain('198503172010011003');
    expect(f2.isHeld('198503172010011003')).toBe(true);
    const unknown = f2.sorted().find((f) => f.code === 'NIP_TIDAK_DIKENAL')!;
    expect(unknown).toMatchObject({ nip: '199203042019031099', count: 2, row: 4, level: 'peringatan' });
    expect(ledgers[0]).toMatchObject({ read: 5, used: 1, rejected: 1, ignored: 2, skipped: 1 });
  });
});

describe('pegawai from a LibreOffice workbook with number cells (fixtures/nip-angka-xlsx)', async () => {
  const findings = new FindingCollector();
  await readPegawai(await fixtureTable('nip-angka-xlsx', 'pegawai.xlsx'), pack, period, findings);
  const codes = findings.sorted().map((f) => [f.code, f.row, f.column]);

  it('a NIP from a numeric cell is NIP_TERPOTONG', () => {
    expect(codes).toContainEqual(['NIP_TERPOTONG', 2, 'NIP']);
  });

  it('an account number of 16 digits from a numeric cell is REKENING_TERPOTONG; shorter ones a warning', () => {
    expect(codes).toContainEqual(['REKENING_TERPOTONG', 3, 'Nomor Rekening']);
    expect(codes).toContainEqual(['REKENING_ANGKA', 4, 'Nomor Rekening']);
  });

  it('masks account numbers in findings', () => {
    const values = findings.sorted().filter((f) => f.code.startsWith('REKENING')).map((f) => f.value);
    // LibreOffice kept 15 significant digits of 1234567890123456: the damage the finding is about.
    expect(values).toEqual(['************3460', '****5678']);
  });
});

describe('pegawai: jenjang_jf (angka kredit in the year recap; pay does not use it)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-jenjang-'));
  const file = join(dir, 'pegawai.csv');
  writeFileSync(
    file,
    [
      'nip,nama,unit,status,golongan,kelas_jabatan,tpp_pagu,jenjang_fungsional',
      '198503172010011003,Budi,U1,PNS,III/a,9,5000000,Ahli Pertama',
      '198604182011012004,Sari,U1,PNS,III/a,9,5000000,ahli-madya',
      '198705192012011005,Dodi,U1,PNS,III/a,9,5000000,Ahli Sedang',
      '198806202013012006,Rina,U1,PNS,III/a,9,5000000,',
    ].join('\n'),
  );
  const findings = new FindingCollector();
  const pegawai = await readPegawai([await openTable(file)], pack, period, findings);

  it('reads the jenjang as people write it, under an alias header', () => {
    expect(['198503172010011003', '198604182011012004', '198806202013012006'].map((n) => pegawai.byNip.get(n)?.jenjangJf)).toEqual(['AHLI_PERTAMA', 'AHLI_MADYA', undefined]);
  });

  it('an unknown jenjang is a warning on that row (column as the file names it) and holds nobody', () => {
    const found = findings.sorted().filter((f) => f.code === 'JENJANG_JF_TIDAK_DIKENAL');
    expect(found.map((f) => [f.level, f.row, f.column, f.value])).toEqual([['peringatan', 4, 'jenjang_fungsional', 'Ahli Sedang']]);
    expect(findings.isHeld('198705192012011005')).toBe(false);
    expect(pegawai.byNip.get('198705192012011005')?.jenjangJf).toBeUndefined();
  });
});

describe('pegawai: iuran_pensiun is read only for December under TER with the annual recalculation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-iuran-'));
  const file = join(dir, 'pegawai.csv');
  writeFileSync(
    file,
    [
      'nip;nama;unit;status;golongan;kelas_jabatan;tpp_pagu;penghasilan_bruto;status_ptkp;Iuran Pensiun/THT',
      '198503172010011003;Budi;U1;PNS;III/a;9;5000000;6.500.000;TK/0;476.000',
      '198604182011012004;Sari;U1;PNS;III/a;9;5000000;6.500.000;TK/0;abc',
      '198705192023211005;Dodi;U1;PPPK;IX;9;5000000;6.500.000;TK/0;0',
      '198806202013012006;Rina;U1;PNS;III/a;9;5000000;6.500.000;TK/0;476.000,00',
      // One digit too many: 73 % of the income, above the pack's 10 %.
      '198907212014012007;Tono;U1;PNS;III/a;9;5000000;6.500.000;TK/0;4.760.000',
    ].join('\n'),
  );
  const ter = aPack({ pajak: { metode: 'ter' } });
  const read = async (month: number, p = ter) => {
    const findings = new FindingCollector();
    const pegawai = await readPegawai([await openTable(file)], p, { year: 2026, month }, findings);
    return { pegawai, findings, codes: findings.sorted().map((f) => [f.code, f.row]) };
  };

  it('November: the column is not read, so an unreadable cell holds nobody', async () => {
    const { pegawai, findings, codes } = await read(11);
    expect(codes).toEqual([]);
    expect(findings.isHeld('198604182011012004')).toBe(false);
    expect(pegawai.byNip.get('198503172010011003')?.iuranPensiun).toBeUndefined();
    expect(pegawai.tanpaIuranPensiun).toBeUndefined();
  });

  it('December: read in Indonesian notation; unreadable or above the income holds that employee', async () => {
    const { pegawai, findings, codes } = await read(12);
    expect(pegawai.tanpaIuranPensiun).toBeUndefined();
    expect(['198503172010011003', '198705192023211005', '198806202013012006'].map((n) => pegawai.byNip.get(n)?.iuranPensiun)).toEqual([476_000, 0, 476_000]);
    const wajar = findings.sorted().find((f) => f.code === 'IURAN_PENSIUN_TIDAK_WAJAR')!;
    // 2–10 % of penghasilan_bruto 6,500,000 (no gaji column): 130,000 .. 650,000.
    expect([wajar.column, wajar.value, wajar.params['bawah'], wajar.params['atas']]).toEqual(['Iuran Pensiun/THT', '4.760.000', 130_000, 650_000]);
    expect(codes).toEqual([['ANGKA_TIDAK_VALID', 3], ['IURAN_PENSIUN_TIDAK_WAJAR', 6]]);
    expect(findings.isHeld('198604182011012004')).toBe(true);
    expect(findings.isHeld('198907212014012007')).toBe(true);
    // Written but not read: null, so December does not also call the cell empty.
    expect(['198604182011012004', '198907212014012007'].map((n) => pegawai.byNip.get(n)?.iuranPensiun)).toEqual([null, null]);
  });

  it('December with pajak.desember: ter (or the golongan rates): not read', async () => {
    expect((await read(12, aPack({ pajak: { metode: 'ter', desember: 'ter' } }))).codes).toEqual([]);
    expect((await read(12, pack)).pegawai.tanpaIuranPensiun).toBeUndefined();
  });

  it('December, two rows of a post change within the month that disagree on it: held, since one amount stands for the year', async () => {
    const rows = join(dir, 'pegawai-mutasi.csv');
    writeFileSync(
      rows,
      [
        'nip;nama;unit;status;golongan;kelas_jabatan;tpp_pagu;gaji;status_ptkp;tmt_mulai;tmt_selesai;iuran_pensiun',
        '199001152015021002;Rina;U1;PNS;III/a;9;5000000;4200000;TK/0;2026-12-01;2026-12-15;336000',
        '199001152015021002;Rina;U2;PNS;III/a;9;5000000;4200000;TK/0;2026-12-16;2026-12-31;0',
      ].join('\n'),
    );
    const findings = new FindingCollector();
    await readPegawai([await openTable(rows)], ter, { year: 2026, month: 12 }, findings);
    expect(findings.sorted().filter((f) => f.code === 'SEGMEN_TIDAK_SERASI').map((f) => [f.column, f.params['values']])).toEqual([['iuran_pensiun', '336000 / 0']]);
    expect(findings.isHeld('199001152015021002')).toBe(true);
  });

  it('December, a file without the column: named with its look-alike header; nobody is marked empty', async () => {
    const other = join(dir, 'pegawai-iwp.csv');
    writeFileSync(other, ['nip;nama;unit;status;golongan;kelas_jabatan;tpp_pagu;penghasilan_bruto;status_ptkp;IWP (Rp)', '199001152015021002;Rina;U1;PNS;III/a;9;5000000;6.500.000;TK/0;476.000'].join('\n'));
    const pegawai = await readPegawai([await openTable(other)], ter, { year: 2026, month: 12 }, new FindingCollector());
    expect(pegawai.tanpaIuranPensiun).toEqual({ berkas: ['pegawai-iwp.csv'], kolomMirip: ['IWP (Rp)'] });
    expect(pegawai.byNip.get('199001152015021002')?.iuranPensiunKosong).toBeUndefined();
  });
});

describe('pegawai: a value split on the separator (BARIS_KOLOM_BERLEBIH)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-berlebih-'));

  it('an unquoted 4,200,000 in a comma file holds that row; empty trailing cells and quoted amounts do not', async () => {
    const { pegawai, findings } = await readStaffLines([
      'nip,nama,unit,status,golongan,kelas_jabatan,tpp_pagu,gaji',
      '198503172010011003,Budi,U1,PNS,III/a,9,5000000,4,200,000',
      '198604182011012004,Sari,U1,PNS,III/a,9,5000000,"4,200,000",,',
      '198806202013012006,Rina,U1,PNS,III/a,9,5000000,4200000',
    ]);
    const split = findings.sorted().filter((f) => f.code === 'BARIS_KOLOM_BERLEBIH');
    // The cell the header names holds only "4"; the rest is past the header, in column 9.
    expect(split.map((f) => [f.level, f.row, f.nip, f.column, f.value])).toEqual([['error', 2, '198503172010011003', 'kolom 9', '200']]);
    expect(findings.isHeld('198503172010011003')).toBe(true);
    expect(findings.isHeld('198604182011012004')).toBe(false);
    expect(findings.isHeld('198806202013012006')).toBe(false);
    expect(pegawai.byNip.get('198806202013012006')?.nama).toBe('Rina');
  });

  it('a workbook cannot split a value: cells right of the header are not read as a split', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Pegawai');
    ws.addRow(['nip', 'nama', 'unit', 'status', 'golongan', 'kelas_jabatan', 'tpp_pagu']);
    ws.addRow(['198503172010011003', 'Budi', 'U1', 'PNS', 'III/a', 9, 5000000, 'catatan lepas']);
    const file = join(dir, 'pegawai.xlsx');
    await wb.xlsx.writeFile(file);
    const findings = new FindingCollector();
    await readPegawai([await openTable(file)], pack, period, findings);
    expect(findings.sorted().filter((f) => f.code === 'BARIS_KOLOM_BERLEBIH')).toEqual([]);
    expect(findings.isHeld('198503172010011003')).toBe(false);
  });
});

describe('pegawai: segment rows must agree on what the month\'s one tax and transfer use', () => {
  const header = 'nip;nama;unit;status;golongan;kelas_jabatan;tpp_pagu;gaji;status_ptkp;nama_bank;nomor_rekening;tmt_mulai;tmt_selesai';
  const read = async (lines: string[]) => {
    const { pegawai, findings } = await readStaffLines([header, ...lines]);
    return { pegawai, findings, serasi: findings.sorted().filter((f) => f.code === 'SEGMEN_TIDAK_SERASI').map((f) => [f.column, f.params['values']]) };
  };

  it('a moved employee whose rows repeat salary, PTKP, grade and account is paid on two segments', async () => {
    const { pegawai, findings, serasi } = await read([
      '198503172010011003;Budi;BKPSDM;PNS;III/c;8;5000000;4200000;K/1;BNI;0123456789;2024-01-01;2026-10-14',
      "198503172010011003;Budi;DISDIK;PNS;III/c;9;6000000;4200000;K/1;BNI;'0123456789;2026-10-15;",
    ]);
    expect(serasi).toEqual([]);
    expect(findings.isHeld('198503172010011003')).toBe(false);
    expect(pegawai.byNip.get('198503172010011003')?.segmen?.map((s) => s.unit)).toEqual(['BKPSDM', 'DISDIK']);
  });

  it('rows that disagree on gaji, status_ptkp, golongan or the account hold the employee; the account is shown masked', async () => {
    const { findings, serasi } = await read([
      '198503172010011003;Budi;BKPSDM;PNS;III/b;8;5000000;4100000;K/0;BNI;0123456789;2024-01-01;2026-10-14',
      '198503172010011003;Budi;DISDIK;PNS;III/c;9;6000000;4200000;K/1;BNI;0987654321;2026-10-15;',
    ]);
    expect(serasi).toEqual([
      ['golongan, gaji, status_ptkp, nomor_rekening', 'golongan: III/b / III/c; gaji: 4100000 / 4200000; status_ptkp: K/0 / K/1; nomor_rekening: ******6789 / ******4321'],
    ]);
    expect(findings.isHeld('198503172010011003')).toBe(true);
  });

  it('an account written on one row only differs too: which transfer was meant is a guess', async () => {
    const { findings, serasi } = await read([
      '198503172010011003;Budi;BKPSDM;PNS;III/c;8;5000000;4200000;K/1;BNI;0123456789;2024-01-01;2026-10-14',
      '198503172010011003;Budi;DISDIK;PNS;III/c;9;6000000;4200000;K/1;;;2026-10-15;',
    ]);
    expect(serasi).toEqual([['nama_bank, nomor_rekening', 'nama_bank: BNI / (kosong); nomor_rekening: ******6789 / (kosong)']]);
    expect(findings.isHeld('198503172010011003')).toBe(true);
  });
});

describe('a file whose rows mostly hold values past the header: the file, not a row (KOLOM_TANPA_JUDUL)', () => {
  const read = async (name: string, lines: string[]) => (await readStaffLines(['nip,nama,unit,status,golongan,kelas_jabatan,tpp_pagu', ...lines], name)).findings.sorted();

  it('every row with its pagu written 5,000,000 unquoted: one stop naming the first row, besides each row held', async () => {
    const found = await read('pegawai-ribuan.csv', [
      '198503172010011003,Budi,U1,PNS,III/a,9,5,000,000',
      '198604182011012004,Sari,U1,PNS,III/a,9,4,500,000',
      '198806202013012006,Rina,U1,PNS,III/a,9,5000000',
    ]);
    const stop = found.filter((f) => f.code === 'KOLOM_TANPA_JUDUL');
    expect(stop.map((f) => [f.file, f.column, f.value, f.params['baris'], f.params['dari'], f.params['contoh']])).toEqual([['pegawai-ribuan.csv', 'kolom 8', '000', 2, 3, 2]]);
    expect(stopsRun('KOLOM_TANPA_JUDUL')).toBe(true);
    expect(found.filter((f) => f.code === 'BARIS_KOLOM_BERLEBIH').map((f) => f.nip)).toEqual(['198503172010011003', '198604182011012004']);
  });

  it('one row of three is that row\'s doubt only: held, the run goes on', async () => {
    const found = await read('pegawai-satu.csv', [
      '198503172010011003,Budi,U1,PNS,III/a,9,5,000,000',
      '198604182011012004,Sari,U1,PNS,III/a,9,4500000',
      '198806202013012006,Rina,U1,PNS,III/a,9,5000000',
    ]);
    expect(found.filter((f) => f.code === 'KOLOM_TANPA_JUDUL')).toEqual([]);
    expect(found.filter((f) => f.code === 'BARIS_KOLOM_BERLEBIH').map((f) => f.nip)).toEqual(['198503172010011003']);
  });
});

describe('pegawai: a money column under another header, and an empty gaji cell', () => {
  const read = async (name: string, lines: string[], p = pack) => (await readStaffLines(lines, name, p)).findings;

  it('"Gaji Pokok (Rp)", "Pagu Pribadi" and "No. Rek" unread while gaji, tpp_pagu and nomor_rekening are missing: one stop each, naming the header', async () => {
    const findings = await read('pegawai-judul.csv', [
      'nip;nama;unit;status;golongan;kelas_jabatan;Pagu Pribadi;Gaji Pokok (Rp);Bank;No. Rek',
      "198503172010011003;Budi;U1;PNS;III/a;9;5000000;4200000;BNI;'0123456789",
    ]);
    const stops = findings.sorted().filter((f) => f.code === 'KOLOM_MIRIP_TIDAK_DIBACA');
    expect(stops.map((f) => [f.column, f.params['field']])).toEqual([
      ['Gaji Pokok (Rp)', 'gaji'],
      ['No. Rek', 'nomor_rekening'],
      ['Pagu Pribadi', 'tpp_pagu'],
    ]);
    expect(stopsRun('KOLOM_MIRIP_TIDAK_DIBACA')).toBe(true);
  });

  it('a mapped field is not looked for again, and tax columns only matter under TER', async () => {
    const findings = await read('pegawai-lengkap.csv', [
      'nip;nama;unit;status;golongan;kelas_jabatan;tpp_pagu;gaji;Gaji Pokok;Penghasilan Lain;PTKP Lama',
      '198503172010011003;Budi;U1;PNS;III/a;9;5000000;4200000;3500000;100000;K/0',
    ]);
    expect(findings.sorted().filter((f) => f.code === 'KOLOM_MIRIP_TIDAK_DIBACA')).toEqual([]);
    const ter = aPack({ pajak: { metode: 'ter' } });
    const underTer = await read('pegawai-ter.csv', ['nip;nama;unit;status;golongan;kelas_jabatan;tpp_pagu;gaji;Penghasilan Lain', '198503172010011003;Budi;U1;PNS;III/a;9;5000000;4200000;100000'], ter);
    expect(underTer.sorted().filter((f) => f.code === 'KOLOM_MIRIP_TIDAK_DIBACA').map((f) => f.params['field'])).toEqual(['penghasilan_bruto']);
  });

  it('an empty gaji cell in a file that gives gaji holds that employee; 0 is a wage of 0, not empty', async () => {
    const findings = await read('pegawai-gaji.csv', [
      'nip;nama;unit;status;golongan;kelas_jabatan;tpp_pagu;gaji',
      '198503172010011003;Budi;U1;PNS;III/a;9;5000000;',
      '198604182011012004;Sari;U1;PNS;III/a;9;5000000;0',
      '198806202013012006;Rina;U1;PNS;III/a;9;5000000;4200000',
    ]);
    expect(findings.sorted().filter((f) => f.code === 'GAJI_SEL_KOSONG').map((f) => [f.level, f.row, f.nip])).toEqual([['error', 2, '198503172010011003']]);
    expect(['198503172010011003', '198604182011012004', '198806202013012006'].map((n) => findings.isHeld(n))).toEqual([true, false, false]);
  });
});

describe('a split row that cannot be held on its own stops the run (BARIS_TERGESER)', () => {
  const read = async (name: string, lines: string[]) => (await readStaffLines(lines, name)).findings.sorted();

  it('a split amount whose shifted cells land in empty optional columns: wider than the header and the other rows, the run stops', async () => {
    const found = await read('pegawai-kosong.csv', [
      'nip,nama,unit,status,golongan,kelas_jabatan,tpp_pagu,gaji,keterangan_x,catatan',
      '198503172010011003,Budi,U1,PNS,III/a,9,5000000,4,200,000,,',
      '198604182011012004,Sari,U1,PNS,III/a,9,5000000,4200000,,',
      '198806202013012006,Rina,U1,PNS,III/a,9,5000000,4200000,,',
    ]);
    expect(found.filter((f) => f.code === 'BARIS_TERGESER').map((f) => [f.row, f.params['baris'], f.params['lebar']])).toEqual([[2, '2', 10]]);
    expect(found.filter((f) => f.code === 'BARIS_KOLOM_BERLEBIH')).toEqual([]);
  });

  it('an exporter that ends every data line with a separator the header lacks is its usual width, not a split', async () => {
    const found = await read('pegawai-ekor.csv', [
      'nip,nama,unit,status,golongan,kelas_jabatan,tpp_pagu,gaji',
      '198503172010011003,Budi,U1,PNS,III/a,9,5000000,4200000,',
      '198604182011012004,Sari,U1,PNS,III/a,9,5000000,4200000,',
    ]);
    expect(found.filter((f) => ['BARIS_TERGESER', 'BARIS_KOLOM_BERLEBIH', 'KOLOM_TANPA_JUDUL'].includes(f.code))).toEqual([]);
  });

  it('with a trailing separator on every line, a split into empty columns far down a large file still stops the run', async () => {
    // Every data line is wider than the header, so each counts as wide: the split is the 10,021st.
    const nips = Array.from({ length: 10_050 }, (_, i) => `198001012005${String(1 + Math.floor(i / 900)).padStart(2, '0')}1${String((i % 900) + 1).padStart(3, '0')}`);
    const found = await read('pegawai-besar.csv', [
      'nip,nama,unit,status,golongan,kelas_jabatan,tpp_pagu,gaji,keterangan_x,catatan',
      ...nips.map((nip, i) => (i === 10_020 ? `${nip},Budi,U1,PNS,III/a,9,5000000,4,200,000,,,` : `${nip},Sari,U1,PNS,III/a,9,5000000,4200000,,,`)),
    ]);
    expect(found.filter((f) => f.code === 'BARIS_TERGESER').map((f) => [f.row, f.params['baris'], f.params['lebar']])).toEqual([[10_022, '10022', 11]]);
  });

  it('a name with a title split left of the NIP: the NIP cell holds no NIP, whose row it is is unknown, the run stops', async () => {
    const found = await read('pegawai-gelar.csv', [
      'nama,nip,unit,status,golongan,kelas_jabatan,tpp_pagu',
      'Budi Santoso, S.Kom,198503172010011003,U1,PNS,III/a,9,5000000',
      'Sari,198604182011012004,U1,PNS,III/a,9,5000000',
      'Rina,198806202013012006,U1,PNS,III/a,9,5000000',
    ]);
    expect(found.filter((f) => f.code === 'BARIS_TERGESER').map((f) => f.params['baris'])).toEqual(['2']);
  });

  it('an account number past the header is shown masked', async () => {
    const found = await read('pegawai-rek.csv', [
      'nip,nama,unit,status,golongan,kelas_jabatan,tpp_pagu,nama_bank',
      '198503172010011003,Budi,U1,PNS,III/a,9,5000000,BNI,0012345678904',
      '198604182011012004,Sari,U1,PNS,III/a,9,5000000,BNI',
      '198806202013012006,Rina,U1,PNS,III/a,9,5000000,BNI',
    ]);
    expect(found.filter((f) => f.code === 'BARIS_KOLOM_BERLEBIH').map((f) => f.value)).toEqual(['0012*****8904']);
  });
});

/**
 * Finance exports through the CLI: bank transfer files in a pack layout (exact bytes), the SIPD
 * nominatif, NIK and NPWP masked on screens and in full in files, a damaged NIK, and the sample
 * agency's exports adding up to ringkasan.json.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';
// SPEC §7 worked example: Budi 4,850,000 − 242,500 − 48,500 = 4,559,000; Rina (15/22 of the month)
// 3,306,819 − 165,340 − 33,068 = 3,108,411.
const BUDI_NETTO = 4_559_000;
const RINA_NETTO = 3_108_411;

/** The worked example with bank, account, NIK and NPWP columns (`rina`: her four cells). */
function workedExample(rina: string): string {
  const dir = tempDir();
  for (const f of ['capaian.csv', 'perilaku.csv', 'presensi.csv']) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
  writeFileSync(
    join(dir, 'pegawai.csv'),
    [
      'nip,nama,unit,jabatan,golongan,status,tpp_pagu,gaji,tmt_masuk,nama_bank,nomor_rekening,nik,npwp',
      `${BUDI},Budi Santoso,BKPSDM,Analis Kepegawaian,III/c,PNS,5000000,4200000,,BRI,0012345678901234,3201010101850001,0912345678901000`,
      `${RINA},Rina Wulandari,BKPSDM,Analis Kepegawaian,III/c,PNS,5000000,4200000,2026-10-12,${rina}`,
      '',
    ].join('\n'),
  );
  return dir;
}

/** A pack whose BRI layout is `;`, no header, `,00` amounts and its own column order. */
function briPack(): string {
  const path = join(tempDir(), 'paket.yaml');
  writeFileSync(
    path,
    [
      'nama: uji-bank',
      'versi: "1"',
      'keuangan:',
      '  bank:',
      '    BRI:',
      '      kolom: [nip, nama, rekening, jumlah, keterangan]',
      '      pemisah: ";"',
      '      judul: false',
      '      format_jumlah: desimal_koma',
      '      keterangan: "TPP BKPSDM {periode}"',
      '',
    ].join('\n'),
  );
  return path;
}

describe('bank files in a pack layout, NIK and NPWP', () => {
  // Rina's bank is written " bri " (case and spaces differ: the same bank); her NIK reached Excel as a number.
  const input = workedExample(' bri ,0098765432,3.2E+15,');
  const out = join(tempDir(), 'hasil');
  const policy = briPack();
  const run = runCli(['run', '--period', '2026-10', '--input', input, '--policy', policy, '--out', out]);

  it('a damaged NIK is a warning on its row, not a hold: exit 0, both paid', () => {
    expect(run.status).toBe(0);
    const nik = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'NIK_TIDAK_VALID');
    expect(nik).toEqual([expect.objectContaining({ tingkat: 'peringatan', berkas: 'pegawai.csv', baris: '3', kolom: 'nik', nip: RINA, nilai: '*******' })]);
    expect(readRingkasan(out).jumlah).toMatchObject({ dibayar: 2, ditahan: 0 });
    expect(run.stderr).toContain('NIK_TIDAK_VALID');
  });

  it('writes the BRI file byte for byte in its layout, both spellings in one file', () => {
    expect(readFileSync(join(out, 'bank_bri.csv'), 'utf8')).toBe(
      `${BUDI};Budi Santoso;0012345678901234;4559000,00;TPP BKPSDM 2026-10\n` + `${RINA};Rina Wulandari;0098765432;3108411,00;TPP BKPSDM 2026-10\n`,
    );
    const r = readRingkasan(out);
    expect(r.bank).toEqual([{ nama: 'BRI', berkas: 'bank_bri.csv', pegawai: 2, jumlah: BUDI_NETTO + RINA_NETTO }]);
    expect(r.total.netto).toBe(BUDI_NETTO + RINA_NETTO);
    expect(r.tanpa_rekening).toEqual({ pegawai: 0, jumlah: 0, nip: [] });
    expect(existsSync(join(out, 'tanpa_rekening.csv'))).toBe(false);
  });

  it('keeps NIK and NPWP in full, as text, in tpp.csv and the workbook; the damaged NIK is left empty', async () => {
    const tpp = readCsv(join(out, 'tpp.csv'));
    expect(tpp.map((r) => [r['nip'], r['nik'], r['npwp'], r['bpjs_pemda']])).toEqual([
      // BPJS pemda 4 % of the gross: 4,850,000 × 4 % = 194,000; 3,306,819 × 4 % = 132,272.76 → 132,273.
      [BUDI, '3201010101850001', '0912345678901000', '194000'],
      [RINA, '', '', '132273'],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'kinerja-2026-10.xlsx'));
    const sheet = wb.getWorksheet('TPP')!;
    const header = (sheet.getRow(3).values as unknown[]).indexOf('NIK');
    expect(header).toBeGreaterThan(0);
    expect(sheet.getRow(4).getCell(header).value).toBe('3201010101850001');
    expect(wb.getWorksheet('SIPD')).toBeDefined();
  });

  it('never shows the NIK or NPWP in full on the terminal; jelaskan masks them', () => {
    for (const full of ['3201010101850001', '0912345678901000']) expect(run.stderr + run.stdout).not.toContain(full);
    const explained = runCli(['jelaskan', BUDI, '--period', '2026-10', '--input', input, '--policy', policy]);
    expect(explained.status).toBe(0);
    expect(explained.stdout).toContain('NIK 3201********0001; NPWP 0912********1000');
    expect(explained.stdout).not.toContain('3201010101850001');
    const json = runCli(['jelaskan', BUDI, '--period', '2026-10', '--input', input, '--policy', policy, '--json']);
    expect(json.stdout).toContain('"nik": "3201********0001"');
    expect(json.stdout).not.toContain('0912345678901000');
  });

  it('prints the per-bank total on the terminal', () => {
    expect(run.stderr).toMatch(/Transfer bank\s+BRI: 2 pegawai, Rp 7\.667\.411 \(bank_bri\.csv\)/);
  });
});

describe('a paid employee without an account', () => {
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', workedExample('BRI,,,'), '--out', out]);

  it('is paid as before, listed in tanpa_rekening.csv, and the totals still add up to the net', () => {
    expect(run.status).toBe(0);
    expect(readCsv(join(out, 'tpp.csv')).map((r) => r['nip'])).toEqual([BUDI, RINA]);
    expect(readCsv(join(out, 'bank_bri.csv')).map((r) => [r['nip'], r['jumlah']])).toEqual([[BUDI, String(BUDI_NETTO)]]);
    expect(readCsv(join(out, 'tanpa_rekening.csv')).map((r) => [r['nip'], r['jumlah']])).toEqual([[RINA, String(RINA_NETTO)]]);
    const r = readRingkasan(out);
    expect(r.tanpa_rekening).toEqual({ pegawai: 1, jumlah: RINA_NETTO, nip: [RINA] });
    expect(r.bank![0]!.jumlah + r.tanpa_rekening!.jumlah).toBe(r.total.netto);
    expect(run.stderr).toContain('1 pegawai dibayar tanpa nama bank atau nomor rekening');
  });
});

describe('the sample agency (kinerja demo)', () => {
  const cwd = tempDir();
  const run = runCli(['demo'], { cwd });
  const out = join(cwd, 'hasil-demo');

  it('keeps its figures: 50 paid, net Rp 229.337.966', () => {
    expect(run.status).toBe(0);
    expect(readRingkasan(out).total).toMatchObject({ bruto: 252_866_734, netto: 229_337_966 });
  });

  it('the bank files add up to the net, each to its line in ringkasan.json', () => {
    const r = readRingkasan(out);
    const files = readdirSync(out).filter((f) => f.startsWith('bank_')).sort();
    expect(r.bank!.map((b) => b.berkas).sort()).toEqual(files);
    let all = 0;
    for (const b of r.bank!) {
      const rows = readCsv(join(out, b.berkas));
      const sum = rows.reduce((s, row) => s + Number(row['jumlah']), 0);
      expect([b.berkas, sum, rows.length]).toEqual([b.berkas, b.jumlah, b.pegawai]);
      all += sum;
    }
    expect(all + r.tanpa_rekening!.jumlah).toBe(229_337_966);
  });

  it('sipd_nominatif.csv adds up to ringkasan.json, potongan = pph21 + bpjs_1 on every row', () => {
    const r = readRingkasan(out);
    const rows = readCsv(join(out, 'sipd_nominatif.csv'));
    expect(rows).toHaveLength(r.jumlah.dibayar);
    const sum = (key: string) => rows.reduce((s, row) => s + Number(row[key]), 0);
    expect([sum('bruto'), sum('pph21'), sum('bpjs_1'), sum('bpjs_4'), sum('netto')]).toEqual([r.total.bruto, r.total.pph21, r.total.bpjs_pegawai, r.total.bpjs_pemda, r.total.netto]);
    for (const row of rows) expect(Number(row['potongan'])).toBe(Number(row['pph21']) + Number(row['bpjs_1']));
    expect(Object.keys(rows[0]!)).toEqual(['no', 'nama', 'nip', 'golongan', 'jabatan', 'kelas', 'bruto', 'pph21', 'bpjs_1', 'bpjs_4', 'potongan', 'netto', 'bank', 'rekening']);
  });
});

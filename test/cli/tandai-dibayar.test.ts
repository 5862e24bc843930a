/**
 * Paid marking (`kinerja tandai-dibayar`) and corrections: a paid folder is never replaced, a run of a
 * paid period writes `-koreksi-<n>` with `selisih.csv` against the folder paid last.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parsePaidRecord } from '../../src/archive/paid-record.js';
import { markPaid } from '../helpers/mark-paid.js';
import { readRingkasan } from '../helpers/ringkasan.js';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const CONTOH = fixture('contoh');
const SUGENG = '197101061994021968';

/** `run` of the sample agency (or a copy of it) into `out`. */
function runContoh(out: string, extra: string[] = [], input = CONTOH) {
  return runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(CONTOH, 'paket-aturan.yaml'), '--out', out, ...extra]);
}

function mark(arsip: string, extra: string[] = []) {
  return runCli(['tandai-dibayar', '2026-10', '--arsip', arsip, ...extra]);
}

/** Every file of a folder with its bytes, to prove a paid folder was not touched. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n)).toString('base64')]));
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A results folder of the sample agency marked paid by "Siti": `<arsip>/2026-10`. */
function paidContoh(): { arsip: string; paid: string } {
  const arsip = join(tempDir(), 'hasil');
  const paid = join(arsip, '2026-10');
  expect(runContoh(paid).status).toBe(0);
  expect(mark(arsip, ['--oleh', 'Siti']).status).toBe(0);
  return { arsip, paid };
}

describe('kinerja tandai-dibayar', () => {
  const { arsip, paid } = paidContoh();

  it('writes dibayar.json: every other file with its SHA-256, sorted, and the totals of ringkasan.json', () => {
    const record = parsePaidRecord(JSON.parse(readFileSync(join(paid, 'dibayar.json'), 'utf8')));
    expect(record).toBeDefined();
    expect(record).toMatchObject({ alat: 'kinerja', periode: '2026-10', folder: '2026-10', oleh: 'Siti' });
    const files = readdirSync(paid).filter((n) => n !== 'dibayar.json').sort();
    expect(record!.berkas.map((b) => b.nama)).toEqual(files);
    expect(files).toEqual([
      'bank_bni.csv',
      'bank_bri.csv',
      'bank_bsi.csv',
      'bank_jateng.csv',
      'bank_mandiri.csv',
      'kinerja-2026-10.xlsx',
      'pegawai.csv',
      'ringkasan.json',
      'sipd_nominatif.csv',
      'tindak_lanjut.csv',
      'tpp.csv',
      'unit.csv',
      'validasi.csv',
    ]);
    for (const b of record!.berkas) expect(b.sha256, b.nama).toBe(sha256(join(paid, b.nama)));
    // The demo's figures: bruto Rp 252.866.734, netto Rp 229.337.966.
    expect(record!.total).toEqual(readRingkasan(paid).total);
    expect(record!.total['netto']).toBe(229_337_966);
    expect(Number.isNaN(Date.parse(record!.dibayar_pada))).toBe(false);
  });

  it('refuses to mark the same folder twice, saying when and by whom (exit 2)', () => {
    const before = snapshot(paid);
    const r = mark(arsip);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('HASIL_SUDAH_DIBAYAR');
    expect(r.stderr).toContain('oleh Siti');
    expect(snapshot(paid)).toEqual(before);
  });

  it('prints the folder, the totals and the file count; --oleh defaults to the system user and says so', () => {
    const other = join(tempDir(), 'hasil');
    expect(runContoh(join(other, '2026-10')).status).toBe(0);
    const r = mark(other);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('2026-10');
    expect(r.stderr).toContain('Rp 252.866.734');
    expect(r.stderr).toContain('Rp 229.337.966');
    expect(r.stderr).toContain('13 berkas');
    expect(r.stderr).toContain(`${userInfo().username} (nama pengguna sistem`);
    expect(JSON.parse(readFileSync(join(other, '2026-10', 'dibayar.json'), 'utf8'))).toMatchObject({ oleh: userInfo().username });
  });

  it('--json prints the record; --lang en labels', () => {
    const other = join(tempDir(), 'hasil');
    expect(runContoh(join(other, '2026-10')).status).toBe(0);
    const r = mark(other, ['--json', '--lang', 'en', '--oleh', 'Budi']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ periode: '2026-10', folder: '2026-10', oleh: 'Budi', total: { netto: 229_337_966 } });
    const again = mark(other, ['--lang', 'en']);
    expect(again.stderr).toContain('was already marked paid');
    const third = join(tempDir(), 'hasil');
    expect(runContoh(join(third, '2026-10')).status).toBe(0);
    expect(mark(third, ['--lang', 'en', '--oleh', 'Budi']).stderr).toContain('Marked paid:');
  });

  it('refuses a period without a results folder, a validation-only folder, a stopped run and a run without CSV (exit 2)', () => {
    const none = mark(join(tempDir(), 'kosong'));
    expect([none.status, none.stderr.includes('HASIL_TIDAK_ADA')]).toEqual([2, true]);

    const strict = join(tempDir(), 'hasil');
    expect(runCli(['run', '--period', '2026-10', '--input', fixture('pagu-kosong'), '--out', join(strict, '2026-10'), '--strict']).status).toBe(1);
    const r = mark(strict);
    expect([r.status, r.stderr.includes('HASIL_TIDAK_BISA_DIBAYAR')]).toEqual([2, true]);
    expect(existsSync(join(strict, '2026-10', 'dibayar.json'))).toBe(false);

    const stopped = join(tempDir(), 'hasil');
    mkdirSync(join(stopped, '2026-10'), { recursive: true });
    writeFileSync(join(stopped, '2026-10', 'ringkasan.json'), JSON.stringify({ periode: '2026-10', dihentikan: true, total: {} }));
    writeFileSync(join(stopped, '2026-10', 'validasi.csv'), 'tingkat\n');
    const s = mark(stopped);
    expect([s.status, s.stderr.includes('HASIL_TIDAK_BISA_DIBAYAR'), s.stderr.includes('dihentikan')]).toEqual([2, true, true]);

    // Sugeng's netto edited by hand in pegawai.csv: 7,574,091 → 8,574,091, so the sum of the paid
    // lines is 1,000,000 above ringkasan.json's 229,337,966.
    const edited = join(tempDir(), 'hasil');
    expect(runContoh(join(edited, '2026-10')).status).toBe(0);
    const pegawai = join(edited, '2026-10', 'pegawai.csv');
    writeFileSync(pegawai, readFileSync(pegawai, 'utf8').replace(',7574091,dibayar', ',8574091,dibayar'));
    const e = mark(edited);
    expect([e.status, e.stderr.includes('HASIL_TIDAK_BISA_DIBAYAR'), e.stderr.includes('netto 230337966')]).toEqual([2, true, true]);

    const noCsv = join(tempDir(), 'hasil');
    expect(runContoh(join(noCsv, '2026-10'), ['--format', 'xlsx,json']).status).toBe(0);
    const n = mark(noCsv);
    expect([n.status, n.stderr.includes('pegawai.csv dan tpp.csv tidak ada')]).toEqual([2, true]);
    expect(existsSync(join(noCsv, '2026-10', 'dibayar.json'))).toBe(false);
  });
});

describe('marking holds the folder lock', () => {
  it('waits for a run that is writing the folder: KELUARAN_TERKUNCI, nothing marked', () => {
    const arsip = join(tempDir(), 'hasil');
    expect(runContoh(join(arsip, '2026-10')).status).toBe(0);
    // A live process (this test's) holds the lock, as a run replacing the folder would.
    writeFileSync(join(arsip, '.2026-10.lock'), `${process.pid}\n`);
    const r = mark(arsip);
    expect([r.status, r.stderr.includes('KELUARAN_TERKUNCI')]).toEqual([2, true]);
    expect(existsSync(join(arsip, '2026-10', 'dibayar.json'))).toBe(false);
  });
});

describe('a paid folder is never replaced', () => {
  const { paid } = paidContoh();
  const before = snapshot(paid);

  it('run --force writes a correction beside it instead, and says so', () => {
    const r = runContoh(paid, ['--force']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('koreksi ke-1');
    expect(existsSync(join(`${paid}-koreksi-1`, 'selisih.csv'))).toBe(true);
    expect(snapshot(paid)).toEqual(before);
  });

  it('validate --force into it and init --force into it stop with HASIL_SUDAH_DIBAYAR', () => {
    const v = runCli(['validate', '--period', '2026-10', '--input', CONTOH, '--policy', join(CONTOH, 'paket-aturan.yaml'), '--out', paid, '--force']);
    expect([v.status, v.stderr.includes('HASIL_SUDAH_DIBAYAR')]).toEqual([2, true]);
    const i = runCli(['init', paid, '--force']);
    expect([i.status, i.stderr.includes('HASIL_SUDAH_DIBAYAR')]).toEqual([2, true]);
    expect(snapshot(paid)).toEqual(before);
  });

  it('demo (which always replaces ./hasil-demo/) writes hasil-demo-koreksi-1 when hasil-demo was paid', () => {
    const cwd = tempDir();
    const demo = join(cwd, 'hasil-demo');
    cpSync(paid, demo, { recursive: true });
    // Marked paid under its own name: a copied paid record stops the archive (ARSIP_NAMA_BERUBAH).
    markPaid(demo);
    const demoBefore = snapshot(demo);
    const r = runCli(['demo'], { cwd });
    expect(r.status).toBe(0);
    expect(snapshot(demo)).toEqual(demoBefore);
    expect(readRingkasan(join(cwd, 'hasil-demo-koreksi-1')).koreksi).toEqual({ nomor: 1, dibanding: 'hasil-demo' });
  });

  it('a correction stops with ARSIP_DIUBAH when a paid file was edited since, and writes nothing', () => {
    const { paid: edited } = paidContoh();
    appendFileSync(join(edited, 'tpp.csv'), '\n');
    const r = runContoh(edited, ['--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('ARSIP_DIUBAH');
    expect(r.stderr).toContain('tpp.csv');
    expect(existsSync(`${edited}-koreksi-1`)).toBe(false);
  });

  it('a correction without CSV in --format stops (KOREKSI_PERLU_CSV)', () => {
    const r = runContoh(paid, ['--format', 'xlsx']);
    expect([r.status, r.stderr.includes('KOREKSI_PERLU_CSV')]).toEqual([2, true]);
  });
});

describe('a paid folder renamed out of the archive\'s sight', () => {
  it('run, tandai-dibayar and rekap stop (ARSIP_NAMA_BERUBAH, exit 2) instead of running the month again to be paid twice', () => {
    const { arsip, paid } = paidContoh();
    renameSync(paid, `${paid}-oktober`);
    const again = runContoh(paid);
    expect([again.status, again.stderr.includes('ARSIP_NAMA_BERUBAH')]).toEqual([2, true]);
    expect(again.stderr).toContain('2026-10-oktober');
    expect(existsSync(paid)).toBe(false);
    const marked = mark(arsip);
    expect([marked.status, marked.stderr.includes('ARSIP_NAMA_BERUBAH')]).toEqual([2, true]);
    const rekap = runCli(['rekap', '--tahun', '2026', '--arsip', arsip]);
    expect([rekap.status, rekap.stderr.includes('ARSIP_NAMA_BERUBAH')]).toEqual([2, true]);
    // Its name back, the month is paid again as before: a correction, not a second payment.
    renameSync(`${paid}-oktober`, paid);
    const fixed = runContoh(paid);
    expect([fixed.status, existsSync(`${paid}-koreksi-1`)]).toEqual([0, true]);
  });
});

describe('correction numbering', () => {
  const { arsip, paid } = paidContoh();

  it('koreksi-1; replaced only with --force while unpaid; koreksi-2 once koreksi-1 is paid', () => {
    expect(runContoh(paid).status).toBe(0);
    expect(readRingkasan(join(arsip, '2026-10-koreksi-1')).koreksi).toEqual({ nomor: 1, dibanding: '2026-10' });
    const again = runContoh(paid);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('HASIL_SUDAH_ADA');
    expect(again.stderr).toContain('2026-10-koreksi-1');
    expect(runContoh(paid, ['--force']).status).toBe(0);
    expect(readdirSync(arsip).filter((n) => !n.startsWith('.')).sort()).toEqual(['2026-10', '2026-10-koreksi-1', 'kinerja-dibayar.csv']);
    // tandai-dibayar marks the latest folder of the period: the correction.
    const marked = mark(arsip, ['--oleh', 'Siti', '--json']);
    expect(JSON.parse(marked.stdout)).toMatchObject({ folder: '2026-10-koreksi-1' });
    expect(runContoh(paid).status).toBe(0);
    expect(readRingkasan(join(arsip, '2026-10-koreksi-2')).koreksi).toEqual({ nomor: 2, dibanding: '2026-10-koreksi-1' });
    // An explicit --out of a paid correction goes to the same next slot.
    const explicit = runContoh(join(arsip, '2026-10-koreksi-1'), ['--force']);
    expect(explicit.status).toBe(0);
    expect(readdirSync(arsip).filter((n) => !n.startsWith('.')).sort()).toEqual(['2026-10', '2026-10-koreksi-1', '2026-10-koreksi-2', 'kinerja-dibayar.csv']);
  });
});

describe('selisih.csv: one employee\'s behaviour scores lowered after payment', () => {
  const { paid } = paidContoh();
  // Sugeng (BAPPEDA, IV/b, pagu 9,000,000) was paid as BAIK: komponen_disiplin 3,582,000 (40 % × 99.50 %),
  // komponen_kinerja 5,400,000 (60 % × 100 %), bruto 8,982,000, PPh 21 15 % 1,347,300, BPJS 1 % of
  // min(bruto, 12,000,000 − gaji 5,939,100) = 60,609, netto 7,574,091.
  // His one atasan row now gives 50 on every aspect: perilaku 50 < 70 → DI_BAWAH; hasil kerja SESUAI →
  // KURANG (PermenPANRB 6/2022 matrix), faktor_predikat 50: komponen_kinerja 2,700,000, bruto 6,282,000,
  // PPh 21 942,300, BPJS base still 6,060,900 → 60,609, netto 5,279,091: selisih −2,295,000 (overpaid).
  const input = join(tempDir(), 'contoh');
  cpSync(CONTOH, input, { recursive: true });
  const perilaku = readFileSync(join(input, 'perilaku.csv'), 'utf8').replace(/^197101061994021968,196805121990031002,atasan,.*$/m, `${SUGENG},196805121990031002,atasan,50,50,50,50,50,50,50`);
  writeFileSync(join(input, 'perilaku.csv'), perilaku);
  const r = runContoh(paid, [], input);
  const koreksi = `${paid}-koreksi-1`;

  it('lists the one employee whose pay changed, with what was paid and what is due', () => {
    expect(r.status).toBe(0);
    expect(readCsv(join(koreksi, 'selisih.csv'))).toEqual([
      {
        nip: SUGENG,
        nama: 'Ir. Sugeng Haryanto, M.T.',
        unit: 'BAPPEDA',
        netto_dibayar: '7574091',
        netto_baru: '5279091',
        selisih: '-2295000',
        jenis: 'kelebihan_bayar',
        alasan: 'PREDIKAT; PAJAK',
        predikat_dibayar: 'BAIK',
        predikat_baru: 'KURANG',
        status_bayar_dibayar: 'dibayar',
        status_bayar_baru: 'dibayar',
        nama_bank: 'BRI',
        nomor_rekening: '003101945174892',
      },
    ]);
    // The figures are those of the new pegawai.csv.
    expect(readCsv(join(koreksi, 'pegawai.csv')).find((e) => e['nip'] === SUGENG)).toMatchObject({ predikat: 'KURANG', tpp_bruto: '6282000', pph21: '942300', bpjs_pegawai: '60609', tpp_netto: '5279091' });
  });

  it('totals the difference in ringkasan.json and on the terminal', () => {
    // 229,337,966 paid − 2,295,000 = 227,042,966.
    expect(readRingkasan(koreksi).selisih).toEqual({ dibanding: '2026-10', netto_dibayar: 229_337_966, netto_baru: 227_042_966, kekurangan_bayar: 0, kelebihan_bayar: 2_295_000, bersih: -2_295_000, pegawai_berubah: 1, pegawai_belum_pasti: 0, rapel_dibayar: 0 });
    expect(r.stderr).toMatch(/Kelebihan bayar \(ditagih kembali\)\s+Rp 2\.295\.000/);
    expect(r.stderr).toMatch(/Netto yang sudah dibayar\s+Rp 229\.337\.966/);
  });

  it('has a Selisih sheet with rupiah formats, and its totals on the Ringkasan sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(koreksi, 'kinerja-2026-10.xlsx'));
    // No SIPD sheet in a correction: the month's full list is not handed over again.
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Ringkasan', 'Pegawai', 'Unit', 'TPP', 'Selisih', 'Kurva', 'Tindak Lanjut', 'Validasi', 'Aturan']);
    const ws = wb.getWorksheet('Selisih')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'NIP', 'Nama', 'Unit', 'Netto Dibayar', 'Netto Baru', 'Selisih', 'Jenis', 'Alasan', 'Predikat Dibayar', 'Predikat Baru', 'Status Bayar Dibayar', 'Status Bayar Baru', 'Bank', 'Nomor Rekening']);
    expect(ws.getRow(2).getCell(6).value).toBe(-2_295_000);
    expect(ws.getRow(2).getCell(6).numFmt).toBe('#,##0');
    expect(ws.getRow(2).getCell(1).value).toBe(SUGENG);
    const ringkasan = wb.getWorksheet('Ringkasan')!;
    const rows = ringkasan.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((row) => row[1] === 'Kelebihan bayar (ditagih kembali)')?.[2]).toBe(2_295_000);
  });

  it('--lang en: English labels on the terminal and in the workbook', async () => {
    const arsip = join(tempDir(), 'hasil');
    cpSync(paid, join(arsip, '2026-10'), { recursive: true });
    const r2 = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(CONTOH, 'paket-aturan.yaml'), '--out', join(arsip, '2026-10'), '--lang', 'en']);
    expect(r2.status).toBe(0);
    expect(r2.stderr).toContain('correction no. 1');
    expect(r2.stderr).toMatch(/Overpaid \(to recover\)\s+Rp 2,295,000/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(arsip, '2026-10-koreksi-1', 'kinerja-2026-10.xlsx'));
    const ws = wb.getWorksheet('Difference')!;
    expect(ws.getRow(1).values).toEqual([undefined, 'NIP', 'Name', 'Unit', 'Net Paid', 'New Net', 'Difference', 'Kind', 'Reason', 'Predikat Paid', 'New Predikat', 'Pay Status Paid', 'New Pay Status', 'Bank', 'Account Number']);
  });

  it('the workbook worker (large periods) writes the same Selisih sheet; --quiet gives the net difference', async () => {
    const arsip = join(tempDir(), 'hasil');
    cpSync(paid, join(arsip, '2026-10'), { recursive: true });
    const q = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(CONTOH, 'paket-aturan.yaml'), '--out', join(arsip, '2026-10'), '--quiet'], { env: { KINERJA_TEST_XLSX_WORKER_MIN_EMPLOYEES: '1' } });
    expect(q.status).toBe(0);
    expect(q.stderr).toContain('koreksi ke-1, selisih bersih Rp -2.295.000');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(arsip, '2026-10-koreksi-1', 'kinerja-2026-10.xlsx'));
    expect(wb.getWorksheet('Selisih')!.getRow(2).getCell(6).value).toBe(-2_295_000);
  });

  it('--csv-locale id: selisih.csv with ; and a BOM, compared the same', () => {
    const arsip = join(tempDir(), 'hasil');
    cpSync(paid, join(arsip, '2026-10'), { recursive: true });
    expect(runContoh(join(arsip, '2026-10'), ['--csv-locale', 'id'], input).status).toBe(0);
    const text = readFileSync(join(arsip, '2026-10-koreksi-1', 'selisih.csv'), 'utf8');
    expect(text.startsWith('\uFEFFnip;nama;unit;netto_dibayar')).toBe(true);
    expect(readCsv(join(arsip, '2026-10-koreksi-1', 'selisih.csv'), ';').map((x) => [x['nip'], x['selisih']])).toEqual([[SUGENG, '-2295000']]);
  });
});

describe('the archive\'s list of what was paid (kinerja-dibayar.csv)', () => {
  it('a paid month deleted and run again stops (ARSIP_DIBAYAR_HILANG, exit 2) instead of being marked and paid twice; restored, it is a correction', () => {
    const { arsip, paid } = paidContoh();
    expect(readFileSync(join(arsip, 'kinerja-dibayar.csv'), 'utf8')).toMatch(/^periode,folder,dibayar_pada,oleh\n2026-10,2026-10,\d{4}-\d\d-\d\dT[^,]+,Siti\n$/);
    const backup = join(tempDir(), 'cadangan');
    cpSync(paid, backup, { recursive: true });
    rmSync(paid, { recursive: true });
    const again = runContoh(paid);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('galat [ARSIP_DIBAYAR_HILANG]');
    expect(again.stderr).toContain('mencatat 2026-10 dibayar');
    expect(existsSync(paid)).toBe(false);
    // Written into another folder, then marked: the marking stops too.
    const elsewhere = join(arsip, '2026-10-ulang');
    expect(runContoh(elsewhere).status).toBe(2);
    // Restored from the backup, the month is paid again as before: a correction, not a second payment.
    cpSync(backup, paid, { recursive: true });
    expect(runContoh(paid).status).toBe(0);
    expect(readRingkasan(join(arsip, '2026-10-koreksi-1')).koreksi).toEqual({ nomor: 1, dibanding: '2026-10' });
  });

  it('results copied into a deleted paid folder\'s name are not marked paid again', () => {
    const { arsip, paid } = paidContoh();
    rmSync(paid, { recursive: true });
    const copy = join(tempDir(), 'hasil', '2026-10');
    expect(runContoh(copy).status).toBe(0);
    cpSync(copy, paid, { recursive: true });
    const marked = mark(arsip, ['--oleh', 'Budi']);
    expect(marked.status).toBe(2);
    expect(marked.stderr).toContain('galat [ARSIP_DIBAYAR_HILANG]');
    expect(existsSync(join(paid, 'dibayar.json'))).toBe(false);
  });

  it('the last paid correction deleted: the next correction stops instead of paying its difference again', () => {
    const { arsip, paid } = paidContoh();
    expect(runContoh(paid).status).toBe(0);
    expect(mark(arsip, ['--oleh', 'Siti']).status).toBe(0);
    rmSync(join(arsip, '2026-10-koreksi-1'), { recursive: true });
    const again = runContoh(paid);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('galat [ARSIP_DIBAYAR_HILANG]');
    expect(again.stderr).toContain('2026-10-koreksi-1');
    expect(existsSync(join(arsip, '2026-10-koreksi-1'))).toBe(false);
  });

  it('rekap stops too: a deleted paid month, or its deleted last paid correction, would have the year read from the wrong amounts', () => {
    const { arsip, paid } = paidContoh();
    expect(runContoh(paid).status).toBe(0);
    expect(mark(arsip, ['--oleh', 'Siti']).status).toBe(0);
    const rekap = () => runCli(['rekap', '--tahun', '2026', '--arsip', arsip]);
    expect(rekap().status).toBe(0);
    // Without the list's line the recap would take October itself as what was paid.
    const koreksi = join(arsip, '2026-10-koreksi-1');
    const backup = join(tempDir(), 'cadangan');
    cpSync(koreksi, backup, { recursive: true });
    rmSync(koreksi, { recursive: true });
    const stopped = rekap();
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toContain('galat [ARSIP_DIBAYAR_HILANG]');
    expect(stopped.stderr).toContain('mencatat 2026-10-koreksi-1 dibayar');
    expect(stopped.stderr).toContain('rekap tahunan dan PPh 21 Desember akan memakai jumlah yang salah');
    cpSync(backup, koreksi, { recursive: true });
    rmSync(paid, { recursive: true });
    expect(rekap().status).toBe(2);
  });

  it('a list saved over by a spreadsheet (";" between fields) stops instead of guarding nothing; a BOM is taken as is', () => {
    const { arsip, paid } = paidContoh();
    const list = join(arsip, 'kinerja-dibayar.csv');
    const text = readFileSync(list, 'utf8');
    rmSync(paid, { recursive: true });
    writeFileSync(list, `\uFEFF${text}`);
    expect(runContoh(paid).stderr).toContain('mencatat 2026-10 dibayar');
    writeFileSync(list, text.replaceAll(',', ';'));
    const again = runContoh(paid);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('galat [ARSIP_DIBAYAR_HILANG]');
    expect(again.stderr).toContain('tidak dapat dibaca');
    expect(existsSync(paid)).toBe(false);
  });
});

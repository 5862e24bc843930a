/**
 * `kinerja bandingkan`: two runs of the sample agency, the second with one employee's supervisor
 * scores lowered, compared as an officer would (a correction against the first results).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const CONTOH = fixture('contoh');
const ERNA = '197611252002032427';
const work = tempDir('kinerja-bandingkan-');
const hasil = join(work, 'hasil');
const A = join(hasil, '2026-10');
const B = join(hasil, '2026-10-koreksi-1');
const input = join(work, 'masukan');

const run = (out: string, extra: string[] = []) => runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'paket-aturan.yaml'), '--out', out, '--quiet', ...extra]);

cpSync(CONTOH, input, { recursive: true });
const runA = run(A);
// Erna Susanti's supervisor (atasan) scores all seven aspects 50 instead of 84, 80, 86, 82, 82, 84, 81.
const perilaku = readFileSync(join(input, 'perilaku.csv'), 'utf8');
const lowered = perilaku.replace(`${ERNA},197101061994021968,atasan,84,80,86,82,82,84,81`, `${ERNA},197101061994021968,atasan,50,50,50,50,50,50,50`);
writeFileSync(join(input, 'perilaku.csv'), lowered);
const runB = run(B);

const rowsA = readCsv(join(A, 'pegawai.csv'));
const rowsB = readCsv(join(B, 'pegawai.csv'));
const ernaA = rowsA.find((r) => r['nip'] === ERNA)!;
const nettoA = rowsA.filter((r) => r['status_bayar'] === 'dibayar').reduce((s, r) => s + Number(r['tpp_netto']), 0);

/**
 * By hand, from pegawai.csv of A: hasil kerja stays SESUAI (capaian_skp 95.83, between 90 and 110).
 * Behaviour: atasan 50 (all aspects) weighs 60, the two peers' means 78.14 and 81.71 (mean 79.93)
 * weigh 20: (50 × 60 + 79.93 × 20) / 80 = 57.48 < 70 → DI_BAWAH; SESUAI × DI_BAWAH → KURANG.
 * Pagu 7,500,000: disiplin 40 % × 100 = 3,000,000 (unchanged); kinerja 60 % × faktor KURANG 50 % =
 * 2,250,000 (was 4,500,000 at BAIK 100 %). Bruto 5,250,000; PPh 21 15 % (IV/a) = 787,500; BPJS 1 % of
 * 5,250,000 = 52,500 (A hit the cap: 60,244). Netto 5,250,000 − 787,500 − 52,500 = 4,410,000.
 * Selisih 4,410,000 − 6,314,756 = −1,904,756.
 */
const NETTO_B_ERNA = 4_410_000;
const SELISIH = NETTO_B_ERNA - 6_314_756;

function idRupiah(n: number): string {
  return `Rp ${n.toLocaleString('id-ID')}`;
}

/** A copy of a results folder under a fresh temp folder, with the same name. */
function copyOf(dir: string, name = '2026-10'): string {
  const to = join(tempDir('kinerja-bandingkan-copy-'), name);
  cpSync(dir, to, { recursive: true });
  return to;
}

/** Rewrites a copied pegawai.csv (intl locale) row by row. */
function editPegawai(dir: string, edit: (row: Record<string, string>, i: number) => void): void {
  const rows = readCsv(join(dir, 'pegawai.csv'));
  rows.forEach(edit);
  writeFileSync(join(dir, 'pegawai.csv'), stringify(rows, { header: true, columns: Object.keys(rows[0]!), record_delimiter: 'unix' }));
}

describe('kinerja bandingkan on two runs of the sample agency', () => {
  it('both runs wrote results and the hand-worked figures hold in B', () => {
    expect([runA.status, runB.status]).toEqual([0, 0]);
    expect(ernaA).toMatchObject({ predikat: 'BAIK', tpp_pagu: '7500000', golongan: 'IV/a', tpp_bruto: '7500000', pph21: '1125000', bpjs_pegawai: '60244', tpp_netto: '6314756' });
    expect(rowsB.find((r) => r['nip'] === ERNA)).toMatchObject({ rating_hasil_kerja: 'SESUAI', nilai_perilaku: '57.48', rating_perilaku: 'DI_BAWAH', predikat: 'KURANG', tpp_bruto: '5250000', pph21: '787500', bpjs_pegawai: '52500', tpp_netto: String(NETTO_B_ERNA) });
  });

  it('prints both folders, the totals and the one change with its reasons, and writes bandingkan-<A>-<B>.csv in the current folder', () => {
    const cwd = tempDir();
    const r = runCli(['bandingkan', A, B], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`A: ${A} (periode 2026-10, paket contoh-kabupaten 2026.1)`);
    expect(r.stderr).toContain(`B: ${B} (periode 2026-10, paket contoh-kabupaten 2026.1)`);
    expect(r.stderr).not.toContain('Paket aturan A dan B berbeda');
    expect(r.stderr).toMatch(new RegExp(`Netto A +${idRupiah(nettoA).replace(/\./g, '\\.')}\n`));
    expect(r.stderr).toMatch(new RegExp(`Netto B +${idRupiah(nettoA + SELISIH).replace(/\./g, '\\.')}\n`));
    expect(r.stderr).toMatch(/Kekurangan bayar \(B di atas A\) +Rp 0\n/);
    expect(r.stderr).toMatch(/Kelebihan bayar \(B di bawah A\) +Rp 1\.904\.756\n/);
    expect(r.stderr).toMatch(/Bersih \(B − A\) +-Rp 1\.904\.756\n/);
    expect(r.stderr).toMatch(/Pegawai berubah +1\n/);
    expect(r.stderr).toContain(`${ERNA} Erna Susanti, S.E., M.Si. (BAPPEDA)`);
    expect(r.stderr).toContain('Rp 6.314.756 → Rp 4.410.000  selisih -Rp 1.904.756');
    expect(r.stderr).toContain('predikat BAIK → KURANG; PPh 21 Rp 1.125.000 → Rp 787.500; BPJS pegawai Rp 60.244 → Rp 52.500');
    const file = join(cwd, 'bandingkan-2026-10-2026-10-koreksi-1.csv');
    expect(r.stderr).toContain('Berkas: bandingkan-2026-10-2026-10-koreksi-1.csv');
    expect(readCsv(file)).toEqual([
      {
        nip: ERNA, nama: 'Erna Susanti, S.E., M.Si.', unit: 'BAPPEDA', netto_a: '6314756', netto_b: '4410000', selisih: '-1904756', jenis: 'kelebihan_bayar',
        alasan: 'PREDIKAT; PAJAK; BPJS', predikat_a: 'BAIK', predikat_b: 'KURANG', status_bayar_a: 'dibayar', status_bayar_b: 'dibayar',
      },
    ]);
  });

  it('the other way round the same change is kekurangan bayar', () => {
    const out = join(tempDir(), 'balik.csv');
    const r = runCli(['compare', B, A, '--out', out, '--json']);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout) as { total: Record<string, number>; perubahan: { jenis: string; selisih: number }[] };
    expect(x.total).toMatchObject({ kekurangan_bayar: 1_904_756, kelebihan_bayar: 0, bersih: 1_904_756 });
    expect(x.perubahan.map((c) => [c.jenis, c.selisih])).toEqual([['kekurangan_bayar', 1_904_756]]);
  });

  it('--json prints one object: folders, periods, packs, totals and every change', () => {
    const out = join(tempDir(), 'x.csv');
    const r = runCli(['bandingkan', A, B, '--json', '--out', out]);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(x['a']).toMatchObject({ folder: A, periode: '2026-10', paket_aturan: { nama: 'contoh-kabupaten', versi: '2026.1' }, dibayar: null });
    expect(x['b']).toMatchObject({ folder: B, periode: '2026-10' });
    expect(x['paket_aturan_sama']).toBe(true);
    // bersih = kekurangan − kelebihan = 0 − 1,904,756 = netto B − netto A.
    expect(x['total']).toEqual({ netto_a: nettoA, netto_b: nettoA + SELISIH, kekurangan_bayar: 0, kelebihan_bayar: 1_904_756, bersih: SELISIH, pegawai_berubah: 1 });
    expect(x['perubahan']).toEqual([
      {
        nip: ERNA, nama: 'Erna Susanti, S.E., M.Si.', unit: 'BAPPEDA', netto_a: 6_314_756, netto_b: NETTO_B_ERNA, selisih: SELISIH, jenis: 'kelebihan_bayar',
        alasan: ['PREDIKAT', 'PAJAK', 'BPJS'], rincian: ['predikat BAIK → KURANG', 'PPh 21 Rp 1.125.000 → Rp 787.500', 'BPJS pegawai Rp 60.244 → Rp 52.500'],
        predikat_a: 'BAIK', predikat_b: 'KURANG', status_bayar_a: 'dibayar', status_bayar_b: 'dibayar',
      },
    ]);
    expect(x['keluaran']).toBe(out);
    expect(existsSync(out)).toBe(true);
  });

  it('--lang en speaks English with English number formats', () => {
    const r = runCli(['bandingkan', A, B, '--lang', 'en', '--out', join(tempDir(), 'en.csv')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Comparison of results (difference = B − A)');
    expect(r.stderr).toContain(`A: ${A} (period 2026-10, pack contoh-kabupaten 2026.1)`);
    expect(r.stderr).toMatch(/Overpaid \(B below A\) +Rp 1,904,756\n/);
    expect(r.stderr).toContain('Rp 6,314,756 → Rp 4,410,000  difference -Rp 1,904,756');
    expect(r.stderr).toContain('predikat BAIK → KURANG; PPh 21 Rp 1,125,000 → Rp 787,500; employee BPJS Rp 60,244 → Rp 52,500');
    expect(r.stderr).not.toMatch(/Kelebihan|Berkas:/);
  });

  it('--csv-locale id writes ; and a BOM; a B folder written in the id locale reads the same', () => {
    const bId = join(work, 'hasil-id', '2026-10');
    expect(run(bId, ['--csv-locale', 'id', '--format', 'csv,json']).status).toBe(0);
    const out = join(tempDir(), 'id.csv');
    const r = runCli(['bandingkan', A, bId, '--csv-locale', 'id', '--out', out, '--json']);
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { total: { bersih: number } }).total.bersih).toBe(SELISIH);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFnip;nama;unit;netto_a;netto_b;selisih;')).toBe(true);
    expect(text).toContain(`${ERNA};Erna Susanti, S.E., M.Si.;BAPPEDA;6314756;4410000;-1904756;kelebihan_bayar;PREDIKAT; PAJAK; BPJS;BAIK;KURANG;dibayar;dibayar`.replace('PREDIKAT; PAJAK; BPJS', '"PREDIKAT; PAJAK; BPJS"'));
  });

  it('refuses to overwrite bandingkan.csv without --force, and replaces it with --force', () => {
    const out = join(tempDir(), 'bandingkan.csv');
    writeFileSync(out, 'milik orang lain\n');
    const r = runCli(['bandingkan', A, B, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('[BANDINGKAN_BERKAS_ADA]');
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('milik orang lain\n');
    expect(readdirSync(join(out, '..'))).toEqual(['bandingkan.csv']);
    const forced = runCli(['bandingkan', A, B, '--out', out, '--force']);
    expect(forced.status).toBe(0);
    expect(readCsv(out).map((row) => row['nip'])).toEqual([ERNA]);
  });

  it('an --out that cannot be a file stops with exit 2, not a program error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'berkas'), 'x');
    for (const out of [join(dir, 'berkas', 'x.csv'), dir]) {
      const r = runCli(['bandingkan', A, B, '--out', out, '--json']);
      expect(r.status, out).toBe(2);
      expect((JSON.parse(r.stdout) as { galat: { kode: string } }).galat.kode).toBe(out === dir ? 'BANDINGKAN_BERKAS_ADA' : 'KELUARAN_GAGAL_DITULIS');
      expect(r.stderr).not.toContain('GALAT_PROGRAM');
    }
    expect(readdirSync(dir)).toEqual(['berkas']);
  });

  it('never writes into a results folder', () => {
    // The two compared folders, and a third results folder (also a subfolder of it, not yet there).
    const third = copyOf(A, '2026-09');
    for (const out of [join(A, 'bandingkan.csv'), join(B, 'sub', 'bandingkan.csv'), join(third, 'x.csv'), join(third, 'sub', 'x.csv')]) {
      const r = runCli(['bandingkan', A, B, '--out', out]);
      expect(r.status, out).toBe(2);
      expect(r.stderr).toContain('[BANDINGKAN_DI_FOLDER_HASIL]');
      expect(existsSync(out), out).toBe(false);
    }
    expect(existsSync(join(B, 'sub'))).toBe(false);
    expect(existsSync(join(third, 'sub'))).toBe(false);
  });

  it('the same folder twice (however it is written) stops', () => {
    const r = runCli(['bandingkan', A, join(A, '..', '2026-10', '.')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('[BANDINGKAN_FOLDER_SAMA]');
  });

  it('a folder that does not exist, or is not a results folder, stops with what to point at', () => {
    const missing = runCli(['bandingkan', A, join(work, 'tidak-ada')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('[ARSIP_TIDAK_ADA]');
    expect(missing.stderr).toContain('tidak-ada');
    const notResults = runCli(['bandingkan', input, B, '--json']);
    expect(notResults.status).toBe(2);
    expect(JSON.parse(notResults.stdout)).toMatchObject({ kode_keluar: 2, galat: { kode: 'ARSIP_TIDAK_ADA' } });
    expect(notResults.stderr).toContain('ringkasan.json');
    expect(notResults.stderr).not.toContain('--arsip');
  });

  it('a stopped run and a folder without pegawai.csv stop', () => {
    const stopped = copyOf(A);
    const ringkasan = JSON.parse(readFileSync(join(stopped, 'ringkasan.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(stopped, 'ringkasan.json'), JSON.stringify({ ...ringkasan, dihentikan: true }));
    const r1 = runCli(['bandingkan', stopped, B]);
    expect([r1.status, r1.stderr.includes('[ARSIP_TANPA_HASIL]')]).toEqual([2, true]);
    const noCsv = copyOf(A);
    rmSync(join(noCsv, 'pegawai.csv'));
    const r2 = runCli(['bandingkan', A, noCsv]);
    expect([r2.status, r2.stderr.includes('[ARSIP_TANPA_CSV]')]).toEqual([2, true]);
  });

  it('a damaged money cell in pegawai.csv stops, naming the file, row and column', () => {
    const damaged = copyOf(B);
    editPegawai(damaged, (row) => {
      if (row['nip'] === ERNA) row['tpp_netto'] = '1.234,5';
    });
    const row = readCsv(join(damaged, 'pegawai.csv')).findIndex((r) => r['nip'] === ERNA) + 2;
    const out = join(tempDir(), 'x.csv');
    const r = runCli(['bandingkan', A, damaged, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('[ARSIP_RUSAK]');
    expect(r.stderr).toContain(`${join(damaged, 'pegawai.csv')}: baris ${row}, kolom tpp_netto: "1.234,5"`);
    expect(existsSync(out)).toBe(false);
  });

  it('an amount edited in an unpaid folder (still whole rupiah) no longer adds up to ringkasan.json: stops', () => {
    const edited = copyOf(B);
    editPegawai(edited, (row) => {
      if (row['nip'] === ERNA) row['tpp_netto'] = '6314756';
    });
    const r = runCli(['bandingkan', A, edited, '--out', join(tempDir(), 'x.csv')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('[ARSIP_RUSAK]');
    // ringkasan says netto A − 1,904,756; the edited file adds up to netto A.
    expect(r.stderr).toContain(`netto: ringkasan.json ${nettoA + SELISIH}, pegawai.csv ${nettoA}`);
  });

  it('a paid folder is verified first: intact it is named as paid; a file edited since stops with ARSIP_DIUBAH', () => {
    const paid = copyOf(A);
    const berkas = readdirSync(paid)
      .sort()
      .map((nama) => ({ nama, sha256: createHash('sha256').update(readFileSync(join(paid, nama))).digest('hex') }));
    const total = (JSON.parse(readFileSync(join(paid, 'ringkasan.json'), 'utf8')) as { total: Record<string, number> }).total;
    const record = { alat: 'kinerja', periode: '2026-10', folder: '2026-10', dibayar_pada: '2026-11-05T09:00:00+07:00', oleh: 'Sulastri', versi_alat: '0.1.0', berkas, total };
    writeFileSync(join(paid, 'dibayar.json'), JSON.stringify(record, null, 2));
    const ok = runCli(['bandingkan', paid, B, '--out', join(tempDir(), 'x.csv')]);
    expect(ok.status).toBe(0);
    expect(ok.stderr).toContain('sudah dibayar 2026-11-05T09:00:00+07:00 oleh Sulastri; berkasnya utuh');
    writeFileSync(join(paid, 'tpp.csv'), `${readFileSync(join(paid, 'tpp.csv'), 'utf8')}\n`);
    const out = join(tempDir(), 'y.csv');
    const r = runCli(['bandingkan', paid, B, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('[ARSIP_DIUBAH]');
    expect(r.stderr).toContain('tpp.csv');
    expect(existsSync(out)).toBe(false);
  });

  it('different periods are normal; different rule packs are allowed but noted', () => {
    const other = copyOf(B, '2026-11');
    const path = join(other, 'ringkasan.json');
    const ringkasan = JSON.parse(readFileSync(path, 'utf8')) as { periode: string; paket_aturan: Record<string, string> };
    ringkasan.periode = '2026-11';
    ringkasan.paket_aturan = { ...ringkasan.paket_aturan, nama: 'bawaan', sha256: '0'.repeat(64) };
    writeFileSync(path, JSON.stringify(ringkasan));
    const file = join(tempDir(), 'x.csv');
    const r = runCli(['bandingkan', A, other, '--out', file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`B: ${other} (periode 2026-11, paket bawaan 2026.1)`);
    // Between two months the CSV says naik/turun too, never kekurangan/kelebihan bayar.
    const kinds = readCsv(file).map((row) => row['jenis']);
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k === 'naik' || k === 'turun' || k === 'sama')).toBe(true);
    expect(r.stderr).toContain('Paket aturan A dan B berbeda');
    // Two months differ by their own pay, not by under- or overpayment.
    expect(r.stderr).toMatch(/Turun \(B di bawah A\) +Rp /);
    expect(r.stderr).not.toContain('Kelebihan bayar');
    const j = runCli(['bandingkan', A, other, '--out', join(tempDir(), 'x.csv'), '--json']);
    const json = JSON.parse(j.stdout) as { total: Record<string, number>; perubahan: { nip: string; jenis: string; selisih: number }[] };
    expect(json).toMatchObject({ paket_aturan_sama: false, b: { paket_aturan: { nama: 'bawaan' } } });
    // --json names the totals and kinds as the CSV and terminal do: Erna's −1,904,756 is turun.
    expect(json.total).toEqual({ netto_a: nettoA, netto_b: nettoA + SELISIH, naik: 0, turun: 1_904_756, bersih: SELISIH, pegawai_berubah: 1 });
    expect(json.perubahan.map((c) => [c.nip, c.jenis, c.selisih])).toEqual([[ERNA, 'turun', SELISIH]]);
  });

  it('lists the largest 20 changes, all of them with --semua; names from the file never reach the terminal as control characters', () => {
    // 25 employees' predikat changed (no money): 25 changes of 0, listed by NIP.
    const many = copyOf(A);
    editPegawai(many, (row, i) => {
      if (i < 25) row['predikat'] = row['predikat'] === 'BAIK' ? 'SANGAT_BAIK' : 'BAIK';
      if (i === 0) row['nama'] = 'Nama \u001b[31mMERAH\u001b[0m';
    });
    const top = runCli(['bandingkan', A, many, '--out', join(tempDir(), 'x.csv')]);
    expect(top.status).toBe(0);
    expect(top.stderr).toContain('Perubahan terbesar (20 dari 25; --semua untuk semuanya):');
    expect(top.stderr.match(/ {6}Rp [\d.]+ → Rp [\d.]+ {2}selisih Rp 0\n/g)).toHaveLength(20);
    expect(top.stderr).toMatch(/Pegawai berubah +25\n/);
    const all = runCli(['bandingkan', A, many, '--out', join(tempDir(), 'x.csv'), '--semua']);
    expect(all.stderr).toContain('Semua perubahan (25):');
    expect(all.stderr.match(/selisih Rp 0\n/g)).toHaveLength(25);
    expect(all.stderr).not.toContain('\u001b');
    expect(all.stderr).toContain('Nama \\x1b[31mMERAH\\x1b[0m');
  });

  it('held in A and paid in B (a correction after the data was fixed): the whole netto is owed, and why', () => {
    // A copy of A in which Erna was held: money 0, her code in keterangan, and the summary agreeing
    // (ringkasan netto lowered by her 6,314,756). Her discipline score differs too.
    const held = copyOf(A);
    editPegawai(held, (row) => {
      if (row['nip'] !== ERNA) return;
      Object.assign(row, { status_bayar: 'ditahan', keterangan: 'PRESENSI_BERTENTANGAN', nilai_disiplin: '95.00', potongan_disiplin: '5.00' });
      for (const k of ['komponen_disiplin', 'komponen_kinerja', 'tpp_bruto', 'pph21', 'bpjs_pegawai', 'bpjs_pemda', 'tpp_netto']) row[k] = '0';
    });
    const path = join(held, 'ringkasan.json');
    const ringkasan = JSON.parse(readFileSync(path, 'utf8')) as { total: Record<string, number> };
    ringkasan.total['netto'] = nettoA - 6_314_756;
    writeFileSync(path, JSON.stringify(ringkasan));
    const r = runCli(['bandingkan', held, A, '--out', join(tempDir(), 'x.csv')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Kekurangan bayar \(B di atas A\) +Rp 6\.314\.756\n/);
    expect(r.stderr).toContain('Rp 0 → Rp 6.314.756  selisih +Rp 6.314.756');
    expect(r.stderr).toContain('status bayar ditahan → dibayar; potongan disiplin % 5,00 → 0,00, nilai disiplin 95,00 → 100,00; PPh 21 Rp 0 → Rp 1.125.000; BPJS pegawai Rp 0 → Rp 60.244');
    const q = runCli(['bandingkan', held, A, '--out', join(tempDir(), 'q.csv'), '--quiet']);
    expect(q.status).toBe(0);
    expect(q.stderr.trim().split('\n')).toHaveLength(1);
    expect(q.stderr).toContain('bersih +Rp 6.314.756, 1 pegawai berubah');
  });
});

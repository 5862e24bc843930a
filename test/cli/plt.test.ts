import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

// fixtures/plt: four employees of a Dinas Pendidikan, October 2026 (22 working days, everyone present,
// predikat BAIK), and a pack paying a Plt/Plh 20 % of the acting post's ceiling from 3 acting days.
const PACK = join(fixture('plt'), 'paket-aturan.yaml');
const AGUS = '198204122006041005';
const DEWI = '199507202024032001';
const HENDRA = '197911032005011004';
const SRI = '198806152011012008';

describe('acting posts end to end (fixtures/plt)', () => {
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', fixture('plt'), '--policy', PACK, '--out', out]);
  const tpp = readCsv(join(out, 'tpp.csv'));
  const byNip = new Map(tpp.map((r) => [r['nip']!, r]));
  const ringkasan = JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8')) as { total: { bruto: number; netto: number }; berkas: { masukan: string; dibaca: number; dipakai: number; ditolak: number; diabaikan: number; dilewati: number }[] };

  it('exits 1: Sri, whose acting term ends on an unreadable date, is held', () => {
    expect(run.status, run.stderr).toBe(1);
    expect(byNip.has(SRI)).toBe(false);
    const validasi = readCsv(join(out, 'validasi.csv'));
    expect(validasi.filter((f) => f['nip'] === SRI).map((f) => f['kode'])).toEqual(['TANGGAL_TIDAK_VALID']);
    expect(ringkasan.berkas.find((b) => b.masukan === 'plt')).toMatchObject({ dibaca: 7, dilewati: 1, dipakai: 3, ditolak: 2, diabaikan: 1 });
  });

  it('tpp.csv has tpp_plt just before tpp_bruto, worked by hand', () => {
    // The finance columns (bpjs_pemda, nik, npwp) follow the net.
    expect(Object.keys(tpp[0]!).slice(-8)).toEqual(['tpp_plt', 'tpp_bruto', 'pph21', 'bpjs_pegawai', 'tpp_netto', 'bpjs_pemda', 'nik', 'npwp']);
    // Agus: own 6,000,000 (nilai_disiplin 100, predikat 100 %); Plt all month: 20 % × 9,000,000 = 1,800,000 × 22/22.
    // bruto 7,800,000; PPh 21 III 5 % = 390,000; BPJS 1 % of min(7,800,000, 12,000,000 − 4,800,000) = 72,000.
    expect(byNip.get(AGUS)).toMatchObject({ tpp_plt: '1800000', tpp_bruto: '7800000', pph21: '390000', bpjs_pegawai: '72000', tpp_netto: '7338000' });
    // Dewi (CPNS 80 %): own 3,500,000 × 80 % = 2,800,000; Plt kelas 9 (4,500,000 from pagu_per_kelas) from the 15th:
    // 12 of 22 working days: 20 % × 4,500,000 × 80 % × 12/22 = 392,727.27 → 392,727.
    expect(byNip.get(DEWI)).toMatchObject({ tpp_plt: '392727', tpp_bruto: '3192727' });
    // Hendra: Plh for 2 working days, below the pack's 3: nothing added, an info.
    expect(byNip.get(HENDRA)).toMatchObject({ tpp_plt: '0', tpp_bruto: '6000000' });
  });

  it('the totals still add up to the rupiah: payout list = ringkasan.json, and each pegawai.csv row reads bruto = components + tpp_plt − hukdis', () => {
    const sum = (key: string) => tpp.reduce((s, r) => s + Number(r[key]), 0);
    expect([sum('tpp_bruto'), sum('tpp_netto')]).toEqual([ringkasan.total.bruto, ringkasan.total.netto]);
    expect(sum('tpp_plt')).toBe(1_800_000 + 392_727);
    for (const r of readCsv(join(out, 'pegawai.csv'))) {
      expect(Number(r['komponen_disiplin']) + Number(r['komponen_kinerja']) + Number(r['tpp_plt']) - Number(r['potongan_hukdis']), r['nip']).toBe(Number(r['tpp_bruto']));
    }
  });

  it('the workbook payout sheet has the column and totals it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'kinerja-2026-10.xlsx'));
    const ws = wb.getWorksheet('TPP')!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const col = header.indexOf('Tambahan Plt/Plh') + 1;
    expect(col).toBeGreaterThan(0);
    let total: unknown;
    ws.eachRow((row) => {
      if ((row.values as unknown[]).includes('JUMLAH TOTAL')) total = row.getCell(col).value;
    });
    expect(total).toBe(1_800_000 + 392_727);
  });

  it('jelaskan shows the acting post, its days, the rule and the amount', () => {
    const r = runCli(['jelaskan', DEWI, '--period', '2026-10', '--input', fixture('plt'), '--policy', PACK]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Jabatan Plt/Plh (tpp.plt): tambahan 20% pagu jabatan yang dirangkap, minimal 3 hari kerja, untuk Plt, Plh');
    expect(r.stdout).toContain('Plt Bendahara Pengeluaran, kelas 9 (pagu Rp 4.500.000 dari kelas_jabatan), 2026-10-15 s.d. 2026-10-31: 12 dari 22 hari kerja');
    expect(r.stdout).toContain('TPP bruto = Rp 1.120.000 + Rp 1.680.000 + Rp 392.727 − Rp 0 = Rp 3.192.727');
    const h = runCli(['jelaskan', HENDRA, '--period', '2026-10', '--input', fixture('plt'), '--policy', PACK]);
    expect(h.stdout).toContain('2 dari 22 hari kerja; kurang dari minimal 3 hari, tidak ada tambahan');
    const json = runCli(['jelaskan', AGUS, '--period', '2026-10', '--input', fixture('plt'), '--policy', PACK, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ tpp: { plt: { cara: 'tambahan_persen', persen: '20', jumlah: 1_800_000, jabatan: [{ jenis: 'Plt', pagu: 9_000_000, hari: 22, cukup_hari: true, jumlah: 1_800_000 }] }, tpp_bruto: 7_800_000 } });
  });
});

describe('acting posts the pack does not pay, or that overlap: held, not guessed', () => {
  it('under bawaan (no tpp.plt) everyone acting in October is held and tpp.csv has no tpp_plt column', () => {
    const out = join(tempDir(), 'hasil');
    const run = runCli(['run', '--period', '2026-10', '--input', fixture('plt'), '--out', out]);
    expect(run.status, run.stderr).toBe(1);
    const codes = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PLT_TANPA_ATURAN').map((f) => f['nip']);
    expect(codes.sort()).toEqual([HENDRA, AGUS, DEWI].sort());
    const tpp = readCsv(join(out, 'tpp.csv'));
    expect(Object.keys(tpp[0] ?? {})).not.toContain('tpp_plt');
    expect(Object.keys(readCsv(join(out, 'pegawai.csv'))[0]!)).not.toContain('tpp_plt');
  });

  it('two overlapping terms of one employee hold him (PLT_TUMPANG_TINDIH)', () => {
    const dir = tempDir();
    for (const f of readdirSync(fixture('plt'))) copyFileSync(join(fixture('plt'), f), join(dir, f));
    writeFileSync(join(dir, 'plt.csv'), `${readFileSync(join(dir, 'plt.csv'), 'utf8')}${AGUS};Agus Priyanto;Plh;Sekretaris Dinas;;10.500.000;20/10/2026;22/10/2026\r\n`);
    const out = join(dir, 'hasil');
    const run = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'paket-aturan.yaml'), '--out', out]);
    expect(run.status, run.stderr).toBe(1);
    expect(readCsv(join(out, 'validasi.csv')).filter((f) => f['nip'] === AGUS).map((f) => f['kode'])).toContain('PLT_TUMPANG_TINDIH');
    expect(readCsv(join(out, 'tpp.csv')).map((r) => r['nip'])).not.toContain(AGUS);
  });
});

describe('acting posts as officers write them (found by a new-user trial)', () => {
  const copy = (extra: string) => {
    const dir = tempDir();
    for (const f of readdirSync(fixture('plt'))) copyFileSync(join(fixture('plt'), f), join(dir, f));
    writeFileSync(join(dir, 'plt.csv'), `NIP;Nama;Jenis;Jabatan;Kelas Jabatan;TPP Pagu;TMT Mulai;TMT Selesai\r\n${extra}`);
    const out = join(dir, 'hasil');
    const run = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'paket-aturan.yaml'), '--out', out]);
    return { run, out };
  };

  it('a term without tmt_selesai ("until a definitive official") is in force from its start: paid as a whole month', () => {
    const { run, out } = copy(`${AGUS};Agus Priyanto;Plt;Kepala Bidang Pendidikan Dasar;;9.000.000;01/10/2026;\r\n`);
    expect(run.status, run.stderr).toBe(0);
    // As above: 20 % × 9,000,000 × 22/22 = 1,800,000.
    expect(readCsv(join(out, 'tpp.csv')).find((r) => r['nip'] === AGUS)).toMatchObject({ tpp_plt: '1800000', tpp_bruto: '7800000' });
  });

  it('a NIP with two digits swapped holds the employee it is closest to instead of dropping the addition', () => {
    const { run, out } = copy(`198204122006041050;Agus Priyanto;Plt;Kepala Bidang Pendidikan Dasar;;9.000.000;01/10/2026;31/10/2026\r\n`);
    expect(run.status).toBe(1);
    const agus = readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === AGUS)!;
    expect([agus['status_bayar'], agus['keterangan']]).toEqual(['ditahan', 'NIP_TIDAK_DIKENAL_UBAH_BAYAR']);
  });
});

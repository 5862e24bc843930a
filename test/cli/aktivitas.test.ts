/**
 * A Deli Serdang-style 30/20/50 pack (Perbup 04/2019: kehadiran 30 + SKP 20 + laporan harian 50) built
 * here over the worked example: disiplin 30 % on nilai_disiplin, capaian 20 % on capaian_skp, aktivitas
 * 50 % on the daily activity base, target 300 menit per working day.
 * - Budi: 22 working days → target 6600; approved 2400 + 2550 = 4950 (600 not approved, 500 in
 *   September ignored) → 75 %. nilai_disiplin 92.50, capaian_skp 103.33 → 100 as a base.
 *   disiplin 5,000,000 × 30 % × 92.5 % = 1,387,500; capaian × 20 % × 100 % = 1,000,000;
 *   aktivitas × 50 % × 75 % = 1,875,000; bruto 4,262,500; PPh 5 % 213,125; BPJS 1 % 42,625;
 *   netto 4,006,750.
 * - Rina: joins 12 Oct, 15 working days → target 4500; monthly total 5400 → 120 % → capped at 100.
 *   dasar 5,000,000 × 15/22: disiplin × 30 % × 92.5 % = 20,812,500/22 = 946,022.7 → 946,023;
 *   capaian × 20 % = 15,000,000/22 = 681,818.2 → 681,818; aktivitas × 50 % = 37,500,000/22 =
 *   1,704,545.5 → 1,704,545 (the exact value is just under .5); bruto 3,332,386.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';

const PACK = `nama: Deli Serdang 30/20/50
versi: 1
tpp:
  komponen:
    - { nama: disiplin, bobot: 30, dasar: nilai_disiplin }
    - { nama: capaian, bobot: 20, dasar: capaian_skp }
    - { nama: aktivitas, bobot: 50, dasar: aktivitas }
aktivitas:
  satuan: menit
  target_per_hari_kerja: 300
`;

const ACTIVITY = [
  'nip;tanggal;bulan;menit;disetujui;uraian',
  `${BUDI};01/10/2026;;2400;ya;Verifikasi berkas`,
  `${BUDI};02/10/2026;;2550;ya;Rapat koordinasi`,
  `${BUDI};05/10/2026;;600;tidak;Belum disetujui`,
  `${BUDI};30/09/2026;;500;ya;Bulan lalu`,
  `${RINA};;2026-10;5400;ya;Total bulanan`,
].join('\n');

/** The worked example with the pack and (unless null) an activity file; returns the folder and pack path. */
function folder(activity: string | null = ACTIVITY): { dir: string; policy: string } {
  const root = tempDir();
  const dir = join(root, 'masukan');
  cpSync(fixture('worked-example'), dir, { recursive: true });
  if (activity !== null) writeFileSync(join(dir, 'aktivitas_oktober_2026.csv'), activity + '\n');
  const policy = join(root, 'deli-serdang.yaml');
  writeFileSync(policy, PACK);
  return { dir, policy };
}

function run(activity?: string | null) {
  const { dir, policy } = folder(activity);
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', policy, '--out', out]);
  return { r, out, dir, policy };
}

describe('dasar: aktivitas under a 30/20/50 pack', () => {
  const { r, out, dir, policy } = run();
  const pegawai = readCsv(join(out, 'pegawai.csv'));
  const line = (nip: string) => pegawai.find((row) => row['nip'] === nip)!;

  it('pays the activity component on approved activity against the target, to the rupiah', () => {
    expect(r.status).toBe(0);
    expect(line(BUDI)).toMatchObject({ komponen_disiplin: '1387500', komponen_capaian: '1000000', komponen_aktivitas: '1875000', tpp_bruto: '4262500', pph21: '213125', bpjs_pegawai: '42625', tpp_netto: '4006750', status_bayar: 'dibayar' });
    expect(line(RINA)).toMatchObject({ hari_kerja: '15', komponen_disiplin: '946023', komponen_capaian: '681818', komponen_aktivitas: '1704545', tpp_bruto: '3332386', status_bayar: 'dibayar' });
  });

  it('accounts for every activity row: 3 used, the unapproved and September rows ignored', () => {
    const berkas = readRingkasan(out).berkas.find((b) => b.masukan === 'aktivitas');
    expect(berkas).toMatchObject({ dibaca: 6, dipakai: 3, ditolak: 0, diabaikan: 2, dilewati: 1 });
  });

  it('jelaskan shows the activity base in both languages', () => {
    const args = [BUDI, '--period', '2026-10', '--input', dir, '--policy', policy];
    expect(runCli(['jelaskan', ...args]).stdout).toContain('Aktivitas harian: 4950 menit disetujui dari target 6600 menit → min(100%, 4950/6600 × 100) = 75,00% (3 baris, 1 tidak disetujui)');
    const en = runCli(['jelaskan', ...args, '--lang', 'en']).stdout;
    expect(en).toContain('Daily activity: 4950 menit approved against a target of 6600 menit → min(100%, 4950/6600 × 100) = 75.00% (3 row(s), 1 not approved)');
    expect(en).toContain('aktivitas = base × 50% × 75.00% (aktivitas)');
  });
});

describe('dasar: aktivitas never pays on a guess', () => {
  it('no activity file: the run stops (exit 2) like a missing required input', () => {
    const { r } = run(null);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('aktivitas');
    expect(r.stderr).toContain('MASUKAN_TIDAK_ADA');
  });

  it('an employee with no activity row is held (AKTIVITAS_TIDAK_ADA), not paid 0 on the component', () => {
    const { r, out } = run(ACTIVITY.split('\n').slice(0, 5).join('\n'));
    // An error finding: reports are written, exit 1; Budi is still paid.
    expect(r.status).toBe(1);
    const rina = readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === RINA)!;
    expect(rina).toMatchObject({ status_bayar: 'ditahan', tpp_bruto: '0', keterangan: 'AKTIVITAS_TIDAK_ADA' });
    expect(readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === BUDI)).toMatchObject({ status_bayar: 'dibayar', tpp_bruto: '4262500' });
  });

  it('an activity file with only a header stops the run (MASUKAN_KOSONG)', () => {
    const { r } = run('nip,tanggal,menit,disetujui');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('MASUKAN_KOSONG');
  });
});

describe('kinerja init', () => {
  it('writes an aktivitas template whose header the reader takes', () => {
    const dir = join(tempDir(), 'baru');
    expect(runCli(['init', dir, '--quiet']).status).toBe(0);
    expect(readFileSync(join(dir, 'templat-csv', 'aktivitas.csv'), 'utf8')).toBe('nip,tanggal,bulan,menit,poin,disetujui,uraian\n');
  });
});

describe('activity dated outside the employee’s service (found by a new-user trial)', () => {
  it('is not counted: Rina joins on the 12th, her 1 October row would overpay her', () => {
    const activity = ['nip;tanggal;bulan;menit;disetujui', `${BUDI};;2026-10;6600;ya`, `${RINA};01/10/2026;;3000;ya`, `${RINA};12/10/2026;;2250;ya`].join('\n');
    const { r, out } = run(activity);
    expect(r.status, r.stderr).toBe(0);
    // 15 working days × 300 = 4500; only the 12 October row counts: 2250 / 4500 = 50 %.
    // aktivitas 5,000,000 × 15/22 × 50 % × 50 % = 18,750,000/22 = 852,272.7 → 852,273
    // (with the 1 October row: 5250 / 4500, capped 100 % → 1,704,545).
    const rina = readCsv(join(out, 'pegawai.csv')).find((row) => row['nip'] === RINA)!;
    expect(rina['komponen_aktivitas']).toBe('852273');
    const f = readCsv(join(out, 'validasi.csv')).find((v) => v['kode'] === 'AKTIVITAS_LUAR_MASA_KERJA')!;
    expect(f).toMatchObject({ tingkat: 'peringatan', nip: RINA });
    expect(readRingkasan(out).berkas.find((b) => b.masukan === 'aktivitas')).toMatchObject({ dibaca: 4, dipakai: 2, diabaikan: 1 });
  });
});

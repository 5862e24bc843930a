/**
 * Attendance columns end to end: copies of the sample agency's attendance shape with renamed headers,
 * a schedule column, and monthly summaries that count lateness without bands or do not add up.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';
import { BUDI, RINA } from '../corpus/run-fixture.js';

/** Runs a fixture; a stopped run writes only validasi.csv. */
function runFixture(name: string, extra: string[] = []) {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', fixture(name), '--out', out, '--format', 'csv,json', ...extra]);
  const findings = readCsv(join(out, 'validasi.csv'));
  const pegawai = existsSync(join(out, 'pegawai.csv')) ? readCsv(join(out, 'pegawai.csv')) : [];
  if (existsSync(join(out, 'ringkasan.json'))) JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8'));
  return {
    status: r.status,
    findings,
    finding: (code: string, row?: number) => findings.find((f) => f['kode'] === code && (row === undefined || f['baris'] === String(row))),
    employee: (nip: string) => pegawai.find((p) => p['nip'] === nip)!,
  };
}

const SRI = '197807242005012007';
const AGUS = '198811092014031001';

/** A rule pack file with the given YAML body. */
function policy(yaml: string): string {
  const path = join(tempDir(), 'paket.yaml');
  writeFileSync(path, `nama: uji-kolom\nversi: 1\n${yaml}`);
  return path;
}

const MAP_KERJA = policy('masukan:\n  kolom:\n    presensi:\n      jam_masuk: ["Jam Datang Kerja"]\n      jam_pulang: ["Jam Pulang Kerja"]\n');

describe('presensi-jam-datang-kerja: arrival/leave under names kinerja does not know, beside a Keterangan column', () => {
  const run = runFixture('presensi-jam-datang-kerja');
  it('stops the run (exit 2) instead of paying everyone 0 as TK', () => {
    expect(run.status).toBe(2);
    const f = run.finding('KOLOM_PRESENSI_KURANG')!;
    expect(f).toMatchObject({ berkas: 'presensi.csv', baris: '4', tingkat: 'error' });
    // Names the unknown columns and what each may be, by name and by content, with a mapping to paste.
    expect(f['pesan']).toContain("'Jam Datang Kerja' mungkin jam_masuk (namanya mirip; isinya jam, mis. 07:29)");
    expect(f['pesan']).toContain("'Jam Pulang Kerja' mungkin jam_pulang");
    expect(f['pesan']).toContain('jam_masuk: ["Jam Datang Kerja"]');
  });
  it('does not bury the stop under the empty ledger it left (no PRESENSI_TIDAK_LENGKAP, PRESENSI_KOSONG)', () => {
    expect(run.finding('PRESENSI_TIDAK_LENGKAP')).toBeUndefined();
    expect(run.finding('PRESENSI_KOSONG')).toBeUndefined();
  });
  it('with the columns mapped in masukan.kolom, the times are read (Budi 15 minutes late once: TL1)', () => {
    const mapped = runFixture('presensi-jam-datang-kerja', ['--policy', MAP_KERJA]);
    expect(mapped.status).toBe(0);
    expect(mapped.employee(BUDI)).toMatchObject({ hadir: '22', tl1: '1', tl4: '0', psw4: '0', nilai_disiplin: '99.50', status_bayar: 'dibayar' });
    expect(mapped.employee(RINA)).toMatchObject({ hadir: '22', tl1: '0', nilai_disiplin: '100.00' });
  });
});

describe('presensi-fingerprint: Fingerprint In/Out and no code column', () => {
  const run = runFixture('presensi-fingerprint');
  it('a daily log with neither times nor codes stops the run, suggesting the fingerprint columns', () => {
    expect(run.status).toBe(2);
    const f = run.finding('KOLOM_PRESENSI_KURANG')!;
    expect(f['pesan']).toContain("'Fingerprint In' mungkin jam_masuk");
    expect(f['pesan']).toContain("'Fingerprint Out' mungkin jam_pulang");
    expect(run.findings.filter((x) => x['kode'] === 'PRESENSI_TIDAK_ADA')).toEqual([]);
  });
});

describe('presensi-datang-pulang: Datang/Pulang headers, a Gol column in pegawai', () => {
  const run = runFixture('presensi-datang-pulang');
  it('reads Datang as the arrival time (not every day TL4)', () => {
    expect(run.status).toBe(0);
    expect(run.employee(BUDI)).toMatchObject({ tl1: '1', tl4: '0', psw4: '0', nilai_disiplin: '99.50' });
    for (const nip of [RINA, SRI, AGUS]) expect(run.employee(nip)).toMatchObject({ tl4: '0', nilai_disiplin: '100.00' });
  });
  it('reads the golongan from a "Gol" column', () => {
    expect(run.employee(BUDI)['golongan']).toBe('III/c');
    expect(run.employee(AGUS)['golongan']).toBe('II/d');
  });
  it('lists the unknown headers once per file (KOLOM_TIDAK_DIKENAL, info), not the empty header cell', () => {
    const unknown = run.findings.filter((f) => f['kode'] === 'KOLOM_TIDAK_DIKENAL');
    // Every pegawai header is known (Gol included); the presensi file has No and Nama besides an empty cell.
    expect(unknown.map((f) => [f['berkas'], f['tingkat']])).toEqual([['presensi.csv', 'info']]);
    const presensi = unknown.find((f) => f['berkas'] === 'presensi.csv')!;
    expect(presensi).toMatchObject({ baris: '4', jumlah: '1' });
    expect(presensi['pesan']).toContain("Kolom yang tidak dipakai: 'No', 'Nama'.");
  });
});

describe('presensi-jadwal: a schedule column (Jam Masuk 07:30) beside the real scans under unknown names', () => {
  const run = runFixture('presensi-jadwal');
  it('never reads the schedule as arrival: KOLOM_JADWAL stops the run and points at the real scan column', () => {
    expect(run.status).toBe(2);
    const f = run.finding('KOLOM_JADWAL')!;
    expect(f).toMatchObject({ kolom: 'Jam Masuk', nilai: '07:30', tingkat: 'error' });
    expect(f['pesan']).toContain('100% baris');
    expect(f['pesan']).toContain('jam_masuk: ["Jam Datang Kerja"]');
    // Jam Pulang is 16:00 Mon-Thu and 16:30 on Fridays: one value per weekday is a schedule too.
    const pulang = run.findings.find((x) => x['kode'] === 'KOLOM_JADWAL' && x['kolom'] === 'Jam Pulang')!;
    expect(pulang['pesan']).toContain('jam_pulang: ["Jam Pulang Kerja"]');
  });
  it('with the scan columns mapped, the schedule columns are set aside and the scans are read', () => {
    const mapped = runFixture('presensi-jadwal', ['--policy', MAP_KERJA]);
    expect(mapped.status).toBe(0);
    expect(mapped.employee(BUDI)).toMatchObject({ tl1: '1', nilai_disiplin: '99.50' });
    expect(mapped.findings.filter((x) => x['kode'] === 'KOLOM_GANDA').map((x) => x['kolom']).sort()).toEqual(['Jam Masuk', 'Jam Pulang']);
  });
});

describe('rekap-terlambat-kali: a monthly summary counting late days without bands', () => {
  it('with the four TL/PSW bands of the default pack the counts cannot be split: the run stops', () => {
    const run = runFixture('rekap-terlambat-kali');
    expect(run.status).toBe(2);
    const cols = run.findings.filter((f) => f['kode'] === 'KOLOM_REKAP_TIDAK_COCOK').map((f) => f['kolom']);
    expect(cols.sort()).toEqual(['Pulang Cepat (kali)', 'Terlambat (kali)']);
    const late = run.findings.find((f) => f['kolom'] === 'Terlambat (kali)')!;
    expect(late['pesan']).toContain('jumlah hari terlambat tanpa pembagian pita');
    expect(late['pesan']).toContain('TL1, TL2, TL3, TL4');
  });
  it('with one TL and one PSW band in the pack, "Terlambat (kali)" maps to it and "Alpa" to TK', () => {
    const pack = policy(
      'presensi:\n  terlambat:\n    - { kode: TL, dari: 1, persen: 0.5 }\n  pulang_cepat:\n    - { kode: PSW, dari: 1, persen: 0.5 }\n',
    );
    const run = runFixture('rekap-terlambat-kali', ['--policy', pack]);
    expect(run.status).toBe(0);
    // 12 late days × 0.5 = 6 points; Rina: TL 1 × 0.5 + PSW 2 × 0.5 + TK 1 × 5 = 6.5.
    expect(run.employee(BUDI)).toMatchObject({ nilai_disiplin: '94.00', status_bayar: 'dibayar' });
    expect(run.employee(RINA)).toMatchObject({ tk: '1', nilai_disiplin: '93.50' });
  });
});

describe('rekap-tidak-seimbang: summary counts that do not add up to the working days', () => {
  const run = runFixture('rekap-tidak-seimbang');
  it('holds the employee (0 hadir and 0 TK; 30 hadir of 22) with REKAP_TIDAK_SEIMBANG', () => {
    expect(run.status).toBe(1);
    expect(run.findings.filter((f) => f['kode'] === 'REKAP_TIDAK_SEIMBANG').map((f) => [f['nip'], f['baris'], f['tingkat']])).toEqual([
      [BUDI, '4', 'error'],
      [RINA, '5', 'error'],
    ]);
    expect(run.finding('REKAP_TIDAK_SEIMBANG', 5)!['pesan']).toContain('Jumlah hari rekap 30 (hadir 30) tidak sama dengan 22 hari kerja pegawai ini menurut kalender');
    expect(run.employee(BUDI)['status_bayar']).toBe('ditahan');
    expect(run.employee(RINA)['status_bayar']).toBe('ditahan');
  });
  it('counts that add up are paid as given (Agus: 20 hadir + 2 sakit)', () => {
    expect(run.employee(AGUS)).toMatchObject({ hadir: '20', sakit: '2', status_bayar: 'dibayar' });
    expect(run.employee(SRI)).toMatchObject({ tl1: '2', tl2: '1', nilai_disiplin: '98.00', status_bayar: 'dibayar' });
  });
});

describe('presensi-dua-berkas: two daily-log exports that repeat days', () => {
  const run = runFixture('presensi-dua-berkas');
  it('a day repeated with other values holds the employee (BERKAS_BERTENTANGAN) naming both files', () => {
    expect(run.status).toBe(1);
    const f = run.findings.filter((x) => x['kode'] === 'BERKAS_BERTENTANGAN');
    expect(f.map((x) => [x['berkas'], x['baris'], x['nip'], x['tingkat']])).toEqual([['presensi_susulan.csv', '7', RINA, 'error']]);
    expect(f[0]!['pesan']).toContain(`NIP ${RINA} tanggal 2026-10-05 ada di presensi_oktober.csv, presensi_susulan.csv dengan nilai berbeda`);
    expect(run.employee(RINA)['status_bayar']).toBe('ditahan');
  });
  it('a week repeated with the same values is a repeated export: paid as read once', () => {
    expect(run.employee(BUDI)).toMatchObject({ hadir: '22', tl1: '1', nilai_disiplin: '99.50', status_bayar: 'dibayar' });
  });
});

import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';
import { BUDI, RINA, runFixture } from './run-fixture.js';

describe('setara-log-mesin vs setara-log-harian: all plain H days', () => {
  it('a raw ZKTeco punch log (headerless, zero-padded PINs, repeated scans) gives the daily log’s results', () => {
    const daily = runFixture('setara-log-harian');
    const punch = runFixture('setara-log-mesin');
    expect(daily.status).toBe(0);
    expect(punch.status).toBe(0);
    expect(punch.pegawai).toEqual(daily.pegawai);
    expect(punch.file('1_attlog.dat')).toMatchObject({ bentuk: 'log_mesin', pemisah: 'tab', ditolak: 0, diabaikan: 0, dilewati: 0 });
    expect(punch.employee(BUDI)['hadir']).toBe('22');
  });

  it('a punch log whose later lines carry one field more (a work code) is not a split value: a headerless log has no header to be past', () => {
    const input = join(tempDir(), 'masukan');
    cpSync(fixture('setara-log-mesin'), input, { recursive: true });
    const log = join(input, '1_attlog.dat');
    const lines = readFileSync(log, 'utf8').split('\r\n');
    writeFileSync(log, lines.map((l, i) => (i > 20 && l !== '' ? `${l}\t7` : l)).join('\r\n'));
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', input, '--out', out, '--format', 'csv,json']);
    expect(r.status, r.stderr).toBe(0);
    expect(readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'BARIS_KOLOM_BERLEBIH')).toEqual([]);
    expect(readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === BUDI)?.['hadir']).toBe('22');
  });
});

describe('rekap-bulanan: a monthly summary from an e-presensi app', () => {
  const run = runFixture('rekap-bulanan');
  it('uses the counts as given and the same percents (SPEC §7 counts → 92.50)', () => {
    expect(run.employee(BUDI)).toMatchObject({ hadir: '21', tl1: '2', tl2: '1', psw1: '1', tk: '1', nilai_disiplin: '92.50', tpp_bruto: '4850000' });
    expect(run.file('presensi_rekap.csv').bentuk).toBe('rekap_bulanan');
  });
  it('the calendar decides hari_kerja (warning); CLTN days reduce hari_bayar; a second row holds the employee', () => {
    expect(run.finding('HARI_KERJA_BEDA')).toMatchObject({ nip: RINA, nilai: '21', tingkat: 'peringatan' });
    expect(run.employee(RINA)).toMatchObject({ hari_kerja: '22', hari_bayar: '20', status_bayar: 'ditahan' });
    expect(run.finding('REKAP_GANDA')).toMatchObject({ nip: RINA, baris: '4', tingkat: 'error' });
  });
});

describe('penilaian-bkn: the BKN e-Kinerja "Laporan Penilaian SKP" export', () => {
  const run = runFixture('penilaian-bkn');
  it('finds the header on row 8 and reads upper-case ratings; the rating overrides the computed one', () => {
    expect(run.employee(BUDI)).toMatchObject({ rating_hasil_kerja: 'DI_ATAS', rating_perilaku: 'DI_ATAS', predikat: 'SANGAT_BAIK' });
    expect(run.finding('RATING_DARI_PENILAIAN', 9)).toMatchObject({ tingkat: 'info', nip: BUDI });
  });
  it('sets aside Plt/Plh rows and another month’s rows; "-" is not assessed', () => {
    expect(run.finding('PENILAIAN_PLT', 10)).toMatchObject({ nip: BUDI });
    expect(run.finding('PENILAIAN_BULAN_LAIN', 14)).toMatchObject({ nilai: 'sep' });
    expect(run.employee('197805062003121001')['predikat']).toBe('TIDAK_DINILAI');
  });
  it('after a transfer the latest periode_akhir_skp wins; "KURANG / MISCONDUCT" reads as KURANG', () => {
    expect(run.finding('PENILAIAN_DIGANTI', 11)).toMatchObject({ nip: RINA });
    expect(run.employee(RINA)['predikat']).toBe('KURANG');
  });
  it('two rows of one period that disagree are an error that holds the employee', () => {
    expect(run.finding('PENILAIAN_BERTENTANGAN')).toMatchObject({ nip: '199505102023212001', tingkat: 'error' });
    expect(run.employee('199505102023212001')['status_bayar']).toBe('ditahan');
    // Empty rows of the title block are not stored in the XLSX, so they are not read.
    expect(run.file('laporan_penilaian_skp.xlsx')).toMatchObject({ dibaca: 13, dilewati: 5, dipakai: 4, diabaikan: 3, ditolak: 1 });
  });
});

describe('hukdis-libur: the sanctions register and a holiday file', () => {
  const run = runFixture('hukdis-libur');
  it('takes the largest active sanction; expired ones are set aside', () => {
    expect(run.employee(BUDI)).toMatchObject({ potongan_hukdis: '1250000', tpp_bruto: '3750000' });
    expect(run.finding('HUKDIS_TIDAK_AKTIF')).toMatchObject({ nip: RINA, tingkat: 'info' });
  });
  it('a holiday in the period removes a working day; attendance on it is set aside', () => {
    expect(run.employee(BUDI)['hari_kerja']).toBe('21');
    expect(run.findings.filter((f) => f['kode'] === 'PRESENSI_HARI_LIBUR')).toHaveLength(2);
    expect(run.finding('LIBUR_LUAR_PERIODE')).toMatchObject({ jumlah: '2', nip: '' });
  });
  it('a bad holiday date is an error that holds nobody but makes the exit code 1', () => {
    expect(run.finding('TANGGAL_TIDAK_VALID')).toMatchObject({ berkas: 'libur_nasional_2026.csv', nip: '' });
    expect(run.employee(BUDI)['status_bayar']).toBe('dibayar');
    expect(run.status).toBe(1);
  });
});

describe('perilaku-panjang: long shape, labels and every rater problem', () => {
  const run = runFixture('perilaku-panjang');
  it('labels map to the pack’s scores; roles are weighted 60/20 over the roles present', () => {
    expect(run.employee(BUDI)['nilai_perilaku']).toBe('95.00');
  });
  it('an incomplete rater, a self-rating, an unknown aspect and a score off the scale are errors on their rows', () => {
    expect(run.finding('ASPEK_TIDAK_LENGKAP')!['pesan']).toContain('adaptif, kolaboratif');
    expect(run.finding('PENILAI_DIRI_SENDIRI')).toMatchObject({ baris: '21', nip: BUDI });
    expect(run.finding('ASPEK_TIDAK_DIKENAL')).toMatchObject({ nilai: 'integritas' });
    expect(run.finding('NILAI_PERILAKU_TIDAK_VALID')).toMatchObject({ nilai: '190' });
    expect(run.file('perilaku.csv')).toMatchObject({ dibaca: 30, dipakai: 21, ditolak: 8, dilewati: 1 });
  });
  it('peers without an atasan leave behaviour TIDAK_DINILAI', () => {
    expect(run.employee(RINA)).toMatchObject({ rating_perilaku: 'TIDAK_DINILAI', predikat: 'TIDAK_DINILAI' });
    expect(run.finding('PERILAKU_TANPA_ATASAN')).toMatchObject({ nip: RINA });
  });
});

describe('capaian-rentang: range targets, turun indicators, target 0', () => {
  const run = runFixture('capaian-rentang');
  it('(92/90 + (2 − 6.5/7) + 120) / 3 + 1 tambahan point = 110.79', () => {
    expect(run.employee(BUDI)).toMatchObject({ capaian_skp: '110.79', nilai_skp: '120.00', rating_hasil_kerja: 'DI_ATAS' });
  });
  it('rejects target 0 on a naik indicator, an empty realisasi and an unknown arah', () => {
    expect(run.finding('TARGET_TIDAK_VALID', 6)).toMatchObject({ nip: RINA, kolom: 'target' });
    expect(run.finding('REALISASI_KOSONG', 7)).toMatchObject({ kolom: 'realisasi' });
    expect(run.finding('NILAI_TIDAK_DIKENAL', 8)).toMatchObject({ kolom: 'arah', nilai: 'keatas' });
    expect(run.employee(RINA)['status_bayar']).toBe('ditahan');
  });
});

describe('the corpus is small and named for what it exercises', () => {
  it.each(['setara-log-mesin', 'rekap-bulanan', 'penilaian-bkn', 'hukdis-libur', 'perilaku-panjang', 'capaian-rentang'])('%s has a pegawai file', (name) => {
    expect(readFileSync(join(fixture(name), 'pegawai.csv'), 'utf8').length).toBeLessThan(2000);
  });
});

describe('dua-mesin: two machines, a CSV log with a header and a space-separated log without', () => {
  const run = runFixture('dua-mesin');
  it('merges scans of both machines per day: first is check-in, last is check-out', () => {
    expect(run.status).toBe(0);
    expect(run.employee(BUDI)).toMatchObject({ hadir: '22', tl1: '1', psw1: '0', nilai_disiplin: '99.50' });
    expect(run.employee(RINA)).toMatchObject({ psw2: '1', nilai_disiplin: '99.00' });
    expect(run.file('attlog_mesin2.dat')).toMatchObject({ bentuk: 'log_mesin', pemisah: 'spaces', dipakai: 44 });
  });
  it('matches PINs ignoring leading zeros; an unknown PIN is set aside with a warning', () => {
    expect(run.finding('PIN_TIDAK_DIKENAL')).toMatchObject({ berkas: 'attlog_mesin1.csv', baris: '46', kolom: 'UserID', nilai: '999' });
    expect(run.file('attlog_mesin1.csv')).toMatchObject({ dibaca: 46, dipakai: 44, diabaikan: 1, dilewati: 1 });
  });
});

import { describe, expect, it } from 'vitest';
import { BUDI, RINA, runFixture } from './run-fixture.js';

describe('win1252-pipa: Windows-1252 names in a |-separated .txt', () => {
  const run = runFixture('win1252-pipa');
  it('decodes the names and writes them as UTF-8', () => {
    expect(run.status).toBe(0);
    expect(run.employee(BUDI)['nama']).toBe('Siti Nur\u2019aini');
    expect(run.employee(RINA)['nama']).toBe('Désy Ratnasäri');
    expect(run.file('pegawai.txt')).toMatchObject({ encoding: 'win1252', pemisah: '|', dibaca: 3, dipakai: 2, dilewati: 1 });
  });
});

describe('teks-utf16 and csv-excel-indonesia: what the readers detected', () => {
  it('UTF-16 LE with BOM, tab-separated', () => {
    expect(runFixture('teks-utf16').file('presensi.txt')).toMatchObject({ encoding: 'utf16le', pemisah: 'tab', dipakai: 37 });
  });
  it('UTF-8 with BOM, `;`, a title row and a JUMLAH row', () => {
    const run = runFixture('csv-excel-indonesia');
    expect(run.file('pegawai.csv')).toMatchObject({ encoding: 'utf8', pemisah: ';', dibaca: 5, dipakai: 2, dilewati: 3 });
    expect(run.finding('BARIS_JUMLAH')).toMatchObject({ tingkat: 'info', berkas: 'pegawai.csv', baris: '5', nilai: 'JUMLAH' });
    expect(run.employee(BUDI)['tpp_pagu']).toBe('5000000');
  });
});

describe('angka-ambigu: `1.250` in a `,`-file and `1.000` in a `;`-file', () => {
  const run = runFixture('angka-ambigu');
  it('uses the decimal mark the column establishes (12.5 in the same column), without a warning', () => {
    expect(run.findings.filter((f) => f['kode'] === 'ANGKA_AMBIGU' && f['kolom'] === 'target' && f['berkas'] === 'capaian.csv')).toEqual([]);
  });
  it('otherwise reads it as decimal in a `,`-file, with a warning naming the reading', () => {
    expect(run.finding('ANGKA_AMBIGU', 2)).toMatchObject({ berkas: 'capaian.csv', kolom: 'realisasi', nilai: '1.250', tingkat: 'peringatan' });
    expect(run.finding('ANGKA_AMBIGU', 2)!['pesan']).toContain('1.25');
  });
  it('and as thousands in a `;`-file', () => {
    const f = run.findings.find((x) => x['berkas'] === 'capaian_titik_koma.csv')!;
    expect(f).toMatchObject({ kode: 'ANGKA_AMBIGU', kolom: 'target', nilai: '1.000', jumlah: '2' });
    expect(f['pesan']).toContain('1000');
  });
  it('computes from the readings: 1.25/1.25, 12/12.5, 1100/1000 and 9/10', () => {
    expect(run.employee(BUDI)['capaian_skp']).toBe('98.00');
    expect(run.employee(RINA)['capaian_skp']).toBe('100.00');
  });
});

describe('tanggal-bulan-dulu: a US-locale export', () => {
  const run = runFixture('tanggal-bulan-dulu');
  it('reads the whole column month-first with one warning', () => {
    expect(run.finding('TANGGAL_BULAN_DULU')).toMatchObject({ tingkat: 'peringatan', kolom: 'tanggal', nilai: '10/13/2026', nip: '' });
    expect(run.employee(BUDI)['hadir']).toBe('22');
  });
  it('an impossible date and a two-digit year are errors on their rows', () => {
    expect(run.finding('TANGGAL_TIDAK_VALID', 46)).toMatchObject({ nilai: '02/31/2026', nip: BUDI, tingkat: 'error' });
    expect(run.finding('TANGGAL_TIDAK_VALID', 47)!['pesan']).toContain('4 digit');
    expect(run.status).toBe(1);
  });
});

describe('baris-kosong-jumlah: title rows, blank rows and total rows', () => {
  const run = runFixture('baris-kosong-jumlah');
  it('skips them all and uses every data row', () => {
    expect(run.status).toBe(0);
    expect(run.file('presensi.csv')).toMatchObject({ dibaca: 53, dipakai: 44, dilewati: 9, ditolak: 0, diabaikan: 0 });
    expect(run.findings.filter((f) => f['kode'] === 'BARIS_JUMLAH').map((f) => f['nilai'])).toEqual(['JUMLAH', 'Total hari kerja']);
  });
});

describe('xlsx-1904-angka-teks: 1904 date system, serial dates, General time fractions, numbers as text', () => {
  const run = runFixture('xlsx-1904-angka-teks');
  it('reads the serials with the workbook’s date system (LibreOffice writes date1904="true")', () => {
    expect(run.status).toBe(0);
    expect(run.employee(BUDI)).toMatchObject({ hari_kerja: '22', hadir: '22', tl1: '22', nilai_disiplin: '89.00', tpp_pagu: '5000000' });
  });
});

/**
 * NIPs in every input, end to end: certain repairs are applied and reported, a sanction that cannot be
 * applied holds the employee it may belong to, continuation rows and copies across files.
 */
import { describe, expect, it } from 'vitest';
import { runFixture } from '../corpus/run-fixture.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';
const DEWI = '199410272020031037';
const AGUS = '198811232014021004';
const SRI = '199207142019032011';
const HENDRA = '197905062005011008';

describe('hukdis-nip: a sanctions register with NIPs copied from a web page, typed with hyphens, or converted from numbers', () => {
  const run = runFixture('hukdis-nip');
  const codes = (code: string) => run.findings.filter((f) => f['kode'] === code);

  it('applies the sanctions of NIPs with a zero-width space, hyphens and a trailing ".0" (info NIP_DIRAPIKAN)', () => {
    for (const nip of [BUDI, DEWI, RINA]) expect(run.employee(nip)).toMatchObject({ potongan_hukdis: '1237500', tpp_bruto: '3712500', status_bayar: 'dibayar' });
    expect(codes('NIP_DIRAPIKAN').filter((f) => f['berkas'] === 'hukdis.csv').map((f) => [f['baris'], f['nilai'], f['nip'], f['tingkat']])).toEqual([
      ['5', `${BUDI}⟨U+200B⟩`, BUDI, 'info'],
      ['6', '19941027-202003-1-037', DEWI, 'info'],
      ['7', `${RINA}.0`, RINA, 'info'],
    ]);
    expect(run.file('hukdis.csv')).toMatchObject({ dipakai: 3, ditolak: 2, diabaikan: 1 });
  });

  it('a NIP one digit off is an error that holds the closest employee; one with no close NIP holds nobody but fails the run', () => {
    expect(run.finding('HUKDIS_NIP_TIDAK_DIKENAL', 8)).toMatchObject({ tingkat: 'error', nilai: '198811232014021014', nip: AGUS });
    expect(run.finding('HUKDIS_NIP_TIDAK_DIKENAL', 8)!['pesan']).toContain(`NIP terdekat: ${AGUS}`);
    expect(run.employee(AGUS)).toMatchObject({ status_bayar: 'ditahan', tpp_bruto: '0' });
    expect(run.finding('HUKDIS_NIP_TIDAK_DIKENAL', 9)).toMatchObject({ tingkat: 'error', nip: '' });
    expect(run.finding('HUKDIS_NIP_TIDAK_DIKENAL', 9)!['pesan']).toContain('tidak ada pegawai yang ditahan');
    expect(run.status).toBe(1);
  });

  it('an unknown NIP whose sanction ended long ago is only set aside (someone who left)', () => {
    expect(run.finding('NIP_TIDAK_DIKENAL', 10)).toMatchObject({ tingkat: 'peringatan', nilai: '197001011995031002' });
  });

  it('tidies NIPs in the other inputs too: no-break spaces in presensi, hyphens in atasan_nip and penilai_nip', () => {
    expect(run.finding('NIP_DIRAPIKAN', 90)).toMatchObject({ berkas: 'presensi.csv', nip: SRI, jumlah: '22' });
    expect(run.employee(SRI)).toMatchObject({ hadir: '22', status_bayar: 'dibayar', tpp_bruto: '4950000' });
    expect(run.findings.filter((f) => f['kode'] === 'NIP_DIRAPIKAN' && ['NIP Atasan', 'NIP Penilai'].includes(f['kolom']!)).map((f) => f['nip'])).toEqual([BUDI, RINA]);
    // The hyphenated atasan_nip equals the rater's NIP once tidied.
    expect(codes('ATASAN_BERBEDA')).toEqual([]);
    expect(run.employee(HENDRA)['status_bayar']).toBe('dibayar');
  });
});

describe('nip-lanjutan: capaian and perilaku exports with merged NIP cells (NIP once per block)', () => {
  const run = runFixture('nip-lanjutan');

  it('takes every indicator row of a block as the employee above (info NIP_LANJUTAN), none rejected', () => {
    expect(run.file('capaian.csv')).toMatchObject({ dipakai: 18, ditolak: 0 });
    expect(run.finding('NIP_LANJUTAN', 6)).toMatchObject({ tingkat: 'info', berkas: 'capaian.csv', nip: '' });
    expect(run.finding('NIP_LANJUTAN', 6)!['pesan']).toContain('12 baris tanpa NIP di 6 blok');
    expect(run.employee(BUDI)).toMatchObject({ capaian_skp: '98.33', status_bayar: 'dibayar', tpp_bruto: '4950000' });
  });

  it('reads the long perilaku shape with the NIP once per 7 aspects (and merged rater cells)', () => {
    expect(run.finding('NIP_LANJUTAN', 4)).toMatchObject({ berkas: 'perilaku.csv' });
    expect(run.finding('NIP_LANJUTAN', 4)!['pesan']).toContain(`NIP ${BUDI}`);
    for (const nip of [BUDI, DEWI, AGUS, SRI, HENDRA]) expect(run.employee(nip)).toMatchObject({ nilai_perilaku: '100.00', status_bayar: 'dibayar' });
  });

  it('a rater NIP of 17 digits holds the rated employee (PENILAI_NIP_TIDAK_VALID)', () => {
    expect(run.finding('PENILAI_NIP_TIDAK_VALID', 17)).toMatchObject({ tingkat: 'error', nip: RINA, nilai: '19920714201903201' });
    expect(run.employee(RINA)).toMatchObject({ status_bayar: 'ditahan', tpp_bruto: '0' });
    expect(run.status).toBe(1);
  });
});

describe('nip-lanjutan-campur: a capaian file printing the NIP on every row, one row without it', () => {
  const run = runFixture('nip-lanjutan-campur');
  it('the row without a NIP is not dropped while the employee is paid on the rest: the employee above is held', () => {
    expect(run.finding('NIP_KOSONG_LANJUTAN', 10)).toMatchObject({ tingkat: 'error', nip: DEWI });
    expect(run.finding('NIP_KOSONG_LANJUTAN', 10)!['pesan']).toContain('ditulis lagi tepat di bawahnya');
    expect(run.employee(DEWI)).toMatchObject({ status_bayar: 'ditahan', tpp_bruto: '0' });
    expect(run.file('capaian.csv')).toMatchObject({ dipakai: 17, ditolak: 1 });
    expect(run.employee(BUDI)).toMatchObject({ status_bayar: 'dibayar', tpp_bruto: '4950000' });
  });
  it('a rater NIP that Excel turned into 1,99207E+17 holds the rated employee', () => {
    expect(run.finding('PENILAI_NIP_TIDAK_VALID', 8)).toMatchObject({ tingkat: 'error', nip: AGUS, nilai: '1,99207E+17' });
    expect(run.employee(AGUS)).toMatchObject({ status_bayar: 'ditahan', keterangan: 'PENILAI_NIP_TIDAK_VALID' });
  });
});

describe('capaian-dua-berkas: a unit file and the combined export overlap', () => {
  const run = runFixture('capaian-dua-berkas');
  it('identical capaian rows in the second file are set aside, not counted twice (case and spacing of the indicator ignored)', () => {
    expect(run.file('capaian_gabungan.csv')).toMatchObject({ dipakai: 6, ditolak: 1, diabaikan: 8 });
    expect(run.finding('BARIS_SAMA_BERKAS_LAIN', 2)).toMatchObject({ tingkat: 'peringatan', berkas: 'capaian_gabungan.csv', nip: RINA, jumlah: '3' });
    expect(run.employee(RINA)).toMatchObject({ capaian_skp: '98.33', status_bayar: 'dibayar', tpp_bruto: '4950000' });
  });
  it('a different realisasi for the same indicator in two files holds the employee (BERKAS_BERTENTANGAN)', () => {
    expect(run.finding('BERKAS_BERTENTANGAN', 6)).toMatchObject({ tingkat: 'error', berkas: 'capaian_gabungan.csv', nip: DEWI });
    expect(run.employee(DEWI)).toMatchObject({ status_bayar: 'ditahan', tpp_bruto: '0' });
  });
  it('perilaku: the same rater in two files with the same scores is one rating (no PENILAI_GANDA); different scores hold', () => {
    expect(run.findings.filter((f) => f['kode'] === 'PENILAI_GANDA')).toEqual([]);
    expect(run.finding('BARIS_SAMA_BERKAS_LAIN', 2)).toBeDefined();
    expect(run.findings.find((f) => f['kode'] === 'BARIS_SAMA_BERKAS_LAIN' && f['berkas'] === 'perilaku_gabungan.csv' && f['nip'] === RINA)).toBeDefined();
    expect(run.finding('BERKAS_BERTENTANGAN', 3)).toMatchObject({ berkas: 'perilaku_gabungan.csv', nip: DEWI });
    expect(run.file('perilaku_gabungan.csv')).toMatchObject({ dipakai: 2, ditolak: 1, diabaikan: 2 });
    expect(run.employee(AGUS)).toMatchObject({ nilai_perilaku: '90.00', status_bayar: 'dibayar' });
  });
});

/** Naming rules of the input folder (SPEC §2.1): which input a name provides, looks like, and which month it names. */
import { describe, expect, it } from 'vitest';
import { inputOfFileName, lookalikeInputs, nameWords, otherPeriodMentions, periodMentions, suggestedName, versionlessName } from '../../src/inputs/file-names.js';

const OCT_2026 = { year: 2026, month: 10 };

describe('inputOfFileName: the prefix rule', () => {
  it.each([
    ['pegawai.xlsx', 'pegawai'],
    ['presensi_oktober_2026.csv', 'presensi'],
    ['Presensi Oktober.csv', 'presensi'],
    ['presensi (1).csv', 'presensi'],
    ['capaian_skp.csv', 'capaian'],
    ['Capaian SKP.csv', 'capaian'],
    ['skp_oktober.csv', 'capaian'],
    ['attlog_mesin2.dat', 'presensi'],
    ['1_attlog.dat', 'presensi'],
    ['laporan_penilaian_skp.xlsx', 'penilaian'],
    ['libur_nasional_2026.csv', 'libur'],
    // A camelCase capital right after the prefix is a word boundary for certain.
    ['hukdisOktober.csv', 'hukdis'],
    ['presensiMesin2.csv', 'presensi'],
  ])('%s → %s', (name, input) => {
    expect(inputOfFileName(name)).toBe(input);
  });

  it.each(['hukuman_disiplin.csv', 'Hukuman Disiplin.xlsx', 'data_pegawai.csv', 'Rekap Absensi.xlsx', 'hukdisoktober.csv', 'HUKDISOKTOBER.csv', 'unitkerja.csv', 'README.md', 'paket-aturan.yaml'])(
    '%s is not taken',
    (name) => {
      expect(inputOfFileName(name)).toBeUndefined();
    },
  );

  it('a longer phrase of another input at the start wins: penilaian_perilaku is behaviour, not the BKN report', () => {
    expect(inputOfFileName('penilaian_perilaku.csv')).toBeUndefined();
    expect(inputOfFileName('Penilaian Perilaku Oktober.xlsx')).toBeUndefined();
    expect(lookalikeInputs('penilaian_perilaku.csv')[0]).toMatchObject({ input: 'perilaku' });
    expect(inputOfFileName('penilaian_kinerja.xlsx')).toBe('penilaian');
  });
});

describe('lookalikeInputs', () => {
  it.each([
    ['hukuman_disiplin.csv', 'hukdis'],
    ['Hukuman Disiplin.xlsx', 'hukdis'],
    ['hukdisoktober.csv', 'hukdis'],
    ['sanksi_pegawai_2026.xlsx', 'hukdis'],
    ['Rekap Absensi.xlsx', 'presensi'],
    ['daftar hadir oktober.csv', 'presensi'],
    ['rekap_kehadiran.csv', 'presensi'],
    ['absen.csv', 'presensi'],
    ['data_pegawai.csv', 'pegawai'],
    ['Data Pegawai ASN.xlsx', 'pegawai'],
    ['datapegawai.xlsx', 'pegawai'],
    ['nilai_perilaku.csv', 'perilaku'],
    ['laporan skp.xlsx', 'capaian'],
    ['tanggal merah 2026.csv', 'libur'],
    ['hari_libur.csv', 'libur'],
  ])('%s looks like %s', (name, input) => {
    expect(lookalikeInputs(name).map((m) => m.input)).toContain(input);
  });

  it.each(['README.md', 'paket-aturan.yaml', 'kinerja-2026-10.xlsx', 'masukan.xlsx', 'komunitas.csv', 'Thumbs.db', 'validasi.csv', 'ringkasan.json'])('%s looks like no input', (name) => {
    expect(lookalikeInputs(name)).toEqual([]);
  });

  it('suggests a name the prefix rule takes', () => {
    expect(suggestedName('hukuman_disiplin.csv', 'hukdis', 'hukuman disiplin')).toBe('hukdis.csv');
    expect(suggestedName('Rekap Absensi Oktober.xlsx', 'presensi', 'absensi')).toBe('presensi_rekap_oktober.xlsx');
    expect(inputOfFileName(suggestedName('Data Pegawai ASN.xlsx', 'pegawai', 'data pegawai'))).toBe('pegawai');
  });

  it('prefers a whole word over a prefix glued into it: skpd is unit, not capaian', () => {
    expect(lookalikeInputs('skpd.csv')).toEqual([{ input: 'unit', phrase: 'skpd' }]);
    expect(lookalikeInputs('Daftar SKPD 2026.xlsx')[0]).toMatchObject({ input: 'unit' });
    expect(lookalikeInputs('laporan skp.xlsx')[0]).toMatchObject({ input: 'capaian' });
  });

  it.each([
    ['skpd.csv', 'unit.csv'],
    ['nominatif_pegawai.xlsx', 'pegawai.xlsx'],
    ['pegawaiaktif.csv', 'pegawai_aktif.csv'],
    ['datapegawai.xlsx', 'pegawai.xlsx'],
    ['Daftar Hadir Absensi Oktober.csv', 'presensi_oktober.csv'],
    ['rekapabsensi.csv', 'presensi_rekap.csv'],
    ['2_attlog.dat', 'presensi_2.dat'],
  ])('%s: the suggested name is %s, without the input repeated', (name, suggested) => {
    const [first] = lookalikeInputs(name);
    const result = suggestedName(name, first!.input, first!.phrase);
    expect(result).toBe(suggested);
    expect(inputOfFileName(result)).toBe(first!.input);
  });

  it('splits camelCase, digits and separators', () => {
    expect(nameWords('hukdisOktober')).toEqual(['hukdis', 'oktober']);
    expect(nameWords('attlog_mesin2')).toEqual(['attlog', 'mesin', '2']);
    expect(nameWords('Rekap-Absensi  (1)')).toEqual(['rekap', 'absensi', '1']);
  });
});

describe('months and years in names', () => {
  it.each([
    ['capaian_juli_2026.csv', 'capaian'],
    ['presensi-09-2026.xlsx', 'presensi'],
    ['presensi_2026-09.csv', 'presensi'],
    ['presensi_202609.csv', 'presensi'],
    ['presensi_09_2026.csv', 'presensi'],
    ['presensi-9-2026.csv', 'presensi'],
    ['capaian_september.csv', 'capaian'],
    ['capaian_sept.csv', 'capaian'],
    ['perilaku_agt.csv', 'perilaku'],
    ['presensi_2025.csv', 'presensi'],
    ['presensi_oktober_2025.csv', 'presensi'],
    ['pegawai_nop_2026.xlsx', 'pegawai'],
    ['capaianSeptember.csv', 'capaian'],
    ['presensi_2026-09-01_2026-09-30.csv', 'presensi'],
    ['libur_2025.csv', 'libur'],
    // Last month's data, dated: only a staff or unit list may be dated in the month before.
    ['capaian-per-30-sep-2026.csv', 'capaian'],
    ['presensi_30_09_2026.csv', 'presensi'],
    ['perilaku per 30 September 2026.csv', 'perilaku'],
    ['pegawai_per_31_08_2026.xlsx', 'pegawai'],
    ['pegawai_september_2026.xlsx', 'pegawai'],
    ['unit_2026-09-30_2025-09-30.csv', 'unit'],
    // A range of months without October.
    ['capaian_skp_januari-juni_2026.csv', 'capaian'],
    ['capaian_jan_sd_sep_2026.csv', 'capaian'],
    ['capaian_skp_januari-desember_2025.csv', 'capaian'],
  ] as const)('%s names another period than 2026-10', (name, input) => {
    expect(otherPeriodMentions(name, input, OCT_2026)).not.toEqual([]);
  });

  it.each([
    ['presensi_bidang_1.csv', 'presensi'],
    ['attlog_mesin2.dat', 'presensi'],
    ['1_attlog.dat', 'presensi'],
    ['pegawai.xlsx', 'pegawai'],
    ['pegawai_198503172010011003.csv', 'pegawai'],
    ['presensi_oktober_2026.csv', 'presensi'],
    ['presensi_okt.csv', 'presensi'],
    ['presensi_oct_2026.csv', 'presensi'],
    ['presensi_2026-10.csv', 'presensi'],
    ['presensi_10-2026.csv', 'presensi'],
    ['presensi_202610.csv', 'presensi'],
    ['presensi_2026.csv', 'presensi'],
    ['presensi_bidang_1_2026.csv', 'presensi'],
    // The export date, in the month after the period.
    ['presensi_2026-11-02.csv', 'presensi'],
    ['presensi_20261102.csv', 'presensi'],
    ['capaian_skp.csv', 'capaian'],
    ['perilaku_bidang_2.csv', 'perilaku'],
    // A holiday list covers a year: only the year is compared; a sanctions register spans months and years.
    ['libur_nasional_2026.csv', 'libur'],
    ['libur_agustus_2026.csv', 'libur'],
    ['libur_2025_2026.csv', 'libur'],
    ['hukdis_2025.csv', 'hukdis'],
    ['hukdis_september.csv', 'hukdis'],
    // A staff or unit list as of the end of the previous month.
    ['pegawai_per_30_09_2026.xlsx', 'pegawai'],
    ['pegawai per 30 September 2026.xlsx', 'pegawai'],
    ['pegawai_30-sep-2026.csv', 'pegawai'],
    ['unit_per_2026-09-30.csv', 'unit'],
    ['pegawai per 15 Oktober 2026.xlsx', 'pegawai'],
    ['pegawai_per_1_nov_2026.xlsx', 'pegawai'],
    // A full date followed by a time: the 4 digits are 20:15, not the year 2015.
    ['presensi_20261101_2015.csv', 'presensi'],
    ['attlog_20261101_2030.dat', 'presensi'],
    ['presensi_2026-11-01_201530.csv', 'presensi'],
    ['presensi_01-11-2026_0905.csv', 'presensi'],
    // A range of months that holds October.
    ['capaian_skp_januari-desember_2026.csv', 'capaian'],
    ['Capaian SKP Juli s.d. Desember 2026.xlsx', 'capaian'],
    ['capaian_okt-des.csv', 'capaian'],
    ['perilaku_agustus_sampai_oktober_2026.csv', 'perilaku'],
  ] as const)('%s fits 2026-10', (name, input) => {
    expect(otherPeriodMentions(name, input, OCT_2026)).toEqual([]);
  });

  it('reads the mentions', () => {
    expect(periodMentions('capaian_juli_2026.csv').map((m) => [m.year, m.month])).toEqual([[2026, undefined], [undefined, 7]]);
    expect(periodMentions('presensi-09-2026.xlsx').map((m) => [m.year, m.month])).toEqual([[2026, 9]]);
    expect(periodMentions('presensi_bidang_1.csv')).toEqual([]);
    expect(periodMentions('presensi_20261101_2015.csv')).toEqual([{ year: 2026, month: 11, date: true, text: '20261101_2015' }]);
    expect(periodMentions('pegawai per 30 September 2026.xlsx')).toEqual([{ year: 2026, month: 9, date: true, text: '30 September 2026' }]);
    expect(periodMentions('capaian_januari-desember_2026.csv').map((m) => [m.year, m.month, m.monthTo])).toEqual([[2026, undefined, undefined], [undefined, 1, 12]]);
    // Two dates: the second is not taken for a time.
    expect(periodMentions('presensi_2026-10-01_2026-10-31.csv').map((m) => m.text)).toEqual(['2026-10-01', '2026-10-31']);
  });
});

describe('versions of one file', () => {
  it.each([
    ['presensi.csv', 'presensi (1).csv'],
    ['presensi.csv', 'presensi_revisi.csv'],
    ['presensi.csv', 'Presensi - Copy.csv'],
    ['presensi.csv', 'presensi_v2.csv'],
    ['presensi_oktober.csv', 'presensi_oktober_final_rev2.csv'],
    ['capaian_skp.csv', 'capaian_skp.xlsx'],
  ])('%s and %s are versions of one file', (a, b) => {
    expect(versionlessName(a)).toBe(versionlessName(b));
  });

  it.each([
    ['attlog_mesin1.csv', 'attlog_mesin2.dat'],
    ['perilaku_bidang_1.csv', 'perilaku_bidang_2.csv'],
    ['presensi.csv', 'presensi_rekap.csv'],
    ['presensi_mesin1.csv', 'presensi_mesin2.csv'],
  ])('%s and %s are different parts', (a, b) => {
    expect(versionlessName(a)).not.toBe(versionlessName(b));
  });
});

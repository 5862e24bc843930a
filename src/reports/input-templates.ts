/**
 * The input templates `kinerja init` writes (pure): one per input an officer fills by hand, with the
 * canonical column names of SPEC §2.4, built from the same field specs the readers map headers with.
 */
import { CAPAIAN_FIELDS } from '../inputs/capaian.js';
import type { FieldSpecs } from '../inputs/header-map.js';
import { HUKDIS_FIELDS } from '../inputs/hukdis.js';
import { LIBUR_FIELDS } from '../inputs/libur.js';
import { PEGAWAI_FIELDS } from '../inputs/pegawai.js';
import { WIDE_FIELDS } from '../inputs/perilaku.js';
import { DAILY_FIELDS } from '../inputs/presensi.js';
import { UNIT_FIELDS } from '../inputs/unit.js';
import type { Bilingual } from '../errors.js';
import type { InputName } from '../rules/rule-pack-schema.js';

/** One template: the input it feeds, its columns, and a line of guidance. */
export interface InputTemplate {
  input: InputName;
  columns: { name: string; required: boolean; text: boolean }[];
  optional: boolean;
  about: Bilingual;
  /** The specs the reader maps this input's header with. */
  specs: FieldSpecs<string>;
}

/** Columns typed as text in the XLSX template, so Excel never turns an 18-digit NIP into 1.98E+17. */
const TEXT_COLUMNS = new Set(['nip', 'atasan_nip', 'penilai_nip', 'pin', 'nomor_rekening', 'npwp', 'unit', 'induk', 'golongan', 'jam_masuk', 'jam_pulang']);

function template(input: InputName, specs: FieldSpecs<string>, optional: boolean, about: Bilingual): InputTemplate {
  const columns = Object.entries(specs).map(([name, spec]) => ({ name, required: spec.required === true, text: TEXT_COLUMNS.has(name) }));
  return { input, columns, optional, about, specs };
}

/**
 * Inputs that come from machines or BKN exports (punch logs, monthly summaries, `penilaian`) have no
 * template: they are read as exported.
 */
export const INPUT_TEMPLATES: readonly InputTemplate[] = [
  template('pegawai', PEGAWAI_FIELDS, false, {
    id: 'Satu baris per pegawai. NIP 18 digit (PPPK: nomor PPPK). status: PNS, CPNS, PPPK, PPPK_PW. tpp_pagu dalam rupiah tanpa titik bila ragu.',
    en: 'One row per employee. 18-digit NIP (PPPK: PPPK number). status: PNS, CPNS, PPPK, PPPK_PW. tpp_pagu in rupiah.',
  }),
  template('presensi', DAILY_FIELDS, false, {
    id: 'Satu baris per pegawai per hari kerja: tanggal (dd/mm/yyyy), jam_masuk dan jam_pulang (HH:MM), atau kode (mis. C, S, I, DL, TK) bila tidak ada scan.',
    en: 'One row per employee per working day: tanggal (dd/mm/yyyy), jam_masuk and jam_pulang (HH:MM), or kode (e.g. C, S, I, DL, TK) when there is no scan.',
  }),
  template('capaian', CAPAIAN_FIELDS, false, {
    id: 'Satu baris per indikator SKP: target dan realisasi. arah: naik atau turun. jenis: utama atau tambahan.',
    en: 'One row per SKP indicator: target and realisation. arah: naik (higher is better) or turun. jenis: utama or tambahan.',
  }),
  template('perilaku', WIDE_FIELDS, false, {
    id: 'Satu baris per penilai per pegawai: peran (atasan, rekan, bawahan) dan nilai 0–100 untuk tiap aspek BerAKHLAK.',
    en: 'One row per rater per employee: peran (atasan, rekan, bawahan) and a 0–100 score for each BerAKHLAK aspect.',
  }),
  template('unit', UNIT_FIELDS, true, {
    id: 'Satu baris per unit kerja. predikat_organisasi (ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG) untuk cek kurva.',
    en: 'One row per unit. predikat_organisasi (ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG) for the curve check.',
  }),
  template('hukdis', HUKDIS_FIELDS, true, {
    id: 'Hukuman disiplin yang memotong TPP: tmt (tanggal mulai), lama_bulan, persen potongan.',
    en: 'Disciplinary sanctions that cut TPP: tmt (start date), lama_bulan (months), persen (cut).',
  }),
  template('libur', LIBUR_FIELDS, true, {
    id: 'Libur nasional dan cuti bersama yang belum ada di paket aturan: satu tanggal per baris.',
    en: 'Public holidays and collective leave not yet in the rule pack: one date per row.',
  }),
];

/** The instructions sheet / file, as lines. */
export function templateInstructions(lang: 'id' | 'en', dirShown: string, period: string): string[] {
  const en = lang === 'en';
  const lines = en
    ? [
        'kinerja — input templates',
        '',
        '1. Fill the sheets of masukan.xlsx (one sheet per input; keep the header row, add one row per record).',
        '   Or copy the CSV files from templat-csv/ into this folder and fill those instead (not both: an input given twice stops the run).',
        '   Sheets you leave empty are ignored. Columns marked * below are required; you may delete optional columns you do not use.',
        '2. NIP columns are formatted as text in masukan.xlsx. If you paste NIPs into a CSV opened in Excel, they turn into 1.98503E+17: use the XLSX.',
        '3. Dates as dd/mm/yyyy (or yyyy-mm-dd), times as HH:MM, amounts in rupiah; decimal commas are fine.',
        '4. Edit paket-aturan.yaml if your region differs from the default rules (schedule, deductions, TPP components, tax).',
        `5. Check:  kinerja validate --period ${period} --input ${dirShown} --policy ${dirShown}/paket-aturan.yaml`,
        `6. Run:    kinerja run --period ${period} --input ${dirShown} --policy ${dirShown}/paket-aturan.yaml --out hasil-${period}`,
        `   Print the TPP sheet of hasil-${period}/kinerja-${period}.xlsx (the payout list, with the signature block).`,
        `7. Ask why a figure is what it is:  kinerja jelaskan <nip> --period ${period} --input ${dirShown} --policy ${dirShown}/paket-aturan.yaml`,
        '',
        'Attendance machine logs (ATTLOG), monthly summaries and BKN "Laporan Penilaian SKP" exports are read as exported: put them in this folder unchanged.',
        '',
      ]
    : [
        'kinerja — templat masukan',
        '',
        '1. Isi lembar-lembar masukan.xlsx (satu lembar per masukan; biarkan baris judul kolom, satu baris per data).',
        '   Atau salin berkas CSV dari templat-csv/ ke folder ini lalu isi itu (jangan keduanya: masukan yang diberikan dua kali menghentikan proses).',
        '   Lembar yang dibiarkan kosong diabaikan. Kolom bertanda * wajib; kolom opsional yang tidak dipakai boleh dihapus.',
        '2. Kolom NIP di masukan.xlsx berformat teks. NIP yang ditempel ke CSV yang dibuka di Excel berubah menjadi 1,98503E+17: pakai XLSX.',
        '3. Tanggal dd/mm/yyyy (atau yyyy-mm-dd), jam HH:MM, uang dalam rupiah; koma desimal boleh.',
        '4. Ubah paket-aturan.yaml bila aturan daerah berbeda dari bawaan (jadwal, potongan, komponen TPP, pajak).',
        `5. Periksa:   kinerja validate --period ${period} --input ${dirShown} --policy ${dirShown}/paket-aturan.yaml`,
        `6. Jalankan:  kinerja run --period ${period} --input ${dirShown} --policy ${dirShown}/paket-aturan.yaml --out hasil-${period}`,
        `   Cetak lembar TPP di hasil-${period}/kinerja-${period}.xlsx (daftar nominatif dengan blok tanda tangan).`,
        `7. Tanyakan asal suatu angka:  kinerja jelaskan <nip> --period ${period} --input ${dirShown} --policy ${dirShown}/paket-aturan.yaml`,
        '',
        'Log mesin presensi (ATTLOG), rekap bulanan dan ekspor BKN "Laporan Penilaian SKP" dibaca apa adanya: taruh di folder ini tanpa diubah.',
        '',
      ];
  for (const t of INPUT_TEMPLATES) {
    lines.push(`${t.input}${t.optional ? (en ? ' (optional)' : ' (opsional)') : ''}: ${en ? t.about.en : t.about.id}`);
    lines.push(`   ${t.columns.map((c) => c.name + (c.required ? '*' : '')).join(', ')}`);
  }
  return lines;
}

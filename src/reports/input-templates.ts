/**
 * The input templates `kinerja init` writes (pure): one per input an officer fills by hand, with the
 * canonical column names of SPEC §2.4, built from the same field specs the readers map headers with.
 */
import { AKTIVITAS_FIELDS } from '../inputs/aktivitas.js';
import { CAPAIAN_FIELDS } from '../inputs/capaian.js';
import type { FieldSpecs } from '../inputs/header-map.js';
import { HUKDIS_FIELDS } from '../inputs/hukdis.js';
import { JADWAL_FIELDS } from '../inputs/jadwal.js';
import { MUTASI_FIELDS } from '../inputs/mutasi.js';
import { PLT_FIELDS } from '../inputs/plt.js';
import { LIBUR_FIELDS } from '../inputs/libur.js';
import { PEGAWAI_FIELDS } from '../inputs/pegawai.js';
import { WIDE_FIELDS } from '../inputs/perilaku.js';
import { DAILY_FIELDS } from '../inputs/presensi.js';
import { UNIT_FIELDS } from '../inputs/unit.js';
import type { Bilingual } from '../errors.js';
import { pick, type Lang } from '../i18n.js';
import type { InputName } from '../rules/rule-pack-schema.js';
import { label } from './labels.js';

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
  template('mutasi', MUTASI_FIELDS, true, {
    id: 'Pindah unit, promosi atau ganti status di tengah bulan: nip, tanggal berlaku, dan kolom yang berubah saja. Data pegawai berisi jabatan pada awal bulan.',
    en: 'Transfers, promotions or status changes within the month: nip, the date it takes effect, and only the columns that change. The staff file gives the post at the start of the month.',
  }),
  template('plt', PLT_FIELDS, true, {
    id: 'Jabatan Plt/Plh yang dirangkap: jenis (Plt/Plh), jabatan, tpp_pagu atau kelas_jabatan jabatan itu, tmt_mulai, tmt_selesai. Dibayar menurut tpp.plt paket aturan.',
    en: 'Acting posts: jenis (Plt/Plh), jabatan, tpp_pagu or kelas_jabatan of that post, tmt_mulai, tmt_selesai. Paid as the pack\'s tpp.plt says.',
  }),
  template('jadwal', JADWAL_FIELDS, true, {
    id: 'Jadwal shift (dinas jaga) untuk unit yang bekerja bergiliran: satu baris per pegawai per tanggal, shift sesuai jadwal.shift paket aturan.',
    en: 'Shift rosters for units working in shifts: one row per employee per date, shift as defined in the pack\'s jadwal.shift.',
  }),
  template('aktivitas', AKTIVITAS_FIELDS, true, {
    id: 'Hanya bila paket aturan membayar atas aktivitas harian (dasar: aktivitas): satu baris per aktivitas (tanggal) atau satu total per bulan (bulan, mis. 2026-10), menit atau poin, disetujui ya/tidak.',
    en: 'Only when the rule pack pays on daily activity (dasar: aktivitas): one row per activity (tanggal) or one monthly total (bulan, e.g. 2026-10), menit or poin, disetujui ya/tidak.',
  }),
  template('libur', LIBUR_FIELDS, true, {
    id: 'Libur nasional dan cuti bersama yang belum ada di paket aturan: satu tanggal per baris.',
    en: 'Public holidays and collective leave not yet in the rule pack: one date per row.',
  }),
];

/** The instructions sheet / file, as lines. */
export function templateInstructions(lang: Lang, dirShown: string, period: string): string[] {
  const lines = label('template.guide', lang, { dir: dirShown, period }).split('\n');
  for (const t of INPUT_TEMPLATES) {
    lines.push(`${t.input}${t.optional ? label('template.optional_input', lang) : ''}: ${pick(t.about, lang)}`);
    lines.push(`   ${t.columns.map((c) => c.name + (c.required ? '*' : '')).join(', ')}`);
  }
  return lines;
}

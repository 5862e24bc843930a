/**
 * The input records every stage shares, as the readers deliver them after validation. The readers'
 * zod schemas are checked against these types (`satisfies`), so a field cannot drift between them.
 */
import type { OrgPredikat, Aspek, GivenRating, Peran, Predikat } from './domain.js';
import type { Exact } from '../exact.js';
import type { Golongan } from './golongan.js';
import type { JenjangJf } from './jenjang-jf.js';
import type { FileLedger } from './row-accounting.js';

/** Where a record came from: file name and row as the spreadsheet shows it. */
interface Provenance {
  file: string;
  row: number;
}

type JenisJabatan = 'struktural' | 'fungsional' | 'pelaksana';
type StatusPtkp = 'TK/0' | 'TK/1' | 'TK/2' | 'TK/3' | 'K/0' | 'K/1' | 'K/2' | 'K/3';

/** One employee of the staff master. */
export interface Pegawai extends Provenance {
  nip: string;
  nama: string;
  unit: string;
  jabatan?: string | undefined;
  jenisJabatan?: JenisJabatan | undefined;
  kelasJabatan?: number | undefined;
  golongan?: Golongan | undefined;
  /** Golongan as written, shown when it could not be read. */
  golonganText?: string | undefined;
  status: string;
  tppPagu?: number | undefined;
  gaji?: number | undefined;
  penghasilanBruto?: number | undefined;
  /** `YYYY-MM-DD`. */
  tmtMasuk?: string | undefined;
  tmtKeluar?: string | undefined;
  jadwal: string;
  atasanNip?: string | undefined;
  /** Machine PIN without leading zeros (PINs match ignoring leading zeros). */
  pin?: string | undefined;
  namaBank?: string | undefined;
  nomorRekening?: string | undefined;
  npwp?: string | undefined;
  /** NIK (16 digits), kept only when valid. */
  nik?: string | undefined;
  statusPtkp?: StatusPtkp | undefined;
  keteranganTpp?: string | undefined;
  /** First day this row's post is in force (`tmt_mulai`), `YYYY-MM-DD`. */
  berlakuMulai?: string | undefined;
  /** Last day this row's post is in force (`tmt_selesai`). */
  berlakuSampai?: string | undefined;
  /** Jenjang of a jabatan fungsional (`jenjang_jf`), for the year's angka kredit; pay does not use it. */
  jenjangJf?: JenjangJf | undefined;
  /**
   * Monthly iuran pensiun/THT withheld from the salary; read only for December's annual PPh 21
   * recalculation. null: written but unreadable or implausible (its error already holds the employee).
   */
  iuranPensiun?: number | null | undefined;
  /** The header of this row's empty iuran_pensiun cell (December's recalculation then holds the employee). */
  iuranPensiunKosong?: string | undefined;
  /**
   * The month's segments in date order, when the post changed within the month (several staff rows,
   * or a mutasi). The record's own unit, post, class, ceiling and status are the last segment's.
   */
  segmen?: readonly Segmen[] | undefined;
}

/** A part of the month with one post: what pays the days from `dari` to `sampai` (both in the period). */
export interface Segmen extends Provenance {
  dari: string;
  sampai: string;
  unit: string;
  jabatan?: string | undefined;
  jenisJabatan?: JenisJabatan | undefined;
  kelasJabatan?: number | undefined;
  tppPagu?: number | undefined;
  status: string;
}

/** The staff master as read: employees in file order (first copy of a duplicated NIP only). */
export interface PegawaiTable {
  employees: Pegawai[];
  byNip: ReadonlyMap<string, Pegawai>;
  /** Position of each NIP in `employees` (the index of its attendance slots). */
  indexOf: ReadonlyMap<string, number>;
  byPin: ReadonlyMap<string, Pegawai>;
  /** Every valid-looking NIP, sorted (to find who a damaged NIP may belong to). */
  sortedNips: readonly string[];
  ledgers: FileLedger[];
  /**
   * Staff files without an `iuran_pensiun` column (looked for only in a December under TER with the
   * annual recalculation), with their headers that look like it (`Iuran Pensiun (Rp)`, `IWP`).
   */
  tanpaIuranPensiun?: { berkas: readonly string[]; kolomMirip: readonly string[] };
}

/** A target as read: one number or a range `dari-sampai`. */
export type Target = Exact | { dari: Exact; sampai: Exact };

/** One SKP indicator of an employee. */
export interface Indikator extends Provenance {
  nip: string;
  indikator: string;
  target: Target;
  realisasi: Exact;
  bobot: Exact;
  arah: 'naik' | 'turun';
  jenis: 'utama' | 'tambahan';
  satuan?: string | undefined;
  inovasi: boolean;
}

/** One rater's scores for one employee. */
export interface Penilai extends Provenance {
  nip: string;
  penilaiNip?: string | undefined;
  peran: Peran;
  /** Scores on the 0..100 scale, per aspect. */
  skor: Record<Aspek, Exact>;
  /** Values as written, per aspect (for `jelaskan`). */
  asli: Record<Aspek, string>;
  /** The aspects given as a label (`di atas`, `sesuai`, `di bawah`) and that label; absent when none was. */
  label?: Partial<Record<Aspek, GivenRating>> | undefined;
}

/** A disciplinary sanction that reduces pay. */
export interface Hukdis extends Provenance {
  nip: string;
  jenis?: string | undefined;
  /** `YYYY-MM-DD`. */
  tmt: string;
  lamaBulan: number;
  persen: Exact;
  /** Points off the discipline score while active, from the pack's sanction type (`poin_disiplin`). */
  poinDisiplin?: Exact | undefined;
  /** The TPP components the percent cuts (`hukdis.jenis.*.komponen`); all of the TPP when absent. */
  komponen?: readonly string[] | undefined;
}

/** An employee's daily activity reports in the period (the `aktivitas` input), totalled. */
export interface AktivitasTotal extends Provenance {
  /** Sum of the approved rows, in the pack's unit (menit or poin). */
  realisasi: Exact;
  /** Rows of the period with a date, and monthly totals (approved or not). */
  harian: number;
  bulanan: number;
  /** Rows of the period not approved by the supervisor (counted, not used). */
  tidakDisetujui: number;
}

/** Kinds of acting post: Pelaksana Tugas and Pelaksana Harian. */
export type JenisPlt = 'Plt' | 'Plh';

/** An acting post (the `plt` input) that overlaps the period, as read. */
export interface Plt extends Provenance {
  nip: string;
  jenis: JenisPlt;
  jabatan?: string | undefined;
  kelasJabatan?: number | undefined;
  /** The acting post's ceiling: the row's tpp_pagu, else the pack's pagu_per_kelas of its kelas. */
  pagu: number;
  /** Whether the ceiling came from the row's tpp_pagu or from the kelas. */
  sumberPagu: 'tpp_pagu' | 'kelas_jabatan';
  /** `YYYY-MM-DD`, inclusive. */
  tmtMulai: string;
  tmtSelesai: string;
}

/** One unit of the unit file. */
export interface UnitRecord extends Provenance {
  kode: string;
  nama?: string | undefined;
  induk?: string | undefined;
  predikatOrganisasi?: OrgPredikat | undefined;
  paguUnit?: number | undefined;
}

/** A holiday of the libur file. */
export interface Libur {
  tanggal: string;
  keterangan?: string | undefined;
}

/**
 * Ratings already given elsewhere (the `penilaian` input), as written: they override the computed
 * ones; `matriks` tells whether the final predikat was given or is to be decided from the two ratings.
 */
export interface RatingOverride extends Provenance {
  hasilKerja?: GivenRating;
  perilaku?: GivenRating;
  hasilAkhir?: Exclude<Predikat, 'TIDAK_DINILAI'>;
}

/** The vocabulary every stage shares: ratings, predikat, statuses, aspects (SPEC §2.4, §4). */
import { z } from 'zod';
import { Exact } from '../exact.js';

/** Employee predikat kinerja (PermenPANRB 6/2022), plus TIDAK_DINILAI when a rating is missing. */
export const PREDIKAT = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG', 'TIDAK_DINILAI'] as const;
export const predikatSchema = z.enum(PREDIKAT);
export type Predikat = z.infer<typeof predikatSchema>;

/** Predikat that count towards a unit's curve (all but TIDAK_DINILAI). */
export const ASSESSED_PREDIKAT = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export const assessedPredikatSchema = z.enum(ASSESSED_PREDIKAT);
export type AssessedPredikat = z.infer<typeof assessedPredikatSchema>;

/** Rating of hasil kerja or perilaku against expectation. */
export type Rating = 'DI_ATAS' | 'SESUAI' | 'DI_BAWAH' | 'TIDAK_DINILAI';
export const GIVEN_RATING = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
export type GivenRating = (typeof GIVEN_RATING)[number];

/** Organisation (unit) predikat of SE MenPANRB 3/2023. */
export const ORG_PREDIKAT = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
export const orgPredikatSchema = z.enum(ORG_PREDIKAT);
export type OrgPredikat = z.infer<typeof orgPredikatSchema>;

/** The 7 BerAKHLAK aspects, in SPEC §2.4 order (ties in "weakest aspect" go to the first). */
export const ASPEK = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;
export const aspekSchema = z.enum(ASPEK);
export type Aspek = z.infer<typeof aspekSchema>;

/** Role of a behaviour rater. */
export const PERAN = ['atasan', 'rekan', 'bawahan'] as const;
export const peranSchema = z.enum(PERAN);
export type Peran = z.infer<typeof peranSchema>;

/** What a day code means for counting and pay (SPEC §2.4 day codes, pack `presensi.kode[].efek`). */
const EFEK_HARI = ['hadir', 'dinas_luar', 'izin', 'sakit', 'cuti', 'tidak_dibayar', 'tk'] as const;
export const efekHariSchema = z.enum(EFEK_HARI);
export type EfekHari = z.infer<typeof efekHariSchema>;

/** Pay status of an employee (SPEC §4.7). */
export type StatusBayar = 'dibayar' | 'ditahan' | 'nihil';

/** Where a TPP component takes its 0..100 base from (SPEC §3). */
export const DASAR_KOMPONEN = [
  'nilai_disiplin',
  'faktor_predikat',
  'capaian_skp',
  'nilai_perilaku',
  'nilai_kinerja',
  'tetap',
  'aktivitas',
] as const;
export type DasarKomponen = (typeof DASAR_KOMPONEN)[number];

export { formatPeriod, type Period } from './month.js';

/** Zod schema of an exact number (records carry scores and percentages as `Exact`). */
export const exactSchema = z.custom<Exact>((v) => v instanceof Exact, { message: 'harus angka / must be a number' });

/**
 * Predikat kinerja (SPEC §4.5): the PermenPANRB 6/2022 matrix of hasil kerja × perilaku, or the
 * PP 30/2019 numeric method; and nilai kinerja whenever both values exist.
 */
import type { GivenRating, Predikat, Rating } from '../model/domain.js';
import { ExactSum, type Exact } from '../exact.js';
import type { RulePack } from '../rules/rule-pack-schema.js';

/** The matrix, rows = hasil kerja, columns = perilaku (SPEC §4.5; national, not a pack setting). */
const PREDIKAT_MATRIX: Readonly<Record<GivenRating, Readonly<Record<GivenRating, Predikat>>>> = {
  DI_ATAS: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'SANGAT_BAIK' },
  SESUAI: { DI_BAWAH: 'KURANG', SESUAI: 'BAIK', DI_ATAS: 'BAIK' },
  DI_BAWAH: { DI_BAWAH: 'SANGAT_KURANG', SESUAI: 'BUTUH_PERBAIKAN', DI_ATAS: 'BUTUH_PERBAIKAN' },
};

/** Predikat from the two ratings; either missing gives TIDAK_DINILAI. */
export function predikatFromMatrix(hasilKerja: Rating, perilaku: Rating): Predikat {
  if (hasilKerja === 'TIDAK_DINILAI' || perilaku === 'TIDAK_DINILAI') return 'TIDAK_DINILAI';
  return PREDIKAT_MATRIX[hasilKerja][perilaku];
}

/** nilai_kinerja = (bobot_skp × nilai_skp + bobot_perilaku × nilai_perilaku) / 100. */
export function nilaiKinerjaOf(nilaiSkp: Exact | undefined, nilaiPerilaku: Exact | undefined, pack: RulePack): Exact | undefined {
  if (nilaiSkp === undefined || nilaiPerilaku === undefined) return undefined;
  const w = pack.kinerja.angka;
  return new ExactSum().addProduct(w.bobot_skp, nilaiSkp).addProduct(w.bobot_perilaku, nilaiPerilaku).dividedBy(100);
}

/** PP 30/2019: predikat from nilai kinerja; SANGAT_BAIK also needs an innovation. */
export function predikatFromNumber(nilaiKinerja: Exact | undefined, inovasi: boolean, pack: RulePack): Predikat {
  if (nilaiKinerja === undefined) return 'TIDAK_DINILAI';
  const b = pack.kinerja.angka.batas;
  if (nilaiKinerja.gte(b.sangat_baik)) return inovasi ? 'SANGAT_BAIK' : 'BAIK';
  if (nilaiKinerja.gte(b.baik)) return 'BAIK';
  if (nilaiKinerja.gte(b.butuh_perbaikan)) return 'BUTUH_PERBAIKAN';
  if (nilaiKinerja.gte(b.kurang)) return 'KURANG';
  return 'SANGAT_KURANG';
}

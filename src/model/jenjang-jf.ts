/**
 * Jenjang of a jabatan fungsional and its annual angka kredit coefficient (PermenPANRB 1/2023 on
 * jabatan fungsional, Lampiran: koefisien angka kredit tahunan per jenjang).
 */
import { Exact } from '../exact.js';

/** The jenjang codes, as written in pegawai.csv. */
export const JENJANG_JF = ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA', 'AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'] as const;

/** A jenjang of a jabatan fungsional. */
export type JenjangJf = (typeof JENJANG_JF)[number];

/** Annual coefficient per jenjang (PermenPANRB 1/2023): keterampilan 3.75 / 5 / 12.5 / 25, keahlian 12.5 / 25 / 37.5 / 50. */
export const KOEFISIEN_TAHUNAN: Readonly<Record<JenjangJf, Exact>> = {
  PEMULA: Exact.of(375, 100),
  TERAMPIL: Exact.of(5),
  MAHIR: Exact.of(125, 10),
  PENYELIA: Exact.of(25),
  AHLI_PERTAMA: Exact.of(125, 10),
  AHLI_MUDA: Exact.of(25),
  AHLI_MADYA: Exact.of(375, 10),
  AHLI_UTAMA: Exact.of(50),
};

/** Reads a jenjang as people write it (`Ahli Pertama`, `ahli-pertama`, `AHLI_PERTAMA`); undefined when unknown. */
export function readJenjangJf(text: string): JenjangJf | undefined {
  const code = text.trim().toUpperCase().replace(/[\s_-]+/g, '_');
  return JENJANG_JF.find((j) => j === code);
}

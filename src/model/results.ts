/** The results of a period, as scoring and tpp compute them and the reports read them. */
import type { Aspek, AssessedPredikat, DasarKomponen, OrgPredikat, Peran, Predikat, Rating, StatusBayar } from './domain.js';
import type { Exact } from '../exact.js';
import type { LocalDate } from './local-date.js';
import type { PltRule, WorkHours } from '../rules/rule-pack-schema.js';
import type { Indikator, Pegawai, Penilai, Plt, Segmen } from './records.js';
/** All results of one employee. */
export interface EmployeeResult {
  pegawai: Pegawai;
  hariKerja: number;
  /** Working days of a full month on the employee's schedule (pro-rata denominator). */
  hariKerjaPenuh: number;
  hariBayar: number;
  /** Paid days taken off by day codes' pay rules (share by length, fixed kelas); may be negative for a higher kelas. */
  potonganHariBayar: Exact;
  /** Absent for an employee without attendance (PRESENSI_TIDAK_ADA) or without working days. */
  disiplin?: DisciplineResult;
  hasilKerja: HasilKerjaResult;
  perilaku: PerilakuResult;
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  predikat: Predikat;
  /** Where the predikat came from. */
  sumberPredikat: 'matriks' | 'angka' | 'penilaian';
  nilaiKinerja?: Exact;
  /** The presence gate, when the pack has one and there was something to measure. */
  kehadiran: PresenceGate | undefined;
  tpp: TppResult;
  /** The employee works a shift roster (the `jadwal` input), not a schedule profile. */
  shift: boolean;
  /** The month's segments with their days, when the post changed within the month. */
  segmen: SegmentDays[] | undefined;
  /** Daily activity against its target, under a pack with an aktivitas rule and when the employee has rows. */
  aktivitas?: AktivitasResult | undefined;
  /** Sorted reason codes (findings' codes and nihil reasons). */
  keterangan: string[];
}

/** An employee's daily activity measured against the monthly target (`dasar: aktivitas`). */
export interface AktivitasResult {
  satuan: 'menit' | 'poin';
  /** Approved activity of the period. */
  realisasi: Exact;
  target: Exact;
  /** min(maks_persen, realisasi / target × 100): the component's base. */
  nilai: Exact;
  /** Rows of the period (approved or not) and those not approved. */
  baris: number;
  tidakDisetujui: number;
}

/** An employee's presence share and what it pays (`presensi.gerbang_kehadiran`). */
export interface PresenceGate {
  /** Days whose effect counts as present. */
  hariHadir: number;
  /** The paid days the share is taken over. */
  hariDasar: number;
  /** hariHadir / hariDasar × 100. */
  persenHadir: Exact;
  /** Percent of the gated components paid (100 above every band). */
  persenBayar: Exact;
  /** The band's limit the share fell under, if any. */
  diBawah: Exact | undefined;
}

/** What happens to one employee's arrears of one period in this run (`rapel.csv`'s `status`). */
type RapelStatus =
  /** Paid with this month. */
  | 'dibayar'
  /** Owed, but held with this month's pay (the employee is `ditahan` now). */
  | 'ditahan'
  /** Owed, but not on this month's payout list (nihil now, or not in the staff file): paid by a later run. */
  | 'tertunda'
  /** Still held in the recomputed period: nothing is owed yet. */
  | 'masih_ditahan'
  /** The recomputed period pays this employee nothing (nihil). */
  | 'nihil'
  /** Already paid in full by earlier arrears. */
  | 'lunas';

/** One employee's arrears of one earlier period (a row of `rapel.csv`). */
export interface RapelLine {
  nip: string;
  nama: string;
  /** The period owed, `YYYY-MM`. */
  periode: string;
  /** Netto the recomputed period gives (0 unless dibayar there). */
  nettoSeharusnya: number;
  /** Arrears of this period already paid to this NIP by later paid folders. */
  sudahDibayar: number;
  /** Paid now (0 unless status is dibayar). */
  rapel: number;
  status: RapelStatus;
}

/** An employee's arrears paid with this month. */
export interface RapelPay {
  /** Sum of `rapel` over the lines (0 when every line is held or pending). */
  jumlah: number;
  lines: RapelLine[];
}

/** Arrears of one earlier period, as this run found them. */
export interface RapelPeriod {
  periode: string;
  /** The paid results folder compared against (its last paid one). */
  folderDibayar: string;
  /** The input folder recomputed. */
  folderMasukan: string;
  /** Input files whose hash changed (or that appeared / went) since the period was paid. */
  masukanBerubah: string[];
  /** Employees whose amount in the period would change though they were not held there: a correction run's business. */
  berubahBukanRapel: number;
}

/** Everything `run --rapel` found: the periods and every line (employees held in a paid period). */
export interface RapelRun {
  periods: RapelPeriod[];
  lines: RapelLine[];
  /** Sum of the amounts paid now. */
  jumlah: number;
}

/** Results of a period. */
export interface PeriodResults {
  employees: EmployeeResult[];
  units: UnitResult[];
  totals: MoneyTotals;
  counts: { pegawai: number; dibayar: number; ditahan: number; nihil: number };
  predikat: Record<Predikat, number>;
  /** Arrears paid with this month (`run --rapel`); absent otherwise. */
  rapel?: RapelRun;
}

/** Why one day cost discipline points (for `jelaskan`). */
export interface DayDeduction {
  date: LocalDate;
  code: string;
  masuk?: number;
  pulang?: number;
  jam?: WorkHours;
  /** Minutes late / early and the band they fell in. */
  /** `jadiTk`: the day was one of a group of late days counted as a TK day (its TL percent not deducted). */
  terlambat?: { menit: number | null; band: string; jadiTk?: boolean };
  pulangCepat?: { menit: number | null; band: string };
  /** True when the day had no attendance record (counted as `hari_tanpa_data`). */
  tanpaCatatan: boolean;
  persen: Exact;
}

/** Discipline of one employee in the period. */
export interface DisciplineResult {
  hadir: number;
  /** Days per lateness band, in pack order. */
  tl: number[];
  /** Days per early-leave band, in pack order. */
  psw: number[];
  /** TK days, including those counted from late days (`tkDariTerlambat`). */
  tk: number;
  /** TK days counted from late days (`presensi.terlambat_per_tk`). */
  tkDariTerlambat: number;
  /** The longest run of consecutive TK working days (0 from a monthly summary, which has no dates). */
  tkBerturut: number;
  /** The first day of that run. */
  tkBerturutDari: LocalDate | undefined;
  /**
   * TK working days in a row from the employee's first working day of the month, and up to the last
   * one: with tkBerturut they chain runs across months (the year's recap). Undefined from a monthly
   * summary, which has no dates.
   */
  tkAwalBulan?: number | undefined;
  tkAkhirBulan?: number | undefined;
  izin: number;
  sakit: number;
  cuti: number;
  dinasLuar: number;
  /** Days coded CLTN/TB (or any code with efek tidak_dibayar): not paid. */
  tidakDibayar: number;
  /** Paid days taken off by day codes' pay shares (`presensi.kode.*.bayar`): 6 days at 75 % → 1.5. */
  potonganHariBayar: Exact;
  /** Days of codes paid at a fixed kelas (`presensi.kode.*.kelas`), per kelas. */
  hariKelasTetap: { kelas: number; hari: number }[];
  potongan: Exact;
  /** Points an active sanction takes off the score (`hukdis.jenis.*.poin_disiplin`), included in `potongan`. */
  poinHukdis?: Exact;
  nilai: Exact;
  /** Working days without any record (counted as `presensi.hari_tanpa_data`). */
  tanpaCatatan: LocalDate[];
  /** Every day that cost points, when asked for (`jelaskan`). */
  deductions?: DayDeduction[];
  fromSummary: boolean;
}

/** One indicator's capaian (clamped to [0, capaian_maks]). */
export interface IndikatorResult {
  indikator: Indikator;
  /** The target used in the formula (a range target picks its bound, SPEC §4.3). */
  targetDipakai?: Exact;
  capaian: Exact;
}

/** Work result of one employee. */
export interface HasilKerjaResult {
  indikator: IndikatorResult[];
  capaianSkp?: Exact;
  /**
   * The capaian SKP a TPP component takes as its base: capaianSkp, or with `kinerja.capaian_maks_bayar`
   * the same mean over indicators capped at that (the rating still uses capaianSkp).
   */
  capaianSkpBayar?: Exact;
  nilaiSkp?: Exact;
  /** Bonus points from tambahan indicators (after the cap). */
  poinTambahan: Exact;
  rating: Rating;
  /** Any capaian row carries the inovasi flag (for `metode: angka`). */
  inovasi: boolean;
}

/** One rater's mean score. */
export interface RaterResult {
  penilai: Penilai;
  rataRata: Exact;
}

/** The labels counted for `cara_label: mayoritas` (SPEC §4.4). */
export interface MajorityCount {
  DI_ATAS: number;
  SESUAI: number;
  DI_BAWAH: number;
  /** Aspects scored with a number: the majority cannot be counted, the employee is held. */
  bukanLabel: number;
}

/** Behaviour result of one employee. */
export interface PerilakuResult {
  raters: RaterResult[];
  /** Mean per role present. */
  perPeran: Partial<Record<Peran, Exact>>;
  nilai?: Exact;
  /** The base a `nilai_perilaku` TPP component takes: nilai, or 0 / 100 past `kinerja.perilaku.ambang_bayar`. */
  nilaiBayar?: Exact;
  /** Which threshold of `ambang_bayar` set nilaiBayar (undefined: none, nilaiBayar is nilai). */
  ambangBayar?: 'nol' | 'penuh' | undefined;
  /** With `cara_label: mayoritas`: the atasan's aspects per label, and those not given as a label. */
  mayoritas?: MajorityCount | undefined;
  rating: Rating;
  /** Mean score per aspect over all raters (for the weakest aspect, SPEC §4.9). */
  perAspek: Partial<Record<Aspek, Exact>>;
}

/** Money totals of a group of employees (sums of their rounded amounts). */
export interface MoneyTotals {
  bruto: number;
  pph21: number;
  /** PPh 21 borne by the employer (not deducted; 0 unless the pack computes it). */
  pph21Ditanggung: number;
  bpjsPegawai: number;
  bpjsPemda: number;
  netto: number;
}

/** What the unit summary needs from each employee. */
export interface UnitMember {
  nip: string;
  unit: string;
  predikat: Predikat;
  hariKerja: number;
  nilaiDisiplin?: Exact;
  capaianSkp?: Exact;
  tppBruto: number;
  pph21: number;
  pph21Ditanggung: number;
  bpjsPegawai: number;
  bpjsPemda: number;
  tppNetto: number;
}

/** One rule of the curve as checked for a unit. */
export interface CurveCheck {
  predikat: readonly AssessedPredikat[];
  kind: 'maks' | 'min' | 'min_orang';
  /** Percent of the rule (maks/min) or people (min_orang). */
  batas: Exact;
  have: number;
  allowed: number;
  ok: boolean;
}

/** Results of one unit. */
export interface UnitResult {
  kode: string;
  nama?: string;
  induk?: string;
  predikatOrganisasi?: OrgPredikat;
  paguUnit?: number;
  /** The unit is in the unit file. */
  terdaftar: boolean;
  jumlahPegawai: number;
  counts: Record<Predikat, number>;
  /** Employees with a predikat other than TIDAK_DINILAI. */
  dinilai: number;
  kurva: 'sesuai' | 'tidak_sesuai' | 'tidak_dicek';
  checks: CurveCheck[];
  rataNilaiDisiplin?: Exact;
  rataCapaianSkp?: Exact;
  totals: MoneyTotals;
}

/** One TPP component of an employee. */
export interface KomponenResult {
  nama: string;
  bobot: Exact;
  dasar: DasarKomponen;
  /** The 0..100 (or more, for faktor_predikat) base the component is paid on. */
  nilaiDasar: Exact;
  jumlah: number;
}

/** TPP of one employee. */
export interface TppResult {
  pagu?: number;
  faktorStatus?: Exact;
  faktorHari: Exact;
  faktorPredikat: Exact;
  /** Percent of the gated components paid by the presence gate (undefined: no gate). */
  persenGerbang: Exact | undefined;
  dasar?: Exact;
  komponen: KomponenResult[];
  persenHukdis: Exact;
  potonganHukdis: number;
  /**
   * What rounding the gross down to Rp 1,000 took off (`pembulatan.bruto`), 0..999; 0 when the pack
   * does not round the gross. tppBruto = components − potonganHukdis − pembulatanBruto.
   */
  pembulatanBruto: number;
  /** Acting posts (Plt/Plh) as paid, when the employee has any in the period and is paid. */
  plt: PltResult | undefined;
  /** What acting posts add (`tpp_plt`); tppBruto = components + tppPlt − potonganHukdis − pembulatanBruto. */
  tppPlt: number;
  tppBruto: number;
  /** PPh 21 withheld from the TPP (at most what is left of it after BPJS). */
  pph21: number;
  pph21Detail?: Pph21Detail;
  /**
   * Tax the method computed but the TPP could not bear (TER's step from salary to salary + TPP can
   * exceed a small TPP); left to be withheld elsewhere or settled in the annual recalculation.
   * Present only when above 0.
   */
  pph21Kurang?: number;
  /** PPh 21 the employer bears (`pajak.metode: ditanggung` with `ditanggung_dengan`): never deducted; 0 otherwise. */
  pph21Ditanggung: number;
  /** The employer's BPJS added to the taxable gross (`pajak.bruto_termasuk_bpjs_pemda`); 0 otherwise. */
  bpjsPemdaKenaPajak: number;
  dasarBpjs: number;
  bpjsPegawai: number;
  bpjsPemda: number;
  tppNetto: number;
  statusBayar: StatusBayar;
  /** Nihil reasons (exclusion code, TK_MELEBIHI_BATAS, KEHADIRAN_DI_BAWAH_BATAS, TIDAK_ADA_HARI_BAYAR). */
  alasanNihil: string[];
  /**
   * Arrears of earlier paid periods owed to this employee (`run --rapel`), set by the pipeline after
   * reading the archive; absent without --rapel. Transferred = tppNetto + (rapel?.jumlah ?? 0).
   */
  rapel?: RapelPay;
  /** Per segment of the month (when the post changed within it), in the order of `EmployeeResult.segmen`. */
  segmen: SegmentTpp[] | undefined;
}

/** What one segment of the month pays. */
interface SegmentTpp {
  pagu: number;
  faktorStatus: Exact;
  faktorHari: Exact;
  /** Amount per pack component, in pack order (0 when the employee is not paid). */
  komponen: number[];
  jumlah: number;
}

/** The days of one segment of the month. */
export interface SegmentDays {
  segmen: Segmen;
  hariKerja: number;
  hariBayar: number;
  /** Paid days taken off in this segment by day codes' pay rules. */
  potonganHariBayar: Exact;
}

/** One acting post (Plt/Plh) as paid (for `jelaskan`). */
export interface PltLine {
  plt: Plt;
  /** The employee's working days in [tmt_mulai, tmt_selesai] ∩ the month ∩ their own service dates. */
  hari: number;
  /** The monthly base the post adds: persen % of its ceiling, or its ceiling above the own one (0 if not above). */
  dasar: Exact;
  /** False when the acting days are below `minimal_hari`: nothing is paid for it. */
  cukupHari: boolean;
  jumlah: number;
}

/** What acting posts add to one employee's TPP. */
export interface PltResult {
  rule: PltRule;
  lines: PltLine[];
  /** Sum of the lines' amounts (what joins the gross). */
  jumlah: number;
}

/** How the tax was computed (for `jelaskan`). */
export type Pph21Detail = TaxedDetail | { metode: 'ditanggung'; dihitung?: TaxedDetail } | { metode: 'tidak_ada' };

/** A tax actually computed, withheld or (under `ditanggung`) borne by the employer. */
export type TaxedDetail =
  | { metode: 'tarif_golongan'; kunci: string; tarif: Exact }
  | { metode: 'ter'; kategori: 'A' | 'B' | 'C'; brutoLain: number; tarifTotal: Exact; tarifLain: Exact; pajakTotal: number; pajakLain: number }
  | AnnualTaxDetail;

/**
 * December under TER: the year recalculated (Pasal 17), as tax(gaji + TPP) − tax(gaji) for the year,
 * less what January–November withheld from the TPP. Amounts are the year's, in whole rupiah.
 */
export interface AnnualTaxDetail {
  metode: 'tahunan';
  /** Months of the year counted (those present in January–November, and December). */
  bulan: number;
  /** The monthly other income (penghasilan_bruto, else gaji), taken for every month counted. */
  brutoLain: number;
  gajiSetahun: number;
  /** Taxable TPP of January–November as paid, and of December. */
  tppSebelumnya: number;
  tppDesember: number;
  /** Biaya jabatan on gaji + TPP and on gaji alone (5 %, capped per month counted: biayaJabatanMaks). */
  biayaJabatan: Exact;
  biayaJabatanMaks: number;
  biayaJabatanGaji: Exact;
  /** The iuran pensiun/THT of the months counted, deducted from both. */
  iuranPensiunSetahun: number;
  ptkp: number;
  /** PKP (rounded down to the thousand) on gaji + TPP and on gaji alone. */
  pkp: number;
  pkpGaji: number;
  pajakSetahun: number;
  pajakGaji: number;
  /** The year's tax on the TPP: pajakSetahun − pajakGaji. */
  pajakTpp: number;
  /** PPh 21 withheld from the TPP in January–November. */
  dipotong: number;
  /** December's amount: pajakTpp − dipotong (negative: the excess is returned). */
  pajakDesember: number;
}

/** BPJS shares on one employee's gross TPP. */
export interface BpjsResult {
  upah: number;
  dasarBpjs: number;
  bpjsPegawai: number;
  bpjsPemda: number;
}

/** What the lists need from each employee. */
export interface FollowUpMember {
  pegawai: Pegawai;
  hariKerja: number;
  predikat: Predikat;
  nilaiDisiplin?: Exact;
  held: boolean;
  perAspek: Partial<Record<Aspek, Exact>>;
  raters: readonly Penilai[];
}

/** One row of `tindak_lanjut.csv`. */
export interface FollowUpRow {
  daftar: 'pembinaan' | 'penghargaan' | 'kalibrasi';
  nip: string;
  nama: string;
  unit: string;
  alasan: string;
  aspekTerlemah?: Aspek;
  saranPelatihan?: string;
}


/**
 * December's annual recalculation can give a negative PPh 21 (more withheld January–November than the
 * year's tax): the finance files show it as two amounts, never a negative deduction. What is withheld
 * this month (0 for a refund) and what is returned (`pph21_lebih_potong`, 0 otherwise); withheld −
 * returned = `tpp.pph21`, so the net is unchanged.
 */
export function pph21Withheld(result: EmployeeResult): number {
  return Math.max(result.tpp.pph21, 0);
}

export function pph21Returned(result: EmployeeResult): number {
  return result.tpp.pph21 < 0 ? -result.tpp.pph21 : 0;
}

/** Whether the finance files carry the `pph21_lebih_potong` column: a December whose PPh 21 was recalculated for the year. */
export function hasAnnualTax(results: PeriodResults): boolean {
  return results.employees.some((r) => r.tpp.pph21Detail?.metode === 'tahunan');
}

/** What is transferred to an employee: this month's net TPP plus any arrears paid with it (`run --rapel`). */
export function transferAmount(result: EmployeeResult): number {
  return result.tpp.tppNetto + (result.tpp.rapel?.jumlah ?? 0);
}

/** Everything read for one period: what the computation takes from the readers. */
import type { Period } from './domain.js';
import type { DayCodeTable } from '../rules/day-codes.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import type { AttendanceView } from './attendance.js';
import type { Calendar } from './calendar.js';
import type { AktivitasTotal, Hukdis, Indikator, PegawaiTable, Penilai, Plt, RatingOverride, UnitRecord } from './records.js';

/** One employee's TPP tax in January–November, from the paid archive. */
export interface Pph21PriorMonths {
  /** Months (1..11) the employee is in, ascending. */
  bulan: number[];
  /** Taxable TPP of those months: tpp_bruto, plus bpjs_pemda when the pack taxes it. */
  brutoKenaPajak: number;
  /** PPh 21 withheld from the TPP in those months. */
  pph21: number;
  /** Arrears (rapel) were paid in one of those months. */
  adaRapel: boolean;
}

/** December's annual recalculation for one employee: January–November (absent for a December joiner) and the monthly iuran pensiun. */
export interface DecemberTax {
  prior: Pph21PriorMonths | undefined;
  iuranPensiun: number;
}

/** January–November of a December period, for its annual PPh 21 recalculation. */
export interface Pph21YearToDate {
  /** Months 1..11 with no paid results folder in the archive: December then stays TER. */
  bulanKurang: number[];
  byNip: ReadonlyMap<string, Pph21PriorMonths>;
}

export interface PeriodData {
  period: Period;
  pack: RulePack;
  calendar: Calendar;
  codes: DayCodeTable;
  pegawai: PegawaiTable;
  attendance: AttendanceView;
  capaian: ReadonlyMap<string, readonly Indikator[]>;
  perilaku: ReadonlyMap<string, readonly Penilai[]>;
  hukdis: ReadonlyMap<string, readonly Hukdis[]>;
  /** Acting posts (Plt/Plh) touching the period, by NIP (absent or empty without a plt input). */
  plt?: ReadonlyMap<string, readonly Plt[]>;
  /** Daily activity totals by NIP (absent without an aktivitas input). */
  aktivitas?: ReadonlyMap<string, AktivitasTotal>;
  /** The unit file, when one was given. */
  units?: ReadonlyMap<string, UnitRecord>;
  penilaian?: ReadonlyMap<string, RatingOverride>;
  /** Whether a capaian / perilaku input was given (a pack paying on discipline alone may omit them). */
  hasCapaian: boolean;
  hasPerilaku: boolean;
  /** December under TER with `desember: tahunan`: the year so far, read from the archive. */
  pph21Tahun?: Pph21YearToDate;
}

/**
 * The year's recap (pure): per employee, each month's predikat and the TPP paid, the TK days of the
 * year against the PP 94/2021 thresholds, the longest run of TK working days chained across months,
 * and the angka kredit of a jabatan fungsional (PermenPANRB 1/2023). The months come from the archive
 * as read (`read-year.ts`); nothing here touches files.
 */
import { Exact } from '../exact.js';
import { ASSESSED_PREDIKAT, type AssessedPredikat } from '../model/domain.js';
import { KOEFISIEN_TAHUNAN, readJenjangJf, type JenjangJf } from '../model/jenjang-jf.js';
import type { ArchivedEmployee } from './read-results.js';

/** How a month of the year stands in the archive. */
type MonthState = 'dibayar' | 'belum_dibayar' | 'tidak_ada';

/** One employee's month as the recap needs it. */
export interface MonthEmployee {
  nip: string;
  nama: string;
  unit: string;
  status: string;
  predikat: string;
  statusBayar: ArchivedEmployee['statusBayar'];
  /** The arrears paid with the month (the `rapel` column), part of tppDibayar. */
  rapel: number;
  /** Netto plus the arrears paid with the month (`rapel`), when the employee was paid. */
  tppDibayar: number;
  tk: number | undefined;
  hariKerja: number | undefined;
  /** TK runs of the month; undefined when the month's results do not hold them (older runs, monthly summaries). */
  tkBeruntun: number | undefined;
  tkAwalBulan: number | undefined;
  tkAkhirBulan: number | undefined;
  /** The jenjang as written in the month's pegawai.csv ('' when none). */
  jenjangJf: string;
}

/** One month of the year as found in the archive. */
export interface MonthInput {
  month: number;
  state: MonthState;
  /** The folder used (`2026-03`, `2026-03-koreksi-1`); undefined when the month is missing. */
  folder?: string | undefined;
  employees: ReadonlyMap<string, MonthEmployee>;
}

/** A PP 94/2021 threshold for TK days (tidak masuk kerja tanpa alasan yang sah). */
export interface TkThreshold {
  /** Code written in the outputs. */
  kode: string;
  tingkat: 'ringan' | 'sedang' | 'berat';
  /** Days from (inclusive); `sampai` null: and more. */
  dari: number;
  sampai: number | null;
  /** `kumulatif`: days in the calendar year; `berturut`: working days in a row. */
  dasar: 'kumulatif' | 'berturut';
  hukuman: { id: string; en: string };
}

/**
 * PP 94/2021 on Disiplin PNS: the duty to come to work (Pasal 4), sanctions (Pasal 8) for TK days
 * counted cumulatively in one year — Pasal 9 ayat (2) ringan, Pasal 10 ayat (2) sedang, Pasal 11
 * ayat (2) huruf d berat — and 10 working days in a row (Pasal 11). National and the same in every
 * region, so they are constants, not rule-pack data.
 */
const PP94_THRESHOLDS: readonly TkThreshold[] = [
  { kode: 'TEGURAN_LISAN', tingkat: 'ringan', dari: 3, sampai: 3, dasar: 'kumulatif', hukuman: { id: 'teguran lisan', en: 'oral reprimand' } },
  { kode: 'TEGURAN_TERTULIS', tingkat: 'ringan', dari: 4, sampai: 6, dasar: 'kumulatif', hukuman: { id: 'teguran tertulis', en: 'written reprimand' } },
  { kode: 'PERNYATAAN_TIDAK_PUAS', tingkat: 'ringan', dari: 7, sampai: 10, dasar: 'kumulatif', hukuman: { id: 'pernyataan tidak puas secara tertulis', en: 'written statement of dissatisfaction' } },
  { kode: 'POTONGAN_TUKIN_25_6_BULAN', tingkat: 'sedang', dari: 11, sampai: 13, dasar: 'kumulatif', hukuman: { id: 'pemotongan tunjangan kinerja 25% selama 6 bulan', en: 'performance allowance cut 25% for 6 months' } },
  { kode: 'POTONGAN_TUKIN_25_9_BULAN', tingkat: 'sedang', dari: 14, sampai: 16, dasar: 'kumulatif', hukuman: { id: 'pemotongan tunjangan kinerja 25% selama 9 bulan', en: 'performance allowance cut 25% for 9 months' } },
  { kode: 'POTONGAN_TUKIN_25_12_BULAN', tingkat: 'sedang', dari: 17, sampai: 20, dasar: 'kumulatif', hukuman: { id: 'pemotongan tunjangan kinerja 25% selama 12 bulan', en: 'performance allowance cut 25% for 12 months' } },
  { kode: 'PENURUNAN_JABATAN', tingkat: 'berat', dari: 21, sampai: 24, dasar: 'kumulatif', hukuman: { id: 'penurunan jabatan setingkat lebih rendah selama 12 bulan', en: 'demotion by one level for 12 months' } },
  { kode: 'PEMBEBASAN_JABATAN', tingkat: 'berat', dari: 25, sampai: 27, dasar: 'kumulatif', hukuman: { id: 'pembebasan dari jabatan menjadi jabatan pelaksana selama 12 bulan', en: 'release from the post to a pelaksana post for 12 months' } },
  { kode: 'PEMBERHENTIAN', tingkat: 'berat', dari: 28, sampai: null, dasar: 'kumulatif', hukuman: { id: 'pemberhentian dengan hormat tidak atas permintaan sendiri', en: 'honourable dismissal not at own request' } },
  { kode: 'PEMBERHENTIAN_10_HARI_BERTURUT', tingkat: 'berat', dari: 10, sampai: null, dasar: 'berturut', hukuman: { id: 'pemberhentian dengan hormat tidak atas permintaan sendiri (10 hari kerja berturut-turut)', en: 'honourable dismissal not at own request (10 working days in a row)' } },
];

/** Share of the annual coefficient per predikat (PermenPANRB 1/2023): 150 / 100 / 75 / 50 / 25 %. */
const AK_PERSEN: Readonly<Record<AssessedPredikat, Exact>> = {
  SANGAT_BAIK: Exact.of(150),
  BAIK: Exact.of(100),
  BUTUH_PERBAIKAN: Exact.of(75),
  KURANG: Exact.of(50),
  SANGAT_KURANG: Exact.of(25),
};

const assessed = (p: string): AssessedPredikat | undefined => ASSESSED_PREDIKAT.find((a) => a === p);

/** One employee's year. Month arrays are indexed 0..11 (January..December). */
export interface YearEmployee {
  nip: string;
  nama: string;
  /** Of the latest month the employee is in. */
  unit: string;
  status: string;
  /** Predikat per month; undefined when the month is missing or the employee is not in it. */
  predikat: (string | undefined)[];
  predikatTahunan: AssessedPredikat | undefined;
  /** How the annual predikat was set, or why it is empty (see AnnualBasis). */
  predikatTahunanDasar: AnnualBasis;
  /** TPP paid per month (netto + rapel); undefined when nothing was paid for it (missing, not yet paid, not in it). */
  tpp: (number | undefined)[];
  tppTotal: number;
  /** TK days per month the employee is in (undefined otherwise). */
  tkPerBulan: (number | undefined)[];
  tkKumulatif: number;
  /** The month (1..12) in which the cumulative TK reached the crossed threshold. */
  tkKumulatifBulanTercapai: number | undefined;
  /** Longest run of TK working days known; undefined when no month of the employee holds runs. */
  tkBeruntunTerpanjang: number | undefined;
  /** First and last month (1..12) of that run. */
  tkBeruntunBulan: [number, number] | undefined;
  /** Months the employee is in whose results do not hold TK runs: the longest run may be longer. */
  tkBeruntunTidakDiketahui: number[];
  /** Thresholds crossed: the cumulative one (at most one) and the run one. */
  sanksi: TkThreshold[];
  /** The latest jenjang written in the year's months. */
  jenjangJf: JenjangJf | undefined;
  /** Jenjang written but not known (never guessed). */
  jenjangJfTidakDikenal: string | undefined;
  /** Exact; undefined without a jenjang or an assessed predikat. */
  angkaKredit: Exact | undefined;
  angkaKreditDasar: AngkaKreditBasis | undefined;
  /** Months the employee is in whose TPP was not counted because the month is not paid yet. */
  bulanBelumDibayar: number[];
  /** Months the employee was held (ditahan): their data had an error, so their TK may be wrong too. */
  bulanDitahan: number[];
}

/** The year as a whole. */
export interface YearSummary {
  tahun: number;
  months: { month: number; state: MonthState; folder: string | undefined; pegawai: number; dibayar: number; tppDibayar: number }[];
  employees: YearEmployee[];
  total: { tppDibayar: number };
}

/** Predikat given for the year (`penilaian` rows with `bulan_skp: tahunan`), by NIP. */
export type AnnualRatings = ReadonlyMap<string, AssessedPredikat>;

/**
 * NIPs whose annual rating is in doubt: a `--penilaian` row that may be theirs was rejected (a
 * conflict, another year, an unreadable value, a mistyped or damaged NIP that may be theirs).
 */
export type AnnualDoubts = ReadonlySet<string>;

/**
 * The pack's rule for the annual predikat where no annual rating is given (`kinerja.predikat_tahunan`).
 * `penilaian`: only the annual evaluation (PermenPANRB 6/2022: annual ratings through the matrix), so
 * it stays empty without one; `bulan_terakhir`: the employee's last month of the year;
 * `terbanyak`: the predikat most months have, a tie going to the lower one. The last two are regional
 * choices: no national rule turns monthly predikat into an annual one.
 */
export type AnnualRule = 'penilaian' | 'bulan_terakhir' | 'terbanyak';

/** Why the annual predikat is what it is, as written in `predikat_tahunan_dasar`. */
export type AnnualBasis =
  | { kind: 'penilaian' }
  | { kind: 'bulan_terakhir'; month: number }
  | { kind: 'terbanyak'; count: number; of: number }
  | { kind: 'tanpa_penilaian' }
  | { kind: 'penilaian_ditolak' }
  | { kind: 'bulan_tidak_ada'; months: number[] }
  | { kind: 'tidak_dinilai'; month?: number }
  | { kind: 'ditahan'; months: number[] };

/**
 * A month that counts for the year's predikat and angka kredit: the employee is in it with working
 * days (a month before the TMT or after leaving has none, whatever rating rows were copied forward).
 */
const inService = (e: MonthEmployee | undefined): e is MonthEmployee => e !== undefined && e.hariKerja !== 0;

/** Months (1..12) of `months` the employee was held in: their predikat came from data in doubt. */
const heldIn = (own: readonly (MonthEmployee | undefined)[], pick: (i: number) => boolean) =>
  own.flatMap((e, i) => (pick(i) && e?.statusBayar === 'ditahan' ? [i + 1] : []));

/** Lower predikat first wins a tie (the order of ASSESSED_PREDIKAT is best to worst). */
function mostFrequent(predikat: readonly AssessedPredikat[]): { predikat: AssessedPredikat; count: number } | undefined {
  let best: { predikat: AssessedPredikat; count: number } | undefined;
  for (const p of [...ASSESSED_PREDIKAT].reverse()) {
    const count = predikat.filter((q) => q === p).length;
    if (count > 0 && (best === undefined || count > best.count)) best = { predikat: p, count };
  }
  return best;
}

/**
 * The annual predikat of one employee: none while a rejected annual row may be theirs (never
 * recorded on a guess); else a given annual rating always; else the pack's rule, which never looks
 * past a month missing from the archive (the employee may be in it).
 */
function annualPredikat(
  own: readonly (MonthEmployee | undefined)[],
  months: readonly MonthInput[],
  given: AssessedPredikat | undefined,
  rule: AnnualRule,
  doubted: boolean,
): { predikat: AssessedPredikat | undefined; basis: AnnualBasis } {
  if (doubted) return { predikat: undefined, basis: { kind: 'penilaian_ditolak' } };
  if (given) return { predikat: given, basis: { kind: 'penilaian' } };
  if (rule === 'penilaian') return { predikat: undefined, basis: { kind: 'tanpa_penilaian' } };
  const last = own.reduce((at, e, i) => (inService(e) ? i : at), -1);
  // bulan_terakhir needs the months after the employee's last one; terbanyak needs every month.
  const missing = months.filter((m, i) => m.state === 'tidak_ada' && (rule === 'terbanyak' || i > last)).map((m) => m.month);
  if (missing.length > 0) return { predikat: undefined, basis: { kind: 'bulan_tidak_ada', months: missing } };
  if (last < 0) return { predikat: undefined, basis: { kind: 'tidak_dinilai' } };
  // A held month's predikat was computed from data with an error: it decides nothing.
  const held = heldIn(own, (i) => (rule === 'bulan_terakhir' ? i === last : inService(own[i])));
  if (held.length > 0) return { predikat: undefined, basis: { kind: 'ditahan', months: held } };
  if (rule === 'bulan_terakhir') {
    const p = assessed(own[last]!.predikat);
    return p ? { predikat: p, basis: { kind: 'bulan_terakhir', month: last + 1 } } : { predikat: undefined, basis: { kind: 'tidak_dinilai', month: last + 1 } };
  }
  const inMonths = own.filter(inService);
  const top = mostFrequent(inMonths.flatMap((e) => assessed(e.predikat) ?? []));
  return top ? { predikat: top.predikat, basis: { kind: 'terbanyak', count: top.count, of: inMonths.length } } : { predikat: undefined, basis: { kind: 'tidak_dinilai' } };
}

/** The threshold the cumulative TK days fall in, if any. */
export function cumulativeThreshold(days: number): TkThreshold | undefined {
  return PP94_THRESHOLDS.find((t) => t.dasar === 'kumulatif' && days >= t.dari && (t.sampai === null || days <= t.sampai));
}

const runThreshold = (days: number) => PP94_THRESHOLDS.find((t) => t.dasar === 'berturut' && days >= t.dari);

/** What the angka kredit was computed from, or why it is empty although a jenjang is known. */
export type AngkaKreditBasis =
  | { kind: 'predikat_tahunan'; months: number }
  | { kind: 'predikat_bulanan'; months: number }
  | { kind: 'ditahan'; months: number[] }
  | { kind: 'penilaian_ditolak' };

/**
 * Angka kredit of the year: each month the employee is in with working days, a jenjang and an
 * assessed predikat adds koefisien/12 × the predikat's share (the annual predikat's when one is set).
 * A month is the unit because the jenjang may change during the year and PermenPANRB 1/2023 prorates
 * periods by months. Without an annual predikat, a held month's predikat is in doubt: none is given.
 * Nor is one while the annual rating is in doubt (a rejected annual row may be the employee's).
 */
function angkaKreditOf(
  own: readonly (MonthEmployee | undefined)[],
  annual: AssessedPredikat | undefined,
  doubted: boolean,
): { value: Exact | undefined; basis: AngkaKreditBasis | undefined } {
  const counted = own.map((e, i) => ({ e, month: i + 1 })).filter((m): m is { e: MonthEmployee; month: number } => inService(m.e) && readJenjangJf(m.e.jenjangJf) !== undefined);
  if (doubted && counted.length > 0) return { value: undefined, basis: { kind: 'penilaian_ditolak' } };
  const held = counted.filter((m) => m.e.statusBayar === 'ditahan').map((m) => m.month);
  if (annual === undefined && held.length > 0) return { value: undefined, basis: { kind: 'ditahan', months: held } };
  let total: Exact | undefined;
  let months = 0;
  for (const { e } of counted) {
    const predikat = annual ?? assessed(e.predikat);
    if (!predikat) continue;
    const ak = KOEFISIEN_TAHUNAN[readJenjangJf(e.jenjangJf)!].div(Exact.of(12)).mul(AK_PERSEN[predikat]).div(Exact.HUNDRED);
    total = (total ?? Exact.ZERO).add(ak);
    months += 1;
  }
  if (total === undefined) return { value: undefined, basis: undefined };
  return { value: total, basis: { kind: annual === undefined ? 'predikat_bulanan' : 'predikat_tahunan', months } };
}

/** The longest TK run across the months, chaining a month's end run into the next month's start run. */
function longestRun(months: readonly (MonthEmployee | undefined)[]): Pick<YearEmployee, 'tkBeruntunTerpanjang' | 'tkBeruntunBulan' | 'tkBeruntunTidakDiketahui'> {
  let best: number | undefined;
  let bestMonths: [number, number] | undefined;
  const unknown: number[] = [];
  // The run that reaches the end of the previous month, and the month it started in.
  let carry = 0;
  let carryFrom = 0;
  months.forEach((e, i) => {
    const month = i + 1;
    if (!e) {
      carry = 0;
      return;
    }
    if (e.tkAwalBulan === undefined || e.tkAkhirBulan === undefined || e.tkBeruntun === undefined) {
      unknown.push(month);
      carry = 0;
      return;
    }
    const consider = (length: number, from: number) => {
      if (best === undefined || length > best) {
        best = length;
        bestMonths = [from, month];
      }
    };
    consider(e.tkBeruntun, month);
    if (carry > 0 && e.tkAwalBulan > 0) consider(carry + e.tkAwalBulan, carryFrom);
    const wholeMonth = e.hariKerja !== undefined && e.hariKerja > 0 && e.tkAwalBulan === e.hariKerja;
    if (wholeMonth && carry > 0) carry += e.tkAwalBulan;
    else {
      carry = e.tkAkhirBulan;
      carryFrom = month;
    }
  });
  return { tkBeruntunTerpanjang: best, tkBeruntunBulan: best === undefined || best === 0 ? undefined : bestMonths, tkBeruntunTidakDiketahui: unknown };
}

function summarizeEmployee(nip: string, months: readonly MonthInput[], given: AssessedPredikat | undefined, rule: AnnualRule, doubted: boolean): YearEmployee {
  const own = months.map((m) => m.employees.get(nip));
  const annual = annualPredikat(own, months, given, rule, doubted);
  const ak = angkaKreditOf(own, annual.predikat, doubted);
  const latest = own.filter((e) => e !== undefined).at(-1)!;
  const tpp = months.map((m, i) => (m.state === 'dibayar' && own[i] ? own[i].tppDibayar : undefined));
  const tkPerBulan = own.map((e) => (e ? (e.tk ?? 0) : undefined));
  let tkKumulatif = 0;
  let tkKumulatifBulanTercapai: number | undefined;
  const crossed = cumulativeThreshold(tkPerBulan.reduce<number>((n, d) => n + (d ?? 0), 0));
  tkPerBulan.forEach((d, i) => {
    tkKumulatif += d ?? 0;
    if (crossed && tkKumulatifBulanTercapai === undefined && tkKumulatif >= crossed.dari) tkKumulatifBulanTercapai = i + 1;
  });
  const run = longestRun(own);
  const byRun = run.tkBeruntunTerpanjang === undefined ? undefined : runThreshold(run.tkBeruntunTerpanjang);
  // The latest jenjang written (a month without one, e.g. an older run, does not erase it).
  const jenjangText = own.filter((e) => e !== undefined && e.jenjangJf !== '').at(-1)?.jenjangJf ?? '';
  return {
    nip,
    nama: latest.nama,
    unit: latest.unit,
    status: latest.status,
    predikat: own.map((e) => e?.predikat),
    predikatTahunan: annual.predikat,
    predikatTahunanDasar: annual.basis,
    tpp,
    tppTotal: tpp.reduce<number>((n, v) => n + (v ?? 0), 0),
    tkPerBulan,
    tkKumulatif,
    tkKumulatifBulanTercapai,
    ...run,
    sanksi: [crossed, byRun].filter((t) => t !== undefined),
    jenjangJf: readJenjangJf(jenjangText),
    jenjangJfTidakDikenal: jenjangText !== '' && readJenjangJf(jenjangText) === undefined ? jenjangText : undefined,
    angkaKredit: ak.value,
    angkaKreditDasar: ak.basis,
    bulanBelumDibayar: months.filter((m, i) => m.state === 'belum_dibayar' && own[i]).map((m) => m.month),
    bulanDitahan: months.filter((_, i) => own[i]?.statusBayar === 'ditahan').map((m) => m.month),
  };
}

/**
 * Summarizes the year from its 12 months (in order; a missing month has no employees). `doubted`:
 * employees whose annual rating is in doubt get neither an annual predikat nor an angka kredit.
 */
export function summarizeYear(
  tahun: number,
  months: readonly MonthInput[],
  annual: AnnualRatings = new Map(),
  rule: AnnualRule = 'penilaian',
  doubted: AnnualDoubts = new Set(),
): YearSummary {
  const nips = new Set<string>();
  for (const m of months) for (const nip of m.employees.keys()) nips.add(nip);
  const employees = [...nips].sort().map((nip) => summarizeEmployee(nip, months, annual.get(nip), rule, doubted.has(nip)));
  const monthRows = months.map((m) => {
    let dibayar = 0;
    let tppDibayar = 0;
    for (const e of m.employees.values()) {
      if (e.statusBayar !== 'dibayar') continue;
      dibayar += 1;
      if (m.state === 'dibayar') tppDibayar += e.tppDibayar;
    }
    return { month: m.month, state: m.state, folder: m.folder, pegawai: m.employees.size, dibayar, tppDibayar };
  });
  return { tahun, months: monthRows, employees, total: { tppDibayar: monthRows.reduce((n, m) => n + m.tppDibayar, 0) } };
}

/** Optional whole number of a pegawai.csv column ('' or absent: undefined). */
function count(fields: Readonly<Record<string, string>>, key: string): number | undefined {
  const text = fields[key];
  return text === undefined || !/^\d+$/.test(text) ? undefined : Number(text);
}

/** A month's employee from an archived pegawai.csv row. */
export function monthEmployeeOf(e: ArchivedEmployee): MonthEmployee {
  return {
    nip: e.nip,
    nama: e.nama,
    unit: e.unit,
    status: e.status,
    predikat: e.predikat,
    statusBayar: e.statusBayar,
    rapel: e.statusBayar === 'dibayar' ? e.rapel : 0,
    tppDibayar: e.statusBayar === 'dibayar' ? e.tppNetto + e.rapel : 0,
    tk: count(e.fields, 'tk'),
    hariKerja: count(e.fields, 'hari_kerja'),
    tkBeruntun: count(e.fields, 'tk_beruntun'),
    tkAwalBulan: count(e.fields, 'tk_awal_bulan'),
    tkAkhirBulan: count(e.fields, 'tk_akhir_bulan'),
    jenjangJf: e.fields['jenjang_jf'] ?? '',
  };
}

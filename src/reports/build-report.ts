/**
 * The report model (pure): results → tables with machine keys, labels and typed cells. Every writer
 * (CSV, XLSX, JSON, `jelaskan`) consumes this one model, so they cannot disagree (SPEC §5).
 */
import { ASSESSED_PREDIKAT, formatPeriod, PREDIKAT, type Period, type Predikat } from '../model/domain.js';
import type { Bilingual } from '../errors.js';
import { Exact } from '../exact.js';
import { findingMessage, type Finding } from '../findings.js';
import type { Lang } from '../i18n.js';
import type { LoadedRulePack } from '../rules/load-rule-pack.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import type { FileLedger } from '../model/row-accounting.js';
import { hasAnnualTax, pph21Returned, pph21Withheld, transferAmount, type CurveCheck, type EmployeeResult, type FollowUpRow, type PeriodResults, type RapelLine, type UnitResult } from '../model/results.js';
import { labelPair } from './labels.js';
import { bearsTaxAmount } from '../tpp/compute-pph21.js';
import type { FinanceExports } from './finance-exports.js';

/** How a column's values are written. */
export type ColumnType = 'text' | 'integer' | 'money' | 'decimal2' | 'decimal4';

/** A report column: machine key (CSV header), human label (XLSX header) and type. */
export interface ReportColumn {
  key: string;
  label: Bilingual;
  type: ColumnType;
}

/** A cell value: text, whole number (counts, rupiah), exact decimal, or empty. */
export type ReportCell = string | number | Exact | null;

/** Names of the CSV reports. */
type TableKey = 'pegawai' | 'unit' | 'tpp' | 'kurva' | 'validasi' | 'tindak_lanjut' | 'sipd' | 'bank' | 'tanpa_rekening';

/** Tables the model holds one of (bank files are many). */
type ModelTableKey = Exclude<TableKey, 'bank' | 'tanpa_rekening'>;

/** One report table; `rows()` streams its rows (large runs never hold them all). */
export interface ReportTable {
  /** `bandingkan`: the table of `kinerja bandingkan`; `rapel`: `rapel.csv`, written beside the model's tables by a run with --rapel. */
  key: TableKey | 'selisih' | 'bandingkan' | 'rapel';
  sheet: Bilingual;
  columns: ReportColumn[];
  rows(): Iterable<ReportCell[]>;
}

/** `ringkasan.json` (SPEC §5). */
export interface Ringkasan {
  alat: string;
  versi_alat: string;
  periode: string;
  hari_kerja_periode: number;
  /** `berkas`: the user pack's absolute path (a later `--rapel` loads it from there). */
  paket_aturan: { nama: string; versi: string; sha256: string; sumber: string; berkas?: string };
  /** The input folder (absolute), so a later `--rapel` can recompute this period; `run` only. */
  folder_masukan?: string;
  /** Files named by `--pegawai` etc. (absolute paths), per input; only when any was. */
  berkas_ditunjuk?: Record<string, string[]>;
  berkas: {
    masukan: string;
    nama: string;
    lembar?: string;
    encoding?: string;
    pemisah?: string;
    sha256: string;
    bentuk: string;
    /** Text exports: physical lines, beside the records read (`dibaca`). */
    baris_fisik?: number;
    dibaca: number;
    dipakai: number;
    ditolak: number;
    diabaikan: number;
    dilewati: number;
  }[];
  jumlah: { pegawai: number; dibayar: number; ditahan: number; nihil: number; error: number; peringatan: number; info: number };
  /** `pph21_ditanggung` only under a pack that computes borne tax. */
  /** `pph21` is withheld less returned; `pph21_lebih_potong` (returned) only in a December recalculated for the year. */
  total: { bruto: number; pph21: number; pph21_ditanggung?: number; pph21_lebih_potong?: number; bpjs_pegawai: number; bpjs_pemda: number; netto: number; rapel?: number };
  /** Arrears paid with this month (`run --rapel`): per period, what was compared and found. */
  rapel?: RingkasanRapel[];
  predikat: Record<Predikat, number>;
  catatan: string[];
  /** A doubt about a whole file, column, day or input stopped the run: nothing was paid. */
  dihentikan: boolean;
  /** Working days acknowledged as without (enough) attendance that lifted a stop. */
  hari_diakui: string[];
  /** Files of the input folder that were not read, and why. */
  berkas_tidak_dipakai: { nama: string; alasan: string }[];
  /** SHA-256 of each file the run wrote but this summary (checked before the folder is marked paid). */
  sha256_keluaran?: Record<string, string>;
  /** Bank transfer files: per bank, its file, paid employees and the sum transferred (run with results). */
  bank?: { nama: string; berkas: string; pegawai: number; jumlah: number }[];
  /** Paid employees without a bank name or account number: in no bank file, to be paid by hand (`nip`: the first 100). */
  tanpa_rekening?: { pegawai: number; jumlah: number; nip: string[] };
  dibuat_pada: string;
  kode_keluar: number;
  /** A correction of a paid folder: its number and the paid folder's name. */
  koreksi?: { nomor: number; dibanding: string };
  /** A correction's difference from the paid folder (selisih.csv), whole rupiah. */
  selisih?: {
    dibanding: string;
    netto_dibayar: number;
    netto_baru: number;
    kekurangan_bayar: number;
    kelebihan_bayar: number;
    /** kekurangan_bayar − kelebihan_bayar (rows `belum_pasti` are in neither). */
    bersih: number;
    pegawai_berubah: number;
    /** Paid before, now held or not in the staff file: in doubt, never recovered (selisih.csv jenis belum_pasti). */
    pegawai_belum_pasti: number;
    /** Arrears of this period paid with later months, counted as paid (a correction paid after more arrears would ask for them again). */
    rapel_dibayar: number;
  };
}

/** One `--rapel` period in `ringkasan.json`. */
export interface RingkasanRapel {
  periode: string;
  folder_dibayar: string;
  folder_masukan: string;
  masukan_berubah: string[];
  dibayar: number;
  jumlah: number;
  ditahan: number;
  tertunda: number;
  masih_ditahan: number;
  berubah_bukan_rapel: number;
}

/** Everything the writers need. */
export interface ReportModel {
  period: Period;
  lang: Lang;
  tables: Record<ModelTableKey, ReportTable>;
  /** Bank files and the paid employees without an account (one table per bank, so not in `tables`). */
  finance: FinanceExports;
  ringkasan: Ringkasan;
  results: PeriodResults;
  findings: readonly Finding[];
  pack: LoadedRulePack;
  /** A correction's difference from the paid folder (the `Selisih` sheet). */
  selisih?: ReportTable;
  /** A correction of a paid period: its month's transfer files are not written again. */
  koreksi?: boolean;
}

/**
 * A report column and how its cell is computed from the thing a row shows (an employee, a unit, a
 * finding): headers and rows come from the same list, so they cannot drift apart.
 */
export interface ColumnDefinition<T> extends ReportColumn {
  value: (source: T) => ReportCell;
}

/** A column definition (also used by the finance exports). */
export function col<T>(key: string, label: Bilingual, type: ColumnType, value: (source: T) => ReportCell): ColumnDefinition<T> {
  return { key, label, type, value };
}

/** The cells of one row, in column order. */
function cellsOf<T>(columns: readonly ColumnDefinition<T>[], source: T): ReportCell[] {
  // A loop over a sized array, not map(): this runs for every employee, once per writer.
  const row = new Array<ReportCell>(columns.length);
  for (let i = 0; i < columns.length; i++) row[i] = columns[i]!.value(source);
  return row;
}

/**
 * A table whose rows are `sources()` through `columns`. The table keeps the columns without their
 * `value` functions: the workbook plan is posted to a worker thread, which cannot take functions.
 */
export function tableOf<T>(key: TableKey | 'rapel', sheet: Bilingual, columns: readonly ColumnDefinition<T>[], sources: () => Iterable<T>): ReportTable {
  return {
    key,
    sheet,
    columns: columns.map((c) => ({ key: c.key, label: c.label, type: c.type })),
    rows: function* () {
      for (const source of sources()) yield cellsOf(columns, source);
    },
  };
}

/** An attendance count, empty for an employee without attendance. */
const attendance =
  (count: (d: NonNullable<EmployeeResult['disiplin']>) => number) =>
  (r: EmployeeResult): ReportCell =>
    r.disiplin === undefined ? null : count(r.disiplin);

/** The columns of `pegawai.csv`, in SPEC §5 order (one `komponen_<nama>` per pack component). */
export function pegawaiColumns(pack: LoadedRulePack, options: { rapel?: boolean } = {}): ColumnDefinition<EmployeeResult>[] {
  const p = pack.pack;
  // The pack's band codes are their own labels.
  const band = (kode: string, counts: (d: NonNullable<EmployeeResult['disiplin']>) => readonly number[], i: number) =>
    col<EmployeeResult>(kode.toLowerCase(), { id: kode, en: kode }, 'integer', attendance((d) => counts(d)[i] ?? 0));
  return [
    col('nip', labelPair('column.nip'), 'text', (r) => r.pegawai.nip),
    col('nama', labelPair('column.nama'), 'text', (r) => r.pegawai.nama),
    col('unit', labelPair('column.unit'), 'text', (r) => r.pegawai.unit),
    col('jabatan', labelPair('column.jabatan'), 'text', (r) => r.pegawai.jabatan ?? null),
    col('kelas_jabatan', labelPair('column.kelas_jabatan'), 'integer', (r) => r.pegawai.kelasJabatan ?? null),
    col('golongan', labelPair('column.golongan'), 'text', (r) => r.pegawai.golongan?.text ?? r.pegawai.golonganText ?? null),
    col('status', labelPair('column.status'), 'text', (r) => r.pegawai.status),
    col('hari_kerja', labelPair('column.hari_kerja'), 'integer', (r) => r.hariKerja),
    col('hari_bayar', labelPair('column.hari_bayar'), 'integer', (r) => r.hariBayar),
    col('hadir', labelPair('column.hadir'), 'integer', attendance((d) => d.hadir)),
    ...p.presensi.terlambat.map((b, i) => band(b.kode, (d) => d.tl, i)),
    ...p.presensi.pulang_cepat.map((b, i) => band(b.kode, (d) => d.psw, i)),
    col('tk', labelPair('column.tk'), 'integer', attendance((d) => d.tk)),
    col('izin', labelPair('column.izin'), 'integer', attendance((d) => d.izin)),
    col('sakit', labelPair('column.sakit'), 'integer', attendance((d) => d.sakit)),
    col('cuti', labelPair('column.cuti'), 'integer', attendance((d) => d.cuti)),
    col('dinas_luar', labelPair('column.dinas_luar'), 'integer', attendance((d) => d.dinasLuar)),
    col('potongan_disiplin', labelPair('column.potongan_disiplin'), 'decimal2', (r) => r.disiplin?.potongan ?? null),
    col('nilai_disiplin', labelPair('column.nilai_disiplin'), 'decimal2', (r) => r.disiplin?.nilai ?? null),
    col('capaian_skp', labelPair('column.capaian_skp'), 'decimal2', (r) => r.hasilKerja.capaianSkp ?? null),
    col('nilai_skp', labelPair('column.nilai_skp'), 'decimal2', (r) => r.hasilKerja.nilaiSkp ?? null),
    col('rating_hasil_kerja', labelPair('column.rating_hasil_kerja'), 'text', (r) => r.ratingHasilKerja),
    col('nilai_perilaku', labelPair('column.nilai_perilaku'), 'decimal2', (r) => r.perilaku.nilai ?? null),
    col('rating_perilaku', labelPair('column.rating_perilaku'), 'text', (r) => r.ratingPerilaku),
    col('predikat', labelPair('column.predikat'), 'text', (r) => r.predikat),
    col('nilai_kinerja', labelPair('column.nilai_kinerja'), 'decimal2', (r) => r.nilaiKinerja ?? null),
    col('tpp_pagu', labelPair('column.tpp_pagu'), 'money', (r) => r.tpp.pagu ?? null),
    col('faktor_status', labelPair('column.faktor_status'), 'decimal2', (r) => r.tpp.faktorStatus ?? null),
    col('faktor_hari', labelPair('column.faktor_hari'), 'decimal4', (r) => r.tpp.faktorHari),
    col('faktor_predikat', labelPair('column.faktor_predikat'), 'decimal2', (r) => r.tpp.faktorPredikat),
    // Only a pack with a presence gate has these columns, so other packs' reports stay as they were.
    ...(p.presensi.gerbang_kehadiran.pita.length === 0
      ? []
      : [
          col<EmployeeResult>('persen_hadir', labelPair('column.persen_hadir'), 'decimal2', (r) => r.kehadiran?.persenHadir ?? null),
          col<EmployeeResult>('persen_bayar_kehadiran', labelPair('column.persen_bayar_kehadiran'), 'decimal2', (r) => r.kehadiran?.persenBayar ?? null),
        ]),
    // Every employee's components are the pack's, in its order.
    ...p.tpp.komponen.map((k, i) => col<EmployeeResult>(`komponen_${k.nama}`, labelPair('column.komponen', { nama: k.nama }), 'money', (r) => r.tpp.komponen[i]!.jumlah)),
    // Only a pack with a tpp.plt rule has this column, so other packs' reports stay as they were.
    ...(p.tpp.plt === undefined ? [] : [col<EmployeeResult>('tpp_plt', labelPair('column.tpp_plt'), 'money', (r) => r.tpp.tppPlt)]),
    col('potongan_hukdis', labelPair('column.potongan_hukdis'), 'money', (r) => r.tpp.potonganHukdis),
    // Only a pack that rounds the gross has this column, so bruto = components − hukdis − it reads off the row.
    ...(p.pembulatan.bruto === 'tidak' ? [] : [col<EmployeeResult>('pembulatan_bruto', labelPair('column.pembulatan_bruto'), 'money', (r) => r.tpp.pembulatanBruto)]),
    col('tpp_bruto', labelPair('column.tpp_bruto'), 'money', (r) => r.tpp.tppBruto),
    col('pph21', labelPair('column.pph21'), 'money', (r) => r.tpp.pph21),
    // Only a pack that computes the borne tax has this column, so other packs' reports stay as they were.
    ...(bearsTaxAmount(p) ? [col<EmployeeResult>('pph21_ditanggung', labelPair('column.pph21_ditanggung'), 'money', (r) => r.tpp.pph21Ditanggung)] : []),
    col('bpjs_pegawai', labelPair('column.bpjs_pegawai', { persen: p.bpjs.persen_pegawai }), 'money', (r) => r.tpp.bpjsPegawai),
    col('bpjs_pemda', labelPair('column.bpjs_pemda', { persen: p.bpjs.persen_pemda }), 'money', (r) => r.tpp.bpjsPemda),
    col('tpp_netto', labelPair('column.tpp_netto'), 'money', (r) => r.tpp.tppNetto),
    // Only a run with --rapel has this column, so other runs' reports stay as they were.
    ...(options.rapel ? [col<EmployeeResult>('rapel', labelPair('column.rapel'), 'money', (r) => r.tpp.rapel?.jumlah ?? 0)] : []),
    col('status_bayar', labelPair('column.status_bayar'), 'text', (r) => r.tpp.statusBayar),
    col('keterangan', labelPair('column.keterangan'), 'text', (r) => r.keterangan.join('; ')),
    // For the year's recap (kinerja rekap): the jenjang for angka kredit, and TK runs that chain across
    // months (empty when the month had no dated attendance, e.g. a monthly summary).
    col('jenjang_jf', labelPair('column.jenjang_jf'), 'text', (r) => r.pegawai.jenjangJf ?? null),
    col('tk_beruntun', labelPair('column.tk_beruntun'), 'integer', (r) => (r.disiplin?.tkAwalBulan === undefined ? null : r.disiplin.tkBerturut)),
    col('tk_awal_bulan', labelPair('column.tk_awal_bulan'), 'integer', (r) => r.disiplin?.tkAwalBulan ?? null),
    col('tk_akhir_bulan', labelPair('column.tk_akhir_bulan'), 'integer', (r) => r.disiplin?.tkAkhirBulan ?? null),
  ];
}

/** The columns of `unit.csv`. */
const UNIT_COLUMNS: readonly ColumnDefinition<UnitResult>[] = [
  col('unit', labelPair('column.kode_unit'), 'text', (u) => u.kode),
  col('nama_unit', labelPair('column.nama_unit'), 'text', (u) => u.nama ?? null),
  col('jumlah_pegawai', labelPair('column.jumlah_pegawai'), 'integer', (u) => u.jumlahPegawai),
  col('sangat_baik', labelPair('column.sangat_baik'), 'integer', (u) => u.counts.SANGAT_BAIK),
  col('baik', labelPair('column.baik'), 'integer', (u) => u.counts.BAIK),
  col('butuh_perbaikan', labelPair('column.butuh_perbaikan'), 'integer', (u) => u.counts.BUTUH_PERBAIKAN),
  col('kurang', labelPair('column.kurang'), 'integer', (u) => u.counts.KURANG),
  col('sangat_kurang', labelPair('column.sangat_kurang'), 'integer', (u) => u.counts.SANGAT_KURANG),
  col('tidak_dinilai', labelPair('column.tidak_dinilai'), 'integer', (u) => u.counts.TIDAK_DINILAI),
  col('predikat_organisasi', labelPair('column.predikat_organisasi'), 'text', (u) => u.predikatOrganisasi ?? null),
  col('kurva', labelPair('column.kurva'), 'text', (u) => u.kurva),
  col('rata_nilai_disiplin', labelPair('column.rata_nilai_disiplin'), 'decimal2', (u) => u.rataNilaiDisiplin ?? null),
  col('rata_capaian_skp', labelPair('column.rata_capaian_skp'), 'decimal2', (u) => u.rataCapaianSkp ?? null),
  col('total_bruto', labelPair('column.total_bruto'), 'money', (u) => u.totals.bruto),
  col('total_pph21', labelPair('column.total_pph21'), 'money', (u) => u.totals.pph21),
  col('total_bpjs_pegawai', labelPair('column.total_bpjs_pegawai'), 'money', (u) => u.totals.bpjsPegawai),
  col('total_bpjs_pemda', labelPair('column.total_bpjs_pemda'), 'money', (u) => u.totals.bpjsPemda),
  col('total_netto', labelPair('column.total_netto'), 'money', (u) => u.totals.netto),
  col('pagu_unit', labelPair('column.pagu_unit'), 'money', (u) => u.paguUnit ?? null),
];

/** A `Kurva` row: a unit and one of its curve checks, or none when the curve was not checked. */
interface KurvaSource {
  unit: UnitResult;
  check?: CurveCheck;
}

/** The columns of the `Kurva` sheet: one row per unit and curve rule (SE MenPANRB 3/2023). */
const KURVA_COLUMNS: readonly ColumnDefinition<KurvaSource>[] = [
  col('unit', labelPair('column.kode_unit'), 'text', ({ unit }) => unit.kode),
  col('nama_unit', labelPair('column.nama_unit'), 'text', ({ unit }) => unit.nama ?? null),
  col('predikat_organisasi', labelPair('column.predikat_organisasi'), 'text', ({ unit }) => unit.predikatOrganisasi ?? null),
  col('dinilai', labelPair('column.dinilai'), 'integer', ({ unit }) => unit.dinilai),
  ...ASSESSED_PREDIKAT.flatMap((predikat) => [
    col<KurvaSource>(`jumlah_${predikat.toLowerCase()}`, labelPair('column.jumlah_predikat', { predikat }), 'integer', ({ unit }) => unit.counts[predikat]),
    col<KurvaSource>(`persen_${predikat.toLowerCase()}`, labelPair('column.persen_predikat', { predikat }), 'decimal2', ({ unit }) =>
      unit.dinilai > 0 ? Exact.of(unit.counts[predikat]).mul(Exact.HUNDRED).div(Exact.of(unit.dinilai)) : null,
    ),
  ]),
  col('aturan_predikat', labelPair('column.aturan_predikat'), 'text', ({ check }) => check?.predikat.join('+') ?? null),
  col('aturan_jenis', labelPair('column.aturan_jenis'), 'text', ({ check }) => check?.kind ?? null),
  // A `min_orang` rule has no percentage: its limit is the people column alone.
  col('aturan_batas', labelPair('column.aturan_batas'), 'decimal2', ({ check }) => (check === undefined || check.kind === 'min_orang' ? null : check.batas)),
  col('aturan_boleh', labelPair('column.aturan_boleh'), 'integer', ({ check }) => check?.allowed ?? null),
  col('aturan_ada', labelPair('column.aturan_ada'), 'integer', ({ check }) => check?.have ?? null),
  col('hasil', labelPair('column.hasil'), 'text', ({ check }) => (check === undefined ? 'tidak_dicek' : check.ok ? 'sesuai' : 'tidak_sesuai')),
];

/** The `Kurva` rows of one unit: one per rule, or one unchecked row. */
function* kurvaSources(u: UnitResult): Generator<KurvaSource> {
  if (u.kurva === 'tidak_dicek' || u.checks.length === 0) yield { unit: u };
  else for (const check of u.checks) yield { unit: u, check };
}

/** A `tpp.csv` row: a paid employee and their number in the list. */
interface TppSource {
  result: EmployeeResult;
  no: number;
}

/** The columns of `tpp.csv`, the daftar nominatif for finance (`tpp_plt` only under a pack with a tpp.plt rule). */
function tppColumns(pack: LoadedRulePack, options: { rapel?: boolean; annualTax?: boolean } = {}): ColumnDefinition<TppSource>[] {
  const plain = tppColumnsWithoutRapel(pack);
  // December recalculated for the year: PPh 21 withheld (never negative) and the excess returned beside it.
  const at = plain.findIndex((c) => c.key === 'pph21');
  const columns = options.annualTax ? [...plain.slice(0, at), TPP_PPH21_WITHHELD_COLUMN, TPP_PPH21_RETURNED_COLUMN, ...plain.slice(at + 1)] : plain;
  // With --rapel: the arrears and what is transferred (tpp_netto + rapel) after the net.
  return options.rapel ? [...columns, ...TPP_RAPEL_COLUMNS] : columns;
}

function tppColumnsWithoutRapel(pack: LoadedRulePack): ColumnDefinition<TppSource>[] {
  const withPlt = pack.pack.tpp.plt === undefined ? TPP_COLUMNS : [...TPP_COLUMNS.slice(0, TPP_BRUTO_AT), TPP_PLT_COLUMN, ...TPP_COLUMNS.slice(TPP_BRUTO_AT)];
  if (!bearsTaxAmount(pack.pack)) return withPlt;
  // Borne tax: beside the (zero) withheld tax, not part of the net.
  const at = withPlt.findIndex((c) => c.key === 'pph21') + 1;
  return [...withPlt.slice(0, at), TPP_DITANGGUNG_COLUMN, ...withPlt.slice(at)];
}

const TPP_COLUMNS: ColumnDefinition<TppSource>[] = [
  col('no', labelPair('column.no'), 'integer', ({ no }) => no),
  col('nip', labelPair('column.nip'), 'text', ({ result }) => result.pegawai.nip),
  col('nama', labelPair('column.nama'), 'text', ({ result }) => result.pegawai.nama),
  col('golongan', labelPair('column.golongan'), 'text', ({ result }) => result.pegawai.golongan?.text ?? result.pegawai.golonganText ?? null),
  col('jabatan', labelPair('column.jabatan'), 'text', ({ result }) => result.pegawai.jabatan ?? null),
  col('unit', labelPair('column.unit'), 'text', ({ result }) => result.pegawai.unit),
  col('nama_bank', labelPair('column.nama_bank'), 'text', ({ result }) => result.pegawai.namaBank ?? null),
  col('nomor_rekening', labelPair('column.nomor_rekening'), 'text', ({ result }) => result.pegawai.nomorRekening ?? null),
  col('tpp_bruto', labelPair('column.tpp_bruto'), 'money', ({ result }) => result.tpp.tppBruto),
  col('pph21', labelPair('column.tpp.pph21'), 'money', ({ result }) => result.tpp.pph21),
  col('bpjs_pegawai', labelPair('column.tpp.bpjs_pegawai'), 'money', ({ result }) => result.tpp.bpjsPegawai),
  col('tpp_netto', labelPair('column.tpp_netto'), 'money', ({ result }) => result.tpp.tppNetto),
  // Added for finance (issue 16): after the net so readers by position keep their columns; the
  // employer's BPJS is reported for the budget, not deducted.
  col('bpjs_pemda', labelPair('column.tpp.bpjs_pemda'), 'money', ({ result }) => result.tpp.bpjsPemda),
  col('nik', labelPair('column.nik'), 'text', ({ result }) => result.pegawai.nik ?? null),
  col('npwp', labelPair('column.npwp'), 'text', ({ result }) => result.pegawai.npwp ?? null),
];
const TPP_BRUTO_AT = TPP_COLUMNS.findIndex((c) => c.key === 'tpp_bruto');
/** What acting posts add, part of tpp_bruto: shown just before it. */
const TPP_PLT_COLUMN = col<TppSource>('tpp_plt', labelPair('column.tpp_plt'), 'money', ({ result }) => result.tpp.tppPlt);
/** Arrears paid with this month and the amount transferred: only in a run with --rapel. */
const TPP_RAPEL_COLUMNS: ColumnDefinition<TppSource>[] = [
  col('rapel', labelPair('column.rapel'), 'money', ({ result }) => result.tpp.rapel?.jumlah ?? 0),
  col('jumlah_transfer', labelPair('column.jumlah_transfer'), 'money', ({ result }) => transferAmount(result)),
];
/** What every row of a correction's tpp.csv says (last, so readers by position keep their columns). */
const KOREKSI_MARK = 'KOREKSI — BUKAN DAFTAR BAYAR';
const TPP_KOREKSI_COLUMN = col<TppSource>('status_berkas', labelPair('column.status_berkas'), 'text', () => KOREKSI_MARK);
/** December under the annual recalculation: the tax withheld (0 for a refund) and the excess returned (`pph21_lebih_potong`). */
const TPP_PPH21_WITHHELD_COLUMN = col<TppSource>('pph21', labelPair('column.tpp.pph21'), 'money', ({ result }) => pph21Withheld(result));
const TPP_PPH21_RETURNED_COLUMN = col<TppSource>('pph21_lebih_potong', labelPair('column.pph21_lebih_potong'), 'money', ({ result }) => pph21Returned(result));
/** PPh 21 the employer bears (SIPD's tunjangan PPh): only under a pack that computes it. */
const TPP_DITANGGUNG_COLUMN = col<TppSource>('pph21_ditanggung', labelPair('column.tpp.pph21_ditanggung'), 'money', ({ result }) => result.tpp.pph21Ditanggung);

/** The columns of `validasi.csv` (the message in `lang`). */
function validasiColumns(lang: Lang): ColumnDefinition<Finding>[] {
  return [
    col('tingkat', labelPair('column.tingkat'), 'text', (f) => f.level),
    col('kode', labelPair('column.kode'), 'text', (f) => f.code),
    col('berkas', labelPair('column.berkas'), 'text', (f) => f.file),
    col('baris', labelPair('column.baris'), 'integer', (f) => f.row ?? null),
    col('kolom', labelPair('column.kolom'), 'text', (f) => f.column ?? null),
    col('nilai', labelPair('column.nilai'), 'text', (f) => f.value ?? null),
    col('nip', labelPair('column.nip'), 'text', (f) => f.nip ?? null),
    col('jumlah', labelPair('column.jumlah'), 'integer', (f) => f.count),
    col('pesan', labelPair('column.pesan'), 'text', (f) => findingMessage(f, lang)),
  ];
}

/** The summary's note on TER: monthly, or December's annual recalculation (done, not asked, or short of months). */
function terNote(period: Period, pack: RulePack, results: PeriodResults | undefined): string {
  if (period.month !== 12) {
    return pack.pajak.desember === 'tahunan'
      ? 'PPh 21 dihitung dengan TER bulanan (PP 58/2023); Desember dihitung ulang setahun (pasal 17).'
      : 'PPh 21 dihitung dengan TER bulanan (PP 58/2023); perhitungan ulang tahunan Desember tidak termasuk (pajak.desember: ter).';
  }
  if (pack.pajak.desember === 'ter') return 'PPh 21 dihitung dengan TER bulanan; perhitungan ulang tahunan Desember (pasal 17) tidak termasuk (pajak.desember: ter) dan harus dilakukan terpisah.';
  if (results?.employees.some((r) => r.tpp.pph21Detail?.metode === 'tahunan')) {
    return 'PPh 21 Desember: perhitungan ulang setahun (PMK 168/2023, tarif pasal 17) atas TPP dikurangi PPh 21 Januari–November dari arsip yang dibayar; pegawai dengan PPH21_DESEMBER_TER tetap TER bulanan.';
  }
  return 'PPh 21 Desember dihitung dengan TER bulanan tanpa perhitungan ulang setahun (lihat PPH21_DESEMBER_TER); perhitungan ulang setahun harus dilakukan terpisah.';
}

/** Builds `ringkasan.json` (without the exit code and time, filled in at the end). */
export function buildRingkasan(
  period: Period,
  hariKerjaPeriode: number,
  pack: LoadedRulePack,
  ledgers: readonly FileLedger[],
  results: PeriodResults | undefined,
  findingCounts: { error: number; peringatan: number; info: number },
  version: string,
): Ringkasan {
  const predikat = Object.fromEntries(PREDIKAT.map((p) => [p, results?.predikat[p] ?? 0])) as Record<Predikat, number>;
  const catatan: string[] = [];
  if (pack.pack.pajak.metode === 'ter') catatan.push(terNote(period, pack.pack, results));
  if (pack.pack.pajak.metode === 'ditanggung') {
    catatan.push(
      bearsTaxAmount(pack.pack)
        ? `PPh 21 ditanggung pemerintah: dihitung dengan ${pack.pack.pajak.ditanggung_dengan} di kolom pph21_ditanggung, tidak dipotong dari TPP.`
        : 'PPh 21 ditanggung pemerintah: tidak dipotong dari TPP.',
    );
  }
  if (pack.pack.pajak.bruto_termasuk_bpjs_pemda) catatan.push('Penghasilan bruto kena PPh 21 termasuk BPJS pemda (tidak dibayarkan).');
  if (pack.pack.pajak.metode === 'tidak_ada') catatan.push('PPh 21 tidak dipotong dari TPP (metode tidak_ada).');
  return {
    alat: 'kinerja',
    versi_alat: version,
    periode: formatPeriod(period),
    hari_kerja_periode: hariKerjaPeriode,
    paket_aturan: { nama: pack.pack.nama, versi: pack.pack.versi, sha256: pack.sha256, sumber: pack.source, ...(pack.path !== undefined ? { berkas: pack.path } : {}) },
    berkas: ledgers.map((l) => ({
      masukan: l.input,
      nama: l.name,
      ...(l.sheet !== undefined && l.format === 'xlsx' ? { lembar: l.sheet } : {}),
      ...(l.encoding !== undefined ? { encoding: l.encoding } : {}),
      ...(l.separator !== undefined ? { pemisah: l.separator } : {}),
      sha256: l.sha256,
      bentuk: l.shape,
      ...(l.lines !== undefined ? { baris_fisik: l.lines } : {}),
      dibaca: l.read,
      dipakai: l.used,
      ditolak: l.rejected,
      diabaikan: l.ignored,
      dilewati: l.skipped,
    })),
    jumlah: {
      pegawai: results?.counts.pegawai ?? 0,
      dibayar: results?.counts.dibayar ?? 0,
      ditahan: results?.counts.ditahan ?? 0,
      nihil: results?.counts.nihil ?? 0,
      ...findingCounts,
    },
    total: {
      bruto: results?.totals.bruto ?? 0,
      pph21: results?.totals.pph21 ?? 0,
      ...(bearsTaxAmount(pack.pack) ? { pph21_ditanggung: results?.totals.pph21Ditanggung ?? 0 } : {}),
      // December recalculated for the year: what is returned, beside pph21 (withheld less returned).
      ...(results && hasAnnualTax(results) ? { pph21_lebih_potong: results.employees.reduce((sum, r) => sum + (r.tpp.statusBayar === 'dibayar' ? pph21Returned(r) : 0), 0) } : {}),
      bpjs_pegawai: results?.totals.bpjsPegawai ?? 0,
      bpjs_pemda: results?.totals.bpjsPemda ?? 0,
      netto: results?.totals.netto ?? 0,
    },
    predikat,
    catatan,
    dihentikan: false,
    hari_diakui: [],
    berkas_tidak_dipakai: [],
    dibuat_pada: '',
    kode_keluar: 0,
  };
}

/** Builds the report model from the results of a run. */
export function buildReport(input: {
  period: Period;
  lang: Lang;
  results: PeriodResults;
  findings: readonly Finding[];
  pack: LoadedRulePack;
  ringkasan: Ringkasan;
  tindakLanjut: ReportTable;
  selisih?: ReportTable;
  /** The SIPD-style nominatif and the bank files (reports/finance-exports.ts). */
  sipd: ReportTable;
  finance: FinanceExports;
}): ReportModel {
  const { results, findings, lang, pack } = input;
  const tables: Record<ModelTableKey, ReportTable> = {
    pegawai: tableOf('pegawai', labelPair('sheet.pegawai'), pegawaiColumns(pack, { rapel: results.rapel !== undefined }), () => results.employees),
    unit: tableOf('unit', labelPair('sheet.unit'), UNIT_COLUMNS, () => results.units),
    tpp: tppTable(results, pack),
    kurva: tableOf('kurva', labelPair('sheet.kurva'), KURVA_COLUMNS, function* () {
      for (const u of results.units) yield* kurvaSources(u);
    }),
    validasi: validasiTable(findings, lang),
    tindak_lanjut: input.tindakLanjut,
    sipd: input.sipd,
  };
  return { period: input.period, lang, tables, finance: input.finance, ringkasan: input.ringkasan, results, findings, pack, ...(input.selisih ? { selisih: input.selisih } : {}) };
}

/**
 * `tpp.csv`, the daftar nominatif: paid employees only, numbered in report order. A correction's list
 * (`koreksi`) is the month as corrected, not what to pay: every row says so in a last column.
 */
export function tppTable(results: PeriodResults, pack: LoadedRulePack, options: { koreksi?: boolean } = {}): ReportTable {
  const columns = tppColumns(pack, { rapel: results.rapel !== undefined, annualTax: hasAnnualTax(results) });
  return tableOf('tpp', labelPair('sheet.tpp'), options.koreksi ? [...columns, TPP_KOREKSI_COLUMN] : columns, function* () {
    let no = 0;
    for (const result of results.employees) if (result.tpp.statusBayar === 'dibayar') yield { result, no: ++no };
  });
}

/** The validation table alone (written even when nothing else is). */
export function validasiTable(findings: readonly Finding[], lang: Lang): ReportTable {
  return tableOf('validasi', labelPair('sheet.validasi'), validasiColumns(lang), () => findings);
}

/** The columns of `tindak_lanjut.csv`. */
const TINDAK_LANJUT_COLUMNS: readonly ColumnDefinition<FollowUpRow>[] = [
  col('daftar', labelPair('column.daftar'), 'text', (r) => r.daftar),
  col('nip', labelPair('column.nip'), 'text', (r) => r.nip),
  col('nama', labelPair('column.nama'), 'text', (r) => r.nama),
  col('unit', labelPair('column.unit'), 'text', (r) => r.unit),
  col('alasan', labelPair('column.alasan'), 'text', (r) => r.alasan),
  col('aspek_terlemah', labelPair('column.aspek_terlemah'), 'text', (r) => r.aspekTerlemah ?? null),
  col('saran_pelatihan', labelPair('column.saran_pelatihan'), 'text', (r) => r.saranPelatihan ?? null),
];

/** The follow-up table. */
export function tindakLanjutTable(rows: () => readonly FollowUpRow[]): ReportTable {
  return tableOf('tindak_lanjut', labelPair('sheet.tindak_lanjut'), TINDAK_LANJUT_COLUMNS, rows);
}

/** The columns of `rapel.csv` (one row per employee held in a `--rapel` period). */
const RAPEL_COLUMNS: readonly ColumnDefinition<RapelLine>[] = [
  col('nip', labelPair('column.nip'), 'text', (l) => l.nip),
  col('nama', labelPair('column.nama'), 'text', (l) => l.nama),
  col('periode', labelPair('column.periode_rapel'), 'text', (l) => l.periode),
  col('netto_seharusnya', labelPair('column.netto_seharusnya'), 'money', (l) => l.nettoSeharusnya),
  col('sudah_dibayar', labelPair('column.sudah_dibayar'), 'money', (l) => l.sudahDibayar),
  col('rapel', labelPair('column.rapel'), 'money', (l) => l.rapel),
  col('status', labelPair('column.status_rapel'), 'text', (l) => l.status),
];

/** `rapel.csv`: the arrears lines of a run with --rapel. */
export function rapelTable(lines: readonly RapelLine[]): ReportTable {
  return tableOf('rapel', labelPair('sheet.rapel'), RAPEL_COLUMNS, () => lines);
}

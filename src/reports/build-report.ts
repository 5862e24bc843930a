/**
 * The report model (pure): results → tables with machine keys, labels and typed cells. Every writer
 * (CSV, XLSX, JSON, `jelaskan`) consumes this one model, so they cannot disagree (SPEC §5).
 */
import { ASSESSED_PREDIKAT, formatPeriod, PREDIKAT, type AssessedPredikat, type Period, type Predikat } from '../domain.js';
import type { Bilingual } from '../errors.js';
import { Exact } from '../exact.js';
import { findingMessage, type Finding } from '../findings.js';
import type { Lang } from '../i18n.js';
import type { LoadedRulePack } from '../rules/load-rule-pack.js';
import type { FileLedger } from '../model/row-accounting.js';
import type { EmployeeResult, FollowUpRow, PeriodResults, UnitResult } from '../model/results.js';

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
export type TableKey = 'pegawai' | 'unit' | 'tpp' | 'kurva' | 'validasi' | 'tindak_lanjut';

/** One report table; `rows()` streams its rows (large runs never hold them all). */
export interface ReportTable {
  key: TableKey;
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
  paket_aturan: { nama: string; versi: string; sha256: string; sumber: string };
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
  total: { bruto: number; pph21: number; bpjs_pegawai: number; bpjs_pemda: number; netto: number };
  predikat: Record<Predikat, number>;
  catatan: string[];
  /** A doubt about a whole file, column, day or input stopped the run: nothing was paid. */
  dihentikan: boolean;
  /** Working days acknowledged as without (enough) attendance that lifted a stop. */
  hari_diakui: string[];
  /** Files of the input folder that were not read, and why. */
  berkas_tidak_dipakai: { nama: string; alasan: string }[];
  dibuat_pada: string;
  kode_keluar: number;
}

/** Everything the writers need. */
export interface ReportModel {
  period: Period;
  lang: Lang;
  tables: Record<TableKey, ReportTable>;
  ringkasan: Ringkasan;
  results: PeriodResults;
  findings: readonly Finding[];
  pack: LoadedRulePack;
}

const col = (key: string, id: string, en: string, type: ColumnType = 'text'): ReportColumn => ({ key, label: { id, en }, type });

/** The columns of `pegawai.csv`, in SPEC §5 order (one `komponen_<nama>` per pack component). */
export function pegawaiColumns(pack: LoadedRulePack): ReportColumn[] {
  const p = pack.pack;
  return [
    col('nip', 'NIP', 'NIP'),
    col('nama', 'Nama', 'Name'),
    col('unit', 'Unit', 'Unit'),
    col('jabatan', 'Jabatan', 'Position'),
    col('kelas_jabatan', 'Kelas Jabatan', 'Job Class', 'integer'),
    col('golongan', 'Golongan', 'Grade'),
    col('status', 'Status', 'Status'),
    col('hari_kerja', 'Hari Kerja', 'Working Days', 'integer'),
    col('hari_bayar', 'Hari Dibayar', 'Paid Days', 'integer'),
    col('hadir', 'Hadir', 'Present', 'integer'),
    ...p.presensi.terlambat.map((b) => col(b.kode.toLowerCase(), b.kode, b.kode, 'integer')),
    ...p.presensi.pulang_cepat.map((b) => col(b.kode.toLowerCase(), b.kode, b.kode, 'integer')),
    col('tk', 'TK', 'Absent (TK)', 'integer'),
    col('izin', 'Izin', 'Leave (izin)', 'integer'),
    col('sakit', 'Sakit', 'Sick', 'integer'),
    col('cuti', 'Cuti', 'Annual/other leave', 'integer'),
    col('dinas_luar', 'Dinas Luar', 'Official Duty', 'integer'),
    col('potongan_disiplin', 'Potongan Disiplin (%)', 'Discipline Deduction (%)', 'decimal2'),
    col('nilai_disiplin', 'Nilai Disiplin', 'Discipline Score', 'decimal2'),
    col('capaian_skp', 'Capaian SKP (%)', 'SKP Achievement (%)', 'decimal2'),
    col('nilai_skp', 'Nilai SKP', 'SKP Score', 'decimal2'),
    col('rating_hasil_kerja', 'Rating Hasil Kerja', 'Work Result Rating'),
    col('nilai_perilaku', 'Nilai Perilaku', 'Behaviour Score', 'decimal2'),
    col('rating_perilaku', 'Rating Perilaku', 'Behaviour Rating'),
    col('predikat', 'Predikat', 'Predikat'),
    col('nilai_kinerja', 'Nilai Kinerja', 'Performance Score', 'decimal2'),
    col('tpp_pagu', 'Pagu TPP', 'TPP Ceiling', 'money'),
    col('faktor_status', 'Faktor Status (%)', 'Status Factor (%)', 'decimal2'),
    col('faktor_hari', 'Faktor Hari', 'Day Factor', 'decimal4'),
    col('faktor_predikat', 'Faktor Predikat (%)', 'Predikat Factor (%)', 'decimal2'),
    ...p.tpp.komponen.map((k) => col(`komponen_${k.nama}`, `Komponen ${k.nama}`, `Component ${k.nama}`, 'money')),
    col('potongan_hukdis', 'Potongan Hukdis', 'Sanction Deduction', 'money'),
    col('tpp_bruto', 'TPP Bruto', 'Gross TPP', 'money'),
    col('pph21', 'PPh 21', 'Income Tax (PPh 21)', 'money'),
    col('bpjs_pegawai', 'BPJS Pegawai (1%)', 'BPJS Employee', 'money'),
    col('bpjs_pemda', 'BPJS Pemda (4%)', 'BPJS Employer', 'money'),
    col('tpp_netto', 'TPP Netto', 'Net TPP', 'money'),
    col('status_bayar', 'Status Bayar', 'Pay Status'),
    col('keterangan', 'Keterangan', 'Remarks'),
  ];
}

/** One `pegawai.csv` row (`bands` = number of TL and PSW bands in the pack). */
export function pegawaiRow(r: EmployeeResult, bands: { tl: number; psw: number }): ReportCell[] {
  const e = r.pegawai;
  const d = r.disiplin;
  const t = r.tpp;
  // Built by push, not spreads of temporary arrays: this runs for every employee, once per writer.
  const row: ReportCell[] = [
    e.nip,
    e.nama,
    e.unit,
    e.jabatan ?? null,
    e.kelasJabatan ?? null,
    e.golongan?.text ?? e.golonganText ?? null,
    e.status,
    r.hariKerja,
    r.hariBayar,
    d === undefined ? null : d.hadir,
  ];
  const tl = d?.tl;
  for (let i = 0; i < bands.tl; i++) row.push(tl === undefined ? null : (tl[i] ?? 0));
  const psw = d?.psw;
  for (let i = 0; i < bands.psw; i++) row.push(psw === undefined ? null : (psw[i] ?? 0));
  row.push(
    d === undefined ? null : d.tk,
    d === undefined ? null : d.izin,
    d === undefined ? null : d.sakit,
    d === undefined ? null : d.cuti,
    d === undefined ? null : d.dinasLuar,
    d?.potongan ?? null,
    d?.nilai ?? null,
    r.hasilKerja.capaianSkp ?? null,
    r.hasilKerja.nilaiSkp ?? null,
    r.ratingHasilKerja,
    r.perilaku.nilai ?? null,
    r.ratingPerilaku,
    r.predikat,
    r.nilaiKinerja ?? null,
    t.pagu ?? null,
    t.faktorStatus ?? null,
    t.faktorHari,
    t.faktorPredikat,
  );
  for (const k of t.komponen) row.push(k.jumlah);
  row.push(t.potonganHukdis, t.tppBruto, t.pph21, t.bpjsPegawai, t.bpjsPemda, t.tppNetto, t.statusBayar, r.keterangan.join('; '));
  return row;
}

/** The columns of `unit.csv`. */
export const UNIT_COLUMNS: readonly ReportColumn[] = [
  col('unit', 'Kode Unit', 'Unit Code'),
  col('nama_unit', 'Nama Unit', 'Unit Name'),
  col('jumlah_pegawai', 'Jumlah Pegawai', 'Employees', 'integer'),
  col('sangat_baik', 'Sangat Baik', 'Very Good', 'integer'),
  col('baik', 'Baik', 'Good', 'integer'),
  col('butuh_perbaikan', 'Butuh Perbaikan', 'Needs Improvement', 'integer'),
  col('kurang', 'Kurang/Misconduct', 'Poor/Misconduct', 'integer'),
  col('sangat_kurang', 'Sangat Kurang', 'Very Poor', 'integer'),
  col('tidak_dinilai', 'Tidak Dinilai', 'Not Assessed', 'integer'),
  col('predikat_organisasi', 'Predikat Organisasi', 'Organisation Predikat'),
  col('kurva', 'Kurva', 'Curve'),
  col('rata_nilai_disiplin', 'Rata-rata Nilai Disiplin', 'Mean Discipline Score', 'decimal2'),
  col('rata_capaian_skp', 'Rata-rata Capaian SKP (%)', 'Mean SKP Achievement (%)', 'decimal2'),
  col('total_bruto', 'Total TPP Bruto', 'Total Gross TPP', 'money'),
  col('total_pph21', 'Total PPh 21', 'Total Income Tax', 'money'),
  col('total_bpjs_pegawai', 'Total BPJS Pegawai', 'Total BPJS Employee', 'money'),
  col('total_bpjs_pemda', 'Total BPJS Pemda', 'Total BPJS Employer', 'money'),
  col('total_netto', 'Total TPP Netto', 'Total Net TPP', 'money'),
  col('pagu_unit', 'Pagu Unit', 'Unit Budget', 'money'),
];

/** One `unit.csv` row. */
export function unitRow(u: UnitResult): ReportCell[] {
  return [
    u.kode,
    u.nama ?? null,
    u.jumlahPegawai,
    u.counts.SANGAT_BAIK,
    u.counts.BAIK,
    u.counts.BUTUH_PERBAIKAN,
    u.counts.KURANG,
    u.counts.SANGAT_KURANG,
    u.counts.TIDAK_DINILAI,
    u.predikatOrganisasi ?? null,
    u.kurva,
    u.rataNilaiDisiplin ?? null,
    u.rataCapaianSkp ?? null,
    u.totals.bruto,
    u.totals.pph21,
    u.totals.bpjsPegawai,
    u.totals.bpjsPemda,
    u.totals.netto,
    u.paguUnit ?? null,
  ];
}

const PREDIKAT_LABEL: Record<AssessedPredikat, Bilingual> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
};

/** The columns of the `Kurva` sheet: one row per unit and curve rule (SE MenPANRB 3/2023). */
export const KURVA_COLUMNS: readonly ReportColumn[] = [
  col('unit', 'Kode Unit', 'Unit Code'),
  col('nama_unit', 'Nama Unit', 'Unit Name'),
  col('predikat_organisasi', 'Predikat Organisasi', 'Organisation Predikat'),
  col('dinilai', 'Pegawai Dinilai', 'Employees Assessed', 'integer'),
  ...ASSESSED_PREDIKAT.flatMap((p) => [
    col(`jumlah_${p.toLowerCase()}`, `Jumlah ${PREDIKAT_LABEL[p].id}`, `Count ${PREDIKAT_LABEL[p].en}`, 'integer'),
    col(`persen_${p.toLowerCase()}`, `% ${PREDIKAT_LABEL[p].id}`, `% ${PREDIKAT_LABEL[p].en}`, 'decimal2'),
  ]),
  col('aturan_predikat', 'Aturan: Predikat', 'Rule: Predikat'),
  col('aturan_jenis', 'Aturan: Jenis', 'Rule: Kind'),
  col('aturan_batas', 'Aturan: Batas (%)', 'Rule: Limit (%)', 'decimal2'),
  col('aturan_boleh', 'Batas Orang', 'Limit in People', 'integer'),
  col('aturan_ada', 'Jumlah Ada', 'Count Present', 'integer'),
  col('hasil', 'Hasil', 'Result'),
];


/** The `Kurva` rows of one unit: its counts and shares, then one row per rule (or one unchecked row). */
export function kurvaRows(u: UnitResult): ReportCell[][] {
  const head: ReportCell[] = [
    u.kode,
    u.nama ?? null,
    u.predikatOrganisasi ?? null,
    u.dinilai,
    ...ASSESSED_PREDIKAT.flatMap((p) => [u.counts[p], u.dinilai > 0 ? Exact.of(u.counts[p]).mul(Exact.HUNDRED).div(Exact.of(u.dinilai)) : null]),
  ];
  if (u.kurva === 'tidak_dicek' || u.checks.length === 0) return [[...head, null, null, null, null, null, 'tidak_dicek']];
  // A `min_orang` rule has no percentage: its limit is the people column alone.
  return u.checks.map((c) => [...head, c.predikat.join('+'), c.kind, c.kind === 'min_orang' ? null : c.batas, c.allowed, c.have, c.ok ? 'sesuai' : 'tidak_sesuai']);
}

/** The columns of `tpp.csv`, the daftar nominatif for finance. */
export const TPP_COLUMNS: readonly ReportColumn[] = [
  col('no', 'No', 'No', 'integer'),
  col('nip', 'NIP', 'NIP'),
  col('nama', 'Nama', 'Name'),
  col('golongan', 'Golongan', 'Grade'),
  col('jabatan', 'Jabatan', 'Position'),
  col('unit', 'Unit', 'Unit'),
  col('nama_bank', 'Bank', 'Bank'),
  col('nomor_rekening', 'Nomor Rekening', 'Account Number'),
  col('tpp_bruto', 'TPP Bruto', 'Gross TPP', 'money'),
  col('pph21', 'PPh 21', 'Income Tax', 'money'),
  col('bpjs_pegawai', 'BPJS Pegawai', 'BPJS Employee', 'money'),
  col('tpp_netto', 'TPP Netto', 'Net TPP', 'money'),
];

/** One `tpp.csv` row. */
export function tppRow(r: EmployeeResult, no: number): ReportCell[] {
  const e = r.pegawai;
  return [
    no,
    e.nip,
    e.nama,
    e.golongan?.text ?? e.golonganText ?? null,
    e.jabatan ?? null,
    e.unit,
    e.namaBank ?? null,
    e.nomorRekening ?? null,
    r.tpp.tppBruto,
    r.tpp.pph21,
    r.tpp.bpjsPegawai,
    r.tpp.tppNetto,
  ];
}

/** The columns of `validasi.csv`. */
export const VALIDASI_COLUMNS: readonly ReportColumn[] = [
  col('tingkat', 'Tingkat', 'Level'),
  col('kode', 'Kode', 'Code'),
  col('berkas', 'Berkas', 'File'),
  col('baris', 'Baris', 'Row', 'integer'),
  col('kolom', 'Kolom', 'Column'),
  col('nilai', 'Nilai', 'Value'),
  col('nip', 'NIP', 'NIP'),
  col('jumlah', 'Jumlah', 'Count', 'integer'),
  col('pesan', 'Pesan', 'Message'),
];

/** One `validasi.csv` row. */
export function validasiRow(f: Finding, lang: Lang): ReportCell[] {
  return [f.level, f.code, f.file, f.row ?? null, f.column ?? null, f.value ?? null, f.nip ?? null, f.count, findingMessage(f, lang)];
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
  if (pack.pack.pajak.metode === 'ter') {
    catatan.push(
      period.month === 12
        ? 'PPh 21 dihitung dengan TER bulanan; perhitungan ulang tahunan Desember (pasal 17) tidak termasuk dan harus dilakukan terpisah.'
        : 'PPh 21 dihitung dengan TER bulanan (PP 58/2023); perhitungan ulang tahunan Desember tidak termasuk.',
    );
  }
  if (pack.pack.pajak.metode === 'ditanggung') catatan.push('PPh 21 ditanggung pemerintah: tidak dipotong dari TPP.');
  if (pack.pack.pajak.metode === 'tidak_ada') catatan.push('PPh 21 tidak dipotong dari TPP (metode tidak_ada).');
  return {
    alat: 'kinerja',
    versi_alat: version,
    periode: formatPeriod(period),
    hari_kerja_periode: hariKerjaPeriode,
    paket_aturan: { nama: pack.pack.nama, versi: pack.pack.versi, sha256: pack.sha256, sumber: pack.source },
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
}): ReportModel {
  const { results, findings, lang, pack } = input;
  const bands = { tl: pack.pack.presensi.terlambat.length, psw: pack.pack.presensi.pulang_cepat.length };
  const tables: Record<TableKey, ReportTable> = {
    pegawai: {
      key: 'pegawai',
      sheet: { id: 'Pegawai', en: 'Employees' },
      columns: pegawaiColumns(pack),
      rows: function* () {
        for (const r of results.employees) yield pegawaiRow(r, bands);
      },
    },
    unit: {
      key: 'unit',
      sheet: { id: 'Unit', en: 'Units' },
      columns: [...UNIT_COLUMNS],
      rows: function* () {
        for (const u of results.units) yield unitRow(u);
      },
    },
    tpp: {
      key: 'tpp',
      sheet: { id: 'TPP', en: 'TPP' },
      columns: [...TPP_COLUMNS],
      rows: function* () {
        let no = 0;
        for (const r of results.employees) if (r.tpp.statusBayar === 'dibayar') yield tppRow(r, ++no);
      },
    },
    kurva: {
      key: 'kurva',
      sheet: { id: 'Kurva', en: 'Curve' },
      columns: [...KURVA_COLUMNS],
      rows: function* () {
        for (const u of results.units) yield* kurvaRows(u);
      },
    },
    validasi: validasiTable(findings, lang),
    tindak_lanjut: input.tindakLanjut,
  };
  return { period: input.period, lang, tables, ringkasan: input.ringkasan, results, findings, pack };
}

/** The validation table alone (written even when nothing else is). */
export function validasiTable(findings: readonly Finding[], lang: Lang): ReportTable {
  return {
    key: 'validasi',
    sheet: { id: 'Validasi', en: 'Validation' },
    columns: [...VALIDASI_COLUMNS],
    rows: function* () {
      for (const f of findings) yield validasiRow(f, lang);
    },
  };
}

/** The columns of `tindak_lanjut.csv`. */
export const TINDAK_LANJUT_COLUMNS: readonly ReportColumn[] = [
  col('daftar', 'Daftar', 'List'),
  col('nip', 'NIP', 'NIP'),
  col('nama', 'Nama', 'Name'),
  col('unit', 'Unit', 'Unit'),
  col('alasan', 'Alasan', 'Reason'),
  col('aspek_terlemah', 'Aspek Terlemah', 'Weakest Aspect'),
  col('saran_pelatihan', 'Saran Pelatihan', 'Suggested Training'),
];

/** The follow-up table. */
export function tindakLanjutTable(rows: () => readonly FollowUpRow[]): ReportTable {
  return {
    key: 'tindak_lanjut',
    sheet: { id: 'Tindak Lanjut', en: 'Follow-up' },
    columns: [...TINDAK_LANJUT_COLUMNS],
    rows: function* () {
      for (const r of rows()) yield [r.daftar, r.nip, r.nama, r.unit, r.alasan, r.aspekTerlemah ?? null, r.saranPelatihan ?? null];
    },
  };
}

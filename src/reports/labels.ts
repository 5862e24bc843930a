/**
 * The label catalogue: the labels and texts of the reports and the terminal in Bahasa Indonesia and
 * English, keyed by label id as src/findings.ts is keyed by finding code (finding and error messages
 * stay with their codes). A text that holds a value (a rate of the rule pack, a count, a period) is a
 * function of named parameters; numbers come already formatted for the language, so the catalogue
 * only places them.
 */
import type { AssessedPredikat } from '../domain.js';
import type { Bilingual } from '../errors.js';
import type { Exact } from '../exact.js';
import type { Lang } from '../i18n.js';

/** A text with parameters. */
interface Formed<P> {
  id: (p: P) => string;
  en: (p: P) => string;
}

/** A catalogue entry: fixed texts, or texts of named parameters. */
export type LabelEntry = Bilingual | Formed<never>;

/** A parameterised entry; its parameter type is the type argument, shared by both texts. */
const form = <P>(id: (p: P) => string, en: (p: P) => string): Formed<P> => ({ id, en });

/** A rate of the rule pack as Indonesian text: `4`, `0,5`. */
const rateId = (x: Exact) => x.toString().replace('.', ',');

const PREDIKAT_NAME: Record<AssessedPredikat, Bilingual> = {
  SANGAT_BAIK: { id: 'Sangat Baik', en: 'Very Good' },
  BAIK: { id: 'Baik', en: 'Good' },
  BUTUH_PERBAIKAN: { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  KURANG: { id: 'Kurang', en: 'Poor' },
  SANGAT_KURANG: { id: 'Sangat Kurang', en: 'Very Poor' },
};

type Predikat = { predikat: AssessedPredikat };
type Count = { n: string };

const LABELS = {
  // --- sheets of the workbook ---------------------------------------------------------------------
  'sheet.ringkasan': { id: 'Ringkasan', en: 'Summary' },
  'sheet.pegawai': { id: 'Pegawai', en: 'Employees' },
  'sheet.unit': { id: 'Unit', en: 'Units' },
  'sheet.tpp': { id: 'TPP', en: 'TPP' },
  'sheet.kurva': { id: 'Kurva', en: 'Curve' },
  'sheet.tindak_lanjut': { id: 'Tindak Lanjut', en: 'Follow-up' },
  'sheet.validasi': { id: 'Validasi', en: 'Validation' },
  'sheet.aturan': { id: 'Aturan', en: 'Rules' },

  // --- report columns (shared by the tables that show the same value) -------------------------------
  'column.nip': { id: 'NIP', en: 'NIP' },
  'column.nama': { id: 'Nama', en: 'Name' },
  'column.unit': { id: 'Unit', en: 'Unit' },
  'column.jabatan': { id: 'Jabatan', en: 'Position' },
  'column.kelas_jabatan': { id: 'Kelas Jabatan', en: 'Job Class' },
  'column.golongan': { id: 'Golongan', en: 'Grade' },
  'column.status': { id: 'Status', en: 'Status' },
  'column.hari_kerja': { id: 'Hari Kerja', en: 'Working Days' },
  'column.hari_bayar': { id: 'Hari Dibayar', en: 'Paid Days' },
  'column.hadir': { id: 'Hadir', en: 'Present' },
  'column.tk': { id: 'TK', en: 'Absent (TK)' },
  'column.izin': { id: 'Izin', en: 'Leave (izin)' },
  'column.sakit': { id: 'Sakit', en: 'Sick' },
  'column.cuti': { id: 'Cuti', en: 'Annual/other leave' },
  'column.dinas_luar': { id: 'Dinas Luar', en: 'Official Duty' },
  'column.potongan_disiplin': { id: 'Potongan Disiplin (%)', en: 'Discipline Deduction (%)' },
  'column.nilai_disiplin': { id: 'Nilai Disiplin', en: 'Discipline Score' },
  'column.capaian_skp': { id: 'Capaian SKP (%)', en: 'SKP Achievement (%)' },
  'column.nilai_skp': { id: 'Nilai SKP', en: 'SKP Score' },
  'column.rating_hasil_kerja': { id: 'Rating Hasil Kerja', en: 'Work Result Rating' },
  'column.nilai_perilaku': { id: 'Nilai Perilaku', en: 'Behaviour Score' },
  'column.rating_perilaku': { id: 'Rating Perilaku', en: 'Behaviour Rating' },
  'column.predikat': { id: 'Predikat', en: 'Predikat' },
  'column.nilai_kinerja': { id: 'Nilai Kinerja', en: 'Performance Score' },
  'column.tpp_pagu': { id: 'Pagu TPP', en: 'TPP Ceiling' },
  'column.faktor_status': { id: 'Faktor Status (%)', en: 'Status Factor (%)' },
  'column.faktor_hari': { id: 'Faktor Hari', en: 'Day Factor' },
  'column.faktor_predikat': { id: 'Faktor Predikat (%)', en: 'Predikat Factor (%)' },
  'column.komponen': form<{ nama: string }>((p) => `Komponen ${p.nama}`, (p) => `Component ${p.nama}`),
  'column.potongan_hukdis': { id: 'Potongan Hukdis', en: 'Sanction Deduction' },
  'column.tpp_bruto': { id: 'TPP Bruto', en: 'Gross TPP' },
  'column.pph21': { id: 'PPh 21', en: 'Income Tax (PPh 21)' },
  // The rates are the pack's (Perpres 75/2019 by default); the English labels never named them.
  'column.bpjs_pegawai': form<{ persen: Exact }>((p) => `BPJS Pegawai (${rateId(p.persen)}%)`, () => 'BPJS Employee'),
  'column.bpjs_pemda': form<{ persen: Exact }>((p) => `BPJS Pemda (${rateId(p.persen)}%)`, () => 'BPJS Employer'),
  'column.tpp_netto': { id: 'TPP Netto', en: 'Net TPP' },
  'column.status_bayar': { id: 'Status Bayar', en: 'Pay Status' },
  'column.keterangan': { id: 'Keterangan', en: 'Remarks' },
  // unit.csv and Kurva
  'column.kode_unit': { id: 'Kode Unit', en: 'Unit Code' },
  'column.nama_unit': { id: 'Nama Unit', en: 'Unit Name' },
  'column.jumlah_pegawai': { id: 'Jumlah Pegawai', en: 'Employees' },
  'column.sangat_baik': { id: 'Sangat Baik', en: 'Very Good' },
  'column.baik': { id: 'Baik', en: 'Good' },
  'column.butuh_perbaikan': { id: 'Butuh Perbaikan', en: 'Needs Improvement' },
  'column.kurang': { id: 'Kurang/Misconduct', en: 'Poor/Misconduct' },
  'column.sangat_kurang': { id: 'Sangat Kurang', en: 'Very Poor' },
  'column.tidak_dinilai': { id: 'Tidak Dinilai', en: 'Not Assessed' },
  'column.predikat_organisasi': { id: 'Predikat Organisasi', en: 'Organisation Predikat' },
  'column.kurva': { id: 'Kurva', en: 'Curve' },
  'column.rata_nilai_disiplin': { id: 'Rata-rata Nilai Disiplin', en: 'Mean Discipline Score' },
  'column.rata_capaian_skp': { id: 'Rata-rata Capaian SKP (%)', en: 'Mean SKP Achievement (%)' },
  'column.total_bruto': { id: 'Total TPP Bruto', en: 'Total Gross TPP' },
  'column.total_pph21': { id: 'Total PPh 21', en: 'Total Income Tax' },
  'column.total_bpjs_pegawai': { id: 'Total BPJS Pegawai', en: 'Total BPJS Employee' },
  'column.total_bpjs_pemda': { id: 'Total BPJS Pemda', en: 'Total BPJS Employer' },
  'column.total_netto': { id: 'Total TPP Netto', en: 'Total Net TPP' },
  'column.pagu_unit': { id: 'Pagu Unit', en: 'Unit Budget' },
  'column.dinilai': { id: 'Pegawai Dinilai', en: 'Employees Assessed' },
  'column.jumlah_predikat': form<Predikat>((p) => `Jumlah ${PREDIKAT_NAME[p.predikat].id}`, (p) => `Count ${PREDIKAT_NAME[p.predikat].en}`),
  'column.persen_predikat': form<Predikat>((p) => `% ${PREDIKAT_NAME[p.predikat].id}`, (p) => `% ${PREDIKAT_NAME[p.predikat].en}`),
  'column.aturan_predikat': { id: 'Aturan: Predikat', en: 'Rule: Predikat' },
  'column.aturan_jenis': { id: 'Aturan: Jenis', en: 'Rule: Kind' },
  'column.aturan_batas': { id: 'Aturan: Batas (%)', en: 'Rule: Limit (%)' },
  'column.aturan_boleh': { id: 'Batas Orang', en: 'Limit in People' },
  'column.aturan_ada': { id: 'Jumlah Ada', en: 'Count Present' },
  'column.hasil': { id: 'Hasil', en: 'Result' },
  // tpp.csv, the payout list: shorter than the pegawai.csv labels of the same values
  'column.no': { id: 'No', en: 'No' },
  'column.nama_bank': { id: 'Bank', en: 'Bank' },
  'column.nomor_rekening': { id: 'Nomor Rekening', en: 'Account Number' },
  'column.tpp.pph21': { id: 'PPh 21', en: 'Income Tax' },
  'column.tpp.bpjs_pegawai': { id: 'BPJS Pegawai', en: 'BPJS Employee' },
  // validasi.csv
  'column.tingkat': { id: 'Tingkat', en: 'Level' },
  'column.kode': { id: 'Kode', en: 'Code' },
  'column.berkas': { id: 'Berkas', en: 'File' },
  'column.baris': { id: 'Baris', en: 'Row' },
  'column.kolom': { id: 'Kolom', en: 'Column' },
  'column.nilai': { id: 'Nilai', en: 'Value' },
  'column.jumlah': { id: 'Jumlah', en: 'Count' },
  'column.pesan': { id: 'Pesan', en: 'Message' },
  // tindak_lanjut.csv
  'column.daftar': { id: 'Daftar', en: 'List' },
  'column.alasan': { id: 'Alasan', en: 'Reason' },
  'column.aspek_terlemah': { id: 'Aspek Terlemah', en: 'Weakest Aspect' },
  'column.saran_pelatihan': { id: 'Saran Pelatihan', en: 'Suggested Training' },

  // --- workbook: the summary, payout and rules sheets ---------------------------------------------
  'workbook.header.item': { id: 'Uraian', en: 'Item' },
  'workbook.header.value': { id: 'Nilai', en: 'Value' },
  'workbook.header.key': { id: 'Kunci', en: 'Key' },
  'workbook.periode': { id: 'Periode', en: 'Period' },
  'workbook.hari_kerja_periode': { id: 'Hari kerja periode', en: 'Working days in the period' },
  'workbook.paket_aturan': { id: 'Paket aturan', en: 'Rule pack' },
  'workbook.paket_sha256': { id: 'SHA-256 paket', en: 'SHA-256 paket' },
  'workbook.jumlah_pegawai': { id: 'Jumlah pegawai', en: 'Employees' },
  'workbook.dibayar': { id: 'Dibayar', en: 'Paid' },
  'workbook.ditahan': { id: 'Ditahan', en: 'Held' },
  'workbook.nihil': { id: 'Nihil', en: 'Nil' },
  'workbook.temuan_error': { id: 'Temuan error', en: 'Error findings' },
  'workbook.temuan_peringatan': { id: 'Temuan peringatan', en: 'Warning findings' },
  'workbook.temuan_info': { id: 'Temuan info', en: 'Info findings' },
  'workbook.total_bruto': { id: 'Total TPP bruto', en: 'Total gross TPP' },
  'workbook.total_pph21': { id: 'Total PPh 21', en: 'Total income tax' },
  'workbook.total_bpjs_pegawai': { id: 'Total BPJS pegawai', en: 'Total BPJS employee' },
  'workbook.total_bpjs_pemda': { id: 'Total BPJS pemda', en: 'Total BPJS employer' },
  'workbook.total_netto': { id: 'Total TPP netto', en: 'Total net TPP' },
  'workbook.predikat': form<{ predikat: string }>((p) => `Predikat ${p.predikat}`, (p) => `Predikat ${p.predikat}`),
  'workbook.berkas': form<{ masukan: string }>((p) => `Berkas ${p.masukan}`, (p) => `File ${p.masukan}`),
  'workbook.berkas_dibaca': form<{ berkas: string; dibaca: number; dipakai: number; ditolak: number; diabaikan: number; dilewati: number }>(
    (p) => `${p.berkas}: dibaca ${p.dibaca}, dipakai ${p.dipakai}, ditolak ${p.ditolak}, diabaikan ${p.diabaikan}, dilewati ${p.dilewati}`,
    (p) => `${p.berkas}: read ${p.dibaca}, used ${p.dipakai}, rejected ${p.ditolak}, ignored ${p.diabaikan}, skipped ${p.dilewati}`,
  ),
  'workbook.catatan': { id: 'Catatan', en: 'Note' },
  'workbook.tpp.judul': form<{ periode: string }>((p) => `DAFTAR NOMINATIF TPP — PERIODE ${p.periode}`, (p) => `TPP PAYOUT LIST — PERIOD ${p.periode}`),
  'workbook.tpp.paket_aturan': form<{ nama: string; versi: string }>((p) => `Paket aturan: ${p.nama} ${p.versi}`, (p) => `Rule pack: ${p.nama} ${p.versi}`),
  // `&P`/`&N` are Excel's page number and page count.
  'workbook.tpp.halaman': { id: 'Halaman &P dari &N', en: 'Page &P of &N' },
  'workbook.tpp.subtotal': form<{ unit: string; nama: string | undefined }>(
    (p) => `Jumlah ${p.unit}${p.nama ? ` — ${p.nama}` : ''}`,
    (p) => `Subtotal ${p.unit}${p.nama ? ` — ${p.nama}` : ''}`,
  ),
  'workbook.tpp.total': { id: 'JUMLAH TOTAL', en: 'GRAND TOTAL' },
  'workbook.aturan.paket': { id: 'paket aturan', en: 'rule pack' },
  'workbook.aturan.masukan': form<{ masukan: string }>((p) => `masukan ${p.masukan}`, (p) => `input ${p.masukan}`),

  // --- the run summary on the terminal ------------------------------------------------------------
  /** The row part of a place in the input (`berkas › baris 12 › kolom`). */
  'place.row': form<{ row: number }>((p) => `baris ${p.row}`, (p) => `row ${p.row}`),
  'summary.stopped.head': { id: 'PROSES DIHENTIKAN — tidak ada yang dibayar. Selesaikan ini lalu jalankan lagi:', en: 'RUN STOPPED — nothing was paid. Resolve these and run again:' },
  'summary.held.head': form<{ n: number }>((p) => `DITAHAN — ${p.n} pegawai tidak dibayar sampai datanya diperbaiki:`, (p) => `HELD — ${p.n} employee(s) not paid until their data is fixed:`),
  'summary.held.more': form<Count>((p) => `dan ${p.n} lainnya di pegawai.csv`, (p) => `and ${p.n} more in pegawai.csv`),
  'summary.unused.head': { id: 'Berkas di folder masukan yang tidak dipakai:', en: 'Files in the input folder not used:' },
  'summary.level.error': { id: 'ERROR', en: 'ERROR' },
  'summary.level.peringatan': { id: 'PERINGATAN', en: 'WARNING' },
  'summary.level.info': { id: 'INFO', en: 'INFO' },
  'summary.findings.count': form<{ findings: string; rows: string }>((p) => `${p.findings} temuan, ${p.rows} baris`, (p) => `${p.findings} finding(s), ${p.rows} row(s)`),
  'summary.findings.more': form<Count>((p) => `dan ${p.n} lainnya di validasi.csv`, (p) => `and ${p.n} more in validasi.csv`),
  'summary.quiet.stopped': { id: 'DIHENTIKAN, tidak ada yang dibayar', en: 'STOPPED, nothing paid' },
  'summary.quiet.held': form<{ n: number }>((p) => `${p.n} DITAHAN`, (p) => `${p.n} HELD`),
  'summary.quiet.ok': { id: 'selesai', en: 'ok' },
  'summary.quiet.counts': form<{ exit: number; error: number; paid: number; held: number; nil: number }>(
    (p) => `kode ${p.exit}, ${p.error} error, ${p.paid} dibayar, ${p.held} ditahan, ${p.nil} nihil`,
    (p) => `exit ${p.exit}, ${p.error} error, ${p.paid} paid, ${p.held} held, ${p.nil} nil`,
  ),
  'summary.title': form<{ command: string; periode: string; nama: string; versi: string }>(
    (p) => `kinerja ${p.command} — periode ${p.periode} — paket aturan ${p.nama} ${p.versi}`,
    (p) => `kinerja ${p.command} — period ${p.periode} — rule pack ${p.nama} ${p.versi}`,
  ),
  'summary.pegawai': { id: 'Pegawai', en: 'Employees' },
  'summary.dibayar': { id: 'Dibayar', en: 'Paid' },
  'summary.ditahan': { id: 'Ditahan', en: 'Held' },
  'summary.nihil': { id: 'Nihil', en: 'Nil' },
  'summary.error': { id: 'Error', en: 'Errors' },
  'summary.peringatan': { id: 'Peringatan', en: 'Warnings' },
  'summary.tpp_bruto': { id: 'TPP bruto', en: 'Gross TPP' },
  'summary.tpp_netto': { id: 'TPP netto', en: 'Net TPP' },
  'summary.keluaran': { id: 'Keluaran', en: 'Output' },
  'summary.end.stopped': {
    id: 'Proses dihentikan (kode 2): tidak ada yang dibayar; hanya laporan validasi yang ditulis. Lihat baris STOP di atas.',
    en: 'Run stopped (exit 2): nothing was paid; only the validation report was written. See the STOP lines at the top.',
  },
  'summary.end.strict': { id: 'Hasil tidak ditulis (--strict dan ada error): hanya laporan validasi.', en: 'Results were not written (--strict and errors found): only the validation report.' },
  'summary.end.held': form<{ n: number }>(
    (p) => `${p.n} pegawai ditahan: perbaiki error-nya (lihat validasi.csv) lalu jalankan lagi.`,
    (p) => `${p.n} employee(s) held: fix their errors (see validasi.csv) and run again.`,
  ),

  // --- progress on the terminal -------------------------------------------------------------------
  'progress.paket': { id: 'Memuat paket aturan dan mencari berkas', en: 'Loading the rule pack and finding files' },
  'progress.masukan': { id: 'Membaca masukan', en: 'Reading inputs' },
  'progress.hitung': { id: 'Menghitung nilai dan TPP', en: 'Computing scores and TPP' },
  'progress.tulis': { id: 'Menulis laporan', en: 'Writing reports' },
  'progress.rows': form<Count>((p) => `${p.n} baris`, (p) => `${p.n} rows`),

  // --- kinerja init ---------------------------------------------------------------------------------
  'init.written': form<{ dir: string }>((p) => `Ditulis ke ${p.dir}/:`, (p) => `Written to ${p.dir}/:`),
  'init.next': {
    id: 'Berikutnya: buka masukan.xlsx, baca lembar "petunjuk", isi lembar-lembarnya, lalu:',
    en: 'Next: open masukan.xlsx, read the "petunjuk" sheet, fill the sheets, then:',
  },
  'template.required': { id: 'wajib', en: 'required' },
  'template.optional': { id: 'opsional', en: 'optional' },
  'template.optional_input': { id: ' (opsional)', en: ' (optional)' },
  'template.guide': form<{ dir: string; period: string }>(
    ({ dir, period }) =>
      [
        'kinerja — templat masukan',
        '',
        '1. Isi lembar-lembar masukan.xlsx (satu lembar per masukan; biarkan baris judul kolom, satu baris per data).',
        '   Atau salin berkas CSV dari templat-csv/ ke folder ini lalu isi itu (jangan keduanya: masukan yang diberikan dua kali menghentikan proses).',
        '   Lembar yang dibiarkan kosong diabaikan. Kolom bertanda * wajib; kolom opsional yang tidak dipakai boleh dihapus.',
        '2. Kolom NIP di masukan.xlsx berformat teks. NIP yang ditempel ke CSV yang dibuka di Excel berubah menjadi 1,98503E+17: pakai XLSX.',
        '3. Tanggal dd/mm/yyyy (atau yyyy-mm-dd), jam HH:MM, uang dalam rupiah; koma desimal boleh.',
        '4. Ubah paket-aturan.yaml bila aturan daerah berbeda dari bawaan (jadwal, potongan, komponen TPP, pajak).',
        `5. Periksa:   kinerja validate --period ${period} --input ${dir} --policy ${dir}/paket-aturan.yaml`,
        `6. Jalankan:  kinerja run --period ${period} --input ${dir} --policy ${dir}/paket-aturan.yaml --out hasil-${period}`,
        `   Cetak lembar TPP di hasil-${period}/kinerja-${period}.xlsx (daftar nominatif dengan blok tanda tangan).`,
        `7. Tanyakan asal suatu angka:  kinerja jelaskan <nip> --period ${period} --input ${dir} --policy ${dir}/paket-aturan.yaml`,
        '',
        'Log mesin presensi (ATTLOG), rekap bulanan dan ekspor BKN "Laporan Penilaian SKP" dibaca apa adanya: taruh di folder ini tanpa diubah.',
        '',
      ].join('\n'),
    ({ dir, period }) =>
      [
        'kinerja — input templates',
        '',
        '1. Fill the sheets of masukan.xlsx (one sheet per input; keep the header row, add one row per record).',
        '   Or copy the CSV files from templat-csv/ into this folder and fill those instead (not both: an input given twice stops the run).',
        '   Sheets you leave empty are ignored. Columns marked * below are required; you may delete optional columns you do not use.',
        '2. NIP columns are formatted as text in masukan.xlsx. If you paste NIPs into a CSV opened in Excel, they turn into 1.98503E+17: use the XLSX.',
        '3. Dates as dd/mm/yyyy (or yyyy-mm-dd), times as HH:MM, amounts in rupiah; decimal commas are fine.',
        '4. Edit paket-aturan.yaml if your region differs from the default rules (schedule, deductions, TPP components, tax).',
        `5. Check:  kinerja validate --period ${period} --input ${dir} --policy ${dir}/paket-aturan.yaml`,
        `6. Run:    kinerja run --period ${period} --input ${dir} --policy ${dir}/paket-aturan.yaml --out hasil-${period}`,
        `   Print the TPP sheet of hasil-${period}/kinerja-${period}.xlsx (the payout list, with the signature block).`,
        `7. Ask why a figure is what it is:  kinerja jelaskan <nip> --period ${period} --input ${dir} --policy ${dir}/paket-aturan.yaml`,
        '',
        'Attendance machine logs (ATTLOG), monthly summaries and BKN "Laporan Penilaian SKP" exports are read as exported: put them in this folder unchanged.',
        '',
      ].join('\n'),
  ),
  'template.pack_header': {
    id: [
      '# Salinan paket aturan bawaan, ditulis oleh `kinerja init`.',
      '# Ubah yang berbeda di daerah Anda, ganti `nama` dan `versi` agar laporan menyebut aturan yang dipakai,',
      '# lalu pakai dengan --policy paket-aturan.yaml. Kunci yang dihapus kembali ke nilai bawaan.',
    ].join('\n'),
    en: [
      '# Copy of the built-in rule pack `bawaan`, written by `kinerja init`.',
      '# Edit what differs in your region, change `nama` and `versi` so the reports show which rules were used,',
      '# and pass it with --policy paket-aturan.yaml. Keys you delete fall back to `bawaan`.',
    ].join('\n'),
  },
} satisfies Record<string, LabelEntry>;

/** The id of a label in the catalogue. */
export type LabelId = keyof typeof LABELS;

/** Every entry of the catalogue, by label id (for tests). */
export const LABEL_ENTRIES: Readonly<Record<LabelId, LabelEntry>> = LABELS;

/** The parameters a label takes: one object for a parameterised text, none for a fixed one. */
export type LabelParams<K extends LabelId> = (typeof LABELS)[K] extends Formed<infer P> ? [params: P] : [];

/** The text of label `id` in `lang`. */
export function label<K extends LabelId>(id: K, lang: Lang, ...params: LabelParams<K>): string {
  const text = (LABELS[id] as LabelEntry)[lang];
  return typeof text === 'string' ? text : (text as (p: unknown) => string)(params[0]);
}

/** Both texts of label `id`, for models that carry labels in both languages (report columns, sheets). */
export function labelPair<K extends LabelId>(id: K, ...params: LabelParams<K>): Bilingual {
  return { id: label(id, 'id', ...params), en: label(id, 'en', ...params) };
}

/** `label` bound to one language, for code that writes many texts. */
export type Labeller = <K extends LabelId>(id: K, ...params: LabelParams<K>) => string;

/** Labels in `lang`. */
export function labelsFor(lang: Lang): Labeller {
  return (id, ...params) => label(id, lang, ...params);
}

/**
 * The label catalogue: the labels and texts of the reports and the terminal in Bahasa Indonesia and
 * English, keyed by label id as src/findings.ts is keyed by finding code (finding and error messages
 * stay with their codes). A text that holds a value (a rate of the rule pack, a count, a period) is a
 * function of named parameters; numbers come already formatted for the language, so the catalogue
 * only places them.
 */
import type { AssessedPredikat } from '../model/domain.js';
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
/** Why a day cost points: the time, the schedule, the minutes and the band. */
type Punch = { time: string | undefined; jadwal: string | undefined; menit: number; pita: string };

/** `kinerja bandingkan`: the reasons an employee's amount changed, in words. */
const REASON_NAME: Record<string, Bilingual> = {
  BARU: { id: 'baru di B (tidak ada di A)', en: 'new in B (not in A)' },
  TIDAK_ADA: { id: 'tidak ada di B', en: 'not in B' },
  STATUS_BAYAR: { id: 'status bayar', en: 'pay status' },
  STATUS: { id: 'status pegawai', en: 'employee status' },
  PAGU: { id: 'pagu TPP', en: 'TPP ceiling' },
  HARI: { id: 'hari kerja/bayar', en: 'working/paid days' },
  DISIPLIN: { id: 'disiplin', en: 'discipline' },
  PREDIKAT: { id: 'predikat', en: 'predikat' },
  HUKDIS: { id: 'potongan hukdis', en: 'sanction cut' },
  PLT: { id: 'tambahan Plt/Plh', en: 'acting post addition' },
  PAJAK: { id: 'PPh 21', en: 'income tax (PPh 21)' },
  BPJS: { id: 'BPJS pegawai', en: 'employee BPJS' },
  RAPEL: { id: 'rapel', en: 'arrears (rapel)' },
  LAIN: { id: 'lainnya (komponen atau pembulatan)', en: 'other (components or rounding)' },
};

/** `kinerja bandingkan`: the pegawai.csv columns named in a change (`predikat BAIK → KURANG`). */
const FIELD_NAME: Record<string, Bilingual> = {
  status_bayar: { id: 'status bayar', en: 'pay status' },
  status: { id: 'status', en: 'status' },
  tpp_pagu: { id: 'pagu TPP', en: 'TPP ceiling' },
  kelas_jabatan: { id: 'kelas jabatan', en: 'job class' },
  hari_kerja: { id: 'hari kerja', en: 'working days' },
  hari_bayar: { id: 'hari dibayar', en: 'paid days' },
  potongan_disiplin: { id: 'potongan disiplin %', en: 'discipline deduction %' },
  nilai_disiplin: { id: 'nilai disiplin', en: 'discipline score' },
  predikat: { id: 'predikat', en: 'predikat' },
  potongan_hukdis: { id: 'potongan hukdis', en: 'sanction cut' },
  tpp_plt: { id: 'tambahan Plt/Plh', en: 'acting post addition' },
  pph21: { id: 'PPh 21', en: 'PPh 21' },
  pph21_ditanggung: { id: 'PPh 21 ditanggung', en: 'PPh 21 borne' },
  bpjs_pegawai: { id: 'BPJS pegawai', en: 'employee BPJS' },
  rapel: { id: 'rapel', en: 'arrears' },
};

/** `kinerja bandingkan`: headers of bandingkan.csv for people (the workbook-style labels). */
const COLUMN_NAME: Record<string, Bilingual> = {
  nip: { id: 'NIP', en: 'NIP' },
  nama: { id: 'Nama', en: 'Name' },
  unit: { id: 'Unit', en: 'Unit' },
  netto_a: { id: 'Netto A', en: 'Net A' },
  netto_b: { id: 'Netto B', en: 'Net B' },
  selisih: { id: 'Selisih (B − A)', en: 'Difference (B − A)' },
  jenis: { id: 'Jenis', en: 'Kind' },
  alasan: { id: 'Alasan', en: 'Reasons' },
  predikat_a: { id: 'Predikat A', en: 'Predikat A' },
  predikat_b: { id: 'Predikat B', en: 'Predikat B' },
  status_bayar_a: { id: 'Status Bayar A', en: 'Pay Status A' },
  status_bayar_b: { id: 'Status Bayar B', en: 'Pay Status B' },
};

const LABELS = {
  // --- sheets of the workbook ---------------------------------------------------------------------
  'sheet.ringkasan': { id: 'Ringkasan', en: 'Summary' },
  'sheet.pegawai': { id: 'Pegawai', en: 'Employees' },
  'sheet.unit': { id: 'Unit', en: 'Units' },
  'sheet.tpp': { id: 'TPP', en: 'TPP' },
  'sheet.rapel': { id: 'Rapel', en: 'Arrears' },
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
  'column.persen_hadir': { id: 'Persen Hadir', en: 'Presence %' },
  'column.persen_bayar_kehadiran': { id: 'Persen Bayar (Kehadiran)', en: 'Paid % (Presence)' },
  'column.faktor_predikat': { id: 'Faktor Predikat (%)', en: 'Predikat Factor (%)' },
  'column.komponen': form<{ nama: string }>((p) => `Komponen ${p.nama}`, (p) => `Component ${p.nama}`),
  'column.tpp_plt': { id: 'Tambahan Plt/Plh', en: 'Acting Post Addition' },
  'column.potongan_hukdis': { id: 'Potongan Hukdis', en: 'Sanction Deduction' },
  'column.pembulatan_bruto': { id: 'Pembulatan Bruto', en: 'Gross Rounding' },
  'column.tpp_bruto': { id: 'TPP Bruto', en: 'Gross TPP' },
  'column.pph21': { id: 'PPh 21', en: 'Income Tax (PPh 21)' },
  'column.pph21_ditanggung': { id: 'PPh 21 Ditanggung Pemerintah', en: 'Income Tax Borne by Employer' },
  // The rates are the pack's (Perpres 75/2019 by default); the English labels never named them.
  'column.bpjs_pegawai': form<{ persen: Exact }>((p) => `BPJS Pegawai (${rateId(p.persen)}%)`, () => 'BPJS Employee'),
  'column.bpjs_pemda': form<{ persen: Exact }>((p) => `BPJS Pemda (${rateId(p.persen)}%)`, () => 'BPJS Employer'),
  'column.tpp_netto': { id: 'TPP Netto', en: 'Net TPP' },
  'column.rapel': { id: 'Rapel', en: 'Arrears' },
  'column.jumlah_transfer': { id: 'Jumlah Ditransfer', en: 'Amount Transferred' },
  'column.periode_rapel': { id: 'Periode Rapel', en: 'Arrears Period' },
  'column.netto_seharusnya': { id: 'Netto Seharusnya', en: 'Net Due' },
  'column.sudah_dibayar': { id: 'Sudah Dibayar', en: 'Already Paid' },
  'column.status_rapel': { id: 'Status Rapel', en: 'Arrears Status' },
  'column.status_bayar': { id: 'Status Bayar', en: 'Pay Status' },
  'column.keterangan': { id: 'Keterangan', en: 'Remarks' },
  'column.jenjang_jf': { id: 'Jenjang JF', en: 'Functional Level (JF)' },
  'column.tk_beruntun': { id: 'TK Beruntun Terpanjang', en: 'Longest TK Run' },
  'column.tk_awal_bulan': { id: 'TK Beruntun Awal Bulan', en: 'TK Run at Month Start' },
  'column.tk_akhir_bulan': { id: 'TK Beruntun Akhir Bulan', en: 'TK Run at Month End' },
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
  'column.tpp.pph21_ditanggung': { id: 'Tunjangan PPh', en: 'Borne Income Tax' },
  'column.status_berkas': { id: 'Status Berkas', en: 'File Status' },
  'column.pph21_lebih_potong': { id: 'PPh 21 Lebih Potong (Dikembalikan)', en: 'Income Tax Over-withheld (Returned)' },
  'column.tpp.bpjs_pegawai': { id: 'BPJS Pegawai', en: 'BPJS Employee' },
  // finance exports: tpp.csv identity columns, sipd_nominatif.csv, bank files, tanpa_rekening.csv
  'column.nik': { id: 'NIK', en: 'NIK' },
  'column.npwp': { id: 'NPWP', en: 'NPWP' },
  'column.tpp.bpjs_pemda': { id: 'BPJS Pemda', en: 'BPJS Employer' },
  'column.sipd.kelas': { id: 'Kelas', en: 'Class' },
  'column.sipd.bruto': { id: 'Bruto', en: 'Gross' },
  'column.sipd.bpjs_1': form<{ persen: Exact }>((p) => `BPJS ${rateId(p.persen)}%`, (p) => `BPJS ${p.persen.toString()}%`),
  'column.sipd.bpjs_4': form<{ persen: Exact }>((p) => `BPJS ${rateId(p.persen)}% (Pemda)`, (p) => `BPJS ${p.persen.toString()}% (Employer)`),
  'column.sipd.potongan': { id: 'Jumlah Potongan', en: 'Deductions' },
  'column.sipd.netto': { id: 'Netto', en: 'Net' },
  'column.bank.jumlah': { id: 'Jumlah', en: 'Amount' },
  'column.bank.keterangan': { id: 'Keterangan', en: 'Description' },
  'sheet.sipd': { id: 'SIPD', en: 'SIPD' },
  'sheet.bank': { id: 'Bank', en: 'Bank' },
  'sheet.tanpa_rekening': { id: 'Tanpa Rekening', en: 'Without Account' },
  'summary.bank': form<{ nama: string; berkas: string; n: string; jumlah: string }>((p) => `${p.nama}: ${p.n} pegawai, ${p.jumlah} (${p.berkas})`, (p) => `${p.nama}: ${p.n} employee(s), ${p.jumlah} (${p.berkas})`),
  'summary.bank.head': { id: 'Transfer bank', en: 'Bank transfers' },
  'summary.tanpa_rekening': form<{ n: string; jumlah: string; nips: string }>(
    (p) => `${p.n} pegawai dibayar tanpa nama bank atau nomor rekening, ${p.jumlah} belum masuk berkas bank (tanpa_rekening.csv): ${p.nips}`,
    (p) => `${p.n} paid employee(s) without a bank name or account number, ${p.jumlah} in no bank file (tanpa_rekening.csv): ${p.nips}`,
  ),
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
  'workbook.total_pph21_ditanggung': { id: 'Total PPh 21 ditanggung pemerintah', en: 'Total income tax borne by the employer' },
  'workbook.total_pph21_lebih_potong': { id: 'Total PPh 21 lebih potong dikembalikan (Total PPh 21 = dipotong − dikembalikan)', en: 'Total income tax over-withheld, returned (total income tax = withheld − returned)' },
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
  'workbook.tpp.judul_koreksi': form<{ periode: string }>(
    (p) => `KOREKSI — DAFTAR TPP PERIODE ${p.periode} SETELAH DIBETULKAN (BUKAN DAFTAR BAYAR: YANG DIBAYAR/DITAGIH ADA DI LEMBAR SELISIH)`,
    (p) => `CORRECTION — TPP LIST OF PERIOD ${p.periode} AS CORRECTED (NOT A PAYOUT LIST: WHAT IS PAID OR RECOVERED IS ON THE DIFFERENCE SHEET)`,
  ),
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
  /** The place of a finding about the whole run (no file, row or NIP). */
  'place.run': { id: '(seluruh proses)', en: '(the whole run)' },
  'help.program': {
    id: 'Penilaian kinerja bulanan dan TPP ASN dari ekspor presensi, capaian SKP dan perilaku kerja.',
    en: 'Monthly performance appraisal and TPP of Indonesian civil servants, from attendance, SKP and behaviour exports.',
  },
  'help.version': { id: 'tampilkan versi', en: 'show the version' },
  'help.help': { id: 'tampilkan bantuan', en: 'show help' },
  'help.default': { id: 'bawaan', en: 'default' },
  'help.exit_codes': { id: 'Kode keluar', en: 'Exit codes' },
  'help.run': { id: 'membaca, memeriksa, menghitung dan menulis semua laporan satu periode', en: 'read, validate, compute and write every report for one period' },
  'help.validate': {
    id: 'seperti run tanpa menulis hasil: menampilkan temuan dan menulis laporan validasi',
    en: 'everything run does except writing results: prints the findings and writes the validation report',
  },
  'help.jelaskan': {
    id: 'menampilkan langkah demi langkah perhitungan hasil dan TPP satu pegawai; tidak menulis berkas',
    en: 'print, step by step, how one employee’s results and TPP were computed; writes nothing',
  },
  'help.jelaskan.nip': { id: 'NIP pegawai', en: 'NIP of the employee' },
  'help.init': {
    id: 'menulis templat masukan (masukan.xlsx satu lembar per masukan, judul kolom CSV) dan salinan paket aturan berkomentar',
    en: 'write input templates (masukan.xlsx with a sheet per input, CSV headers) and a commented copy of the rule pack',
  },
  'help.init.dir': { id: 'folder tujuan (bawaan: folder saat ini)', en: 'folder to write into (default: the current folder)' },
  'help.init.force': { id: 'timpa berkas templat yang sudah ada', en: 'overwrite template files that already exist' },
  'help.demo': { id: 'menjalankan contoh instansi bawaan ke ./hasil-demo/', en: 'run the bundled sample agency into ./hasil-demo/' },
  'help.paket': {
    id: 'daftar paket aturan yang dikirim bersama kinerja, dengan sumbernya (pakai dengan --policy <nama>)',
    en: 'list the rule packs shipped with kinerja, with their sources (use with --policy <name>)',
  },
  'help.paket.tampil': {
    id: 'tampilkan satu paket digabung di atas bawaan: aturan yang benar-benar berlaku',
    en: 'print one pack merged over bawaan: the rules actually in force',
  },
  'help.paket.nama': { id: 'nama paket (lihat: kinerja paket) atau path berkas', en: 'pack name (see: kinerja paket) or a file path' },
  'help.rekap': {
    id: 'rekap tahunan dari arsip hasil: predikat dan TPP dibayar per bulan, TK kumulatif dan beruntun terhadap PP 94/2021, angka kredit JF',
    en: 'yearly recap from the results archive: predikat and TPP paid per month, cumulative and consecutive TK against PP 94/2021, JF angka kredit',
  },
  'rekap.heading': form<{ tahun: number }>((p) => `Rekap tahunan ${p.tahun}`, (p) => `Yearly recap ${p.tahun}`),
  'rekap.months.dibayar': { id: 'Bulan dibayar', en: 'Months paid' },
  'rekap.months.belum': { id: 'Belum dibayar', en: 'Not yet paid' },
  'rekap.months.tidak_ada': { id: 'Tidak ada di arsip', en: 'Missing from the archive' },
  'rekap.note.belum': {
    id: 'Bulan yang belum dibayar: predikat dan TK-nya dipakai, TPP-nya tidak dihitung sebagai dibayar (tandai dibayar dulu: kinerja tandai-dibayar).',
    en: 'Months not yet paid: their predikat and TK are used, their TPP is not counted as paid (mark them paid first: kinerja tandai-dibayar).',
  },
  'rekap.note.tidak_ada': {
    id: 'Bulan yang tidak ada tidak dianggap apa pun: TK kumulatif, TK beruntun dan angka kredit hanya dari bulan yang ada. Jalankan bulan itu (kinerja run) lalu rekap ulang dengan --force.',
    en: 'Missing months are not assumed anything: cumulative TK, TK runs and angka kredit come from the months found only. Run those months (kinerja run), then recap again with --force.',
  },
  'rekap.pegawai': { id: 'Pegawai', en: 'Employees' },
  'rekap.disiplin': { id: 'Melewati ambang PP 94/2021', en: 'Past a PP 94/2021 threshold' },
  'rekap.tpp': { id: 'TPP netto dibayar setahun', en: 'Net TPP paid in the year' },
  'rekap.predikat_tahunan': { id: 'Predikat tahunan', en: 'Annual predikat' },
  'rekap.predikat_tahunan.value': form<{ aturan: string; ada: string; dari: string }>(
    (p) => `${p.ada} dari ${p.dari} pegawai (aturan: ${p.aturan})`,
    (p) => `${p.ada} of ${p.dari} employees (rule: ${p.aturan})`,
  ),
  'rekap.note.predikat_penilaian': {
    id: 'Predikat tahunan hanya dari penilaian tahunan (PermenPANRB 6/2022): berikan --penilaian berkas dengan bulan_skp tahunan, atau pilih aturan daerah di paket (kinerja.predikat_tahunan: bulan_terakhir | terbanyak).',
    en: 'The annual predikat comes from the annual evaluation only (PermenPANRB 6/2022): give --penilaian a file with bulan_skp tahunan, or choose a regional rule in the pack (kinerja.predikat_tahunan: bulan_terakhir | terbanyak).',
  },
  'rekap.note.predikat_kosong': {
    id: 'Sebagian predikat tahunan kosong: kolom predikat_tahunan_dasar menyebut sebabnya (tanpa baris tahunan di berkas penilaian, bulan tidak ada di arsip, bulan itu tidak dinilai, atau pegawai ditahan).',
    en: 'Some annual predikat are empty: the predikat_tahunan_dasar column says why (no annual row in the ratings file, a month missing from the archive, that month not assessed, or the employee held).',
  },
  'rekap.output': { id: 'Keluaran', en: 'Outputs' },
  'rekap.none': { id: '(tidak ada)', en: '(none)' },
  'paket.heading': { id: 'Paket aturan yang dikirim bersama kinerja', en: 'Rule packs shipped with kinerja' },
  'paket.columns': { id: 'nama, versi, sumber', en: 'name, version, source' },
  'paket.next': {
    id: 'Lihat isi satu paket: kinerja paket tampil <nama>; pakai: kinerja run ... --policy <nama>',
    en: 'See what one holds: kinerja paket tampil <name>; use it: kinerja run ... --policy <name>',
  },
  'cli.error': { id: 'galat', en: 'error' },
  'cli.see': { id: 'Lihat', en: 'See' },
  'cli.hint': { id: 'Saran', en: 'What to do' },
  'cli.bug': form<{ debug: boolean }>(
    (p) => `Ini galat program kinerja. Mohon laporkan beserta perintah yang dijalankan${p.debug ? ' dan jejak di atas' : ' (jalankan lagi dengan --debug untuk jejaknya)'}.`,
    (p) => `This is a bug in kinerja. Please report it with the command you ran${p.debug ? ' and the trace above' : ' (run it again with --debug for the trace)'}.`,
  ),
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
  // `sumber`: the pack file, named when its name is not the pack's own (a pack without `nama` shows
  // bawaan's, and would look ignored).
  'summary.title': form<{ command: string; periode: string; nama: string; versi: string; sumber?: string }>(
    (p) => `kinerja ${p.command} — periode ${p.periode} — paket aturan ${p.nama} ${p.versi}${p.sumber ? ` (${p.sumber})` : ''}`,
    (p) => `kinerja ${p.command} — period ${p.periode} — rule pack ${p.nama} ${p.versi}${p.sumber ? ` (${p.sumber})` : ''}`,
  ),
  'summary.pegawai': { id: 'Pegawai', en: 'Employees' },
  'summary.dibayar': { id: 'Dibayar', en: 'Paid' },
  'summary.ditahan': { id: 'Ditahan', en: 'Held' },
  'summary.nihil': { id: 'Nihil', en: 'Nil' },
  'summary.error': { id: 'Error', en: 'Errors' },
  'summary.peringatan': { id: 'Peringatan', en: 'Warnings' },
  'summary.segmen': { id: 'Mutasi dalam bulan', en: 'Mid-month post changes' },
  'summary.bayar_sebagian': { id: 'Cuti dibayar sebagian', en: 'Leave partly paid' },
  'summary.plt': { id: 'Plt/Plh dibayar', en: 'Acting posts paid' },
  'summary.shift': { id: 'Jadwal shift', en: 'Shift rosters' },
  'summary.of_employees': form<{ n: string; nips: string }>(
    (p) => `${p.n} pegawai: ${p.nips} (rincian: kinerja jelaskan NIP)`,
    (p) => `${p.n} employee(s): ${p.nips} (details: kinerja jelaskan NIP)`,
  ),
  'summary.tpp_bruto': { id: 'TPP bruto', en: 'Gross TPP' },
  'summary.tpp_netto': { id: 'TPP netto', en: 'Net TPP' },
  'summary.rapel': { id: 'Rapel', en: 'Arrears' },
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

  // --- kinerja jelaskan: the explanation of one employee, one line per text ---------------------------
  'explain.title': form<{ nip: string; nama: string; unit: string; periode: string }>(
    (p) => `Penjelasan TPP — ${p.nip} ${p.nama} (${p.unit}), periode ${p.periode}`,
    (p) => `TPP explanation — ${p.nip} ${p.nama} (${p.unit}), period ${p.periode}`,
  ),
  'explain.pack': form<{ nama: string; versi: string; status: string; golongan: string | undefined }>(
    (p) => `Paket aturan: ${p.nama} ${p.versi}; status ${p.status}${p.golongan ? `, golongan ${p.golongan}` : ''}`,
    (p) => `Rule pack: ${p.nama} ${p.versi}; status ${p.status}${p.golongan ? `, grade ${p.golongan}` : ''}`,
  ),
  'explain.identity': form<{ nik: string | undefined; npwp: string | undefined }>(
    (p) => [p.nik ? `NIK ${p.nik}` : '', p.npwp ? `NPWP ${p.npwp}` : ''].filter(Boolean).join('; '),
    (p) => [p.nik ? `NIK ${p.nik}` : '', p.npwp ? `NPWP ${p.npwp}` : ''].filter(Boolean).join('; '),
  ),
  // 1. working days
  'explain.days.head': { id: 'Hari kerja', en: 'Working days' },
  'explain.days.period': form<{ n: number }>((p) => `Hari kerja periode (jadwal bawaan): ${p.n}`, (p) => `Working days of the period (bawaan schedule): ${p.n}`),
  'explain.days.from': form<{ date: string }>((p) => `mulai ${p.date}`, (p) => `from ${p.date}`),
  'explain.days.until': form<{ date: string }>((p) => `sampai ${p.date}`, (p) => `until ${p.date}`),
  'explain.days.employee': form<{ jadwal: string; masa: string; hari: number; penuh: number }>(
    (p) => `Hari kerja pegawai (jadwal ${p.jadwal}${p.masa ? `, ${p.masa}` : ''}): ${p.hari} dari ${p.penuh}`,
    (p) => `Employee working days (schedule ${p.jadwal}${p.masa ? `, ${p.masa}` : ''}): ${p.hari} of ${p.penuh}`,
  ),
  'explain.days.paid': form<{ hari: number; tidak: number; bayar: number }>(
    (p) => `Hari dibayar: ${p.hari} − ${p.tidak} (CLTN/TB) = ${p.bayar}`,
    (p) => `Paid days: ${p.hari} − ${p.tidak} (CLTN/TB) = ${p.bayar}`,
  ),
  'explain.days.payShare': form<{ hari: string }>(
    (p) => `Dipotong dari faktor hari menurut aturan bayar kode hari (presensi.kode: bayar, kelas): ${p.hari} hari`,
    (p) => `Taken off the day factor by day codes' pay rules (presensi.kode: bayar, kelas): ${p.hari} days`,
  ),
  // 2. discipline
  'explain.discipline.head': { id: 'Disiplin', en: 'Discipline' },
  'explain.discipline.no_attendance': {
    id: 'Tidak ada satu pun baris presensi: nilai disiplin tidak dihitung (pegawai ditahan).',
    en: 'No attendance row at all: no discipline score (employee held).',
  },
  'explain.discipline.no_working_days': { id: 'Tidak ada hari kerja dalam periode ini.', en: 'No working days in this period.' },
  /** `bands`: the pack's lateness and early-leave bands that occurred, as `TL1 2`. */
  'explain.discipline.counts': form<{ hadir: number; bands: string[]; tk: number; izin: number; sakit: number; cuti: number; dl: number }>(
    (p) => [`hadir ${p.hadir}`, ...p.bands, `TK ${p.tk}`, `izin ${p.izin}`, `sakit ${p.sakit}`, `cuti ${p.cuti}`, `DL ${p.dl}`].join(', '),
    (p) => [`present ${p.hadir}`, ...p.bands, `TK ${p.tk}`, `leave ${p.izin}`, `sick ${p.sakit}`, `annual leave ${p.cuti}`, `DL ${p.dl}`].join(', '),
  ),
  'explain.discipline.from_summary': form<{ counts: string }>((p) => `Dari rekap bulanan: ${p.counts}`, (p) => `From the monthly summary: ${p.counts}`),
  'explain.discipline.from_daily': form<{ counts: string }>((p) => `Dari catatan harian: ${p.counts}`, (p) => `From daily records: ${p.counts}`),
  'explain.discipline.days': { id: 'Hari dengan potongan:', en: 'Days with a deduction:' },
  'explain.discipline.late_to_tk': form<{ tk: number; per: number }>(
    (p) => `${p.tk} hari TK dari hari terlambat (setiap ${p.per} hari terlambat = 1 TK; potongan TL hari-hari itu diganti potongan TK)`,
    (p) => `${p.tk} TK day(s) from late days (every ${p.per} late days = 1 TK; those days' TL deduction replaced by the TK deduction)`,
  ),
  'explain.discipline.tk_run': form<{ hari: number; dari: string }>(
    (p) => `TK berturut-turut terpanjang: ${p.hari} hari kerja mulai ${p.dari}`,
    (p) => `Longest run of consecutive TK: ${p.hari} working days from ${p.dari}`,
  ),
  'explain.day.late_to_tk': { id: 'dihitung dalam TK dari terlambat', en: 'counted in a TK from late days' },
  'explain.discipline.sanction_points': form<{ poin: string }>(
    (p) => `Hukuman disiplin (hukdis.jenis, poin_disiplin): ${p.poin} poin ikut dipotong dari nilai disiplin`,
    (p) => `Disciplinary sanction (hukdis.jenis, poin_disiplin): ${p.poin} points also taken off the discipline score`,
  ),
  'explain.discipline.result': form<{ persen: string; potongan: string; nilai: string }>(
    (p) => `Potongan disiplin: ${p.persen} → nilai disiplin = max(0, 100 − ${p.potongan}) = ${p.nilai}`,
    (p) => `Discipline deduction: ${p.persen} → discipline score = max(0, 100 − ${p.potongan}) = ${p.nilai}`,
  ),
  'explain.weekday': form<{ day: number }>(
    (p) => ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'][p.day]!,
    (p) => ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][p.day]!,
  ),
  'explain.day.no_record': form<{ kode: string }>((p) => `tanpa catatan presensi, dihitung ${p.kode}`, (p) => `no attendance record, counted as ${p.kode}`),
  'explain.day.no_check_in': form<{ pita: string }>((p) => `tanpa scan masuk → ${p.pita}`, (p) => `no check-in → ${p.pita}`),
  'explain.day.late': form<Punch>(
    (p) => `masuk ${p.time} (jadwal ${p.jadwal}): terlambat ${p.menit} menit → ${p.pita}`,
    (p) => `in ${p.time} (schedule ${p.jadwal}): late ${p.menit} min → ${p.pita}`,
  ),
  'explain.day.no_check_out': form<{ pita: string }>((p) => `tanpa scan pulang → ${p.pita}`, (p) => `no check-out → ${p.pita}`),
  'explain.day.early': form<Punch>(
    (p) => `pulang ${p.time} (jadwal ${p.jadwal}): lebih awal ${p.menit} menit → ${p.pita}`,
    (p) => `out ${p.time} (schedule ${p.jadwal}): early ${p.menit} min → ${p.pita}`,
  ),
  // 3. work result
  'explain.work.head': { id: 'Hasil kerja (capaian SKP)', en: 'Work result (SKP achievement)' },
  'explain.work.target_used': form<{ target: string; used: string }>((p) => `${p.target} (dipakai ${p.used})`, (p) => `${p.target} (using ${p.used})`),
  'explain.work.within_range': { id: 'dalam rentang → 100', en: 'within the range → 100' },
  'explain.work.indicator': form<{ indikator: string; jenis: string; arah: string; bobot: string; target: string; shown: string; capaian: string }>(
    (p) => `- ${p.indikator} [${p.jenis}, ${p.arah}, bobot ${p.bobot}, target ${p.target}]: ${p.shown} = ${p.capaian}`,
    (p) => `- ${p.indikator} [${p.jenis}, ${p.arah}, weight ${p.bobot}, target ${p.target}]: ${p.shown} = ${p.capaian}`,
  ),
  /** `bonus`: the bonus points, when there are any. */
  'explain.work.skp': form<{ bonus: string | undefined; capaian: string; pecahan: string | undefined }>(
    (p) => `Capaian SKP = rata-rata berbobot indikator utama${p.bonus !== undefined ? ` + ${p.bonus} poin tambahan` : ''} = ${p.capaian}${p.pecahan ? ` (${p.pecahan})` : ''}`,
    (p) => `SKP achievement = weighted mean of the utama indicators${p.bonus !== undefined ? ` + ${p.bonus} bonus points` : ''} = ${p.capaian}${p.pecahan ? ` (${p.pecahan})` : ''}`,
  ),
  'explain.work.rating': form<{ capaian: string; rating: string; di_atas: string; sesuai: string }>(
    (p) => `Rating hasil kerja dari capaian ${p.capaian}: ${p.rating} (DI_ATAS ≥ ${p.di_atas}, SESUAI ≥ ${p.sesuai})`,
    (p) => `Work result rating from the achievement ${p.capaian}: ${p.rating} (DI_ATAS ≥ ${p.di_atas}, SESUAI ≥ ${p.sesuai})`,
  ),
  'explain.work.nilai_skp': form<{ nilai: string }>(
    (p) => `Nilai SKP (PermenPANRB 8/2021, untuk nilai kinerja) = ${p.nilai}`,
    (p) => `SKP score (PermenPANRB 8/2021, for the performance score) = ${p.nilai}`,
  ),
  'explain.work.skp_pay': form<{ maks: string; capaian: string; pecahan: string | undefined }>(
    (p) => `Capaian SKP sebagai dasar TPP (capaian_maks_bayar: tiap indikator paling besar ${p.maks}) = ${p.capaian}${p.pecahan ? ` (${p.pecahan})` : ''}; rating tetap dari capaian di atas`,
    (p) => `SKP achievement as a TPP base (capaian_maks_bayar: each indicator at most ${p.maks}) = ${p.capaian}${p.pecahan ? ` (${p.pecahan})` : ''}; the rating still uses the achievement above`,
  ),
  'explain.work.none': { id: 'Tidak ada indikator utama: hasil kerja TIDAK_DINILAI', en: 'No utama indicator: work result TIDAK_DINILAI' },
  'explain.rating_from_file': form<{ rating: string }>((p) => `Rating dari berkas penilaian: ${p.rating}`, (p) => `Rating from the penilaian file: ${p.rating}`),
  // 4. behaviour
  'explain.behaviour.head': { id: 'Perilaku kerja (BerAKHLAK)', en: 'Behaviour (BerAKHLAK)' },
  'explain.behaviour.rater': form<{ peran: string; nip: string; skor: string; rata: string }>(
    (p) => `- ${p.peran} ${p.nip}: ${p.skor} → rata-rata ${p.rata}`,
    (p) => `- ${p.peran} ${p.nip}: ${p.skor} → mean ${p.rata}`,
  ),
  'explain.behaviour.score': form<{ roles: string; nilai: string; rating: string; di_atas: string; sesuai: string }>(
    (p) => `Nilai perilaku = (${p.roles}) / jumlah bobot = ${p.nilai}; rating = ${p.rating} (≥ ${p.di_atas}: DI_ATAS, ≥ ${p.sesuai}: SESUAI)`,
    (p) => `Behaviour score = (${p.roles}) / sum of weights = ${p.nilai}; rating = ${p.rating} (≥ ${p.di_atas}: DI_ATAS, ≥ ${p.sesuai}: SESUAI)`,
  ),
  'explain.behaviour.score_mean': form<{ roles: string; nilai: string }>(
    (p) => `Nilai perilaku = (${p.roles}) / jumlah bobot = ${p.nilai} (untuk tampilan dan dasar TPP, bukan rating)`,
    (p) => `Behaviour score = (${p.roles}) / sum of weights = ${p.nilai} (shown and used as a TPP base, not for the rating)`,
  ),
  'explain.behaviour.majority': form<{ DI_ATAS: number; SESUAI: number; DI_BAWAH: number; bukan_label: number; rating: string }>(
    (p) =>
      p.bukan_label > 0
        ? `Rating mayoritas label atasan (cara_label: mayoritas): ${p.bukan_label} aspek bernilai angka, mayoritas tidak dapat dihitung → ${p.rating}, pegawai ditahan`
        : `Rating mayoritas label atasan (cara_label: mayoritas): DI_ATAS ${p.DI_ATAS}, SESUAI ${p.SESUAI}, DI_BAWAH ${p.DI_BAWAH} aspek → ${p.rating} (seri → label lebih rendah)`,
    (p) =>
      p.bukan_label > 0
        ? `Rating by the majority of the atasan's labels (cara_label: mayoritas): ${p.bukan_label} aspects are numbers, the majority cannot be counted → ${p.rating}, the employee is held`
        : `Rating by the majority of the atasan's labels (cara_label: mayoritas): DI_ATAS ${p.DI_ATAS}, SESUAI ${p.SESUAI}, DI_BAWAH ${p.DI_BAWAH} aspects → ${p.rating} (a tie goes to the lower label)`,
  ),
  'explain.behaviour.pay': form<{ satuan: string; dibanding: string; nol: string; penuh: string; dasar: string }>(
    (p) => `Dasar TPP perilaku (ambang_bayar, ${p.satuan} ${p.dibanding}): ≤ ${p.nol} → 0, > ${p.penuh} → 100, selain itu nilai perilaku; dasar = ${p.dasar}`,
    (p) => `Behaviour TPP base (ambang_bayar, ${p.satuan} ${p.dibanding}): ≤ ${p.nol} → 0, > ${p.penuh} → 100, otherwise the behaviour score; base = ${p.dasar}`,
  ),
  'explain.behaviour.none': { id: 'Tanpa penilaian atasan: perilaku TIDAK_DINILAI', en: 'No atasan rating: behaviour TIDAK_DINILAI' },
  // 5. predikat
  'explain.predikat.head': { id: 'Predikat', en: 'Predikat' },
  'explain.predikat.from_file': form<{ predikat: string }>((p) => `Dari berkas penilaian: ${p.predikat}`, (p) => `From the penilaian file: ${p.predikat}`),
  'explain.predikat.from_score': form<{ nilai: string; predikat: string }>(
    (p) => `Nilai kinerja ${p.nilai} → ${p.predikat} (PP 30/2019)`,
    (p) => `Performance score ${p.nilai} → ${p.predikat} (PP 30/2019)`,
  ),
  'explain.predikat.matrix': form<{ hasil: string; perilaku: string; predikat: string }>(
    (p) => `Matriks: hasil kerja ${p.hasil} × perilaku ${p.perilaku} → ${p.predikat} (PermenPANRB 6/2022)`,
    (p) => `Matrix: work result ${p.hasil} × behaviour ${p.perilaku} → ${p.predikat} (PermenPANRB 6/2022)`,
  ),
  'explain.predikat.score': form<{ nilai: string }>((p) => `Nilai kinerja: ${p.nilai}`, (p) => `Performance score: ${p.nilai}`),
  'explain.predikat.factor': form<{ faktor: string }>((p) => `Faktor predikat: ${p.faktor}`, (p) => `Predikat factor: ${p.faktor}`),
  // 6. TPP
  'explain.tpp.head': { id: 'TPP', en: 'TPP' },
  'explain.tpp.no_ceiling': { id: 'Pagu TPP tidak ada', en: 'No TPP ceiling' },
  'explain.tpp.segments': form<{ count: number }>(
    (p) => `Bulan ini ${p.count} segmen jabatan; tiap segmen dibayar dengan pagu dan statusnya sendiri, pro rata hari kerjanya (komponen dibulatkan per segmen):`,
    (p) => `${p.count} segments this month; each is paid on its own ceiling and status, pro rata by its working days (components rounded per segment):`,
  ),
  'explain.tpp.class': { id: 'kelas', en: 'class' },
  'explain.tpp.segment': form<{ n: number; dari: string; sampai: string; unit: string; jabatan: string; hari_kerja: number; hari_bayar: number; pagu: string; faktor_status: string; faktor_hari: string; komponen: string; jumlah: string }>(
    (p) => `  ${p.n}) ${p.dari} s.d. ${p.sampai}, ${p.unit} (${p.jabatan}): ${p.hari_kerja} hari kerja, ${p.hari_bayar} dibayar; pagu ${p.pagu} × ${p.faktor_status} × ${p.faktor_hari}; komponen ${p.komponen} = ${p.jumlah}`,
    (p) => `  ${p.n}) ${p.dari} to ${p.sampai}, ${p.unit} (${p.jabatan}): ${p.hari_kerja} working days, ${p.hari_bayar} paid; ceiling ${p.pagu} × ${p.faktor_status} × ${p.faktor_hari}; components ${p.komponen} = ${p.jumlah}`,
  ),
  /** `tepat`: the exact base as a fraction, when the decimal is rounded. */
  'explain.tpp.base': form<{ pagu: string; faktor_status: string; faktor_hari: string; dasar: string; tepat: string | undefined }>(
    (p) => `Dasar = pagu ${p.pagu} × faktor status ${p.faktor_status} × faktor hari ${p.faktor_hari} = ${p.dasar}${p.tepat ? ` (tepat ${p.tepat})` : ''}`,
    (p) => `Base = ceiling ${p.pagu} × status factor ${p.faktor_status} × day factor ${p.faktor_hari} = ${p.dasar}${p.tepat ? ` (exactly ${p.tepat})` : ''}`,
  ),
  /** `gerbang`: the presence gate's percent, when it applies to the component. */
  'explain.tpp.component': form<{ nama: string; bobot: string; nilai: string; dasar: string; pembulatan: string; jumlah: string; gerbang?: string }>(
    (p) => `Komponen ${p.nama} = dasar × ${p.bobot} × ${p.nilai} (${p.dasar})${p.gerbang ? ` × ${p.gerbang} (gerbang kehadiran)` : ''}, dibulatkan ${p.pembulatan} = ${p.jumlah}`,
    (p) => `Component ${p.nama} = base × ${p.bobot} × ${p.nilai} (${p.dasar})${p.gerbang ? ` × ${p.gerbang} (presence gate)` : ''}, rounded ${p.pembulatan} = ${p.jumlah}`,
  ),
  'explain.tpp.component_segments': form<{ nama: string; bobot: string; nilai: string; dasar: string; pembulatan: string; bagian: string; jumlah: string; gerbang?: string }>(
    (p) => `Komponen ${p.nama} = dasar segmen × ${p.bobot} × ${p.nilai} (${p.dasar})${p.gerbang ? ` × ${p.gerbang} (gerbang kehadiran)` : ''}, dibulatkan ${p.pembulatan} per segmen = ${p.bagian} = ${p.jumlah}`,
    (p) => `Component ${p.nama} = segment base × ${p.bobot} × ${p.nilai} (${p.dasar})${p.gerbang ? ` × ${p.gerbang} (presence gate)` : ''}, rounded ${p.pembulatan} per segment = ${p.bagian} = ${p.jumlah}`,
  ),
  'explain.tpp.gate': form<{ hadir: number; hari: number; persen: string; di_bawah: string | undefined; bayar: string; komponen: string }>(
    (p) => `Gerbang kehadiran: hadir ${p.hadir} dari ${p.hari} hari bayar = ${p.persen}${p.di_bawah ? ` (di bawah ${p.di_bawah})` : ''} → dibayar ${p.bayar} dari ${p.komponen}`,
    (p) => `Presence gate: present ${p.hadir} of ${p.hari} paid days = ${p.persen}${p.di_bawah ? ` (below ${p.di_bawah})` : ''} → ${p.bayar} paid of ${p.komponen}`,
  ),
  'explain.tpp.pagu_tabel': form<{ sumber: string; kriteria: string | undefined }>(
    (p) => `Pagu dari ${p.sumber}${p.kriteria ? ` menurut kriteria: ${p.kriteria}` : ''}`,
    (p) => `Ceiling from ${p.sumber}${p.kriteria ? ` by criterion: ${p.kriteria}` : ''}`,
  ),
  'explain.tpp.aktivitas': form<{ satuan: string; realisasi: string; target: string; maks: string; nilai: string; baris: number; tidak: number }>(
    (p) => `Aktivitas harian: ${p.realisasi} ${p.satuan} disetujui dari target ${p.target} ${p.satuan} → min(${p.maks}, ${p.realisasi}/${p.target} × 100) = ${p.nilai} (${p.baris} baris, ${p.tidak} tidak disetujui)`,
    (p) => `Daily activity: ${p.realisasi} ${p.satuan} approved against a target of ${p.target} ${p.satuan} → min(${p.maks}, ${p.realisasi}/${p.target} × 100) = ${p.nilai} (${p.baris} row(s), ${p.tidak} not approved)`,
  ),
  'explain.tpp.sanction': form<{ jenis: string; tmt: string; bulan: number; persen: string }>(
    (p) => `Hukuman disiplin ${p.jenis} (mulai ${p.tmt}, ${p.bulan} bulan): ${p.persen}`,
    (p) => `Sanction ${p.jenis} (from ${p.tmt}, ${p.bulan} months): ${p.persen}`,
  ),
  'explain.tpp.sanction_deduction': form<{ persen: string; jumlah: string }>(
    (p) => `Potongan hukdis (terbesar ${p.persen}) = ${p.jumlah}`,
    (p) => `Sanction deduction (largest ${p.persen}) = ${p.jumlah}`,
  ),
  'explain.tpp.sanction_deduction_as_amount': form<{ persen: string; pembulatan: string; jumlah: string }>(
    (p) => `Potongan hukdis (terbesar ${p.persen}; TPP yang tersisa dibulatkan ${p.pembulatan}) = ${p.jumlah}`,
    (p) => `Sanction deduction (largest ${p.persen}; what it leaves is rounded ${p.pembulatan}) = ${p.jumlah}`,
  ),
  'explain.tpp.plt_rule': form<{ cara: string; persen: string; minimal: number; jenis: string }>(
    (p) => `Jabatan Plt/Plh (tpp.plt): ${p.cara === 'tambahan_persen' ? `tambahan ${p.persen} pagu jabatan yang dirangkap` : 'pagu tertinggi dari dua jabatan (selisihnya ditambahkan)'}, minimal ${p.minimal} hari kerja, untuk ${p.jenis}; pro rata hari dan lewat dasar komponen yang sama`,
    (p) => `Acting post (tpp.plt): ${p.cara === 'tambahan_persen' ? `${p.persen} of the acting post's ceiling added` : 'the higher of the two ceilings (the difference added)'}, at least ${p.minimal} working day(s), for ${p.jenis}; pro rata by days and through the same component bases`,
  ),
  'explain.tpp.plt': form<{ jenis: string; jabatan: string; pagu: string; sumber: string; mulai: string; selesai: string; hari: number; penuh: number; dasar: string; jumlah: string; cukup: boolean; minimal: number }>(
    (p) =>
      `${p.jenis} ${p.jabatan} (pagu ${p.pagu} dari ${p.sumber}), ${p.mulai} s.d. ${p.selesai}: ${p.hari} dari ${p.penuh} hari kerja; ${
        p.cukup ? `dasar ${p.dasar} sebulan × ${p.hari}/${p.penuh} × faktor status × dasar komponen = ${p.jumlah}` : `kurang dari minimal ${p.minimal} hari, tidak ada tambahan`
      }`,
    (p) =>
      `${p.jenis} ${p.jabatan} (ceiling ${p.pagu} from ${p.sumber}), ${p.mulai} to ${p.selesai}: ${p.hari} of ${p.penuh} working days; ${
        p.cukup ? `base ${p.dasar} a month × ${p.hari}/${p.penuh} × status factor × component bases = ${p.jumlah}` : `fewer than the minimum ${p.minimal} days, nothing added`
      }`,
  ),
  'explain.tpp.gross': form<{ komponen: string; potongan: string; bruto: string }>(
    (p) => `TPP bruto = ${p.komponen} − ${p.potongan} = ${p.bruto}`,
    (p) => `Gross TPP = ${p.komponen} − ${p.potongan} = ${p.bruto}`,
  ),
  'explain.tpp.gross_rounded': form<{ komponen: string; potongan: string; selisih: string; bruto: string }>(
    (p) => `TPP bruto = ${p.komponen} − ${p.potongan} − pembulatan ke bawah ke Rp 1.000 ${p.selisih} = ${p.bruto}`,
    (p) => `Gross TPP = ${p.komponen} − ${p.potongan} − rounding down to Rp 1,000 ${p.selisih} = ${p.bruto}`,
  ),
  'explain.tpp.held': form<{ keterangan: string }>(
    (p) => `Ditahan: ada error pada data pegawai ini; semua kolom uang 0 sampai diperbaiki.: ${p.keterangan}`,
    (p) => `Held: this employee has data errors; every money column is 0 until they are fixed.: ${p.keterangan}`,
  ),
  'explain.tpp.nil': form<{ keterangan: string }>((p) => `Nihil: ${p.keterangan}`, (p) => `Nil: ${p.keterangan}`),
  // 7. tax, BPJS and net
  'explain.net.head': { id: 'Pajak, BPJS dan netto', en: 'Tax, BPJS and net' },
  'explain.rapel.head': { id: 'Rapel periode yang sudah dibayar', en: 'Arrears of paid periods' },
  'explain.rapel.line': form<{ periode: string; seharusnya: string; sudah: string; rapel: string; status: string }>(
    (p) => `${p.periode}: seharusnya ${p.seharusnya}, sudah dibayar ${p.sudah}, dibayar sekarang ${p.rapel} (${p.status})`,
    (p) => `${p.periode}: due ${p.seharusnya}, already paid ${p.sudah}, paid now ${p.rapel} (${p.status})`,
  ),
  'explain.rapel.transfer': form<{ netto: string; rapel: string; jumlah: string }>(
    (p) => `Ditransfer = TPP netto + rapel = ${p.netto} + ${p.rapel} = ${p.jumlah}`,
    (p) => `Transferred = net TPP + arrears = ${p.netto} + ${p.rapel} = ${p.jumlah}`,
  ),
  'explain.tax.grade': form<{ kunci: string | undefined; tarif: string; pph21: string }>(
    (p) => `PPh 21 (tarif golongan ${p.kunci}: ${p.tarif}) = ${p.pph21}`,
    (p) => `PPh 21 (rate for grade ${p.kunci}: ${p.tarif}) = ${p.pph21}`,
  ),
  /** TER on all income this month, less TER on the income other than the TPP. */
  'explain.tax.ter': form<{ kategori: string | undefined; bruto_total: string; tarif_total: string; pajak_total: string; bruto_lain: string; tarif_lain: string; pajak_lain: string; pph21: string }>(
    (p) => `PPh 21 TER kategori ${p.kategori}: TER(${p.bruto_total}) ${p.tarif_total} = ${p.pajak_total} − TER(${p.bruto_lain}) ${p.tarif_lain} = ${p.pajak_lain} → ${p.pph21}`,
    (p) => `PPh 21 TER category ${p.kategori}: TER(${p.bruto_total}) ${p.tarif_total} = ${p.pajak_total} − TER(${p.bruto_lain}) ${p.tarif_lain} = ${p.pajak_lain} → ${p.pph21}`,
  ),
  'explain.tax.capped': form<{ pph21: string; kurang: string }>(
    (p) => `Dibatasi TPP setelah BPJS: dipotong ${p.pph21}, kekurangan ${p.kurang} dipotong dari penghasilan lain`,
    (p) => `Capped at the TPP after BPJS: withheld ${p.pph21}, shortfall ${p.kurang} to be withheld from other income`,
  ),
  'explain.tax.annual.head': form<{ bulan: number }>(
    (p) => `PPh 21 Desember: perhitungan ulang setahun (PMK 168/2023, tarif pasal 17) atas ${p.bulan} bulan, pajak atas TPP = pajak(gaji + TPP) − pajak(gaji)`,
    (p) => `December PPh 21: the year recalculated (PMK 168/2023, Pasal 17 rates) over ${p.bulan} months, tax on TPP = tax(gaji + TPP) − tax(gaji)`,
  ),
  'explain.tax.annual.gross': form<{ bulan: number; bruto_lain: string; gaji: string; tpp_sebelumnya: string; tpp_desember: string; bruto: string }>(
    (p) => `Bruto setahun: penghasilan lain (penghasilan_bruto, atau gaji) ${p.bulan} × ${p.bruto_lain} = ${p.gaji} + TPP Januari–November ${p.tpp_sebelumnya} + TPP Desember ${p.tpp_desember} = ${p.bruto}`,
    (p) => `Year's gross: other income (penghasilan_bruto, else gaji) ${p.bulan} × ${p.bruto_lain} = ${p.gaji} + TPP January–November ${p.tpp_sebelumnya} + TPP December ${p.tpp_desember} = ${p.bruto}`,
  ),
  'explain.tax.annual.deductions': form<{ biaya_jabatan: string; biaya_jabatan_gaji: string; maks: string; iuran: string; ptkp: string }>(
    (p) => `Biaya jabatan (paling banyak ${p.maks}): ${p.biaya_jabatan} (gaji saja: ${p.biaya_jabatan_gaji}); iuran pensiun setahun ${p.iuran}; PTKP ${p.ptkp}`,
    (p) => `Biaya jabatan (at most ${p.maks}): ${p.biaya_jabatan} (gaji alone: ${p.biaya_jabatan_gaji}); the year's iuran pensiun ${p.iuran}; PTKP ${p.ptkp}`,
  ),
  'explain.tax.annual.pkp': form<{ pkp: string; pkp_gaji: string; pajak: string; pajak_gaji: string; pajak_tpp: string }>(
    (p) => `PKP (dibulatkan ke bawah ke ribuan) ${p.pkp} → pajak setahun ${p.pajak}; PKP gaji saja ${p.pkp_gaji} → ${p.pajak_gaji}; pajak atas TPP setahun ${p.pajak_tpp}`,
    (p) => `PKP (rounded down to the thousand) ${p.pkp} → the year's tax ${p.pajak}; PKP of gaji alone ${p.pkp_gaji} → ${p.pajak_gaji}; the year's tax on TPP ${p.pajak_tpp}`,
  ),
  'explain.tax.annual.december': form<{ pajak_tpp: string; dipotong: string; desember: string }>(
    (p) => `PPh 21 Desember = ${p.pajak_tpp} − dipotong Januari–November ${p.dipotong} = ${p.desember}`,
    (p) => `December PPh 21 = ${p.pajak_tpp} − withheld January–November ${p.dipotong} = ${p.desember}`,
  ),
  'explain.tax.annual.refund': form<{ kembali: string }>(
    (p) => `(Kelebihan potong ${p.kembali} dikembalikan bersama TPP Desember.)`,
    (p) => `(The excess ${p.kembali} withheld is returned with December's TPP.)`,
  ),
  'explain.tax.december_ter': {
    id: '(Desember ini tetap TER bulanan, tanpa perhitungan ulang setahun: sebabnya di temuan PPH21_DESEMBER_TER di bawah.)',
    en: '(This December stays monthly TER, without the annual recalculation: the PPH21_DESEMBER_TER finding below says why.)',
  },
  'explain.tax.no_annual': { id: '(TER bulanan; perhitungan ulang setahun hanya di Desember, lihat pajak.desember.)', en: '(Monthly TER; the year is recalculated in December only, see pajak.desember.)' },
  'explain.tax.borne': form<{ nol: string }>((p) => `PPh 21: ${p.nol} (ditanggung pemerintah)`, (p) => `PPh 21: ${p.nol} (borne by the government)`),
  'explain.tax.borne_amount': form<{ jumlah: string; nol: string }>(
    (p) => `PPh 21 ditanggung pemerintah ${p.jumlah} (tunjangan PPh, tidak dipotong; PPh 21 dipotong ${p.nol})`,
    (p) => `PPh 21 borne by the government ${p.jumlah} (not deducted; PPh 21 withheld ${p.nol})`,
  ),
  'explain.tax.base': form<{ bruto: string; pemda: string; jumlah: string }>(
    (p) => `Bruto kena pajak = TPP bruto ${p.bruto} + BPJS pemda ${p.pemda} (tidak dibayarkan) = ${p.jumlah}`,
    (p) => `Taxable gross = gross TPP ${p.bruto} + BPJS employer ${p.pemda} (not paid out) = ${p.jumlah}`,
  ),
  'explain.tax.not_withheld': form<{ nol: string }>((p) => `PPh 21: ${p.nol} (tidak dipotong)`, (p) => `PPh 21: ${p.nol} (not withheld)`),
  'explain.bpjs': form<{ bruto: string; batas: string; upah: string; dasar: string; persen_pegawai: string; pegawai: string; persen_pemda: string; pemda: string }>(
    (p) =>
      `BPJS: dasar = min(${p.bruto}, ${p.batas} − gaji ${p.upah}) = ${p.dasar}; pegawai ${p.persen_pegawai} = ${p.pegawai}; pemda ${p.persen_pemda} = ${p.pemda} (tidak dipotong)`,
    (p) =>
      `BPJS: base = min(${p.bruto}, ${p.batas} − wage ${p.upah}) = ${p.dasar}; employee ${p.persen_pegawai} = ${p.pegawai}; employer ${p.persen_pemda} = ${p.pemda} (not deducted)`,
  ),
  'explain.net': form<{ bruto: string; pph21: string; bpjs: string; netto: string }>(
    (p) => `TPP netto = ${p.bruto} − ${p.pph21} − ${p.bpjs} = ${p.netto}`,
    (p) => `Net TPP = ${p.bruto} − ${p.pph21} − ${p.bpjs} = ${p.netto}`,
  ),
  // closing lines
  'explain.pay_status': form<{ status: string; keterangan: string | undefined }>(
    (p) => `Status bayar: ${p.status}${p.keterangan !== undefined ? ` (${p.keterangan})` : ''}`,
    (p) => `Pay status: ${p.status}${p.keterangan !== undefined ? ` (${p.keterangan})` : ''}`,
  ),
  'explain.findings': { id: 'Temuan:', en: 'Findings:' },

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
  // Paid marking and corrections (kinerja tandai-dibayar, -koreksi-<n>, selisih.csv).
  'sheet.selisih': { id: 'Selisih', en: 'Difference' },
  'column.netto_dibayar': { id: 'Netto Dibayar', en: 'Net Paid' },
  'column.netto_baru': { id: 'Netto Baru', en: 'New Net' },
  'column.selisih': { id: 'Selisih', en: 'Difference' },
  'column.jenis_selisih': { id: 'Jenis', en: 'Kind' },
  'column.predikat_dibayar': { id: 'Predikat Dibayar', en: 'Predikat Paid' },
  'column.predikat_baru': { id: 'Predikat Baru', en: 'New Predikat' },
  'column.status_bayar_dibayar': { id: 'Status Bayar Dibayar', en: 'Pay Status Paid' },
  'column.status_bayar_baru': { id: 'Status Bayar Baru', en: 'New Pay Status' },
  'koreksi.of': form<{ nomor: number; dibanding: string }>((p) => `ke-${p.nomor}, dibanding ${p.dibanding} (sudah dibayar)`, (p) => `no. ${p.nomor}, against ${p.dibanding} (paid)`),
  'koreksi.label': { id: 'Koreksi', en: 'Correction' },
  'selisih.netto_dibayar': { id: 'Netto yang sudah dibayar', en: 'Net already paid' },
  'selisih.netto_baru': { id: 'Netto menurut koreksi', en: 'Net by this correction' },
  'selisih.kekurangan_bayar': { id: 'Kekurangan bayar (dibayarkan)', en: 'Underpaid (to pay)' },
  'selisih.kelebihan_bayar': { id: 'Kelebihan bayar (ditagih kembali)', en: 'Overpaid (to recover)' },
  'selisih.belum_pasti': { id: 'Belum pasti', en: 'Not settled' },
  'selisih.belum_pasti.value': form<{ n: string }>(
    (p) => `${p.n} pegawai dibayar sebelumnya kini ditahan atau tidak ada di data pegawai (selisih.csv jenis belum_pasti): tidak ditagih; perbaiki datanya lalu jalankan koreksi lagi`,
    (p) => `${p.n} employee(s) paid before are now held or not in the staff file (selisih.csv jenis belum_pasti): not recovered; fix their data, then run the correction again`,
  ),
  'selisih.bersih': { id: 'Selisih bersih', en: 'Net difference' },
  'selisih.pegawai_berubah': { id: 'Pegawai berubah (selisih.csv)', en: 'Employees changed (selisih.csv)' },
  'help.tandai_dibayar': {
    id: 'menandai hasil terbaru satu periode sebagai sudah dibayar (dibayar.json); folder itu tidak pernah diganti lagi',
    en: "mark a period's latest results as paid (dibayar.json); that folder is never replaced again",
  },
  'help.tandai_dibayar.periode': { id: 'periode YYYY-MM', en: 'period YYYY-MM' },
  'summary.quiet.koreksi': form<{ nomor: number; bersih: string }>((p) => `koreksi ke-${p.nomor}, selisih bersih ${p.bersih}`, (p) => `correction no. ${p.nomor}, net difference ${p.bersih}`),
  'tandai.done': form<{ folder: string }>((p) => `Ditandai dibayar: ${p.folder}`, (p) => `Marked paid: ${p.folder}`),
  'tandai.oleh': { id: 'Oleh', en: 'By' },
  'tandai.oleh_bawaan': { id: '(nama pengguna sistem; nama lain dengan --oleh NAMA)', en: '(the system user name; another with --oleh NAME)' },
  'tandai.pada': { id: 'Pada', en: 'At' },
  'tandai.berkas': { id: 'Berkas', en: 'Files' },
  'tandai.transfer': { id: 'Ditransfer (netto + rapel)', en: 'Transferred (net + arrears)' },
  'tandai.berkas_n': form<{ n: number }>((p) => `${p.n} berkas, SHA-256 tercatat di dibayar.json`, (p) => `${p.n} file(s), SHA-256 recorded in dibayar.json`),
  'tandai.next': {
    id: 'Folder ini tidak akan diganti lagi. Perbaikan kemudian: kinerja run untuk periode ini menulis ke <folder>-koreksi-<n> dengan selisih.csv.',
    en: 'This folder will not be replaced again. A later correction: kinerja run for this period writes <folder>-koreksi-<n> with selisih.csv.',
  },

  // --- kinerja bandingkan: two results folders side by side ---------------------------------------------
  'help.bandingkan': {
    id: 'selisih netto per pegawai antara dua folder hasil (bulan ini dan bulan lalu, koreksi dan yang dibayar); menulis bandingkan.csv',
    en: 'per-employee net difference between two results folders (this month and last, a correction and the paid one); writes bandingkan.csv',
  },
  'help.bandingkan.a': { id: 'folder hasil A (yang lama, mis. yang sudah dibayar)', en: 'results folder A (the earlier one, e.g. the paid one)' },
  'help.bandingkan.b': { id: 'folder hasil B (yang baru); selisih = B − A', en: 'results folder B (the newer one); difference = B − A' },
  'bandingkan.title': { id: 'Perbandingan hasil (selisih = B − A)', en: 'Comparison of results (difference = B − A)' },
  'bandingkan.folder': form<{ tag: string; folder: string; periode: string; paket: string }>(
    (p) => `${p.tag}: ${p.folder} (periode ${p.periode}, paket ${p.paket})`,
    (p) => `${p.tag}: ${p.folder} (period ${p.periode}, pack ${p.paket})`,
  ),
  'bandingkan.paid': form<{ pada: string; oleh: string }>((p) => `sudah dibayar ${p.pada} oleh ${p.oleh}; berkasnya utuh`, (p) => `paid ${p.pada} by ${p.oleh}; its files are intact`),
  'bandingkan.pack_differs': {
    id: 'Paket aturan A dan B berbeda (nama atau SHA-256): selisih dapat berasal dari aturan, bukan hanya dari data.',
    en: 'Rule packs of A and B differ (name or SHA-256): differences may come from the rules, not only from the data.',
  },
  'bandingkan.netto_a': { id: 'Netto A', en: 'Net A' },
  'bandingkan.netto_b': { id: 'Netto B', en: 'Net B' },
  'bandingkan.kekurangan': { id: 'Kekurangan bayar (B di atas A)', en: 'Underpaid (B above A)' },
  'bandingkan.kelebihan': { id: 'Kelebihan bayar (B di bawah A)', en: 'Overpaid (B below A)' },
  'bandingkan.naik': { id: 'Naik (B di atas A)', en: 'Up (B above A)' },
  'bandingkan.turun': { id: 'Turun (B di bawah A)', en: 'Down (B below A)' },
  'bandingkan.bersih': { id: 'Bersih (B − A)', en: 'Net difference (B − A)' },
  'bandingkan.berubah': { id: 'Pegawai berubah', en: 'Employees changed' },
  'bandingkan.berkas': { id: 'Berkas', en: 'File' },
  'bandingkan.top': form<{ shown: string; n: string }>(
    (p) => `Perubahan terbesar (${p.shown} dari ${p.n}; --semua untuk semuanya):`,
    (p) => `Largest changes (${p.shown} of ${p.n}; --semua for all):`,
  ),
  'bandingkan.all': form<Count>((p) => `Semua perubahan (${p.n}):`, (p) => `All changes (${p.n}):`),
  'bandingkan.none': { id: 'Tidak ada perubahan: setiap pegawai sama di kedua folder.', en: 'No changes: every employee is the same in both folders.' },
  'bandingkan.selisih': { id: 'selisih', en: 'difference' },
  'bandingkan.quiet': form<{ a: string; b: string; bersih: string; n: string; file: string }>(
    (p) => `kinerja bandingkan ${p.a} → ${p.b}: bersih ${p.bersih}, ${p.n} pegawai berubah → ${p.file}`,
    (p) => `kinerja bandingkan ${p.a} → ${p.b}: net ${p.bersih}, ${p.n} employee(s) changed → ${p.file}`,
  ),
  'bandingkan.reason': form<{ alasan: string }>((p) => REASON_NAME[p.alasan]?.id ?? p.alasan, (p) => REASON_NAME[p.alasan]?.en ?? p.alasan),
  'bandingkan.field': form<{ kolom: string }>((p) => FIELD_NAME[p.kolom]?.id ?? p.kolom, (p) => FIELD_NAME[p.kolom]?.en ?? p.kolom),
  'bandingkan.column': form<{ kolom: string }>((p) => COLUMN_NAME[p.kolom]?.id ?? p.kolom, (p) => COLUMN_NAME[p.kolom]?.en ?? p.kolom),
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

/**
 * Findings: problems in the data, collected for the whole run and never thrown (SPEC §2.3). Each code
 * has a fixed level, a bilingual description (for the README) and a message that says how to fix it.
 */
import type { Lang } from './i18n.js';

/** Severity of a finding: `error` holds the employee it concerns and makes the exit code 1. */
export type Level = 'error' | 'peringatan' | 'info';

type Params = Readonly<Record<string, string | number>>;

/** What a message template can use: the finding's value, column and parameters. */
interface MessageContext {
  value: string;
  column: string;
  p: Params;
}

interface CodeDefinition {
  level: Level;
  /** One line for the README's table of codes. */
  about: { id: string; en: string };
  id: (c: MessageContext) => string;
  en: (c: MessageContext) => string;
  /** Nip-less findings of this code fold into one per file (e.g. holidays outside the period). */
  foldPerFile?: boolean;
  /**
   * A doubt about a whole file, column, day or input: the run stops (exit 2) and only the validation
   * report is written. Such findings are `error`s in validasi.csv.
   */
  stops?: boolean;
}

const q = (s: string) => `'${s}'`;
/** Whole rupiah with the language's thousand separators (`1.600.000` / `1,600,000`), as KOREKSI_USANG shows them. */
const rp = (n: string | number | undefined, lang: 'id' | 'en') => (typeof n === 'number' ? n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-US') : String(n));

const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `2026-08-01` → `1 Agustus 2026` / `1 August 2026` (unchanged when not an ISO date). */
function namedDate(iso: string | number | undefined, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso ?? ''));
  if (!m) return String(iso ?? '');
  return `${Number(m[3])} ${(lang === 'id' ? MONTHS_ID : MONTHS_EN)[Number(m[2]) - 1]} ${m[1]}`;
}

/** `'1, 3'` → `Januari, Maret` / `January, March`. */
function monthList(months: string | number | undefined, lang: Lang): string {
  const names = lang === 'id' ? MONTHS_ID : MONTHS_EN;
  return String(months ?? '')
    .split(', ')
    .filter((m) => m !== '')
    .map((m) => names[Number(m) - 1] ?? m)
    .join(', ');
}

const CATALOG = {
  // --- reading any table -------------------------------------------------------------------------
  KOLOM_GANDA: {
    level: 'info',
    about: { id: 'Dua kolom berarti hal yang sama; yang alias-nya lebih dahulu dipakai.', en: 'Two columns mean the same field; the one whose alias comes first is used.' },
    id: (c) => `Kolom ${q(c.column)} juga berarti ${c.p.field}; dipakai kolom ${q(String(c.p.used))}, kolom ini diabaikan. Ganti nama salah satu kolom bila pilihan ini salah.`,
    en: (c) => `Column ${q(c.column)} also means ${c.p.field}; column ${q(String(c.p.used))} is used and this one ignored. Rename one of them if that is wrong.`,
  },
  BARIS_JUMLAH: {
    level: 'info',
    about: { id: 'Baris total (JUMLAH/TOTAL) di bawah data dilewati.', en: 'A total row (JUMLAH/TOTAL) below the data was skipped.' },
    id: () => 'Baris jumlah/total di bawah data dilewati; tidak perlu dihapus.',
    en: () => 'Total row below the data skipped; no need to remove it.',
  },
  ANGKA_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Sel yang harus berisi angka tidak dapat dibaca sebagai angka.', en: 'A cell that must hold a number cannot be read as one.' },
    id: (c) => `${q(c.value)} bukan angka. Isi dengan angka, mis. 95,5 atau 1.234.567.`,
    en: (c) => `${q(c.value)} is not a number. Enter a number such as 95.5 or 1,234,567.`,
  },
  ANGKA_AMBIGU: {
    level: 'peringatan',
    about: { id: 'Angka dengan satu tanda pemisah diikuti tiga digit dapat dibaca dua cara; pembacaan yang dipakai disebut.', en: 'A number with one separator followed by three digits reads two ways; the reading used is named.' },
    id: (c) => `${q(c.value)} dapat berarti dua angka; dibaca sebagai ${c.p.reading}. Bila maksudnya lain, tulis tanpa pemisah ribuan (mis. 1234) atau dengan dua desimal (mis. 1,23).`,
    en: (c) => `${q(c.value)} can mean two numbers; read as ${c.p.reading}. If you meant otherwise, write it without thousands marks (e.g. 1234) or with two decimals (e.g. 1.23).`,
  },
  ANGKA_SATUAN: {
    level: 'info',
    about: { id: 'Angka yang diikuti satuan (mis. "12 Dokumen") dibaca sebagai angkanya; di kolom rupiah "5 juta", "750 rb" dan "Rp 6.200.000,-" dibaca tepat sebagai rupiah penuh.', en: 'A number followed by a unit word (e.g. "12 Dokumen") is read as the number; in a rupiah column "5 juta", "750 rb" and "Rp 6.200.000,-" read exactly as whole rupiah.' },
    id: (c) => (c.p.rupiah ? `${q(c.value)} dibaca sebagai ${c.p.rupiah}. Bila maksudnya lain, tulis rupiah penuh tanpa satuan (mis. 5000000).` : `${q(c.value)} dibaca sebagai ${c.p.reading}; satuannya diabaikan.`),
    en: (c) => (c.p.rupiah ? `${q(c.value)} read as ${c.p.rupiah}. If you meant otherwise, write the full amount without a unit (e.g. 5000000).` : `${q(c.value)} read as ${c.p.reading}; the unit word is ignored.`),
  },
  NILAI_DI_LUAR_RENTANG: {
    level: 'error',
    about: { id: 'Angka di luar rentang yang diizinkan untuk kolomnya.', en: 'A number outside the range allowed for its column.' },
    id: (c) => `${q(c.value)} di luar rentang ${c.p.range} untuk kolom ${c.column}. Perbaiki nilainya.`,
    en: (c) => `${q(c.value)} is outside ${c.p.range} for column ${c.column}. Correct the value.`,
  },
  NILAI_WAJIB_KOSONG: {
    level: 'error',
    about: { id: 'Sel wajib kosong.', en: 'A required cell is empty.' },
    id: (c) => `Kolom ${c.column} wajib diisi pada baris ini.`,
    en: (c) => `Column ${c.column} must be filled on this row.`,
  },
  NILAI_TIDAK_DIKENAL: {
    level: 'error',
    about: { id: 'Nilai pilihan yang tidak dikenal (mis. arah, jenis, peran).', en: 'An unknown choice value (e.g. arah, jenis, peran).' },
    id: (c) => `${q(c.value)} tidak dikenal untuk kolom ${c.column}. Pilihan: ${c.p.choices}.`,
    en: (c) => `${q(c.value)} is not known for column ${c.column}. Choices: ${c.p.choices}.`,
  },
  TANGGAL_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Tanggal yang tidak ada (31/02), tahun dua digit, atau teks yang bukan tanggal.', en: 'A date that does not exist (31/02), a two-digit year, or text that is not a date.' },
    id: (c) => `${q(c.value)} bukan tanggal yang sah (${c.p.reason_id}). Tulis seperti 2026-10-01, 01/10/2026 atau 1 Oktober 2026.`,
    en: (c) => `${q(c.value)} is not a valid date (${c.p.reason_en}). Write it like 2026-10-01, 01/10/2026 or 1 Oktober 2026.`,
  },
  TANGGAL_BULAN_DULU: {
    level: 'peringatan',
    about: { id: 'Kolom tanggal ditulis bulan dulu (komputer berpengaturan AS); dibaca bulan/hari/tahun.', en: 'A date column is month-first (US-locale PC); read as month/day/year.' },
    id: (c) => `Kolom ${c.column} ditulis bulan dulu (mis. ${q(c.value)}), jadi seluruh kolom dibaca bulan/hari/tahun. Periksa pengaturan wilayah komputer pengekspor (Indonesia: hari/bulan/tahun).`,
    en: (c) => `Column ${c.column} is written month-first (e.g. ${q(c.value)}), so the whole column is read month/day/year. Check the exporting PC's regional settings.`,
  },
  JAM_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Jam yang tidak dapat dibaca atau 24:00 ke atas.', en: 'A time that cannot be read, or 24:00 and above.' },
    id: (c) => `${q(c.value)} bukan jam yang sah. Tulis seperti 07:30 atau 07:30:05 (di bawah 24:00).`,
    en: (c) => `${q(c.value)} is not a valid time. Write it like 07:30 or 07:30:05 (below 24:00).`,
  },

  // --- identifiers -------------------------------------------------------------------------------
  NIP_BERKAS_RUSAK: {
    level: 'error',
    stops: true,
    about: {
      id: 'Sebagian besar NIP sebuah berkas tersimpan sebagai angka (1.98503E+17): seluruh ekspor pernah disimpan dengan kolom NIP sebagai angka; proses dihentikan.',
      en: "Most NIPs of a file were stored as numbers (1.98503E+17): the whole export was saved with the NIP column as numbers; the run stops.",
    },
    id: (c) =>
      `${c.p.baris} dari ${c.p.dari} baris berkas ini memuat NIP yang tersimpan sebagai angka (mis. 1.98503E+17), sehingga digit terakhirnya hilang dan pemiliknya tidak dapat diketahui. Seluruh berkas pernah dibuka dan disimpan dengan kolom NIP sebagai angka (Excel melakukannya pada CSV). Ekspor ulang dari aplikasi asalnya, atau buka CSV lewat impor teks dengan kolom NIP bertipe Teks, lalu jalankan lagi.`,
    en: (c) =>
      `${c.p.baris} of this file's ${c.p.dari} rows hold a NIP stored as a number (e.g. 1.98503E+17): its last digits are lost and whose it is cannot be known. The whole file was opened and saved with the NIP column as numbers (Excel does this to a CSV). Export it again from its source application, or open the CSV through a text import with the NIP column as Text, and run again.`,
  },
  NIP_TERPOTONG: {
    level: 'error',
    about: { id: 'NIP tersimpan sebagai angka di spreadsheet sehingga digit terakhirnya hilang.', en: 'A NIP stored as a number in the spreadsheet, so its last digits are lost.' },
    id: (c) => `NIP ${q(c.value)} tersimpan sebagai angka sehingga digit terakhirnya hilang${c.p.candidates ? ` (mungkin milik: ${c.p.candidates})` : ''}. Format kolom NIP sebagai Teks di Excel, isi ulang NIP lengkap 18 digit, lalu ekspor lagi.`,
    en: (c) => `NIP ${q(c.value)} was stored as a number, so its last digits are lost${c.p.candidates ? ` (may belong to: ${c.p.candidates})` : ''}. Format the NIP column as Text in Excel, re-enter the full 18-digit NIP and export again.`,
  },
  NIP_FORMAT: {
    level: 'error',
    about: { id: 'NIP bukan 18 digit angka.', en: 'A NIP that is not 18 digits.' },
    id: (c) => `NIP ${q(c.value)} bukan 18 digit angka (${c.p.reason_id}). Perbaiki NIP-nya.`,
    en: (c) => `NIP ${q(c.value)} is not 18 digits (${c.p.reason_en}). Correct the NIP.`,
  },
  NIP_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Bagian NIP tidak masuk akal (tanggal lahir, TMT, jenis kelamin, nomor urut).', en: 'A part of the NIP is impossible (birth date, start month, gender, sequence).' },
    id: (c) => `NIP ${q(c.value)}: ${c.p.part_id} tidak valid (${c.p.reason_id}). Periksa NIP di SK atau data BKN.`,
    en: (c) => `NIP ${q(c.value)}: ${c.p.part_en} is not valid (${c.p.reason_en}). Check the NIP against the appointment decree or BKN data.`,
  },
  NIP_PPPK_KODE: {
    level: 'peringatan',
    about: { id: 'Digit 13-14 nomor induk PPPK di luar 21..29 yang lazim.', en: 'Digits 13-14 of a PPPK number are outside the usual 21..29.' },
    id: (c) => `Digit 13-14 nomor induk PPPK ${q(c.value)} adalah ${c.p.digits}, bukan 21..29 yang lazim. Periksa nomornya; bila benar, abaikan.`,
    en: (c) => `Digits 13-14 of PPPK number ${q(c.value)} are ${c.p.digits}, not the usual 21..29. Check the number; if it is right, ignore this.`,
  },
  NIP_GANDA: {
    level: 'error',
    about: { id: 'NIP yang sama muncul di dua baris atau lebih data pegawai.', en: 'The same NIP appears on two or more staff rows.' },
    id: (c) => `NIP ${q(c.value)} muncul ${c.p.copies} kali di data pegawai (baris ${c.p.rows}). Sisakan satu baris per pegawai; bila jabatannya berganti di tengah bulan (mutasi), beri setiap baris kolom tmt_mulai dan tmt_selesai, atau pakai berkas mutasi.`,
    en: (c) => `NIP ${q(c.value)} appears ${c.p.copies} times in the staff file (rows ${c.p.rows}). Keep one row per employee; if the post changed within the month (a transfer), give each row tmt_mulai and tmt_selesai, or use a mutasi file.`,
  },
  NIP_TIDAK_DIKENAL: {
    level: 'peringatan',
    about: { id: 'Baris untuk NIP yang tidak ada di data pegawai diabaikan (mis. tenaga honorer).', en: 'Rows for a NIP that is not in the staff file are ignored (e.g. contract staff).' },
    id: (c) => `NIP ${q(c.value)} tidak ada di data pegawai; baris ini diabaikan. Tambahkan ke data pegawai bila ia harus dinilai.`,
    en: (c) => `NIP ${q(c.value)} is not in the staff file; the row is ignored. Add the employee to the staff file if they must be appraised.`,
  },
  REKENING_TERPOTONG: {
    level: 'error',
    about: { id: 'Nomor rekening tersimpan sebagai angka sehingga digitnya rusak.', en: 'An account number stored as a number, so its digits are damaged.' },
    id: () => 'Nomor rekening tersimpan sebagai angka sehingga digitnya rusak. Format kolom rekening sebagai Teks, isi ulang, lalu ekspor lagi.',
    en: () => 'The account number was stored as a number and its digits are damaged. Format the account column as Text, re-enter it and export again.',
  },
  NIK_TIDAK_VALID: {
    level: 'peringatan',
    about: { id: 'NIK bukan 16 digit (rusak jadi angka seperti 3.2E+15, panjang salah, ada huruf); dikosongkan di berkas keuangan, pembayaran tidak berubah.', en: 'A NIK that is not 16 digits (turned into a number like 3.2E+15, wrong length, letters); left empty in the finance files, pay unchanged.' },
    id: (c) => `NIK ${c.p.reason_id}; NIK harus 16 digit. Kolom nik dikosongkan di tpp.csv, sipd_nominatif.csv dan berkas bank (bank dapat menolak NIK yang salah). Format kolom sebagai Teks, isi NIK yang benar, lalu ekspor lagi.`,
    en: (c) => `The NIK ${c.p.reason_en}; a NIK has 16 digits. The nik column is left empty in tpp.csv, sipd_nominatif.csv and the bank files (a bank may reject a wrong NIK). Format the column as Text, enter the right NIK and export again.`,
  },
  BANK_DITULIS_BERBEDA: {
    level: 'peringatan',
    about: { id: 'Satu bank ditulis dengan beberapa cara (mis. "Bank BRI" dan "BRI"): tiap tulisan mendapat berkas bank sendiri.', en: 'One bank written in several ways (e.g. "Bank BRI" and "BRI"): each spelling gets its own bank file.' },
    id: (c) => `Nama bank ${q(c.value)} (${c.p.count} pegawai) tampaknya bank yang sama dengan ${q(String(c.p.main))}; tulisan yang ada: ${c.p.all}. Tiap tulisan mendapat berkas bank sendiri, jadi unggah semuanya, atau seragamkan nama_bank di data pegawai lalu jalankan lagi.`,
    en: (c) => `Bank name ${q(c.value)} (${c.p.count} employees) looks like the same bank as ${q(String(c.p.main))}; spellings found: ${c.p.all}. Each spelling gets its own bank file, so upload them all, or write nama_bank the same way in the staff file and run again.`,
  },
  NPWP_TIDAK_VALID: {
    level: 'peringatan',
    about: { id: 'NPWP bukan 15 atau 16 digit (tanda baca diabaikan) atau tersimpan sebagai angka; dikosongkan di berkas keuangan, pembayaran tidak berubah.', en: 'An NPWP that is not 15 or 16 digits (punctuation aside) or stored as a number; left empty in the finance files, pay unchanged.' },
    id: (c) => `NPWP ${c.p.reason_id}; NPWP berisi 15 digit (format lama, mis. 12.345.678.9-012.345) atau 16 digit (NIK). Kolom npwp dikosongkan di tpp.csv, sipd_nominatif.csv dan berkas bank. Format kolom sebagai Teks, isi NPWP yang benar, lalu ekspor lagi.`,
    en: (c) => `The NPWP ${c.p.reason_en}; an NPWP has 15 digits (the old format, e.g. 12.345.678.9-012.345) or 16 (the NIK). The npwp column is left empty in tpp.csv, sipd_nominatif.csv and the bank files. Format the column as Text, enter the right NPWP and export again.`,
  },
  REKENING_PANJANG: {
    level: 'peringatan',
    about: {
      id: 'Nomor rekening lebih pendek dari rekening lain bank itu di berkas ini (atau panjangnya tidak seperti yang dinyatakan paket aturan): nol di depan kemungkinan hilang; tidak dimasukkan ke berkas bank.',
      en: "An account number shorter than the bank's other accounts in the file (or not a length the rule pack states): leading zeros probably lost; left out of the bank files.",
    },
    id: (c) =>
      `Nomor rekening ${c.value} (${c.p.panjang} digit) ${c.p.paket !== undefined ? `tidak sepanjang rekening ${c.p.bank} menurut paket aturan (${c.p.paket} digit)` : `lebih pendek dari rekening ${c.p.bank} lain di berkas ini (${c.p.biasa} digit: ${c.p.jumlah} dari ${c.p.dari})`}; nol di depan kemungkinan hilang karena berkas pernah disimpan dengan kolom rekening sebagai angka, dan transfer bisa sampai ke rekening orang lain. TPP-nya tetap dihitung, tetapi ia tidak dimasukkan ke berkas bank (ada di tanpa_rekening.csv). Periksa nomornya, tulis lengkap sebagai teks, lalu jalankan lagi.${c.p.paket === undefined ? ` Bila rekening ${c.p.bank} memang bisa ${c.p.panjang} digit, nyatakan di paket aturan: keuangan.bank["${c.p.bank}"].panjang_rekening: [${c.p.panjang}, ${c.p.biasa}].` : ''}`,
    en: (c) =>
      `Account number ${c.value} (${c.p.panjang} digits) ${c.p.paket !== undefined ? `is not as long as a ${c.p.bank} account by the rule pack (${c.p.paket} digits)` : `is shorter than the other ${c.p.bank} accounts in this file (${c.p.biasa} digits: ${c.p.jumlah} of ${c.p.dari})`}; leading zeros were probably lost when the file was saved with the account column as numbers, and a transfer could reach someone else's account. The TPP is still computed, but the employee is left out of the bank files (listed in tanpa_rekening.csv). Check the number, write it in full as text and run again.${c.p.paket === undefined ? ` If ${c.p.bank} accounts really can have ${c.p.panjang} digits, state it in the rule pack: keuangan.bank["${c.p.bank}"].panjang_rekening: [${c.p.panjang}, ${c.p.biasa}].` : ''}`,
  },
  REKENING_ANGKA: {
    level: 'peringatan',
    about: { id: 'Nomor rekening tersimpan sebagai angka; nol di depan mungkin hilang.', en: 'An account number stored as a number; leading zeros may be lost.' },
    id: () => 'Nomor rekening tersimpan sebagai angka; nol di depan mungkin hilang. TPP-nya tetap dihitung, tetapi ia tidak dimasukkan ke berkas bank (ada di tanpa_rekening.csv). Format kolom sebagai Teks, isi nomor yang benar, lalu jalankan lagi.',
    en: () => 'The account number was stored as a number; leading zeros may be lost. The TPP is still computed, but the employee is left out of the bank files (listed in tanpa_rekening.csv). Format the column as Text, enter the right number and run again.',
  },

  // --- pegawai -------------------------------------------------------------------------------------
  STATUS_TIDAK_DIKENAL: {
    level: 'error',
    about: { id: 'Status kepegawaian yang tidak ada di tpp.faktor_status paket aturan.', en: 'An employment status that is not in the pack\'s tpp.faktor_status.' },
    id: (c) => `Status ${q(c.value)} tidak dikenal (dikenal: ${c.p.choices}). Tambahkan ke tpp.faktor_status paket aturan atau hapus baris ini.`,
    en: (c) => `Status ${q(c.value)} is unknown (known: ${c.p.choices}). Add it to the pack's tpp.faktor_status or remove the row.`,
  },
  GOLONGAN_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Golongan tidak terbaca (PNS I/a..IV/e, PPPK I..XVII); galat bila metode pajak membutuhkannya.', en: 'Unreadable golongan (PNS I/a..IV/e, PPPK I..XVII); an error when the tax method needs it.' },
    id: (c) => `Golongan ${q(c.value)} tidak terbaca untuk status ${c.p.status}. Tulis seperti ${c.p.example}.`,
    en: (c) => `Golongan ${q(c.value)} cannot be read for status ${c.p.status}. Write it like ${c.p.example}.`,
  },
  TMT_TERBALIK: {
    level: 'error',
    about: { id: 'tmt_masuk sesudah tmt_keluar (atau tmt_mulai sesudah tmt_selesai).', en: 'tmt_masuk is after tmt_keluar (or tmt_mulai after tmt_selesai).' },
    id: (c) => {
      const [from, to] = String(c.p.fields ?? 'tmt_masuk/tmt_keluar').split('/');
      return `${from} ${c.p.masuk} sesudah ${to} ${c.p.keluar}. Perbaiki salah satu tanggal.`;
    },
    en: (c) => {
      const [from, to] = String(c.p.fields ?? 'tmt_masuk/tmt_keluar').split('/');
      return `${from} ${c.p.masuk} is after ${to} ${c.p.keluar}. Correct one of the dates.`;
    },
  },
  SEGMEN_TUMPANG_TINDIH: {
    level: 'error',
    about: { id: 'Dua baris pegawai (atau mutasi) untuk satu NIP berlaku pada hari yang sama.', en: 'Two staff rows (or transfers) of one NIP are in force on the same day.' },
    id: (c) => `Baris ini (berlaku ${c.p.range}) tumpang tindih dengan baris ${c.p.other} (berlaku ${c.p.other_range}) untuk NIP yang sama. Perbaiki tmt_mulai/tmt_selesai agar tiap hari hanya punya satu jabatan; pegawai ditahan sampai jelas.`,
    en: (c) => `This row (in force ${c.p.range}) overlaps row ${c.p.other} (in force ${c.p.other_range}) of the same NIP. Correct tmt_mulai/tmt_selesai so that each day has one post; the employee is held until then.`,
  },
  SEGMEN_CELAH: {
    level: 'error',
    about: { id: 'Ada hari masa kerja bulan ini yang tidak dicakup baris pegawai mana pun (tmt_mulai/tmt_selesai).', en: 'Days of this month\'s service are covered by no staff row (tmt_mulai/tmt_selesai).' },
    id: (c) => `Tanggal ${c.p.dates} masa kerja bulan ini tidak dicakup baris pegawai mana pun (tmt_mulai/tmt_selesai): jabatan dan pagu hari itu tidak diketahui. Tambahkan baris jabatan sebelumnya, atau isi tmt_masuk bila pegawai baru masuk; pegawai ditahan sampai jelas.`,
    en: (c) => `Dates ${c.p.dates} of this month's service are covered by no staff row (tmt_mulai/tmt_selesai): the post and ceiling of those days are unknown. Add the row of the earlier post, or fill tmt_masuk if the employee joined then; the employee is held until then.`,
  },
  SEGMEN_TIDAK_SERASI: {
    level: 'error',
    about: { id: 'Baris-baris segmen satu pegawai berbeda pada kolom yang berlaku untuk seluruh bulan (tmt_masuk, tmt_keluar, jadwal, keterangan_tpp, golongan, gaji, penghasilan_bruto, status_ptkp, npwp, nik, nama_bank, nomor_rekening, iuran_pensiun).', en: 'The segment rows of one employee differ in a column that holds for the whole month (tmt_masuk, tmt_keluar, jadwal, keterangan_tpp, golongan, gaji, penghasilan_bruto, status_ptkp, npwp, nik, nama_bank, nomor_rekening, iuran_pensiun).' },
    id: (c) => `Kolom ${q(c.column)} berbeda antar baris NIP ini (${c.p.values}); kolom ini berlaku untuk seluruh bulan (pajak dan transfer bulan ini dihitung sekali) dan harus sama di semua baris. Samakan nilainya di setiap baris NIP ini; pegawai ditahan sampai jelas.`,
    en: (c) => `Column ${q(c.column)} differs between this NIP's rows (${c.p.values}); it holds for the whole month (the month's tax and transfer are computed once) and must be the same on every row. Make the values equal on each of this NIP's rows; the employee is held until then.`,
  },
  BARIS_TIDAK_BERLAKU: {
    level: 'info',
    about: { id: 'Baris pegawai yang masa berlakunya (tmt_mulai/tmt_selesai) di luar periode dilewati.', en: 'A staff row whose validity (tmt_mulai/tmt_selesai) lies outside the period is set aside.' },
    id: (c) => `Baris ini berlaku ${c.p.range}, di luar ${c.p.period}; tidak dipakai untuk periode ini.`,
    en: (c) => `This row is in force ${c.p.range}, outside ${c.p.period}; not used for this period.`,
  },
  MUTASI_KOSONG: {
    level: 'error',
    about: { id: 'Baris mutasi tanpa perubahan apa pun (unit, jabatan, kelas_jabatan, tpp_pagu, status kosong).', en: 'A transfer row that changes nothing (unit, jabatan, kelas_jabatan, tpp_pagu, status all empty).' },
    id: () => 'Baris mutasi ini tidak mengisi unit, jabatan, kelas_jabatan, tpp_pagu maupun status: tidak jelas apa yang berubah. Isi kolom yang berubah atau hapus barisnya; pegawai ditahan sampai jelas.',
    en: () => 'This transfer row fills none of unit, jabatan, kelas_jabatan, tpp_pagu, status: what changes is unclear. Fill the columns that change or delete the row; the employee is held until then.',
  },
  MUTASI_LUAR_PERIODE: {
    level: 'info',
    about: { id: 'Mutasi bertanggal di luar periode diabaikan: data pegawai sudah menunjukkan jabatan awal bulan.', en: 'A transfer dated outside the period is ignored: the staff file already gives the post at the start of the month.' },
    id: (c) => `Mutasi tanggal ${c.value} di luar ${c.p.period}; diabaikan (data pegawai dipakai sebagai jabatan pada awal bulan).`,
    en: (c) => `Transfer dated ${c.value} is outside ${c.p.period}; ignored (the staff file gives the post at the start of the month).`,
  },
  MUTASI_BERTENTANGAN: {
    level: 'error',
    about: { id: 'Dua mutasi berbeda pada tanggal yang sama, atau mutasi untuk pegawai yang bulannya sudah dibagi baris pegawai.', en: 'Two different transfers on one date, or a transfer for an employee whose month the staff rows already split.' },
    id: (c) => `Mutasi ${c.value} tidak bisa dipakai: ${c.p.reason_id}. Sisakan satu sumber per hari; pegawai ditahan sampai jelas.`,
    en: (c) => `Transfer ${c.value} cannot be used: ${c.p.reason_en}. Keep one source per day; the employee is held until then.`,
  },
  MUTASI_TANPA_PERUBAHAN: {
    level: 'error',
    about: { id: 'Mutasi di tengah bulan yang isinya sama dengan data pegawai: mungkin data pegawai sudah menunjukkan jabatan baru, sehingga jabatan sebelum mutasi tidak diketahui.', en: 'A mid-month transfer equal to the staff row: the staff row probably already shows the new post, so the post before the transfer is unknown.' },
    id: (c) => `Mutasi ${c.value} tidak mengubah apa pun dari jabatan sejak ${c.p.before}: data pegawai mungkin sudah menunjukkan jabatan baru, sehingga jabatan ${c.p.before} s.d. sehari sebelum mutasi tidak diketahui. Data pegawai harus berisi jabatan pada awal bulan; pegawai ditahan sampai jelas.`,
    en: (c) => `Transfer ${c.value} changes nothing from the post since ${c.p.before}: the staff row probably already shows the new post, so the post from ${c.p.before} to the day before is unknown. The staff file must give the post at the start of the month; the employee is held until then.`,
  },
  SEGMEN_REKAP: {
    level: 'error',
    about: { id: 'Pegawai bersegmen dengan presensi rekap bulanan yang memuat hari tidak dibayar/dibayar sebagian: rekap tidak menyebut di segmen mana hari itu jatuh.', en: 'An employee with segments whose monthly attendance summary holds unpaid or partly paid days: a summary does not say in which segment they fall.' },
    id: (c) => `Bulan ini terbagi ${c.p.count} segmen, tetapi presensinya rekap bulanan yang memuat hari tidak dibayar atau dibayar sebagian tanpa tanggal: tidak diketahui segmen mana yang terpotong. Berikan presensi harian untuk pegawai ini; pegawai ditahan sampai jelas.`,
    en: (c) => `The month has ${c.p.count} segments, but the attendance is a monthly summary holding unpaid or partly paid days without dates: which segment they cut is unknown. Give daily attendance for this employee; the employee is held until then.`,
  },
  PEGAWAI_BERSEGMEN: {
    level: 'info',
    about: { id: 'Pegawai pindah unit/jabatan/kelas/pagu/status di tengah bulan: TPP dihitung per segmen; tabel unit menghitungnya di unit segmen terakhir.', en: 'The employee changed unit/post/class/ceiling/status mid-month: TPP is computed per segment; the unit tables count them in the last segment\'s unit.' },
    id: (c) => `Bulan ini ${c.p.count} segmen (${c.p.segments}); TPP tiap segmen pro rata hari kerjanya. Di tabel unit pegawai ini dihitung di ${c.p.unit} (segmen terakhir).`,
    en: (c) => `${c.p.count} segments this month (${c.p.segments}); each segment's TPP is pro rata by its working days. The unit tables count this employee in ${c.p.unit} (the last segment).`,
  },
  JADWAL_TIDAK_DIKENAL: {
    level: 'error',
    about: { id: 'Nama profil jadwal yang tidak ada di paket aturan.', en: 'A schedule profile name that is not in the rule pack.' },
    id: (c) => `Jadwal ${q(c.value)} tidak ada di paket aturan (ada: ${c.p.choices}). Perbaiki namanya atau tambahkan profil di jadwal.`,
    en: (c) => `Schedule ${q(c.value)} is not in the rule pack (known: ${c.p.choices}). Fix the name or add the profile under jadwal.`,
  },
  KETERANGAN_TPP_TIDAK_DIKENAL: {
    level: 'error',
    about: { id: 'keterangan_tpp bukan salah satu kode tpp.pengecualian.', en: 'keterangan_tpp is not one of the tpp.pengecualian codes.' },
    id: (c) => `keterangan_tpp ${q(c.value)} tidak dikenal (dikenal: ${c.p.choices}). Kosongkan atau pakai salah satu kode itu.`,
    en: (c) => `keterangan_tpp ${q(c.value)} is unknown (known: ${c.p.choices}). Leave it empty or use one of those codes.`,
  },
  JENJANG_JF_TIDAK_DIKENAL: {
    level: 'peringatan',
    about: { id: 'jenjang_jf bukan jenjang jabatan fungsional yang dikenal; angka kredit tahunan (rekap) tidak dihitung, TPP tidak berubah.', en: 'jenjang_jf is not a known jabatan fungsional level; the annual angka kredit (rekap) is not computed, TPP is unchanged.' },
    id: (c) => `jenjang_jf ${q(c.value)} tidak dikenal (dikenal: ${c.p.choices}). Perbaiki agar angka kredit tahunan dapat dihitung; pembayaran TPP tidak terpengaruh.`,
    en: (c) => `jenjang_jf ${q(c.value)} is unknown (known: ${c.p.choices}). Fix it so the annual angka kredit can be computed; the TPP payment is not affected.`,
  },
  PTKP_TIDAK_VALID: {
    level: 'error',
    about: { id: 'status_ptkp bukan TK/0..TK/3 atau K/0..K/3.', en: 'status_ptkp is not TK/0..TK/3 or K/0..K/3.' },
    id: (c) => `status_ptkp ${q(c.value)} tidak dikenal. Tulis TK/0..TK/3 atau K/0..K/3.`,
    en: (c) => `status_ptkp ${q(c.value)} is unknown. Write TK/0..TK/3 or K/0..K/3.`,
  },
  TPP_PAGU_KOSONG: {
    level: 'error',
    about: { id: 'Tidak ada pagu TPP: tpp_pagu kosong dan kelas jabatan tidak ada di tpp.pagu_per_kelas.', en: 'No TPP ceiling: tpp_pagu is empty and the job class is not in tpp.pagu_per_kelas.' },
    id: (c) => `Pagu TPP kosong${c.p.kelas ? ` dan kelas jabatan ${c.p.kelas} tidak ada di tpp.pagu_per_kelas` : ''}. Isi kolom tpp_pagu atau kelas_jabatan dengan tabel pagu di paket aturan.`,
    en: (c) => `No TPP ceiling${c.p.kelas ? ` and job class ${c.p.kelas} is not in tpp.pagu_per_kelas` : ''}. Fill tpp_pagu, or kelas_jabatan with a ceiling table in the rule pack.`,
  },
  DATA_PAJAK_KURANG: {
    level: 'error',
    about: { id: 'Metode pajak TER membutuhkan status_ptkp dan penghasilan_bruto atau gaji.', en: 'The TER tax method needs status_ptkp and penghasilan_bruto or gaji.' },
    id: (c) => `Data pajak kurang: ${c.p.missing}. Metode TER membutuhkan status_ptkp dan penghasilan_bruto (atau gaji).`,
    en: (c) => `Tax data missing: ${c.p.missing}. The TER method needs status_ptkp and penghasilan_bruto (or gaji).`,
  },
  IURAN_PENSIUN_KOSONG: {
    level: 'error',
    about: {
      id: 'Perhitungan ulang PPh 21 Desember membutuhkan iuran pensiun bulanan pegawai (kolom iuran_pensiun); selnya kosong.',
      en: "December's annual PPh 21 recalculation needs the employee's monthly pension contribution (iuran_pensiun column); the cell is empty.",
    },
    id: () => 'Iuran pensiun kosong. PPh 21 Desember dihitung ulang setahun dan iuran pensiun/THT yang dipotong dari gaji mengurangi penghasilan neto. Isi iuran pensiun per bulan seperti di daftar gaji (tulis 0 bila pegawai ini tidak membayar iuran, mis. PPPK), lalu jalankan lagi.',
    en: () => "The iuran pensiun is empty. December's PPh 21 recalculates the year, and the pension/THT contribution withheld from the salary reduces the net income. Enter the monthly contribution as on the payroll (0 when this employee pays none, e.g. PPPK) and run again.",
  },
  IURAN_PENSIUN_TIDAK_WAJAR: {
    level: 'error',
    about: {
      id: 'Iuran pensiun bulanan di luar bagian gaji yang wajar (pajak.tahunan.iuran_pensiun_wajar_persen; PNS membayar 8 %): kemungkinan salah ketik.',
      en: 'The monthly pension contribution is outside a believable share of the salary (pajak.tahunan.iuran_pensiun_wajar_persen; a PNS pays 8 %): probably a typo.',
    },
    id: (c) =>
      `Iuran pensiun ${c.value} di luar ${c.p.min}–${c.p.maks} % dari ${c.p.kolom_dasar} ${rp(c.p.dasar, 'id')} (Rp ${rp(c.p.bawah, 'id')} .. Rp ${rp(c.p.atas, 'id')}); iuran PNS 8 % dari gaji pokok dan tunjangan keluarga, jadi angka ini kemungkinan salah ketik (satu digit lebih atau kurang). Perbaiki iuran pensiun per bulan seperti di daftar gaji (0 bila pegawai ini tidak membayar iuran), lalu jalankan lagi; bila iuran memang sebesar itu, ubah pajak.tahunan.iuran_pensiun_wajar_persen di paket aturan.`,
    en: (c) =>
      `The iuran pensiun ${c.value} is outside ${c.p.min}–${c.p.maks} % of ${c.p.kolom_dasar} ${rp(c.p.dasar, 'en')} (Rp ${rp(c.p.bawah, 'en')} .. Rp ${rp(c.p.atas, 'en')}); a PNS pays 8 % of basic salary and family allowance, so this is probably a typo (one digit too many or too few). Correct the monthly contribution as on the payroll (0 if this employee pays none) and run again; if it really is that amount, change pajak.tahunan.iuran_pensiun_wajar_persen in the rule pack.`,
  },
  GAJI_SEL_KOSONG: {
    level: 'error',
    about: { id: 'Berkas pegawai punya kolom gaji tetapi sel pegawai ini kosong: batas upah BPJS tidak dapat dihitung; pegawai ditahan.', en: 'The staff file has a gaji column but this employee\'s cell is empty: the BPJS ceiling cannot be computed; the employee is held.' },
    id: () => 'Kolom gaji kosong untuk pegawai ini, padahal berkas ini mengisi gaji pegawai lain. Iuran BPJS atas TPP dibatasi oleh upah (gaji) sampai batas upah paket aturan, jadi tanpa gaji potongannya tidak pasti. Isi gaji (upah BPJS: gaji pokok + tunjangan keluarga + tunjangan jabatan; 0 bila memang tidak ada), lalu jalankan lagi.',
    en: () => 'gaji is empty for this employee while the file gives it for others. BPJS on the TPP is limited by the wage (gaji) up to the pack\'s wage ceiling, so without it the deduction is not certain. Fill gaji (the BPJS wage: basic salary + family and position allowances; 0 if there is none) and run again.',
  },
  GAJI_KOSONG: {
    level: 'peringatan',
    about: { id: 'Gaji kosong: batas upah BPJS dihitung dengan gaji 0.', en: 'No gaji: the BPJS ceiling is computed with a wage of 0.' },
    id: () => 'Kolom gaji kosong; iuran BPJS dihitung seolah gaji 0 (potongan bisa terlalu besar). Isi gaji untuk hasil yang tepat.',
    en: () => 'gaji is empty; BPJS is computed as if the wage were 0 (the deduction may be too high). Fill gaji for an exact result.',
  },
  PPH21_MELEBIHI_TPP: {
    level: 'peringatan',
    about: {
      id: 'PPh 21 TER atas TPP melebihi TPP setelah BPJS; yang dipotong dibatasi agar netto tidak negatif, kekurangannya dipotong dari penghasilan lain.',
      en: 'TER income tax on the TPP exceeds the TPP after BPJS; the withholding is capped so the net is not negative, the rest must be withheld from other income.',
    },
    id: (c) => `PPh 21 TER atas TPP Rp ${rp(c.p.pajak, 'id')} melebihi TPP setelah BPJS; dipotong Rp ${rp(c.p.dipotong, 'id')}. Kekurangan Rp ${rp(c.p.kurang, 'id')} harus dipotong dari gaji atau penghasilan lain.`,
    en: (c) => `TER income tax on the TPP of Rp ${rp(c.p.pajak, 'en')} exceeds the TPP after BPJS; Rp ${rp(c.p.dipotong, 'en')} is withheld. The remaining Rp ${rp(c.p.kurang, 'en')} must be withheld from the salary or other income.`,
  },
  PPH21_DESEMBER_TER: {
    level: 'peringatan',
    about: {
      id: 'PPh 21 Desember tetap dengan TER bulanan, tanpa perhitungan ulang setahun: arsip Januari–November yang dibayar tidak lengkap (untuk semua atau satu pegawai), atau ada rapel.',
      en: 'December PPh 21 stays monthly TER, without the annual recalculation: the paid January–November archive is incomplete (for everyone or one employee), or arrears were paid.',
    },
    id: (c) =>
      c.p.sebab === 'rapel'
        ? 'PPh 21 Desember pegawai ini tetap TER bulanan: ada rapel di Januari–November yang belum dapat diperhitungkan dalam perhitungan ulang setahun. Hitung ulang setahun secara terpisah.'
        : c.p.sebab === 'pegawai'
          ? `PPh 21 Desember pegawai ini tetap TER bulanan: pegawai ini tidak ada di hasil yang dibayar bulan ${monthList(c.p.bulan, 'id')}, sesudah bulan pertama ia tercatat. Periksa hasil bulan itu, atau hitung ulang setahun secara terpisah.`
          : `PPh 21 Desember tetap TER bulanan tanpa perhitungan ulang setahun: bulan ${monthList(c.p.bulan, 'id')} tidak ada di arsip sebagai hasil yang dibayar. Tandai dibayar folder hasil bulan itu (atau atur --arsip) lalu jalankan lagi, atau hitung ulang setahun secara terpisah.`,
    en: (c) =>
      c.p.sebab === 'rapel'
        ? "This employee's December PPh 21 stays monthly TER: arrears were paid in January–November, which the annual recalculation cannot count yet. Recalculate the year separately."
        : c.p.sebab === 'pegawai'
          ? `This employee's December PPh 21 stays monthly TER: they are missing from the paid results of ${monthList(c.p.bulan, 'en')}, after the first month they appear in. Check that month's results, or recalculate the year separately.`
          : `December PPh 21 stays monthly TER without the annual recalculation: ${monthList(c.p.bulan, 'en')} not in the archive as paid results. Mark that month's results folder paid (or set --arsip) and run again, or recalculate the year separately.`,
  },
  PPH21_DESEMBER_KEMBALI: {
    level: 'info',
    about: {
      id: 'Perhitungan ulang setahun Desember: PPh 21 Januari–November atas TPP melebihi pajak setahunnya; kelebihannya dikembalikan bersama TPP Desember (kolom pph21_lebih_potong; pph21 negatif di pegawai.csv).',
      en: 'December annual recalculation: the PPh 21 withheld from the TPP in January–November exceeds the year\'s tax; the excess is returned with December\'s TPP (column pph21_lebih_potong; negative pph21 in pegawai.csv).',
    },
    id: (c) => `PPh 21 atas TPP setahun Rp ${rp(c.p.pajak, 'id')}, sudah dipotong Januari–November Rp ${rp(c.p.dipotong, 'id')}: kelebihan Rp ${rp(c.p.kembali, 'id')} dikembalikan bersama TPP Desember (netto bertambah; tpp.csv dan sipd_nominatif.csv: pph21 0 dan pph21_lebih_potong; pegawai.csv: pph21 negatif).`,
    en: (c) => `PPh 21 on the year's TPP Rp ${rp(c.p.pajak, 'en')}, withheld January–November Rp ${rp(c.p.dipotong, 'en')}: the excess Rp ${rp(c.p.kembali, 'en')} is returned with December's TPP (higher net; tpp.csv and sipd_nominatif.csv: pph21 0 and pph21_lebih_potong; pegawai.csv: negative pph21).`,
  },
  UNIT_TIDAK_DIKENAL: {
    level: 'peringatan',
    about: { id: 'Unit pegawai tidak ada di berkas unit; unit dilaporkan tanpa nama dan kurvanya tidak dicek.', en: 'An employee\'s unit is not in the unit file; it is reported without a name and its curve is not checked.' },
    id: (c) => `Unit ${q(c.value)} tidak ada di berkas unit; dilaporkan tanpa nama dan kurvanya tidak dicek. Tambahkan unit itu ke berkas unit atau perbaiki kode unit pegawai.`,
    en: (c) => `Unit ${q(c.value)} is not in the unit file; it is reported without a name and its curve is not checked. Add it to the unit file or fix the employee's unit code.`,
  },

  // --- presensi ------------------------------------------------------------------------------------
  PRESENSI_LUAR_PERIODE: {
    level: 'peringatan',
    about: { id: 'Catatan presensi di luar bulan yang diproses diabaikan.', en: 'Attendance records outside the processed month are ignored.' },
    id: (c) => `Tanggal ${q(c.value)} di luar periode ${c.p.period}; baris diabaikan.`,
    en: (c) => `Date ${q(c.value)} is outside period ${c.p.period}; row ignored.`,
  },
  PRESENSI_HARI_LIBUR: {
    level: 'peringatan',
    about: { id: 'Catatan presensi pada hari yang bukan hari kerja pegawai itu diabaikan.', en: 'Attendance records on a day that is not a working day for that employee are ignored.' },
    id: (c) => `${c.p.date} bukan hari kerja pegawai ini (libur atau akhir pekan); baris diabaikan.`,
    en: (c) => `${c.p.date} is not a working day for this employee (holiday or weekend); row ignored.`,
  },
  MASA_KERJA_BERTENTANGAN: {
    level: 'error',
    about: {
      id: 'tmt_masuk/tmt_keluar tidak menyisakan satu hari pun di periode ini (nihil), padahal presensi mencatat pegawai bekerja di dalamnya; pegawai ditahan.',
      en: 'tmt_masuk/tmt_keluar leave no day of this period (nil), while attendance records the employee working in it; the employee is held.',
    },
    id: (c) =>
      `Menurut ${c.column} ${c.value} pegawai ini tidak bekerja satu hari pun di periode ini (TPP nihil), padahal ${c.p.scan} mencatatnya pada ${c.p.baris} baris bulan ini (mis. ${c.p.tanggal}). Salah satunya keliru; sering tanggalnya terbaca dengan urutan lain (10/12/2026 dari ekspor berformat Amerika dibaca 10 Desember, padahal maksudnya 12 Oktober). Tulis ${c.column} sebagai YYYY-MM-DD (2026-10-12), atau hapus baris presensi itu bila pegawai memang belum atau tidak lagi bekerja, lalu jalankan lagi. Pegawai ditahan sampai jelas.`,
    en: (c) =>
      `By ${c.column} ${c.value} this employee works no day of this period (TPP nil), yet ${c.p.scan} records them on ${c.p.baris} rows this month (e.g. ${c.p.tanggal}). One of the two is wrong; often the date was read in the other order (10/12/2026 from a US-format export is 10 December, meant 12 October). Write ${c.column} as YYYY-MM-DD (2026-10-12), or delete those attendance rows if the employee really did not work yet or any more, and run again. The employee is held until then.`,
  },
  PRESENSI_LUAR_MASA_KERJA: {
    level: 'info',
    about: { id: 'Catatan presensi sebelum tmt_masuk atau sesudah tmt_keluar diabaikan.', en: 'Attendance before tmt_masuk or after tmt_keluar is ignored.' },
    id: (c) => `${c.p.date} di luar masa kerja pegawai (tmt_masuk/tmt_keluar); baris diabaikan.`,
    en: (c) => `${c.p.date} is outside the employee's service (tmt_masuk/tmt_keluar); row ignored.`,
  },
  PRESENSI_TANPA_CATATAN: {
    level: 'info',
    about: { id: 'Baris presensi tanpa kode dan tanpa jam diabaikan (hari itu tanpa catatan).', en: 'An attendance row with neither code nor times is ignored (no record for that day).' },
    id: () => 'Baris tanpa kode dan tanpa jam; dianggap tidak ada catatan untuk hari itu.',
    en: () => 'Row with neither code nor times; treated as no record for that day.',
  },
  PRESENSI_KODE_MENIMPA: {
    level: 'info',
    about: { id: 'Pada hari yang sama, kode selain H (mis. DL, CT) menimpa baris H.', en: 'On the same day, a code other than H (e.g. DL, CT) overrides H rows.' },
    id: (c) => `Tanggal ${c.p.date}: kode ${c.p.code} menimpa baris hadir (H) pada hari yang sama.`,
    en: (c) => `Date ${c.p.date}: code ${c.p.code} overrides the present (H) rows of the same day.`,
  },
  PRESENSI_BERTENTANGAN: {
    level: 'error',
    about: { id: 'Satu hari berisi TK bersama scan, atau dua kode berbeda; pegawai ditahan.', en: 'One day holds TK together with scans, or two different codes; the employee is held.' },
    id: (c) => `Tanggal ${c.p.date}: ${c.p.codes} bertentangan pada hari yang sama. Sisakan satu keterangan untuk hari itu.`,
    en: (c) => `Date ${c.p.date}: ${c.p.codes} conflict on the same day. Keep one entry for that day.`,
  },
  JAM_TERBALIK: {
    level: 'error',
    about: { id: 'Jam pulang lebih awal dari jam masuk pada hari yang sama.', en: 'Check-out earlier than check-in on the same day.' },
    id: (c) => `Tanggal ${c.p.date}: jam pulang ${c.p.pulang} lebih awal dari jam masuk ${c.p.masuk}. Perbaiki jamnya; bila ini shift malam, pegawai ini perlu jadwal shift (masukan jadwal) dengan shift malam pada tanggal itu.`,
    en: (c) => `Date ${c.p.date}: check-out ${c.p.pulang} is earlier than check-in ${c.p.masuk}. Correct the times; if this is a night shift, the employee needs a shift roster (the jadwal input) with a night shift on that date.`,
  },
  KODE_TIDAK_DIKENAL: {
    level: 'error',
    about: { id: 'Kode hari presensi yang tidak dikenal.', en: 'An unknown attendance day code.' },
    id: (c) => `Kode ${q(c.value)} tidak dikenal. Kode yang dikenal: ${c.p.choices}. Tambahkan kode baru di presensi.kode paket aturan bila perlu.`,
    en: (c) => `Code ${q(c.value)} is unknown. Known codes: ${c.p.choices}. Add a new code under presensi.kode in the rule pack if needed.`,
  },
  PRESENSI_KOSONG: {
    level: 'info',
    about: { id: 'Hari kerja tanpa catatan presensi dihitung sebagai TK (presensi.hari_tanpa_data).', en: 'Working days without an attendance record count as TK (presensi.hari_tanpa_data).' },
    id: (c) => `${c.p.count} hari kerja tanpa catatan presensi dihitung ${c.p.code}: ${c.p.dates}.`,
    en: (c) => `${c.p.count} working day(s) without an attendance record counted as ${c.p.code}: ${c.p.dates}.`,
  },
  TK_BERTURUT: {
    level: 'peringatan',
    about: { id: 'TK berturut-turut (hari kerja) mencapai batas presensi.tk_berturut_peringatan; periksa untuk tindak lanjut disiplin (PP 94/2021).', en: 'Consecutive TK working days reached presensi.tk_berturut_peringatan; check for disciplinary follow-up (PP 94/2021).' },
    id: (c) => `${c.p.count} hari kerja TK berturut-turut mulai ${namedDate(c.p.date, 'id')} (batas peringatan ${c.p.limit}). Periksa apakah ada keterangan yang belum tercatat; bila tidak, tindak lanjuti sesuai PP 94/2021.`,
    en: (c) => `${c.p.count} consecutive TK working days from ${namedDate(c.p.date, 'en')} (warning limit ${c.p.limit}). Check for a reason not yet recorded; if there is none, follow up under PP 94/2021.`,
  },
  PRESENSI_TIDAK_ADA: {
    level: 'error',
    about: { id: 'Pegawai aktif tanpa satu pun baris presensi di periode ini; ditahan, bukan dianggap TK sebulan.', en: 'An active employee without any attendance row in the period; held, not treated as a month of TK.' },
    id: () => 'Tidak ada satu pun baris presensi untuk pegawai ini di periode ini. Periksa apakah ekspor mesin/aplikasinya lengkap.',
    en: () => 'No attendance row at all for this employee in the period. Check that the machine/app export is complete.',
  },
  PIN_TIDAK_DIKENAL: {
    level: 'peringatan',
    about: { id: 'PIN mesin presensi yang tidak ada di kolom pin data pegawai; baris diabaikan.', en: 'An attendance-machine PIN not in the staff file\'s pin column; rows ignored.' },
    id: (c) => `PIN ${q(c.value)} tidak ada di kolom pin data pegawai; baris diabaikan. Isi kolom pin pegawai yang bersangkutan.`,
    en: (c) => `PIN ${q(c.value)} is not in the staff file's pin column; rows ignored. Fill the pin column for that employee.`,
  },
  PIN_GANDA: {
    level: 'error',
    about: { id: 'Dua pegawai memakai PIN mesin yang sama.', en: 'Two employees share a machine PIN.' },
    id: (c) => `PIN ${q(c.value)} dipakai juga oleh NIP ${c.p.other}. Setiap pegawai harus punya PIN sendiri.`,
    en: (c) => `PIN ${q(c.value)} is also used by NIP ${c.p.other}. Each employee needs their own PIN.`,
  },
  HARI_KERJA_BEDA: {
    level: 'peringatan',
    about: { id: 'Rekap bulanan menyebut hari kerja berbeda dari kalender; kalender yang dipakai.', en: 'A monthly summary states other working days than the calendar; the calendar is used.' },
    id: (c) => `Rekap menyebut ${c.value} hari kerja, kalender ${c.p.calendar}; yang dipakai kalender. Periksa hari libur di paket aturan atau berkas libur.`,
    en: (c) => `The summary says ${c.value} working days, the calendar ${c.p.calendar}; the calendar is used. Check the holidays in the pack or the libur file.`,
  },
  REKAP_GANDA: {
    level: 'error',
    about: { id: 'Rekap presensi bulanan berisi dua baris untuk satu NIP.', en: 'A monthly attendance summary has two rows for one NIP.' },
    id: () => 'NIP ini punya lebih dari satu baris rekap bulanan. Sisakan satu baris per pegawai.',
    en: () => 'This NIP has more than one monthly summary row. Keep one row per employee.',
  },

  // --- capaian -------------------------------------------------------------------------------------
  TARGET_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Target negatif, 0 untuk indikator arah naik, atau rentang terbalik.', en: 'A negative target, 0 for a higher-is-better indicator, or a reversed range.' },
    id: (c) => `Target ${q(c.value)} tidak valid (${c.p.reason_id}). Target harus >= 0; 0 hanya untuk arah turun; rentang ditulis kecil-besar (80-90).`,
    en: (c) => `Target ${q(c.value)} is not valid (${c.p.reason_en}). Targets must be >= 0; 0 only with arah turun; ranges are low-high (80-90).`,
  },
  REALISASI_KOSONG: {
    level: 'error',
    about: { id: 'Realisasi indikator kosong.', en: 'An indicator\'s realisasi is empty.' },
    id: () => 'Realisasi kosong. Isi realisasi (0 bila memang tidak tercapai).',
    en: () => 'realisasi is empty. Fill it (0 if nothing was achieved).',
  },
  REALISASI_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Realisasi negatif.', en: 'A negative realisasi.' },
    id: (c) => `Realisasi ${q(c.value)} tidak boleh negatif.`,
    en: (c) => `realisasi ${q(c.value)} cannot be negative.`,
  },
  SKP_TIDAK_ADA: {
    level: 'peringatan',
    about: { id: 'Pegawai tanpa baris capaian: rating hasil kerja TIDAK_DINILAI.', en: 'An employee without capaian rows: rating hasil kerja TIDAK_DINILAI.' },
    id: () => 'Tidak ada capaian SKP untuk pegawai ini; hasil kerja TIDAK_DINILAI. Tambahkan capaiannya bila ada.',
    en: () => 'No SKP achievement rows for this employee; work result TIDAK_DINILAI. Add them if they exist.',
  },
  SKP_TANPA_UTAMA: {
    level: 'peringatan',
    about: { id: 'Pegawai hanya punya indikator tambahan: hasil kerja TIDAK_DINILAI.', en: 'An employee with only tambahan indicators: work result TIDAK_DINILAI.' },
    id: () => 'Pegawai ini tidak punya indikator utama; hasil kerja TIDAK_DINILAI. Tandai indikator utamanya (jenis = utama).',
    en: () => 'This employee has no utama indicator; work result TIDAK_DINILAI. Mark the main indicators (jenis = utama).',
  },

  // --- perilaku ------------------------------------------------------------------------------------
  NILAI_PERILAKU_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Nilai perilaku di luar skala paket atau label yang tidak dikenal.', en: 'A behaviour score outside the pack\'s scale, or an unknown label.' },
    id: (c) => `Nilai ${q(c.value)} tidak valid: harus angka ${c.p.range} atau label Diatas/Sesuai/Dibawah Ekspektasi.`,
    en: (c) => `Score ${q(c.value)} is not valid: it must be a number in ${c.p.range} or a label Diatas/Sesuai/Dibawah Ekspektasi.`,
  },
  ASPEK_TIDAK_LENGKAP: {
    level: 'error',
    about: { id: 'Penilai tidak memberi ke-7 aspek BerAKHLAK; penilaiannya ditolak.', en: 'A rater did not give all 7 BerAKHLAK aspects; the rating is rejected.' },
    id: (c) => `Penilai ${c.p.rater} tidak mengisi aspek: ${c.p.missing}. Lengkapi ke-7 aspek BerAKHLAK.`,
    en: (c) => `Rater ${c.p.rater} left out: ${c.p.missing}. Give all 7 BerAKHLAK aspects.`,
  },
  ASPEK_TIDAK_DIKENAL: {
    level: 'error',
    about: { id: 'Nama aspek yang bukan salah satu dari 7 aspek BerAKHLAK.', en: 'An aspect name that is not one of the 7 BerAKHLAK aspects.' },
    id: (c) => `Aspek ${q(c.value)} tidak dikenal. Pakai: ${c.p.choices}.`,
    en: (c) => `Aspect ${q(c.value)} is unknown. Use: ${c.p.choices}.`,
  },
  ASPEK_GANDA: {
    level: 'error',
    about: { id: 'Satu penilai memberi nilai dua kali untuk aspek yang sama.', en: 'One rater scored the same aspect twice.' },
    id: (c) => `Penilai ${c.p.rater} memberi aspek ${c.p.aspek} lebih dari sekali. Sisakan satu nilai.`,
    en: (c) => `Rater ${c.p.rater} scored ${c.p.aspek} more than once. Keep one score.`,
  },
  PENILAI_GANDA: {
    level: 'error',
    about: { id: 'Penilai yang sama dengan peran yang sama muncul dua kali untuk satu pegawai.', en: 'The same rater in the same role appears twice for one employee.' },
    id: (c) => `Penilai ${c.p.rater} menilai pegawai ini dua kali. Sisakan satu baris.`,
    en: (c) => `Rater ${c.p.rater} rated this employee twice. Keep one row.`,
  },
  PENILAI_DIRI_SENDIRI: {
    level: 'error',
    about: { id: 'Pegawai menilai dirinya sendiri.', en: 'An employee rated themselves.' },
    id: () => 'NIP penilai sama dengan NIP yang dinilai. Perbaiki NIP penilai.',
    en: () => 'The rater NIP equals the rated NIP. Correct the rater NIP.',
  },
  ATASAN_BERBEDA: {
    level: 'peringatan',
    about: { id: 'Penilai atasan berbeda dari atasan_nip di data pegawai.', en: 'The atasan rater differs from atasan_nip in the staff file.' },
    id: (c) => `Penilai atasan ${c.p.rater} berbeda dari atasan_nip ${c.p.expected} di data pegawai. Periksa mana yang benar.`,
    en: (c) => `Atasan rater ${c.p.rater} differs from atasan_nip ${c.p.expected} in the staff file. Check which is right.`,
  },
  PERILAKU_TIDAK_ADA: {
    level: 'peringatan',
    about: { id: 'Pegawai tanpa nilai perilaku: rating perilaku TIDAK_DINILAI.', en: 'An employee without behaviour scores: rating perilaku TIDAK_DINILAI.' },
    id: () => 'Tidak ada nilai perilaku untuk pegawai ini; perilaku TIDAK_DINILAI. Tambahkan penilaian atasannya.',
    en: () => 'No behaviour scores for this employee; behaviour TIDAK_DINILAI. Add the supervisor\'s rating.',
  },
  PERILAKU_TANPA_ATASAN: {
    level: 'peringatan',
    about: { id: 'Hanya rekan/bawahan yang menilai: tanpa atasan, perilaku TIDAK_DINILAI.', en: 'Only peers/subordinates rated: without an atasan, behaviour is TIDAK_DINILAI.' },
    id: () => 'Perilaku hanya dinilai rekan/bawahan, tanpa atasan; perilaku TIDAK_DINILAI. Tambahkan penilaian atasan.',
    en: () => 'Behaviour rated only by peers/subordinates, no atasan; behaviour TIDAK_DINILAI. Add the supervisor\'s rating.',
  },
  PERILAKU_BUKAN_LABEL: {
    level: 'error',
    about: { id: 'Paket memakai kinerja.perilaku.cara_label: mayoritas, tetapi penilaian atasan memuat aspek bernilai angka, bukan label; mayoritas tidak dapat dihitung, pegawai ditahan.', en: 'The pack uses kinerja.perilaku.cara_label: mayoritas, but the atasan\'s rating has aspects scored with a number, not a label; the majority cannot be counted, the employee is held.' },
    id: (c) => `${c.p.count} aspek dari penilaian atasan bernilai angka, bukan label (di atas/sesuai/di bawah ekspektasi); dengan cara_label: mayoritas rating perilaku dihitung dari label. Isi label untuk semua aspek (atau pakai cara_label: rata_rata); pegawai ditahan.`,
    en: (c) => `${c.p.count} aspects of the atasan's rating are numbers, not labels (di atas/sesuai/di bawah ekspektasi); with cara_label: mayoritas the behaviour rating counts labels. Give a label for every aspect (or use cara_label: rata_rata); the employee is held.`,
  },

  // --- penilaian (ratings already given) ----------------------------------------------------------
  RATING_DARI_PENILAIAN: {
    level: 'info',
    about: { id: 'Rating dari berkas penilaian menggantikan rating yang dihitung.', en: 'A rating from the penilaian file overrides the computed one.' },
    id: (c) => `${c.p.what} diambil dari berkas penilaian (${c.value}).`,
    en: (c) => `${c.p.what} taken from the penilaian file (${c.value}).`,
  },
  PENILAIAN_PLT: {
    level: 'info',
    about: { id: 'Baris SKP Plt/Plh di berkas penilaian diabaikan.', en: 'Plt/Plh SKP rows of the penilaian file are ignored.' },
    id: () => 'Baris SKP Plt/Plh diabaikan; yang dipakai SKP jabatan definitif.',
    en: () => 'Plt/Plh SKP row ignored; the substantive position\'s SKP is used.',
  },
  PENILAIAN_BULAN_LAIN: {
    level: 'info',
    about: { id: 'Baris penilaian untuk bulan lain diabaikan.', en: 'Penilaian rows for another month are ignored.' },
    id: (c) => `Baris untuk bulan ${q(c.value)}, bukan ${c.p.period}; diabaikan.`,
    en: (c) => `Row for month ${q(c.value)}, not ${c.p.period}; ignored.`,
  },
  PENILAIAN_DIGANTI: {
    level: 'info',
    about: { id: 'Baris penilaian yang tergantikan oleh baris dengan periode_akhir_skp lebih akhir.', en: 'A penilaian row superseded by one with a later periode_akhir_skp.' },
    id: () => 'Baris ini tergantikan oleh baris lain NIP yang sama dengan periode_akhir_skp lebih akhir (mis. sesudah mutasi).',
    en: () => 'Row superseded by another row of the same NIP with a later periode_akhir_skp (e.g. after a transfer).',
  },
  PENILAIAN_BERTENTANGAN: {
    level: 'error',
    about: { id: 'Dua baris penilaian dengan periode sama memberi rating berbeda.', en: 'Two penilaian rows with the same period give different ratings.' },
    id: () => 'Dua baris penilaian NIP ini dengan periode_akhir_skp yang sama memberi rating berbeda. Sisakan satu.',
    en: () => 'Two penilaian rows of this NIP with the same periode_akhir_skp give different ratings. Keep one.',
  },
  PENILAIAN_BULAN_TIDAK_DIKENAL: {
    level: 'error',
    about: { id: 'kinerja rekap --penilaian: bulan_skp bukan nama/nomor bulan dan bukan "tahunan"; baris tidak dipakai.', en: 'kinerja rekap --penilaian: a bulan_skp that is neither a month nor "tahunan"; the row is not used.' },
    id: (c) => `bulan_skp ${q(c.value)} bukan nama atau nomor bulan dan bukan "tahunan", jadi tidak pasti baris ini penilaian tahunan ${c.p.tahun}; baris tidak dipakai. Tulis "tahunan" pada baris predikat tahunan (atau nama bulannya pada baris bulanan), lalu jalankan lagi.`,
    en: (c) => `bulan_skp ${q(c.value)} is neither a month's name or number nor "tahunan", so it is not certain that this row is the ${c.p.tahun} annual appraisal; the row is not used. Write "tahunan" on the annual predikat row (or the month's name on a monthly row) and run again.`,
  },
  PENILAIAN_TAHUN_LAIN: {
    level: 'error',
    about: { id: 'kinerja rekap --penilaian: baris tahunan untuk tahun lain (bulan_skp, periode_awal_skp, periode_akhir_skp atau tahun_skp); tidak dipakai.', en: 'kinerja rekap --penilaian: an annual row of another year (bulan_skp, periode_awal_skp, periode_akhir_skp or tahun_skp); not used.' },
    id: (c) => `Kolom ${q(c.column)} berisi ${q(c.value)}: baris tahunan ini untuk tahun ${c.p.year}, bukan ${c.p.tahun}, jadi tidak dipakai sebagai predikat tahunan ${c.p.tahun}. Pakai ekspor penilaian tahunan ${c.p.tahun}, atau hapus baris tahun lain.`,
    en: (c) => `Column ${q(c.column)} holds ${q(c.value)}: this annual row is for ${c.p.year}, not ${c.p.tahun}, so it is not used as the ${c.p.tahun} annual predikat. Use the ${c.p.tahun} annual appraisal export, or remove the other year's rows.`,
  },
  PENILAIAN_NIP_TIDAK_DI_ARSIP: {
    level: 'error',
    about: { id: 'kinerja rekap --penilaian: NIP baris tahunan tidak ada di arsip hasil tahun itu (error bila mirip NIP yang ada: mungkin salah ketik).', en: 'kinerja rekap --penilaian: the NIP of an annual row is not in the year\'s results archive (an error when close to one there: possibly a typo).' },
    id: (c) =>
      `NIP ${q(c.value)} tidak ada di arsip hasil tahun ${c.p.tahun}, jadi predikat tahunannya tidak dipakai.${
        c.p.closest
          ? ` NIP terdekat: ${c.p.closest}; baris ini mungkin miliknya (salah ketik), dan predikat tahunannya tidak diambil dari baris ini. Perbaiki NIP-nya, lalu jalankan lagi.`
          : ' Tidak ada NIP yang mirip di arsip; bila pegawai ini memang dinilai di sini, periksa NIP-nya, bila tidak, baris ini boleh dihapus.'
      }`,
    en: (c) =>
      `NIP ${q(c.value)} is not in the ${c.p.tahun} results archive, so its annual predikat is not used.${
        c.p.closest
          ? ` Closest NIP: ${c.p.closest}; the row may be theirs (a typo), and their annual predikat is not taken from it. Correct the NIP and run again.`
          : ' No similar NIP is in the archive; if this employee is appraised here, check the NIP, otherwise the row can be removed.'
      }`,
  },
  PREDIKAT_BEDA_MATRIKS: {
    level: 'peringatan',
    about: { id: 'hasil_akhir di berkas penilaian berbeda dari matriks atas rating yang diberikan.', en: 'hasil_akhir in the penilaian file differs from the matrix for the given ratings.' },
    id: (c) => `hasil_akhir ${c.value} berbeda dari matriks (${c.p.matrix}); yang dipakai hasil_akhir. Periksa penilaiannya.`,
    en: (c) => `hasil_akhir ${c.value} differs from the matrix (${c.p.matrix}); hasil_akhir is used. Check the appraisal.`,
  },

  // --- unit, hukdis, libur -------------------------------------------------------------------------
  UNIT_GANDA: {
    level: 'error',
    about: { id: 'Kode unit yang sama muncul dua kali di berkas unit.', en: 'The same unit code appears twice in the unit file.' },
    id: (c) => `Unit ${q(c.value)} muncul lebih dari sekali; baris pertama yang dipakai. Sisakan satu baris per unit.`,
    en: (c) => `Unit ${q(c.value)} appears more than once; the first row is used. Keep one row per unit.`,
  },
  PREDIKAT_ORGANISASI_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Predikat organisasi bukan ISTIMEWA/BAIK/BUTUH_PERBAIKAN/KURANG/SANGAT_KURANG.', en: 'An organisation predikat that is not ISTIMEWA/BAIK/BUTUH_PERBAIKAN/KURANG/SANGAT_KURANG.' },
    id: (c) => `Predikat organisasi ${q(c.value)} tidak dikenal. Pakai ISTIMEWA, BAIK, BUTUH_PERBAIKAN (CUKUP), KURANG, SANGAT_KURANG, atau kosong.`,
    en: (c) => `Organisation predikat ${q(c.value)} is unknown. Use ISTIMEWA, BAIK, BUTUH_PERBAIKAN (CUKUP), KURANG, SANGAT_KURANG, or leave it empty.`,
  },
  KURVA_TIDAK_DICEK: {
    level: 'info',
    about: { id: 'Tanpa berkas unit, kurva distribusi predikat tidak dicek.', en: 'Without a unit file, the predikat distribution curve is not checked.' },
    id: () => 'Tidak ada berkas unit: unit diambil dari data pegawai dan kurva distribusi tidak dicek.',
    en: () => 'No unit file: units come from the staff file and the distribution curve is not checked.',
  },
  KURVA_MAKS: {
    level: 'peringatan',
    about: { id: 'Jumlah pegawai dengan predikat tertentu melebihi batas kurva unitnya.', en: 'More employees with a predikat than the unit\'s curve allows.' },
    id: (c) => `Unit ${c.p.unit} (${c.p.org}): ${c.p.predikat} ${c.p.have} dari ${c.p.n} orang, maksimal ${c.p.allowed} (${c.p.percent}%). Kurva hanya dilaporkan; predikat tidak diubah.`,
    en: (c) => `Unit ${c.p.unit} (${c.p.org}): ${c.p.predikat} ${c.p.have} of ${c.p.n}, at most ${c.p.allowed} allowed (${c.p.percent}%). The curve is reported only; no predikat is changed.`,
  },
  KURVA_MIN: {
    level: 'peringatan',
    about: { id: 'Jumlah pegawai dengan predikat tertentu di bawah minimum kurva unitnya.', en: 'Fewer employees with a predikat than the unit\'s curve requires.' },
    id: (c) => `Unit ${c.p.unit} (${c.p.org}): ${c.p.predikat} ${c.p.have} dari ${c.p.n} orang, minimal ${c.p.allowed} (${c.p.percent}%). Kurva hanya dilaporkan; predikat tidak diubah.`,
    en: (c) => `Unit ${c.p.unit} (${c.p.org}): ${c.p.predikat} ${c.p.have} of ${c.p.n}, at least ${c.p.allowed} required (${c.p.percent}%). The curve is reported only; no predikat is changed.`,
  },
  KURVA_MIN_ORANG: {
    level: 'peringatan',
    about: { id: 'Unit tidak punya cukup orang dengan predikat yang diwajibkan kurva.', en: 'A unit lacks the number of people with a predikat that its curve requires.' },
    id: (c) => `Unit ${c.p.unit} (${c.p.org}): ${c.p.predikat} ${c.p.have} orang, minimal ${c.p.allowed} orang. Kurva hanya dilaporkan; predikat tidak diubah.`,
    en: (c) => `Unit ${c.p.unit} (${c.p.org}): ${c.p.predikat} ${c.p.have}, at least ${c.p.allowed} required. The curve is reported only; no predikat is changed.`,
  },
  PAGU_UNIT_TERLAMPAUI: {
    level: 'peringatan',
    about: { id: 'Total TPP bruto unit melebihi pagu_unit.', en: 'A unit\'s total gross TPP exceeds its pagu_unit.' },
    id: (c) => `Unit ${c.p.unit}: total bruto Rp ${rp(c.p.bruto, 'id')} melebihi pagu unit Rp ${rp(c.p.pagu, 'id')}. Periksa anggaran.`,
    en: (c) => `Unit ${c.p.unit}: total gross Rp ${rp(c.p.bruto, 'en')} exceeds the unit budget Rp ${rp(c.p.pagu, 'en')}. Check the budget.`,
  },
  HUKDIS_TIDAK_AKTIF: {
    level: 'info',
    about: { id: 'Hukuman disiplin yang tidak berlaku di periode ini.', en: 'A disciplinary sanction not active in this period.' },
    id: (c) => `Hukuman disiplin mulai ${c.p.tmt} selama ${c.p.lama} bulan tidak berlaku di ${c.p.period}.`,
    en: (c) => `Sanction from ${c.p.tmt} for ${c.p.lama} month(s) is not active in ${c.p.period}.`,
  },
  PLT_LUAR_PERIODE: {
    level: 'info',
    about: { id: 'Jabatan Plt/Plh yang masa tugasnya tidak mengenai periode ini (tidak berpengaruh).', en: 'An acting post (Plt/Plh) whose term does not touch this period (no effect).' },
    id: (c) => `${c.p.jenis} ${c.p.mulai} s.d. ${c.p.selesai} tidak mengenai ${c.p.period}; baris diabaikan.`,
    en: (c) => `${c.p.jenis} ${c.p.mulai} to ${c.p.selesai} does not touch ${c.p.period}; row ignored.`,
  },
  PLT_JENIS_TIDAK_DIBAYAR: {
    level: 'info',
    about: { id: 'Jenis jabatan Plt/Plh yang menurut paket aturan (tpp.plt.jenis) tidak menambah TPP.', en: 'A kind of acting post that the rule pack (tpp.plt.jenis) does not pay for.' },
    id: (c) => `${c.value} tidak menambah TPP menurut paket aturan (tpp.plt.jenis: ${c.p.jenis}); baris diabaikan.`,
    en: (c) => `${c.value} adds no TPP under the rule pack (tpp.plt.jenis: ${c.p.jenis}); row ignored.`,
  },
  PLT_KURANG_HARI: {
    level: 'info',
    about: { id: 'Hari kerja sebagai Plt/Plh di periode ini kurang dari tpp.plt.minimal_hari: tidak ada tambahan TPP.', en: 'Fewer acting working days in the period than tpp.plt.minimal_hari: no TPP is added.' },
    id: (c) => `${c.p.jenis} ${c.p.jabatan}: ${c.p.hari} hari kerja di periode ini, kurang dari minimal ${c.p.minimal} hari (tpp.plt.minimal_hari); tidak ada tambahan TPP untuknya.`,
    en: (c) => `${c.p.jenis} ${c.p.jabatan}: ${c.p.hari} working day(s) in this period, fewer than the minimum ${c.p.minimal} (tpp.plt.minimal_hari); no TPP is added for it.`,
  },
  LIBUR_LUAR_PERIODE: {
    level: 'info',
    about: { id: 'Hari libur di luar bulan yang diproses (tidak berpengaruh).', en: 'Holidays outside the processed month (no effect).' },
    id: () => 'Hari libur di luar periode ini tidak berpengaruh.',
    en: () => 'Holidays outside this period have no effect.',
    foldPerFile: true,
  },

  // --- shift rosters (jadwal) -------------------------------------------------------------------------
  SHIFT_TIDAK_DIKENAL: {
    level: 'error',
    about: { id: 'Nama shift di jadwal yang tidak ada di jadwal.shift paket aturan; hari itu tidak ditebak, pegawai ditahan.', en: 'A roster shift name that is not in the pack\'s jadwal.shift; the day is not guessed, the employee is held.' },
    id: (c) => `Shift ${q(c.value)} tidak ada di paket aturan (ada: ${c.p.choices}). Perbaiki nama shift di jadwal atau tambahkan definisinya di jadwal.shift.`,
    en: (c) => `Shift ${q(c.value)} is not in the rule pack (known: ${c.p.choices}). Fix the shift name in the roster or define it under jadwal.shift.`,
  },
  JADWAL_BERTENTANGAN: {
    level: 'error',
    about: { id: 'Dua shift berbeda untuk satu pegawai pada satu tanggal; pegawai ditahan.', en: 'Two different shifts for one employee on one date; the employee is held.' },
    id: (c) => `Tanggal ${c.p.date} punya dua shift berbeda (${c.p.shifts}). Sisakan satu baris per pegawai per tanggal di jadwal.`,
    en: (c) => `Date ${c.p.date} has two different shifts (${c.p.shifts}). Keep one row per employee and date in the roster.`,
  },
  JADWAL_TANPA_SHIFT: {
    level: 'error',
    about: { id: 'Jadwal shift seorang pegawai sebulan penuh tanpa satu pun shift kerja (hanya LIBUR); tidak dibayar nol atas tebakan, pegawai ditahan.', en: 'An employee\'s roster has no working shift in the whole month (rest days only); not paid zero on a guess, the employee is held.' },
    id: () => 'Jadwal shift pegawai ini tidak memuat satu pun shift kerja bulan ini (hanya LIBUR), sehingga tidak ada hari kerja. Periksa jadwalnya; bila pegawai cuti atau tugas belajar, isi shift kerjanya dan catat kodenya di presensi.',
    en: () => 'This employee\'s roster holds no working shift this month (rest days only), so there is no working day. Check the roster; if the employee is on leave or study leave, give the shifts and record the code in the attendance.',
  },
  JADWAL_LUAR_PERIODE: {
    level: 'info',
    about: { id: 'Baris jadwal shift di luar bulan yang diproses diabaikan.', en: 'Roster rows outside the processed month are ignored.' },
    id: (c) => `Tanggal jadwal di luar periode ${c.p.period}; baris diabaikan.`,
    en: (c) => `Roster date outside the period ${c.p.period}; row ignored.`,
  },
  PRESENSI_TANPA_JADWAL: {
    level: 'error',
    about: { id: 'Pegawai ber-jadwal shift punya catatan presensi pada tanggal yang tidak ada di jadwalnya; hari itu tidak ditebak, pegawai ditahan.', en: 'An employee on a roster has attendance on a date their roster does not list; the day is not guessed, the employee is held.' },
    id: (c) => `Ada presensi pada ${c.p.date}, tetapi jadwal shift pegawai ini tidak memuat tanggal itu (bukan shift, bukan LIBUR). Lengkapi jadwal (shift atau LIBUR untuk tanggal itu) lalu jalankan lagi.`,
    en: (c) => `There is attendance on ${c.p.date}, but this employee's roster does not list that date (neither a shift nor LIBUR). Complete the roster (a shift or LIBUR for that date) and run again.`,
  },
  PULANG_MALAM_BARIS_BERIKUT: {
    level: 'error',
    about: { id: 'Log harian per tanggal kalender: jam pulang shift malam tercatat sebagai jam masuk pada baris hari berikutnya; pegawai ditahan, tidak dipotong.', en: 'A daily log by calendar day: a night shift\'s leave is written as the arrival on the next day\'s row; the employee is held, not docked.' },
    id: (c) => `Jam masuk ${c.p.time} tanggal ${c.p.date} jatuh pada jam pulang shift malam hari sebelumnya: ekspor ini tampaknya per tanggal kalender, sehingga tidak jelas jam itu kedatangan atau pulang shift malam. Tulis jam pulang shift malam pada baris tanggal shift itu dimulai (jam pulang lebih kecil dari jam masuk berarti besok pagi), atau berikan log mesin (scan mentah); pegawai ditahan sampai jelas.`,
    en: (c) => `Arrival ${c.p.time} on ${c.p.date} falls at the leave time of the night shift before: this export seems to be by calendar day, so whether it is an arrival or the night shift's leave is unclear. Write the night shift's leave on the row of the day the shift starts (a leave earlier than the arrival means the next morning), or give the machine's punch log; the employee is held until then.`,
  },
  SCAN_LUAR_SHIFT: {
    level: 'info',
    about: { id: 'Scan pegawai ber-jadwal shift yang jauh sebelum shift hari itu dan bukan pulang shift malam sebelumnya (mis. pulang shift malam bulan lalu pada tanggal 1) diabaikan.', en: 'A scan of a rostered employee well before that day\'s shift that is not the leave of the previous night shift (e.g. the leave of last month\'s night shift on the 1st) is ignored.' },
    id: (c) => `Scan ${c.value} lebih dari 4 jam sebelum shift ${c.p.shift} tanggal ${c.p.date} dan bukan pulang shift malam sebelumnya di periode ini; scan diabaikan.`,
    en: (c) => `Scan ${c.value} is more than 4 hours before shift ${c.p.shift} on ${c.p.date} and is not the leave of a previous night shift in this period; scan ignored.`,
  },

  // --- run-stopping doubts (exit 2, only the validation report is written) -------------------------
  JADWAL_SHIFT_TIDAK_ADA: {
    level: 'error',
    stops: true,
    about: { id: 'Ada berkas jadwal shift tetapi paket aturan tidak mendefinisikan jadwal.shift; proses dihentikan.', en: 'There is a shift roster file but the rule pack defines no jadwal.shift; the run stops.' },
    id: () => 'Berkas jadwal shift tidak dapat dibaca tanpa definisi shift di paket aturan yang dipakai. Bila paket aturan Anda sudah memuatnya, tunjuk dengan --policy; bila belum, tambahkan jadwal.shift (mis. PAGI: { masuk: "07:00", pulang: "14:00" }, LIBUR: libur); atau keluarkan berkas ini dari folder masukan.',
    en: () => 'A shift roster cannot be read without shift definitions in the rule pack in force. If your pack has them, name it with --policy; if not, add jadwal.shift (e.g. PAGI: { masuk: "07:00", pulang: "14:00" }, LIBUR: libur); or remove this file from the input folder.',
    foldPerFile: true,
  },
  KOLOM_PRESENSI_KURANG: {
    level: 'error',
    stops: true,
    about: { id: 'Berkas presensi tidak memuat kolom yang dibutuhkan bentuknya (mis. jam masuk dan jam pulang); proses dihentikan.', en: 'An attendance file lacks the columns its shape needs (e.g. arrival and leave times); the run stops.' },
    id: (c) => `Presensi ${c.p.shape_id} tanpa ${c.p.missing}. Kolom yang tidak dikenal: ${c.p.unknown || '(tidak ada)'}.${c.p.suggest_id ? ` ${c.p.suggest_id}.` : ''} Ganti judul kolom sesuai nama yang dikenal, atau petakan di paket aturan (masukan.kolom), lalu jalankan lagi.`,
    en: (c) => `Attendance ${c.p.shape_en} without ${c.p.missing}. Unknown columns: ${c.p.unknown || '(none)'}.${c.p.suggest_en ? ` ${c.p.suggest_en}.` : ''} Rename the header to a known name, or map it in the rule pack (masukan.kolom), and run again.`,
  },
  KOLOM_JADWAL: {
    level: 'error',
    stops: true,
    about: { id: 'Kolom jam presensi berisi nilai yang sama untuk hampir semua baris: itu jadwal, bukan scan; proses dihentikan.', en: 'An attendance time column holds the same value on nearly every row: a schedule, not a scan; the run stops.' },
    id: (c) => `Kolom ${q(c.column)} berisi nilai yang sama per hari (mis. ${q(c.value)}) pada ${c.p.share}% baris: itu jam jadwal, bukan jam scan. ${c.p.other_id ?? 'Ekspor ulang dengan kolom jam scan yang sebenarnya (mis. Scan Masuk/Scan Pulang); jangan memetakan kolom jadwal ini sebagai jam scan.'}`,
    en: (c) => `Column ${q(c.column)} holds the same value per weekday (e.g. ${q(c.value)}) on ${c.p.share}% of rows: a schedule time, not a scan. ${c.p.other_en ?? 'Export again with the real scan time columns (e.g. Scan Masuk/Scan Pulang); do not map this schedule column as the scan.'}`,
  },
  KOLOM_REKAP_TIDAK_COCOK: {
    level: 'error',
    stops: true,
    about: { id: 'Kolom rekap bulanan (mis. "Terlambat (menit)") tidak dapat dipetakan ke pita TL/PSW paket; proses dihentikan.', en: 'A monthly-summary column (e.g. "Terlambat (menit)") cannot be mapped to the pack\'s TL/PSW bands; the run stops.' },
    id: (c) => `Kolom ${q(c.column)} (${c.p.meaning_id}) tidak dapat dipetakan ke pita ${c.p.bands} paket aturan. Ekspor rekap per pita (${c.p.bands}), atau sesuaikan pita di paket aturan.`,
    en: (c) => `Column ${q(c.column)} (${c.p.meaning_en}) cannot be mapped to the pack's bands ${c.p.bands}. Export the summary per band (${c.p.bands}), or change the bands in the rule pack.`,
  },
  HARI_TANPA_PRESENSI: {
    level: 'error',
    stops: true,
    about: { id: 'Hari kerja yang hampir tidak punya catatan presensi (ekspor terputus?); proses dihentikan sampai hari itu dijadikan libur, ekspornya dilengkapi, atau diakui.', en: 'Working days with almost no attendance records (an incomplete export?); the run stops until the days are made holidays, the export completed, or they are acknowledged.' },
    id: (c) => `Hari kerja ${c.p.dates} hanya tercatat untuk ${c.p.share} pegawai (minimal ${c.p.min}%). Pilih salah satu: (1) bila hari libur/cuti bersama, tambahkan ke berkas libur atau kalender.libur; (2) lengkapi ekspor presensi hari itu; (3) bila memang benar tanpa catatan, akui dengan --acknowledge-days ${c.p.raw} atau presensi.tanggal_diakui di paket aturan (hari itu lalu dihitung ${c.p.code} bagi yang tanpa catatan).`,
    en: (c) => `Working day(s) ${c.p.dates} have records for only ${c.p.share} of employees (at least ${c.p.min}% expected). Either (1) if a holiday or cuti bersama, add it to the libur file or kalender.libur; (2) complete the attendance export for that day; or (3) if it really has no records, acknowledge it with --acknowledge-days ${c.p.raw} or presensi.tanggal_diakui in the rule pack (it then counts as ${c.p.code} for those without a record).`,
  },
  PRESENSI_TIDAK_LENGKAP: {
    level: 'error',
    stops: true,
    about: { id: 'Ekspor presensi tidak mencapai awal atau akhir periode; proses dihentikan.', en: 'The attendance export does not reach the start or end of the period; the run stops.' },
    id: (c) => `${c.p.scope_id ?? 'Presensi'} hanya berisi tanggal ${c.p.first} s.d. ${c.p.last}; hari kerja ${c.p.dates} tidak tercakup. Pilih salah satu: (1) sertakan ekspor untuk tanggal itu; (2) bila libur, tambahkan ke berkas libur; (3) bila memang benar tanpa catatan, akui dengan --acknowledge-days ${c.p.raw} (hari itu lalu dihitung ${c.p.code} bagi semua pegawai).`,
    en: (c) => `${c.p.scope_en ?? 'The attendance'} only covers ${c.p.first} to ${c.p.last}; working day(s) ${c.p.dates} are not covered. Either (1) add the export for those dates; (2) if holidays, add them to the libur file; or (3) if they really have no records, acknowledge them with --acknowledge-days ${c.p.raw} (they then count as ${c.p.code} for everyone).`,
  },
  SKALA_PERILAKU: {
    level: 'error',
    stops: true,
    about: { id: 'Semua nilai perilaku sebuah berkas (atau ketujuh nilai dari seorang penilai) ada di 0-1, 0-5 atau 0-10, padahal skala paket lebih lebar; proses dihentikan.', en: 'All behaviour scores of a file (or a rater\'s 7 scores) lie within 0-1, 0-5 or 0-10 while the pack\'s scale is wider; the run stops.' },
    id: (c) =>
      `Semua nilai perilaku ${c.p.where_id} ada di rentang ${c.p.seen} (paling besar ${String(c.p.max).replace('.', ',')}), padahal skala paket ${c.p.scale}; nilai itu akan dibaca sebagai nilai sangat rendah. ` +
      (c.p.level === 'penilai'
        ? `Penilai ini tampaknya memakai skala ${c.p.guess}: minta nilainya diisi ulang dengan skala ${c.p.scale}.`
        : `Bila penilaian memakai skala ${c.p.guess}, nyatakan di paket aturan: kinerja.perilaku.skala: { min: ${c.p.guess_min}, maks: ${c.p.guess_max} }; bila bukan, perbaiki nilainya.`),
    en: (c) =>
      `All behaviour scores ${c.p.where_en} lie within ${c.p.seen} (largest ${c.p.max}), but the pack's scale is ${c.p.scale}; they would read as very low scores. ` +
      (c.p.level === 'penilai'
        ? `This rater seems to have used a ${c.p.guess} scale: have the scores entered again on the ${c.p.scale} scale.`
        : `If the appraisal used a ${c.p.guess} scale, declare it in the rule pack: kinerja.perilaku.skala: { min: ${c.p.guess_min}, maks: ${c.p.guess_max} }; otherwise correct the scores.`),
  },
  IURAN_PENSIUN_TIDAK_ADA: {
    level: 'error',
    stops: true,
    about: {
      id: 'Desember dengan perhitungan ulang PPh 21 setahun, tetapi berkas pegawai tidak punya kolom iuran_pensiun; proses dihentikan.',
      en: "December with the annual PPh 21 recalculation, but the staff file has no iuran_pensiun column; the run stops.",
    },
    id: (c) => `${c.p.mirip ? `Kolom ${c.p.mirip} tidak dikenal sebagai iuran_pensiun: bila itu iuran pensiun/THT per bulan, ganti judulnya menjadi iuran_pensiun (atau petakan di masukan.kolom.pegawai.iuran_pensiun di paket aturan). ` : ''}PPh 21 Desember dihitung ulang setahun (PMK 168/2023), dan iuran pensiun/THT yang dipotong dari gaji mengurangi penghasilan neto; tanpanya pajak setiap pegawai bisa terlalu besar. Tambahkan kolom iuran_pensiun (iuran per bulan seperti di daftar gaji; 0 bagi yang tidak membayar iuran) ke berkas pegawai, lalu jalankan lagi. Bila perhitungan ulang dilakukan di luar kinerja, pakai pajak.desember: ter di paket aturan.`,
    en: (c) => `${c.p.mirip ? `Column ${c.p.mirip} is not recognised as iuran_pensiun: if it is the monthly pension/THT contribution, rename its header to iuran_pensiun (or map it in the rule pack's masukan.kolom.pegawai.iuran_pensiun). ` : ''}December's PPh 21 recalculates the year (PMK 168/2023), and the pension/THT contribution withheld from the salary reduces the net income; without it every employee's tax may be too high. Add an iuran_pensiun column (the monthly contribution as on the payroll; 0 for those who pay none) to the staff file and run again. If the recalculation is done outside kinerja, set pajak.desember: ter in the rule pack.`,
  },
  MASUKAN_KOSONG: {
    level: 'error',
    stops: true,
    about: { id: 'Masukan wajib yang ada tetapi tanpa satu pun baris data; proses dihentikan.', en: 'A required input that is present but has no data rows; the run stops.' },
    id: (c) => `Berkas ${c.p.input} tidak berisi satu pun baris data (hanya judul kolom). Isi datanya atau ekspor ulang; tanpa ${c.p.input} semua pegawai akan kehilangan komponen yang bergantung padanya.`,
    en: (c) => `The ${c.p.input} file has no data rows (headers only). Fill it or export it again; without ${c.p.input} every employee would lose the components that depend on it.`,
  },
  CAPAIAN_TIDAK_LENGKAP: {
    level: 'error',
    stops: true,
    about: { id: 'Terlalu banyak pegawai (di atas batas paket) tanpa capaian SKP; proses dihentikan.', en: 'Too many employees (above the pack\'s limit) have no SKP achievement; the run stops.' },
    id: (c) => `${c.p.count} dari ${c.p.total} pegawai dengan hari kerja${c.p.where_id ?? ''} (${c.p.share}%) tidak punya capaian SKP; batas masukan.maks_tanpa_capaian_persen ${c.p.max}%. Periksa apakah ekspor capaian lengkap (semua unit, bulan yang benar).`,
    en: (c) => `${c.p.count} of ${c.p.total} employees with working days${c.p.where_en ?? ''} (${c.p.share}%) have no SKP achievement; the limit masukan.maks_tanpa_capaian_persen is ${c.p.max}%. Check that the capaian export is complete (every unit, the right month).`,
  },
  PERILAKU_TIDAK_LENGKAP: {
    level: 'error',
    stops: true,
    about: { id: 'Terlalu banyak pegawai (di atas batas paket) tanpa nilai perilaku; proses dihentikan.', en: 'Too many employees (above the pack\'s limit) have no behaviour scores; the run stops.' },
    id: (c) => `${c.p.count} dari ${c.p.total} pegawai dengan hari kerja${c.p.where_id ?? ''} (${c.p.share}%) tidak punya nilai perilaku; batas masukan.maks_tanpa_perilaku_persen ${c.p.max}%. Periksa apakah ekspor perilaku lengkap.`,
    en: (c) => `${c.p.count} of ${c.p.total} employees with working days${c.p.where_en ?? ''} (${c.p.share}%) have no behaviour scores; the limit masukan.maks_tanpa_perilaku_persen is ${c.p.max}%. Check that the perilaku export is complete.`,
  },
  BARIS_TERGABUNG_TAK_TERBACA: {
    level: 'error',
    stops: true,
    about: { id: 'Beberapa baris fisik tergabung menjadi satu (tanda kutip lepas atau akhir baris campur) dan pegawainya tidak dapat diketahui; proses dihentikan.', en: 'Several physical lines were merged into one record (a stray quote or mixed line endings) and their employees cannot be known; the run stops.' },
    id: (c) => `Baris fisik ${c.p.lines} terbaca sebagai satu baris karena ${c.p.why_id}; pegawai di dalamnya tidak dapat diketahui. Hapus tanda kutip yang lepas (") lalu simpan ulang berkas.`,
    en: (c) => `Physical lines ${c.p.lines} were read as one record because of ${c.p.why_en}; the employees in them cannot be known. Remove the stray quote (") and save the file again.`,
  },

  KOLOM_MIRIP_TIDAK_DIBACA: {
    level: 'error',
    stops: true,
    about: {
      id: 'Berkas pegawai tanpa kolom uang (gaji, penghasilan_bruto, status_ptkp, tpp_pagu, nomor_rekening, nama_bank) tetapi dengan judul yang mirip kolom itu, yang tidak dibaca; proses dihentikan.',
      en: 'A staff file without a money column (gaji, penghasilan_bruto, status_ptkp, tpp_pagu, nomor_rekening, nama_bank) but with a header that looks like it and is not read; the run stops.',
    },
    id: (c) =>
      `Kolom ${q(c.value)} mirip ${c.p.field} tetapi tidak dibaca, dan berkas ini tidak punya kolom ${c.p.field}: ${moneyColumnEffect(c.p.field, 'id')}. Bila kolom itu memang berisi ${c.p.field}, ganti judulnya menjadi ${c.p.field} atau petakan di paket aturan (masukan.kolom: { pegawai: { ${c.p.field}: ["${c.value}"] } }), lalu jalankan lagi.${c.p.field === 'gaji' ? ' gaji di sini adalah upah BPJS (gaji pokok + tunjangan keluarga + tunjangan jabatan), bukan gaji pokok saja.' : ''} Bila bukan, ganti judulnya agar tidak mirip.`,
    en: (c) =>
      `Column ${q(c.value)} looks like ${c.p.field} but is not read, and this file has no ${c.p.field} column: ${moneyColumnEffect(c.p.field, 'en')}. If it does hold ${c.p.field}, rename it to ${c.p.field} or map it in the rule pack (masukan.kolom: { pegawai: { ${c.p.field}: ["${c.value}"] } }) and run again.${c.p.field === 'gaji' ? ' gaji here is the BPJS wage (basic salary + family and position allowances), not the basic salary alone.' : ''} If not, rename it so it does not look alike.`,
  },
  KOLOM_TANPA_JUDUL: {
    level: 'error',
    stops: true,
    about: {
      id: 'Sebagian besar baris berkas teks berisi nilai di kanan kolom berjudul terakhir: angka berpemisah ribuan tanpa tanda kutip di seluruh berkas, atau kolom tanpa judul; proses dihentikan.',
      en: 'Most rows of a text file hold values right of the last headed column: thousand-separated numbers unquoted throughout, or a column without a header; the run stops.',
    },
    id: (c) =>
      `${c.p.baris} dari ${c.p.dari} baris berkas ini berisi nilai di kanan kolom berjudul terakhir (mis. baris ${c.p.contoh}: ${q(c.value)} di kolom ${c.p.kolom}). Itu bukan salah ketik satu baris: kemungkinan angka ditulis dengan pemisah ribuan yang sama dengan pemisah berkas tanpa tanda kutip (336,000 di berkas berpemisah koma), sehingga setiap angka terpotong, atau ada kolom tanpa judul. Simpan ulang berkas dengan angka tanpa pemisah ribuan (atau berpemisah titik koma), atau beri judul kolom itu, lalu jalankan lagi.`,
    en: (c) =>
      `${c.p.baris} of this file's ${c.p.dari} rows hold values right of the last headed column (e.g. row ${c.p.contoh}: ${q(c.value)} in column ${c.p.kolom}). That is not one row's typo: numbers were probably written with a thousand separator equal to the file's separator, unquoted (336,000 in a comma file), so every number was split; or a column has no header. Save the file again with numbers without thousand separators (or semicolon-separated), or give that column a header, and run again.`,
  },

  // --- doubts about one employee (error: held) ----------------------------------------------------
  REKAP_TIDAK_SEIMBANG: {
    level: 'error',
    about: { id: 'Jumlah hari di rekap bulanan (hadir, TK, izin, sakit, cuti, DL, ...) tidak sama dengan hari kerja pegawai.', en: 'The day counts of a monthly summary (present, TK, leave, duty, ...) do not add up to the employee\'s working days.' },
    id: (c) => `Jumlah hari rekap ${c.p.sum} (${c.p.parts}) tidak sama dengan ${c.p.hari_kerja} hari kerja pegawai ini menurut kalender. Perbaiki rekapnya; bila rekap memakai kalender lain (mis. libur daerah yang belum ada di berkas libur), samakan kalendernya. Pegawai ditahan.`,
    en: (c) => `The summary's days add up to ${c.p.sum} (${c.p.parts}), not the employee's ${c.p.hari_kerja} working days by the calendar. Correct the summary; if it used another calendar (e.g. a local holiday missing from the libur file), align the calendars. The employee is held.`,
  },
  REKAP_ATURAN_BAYAR: {
    level: 'error',
    about: {
      id: 'Rekap bulanan menghitung hari dengan kode yang dibayar menurut aturan paket (bayar per lama hari, atau kelas tetap); rekap tidak menyebut tanggal dan kodenya, jadi pegawai ditahan.',
      en: 'A monthly summary counts days of a code the pack pays by its own rule (share by length, or a fixed kelas); a summary names no dates or codes, so the employee is held.',
    },
    id: (c) => `Paket aturan membayar hari ${c.p.codes} (kode dan jumlah hari dalam rekap) menurut aturannya sendiri, tetapi rekap bulanan hanya memberi jumlah per jenis. Kirim log harian presensi untuk pegawai ini, atau hapus aturan bayar/kelas kode itu bila memang tidak dipakai. Pegawai ditahan.`,
    en: (c) => `The rule pack pays days of ${c.p.codes} (code and days in the summary) by its own rule, but a monthly summary only gives counts per kind. Provide the daily attendance log for this employee, or remove the code's bayar/kelas rule if it does not apply. The employee is held.`,
  },
  REKAP_TERLAMBAT_TAK_TENTU: {
    level: 'error',
    about: {
      id: 'Dari rekap bulanan, hari terlambat yang dihitung sebagai TK (presensi.terlambat_per_tk) bergantung pada tanggalnya, yang tidak ada di rekap; pegawai ditahan.',
      en: 'From a monthly summary, which late days count as TK (presensi.terlambat_per_tk) depends on their dates, which the summary lacks; the employee is held.',
    },
    id: (c) => `Setiap ${c.p.per_tk} hari terlambat dihitung satu TK, tetapi rekap ini memuat hari terlambat dengan persen potongan berbeda dan tidak semuanya menjadi TK: potongannya bergantung pada urutan tanggal yang tidak ada di rekap. Kirim log harian presensi pegawai ini. Pegawai ditahan.`,
    en: (c) => `Every ${c.p.per_tk} late days count as one TK, but this summary has late days with different deductions and not all of them become TK: the deduction depends on their order by date, which the summary lacks. Provide the daily attendance log for this employee. The employee is held.`,
  },
  HUKDIS_PERSEN_PECAHAN: {
    level: 'error',
    about: { id: 'Persen hukuman disiplin di bawah 1 (mis. 0,25): mungkin maksudnya 25%; pegawai ditahan.', en: 'A sanction percentage below 1 (e.g. 0.25): perhaps 25% was meant; the employee is held.' },
    id: (c) => `Persen potongan ${q(c.value)} di bawah 1%. Bila maksudnya ${c.p.guess}%, tulis ${c.p.guess}; kolom persen berisi angka 0..100, bukan pecahan.`,
    en: (c) => `Cut ${q(c.value)} is below 1%. If ${c.p.guess}% was meant, write ${c.p.guess}; the persen column holds 0..100, not a fraction.`,
  },
  HUKDIS_TIDAK_SESUAI_JENIS: {
    level: 'error',
    about: {
      id: 'Persen atau lama bulan di baris hukdis berbeda dengan jenis hukumannya di paket aturan (hukdis.jenis); pegawai ditahan.',
      en: 'A sanction row\'s percent or months differ from its type in the rule pack (hukdis.jenis); the employee is held.',
    },
    id: (c) => `Jenis ${c.p.jenis} di paket aturan: ${c.p.tabel}, baris ini menulis ${c.p.baris}. Tidak diketahui mana yang sesuai SK hukuman; pegawai ditahan. Perbaiki baris (atau kosongkan agar nilai paket dipakai) atau paket aturannya.`,
    en: (c) => `Type ${c.p.jenis} in the rule pack: ${c.p.tabel}, this row says ${c.p.baris}. Which one the sanction decree says is not known; the employee is held. Correct the row (or leave it empty to use the pack's value) or the rule pack.`,
  },
  HUKDIS_JENIS_TIDAK_DIKENAL: {
    level: 'error',
    about: {
      id: 'Baris hukdis tanpa persen atau lama bulan dan jenisnya tidak ada di hukdis.jenis paket aturan; pegawai ditahan.',
      en: 'A sanction row without percent or months whose type is not in the rule pack\'s hukdis.jenis; the employee is held.',
    },
    id: (c) => `Jenis hukuman ${q(c.value)} tidak ada di hukdis.jenis paket aturan, dan baris ini tidak memuat persen atau lama_bulan. Isi keduanya, atau tambahkan jenis ini (atau aliasnya) ke paket; pegawai ditahan.`,
    en: (c) => `Sanction type ${q(c.value)} is not in the rule pack's hukdis.jenis, and this row lacks persen or lama_bulan. Fill both in, or add the type (or an alias) to the pack; the employee is held.`,
  },
  PLT_TANGGAL_TERBALIK: {
    level: 'error',
    about: { id: 'tmt_mulai jabatan Plt/Plh sesudah tmt_selesai; pegawai ditahan.', en: 'An acting post\'s tmt_mulai is after its tmt_selesai; the employee is held.' },
    id: (c) => `tmt_mulai ${c.p.mulai} sesudah tmt_selesai ${c.p.selesai}. Perbaiki salah satu tanggal; pegawai ditahan sampai jelas.`,
    en: (c) => `tmt_mulai ${c.p.mulai} is after tmt_selesai ${c.p.selesai}. Correct one of the dates; the employee is held until then.`,
  },
  PLT_PAGU_TIDAK_ADA: {
    level: 'error',
    about: { id: 'Pagu TPP jabatan Plt/Plh tidak dapat ditentukan (tanpa tpp_pagu, dan kelas_jabatan kosong atau tanpa tpp.pagu_per_kelas); pegawai ditahan.', en: 'The acting post\'s TPP ceiling cannot be determined (no tpp_pagu, and no kelas_jabatan or no tpp.pagu_per_kelas for it); the employee is held.' },
    id: (c) => `Pagu TPP jabatan ${c.p.jenis} tidak dapat ditentukan: ${c.p.kelas ? `kelas ${c.p.kelas} tidak ada di tpp.pagu_per_kelas` : 'tpp_pagu dan kelas_jabatan kosong'}. Isi tpp_pagu jabatan yang dirangkap (rupiah penuh) atau kelas_jabatan-nya; pegawai ditahan sampai jelas.`,
    en: (c) => `The ${c.p.jenis} post's TPP ceiling cannot be determined: ${c.p.kelas ? `kelas ${c.p.kelas} is not in tpp.pagu_per_kelas` : 'tpp_pagu and kelas_jabatan are empty'}. Fill the acting post's tpp_pagu (whole rupiah) or its kelas_jabatan; the employee is held until then.`,
  },
  PLT_TANPA_ATURAN: {
    level: 'error',
    about: { id: 'Ada jabatan Plt/Plh di periode ini tetapi paket aturan tidak mengatur pembayarannya (tpp.plt); pegawai ditahan.', en: 'An acting post in this period, but the rule pack says nothing of its pay (tpp.plt); the employee is held.' },
    id: (c) => `${c.p.jenis} ${c.p.mulai} s.d. ${c.p.selesai} mengenai periode ini, tetapi paket aturan tidak memuat tpp.plt, jadi tambahan TPP-nya tidak dapat dihitung. Isi tpp.plt di paket aturan sesuai Perkada (mis. { cara: tambahan_persen, persen: 20, minimal_hari: 1, jenis: [Plt] }); pegawai ditahan sampai jelas.`,
    en: (c) => `${c.p.jenis} ${c.p.mulai} to ${c.p.selesai} touches this period, but the rule pack has no tpp.plt, so its TPP cannot be computed. Set tpp.plt in the rule pack as the Perkada says (e.g. { cara: tambahan_persen, persen: 20, minimal_hari: 1, jenis: [Plt] }); the employee is held until then.`,
  },
  PLT_TUMPANG_TINDIH: {
    level: 'error',
    about: { id: 'Dua masa Plt/Plh satu pegawai bertumpang tindih; pegawai ditahan.', en: 'Two acting periods of one employee overlap; the employee is held.' },
    id: (c) => `Masa ${c.p.a} (baris ${c.p.row_a}) dan ${c.p.b} (baris ${c.p.row_b}) bertumpang tindih; tidak jelas mana yang dibayar. Perbaiki tanggalnya atau hapus salah satu baris; pegawai ditahan sampai jelas.`,
    en: (c) => `Acting periods ${c.p.a} (row ${c.p.row_a}) and ${c.p.b} (row ${c.p.row_b}) overlap; which one is paid is unclear. Correct the dates or remove one row; the employee is held until then.`,
  },
  PLT_HARI_TIDAK_PASTI: {
    level: 'error',
    about: { id: 'Pegawai dengan jabatan Plt/Plh juga punya hari tidak dibayar atau dibayar sebagian; hari Plt yang dibayar tidak pasti, pegawai ditahan.', en: 'An employee with an acting post also has unpaid or partly paid days; the paid acting days are uncertain, the employee is held.' },
    id: () => 'Pegawai ini menjabat Plt/Plh dan juga punya hari yang tidak dibayar atau dibayar sebagian (kode presensi dengan efek tidak_dibayar atau aturan bayar); kinerja tidak menebak hari mana yang mengurangi tambahan Plt. Hitung tambahan Plt secara manual atau sesuaikan tanggal Plt; pegawai ditahan.',
    en: () => 'This employee holds an acting post and also has unpaid or partly paid days (attendance codes with effect tidak_dibayar or a pay rule); kinerja does not guess which of them reduce the acting addition. Work the acting addition out by hand or adjust the acting dates; the employee is held.',
  },
  PLT_SEGMEN: {
    level: 'error',
    about: { id: 'Pegawai dengan jabatan Plt/Plh juga pindah jabatan/pagu/status di bulan yang sama; tambahan Plt tidak dihitung dengan tebakan, pegawai ditahan.', en: 'An employee with an acting post also changed post/ceiling/status within the month; the acting addition is not computed on a guess, the employee is held.' },
    id: () => 'Pegawai ini menjabat Plt/Plh dan juga mutasi (segmen) dalam bulan yang sama: pagu sendiri yang menjadi pembanding tambahan Plt berubah di tengah bulan. Hitung tambahan Plt secara manual (atau pisahkan periodenya); pegawai ditahan.',
    en: () => 'This employee holds an acting post and also changed post (segments) within the month: the own ceiling the acting addition is measured against changes mid-month. Work the acting addition out by hand (or split the period); the employee is held.',
  },
  RUPIAH_TIDAK_VALID: {
    level: 'error',
    about: { id: 'Nilai rupiah yang tidak dapat dibaca pasti (persen, "7.000" yang bisa berarti 7 atau 7000, sen, atau satuan selain juta/jt/ribu/rb); pegawai ditahan.', en: 'A rupiah value that cannot be read for certain (a percentage, "7.000" that can mean 7 or 7000, cents, or a unit word other than juta/jt/ribu/rb); the employee is held.' },
    id: (c) => `${q(c.value)} di kolom ${c.column} bukan nilai rupiah yang pasti (${c.p.reason_id}). Tulis rupiah penuh tanpa tanda pemisah, mis. 7000000.`,
    en: (c) => `${q(c.value)} in column ${c.column} is not a certain rupiah amount (${c.p.reason_en}). Write the full amount without separators, e.g. 7000000.`,
  },
  PAGU_TIDAK_WAJAR: {
    level: 'error',
    about: { id: 'Pagu TPP 0 atau di luar rentang wajar paket (tpp.pagu_wajar); pegawai ditahan.', en: 'A TPP ceiling of 0 or outside the pack\'s plausible range (tpp.pagu_wajar); the employee is held.' },
    id: (c) => `Pagu TPP Rp ${rp(c.p.amount, 'id')} (dari ${c.p.source_id}${c.value !== '' && c.p.source_id === 'kolom tpp_pagu' ? `, tertulis ${q(c.value)}` : ''}) di luar rentang wajar Rp ${rp(c.p.min, 'id')} .. Rp ${rp(c.p.max, 'id')} (tpp.pagu_wajar); pegawai ditahan. Periksa angkanya (rupiah penuh, mis. 5000000); pegawai yang tidak menerima TPP diberi keterangan_tpp, dan rentang yang memang berbeda diatur di paket aturan.`,
    en: (c) => `TPP ceiling Rp ${rp(c.p.amount, 'en')} (from ${c.p.source_en}${c.value !== '' && c.p.source_id === 'kolom tpp_pagu' ? `, written ${q(c.value)}` : ''}) is outside the plausible range Rp ${rp(c.p.min, 'en')} .. Rp ${rp(c.p.max, 'en')} (tpp.pagu_wajar); the employee is held. Check the amount (whole rupiah, e.g. 5000000); an employee who gets no TPP needs a keterangan_tpp, and a genuinely different range is set in the rule pack.`,
  },
  HUKDIS_NIP_TIDAK_DIKENAL: {
    level: 'error',
    about: { id: 'NIP di register hukuman disiplin tidak ada di data pegawai: hukuman tidak dapat diterapkan.', en: 'A NIP in the sanctions register is not in the staff file: the sanction cannot be applied.' },
    id: (c) =>
      `NIP ${q(c.value)} di register hukdis tidak ada di data pegawai, jadi hukumannya tidak dapat diterapkan.${
        c.p.closest
          ? ` NIP terdekat: ${c.p.closest}; hukuman ini mungkin miliknya, jadi ia ditahan sampai jelas.`
          : ' Tidak ada NIP yang mirip di data pegawai, jadi tidak ada pegawai yang ditahan, tetapi proses berakhir dengan kode keluar 1.'
      } Perbaiki NIP-nya (atau hapus baris bila pegawainya sudah tidak ada), lalu jalankan lagi.`,
    en: (c) =>
      `NIP ${q(c.value)} in the sanctions register is not in the staff file, so the sanction cannot be applied.${
        c.p.closest
          ? ` Closest NIP: ${c.p.closest}; the sanction may be theirs, so they are held until resolved.`
          : ' No similar NIP is in the staff file, so nobody is held, but the run ends with exit code 1.'
      } Correct the NIP (or remove the row if the employee has left) and run again.`,
  },
  NIP_TIDAK_DIKENAL_UBAH_BAYAR: {
    level: 'error',
    about: { id: 'NIP baris mutasi atau Plt/Plh yang berlaku bulan ini tidak ada di data pegawai: perubahan bayarnya tidak dapat diterapkan; NIP terdekat ditahan.', en: 'The NIP of a transfer or acting-post row in force this month is not in the staff file: its pay change cannot be applied; the closest NIP is held.' },
    id: (c) =>
      `NIP ${q(c.value)} di berkas ${c.p.input} tidak ada di data pegawai, jadi ${c.p.input === 'mutasi' ? 'mutasinya' : 'jabatan Plt/Plh-nya'} tidak dapat diterapkan.${
        c.p.closest
          ? ` NIP terdekat: ${c.p.closest}; baris ini mungkin miliknya (salah ketik), jadi ia ditahan sampai jelas.`
          : ' Tidak ada NIP yang mirip di data pegawai, jadi tidak ada pegawai yang ditahan, tetapi proses berakhir dengan kode keluar 1.'
      } Perbaiki NIP-nya (atau hapus baris bila pegawainya tidak dinilai di sini), lalu jalankan lagi.`,
    en: (c) =>
      `NIP ${q(c.value)} in the ${c.p.input} file is not in the staff file, so its ${c.p.input === 'mutasi' ? 'transfer' : 'acting post'} cannot be applied.${
        c.p.closest
          ? ` Closest NIP: ${c.p.closest}; the row may be theirs (a typo), so they are held until resolved.`
          : ' No similar NIP is in the staff file, so nobody is held, but the run ends with exit code 1.'
      } Correct the NIP (or remove the row if the employee is not appraised here) and run again.`,
  },
  PENILAI_NIP_TIDAK_VALID: {
    level: 'error',
    about: { id: 'NIP penilai bukan NIP yang sah; pegawai yang dinilai ditahan.', en: 'A rater NIP that is not a valid NIP; the rated employee is held.' },
    id: (c) => `NIP penilai ${q(c.value)} tidak sah (${c.p.reason_id}), jadi tidak jelas siapa yang menilai; pegawai yang dinilai ditahan. Perbaiki NIP penilai (18 digit, kolom berformat Teks) atau kosongkan bila memang tidak ada.`,
    en: (c) => `Rater NIP ${q(c.value)} is not valid (${c.p.reason_en}), so who rated is unclear; the rated employee is held. Correct it (18 digits, a Text-formatted column) or leave it empty if there is none.`,
  },
  NIP_KOSONG_LANJUTAN: {
    level: 'error',
    about: { id: 'Baris tanpa NIP di bawah baris seorang pegawai, di berkas yang tidak menulis NIP sekali per blok; pegawai di atasnya ditahan.', en: 'A row without a NIP below an employee\'s row, in a file that does not print the NIP once per block; the employee above is held.' },
    id: (c) => `${c.p.rows ?? 1} baris tanpa NIP (mulai baris ini); mungkin lanjutan ${c.p.above} di atasnya, tetapi berkas ini tidak konsisten menulis NIP sekali per blok${c.p.why_id ? ` (${c.p.why_id})` : ''}, jadi baris itu tidak dipakai. Isi NIP-nya di setiap baris${c.p.held === 'ya' ? `; pegawai ${c.p.above} ditahan` : ''}.`,
    en: (c) => `${c.p.rows ?? 1} row(s) without a NIP (from this row); they may continue ${c.p.above} above, but this file does not consistently print the NIP once per block${c.p.why_en ? ` (${c.p.why_en})` : ''}, so they are not used. Fill in the NIP on every row${c.p.held === 'ya' ? `; employee ${c.p.above} is held` : ''}.`,
  },
  BERKAS_BERTENTANGAN: {
    level: 'error',
    about: { id: 'Dua berkas memuat data yang sama (kunci sama) dengan nilai berbeda; pegawai ditahan.', en: 'Two files hold the same record (same key) with different values; the employee is held.' },
    id: (c) => `${c.p.key} ada di ${c.p.files} dengan nilai berbeda. Sisakan satu versi (mis. hapus berkas lama atau salinan), lalu jalankan lagi.`,
    en: (c) => `${c.p.key} is in ${c.p.files} with different values. Keep one version (e.g. remove the old file or the copy) and run again.`,
  },
  BARIS_KOLOM_BERLEBIH: {
    level: 'error',
    about: {
      id: 'Baris berkas teks berisi nilai di kanan kolom berjudul terakhir: sebuah nilai kemungkinan terpotong oleh pemisah (mis. 336,000 atau "Budi Santoso, S.Kom" tanpa tanda kutip di berkas berpemisah koma); pegawainya ditahan.',
      en: 'A text file row has a value right of its last headed column: a value was probably split on the separator (e.g. 336,000 or "Budi Santoso, S.Kom" unquoted in a comma file); the employee is held.',
    },
    id: (c) =>
      `Baris ini berisi nilai ${q(c.value)} di kolom ${c.p.kolom}, di kanan kolom berjudul terakhir. Kemungkinan sebuah nilai memuat pemisah berkas tanpa tanda kutip (angka 336,000, nama bergelar "Budi Santoso, S.Kom", nama unit dengan koma), sehingga terpotong dan sel sesudahnya bergeser ke kanan: isi baris ini tidak pasti. Beri tanda kutip pada nilai itu ("Budi Santoso, S.Kom"), tulis angka tanpa pemisah ribuan (336000), hapus catatan yang diketik di luar tabel, atau beri judul pada kolom itu bila memang berisi data, lalu jalankan lagi.`,
    en: (c) =>
      `This row holds the value ${q(c.value)} in column ${c.p.kolom}, right of the last headed column. A value probably contains the file's separator without quotes (an amount 336,000, a name with a title "Budi Santoso, S.Kom", a unit name with a comma), so it was split and the cells after it shifted right: this row's contents are not certain. Quote that value ("Budi Santoso, S.Kom"), write numbers without thousand separators (336000), delete notes typed outside the table, or give that column a header if it really holds data, and run again.`,
  },
  BARIS_TERGESER: {
    level: 'error',
    stops: true,
    about: {
      id: 'Baris berkas teks yang selnya bergeser (nilai terpotong oleh pemisah) tetapi tidak dapat dikaitkan dengan pasti ke seorang pegawai, atau lebih lebar dari judul dan baris lain; proses dihentikan.',
      en: 'Text file rows whose cells shifted (a value split on the separator) that cannot be tied to an employee with certainty, or are wider than the header and the other rows; the run stops.',
    },
    id: (c) =>
      `Baris ${c.p.baris}: selnya bergeser, kemungkinan karena sebuah nilai memuat pemisah berkas tanpa tanda kutip (mis. "Budi Santoso, S.Kom" atau 4,200,000), sehingga terpotong menjadi dua sel. ${c.p.tanpa_nip ? 'Baris berkas ini berlaku bukan untuk satu pegawai (mis. hari libur atau unit), jadi semua pegawai bisa terkena.' : 'Baris itu lebih lebar dari judul dan baris lain (' + String(c.p.lebar) + ' sel), atau kolom NIP-nya tidak lagi berisi NIP, jadi tidak pasti milik siapa.'} Beri tanda kutip pada nilai yang memuat pemisah, tulis angka tanpa pemisah ribuan, atau hapus catatan di luar tabel, lalu jalankan lagi.`,
    en: (c) =>
      `Rows ${c.p.baris}: their cells shifted, probably because a value contains the file's separator without quotes (e.g. "Budi Santoso, S.Kom" or 4,200,000) and was split in two cells. ${c.p.tanpa_nip ? "This file's rows are not about one employee (e.g. holidays or units), so everyone may be affected." : 'The row is wider than the header and the other rows (' + String(c.p.lebar) + ' cells), or its NIP column no longer holds a NIP, so whose row it is is not certain.'} Quote values containing the separator, write numbers without thousand separators, or delete notes outside the table, and run again.`,
  },
  BARIS_TERGABUNG: {
    level: 'error',
    about: { id: 'Beberapa baris fisik terbaca sebagai satu baris (tanda kutip lepas atau akhir baris campur); pegawai di dalamnya ditahan.', en: 'Several physical lines were read as one record (a stray quote or mixed line endings); the employees in them are held.' },
    id: (c) => `Baris fisik ${c.p.lines} terbaca sebagai satu baris karena ${c.p.why_id}. Hapus tanda kutip yang lepas (") lalu simpan ulang berkas; pegawai yang barisnya ada di situ ditahan.`,
    en: (c) => `Physical lines ${c.p.lines} were read as one record because of ${c.p.why_en}. Remove the stray quote (") and save the file again; the employees with rows there are held.`,
  },

  STATUS_KOSONG: {
    level: 'error',
    about: { id: 'Status kepegawaian kosong padahal TMT CPNS di NIP baru (kurang dari 2 tahun): mungkin masih CPNS, yang TPP-nya lebih kecil.', en: 'No employment status, while the NIP\'s CPNS start is recent (under 2 years): possibly still a CPNS, whose TPP is lower.' },
    id: (c) => `Status kosong, dan NIP menunjukkan TMT CPNS ${c.p.tmt}: mungkin masih CPNS (faktor TPP berbeda dari PNS). Isi kolom status (PNS atau CPNS); pegawai ditahan sampai jelas.`,
    en: (c) => `No status, and the NIP shows a CPNS start of ${c.p.tmt}: possibly still a CPNS (a different TPP factor than PNS). Fill the status column (PNS or CPNS); the employee is held until then.`,
  },

  // --- certain repairs and notices ----------------------------------------------------------------
  KOLOM_TIDAK_DIKENAL: {
    level: 'info',
    about: { id: 'Judul kolom yang tidak dipetakan ke field mana pun (dicantumkan per berkas).', en: 'Header cells that map to no field (listed per file).' },
    id: (c) => `Kolom yang tidak dipakai: ${c.p.columns}. Bila salah satunya seharusnya dipakai, ganti judulnya sesuai nama yang dikenal atau petakan di masukan.kolom paket aturan.`,
    en: (c) => `Columns not used: ${c.p.columns}. If one of them should be used, rename it to a known header or map it under masukan.kolom in the rule pack.`,
    foldPerFile: true,
  },
  NIP_DIRAPIKAN: {
    level: 'info',
    about: { id: 'NIP dirapikan dengan pasti (karakter tak terlihat, spasi, titik, tanda hubung, ".0" di belakang, penanda teks Excel ="…").', en: 'A NIP tidied with certainty (invisible characters, spaces, dots, hyphens, a trailing ".0", the Excel text marker ="…").' },
    id: (c) => `NIP ${q(c.value)} dibaca sebagai ${c.p.nip} (${c.p.what_id}).`,
    en: (c) => `NIP ${q(c.value)} read as ${c.p.nip} (${c.p.what_en}).`,
  },
  NIP_LANJUTAN: {
    level: 'info',
    about: { id: 'Baris tanpa NIP diambil sebagai milik pegawai di atasnya (berkas menulis NIP sekali per blok).', en: 'Rows without a NIP taken as the employee above (the file prints the NIP once per block).' },
    id: (c) => `Berkas ini menulis NIP sekali di awal setiap blok (sel gabungan): ${c.p.rows} baris tanpa NIP di ${c.p.blocks} blok dibaca sebagai milik pegawai di atasnya (yang pertama: baris ini, NIP ${c.p.above}).`,
    en: (c) => `This file prints the NIP once at the start of each block (merged cells): ${c.p.rows} row(s) without a NIP in ${c.p.blocks} block(s) are read as the employee above (the first: this row, NIP ${c.p.above}).`,
  },
  BERKAS_KEMBAR: {
    level: 'peringatan',
    about: { id: 'Salinan yang isinya persis sama dengan berkas lain diabaikan.', en: 'A copy byte-identical to another file is ignored.' },
    id: (c) => `Berkas ini sama persis dengan ${c.p.same}; diabaikan (tidak dibaca dua kali). Hapus salinannya.`,
    en: (c) => `This file is identical to ${c.p.same}; it is ignored (not read twice). Remove the copy.`,
  },
  KALENDER_NASIONAL_TIDAK_ADA: {
    level: 'peringatan',
    about: { id: 'Paket aturan tidak memuat hari libur nasional untuk tahun periode ini.', en: 'The rule pack has no national holidays for the period\'s year.' },
    id: (c) => `Paket aturan tidak memuat libur nasional dan cuti bersama tahun ${c.p.year}; hanya libur dari paket dan berkas libur yang dipakai. Tambahkan libur tahun itu (kalender.nasional atau berkas libur).`,
    en: (c) => `The rule pack has no national holidays or cuti bersama for ${c.p.year}; only the pack's and the libur file's holidays are used. Add that year's holidays (kalender.nasional or a libur file).`,
  },
  HARI_DIAKUI: {
    level: 'info',
    about: { id: 'Hari kerja tanpa (cukup) catatan presensi yang diakui pengguna; dihitung menurut presensi.hari_tanpa_data.', en: 'Working days without (enough) attendance records, acknowledged by the user; counted by presensi.hari_tanpa_data.' },
    id: (c) => `Hari ${c.p.dates} diakui tanpa presensi (${c.p.source}); yang tanpa catatan dihitung ${c.p.code}.`,
    en: (c) => `Day(s) ${c.p.dates} acknowledged as without attendance (${c.p.source}); those without a record count as ${c.p.code}.`,
  },
  TEKS_TERPOTONG: {
    level: 'info',
    about: { id: 'Teks sel lebih dari 32.767 karakter (batas Excel) dipotong.', en: 'Cell text over 32,767 characters (Excel\'s limit) is cut.' },
    id: (c) => `Teks di kolom ${c.column} panjangnya ${c.p.length} karakter; dipotong menjadi ${c.p.max} (batas satu sel Excel). Periksa isi sel itu.`,
    en: (c) => `The text in column ${c.column} is ${c.p.length} characters long; cut to ${c.p.max} (the limit of one Excel cell). Check that cell.`,
  },
  BARIS_AKHIR_CAMPUR: {
    level: 'info',
    about: { id: 'Berkas memakai dua jenis akhir baris (CRLF dan LF); keduanya dibaca sebagai akhir baris.', en: 'A file uses two kinds of line ending (CRLF and LF); both are read as line ends.' },
    id: () => 'Berkas memakai akhir baris campuran (CRLF dan LF, mis. baris ditambahkan dengan editor lain); semuanya dibaca sebagai akhir baris.',
    en: () => 'The file mixes line endings (CRLF and LF, e.g. rows appended in another editor); all are read as line ends.',
    foldPerFile: true,
  },

  // --- input file discovery ----------------------------------------------------------------------
  XLS_DIBACA_TEKS: {
    level: 'info',
    about: { id: 'Berkas bernama .xls yang isinya teks CSV/TSV (ekspor aplikasi) dibaca sebagai teks.', en: 'A file named .xls that holds CSV/TSV text (an application export) is read as text.' },
    id: () => 'Berkas ini bernama .xls tetapi isinya tabel teks (CSV/TSV), bukan Excel; dibaca sebagai teks seperti .csv. Sebaiknya ganti ekstensinya menjadi .csv.',
    en: () => 'This file is named .xls but holds a text table (CSV/TSV), not Excel; it is read as text like a .csv. Consider renaming it to .csv.',
  },

  // --- NIPs in every input, continuation rows, cross-file duplicates ----------------------------
  BARIS_SAMA_BERKAS_LAIN: {
    level: 'peringatan',
    about: {
      id: 'Baris capaian/perilaku yang sama persis sudah ada di berkas lain; salinannya diabaikan (tidak dihitung dua kali).',
      en: 'A capaian/perilaku record identical to one in another file; the copy is ignored (not counted twice).',
    },
    id: (c) => `${c.p.key} sama persis dengan yang ada di ${c.p.other}; baris ini diabaikan (tidak dihitung dua kali). Hapus salinan atau berkas lamanya.`,
    en: (c) => `${c.p.key} is identical to the one in ${c.p.other}; this row is ignored (not counted twice). Remove the copy or the old file.`,
  },

  // --- dates whose day/month order the file never settles ----------------------------------------
  TANGGAL_AMBIGU: {
    level: 'error',
    about: {
      id: 'Tanggal seperti 08/01/2026 di kolom yang urutan hari/bulannya tidak dapat dipastikan, dan kedua bacaan memberi hasil berbeda untuk periode ini; pegawai ditahan.',
      en: 'A date such as 08/01/2026 in a column whose day/month order cannot be settled, and the two readings give different results for this period; the employee is held.',
    },
    id: (c) =>
      `${q(c.value)} dapat dibaca ${namedDate(c.p.dmy, 'id')} (hari/bulan) atau ${namedDate(c.p.mdy, 'id')} (bulan/hari, komputer berpengaturan AS); tidak ada tanggal lain di kolom ${c.column} yang memastikan urutannya, ` +
      `dan kedua bacaan berbeda akibatnya: ${c.p.effect_id}. Tulis tanggal yang dimaksud dengan tahun di depan atau nama bulan, mis. bila maksudnya ${namedDate(c.p.mdy, 'id')}: ${c.p.mdy} atau ${namedDate(c.p.mdy, 'id')}.`,
    en: (c) =>
      `${q(c.value)} can read as ${namedDate(c.p.dmy, 'en')} (day/month) or ${namedDate(c.p.mdy, 'en')} (month/day, US-locale PC); no other date in column ${c.column} settles the order, ` +
      `and the two readings differ in effect: ${c.p.effect_en}. Write the date meant with the year first or the month's name, e.g. if ${namedDate(c.p.mdy, 'en')} is meant: ${c.p.mdy} or ${namedDate(c.p.mdy, 'id')}.`,
  },
  // --- daily activity reports (aktivitas) ---------------------------------------------------------
  AKTIVITAS_BARIS: {
    level: 'error',
    about: { id: 'Baris aktivitas yang tidak jelas (tanggal dan bulan, menit dan poin, atau satuan lain dari paket aturan); baris ditolak, pegawai ditahan.', en: 'An unclear activity row (both tanggal and bulan, both menit and poin, or another unit than the rule pack\'s); row rejected, employee held.' },
    id: (c) => `Baris aktivitas tidak jelas: ${c.p.reason_id}. Perbaiki barisnya.`,
    en: (c) => `Unclear activity row: ${c.p.reason_en}. Correct the row.`,
  },
  AKTIVITAS_LUAR_MASA_KERJA: {
    level: 'peringatan',
    about: { id: 'Aktivitas bertanggal sebelum tmt_masuk atau sesudah tmt_keluar pegawai tidak dihitung.', en: 'Activity dated before the employee\'s tmt_masuk or after tmt_keluar is not counted.' },
    id: (c) => `Aktivitas tanggal ${c.p.date} di luar masa kerja pegawai (tmt_masuk/tmt_keluar); tidak dihitung, karena targetnya hanya hari kerja masa kerjanya. Periksa tanggal atau tmt pegawai.`,
    en: (c) => `Activity dated ${c.p.date} is outside the employee's service (tmt_masuk/tmt_keluar); not counted, as the target covers only their service days. Check the date or the employee's tmt.`,
  },
  AKTIVITAS_LUAR_PERIODE: {
    level: 'info',
    about: { id: 'Aktivitas yang tanggal atau bulannya di luar periode; baris diabaikan.', en: 'An activity dated outside the period; row ignored.' },
    id: (c) => `${q(c.value)} di luar periode ${c.p.period}; baris diabaikan.`,
    en: (c) => `${q(c.value)} is outside the period ${c.p.period}; row ignored.`,
  },
  AKTIVITAS_TIDAK_DISETUJUI: {
    level: 'info',
    about: { id: 'Aktivitas yang tidak disetujui atasan: dihitung sebagai dilaporkan, tetapi tidak menambah realisasi.', en: 'An activity the supervisor did not approve: counted as reported, but not added to the realised amount.' },
    id: () => 'Aktivitas tidak disetujui atasan; tidak menambah realisasi aktivitas.',
    en: () => 'Activity not approved by the supervisor; not added to the realised activity.',
  },
  AKTIVITAS_CAMPUR: {
    level: 'error',
    about: { id: 'Pegawai dengan total bulanan di samping baris harian (atau dua total bulanan): pekerjaan yang sama mungkin terhitung dua kali; pegawai ditahan.', en: 'An employee with a monthly total beside daily rows (or two monthly totals): the same work may count twice; employee held.' },
    id: (c) => `Aktivitas pegawai ini berisi ${c.p.harian} baris harian dan ${c.p.bulanan} total bulanan; mana yang dimaksud tidak dapat dipastikan. Sisakan satu bentuk saja.`,
    en: (c) => `This employee's activity has ${c.p.harian} daily row(s) and ${c.p.bulanan} monthly total(s); which is meant cannot be settled. Keep one form only.`,
  },
  PAGU_TIDAK_PASTI: {
    level: 'error',
    about: { id: 'Pagu TPP dari tabel tpp.pagu tidak pasti: dua baris sama spesifik cocok, atau baris yang berlaku berubah di tengah bulan; pegawai ditahan.', en: 'The TPP ceiling from the tpp.pagu table is uncertain: two equally specific rows match, or the row in force changes within the month; the employee is held.' },
    id: (c) =>
      c.p.alasan === 'sama_spesifik'
        ? `Kelas ${c.p.kelas}: ${c.p.rows} sama-sama cocok dan sama spesifik; pagu mana yang dimaksud tidak dapat dipastikan. Perjelas tabel tpp.pagu (jenis_jabatan atau unit) atau isi tpp_pagu pegawai.`
        : `Kelas ${c.p.kelas}: ${c.p.rows} mulai atau berakhir di tengah bulan; pagu bulan ini tidak dapat dipastikan. Mulai baris pada tanggal 1, atau isi tpp_pagu pegawai.`,
    en: (c) =>
      c.p.alasan === 'sama_spesifik'
        ? `Class ${c.p.kelas}: ${c.p.rows} both match and are equally specific; which ceiling is meant cannot be settled. Make the tpp.pagu table precise (jenis_jabatan or unit) or fill the employee's tpp_pagu.`
        : `Class ${c.p.kelas}: ${c.p.rows} starts or ends within the month; this month's ceiling cannot be settled. Start rows on the 1st, or fill the employee's tpp_pagu.`,
  },
  AKTIVITAS_TIDAK_ADA: {
    level: 'error',
    about: { id: 'Pegawai aktif tanpa satu pun baris aktivitas di periode ini, padahal paket aturan membayar komponen atas aktivitas; ditahan, bukan dibayar 0.', en: 'An active employee without any activity row in the period while the rule pack pays a component on activity; held, not paid 0.' },
    id: () => 'Tidak ada satu pun baris aktivitas untuk pegawai ini di periode ini. Periksa apakah ekspor aktivitas harian lengkap.',
    en: () => 'No activity row at all for this employee in the period. Check that the daily activity export is complete.',
  },
} satisfies Record<string, CodeDefinition>;

/** A stable finding code. */
export type FindingCode = keyof typeof CATALOG;

/** All codes with their definitions (drives the README table). */
export const FINDING_CODES: Readonly<Record<FindingCode, CodeDefinition>> = CATALOG;

/** One finding, as written to `validasi.csv` (SPEC §2.3). */
export interface Finding {
  level: Level;
  code: FindingCode;
  /** File name, empty for run-level findings. */
  file: string;
  /** 1-based row as a spreadsheet shows it; undefined when not about one row. */
  row?: number;
  /** Header as written in the file, or `kolom N`. */
  column?: string;
  /** The offending value (at most 80 characters, accounts masked). */
  value?: string;
  nip?: string;
  /** How many rows this finding stands for. */
  count: number;
  params: Params;
}

/** What a reader or input module reports; level defaults to the code's level. */
export type FindingInput = Omit<Finding, 'count' | 'level' | 'params'> & { level?: Level; params?: Params };

const MAX_VALUE = 80;
/** Distinct lines of one code in one file before the rest fold into one line (with its count). */
const MAX_LINES_PER_CODE_AND_FILE = 1000;

/** What is lost when a staff file's money column is not read. */
function moneyColumnEffect(field: unknown, lang: Lang): string {
  const effects: Record<string, { id: string; en: string }> = {
    gaji: { id: 'iuran BPJS akan dihitung seolah gaji 0', en: 'BPJS would be computed as if the wage were 0' },
    penghasilan_bruto: { id: 'PPh 21 TER akan dihitung dari gaji saja', en: 'TER income tax would be computed from gaji alone' },
    status_ptkp: { id: 'kategori TER tidak diketahui', en: 'the TER category is unknown' },
    tpp_pagu: { id: 'pagu akan diambil dari tabel kelas paket aturan, bukan dari berkas', en: "the ceiling would come from the pack's class table, not from the file" },
    nomor_rekening: { id: 'tidak ada berkas transfer bank', en: 'no bank transfer file would be written' },
    nama_bank: { id: 'tidak ada berkas transfer bank', en: 'no bank transfer file would be written' },
  };
  return effects[String(field)]?.[lang] ?? '';
}

/** Shortens a value for display (SPEC: at most 80 characters). */
function clipValue(value: string): string {
  return value.length > MAX_VALUE ? `${value.slice(0, MAX_VALUE - 1)}…` : value;
}

/** Masks an account number to its last 4 digits. */
export function maskAccount(value: string): string {
  const digits = value.replace(/\s/g, '');
  return digits.length <= 4 ? '****' : `${'*'.repeat(Math.min(digits.length - 4, 12))}${digits.slice(-4)}`;
}

/** Masks a NIK or NPWP for screens: the first and last 4 digits kept (`3201********0001`). */
export function maskIdentity(value: string): string {
  const text = value.replace(/\s/g, '');
  return text.length <= 8 ? '*'.repeat(text.length) : `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
}

/** An account, NIK or NPWP as its digits: without the spaces, dots and dashes it is often written with. */
export function groupedDigits(text: string): string {
  return text.replace(/[\s.-]/g, '');
}

/** A cell shown in a finding: a run of 8 or more digits (an account, a NIK) masked as everywhere on screens. */
export function maskLongDigits(text: string): string {
  return /^\d{8,}$/.test(groupedDigits(text)) ? maskIdentity(text) : text;
}

/** Whether findings of this code stop the run (exit 2, only the validation report written). */
export function stopsRun(code: FindingCode): boolean {
  return (CATALOG[code] as CodeDefinition).stops === true;
}

/** The message of a finding in the chosen language. */
export function findingMessage(f: Finding, lang: Lang): string {
  const def = CATALOG[f.code] as CodeDefinition;
  const ctx: MessageContext = { value: f.value ?? '', column: f.column ?? '', p: f.params };
  return lang === 'en' ? def.en(ctx) : def.id(ctx);
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** SPEC §2.3 order: berkas, baris, kolom, kode (code-point order; run-level findings first). */
function compareFindings(a: Finding, b: Finding): number {
  return (
    byCodePoint(a.file, b.file) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    byCodePoint(a.column ?? '', b.column ?? '') ||
    byCodePoint(a.code, b.code) ||
    byCodePoint(a.nip ?? '', b.nip ?? '') ||
    byCodePoint(a.value ?? '', b.value ?? '')
  );
}

/**
 * Collects findings for a run, folding repeats of one code for one NIP in one file into a single
 * finding with a count (memory grows with employees, not rows), and tracks who is held.
 */
export class FindingCollector {
  private readonly folded = new Map<string, Finding>();
  private readonly held = new Map<string, Set<FindingCode>>();
  private readonly codesByNip = new Map<string, Map<FindingCode, Level>>();
  private stopLines = 0;
  /** Distinct finding lines per code and file, to fold the rest past MAX_LINES_PER_CODE_AND_FILE. */
  private readonly linesPerFile = new Map<string, number>();

  /** Records a finding. */
  add(input: FindingInput): void {
    const def = CATALOG[input.code] as CodeDefinition;
    const level = input.level ?? def.level;
    const value = input.value === undefined ? undefined : clipValue(input.value);
    const key =
      input.nip !== undefined && input.nip !== ''
        ? `${input.code}\u0000${input.file}\u0000n${input.nip}`
        : def.foldPerFile
          ? `${input.code}\u0000${input.file}`
          : `${input.code}\u0000${input.file}\u0000r${input.row ?? ''}\u0000${input.column ?? ''}\u0000${value ?? ''}`;
    const existing = this.folded.get(key);
    if (existing) {
      existing.count += 1;
      return;
    }
    const perFile = `${input.code}\u0000${input.file}`;
    const lines = (this.linesPerFile.get(perFile) ?? 0) + 1;
    this.linesPerFile.set(perFile, lines);
    if (lines > MAX_LINES_PER_CODE_AND_FILE) {
      // Memory stays flat in rows: past the limit, the rest of this code in this file is one line.
      const overflow = this.folded.get(`${perFile}\u0000…`);
      if (overflow) overflow.count += 1;
      else this.folded.set(`${perFile}\u0000…`, { code: input.code, file: input.file, level, value: '…', count: 1, params: input.params ?? {} });
      if (input.nip && level === 'error') this.hold(input.nip, input.code);
      return;
    }
    const finding: Finding = { ...input, level, value, count: 1, params: input.params ?? {} };
    if (finding.value === undefined) delete finding.value;
    this.folded.set(key, finding);
    if (def.stops) this.stopLines += 1;
    if (input.nip) {
      let codes = this.codesByNip.get(input.nip);
      if (!codes) this.codesByNip.set(input.nip, (codes = new Map<FindingCode, Level>()));
      if (!codes.has(input.code) || level === 'error') codes.set(input.code, level);
      if (level === 'error') this.hold(input.nip, input.code);
    }
  }

  /** True when a doubt about a whole file, column, day or input stops the run (exit 2). */
  get stopsRun(): boolean {
    return this.stopLines > 0;
  }

  /** Holds an employee for a reason found elsewhere (e.g. a damaged NIP that may be theirs). */
  hold(nip: string, code: FindingCode): void {
    let codes = this.held.get(nip);
    if (!codes) this.held.set(nip, (codes = new Set()));
    codes.add(code);
  }

  /** True when the employee has an error finding or was held for one. */
  isHeld(nip: string): boolean {
    return this.held.has(nip);
  }

  /** Codes that hold this employee. */
  holdCodes(nip: string): readonly FindingCode[] {
    return [...(this.held.get(nip) ?? [])];
  }

  /** Codes of the findings about this employee at the given levels. */
  codesFor(nip: string, levels: readonly Level[] = ['error', 'peringatan', 'info']): FindingCode[] {
    const codes = this.codesByNip.get(nip);
    if (!codes) return [];
    return [...codes].filter(([, level]) => levels.includes(level)).map(([code]) => code);
  }

  /** Every finding in SPEC §2.3 order. */
  sorted(): Finding[] {
    return [...this.folded.values()].sort(compareFindings);
  }

  /** Findings of one code, in report order (without sorting every other finding). */
  ofCode(code: FindingCode): Finding[] {
    return [...this.folded.values()].filter((f) => f.code === code).sort(compareFindings);
  }

  /** Findings about one employee, in report order. */
  forNip(nip: string): Finding[] {
    return this.sorted().filter((f) => f.nip === nip);
  }

  /** Number of findings (report lines) per level. */
  countByLevel(): Record<Level, number> {
    const counts: Record<Level, number> = { error: 0, peringatan: 0, info: 0 };
    for (const f of this.folded.values()) counts[f.level] += 1;
    return counts;
  }
}

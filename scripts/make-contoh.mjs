// Writes the sample agency fixtures/contoh/ (Kabupaten Contoh, October 2026) used by `kinerja demo`; deterministic (seeded PRNG), and its output is committed.
//
// Usage: node scripts/make-contoh.mjs
// Every value comes from the tables below or from the seeded generator, so a second run writes the
// same CSV files. The story of the month (who is late, who is on leave, who is rated how) is chosen
// so that the demo shows every kind of result: CPNS, PPPK, a mid-month joiner, CLTN, a TK gate,
// an active sanction, all predikat, one unit off the distribution curve, and a few warnings.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { mulberry32 } from './seeded-random.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'fixtures', 'contoh');

// ---------------------------------------------------------------------------------------------
// Seeded randomness only (scripts/seeded-random.mjs): the sample agency is the same on every run.

const rnd = mulberry32(20261001);
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (list) => list[Math.floor(rnd() * list.length)];
const chance = (p) => rnd() < p;
function shuffle(list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const pad = (n, w = 2) => String(n).padStart(w, '0');

// ---------------------------------------------------------------------------------------------
// Period: October 2026, Monday-Friday, no holidays (22 working days; 1 October is a Thursday).

const YEAR = 2026;
const MONTH = 10;
const DAYS = [];
for (let d = 1; d <= 31; d++) {
  const wd = new Date(Date.UTC(YEAR, MONTH - 1, d)).getUTCDay();
  if (wd >= 1 && wd <= 5) DAYS.push({ day: d, friday: wd === 5 });
}
if (DAYS.length !== 22) throw new Error(`expected 22 working days, got ${DAYS.length}`);

const SEKDA_NIP = '196805121990031002';

// ---------------------------------------------------------------------------------------------
// Units and staff.
//
// Each staff entry: [name, sex L/P, jabatan, golongan, target predikat, discipline profile, extras].
// Predikat: SB sangat baik, B baik, BP butuh perbaikan, K kurang, '-' not assessed (CLTN).
// Discipline: rajin, biasa, kurang, tk10. The first entry of each unit is its head.

const UNITS = [
  {
    kode: 'BKPSDM',
    nama: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    predikat: 'ISTIMEWA',
    bobotPersen: true,
    staff: [
      ['Drs. Bambang Sutrisno, M.Si.', 'L', 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'IV/b', 'B', 'rajin', { dl: [8, 22] }],
      ['Sri Wahyuningsih, S.Sos., M.M.', 'P', 'Sekretaris Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', 'IV/a', 'SB', 'rajin'],
      ['Agus Setiawan, S.H.', 'L', 'Kepala Bidang Mutasi dan Promosi', 'III/d', 'SB', 'rajin', { ev: { 7: 'TLP' } }],
      ['Dra. Endang Lestari', 'P', 'Kepala Bidang Pengembangan Kompetensi Aparatur', 'IV/a', 'B', 'biasa', { ev: { 15: 'DL', 16: 'DL' } }],
      ["Muhammad Ma'ruf, S.Psi.", 'L', 'Analis SDM Aparatur Ahli Muda', 'III/d', 'SB', 'rajin'],
      ['Dewi Kartika Sari, S.E.', 'P', 'Analis SDM Aparatur Ahli Pertama', 'III/b', 'B', 'biasa', { ev: { 27: 'CT', 28: 'CT' } }],
      ['Rizky Aditya Nugroho, S.Kom.', 'L', 'Pranata Komputer Ahli Pertama', 'III/a', 'B', 'biasa', { status: 'CPNS' }],
      ["Nur'aini Rahmawati, S.AP.", 'P', 'Analis SDM Aparatur Ahli Pertama', 'III/b', 'B', 'biasa', { ev: { 20: { early: 20 } } }],
      ['Yohanes Bayu Prasetyo, A.Md.', 'L', 'Pengelola Data Kepegawaian', 'III/a', 'B', 'biasa', { ev: { 9: 'I' } }],
      ['Siti Khotimah', 'P', 'Pengadministrasi Perkantoran', 'III/a', 'B', 'biasa', { nextMonthRow: true }],
      ['Fransiska Anjani Putri, S.IP.', 'P', 'Arsiparis Ahli Pertama', 'III/b', '-', 'none', { keterangan: 'CLTN' }],
    ],
  },
  {
    kode: 'DINKES',
    nama: 'Dinas Kesehatan',
    predikat: 'BAIK',
    bobotPersen: false,
    staff: [
      ['dr. Hendra Gunawan, M.Kes.', 'L', 'Kepala Dinas Kesehatan', 'IV/b', 'B', 'rajin', { dl: [13, 14, 29] }],
      ['Hj. Retno Widyastuti, S.K.M., M.Kes.', 'P', 'Sekretaris Dinas Kesehatan', 'IV/a', 'B', 'rajin', { ev: { 23: 'CT' } }],
      ['dr. Anindita Paramitha', 'P', 'Kepala Bidang Pencegahan dan Pengendalian Penyakit', 'IV/a', 'SB', 'rajin', { ev: { 6: 'DL' } }],
      ['Teguh Santoso, S.K.M.', 'L', 'Kepala Bidang Kesehatan Masyarakat', 'III/d', 'B', 'biasa'],
      ['apt. Lusiana Hartono, S.Farm.', 'P', 'Kepala Bidang Sumber Daya Kesehatan', 'III/d', 'B', 'biasa'],
      ['Andreas Wibowo, S.K.M., M.Epid.', 'L', 'Epidemiolog Kesehatan Ahli Muda', 'III/d', 'SB', 'rajin', { ev: { 15: 'TLS', 26: 'DL', 27: 'DL' } }],
      ['Fitri Handayani, S.Gz.', 'P', 'Nutrisionis Ahli Pertama', 'III/b', 'B', 'biasa', { ev: { 19: 'CT', 20: 'CT', 21: 'CT' } }],
      ['Joko Susilo, S.KL.', 'L', 'Sanitarian Ahli Pertama', 'III/a', 'BP', 'tk10'],
      ['apt. Dimas Ardiansyah, S.Farm.', 'L', 'Apoteker Ahli Pertama', 'III/b', 'B', 'biasa', { tmtMasuk: 12 }],
      ['Wulan Sari Dewi, S.Kep., Ns.', 'P', 'Administrator Kesehatan Ahli Pertama', 'III/b', 'B', 'biasa', { ev: { 2: 'S' } }],
      ['Eko Prasetyo, S.E.', 'L', 'Pengelola Keuangan', 'III/a', 'BP', 'kurang', { ev: { 16: { early: 45 } } }],
      ['Ratna Kusumawati, S.ST.', 'P', 'Perencana Ahli Pertama', 'III/b', 'B', 'biasa', { ev: { 22: 'I' } }],
      ['Yusuf Maulana, S.K.M.', 'L', 'Epidemiolog Kesehatan Ahli Pertama', 'IX', 'B', 'biasa', { status: 'PPPK', pppkYear: 2023 }],
    ],
  },
  {
    kode: 'DISDIK',
    nama: 'Dinas Pendidikan dan Kebudayaan',
    predikat: 'BAIK',
    bobotPersen: false,
    staff: [
      ['Dr. H. Slamet Riyadi, M.Pd.', 'L', 'Kepala Dinas Pendidikan dan Kebudayaan', 'IV/b', 'B', 'rajin', { dl: [5, 21] }],
      ['Sri Mulyani, S.Pd., M.Pd.', 'P', 'Sekretaris Dinas Pendidikan dan Kebudayaan', 'IV/a', 'SB', 'rajin'],
      ['Budi Hartanto, S.Pd., M.M.', 'L', 'Kepala Bidang Pembinaan Sekolah Dasar', 'IV/a', 'B', 'biasa', { ev: { 13: 'DL', 14: 'DL' } }],
      ['Tri Wahyuni, S.Pd.', 'P', 'Kepala Bidang Pembinaan Sekolah Menengah Pertama', 'III/d', 'B', 'biasa'],
      ['Heru Cahyono, S.Pd., M.Pd.', 'L', 'Kepala Bidang PAUD dan Pendidikan Nonformal', 'III/d', 'B', 'biasa', { ev: { 29: 'TLS' } }],
      ['Astuti Rahayu, S.Sos., M.AP.', 'P', 'Analis Kebijakan Ahli Muda', 'III/d', 'SB', 'rajin'],
      ['Ahmad Fauzi, S.Pd.', 'L', 'Analis Keuangan Pusat dan Daerah Ahli Pertama', 'III/b', 'K', 'kurang', { ev: { 20: { late: 75 } } }],
      ['Indah Permatasari, S.Kom.', 'P', 'Pranata Komputer Ahli Pertama', 'IX', 'B', 'biasa', { status: 'PPPK', pppkYear: 2024 }],
      ['Wahyu Hidayat', 'L', 'Pengelola Data Pendidikan', 'III/a', 'BP', 'kurang', { ev: { 6: { late: 42 }, 21: { late: 115 } } }],
      ['Lestari Ningsih, S.Pd.', 'P', 'Pengembang Teknologi Pembelajaran Ahli Pertama', 'III/a', 'B', 'biasa', { status: 'CPNS' }],
      ['Dwi Nurhayati, A.Md.', 'P', 'Pengadministrasi Umum', 'III/a', 'B', 'biasa', { ev: { 13: 'S', 14: 'S' } }],
      ['Bagus Firmansyah, S.H.', 'L', 'Analis Hukum Ahli Pertama', 'III/b', 'B', 'biasa', { ev: { 29: 'CT', 30: 'CT' } }],
    ],
  },
  {
    kode: 'BAPPEDA',
    nama: 'Badan Perencanaan Pembangunan Daerah',
    predikat: 'BUTUH_PERBAIKAN',
    bobotPersen: true,
    staff: [
      ['Ir. Sugeng Haryanto, M.T.', 'L', 'Kepala Badan Perencanaan Pembangunan Daerah', 'IV/b', 'B', 'rajin', { dl: [7, 8] }],
      ['Erna Susanti, S.E., M.Si.', 'P', 'Sekretaris Badan Perencanaan Pembangunan Daerah', 'IV/a', 'B', 'biasa', { ev: { 9: 'CT' } }],
      ['Arif Rahman Hakim, S.T., M.T.', 'L', 'Kepala Bidang Infrastruktur dan Kewilayahan', 'III/d', 'B', 'biasa'],
      ['Novita Anggraeni, S.E.', 'P', 'Kepala Bidang Perekonomian dan Sumber Daya Alam', 'III/d', 'SB', 'rajin', { ev: { 19: 'DL', 20: 'DL', 21: 'DL' } }],
      ['René Hasiholan Sitompul, S.T.', 'L', 'Perencana Ahli Muda', 'III/c', 'B', 'biasa', { ev: { 12: 'TLP' } }],
      ['Mega Puspitasari, S.Si.', 'P', 'Statistisi Ahli Pertama', 'III/a', 'BP', 'kurang', { ev: { 8: { noOut: true } } }],
      ['Hadi Kurniawan, S.E.', 'L', 'Perencana Ahli Pertama', 'III/b', 'B', 'kurang', { hukdis: true, ev: { 13: { late: 38 }, 26: 'I' } }],
      ['Rina Oktaviani, S.P.', 'P', 'Perencana Ahli Pertama', 'III/b', 'B', 'biasa', { ev: { 5: 'S' } }],
      ['Taufik Hidayatullah', 'L', 'Pengolah Data Perencanaan', 'III/a', 'BP', 'kurang', { ev: { 14: { late: 35 }, 27: { late: 64 } } }],
      ['Laila Nur Fadhilah, S.Stat.', 'P', 'Perencana Ahli Pertama', 'III/a', 'B', 'biasa', { expiredHukdis: true }],
    ],
  },
];

// Money by position level (rupiah per month).
function paguOf(jabatan, status, isHead) {
  if (isHead) return 9_000_000;
  if (jabatan.startsWith('Sekretaris')) return 7_500_000;
  if (jabatan.startsWith('Kepala Bidang')) return 6_500_000;
  if (/Ahli Muda/.test(jabatan)) return 5_250_000;
  if (status === 'PPPK') return 3_500_000;
  if (/Ahli Pertama/.test(jabatan)) return 4_250_000;
  return 2_750_000;
}
const GAJI_RANGE = {
  'IV/b': [5_900_000, 6_500_000],
  'IV/a': [5_400_000, 6_100_000],
  'III/d': [4_900_000, 5_700_000],
  'III/c': [4_500_000, 5_200_000],
  'III/b': [4_000_000, 4_700_000],
  'III/a': [3_400_000, 4_100_000],
  IX: [3_300_000, 3_700_000],
  CPNS: [3_000_000, 3_200_000],
};
const BIRTH_YEARS = {
  'IV/b': [1968, 1972],
  'IV/a': [1970, 1978],
  'III/d': [1975, 1986],
  'III/c': [1981, 1988],
  'III/b': [1985, 1994],
  'III/a': [1990, 1997],
  IX: [1990, 1997],
  CPNS: [1998, 2001],
};

// ---------------------------------------------------------------------------------------------
// NIPs: YYYYMMDD YYYYMM G NNN (PNS/CPNS), YYYYMMDD YYYY 21 G NNN (PPPK).

const usedNips = new Set([SEKDA_NIP]);
function birthDate(y) {
  const m = int(1, 12);
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}${pad(m)}${pad(int(1, dim))}`;
}
function makeNip({ golongan, status, sex, pppkYear }) {
  for (;;) {
    const range = BIRTH_YEARS[status === 'CPNS' ? 'CPNS' : golongan];
    const by = int(range[0], range[1]);
    let middle;
    if (status === 'PPPK') {
      middle = `${pppkYear}21`;
    } else if (status === 'CPNS') {
      middle = '202506';
    } else {
      const ty = int(by + 22, Math.min(by + 30, 2021));
      middle = `${ty}${pad(pick([1, 2, 3, 3, 3, 4, 12, 12]))}`;
    }
    const nip = `${birthDate(by)}${middle}${sex === 'L' ? 1 : 2}${pad(int(1, 999), 3)}`;
    if (!usedNips.has(nip)) {
      usedNips.add(nip);
      return nip;
    }
  }
}

const BANKS = [
  ['Bank Jateng', () => `${pick(['1', '2', '3'])}${digits(9)}`, 10],
  ['BRI', () => `00${pick(['12', '31', '45'])}01${digits(9)}`, 3],
  ['BNI', () => `0${digits(9)}`, 2],
  ['Bank Mandiri', () => `136${digits(10)}`, 2],
  ['BSI', () => `7${digits(9)}`, 1],
];
function digits(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += String(int(0, 9));
  return s;
}
function pickBank() {
  const total = BANKS.reduce((s, b) => s + b[2], 0);
  let x = rnd() * total;
  for (const b of BANKS) {
    x -= b[2];
    if (x < 0) return [b[0], b[1]()];
  }
  return [BANKS[0][0], BANKS[0][1]()];
}

const employees = [];
for (const unit of UNITS) {
  let headNip;
  unit.staff.forEach(([nama, sex, jabatan, golongan, predikat, disiplin, extra = {}], i) => {
    const status = extra.status ?? 'PNS';
    const nip = makeNip({ golongan, status, sex, pppkYear: extra.pppkYear });
    const isHead = i === 0;
    if (isHead) headNip = nip;
    const gajiRange = GAJI_RANGE[status === 'CPNS' ? 'CPNS' : golongan];
    const [namaBank, nomorRekening] = pickBank();
    employees.push({
      nip,
      nama,
      sex,
      unit: unit.kode,
      jabatan,
      golongan,
      status,
      tppPagu: paguOf(jabatan, status, isHead),
      gaji: Math.round(int(gajiRange[0], gajiRange[1]) / 100) * 100,
      tmtMasukDay: extra.tmtMasuk,
      atasanNip: isHead ? SEKDA_NIP : headNip,
      namaBank,
      nomorRekening,
      keterangan: extra.keterangan,
      predikat,
      disiplin,
      isHead,
      extra,
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Attendance (daily log as a ZKTeco report).

const hm = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const START = 7 * 60 + 30;
const endOf = (friday) => (friday ? 16 * 60 + 30 : 16 * 60);
const PROFILE = {
  rajin: { late: 0.03, lateMax: 10, early: 0.01, earlyMax: 10, tk: [0, 0] },
  biasa: { late: 0.07, lateMax: 25, early: 0.03, earlyMax: 20, tk: [0, 0] },
  kurang: { late: 0.22, lateMax: 30, early: 0.08, earlyMax: 30, tk: [1, 2] },
  tk10: { late: 0.2, lateMax: 28, early: 0.05, earlyMax: 20, tk: [0, 0] },
};
const TK10_DAYS = [5, 6, 9, 13, 14, 19, 20, 22, 26, 27];

function onTimeIn() {
  // Most people arrive 07:05-07:29, a few earlier.
  return chance(0.15) ? int(6 * 60 + 45, 7 * 60 + 4) : int(7 * 60 + 5, 7 * 60 + 29);
}
function onTimeOut(friday) {
  return endOf(friday) + (chance(0.2) ? int(20, 55) : int(0, 19));
}

const presensiRows = [];
for (const e of employees) {
  if (e.keterangan === 'CLTN') continue; // on unpaid leave: not in the machine report at all
  const profile = PROFILE[e.disiplin];
  const days = DAYS.filter((d) => e.tmtMasukDay === undefined || d.day >= e.tmtMasukDay);
  const events = new Map();
  for (const [day, ev] of Object.entries(e.extra.ev ?? {})) events.set(Number(day), ev);
  for (const day of e.extra.dl ?? []) events.set(day, 'DL');
  if (e.disiplin === 'tk10') for (const day of TK10_DAYS) events.set(day, 'TK');
  const free = () => days.filter((d) => !events.has(d.day));
  const tkDays = int(profile.tk[0], profile.tk[1]);
  for (let k = 0; k < tkDays; k++) events.set(pick(free()).day, 'TK');
  for (const { day, friday } of days) {
    let ev = events.get(day);
    if (ev === undefined) {
      if (chance(profile.late)) ev = { late: int(1, profile.lateMax) };
      else if (chance(profile.early)) ev = { early: int(1, profile.earlyMax) };
      else ev = {};
    }
    let masuk = '';
    let pulang = '';
    let kode = '';
    if (typeof ev === 'string') {
      kode = ev;
      if (ev === 'TLP') pulang = hm(onTimeOut(friday));
      if (ev === 'TLS') masuk = hm(onTimeIn());
    } else {
      masuk = hm(ev.late !== undefined ? START + ev.late : onTimeIn());
      pulang = ev.noOut ? '' : hm(ev.early !== undefined ? endOf(friday) - ev.early : onTimeOut(friday));
    }
    presensiRows.push({ nip: e.nip, nama: e.nama, day, month: MONTH, friday, masuk, pulang, kode });
  }
  if (e.extra.nextMonthRow) {
    // The export was taken on 2 November: it carries that morning too (Monday 02/11/2026).
    presensiRows.push({ nip: e.nip, nama: e.nama, day: 2, month: 11, friday: false, masuk: hm(onTimeIn()), pulang: '', kode: '' });
  }
}
// A staff member who moved to the provincial government at the end of September still scans in
// (not in the staff master: NIP_TIDAK_DIKENAL).
const MUTASI = { nip: '199107242015031004', nama: 'Galih Pambudi, S.T.' };
for (const { day, friday } of DAYS.slice(0, 3)) {
  presensiRows.push({ nip: MUTASI.nip, nama: MUTASI.nama, day, month: MONTH, friday, masuk: hm(onTimeIn()), pulang: hm(onTimeOut(friday)), kode: '' });
}

// ---------------------------------------------------------------------------------------------
// SKP indicators (capaian). Target level per predikat, checked with the SPEC §4.3 formula.

const POOLS = {
  BKPSDM: [
    ['Usulan kenaikan pangkat yang diverifikasi', 'usulan', 120, 'naik'],
    ['Data pegawai di SIASN yang dimutakhirkan', 'data', 450, 'naik'],
    ['Usulan pensiun yang diproses', 'berkas', 35, 'naik'],
    ['Waktu penyelesaian usulan mutasi', 'hari', 5, 'turun'],
    ['Peserta pengembangan kompetensi yang difasilitasi', 'orang', 80, 'naik'],
    ['Persentase ASN yang memenuhi 20 JP pengembangan kompetensi', 'persen', 75, 'naik'],
    ['Rekomendasi hasil uji kompetensi yang disusun', 'dokumen', 12, 'naik'],
    ['Layanan konsultasi kepegawaian yang diselesaikan', 'layanan', 60, 'naik'],
    ['Waktu penerbitan SK kenaikan gaji berkala', 'hari', 3, 'turun'],
  ],
  DINKES: [
    ['Cakupan imunisasi dasar lengkap', 'persen', 95, 'naik'],
    ['Laporan surveilans penyakit mingguan yang disusun', 'laporan', 20, 'naik'],
    ['Puskesmas yang dibina dan dievaluasi', 'puskesmas', 26, 'naik'],
    ['Balita stunting yang mendapat intervensi gizi', 'balita', 150, 'naik'],
    ['Sampel air minum yang diperiksa', 'sampel', 40, 'naik'],
    ['Waktu verifikasi klaim Jamkesda', 'hari', 7, 'turun'],
    ['Laporan ketersediaan obat puskesmas yang direkap', 'laporan', 26, 'naik'],
    ['Dokumen pertanggungjawaban keuangan yang diverifikasi', 'dokumen', 85, 'naik'],
    ['Waktu penyampaian laporan keuangan bulanan', 'hari', 10, 'turun'],
  ],
  DISDIK: [
    ['Sekolah yang memutakhirkan Dapodik tepat waktu', 'sekolah', 245, 'naik'],
    ['Usulan tunjangan profesi guru yang diverifikasi', 'usulan', 320, 'naik'],
    ['Satuan PAUD yang dibina', 'lembaga', 40, 'naik'],
    ['Rekomendasi hasil supervisi sekolah', 'dokumen', 15, 'naik'],
    ['Waktu penyelesaian legalisir ijazah', 'hari', 2, 'turun'],
    ['Laporan realisasi dana BOS yang direviu', 'laporan', 60, 'naik'],
    ['Aduan layanan pendidikan yang ditindaklanjuti', 'aduan', 25, 'naik'],
    ['Persentase guru yang mengikuti pelatihan Kurikulum Merdeka', 'persen', 80, 'naik'],
  ],
  BAPPEDA: [
    ['Bab rancangan akhir RKPD 2027 yang diselesaikan', 'bab', 6, 'naik'],
    ['Usulan Musrenbang kecamatan yang diverifikasi', 'usulan', 180, 'naik'],
    ['Perangkat daerah yang dievaluasi capaian kinerjanya', 'perangkat daerah', 32, 'naik'],
    ['Data statistik sektoral yang dimutakhirkan', 'data', 120, 'naik'],
    ['Waktu penyusunan telaahan staf', 'hari', 5, 'turun'],
    ['Rekomendasi sinkronisasi program dan anggaran', 'rekomendasi', 20, 'naik'],
    ['Peta tematik yang diperbarui', 'peta', 15, 'naik'],
    ['Persentase kesesuaian program RKPD dengan RPJMD', 'persen', 90, 'naik'],
  ],
};
const HEAD_POOL = [
  ['Persentase capaian indikator kinerja utama perangkat daerah', 'persen', 100, 'naik'],
  ['Tindak lanjut rekomendasi hasil pemeriksaan yang diselesaikan', 'rekomendasi', 10, 'naik'],
  ['Persentase realisasi anggaran sesuai rencana kas', 'persen', 95, 'naik'],
];
const TAMBAHAN_POOL = [
  ['Narasumber kegiatan sosialisasi', 'kali', 2, 'naik'],
  ['Anggota tim penyusun LKjIP', 'dokumen', 1, 'naik'],
  ['Inovasi layanan yang diusulkan', 'inovasi', 1, 'naik'],
  ['Piket layanan terpadu', 'hari', 4, 'naik'],
];
const CAPAIAN_BAND = { SB: [112, 119], B: [93, 108], BP: [72, 86], K: [95, 104] };
const CAPAIAN_LEVEL = { SB: [108, 124], B: [88, 112], BP: [62, 94], K: [90, 108] };
const BOBOT_SETS = { 3: [[40, 30, 30], [50, 30, 20], [35, 35, 30]], 4: [[30, 30, 20, 20], [25, 25, 25, 25], [40, 20, 20, 20]] };

function achievement(target, realisasi, arah) {
  const c = arah === 'turun' ? (2 - realisasi / target) * 100 : (realisasi / target) * 100;
  return Math.max(0, Math.min(120, c));
}
function realisasiFor(target, arah, c, satuan) {
  if (arah === 'turun') {
    // Lower is better: realisasi = target × (2 − c/100), in half days.
    return Math.max(0.5, Math.round(target * (2 - c / 100) * 2) / 2);
  }
  const raw = (target * c) / 100;
  return satuan === 'persen' ? Math.round(raw * 10) / 10 : Math.max(0, Math.round(raw));
}
function capaianOf(rows) {
  let sum = 0;
  let weight = 0;
  let bonus = 0;
  for (const r of rows) {
    const c = achievement(r.target, r.realisasi, r.arah);
    if (r.jenis === 'utama') {
      sum += c * r.bobot;
      weight += r.bobot;
    } else if (c >= 100) bonus += 1;
  }
  return Math.min(120, sum / weight + Math.min(5, bonus));
}

const capaianRows = [];
const capaianValue = new Map();
for (const e of employees) {
  if (e.predikat === '-') continue;
  const unit = UNITS.find((u) => u.kode === e.unit);
  const [lo, hi] = CAPAIAN_BAND[e.predikat];
  let rows;
  for (let attempt = 0; ; attempt++) {
    if (attempt > 5000) throw new Error(`no capaian for ${e.nama}`);
    const n = e.predikat === 'SB' || chance(0.4) ? 4 : 3;
    const chosen = e.isHead ? [...shuffle(HEAD_POOL).slice(0, 2), ...shuffle(POOLS[e.unit]).slice(0, n - 2)] : shuffle(POOLS[e.unit]).slice(0, n);
    const bobot = pick(BOBOT_SETS[n]);
    const [levelLo, levelHi] = CAPAIAN_LEVEL[e.predikat];
    rows = chosen.map(([indikator, satuan, target, arah], i) => {
      const c = int(levelLo, levelHi) + rnd();
      return { indikator, satuan, target, realisasi: realisasiFor(target, arah, c, satuan), arah, jenis: 'utama', bobot: bobot[i] };
    });
    const tambahanChance = e.predikat === 'SB' ? 0.6 : e.predikat === 'B' ? 0.25 : 0;
    if (chance(tambahanChance)) {
      const [indikator, satuan, target, arah] = pick(TAMBAHAN_POOL);
      rows.push({ indikator, satuan, target, realisasi: target + (chance(0.7) ? int(0, 1) : 0), arah, jenis: 'tambahan', bobot: undefined });
    }
    const value = capaianOf(rows);
    if (value >= lo && value <= hi) {
      capaianValue.set(e.nip, value);
      break;
    }
  }
  for (const r of rows) capaianRows.push({ nip: e.nip, ...r, bobotPersen: unit.bobotPersen });
}

// ---------------------------------------------------------------------------------------------
// Behaviour (perilaku, 7 BerAKHLAK aspects): the head by the Sekda, staff by their head, about half
// also by one or two colleagues of the same unit.

const ASPEK = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'];
const PERILAKU_BAND = { SB: [91.5, 97], B: [73, 87], BP: [72, 85], K: [57, 66] };
const HEAD_BAND = [98, 99.8]; // the Sekda rates every head generously (listed as 'lunak' in kalibrasi)
const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
const clampScore = (x) => Math.max(0, Math.min(100, Math.round(x)));

function raterScores(level, weakAspect, spread) {
  return ASPEK.map((a) => clampScore(level + (rnd() * 2 - 1) * spread - (a === weakAspect ? int(4, 9) : 0)));
}

const perilakuRows = [];
const perilakuValue = new Map();
for (const unit of UNITS) {
  const staff = employees.filter((e) => e.unit === unit.kode);
  const peersPool = staff.filter((e) => !e.isHead && e.predikat !== '-');
  for (const e of staff) {
    if (e.predikat === '-') continue;
    const [lo, hi] = e.isHead ? HEAD_BAND : PERILAKU_BAND[e.predikat];
    const withPeers = !e.isHead && chance(0.55);
    const peers = withPeers ? shuffle(peersPool.filter((p) => p.nip !== e.nip)).slice(0, chance(0.4) ? 2 : 1) : [];
    let block;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 5000) throw new Error(`no perilaku for ${e.nama}`);
      const level = lo + rnd() * (hi - lo);
      const weak = pick(ASPEK);
      const atasan = raterScores(level, weak, e.isHead ? 1.5 : 4);
      const rekan = peers.map(() => raterScores(level + int(-3, 3), weak, 5));
      const a = mean(atasan);
      const nilai = rekan.length === 0 ? a : (60 * a + 20 * mean(rekan.map(mean))) / 80;
      if (nilai >= lo && nilai <= hi) {
        block = { atasan, rekan, nilai };
        break;
      }
    }
    perilakuValue.set(e.nip, block.nilai);
    perilakuRows.push([e.nip, e.atasanNip, 'atasan', ...block.atasan]);
    block.rekan.forEach((scores, i) => perilakuRows.push([e.nip, peers[i].nip, 'rekan', ...scores]));
  }
}

// Kalibrasi (SPEC §4.9): the Sekda, and only the Sekda, should stand out (more than 15 points above
// the mean of all scores given), with a safety margin so the tool's exact arithmetic agrees.
{
  const all = perilakuRows.flatMap((r) => r.slice(3));
  const overall = mean(all);
  const byRater = new Map();
  for (const r of perilakuRows) {
    const entry = byRater.get(r[1]) ?? { scores: [], ratees: new Set() };
    entry.scores.push(...r.slice(3));
    entry.ratees.add(r[0]);
    byRater.set(r[1], entry);
  }
  for (const [rater, { scores, ratees }] of byRater) {
    if (ratees.size < 3) continue;
    const diff = mean(scores) - overall;
    const lenient = rater === SEKDA_NIP;
    if (lenient ? diff < 15.5 : Math.abs(diff) > 14.5) throw new Error(`kalibrasi of ${rater}: ${diff.toFixed(2)} points from the mean`);
  }
}

// Check the intended predikat against the matrix (PermenPANRB 6/2022) before writing anything.
function matriks(capaian, perilaku) {
  const hk = capaian >= 110 ? 'DI_ATAS' : capaian >= 90 ? 'SESUAI' : 'DI_BAWAH';
  const pk = perilaku >= 90 ? 'DI_ATAS' : perilaku >= 70 ? 'SESUAI' : 'DI_BAWAH';
  const table = {
    DI_ATAS: { DI_BAWAH: 'K', SESUAI: 'B', DI_ATAS: 'SB' },
    SESUAI: { DI_BAWAH: 'K', SESUAI: 'B', DI_ATAS: 'B' },
    DI_BAWAH: { DI_BAWAH: 'SK', SESUAI: 'BP', DI_ATAS: 'BP' },
  };
  return table[hk][pk];
}
for (const e of employees) {
  if (e.predikat === '-') continue;
  const got = matriks(capaianValue.get(e.nip), perilakuValue.get(e.nip));
  if (got !== e.predikat) throw new Error(`${e.nama}: intended ${e.predikat}, matrix gives ${got}`);
}

// ---------------------------------------------------------------------------------------------
// A month as it really happens: people added after everything above was drawn (and with fixed
// capaian), so every earlier employee's rows stay as they were.
// - a transfer on 15 October (BAPPEDA → DISDIK, promoted to Ahli Muda), given in mutasi_oktober_2026.csv;
// - 20 working days of cuti sakit (CS), paid 100 % for 14 days and 75 % after (paket-aturan.yaml).

const MONTH_CASES = [
  {
    nama: 'Kurniawan Adi Saputra, S.E.', sex: 'L', unit: 'BAPPEDA', jabatan: 'Analis Keuangan Pusat dan Daerah Ahli Pertama', golongan: 'III/c',
    atasanUnit: 'DISDIK', pool: 'BAPPEDA',
    mutasi: { day: 15, unit: 'DISDIK', jabatan: 'Analis Keuangan Pusat dan Daerah Ahli Muda', tppPagu: 5_250_000 },
  },
  // Away most of the month, she met 80 % of her targets: DI_BAWAH × SESUAI = butuh perbaikan (75 %).
  { nama: 'Yuliana Sembiring, S.Kep., Ns.', sex: 'P', unit: 'DINKES', jabatan: 'Perawat Ahli Pertama', golongan: 'III/b', pool: 'DINKES', sickFrom: 5, capaian: 80 },
];
const mutasiRows = [];
for (const c of MONTH_CASES) {
  const nip = makeNip({ golongan: c.golongan, status: 'PNS', sex: c.sex });
  const gajiRange = GAJI_RANGE[c.golongan];
  const [namaBank, nomorRekening] = pickBank();
  const headOf = (kode) => employees.find((x) => x.unit === kode && x.isHead).nip;
  const e = {
    nip, nama: c.nama, sex: c.sex, unit: c.unit, jabatan: c.jabatan, golongan: c.golongan, status: 'PNS',
    tppPagu: paguOf(c.jabatan, 'PNS', false), gaji: Math.round(int(gajiRange[0], gajiRange[1]) / 100) * 100,
    tmtMasukDay: undefined, atasanNip: headOf(c.atasanUnit ?? c.unit), namaBank, nomorRekening, keterangan: undefined,
    predikat: c.capaian === undefined ? 'B' : 'BP', disiplin: 'biasa', isHead: false, extra: {},
    ...(c.mutasi ? { unitAkhir: c.mutasi.unit, paguAkhir: c.mutasi.tppPagu } : {}),
  };
  employees.push(e);
  for (const { day, friday } of DAYS) {
    const sick = c.sickFrom !== undefined && day >= c.sickFrom;
    presensiRows.push({ nip, nama: c.nama, day, month: MONTH, friday, masuk: sick ? '' : hm(onTimeIn()), pulang: sick ? '' : hm(onTimeOut(friday)), kode: sick ? 'CS' : '' });
  }
  // Three targets met exactly (capaian 100 %: SESUAI) and a SESUAI behaviour rating: BAIK.
  for (const [indikator, satuan, target, arah] of POOLS[c.pool].slice(0, 3)) {
    const realisasi = c.capaian === undefined ? target : Math.round((target * c.capaian) / 100);
    capaianRows.push({ nip, indikator, satuan, target, realisasi, arah, jenis: 'utama', bobot: 1, bobotPersen: false });
  }
  perilakuRows.push([nip, e.atasanNip, 'atasan', ...raterScores(82, pick(ASPEK), 3)]);
  if (c.mutasi) mutasiRows.push([nip, `${pad(c.mutasi.day)}/${pad(MONTH)}/${YEAR}`, c.mutasi.unit, c.mutasi.jabatan, c.mutasi.tppPagu, 'SK Bupati mutasi jabatan']);
}

// A puskesmas on a 7-day roster with night shifts (jadwal_oktober_2026.csv, shifts in paket-aturan.yaml):
// the head works office hours, three nurses/midwives rotate PAGI, PAGI, SIANG, SIANG, MALAM, MALAM,
// LIBUR, LIBUR. A night shift's leave the next morning is written on the row of the day it started.
const SHIFTS = { PAGI: [7 * 60, 14 * 60], SIANG: [14 * 60, 21 * 60], MALAM: [21 * 60, 7 * 60] };
const ROTATION = ['PAGI', 'PAGI', 'SIANG', 'SIANG', 'MALAM', 'MALAM', 'LIBUR', 'LIBUR'];
const PKM = { kode: 'PKM_SUKAMAJU', nama: 'UPTD Puskesmas Sukamaju', predikat: 'BAIK', bobotPersen: false, staff: [] };
UNITS.push(PKM);
POOLS.PKM_SUKAMAJU = [
  ['Kunjungan pasien rawat jalan yang dilayani', 'kunjungan', 900, 'naik'],
  ['Ibu hamil yang mendapat pelayanan antenatal', 'orang', 60, 'naik'],
  ['Balita yang ditimbang di posyandu binaan', 'balita', 400, 'naik'],
  ['Rekam medis yang dilengkapi', 'berkas', 850, 'naik'],
];
const PKM_STAFF = [
  // [nama, sex, jabatan, golongan, predikat (capaian %, perilaku level), rotation offset or null]
  ['drg. Maria Ulfa Siregar', 'P', 'Kepala UPTD Puskesmas Sukamaju', 'III/d', ['B', 100, 84], null],
  ['Sri Rahayu Ningsih, S.Tr.Keb.', 'P', 'Bidan Ahli Pertama', 'III/b', ['SB', 115, 95], 0],
  ['Bayu Setiadi, S.Kep., Ns.', 'L', 'Perawat Ahli Pertama', 'III/b', ['B', 100, 82], 2],
  ['Ratih Purnamasari, A.Md.Kep.', 'P', 'Perawat Terampil', 'III/a', ['BP', 80, 82], 4],
];
const jadwalRows = [];
let pkmHead;
for (const [nama, sex, jabatan, golongan, [predikat, capaian, level], offset] of PKM_STAFF) {
  const nip = makeNip({ golongan, status: 'PNS', sex });
  const gajiRange = GAJI_RANGE[golongan];
  const [namaBank, nomorRekening] = pickBank();
  const isHead = offset === null;
  if (isHead) pkmHead = nip;
  const e = {
    nip, nama, sex, unit: PKM.kode, jabatan, golongan, status: 'PNS',
    tppPagu: isHead ? 6_500_000 : paguOf(jabatan, 'PNS', false), gaji: Math.round(int(gajiRange[0], gajiRange[1]) / 100) * 100,
    tmtMasukDay: undefined, atasanNip: isHead ? employees.find((x) => x.unit === 'DINKES' && x.isHead).nip : pkmHead,
    namaBank, nomorRekening, keterangan: undefined, predikat, disiplin: 'biasa', isHead, extra: {},
  };
  employees.push(e);
  if (isHead) {
    for (const { day, friday } of DAYS) presensiRows.push({ nip, nama, day, month: MONTH, friday, masuk: hm(onTimeIn()), pulang: hm(onTimeOut(friday)), kode: '' });
  } else {
    for (let day = 1; day <= 31; day++) {
      const shift = ROTATION[(day - 1 + offset) % ROTATION.length];
      jadwalRows.push([nip, `${pad(day)}/${pad(MONTH)}/${YEAR}`, shift]);
      if (shift === 'LIBUR') continue;
      const [start, end] = SHIFTS[shift];
      // A few minutes early, leaving a few minutes after the handover; one late night arrival.
      const late = day === 17 && shift === 'MALAM' ? 12 : 0;
      presensiRows.push({ nip, nama, day, month: MONTH, friday: false, masuk: hm(start - int(3, 12) + late), pulang: hm(end + int(2, 15)), kode: '', jam: [hm(start), hm(end)] });
    }
  }
  for (const [indikator, satuan, target, arah] of POOLS.PKM_SUKAMAJU.slice(0, 3)) {
    capaianRows.push({ nip, indikator, satuan, target, realisasi: Math.round((target * capaian) / 100), arah, jenis: 'utama', bobot: 1, bobotPersen: false });
  }
  perilakuRows.push([nip, e.atasanNip, 'atasan', ...raterScores(level, pick(ASPEK), 2)]);
}

// An acting post: the Kepala Bidang Kebudayaan of DISDIK is vacant; an Ahli Muda acts (Plt) for the
// whole quarter, paid 20 % of that post's ceiling on top of her own (paket-aturan.yaml tpp.plt).
const pltOf = employees.find((x) => x.jabatan === 'Analis Kebijakan Ahli Muda' && x.unit === 'DISDIK');
const pltRows = [[pltOf.nip, pltOf.nama, 'Plt', 'Kepala Bidang Kebudayaan', '6.500.000', '01/10/2026', '31/12/2026']];

// ---------------------------------------------------------------------------------------------
// Tax data (status PTKP and penghasilan bruto) for packs using the TER method. It has its own seeded
// generator, drawn after everything above, so adding it left every other value of the sample as it was.

const rndPajak = mulberry32(20261002);
const intPajak = (a, b) => a + Math.floor(rndPajak() * (b - a + 1));
const AGE_YEAR = 2026;
// Tunjangan jabatan (struktural / fungsional) or tunjangan umum (pelaksana, PPPK), rupiah per month.
function tunjanganJabatan(e) {
  if (e.isHead) return 3_250_000; // eselon II.b
  if (e.jabatan.startsWith('Sekretaris')) return 1_260_000; // eselon III.a
  if (e.jabatan.startsWith('Kepala Bidang')) return 980_000; // eselon III.b
  if (/Ahli Muda/.test(e.jabatan)) return 960_000;
  if (/Ahli Pertama/.test(e.jabatan)) return 540_000;
  return 185_000;
}
const BERAS_PER_JIWA = 72_420; // 10 kg beras per person per month
for (const e of employees) {
  const age = AGE_YEAR - Number(e.nip.slice(0, 4));
  const married = age >= 28 ? rndPajak() < 0.85 : rndPajak() < 0.3;
  const dependents = married ? (age >= 30 ? intPajak(0, 3) : intPajak(0, 1)) : age >= 40 ? intPajak(0, 1) : 0;
  e.statusPtkp = `${married ? 'K' : 'TK'}/${dependents}`;
  // Tunjangan keluarga: 10% of the salary for a spouse, 2% per child (at most two children).
  const children = Math.min(2, dependents);
  const keluarga = Math.round((e.gaji * ((married ? 10 : 0) + 2 * children)) / 100);
  const beras = BERAS_PER_JIWA * (1 + (married ? 1 : 0) + children);
  e.penghasilanBruto = Math.round((e.gaji + keluarga + tunjanganJabatan(e) + beras) / 100) * 100;
  // Iuran pensiun 4.75 % + THT 3.25 % of gaji pokok and tunjangan keluarga (PNS and CPNS); PPPK pay none.
  e.iuranPensiun = e.status === 'PPPK' ? 0 : Math.round(((e.gaji + keluarga) * 8) / 100);
}
{
  // Every TER category should appear (A: TK/0, TK/1, K/0; B: TK/2, TK/3, K/1, K/2; C: K/3).
  const categories = new Set(employees.map((e) => {
    const [kind, n] = e.statusPtkp.split('/');
    const k = Number(n) + (kind === 'K' ? 1 : 0);
    return k <= 1 ? 'A' : k <= 3 ? 'B' : 'C';
  }));
  if (categories.size !== 3) throw new Error(`TER categories in the sample: ${[...categories].join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// Writers.

function csvField(value, sep) {
  const s = value === undefined || value === null ? '' : String(value);
  return s.includes(sep) || s.includes('"') || s.includes('\n') || s.includes('\r') ? `"${s.replace(/"/g, '""')}"` : s;
}
function writeCsv(name, header, rows, { sep = ',', bom = false, eol = '\n' } = {}) {
  const lines = [header, ...rows].map((r) => r.map((v) => csvField(v, sep)).join(sep));
  writeFileSync(join(OUT, name), (bom ? '\ufeff' : '') + lines.join(eol) + eol, 'utf8');
}
const idDecimal = (x) => String(x).replace('.', ',');

mkdirSync(OUT, { recursive: true });

// presensi_oktober_2026.csv: ZKTeco-style report, as saved by Indonesian Excel.
writeCsv(
  'presensi_oktober_2026.csv',
  ['No', 'NIP', 'Nama', 'Tanggal', 'Jam Masuk', 'Jam Pulang', 'Scan Masuk', 'Scan Pulang', 'Keterangan'],
  presensiRows.map((r, i) => [i + 1, r.nip, r.nama, `${pad(r.day)}/${pad(r.month)}/${YEAR}`, r.jam?.[0] ?? '07:30', r.jam?.[1] ?? hm(endOf(r.friday)), r.masuk, r.pulang, r.kode]),
  { sep: ';', bom: true, eol: '\r\n' },
);

// capaian_skp.csv
writeCsv(
  'capaian_skp.csv',
  ['NIP', 'Rencana Hasil Kerja', 'Target', 'Realisasi', 'Satuan', 'Bobot', 'Arah', 'Jenis'],
  capaianRows.map((r) => [
    r.nip,
    r.indikator,
    idDecimal(r.target),
    idDecimal(r.realisasi),
    r.satuan,
    r.bobot === undefined ? '' : r.bobotPersen ? `${r.bobot}%` : String(r.bobot),
    r.arah,
    r.jenis,
  ]),
  { sep: ';', bom: true, eol: '\r\n' },
);

// perilaku.csv
writeCsv('perilaku.csv', ['nip', 'penilai_nip', 'peran', ...ASPEK], perilakuRows);

// unit.csv: the monthly budget is the sum of the ceilings, rounded up to the next million.
writeCsv(
  'unit.csv',
  ['kode_unit', 'nama_unit', 'induk', 'predikat_organisasi', 'pagu_unit'],
  UNITS.map((u) => {
    // A transferred employee is budgeted in the unit they end the month in, on the new ceiling.
    const sum = employees.filter((e) => (e.unitAkhir ?? e.unit) === u.kode).reduce((s, e) => s + (e.paguAkhir ?? e.tppPagu), 0);
    return [u.kode, u.nama, 'PEMKAB', u.predikat, Math.ceil(sum / 1_000_000) * 1_000_000];
  }),
);

// hukdis.csv: one sanction active in October 2026, one that ended in June 2025.
const sanctioned = employees.find((e) => e.extra.hukdis);
const expired = employees.find((e) => e.extra.expiredHukdis);
writeCsv(
  'hukdis.csv',
  ['nip', 'jenis', 'tmt', 'lama_bulan', 'persen'],
  [
    [sanctioned.nip, 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan', '2026-08-01', 6, 25],
    [expired.nip, 'Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6 bulan', '2025-01-01', 6, 25],
  ],
);

// mutasi_oktober_2026.csv: the month's transfer (the staff list gives the post on 1 October).
writeCsv('mutasi_oktober_2026.csv', ['NIP', 'Tanggal', 'Unit', 'Jabatan', 'TPP Pagu', 'Keterangan'], mutasiRows, { sep: ';', eol: '\r\n' });

// jadwal_oktober_2026.csv: the puskesmas roster, as its head keeps it (a title row above the header).
writeFileSync(
  join(OUT, 'jadwal_oktober_2026.csv'),
  ['JADWAL DINAS JAGA UPTD PUSKESMAS SUKAMAJU - OKTOBER 2026;;', 'NIP;Tanggal;Shift', ...jadwalRows.map((r) => r.join(';'))].join('\r\n') + '\r\n',
  'utf8',
);

// plt_oktober_2026.csv: acting posts (Plt/Plh) in force this month.
writeCsv('plt_oktober_2026.csv', ['NIP', 'Nama', 'Jenis', 'Jabatan', 'TPP Pagu', 'TMT Mulai', 'TMT Selesai'], pltRows, { sep: ';', eol: '\r\n' });

// pegawai.xlsx: title rows above the header, NIP and account numbers as text cells.
const COLUMNS = [
  ['NIP', 21],
  ['Nama', 36],
  ['Kode Unit', 11],
  ['Jabatan', 52],
  ['Golongan', 10],
  ['Status', 9],
  ['TPP Pagu', 13],
  ['Gaji', 13],
  ['Penghasilan Bruto', 13],
  ['Status PTKP', 8],
  ['TMT Masuk', 12],
  ['Atasan NIP', 21],
  ['Nama Bank', 14],
  ['Nomor Rekening', 18],
  ['Keterangan TPP', 15],
  ['Iuran Pensiun', 13],
];
const FIXED_TIME = new Date(Date.UTC(2026, 9, 1, 8, 0, 0));
const wb = new ExcelJS.Workbook();
wb.creator = 'BKPSDM Kabupaten Contoh';
wb.lastModifiedBy = 'BKPSDM Kabupaten Contoh';
wb.created = FIXED_TIME;
wb.modified = FIXED_TIME;
const ws = wb.addWorksheet('Pegawai');
ws.columns = COLUMNS.map(([, width]) => ({ width }));
const lastCol = String.fromCharCode('A'.charCodeAt(0) + COLUMNS.length - 1);
ws.getCell('A1').value = 'DAFTAR PEGAWAI PEMERINTAH KABUPATEN CONTOH';
ws.getCell('A1').font = { bold: true, size: 14 };
ws.getCell('A1').alignment = { horizontal: 'center' };
ws.mergeCells(`A1:${lastCol}1`);
ws.getCell('A2').value = 'Keadaan per 1 Oktober 2026';
ws.getCell('A2').alignment = { horizontal: 'center' };
ws.mergeCells(`A2:${lastCol}2`);
const header = ws.getRow(4);
COLUMNS.forEach(([label], i) => {
  const cell = header.getCell(i + 1);
  cell.value = label;
  cell.font = { bold: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  cell.border = { bottom: { style: 'thin' } };
});
const TEXT_COLUMNS = new Set([1, 10, 12, 14]);
employees.forEach((e, i) => {
  const row = ws.getRow(5 + i);
  const values = [
    e.nip,
    e.nama,
    e.unit,
    e.jabatan,
    e.golongan,
    e.status,
    e.tppPagu,
    e.gaji,
    e.penghasilanBruto,
    e.statusPtkp,
    e.tmtMasukDay === undefined ? null : new Date(Date.UTC(YEAR, MONTH - 1, e.tmtMasukDay)),
    e.atasanNip,
    e.namaBank,
    e.nomorRekening,
    e.keterangan ?? null,
    e.iuranPensiun,
  ];
  values.forEach((v, c) => {
    const cell = row.getCell(c + 1);
    if (TEXT_COLUMNS.has(c + 1)) cell.numFmt = '@';
    if (v === null) return;
    cell.value = v;
    if (c + 1 === 7 || c + 1 === 8 || c + 1 === 9 || c + 1 === 16) cell.numFmt = '#,##0';
    if (c + 1 === 11) cell.numFmt = 'dd/mm/yyyy';
  });
});
for (const c of TEXT_COLUMNS) ws.getColumn(c).numFmt = '@';
ws.views = [{ state: 'frozen', ySplit: 4 }];
writeFileSync(join(OUT, 'pegawai.xlsx'), fixZipTimes(Buffer.from(await wb.xlsx.writeBuffer())));

/**
 * The zip container stamps every entry with the current time; set them all to 1 October 2026 08:00
 * (DOS time) so that the workbook, too, is the same on every run. Walks the central directory.
 */
function fixZipTimes(buf) {
  const time = (8 << 11) | (0 << 5) | 0;
  const date = ((2026 - 1980) << 9) | (10 << 5) | 1;
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('pegawai.xlsx: no zip end record');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('pegawai.xlsx: bad central directory');
    buf.writeUInt16LE(time, p + 12);
    buf.writeUInt16LE(date, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error('pegawai.xlsx: bad local header');
    buf.writeUInt16LE(time, local + 10);
    buf.writeUInt16LE(date, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

// paket-aturan.yaml: only what differs from the built-in pack.
writeFileSync(
  join(OUT, 'paket-aturan.yaml'),
  `# Paket aturan Kabupaten Contoh untuk demo kinerja.
# Hanya memuat yang berbeda dari paket bawaan; selebihnya (jadwal kerja, potongan TL/PSW, TK,
# komponen TPP 40/60, tarif PPh 21 per golongan, BPJS) memakai nilai bawaan.
nama: contoh-kabupaten
versi: "2026.1"

tindak_lanjut:
  # Saran pelatihan untuk aspek BerAKHLAK terlemah pegawai dalam daftar pembinaan/penghargaan.
  pelatihan:
    berorientasi_pelayanan: "Pelatihan Pelayanan Publik Prima"
    akuntabel: "Pelatihan Manajemen Kinerja dan Akuntabilitas"
    kompeten: "Pelatihan Teknis Sesuai Jabatan"
    harmonis: "Pelatihan Komunikasi Efektif dan Kerja Sama Tim"
    loyal: "Pembinaan Wawasan Kebangsaan dan Nilai Dasar ASN"
    adaptif: "Pelatihan Literasi Digital dan Manajemen Perubahan"
    kolaboratif: "Pelatihan Kolaborasi Lintas Sektor"

presensi:
  kode:
    # Cuti sakit panjang: 14 hari kerja pertama dalam bulan dibayar penuh, selebihnya 75%.
    CS: { bayar: [{ sampai_hari: 14, persen: 100 }, { persen: 75 }] }

jadwal:
  # Shift dinas jaga puskesmas (masukan "jadwal"); MALAM berakhir besok pagi.
  shift:
    PAGI: { masuk: "07:00", pulang: "14:00" }
    SIANG: { masuk: "14:00", pulang: "21:00" }
    MALAM: { masuk: "21:00", pulang: "07:00" }
    LIBUR: libur

tpp:
  # Plt/Plh: 20% pagu jabatan yang dirangkap, pro rata hari kerja, paling sedikit 5 hari kerja.
  plt: { cara: tambahan_persen, persen: 20, minimal_hari: 5, jenis: [Plt, Plh] }

laporan:
  # Blok tanda tangan daftar nominatif TPP.
  penandatangan:
    - { jabatan: "Kepala BPKAD", nama: "Drs. Wiyono Hadi Saputro, M.Si.", nip: "197104231996031003" }
    - { jabatan: "Bendahara Pengeluaran", nama: "Sulastri, S.E.", nip: "198211072009032004" }
`,
  'utf8',
);

// README.md
const count = (f) => employees.filter(f).length;
writeFileSync(
  join(OUT, 'README.md'),
  `# Contoh: Pemerintah Kabupaten Contoh, Oktober 2026

Data contoh (fiktif) yang dipakai \`kinerja demo\`. Semua berkas di folder ini dibuat oleh
\`scripts/make-contoh.mjs\` (deterministik); jangan disunting manual, jalankan ulang skripnya:
\`node scripts/make-contoh.mjs\`.

This folder is a fictitious sample agency generated by \`scripts/make-contoh.mjs\`; \`kinerja demo\` runs on it.

Isi:

| berkas | isi |
|---|---|
| \`pegawai.xlsx\` | ${employees.length} pegawai di ${UNITS.length} unit (${UNITS.map((u) => u.kode).join(', ')}); judul di atas tajuk, NIP dan nomor rekening sebagai teks; gaji, penghasilan bruto, status PTKP dan iuran pensiun untuk metode pajak TER (\`fixtures/paket-ter/\`; iuran pensiun hanya dibaca untuk perhitungan ulang PPh 21 Desember) |
| \`presensi_oktober_2026.csv\` | log harian gaya laporan ZKTeco (\`;\`, UTF-8 BOM), 22 hari kerja (Senin-Jumat, tanpa libur) |
| \`capaian_skp.csv\` | ${capaianRows.length} indikator SKP (\`;\`, koma desimal) |
| \`perilaku.csv\` | nilai 7 aspek BerAKHLAK dari atasan dan sebagian rekan kerja |
| \`unit.csv\` | predikat organisasi dan pagu TPP bulanan per unit |
| \`hukdis.csv\` | satu hukuman disiplin aktif, satu yang sudah selesai |
| \`mutasi_oktober_2026.csv\` | mutasi dan promosi dalam bulan (data pegawai berisi jabatan per 1 Oktober) |
| \`jadwal_oktober_2026.csv\` | jadwal dinas jaga puskesmas (shift PAGI, SIANG, MALAM, LIBUR; tujuh hari seminggu) |
| \`plt_oktober_2026.csv\` | jabatan Plt/Plh yang dirangkap bulan ini |
| \`paket-aturan.yaml\` | paket aturan daerah: cuti sakit panjang dibayar menurut lamanya, shift puskesmas, tambahan Plt 20%, saran pelatihan dan penandatangan laporan |

Kasus yang sengaja dimuat:

- ${count((e) => e.status === 'CPNS')} CPNS (faktor TPP 80%), ${count((e) => e.status === 'PPPK')} PPPK (golongan IX);
- satu pegawai pindahan dengan TMT masuk 12 Oktober 2026 (TPP pro rata 15/22 hari);
- satu pegawai CLTN (TPP nihil, tanpa presensi, SKP dan perilaku);
- satu pegawai dengan 10 hari TK (TPP nihil karena batas TK);
- satu pegawai dengan hukuman disiplin aktif (potongan TPP 25%);
- satu pegawai mutasi 15 Oktober dari BAPPEDA ke DISDIK dengan promosi (TPP dua segmen: 10/22 hari
  dengan pagu lama, 12/22 hari dengan pagu baru; dihitung di unit DISDIK);
- satu pegawai cuti sakit 20 hari kerja (kode CS: 14 hari pertama dibayar penuh, 6 hari berikutnya 75%);
- satu Plt Kepala Bidang Kebudayaan DISDIK sepanjang bulan (tambahan 20% pagu jabatan itu);
- satu puskesmas dengan jadwal shift tujuh hari seminggu, termasuk shift malam 21.00-07.00 yang
  pulangnya tercatat besok pagi; hari libur jadwal bukan hari kerja (bukan TK);
- predikat kinerja beragam (sangat baik, baik, butuh perbaikan, satu kurang);
- Sekda menilai semua kepala unit sangat tinggi: muncul di daftar kalibrasi sebagai penilai \`lunak\`;
- BAPPEDA berpredikat organisasi BUTUH_PERBAIKAN tetapi sebaran predikat pegawainya tidak memenuhi
  kurva (peringatan \`KURVA_*\`);
- baris presensi untuk NIP yang tidak ada di daftar pegawai (pegawai mutasi keluar) dan satu baris
  tanggal 2 November 2026, untuk menunjukkan peringatan.
`,
  'utf8',
);

console.log(`fixtures/contoh: ${employees.length} pegawai, ${presensiRows.length} baris presensi, ${capaianRows.length} indikator, ${perilakuRows.length} penilai`);

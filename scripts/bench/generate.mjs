// Deterministic generator of a synthetic agency for `npm run bench` (SPEC §6): pegawai.csv,
// presensi (daily log, ~22 rows per employee), capaian_skp.csv (3-7 indicators each), perilaku.csv
// (1-3 raters each), unit.csv and hukdis.csv, in the shapes real exports have (see fixtures/contoh).
// Seeded PRNG only: the same size gives byte-identical files.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../seeded-random.mjs';

/** Bump when the generated data changes, so a kept data folder of an older version is not reused. */
export const GENERATOR_VERSION = 1;

/** SPEC §6 sizes. */
export const SIZES = {
  S: { employees: 2_000, label: 'an agency' },
  // Not a SPEC §6 size: the 8,000-employee agency of the performance issue's round 4 (≤ 2 s).
  K: { employees: 8_000, label: 'an 8,000-employee agency' },
  M: { employees: 65_000, label: 'a province' },
  L: { employees: 500_000, label: 'a large ministry' },
};

/** The period the data is for: October 2026 has 22 weekdays and no holiday in `bawaan`. */
export const PERIOD = '2026-10';
const YEAR = 2026;
const MONTH = 10;


const pad2 = (n) => (n < 10 ? `0${n}` : String(n));
const pad3 = (n) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : String(n));
const hhmm = (seconds) => `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor((seconds % 3600) / 60))}`;

/** Buffered writer: rows are joined in chunks so an 11-million-row file is written in ~500 calls. */
function openWriter(path, bom = false) {
  const fd = openSync(path, 'w');
  let parts = [];
  let size = 0;
  let bytes = 0;
  const flush = () => {
    if (parts.length === 0) return;
    const text = parts.join('');
    bytes += writeSync(fd, text);
    parts = [];
    size = 0;
  };
  if (bom) parts.push('\uFEFF');
  return {
    line(text) {
      parts.push(text, '\n');
      size += text.length + 1;
      if (size >= 1 << 20) flush();
    },
    close() {
      flush();
      closeSync(fd);
      return bytes;
    },
  };
}

const FIRST = ['Budi', 'Siti', 'Agus', 'Dewi', 'Rina', 'Andi', 'Sri', 'Eko', 'Nur', 'Ahmad', 'Putri', 'Yusuf', 'Wahyu', 'Fitri', 'Hendra', 'Ratna', 'Dian', 'Rudi', 'Lestari', 'Bambang', 'Made', 'Ketut', 'Intan', 'Fajar'];
const LAST = ['Santoso', 'Wulandari', 'Pratama', 'Hidayat', 'Saputra', 'Kurniawan', 'Handayani', 'Nugroho', 'Setiawan', 'Rahmawati', 'Siregar', 'Lubis', 'Simanjuntak', 'Wijaya', 'Susanti', 'Purba', 'Harahap', 'Sari', 'Utami', 'Gunawan'];
const JABATAN = [
  ['Analis Kebijakan', 'fungsional'],
  ['Pengadministrasi Umum', 'pelaksana'],
  ['Pranata Komputer', 'fungsional'],
  ['Analis Keuangan', 'fungsional'],
  ['Pengelola Data', 'pelaksana'],
  ['Perencana', 'fungsional'],
  ['Bendahara', 'pelaksana'],
  ['Arsiparis', 'fungsional'],
];
const GOL_PNS = ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d', 'IV/a', 'IV/b'];
const GOL_PPPK = ['V', 'VII', 'IX', 'X', 'XI'];
const BANKS = ['Bank Jateng', 'Bank BRI', 'Bank Mandiri', 'Bank BNI', 'Bank Sumut'];
const PTKP = ['TK/0', 'K/0', 'K/1', 'K/2', 'K/3'];
const ORG_PREDIKAT = ['ISTIMEWA', 'BAIK', 'BAIK', 'BAIK', 'BUTUH_PERBAIKAN'];
const LEAVE_CODES = ['I', 'S', 'CT', 'DL', 'DL', 'CT'];
const INDIKATOR = [
  ['Persentase dokumen diverifikasi tepat waktu', 'persen'],
  ['Jumlah laporan kegiatan yang disusun', 'laporan'],
  ['Persentase realisasi anggaran sesuai rencana kas', 'persen'],
  ['Waktu penyelesaian layanan', 'hari'],
  ['Jumlah data yang dimutakhirkan', 'data'],
  ['Persentase pengaduan ditindaklanjuti', 'persen'],
  ['Jumlah rapat koordinasi yang difasilitasi', 'kegiatan'],
  ['Indeks kepuasan layanan', 'indeks'],
];
const ASPEK = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'];

/** Working days of the period (Mon-Fri), with whether each is a Friday. */
function workingDays() {
  const days = [];
  const last = new Date(Date.UTC(YEAR, MONTH, 0)).getUTCDate();
  for (let d = 1; d <= last; d++) {
    const wd = new Date(Date.UTC(YEAR, MONTH - 1, d)).getUTCDay();
    if (wd >= 1 && wd <= 5) days.push({ day: d, friday: wd === 5, text: `${pad2(d)}/${pad2(MONTH)}/${YEAR}` });
  }
  return days;
}

/**
 * Writes the agency into `dir`. Returns the file list with row counts. Rates (per employee-day):
 * late ~12%, early leave ~5%, leave codes ~3%, TK ~0.4%, no record ~0.3%, no check-out ~1%.
 */
export function generateAgency(dir, employeesWanted, seed = 20261001) {
  mkdirSync(dir, { recursive: true });
  const rnd = mulberry32(seed);
  const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const days = workingDays();

  // Units of ~250 employees (a province has a few hundred OPD/UPT, a ministry thousands of satker).
  const unitCount = Math.max(4, Math.round(employeesWanted / 250));
  const units = Array.from({ length: unitCount }, (_, i) => `U${String(i + 1).padStart(5, '0')}`);

  const nips = new Set();
  const newNip = (pppk) => {
    for (;;) {
      const by = int(1966, 2001);
      const birth = `${by}${pad2(int(1, 12))}${pad2(int(1, 28))}`;
      let tmt;
      if (pppk) tmt = `${int(Math.max(2021, by + 18), 2025)}${int(21, 29)}`;
      else {
        const ty = int(by + 19, Math.min(2026, by + 38));
        tmt = `${ty}${pad2(ty === 2026 ? int(1, 9) : int(1, 12))}`;
      }
      const nip = `${birth}${tmt}${int(1, 2)}${pad3(int(1, 999))}`;
      if (!nips.has(nip)) {
        nips.add(nip);
        return nip;
      }
    }
  };
  const sekda = '196805121990031002';
  nips.add(sekda);

  // --- pegawai.csv ---------------------------------------------------------------------------
  const staff = [];
  const pegawai = openWriter(join(dir, 'pegawai.csv'));
  pegawai.line('nip,nama,unit,jabatan,jenis_jabatan,golongan,status,tpp_pagu,gaji,tmt_masuk,atasan_nip,nama_bank,nomor_rekening,npwp,status_ptkp,keterangan_tpp');
  let heads = [];
  for (let i = 0; i < employeesWanted; i++) {
    const unitIndex = Math.floor((i * unitCount) / employeesWanted);
    const unit = units[unitIndex];
    const isHead = heads[unitIndex] === undefined;
    const r = rnd();
    const status = isHead ? 'PNS' : r < 0.84 ? 'PNS' : r < 0.89 ? 'CPNS' : 'PPPK';
    const pppk = status === 'PPPK';
    const nip = newNip(pppk);
    if (isHead) heads[unitIndex] = nip;
    const atasan = isHead ? sekda : heads[unitIndex];
    const [jabatan, jenis] = isHead ? ['Kepala', 'struktural'] : pick(JABATAN);
    const golongan = pppk ? pick(GOL_PPPK) : isHead ? 'IV/b' : pick(GOL_PNS);
    const pagu = isHead ? 15_000_000 : int(25, 90) * 100_000;
    const gaji = int(25, 65) * 100_000;
    // 0.5% join mid-month (pro rata), 0.1% are on CLTN (nihil, no attendance).
    const joinDay = rnd() < 0.005 ? pick(days).day : 0;
    const cltn = !isHead && rnd() < 0.001;
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const rekening = `${int(1, 9)}${String(int(0, 999_999_999)).padStart(9, '0')}`;
    const npwp = `${int(10, 99)}.${pad3(int(0, 999))}.${pad3(int(0, 999))}.${int(0, 9)}-${pad3(int(0, 999))}.000`;
    pegawai.line(
      `${nip},${name},${unit},${jabatan},${jenis},${golongan},${status},${pagu},${gaji},${joinDay ? `${YEAR}-${pad2(MONTH)}-${pad2(joinDay)}` : ''},${atasan},${pick(BANKS)},${rekening},${npwp},${pick(PTKP)},${cltn ? 'CLTN' : ''}`,
    );
    staff.push({ nip, name, joinDay, cltn, atasan, unitIndex });
  }
  pegawai.close();

  // --- unit.csv --------------------------------------------------------------------------------
  const unitFile = openWriter(join(dir, 'unit.csv'));
  unitFile.line('kode_unit,nama_unit,induk,predikat_organisasi,pagu_unit');
  for (const u of units) unitFile.line(`${u},Unit Kerja ${u},PEMDA,${pick(ORG_PREDIKAT)},${int(500, 5000) * 1_000_000}`);
  unitFile.close();

  // --- presensi: a ZKTeco-style daily report (`;`, BOM, dd/mm/yyyy, scheduled and scanned times) -
  const presensi = openWriter(join(dir, 'presensi_oktober_2026.csv'), true);
  presensi.line('No;NIP;Nama;Tanggal;Jam Masuk;Jam Pulang;Scan Masuk;Scan Pulang;Keterangan');
  let no = 0;
  let presensiRows = 0;
  const START = 7 * 3600 + 30 * 60;
  for (const s of staff) {
    if (s.cltn) continue;
    // Each employee has a habit: some are often late, most rarely.
    const lateRate = rnd() < 0.2 ? 0.35 : 0.06;
    const earlyRate = rnd() < 0.15 ? 0.2 : 0.02;
    for (const d of days) {
      if (d.day < s.joinDay) continue;
      const r = rnd();
      if (r < 0.003) continue; // no record that day: counted as TK (PRESENSI_KOSONG)
      const end = d.friday ? 16 * 3600 + 30 * 60 : 16 * 3600;
      const scheduled = `${hhmm(START)};${hhmm(end)}`;
      let line;
      if (r < 0.007) line = `${s.nip};${s.name};${d.text};${scheduled};;;TK`;
      else if (r < 0.037) line = `${s.nip};${s.name};${d.text};${scheduled};;;${pick(LEAVE_CODES)}`;
      else {
        const masuk = rnd() < lateRate ? START + int(60, 120 * 60) : START - int(0, 45 * 60);
        const noOut = rnd() < 0.01;
        const pulang = rnd() < earlyRate ? end - int(60, 100 * 60) : end + int(0, 75 * 60);
        line = `${s.nip};${s.name};${d.text};${scheduled};${hhmm(masuk)};${noOut ? '' : hhmm(pulang)};`;
      }
      no += 1;
      presensi.line(`${no};${line}`);
      presensiRows += 1;
    }
  }
  // Contract staff who share the machines: rows for NIPs not in pegawai (NIP_TIDAK_DIKENAL).
  const honorer = Math.max(2, Math.round(employeesWanted / 2000));
  for (let h = 0; h < honorer; h++) {
    const nip = newNip(false);
    for (const d of days) {
      no += 1;
      presensi.line(`${no};${nip};Tenaga Honorer ${h + 1};${d.text};07:30;16:00;07:20;16:10;`);
      presensiRows += 1;
    }
  }
  presensi.close();

  // --- capaian_skp.csv (`;`, decimal comma, percent weights) ------------------------------------
  const capaian = openWriter(join(dir, 'capaian_skp.csv'), true);
  capaian.line('NIP;Rencana Hasil Kerja;Target;Realisasi;Satuan;Bobot;Arah;Jenis');
  let capaianRows = 0;
  for (const s of staff) {
    if (s.cltn) continue;
    const n = int(3, 7);
    const skill = 0.75 + rnd() * 0.45;
    for (let k = 0; k < n; k++) {
      const [name, satuan] = INDIKATOR[(k + s.unitIndex) % INDIKATOR.length];
      const turun = satuan === 'hari';
      const target = turun ? int(2, 10) : satuan === 'persen' ? 100 : int(4, 40);
      const ratio = skill * (0.85 + rnd() * 0.3);
      const realisasi = turun ? Math.max(1, Math.round(target / ratio)) : Math.round(target * ratio * 10) / 10;
      const tambahan = k === n - 1 && rnd() < 0.1;
      capaian.line(`${s.nip};${name};${target};${String(realisasi).replace('.', ',')};${satuan};${tambahan ? '' : `${Math.round(100 / n)}%`};${turun ? 'turun' : 'naik'};${tambahan ? 'tambahan' : 'utama'}`);
      capaianRows += 1;
    }
  }
  capaian.close();

  // --- perilaku.csv (wide: atasan plus 0-2 peers) ----------------------------------------------
  const perilaku = openWriter(join(dir, 'perilaku.csv'));
  perilaku.line(`nip,penilai_nip,peran,${ASPEK.join(',')}`);
  let perilakuRows = 0;
  for (let i = 0; i < staff.length; i++) {
    const s = staff[i];
    if (s.cltn) continue;
    const base = int(65, 98);
    const scores = () => ASPEK.map(() => Math.min(100, Math.max(40, base + int(-8, 8)))).join(',');
    perilaku.line(`${s.nip},${s.atasan},atasan,${scores()}`);
    perilakuRows += 1;
    const peers = int(0, 2);
    for (let p = 1; p <= peers; p++) {
      const peer = staff[(i + p) % staff.length];
      if (peer.nip === s.nip) continue;
      perilaku.line(`${s.nip},${peer.nip},rekan,${scores()}`);
      perilakuRows += 1;
    }
  }
  perilaku.close();

  // --- hukdis.csv (0.2% with an active sanction) -----------------------------------------------
  const hukdis = openWriter(join(dir, 'hukdis.csv'));
  hukdis.line('nip,jenis,tmt,lama_bulan,persen');
  let hukdisRows = 0;
  for (const s of staff) {
    if (rnd() >= 0.002) continue;
    hukdis.line(`${s.nip},Hukuman disiplin sedang: pemotongan tunjangan kinerja,2026-0${int(5, 9)}-01,${int(3, 12)},25`);
    hukdisRows += 1;
  }
  hukdis.close();

  return {
    employees: staff.length,
    units: units.length,
    rows: { pegawai: staff.length, presensi: presensiRows, capaian: capaianRows, perilaku: perilakuRows, unit: units.length, hukdis: hukdisRows },
  };
}

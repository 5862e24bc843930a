/** The staff master (`pegawai`, SPEC §2.4): one row per employee, the key for every other input. */
import { z } from 'zod';
import type { Period } from '../model/domain.js';
import { groupedDigits, maskAccount, maskIdentity, type FindingCollector } from '../findings.js';
import { parseGolongan, type Golongan } from '../model/golongan.js';
import { daysInMonth, parseIsoDate } from '../model/local-date.js';
import type { Table } from '../readers/table.js';
import { cellText } from '../readers/cell.js';
import { normaliseCodeText } from '../rules/day-codes.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { Exact } from '../exact.js';
import { hasRequiredFields, mapHeader, packHeaderNames, type FieldSpecs, type HeaderMap } from './header-map.js';
import { textInterner } from './intern-text.js';
import { checkNipLayout, compactNip, readNipCell, visibleNipText, type NipTidy } from './read-nip.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { settleStaffRows } from './segments.js';
import { RowCheck } from './row-check.js';
import { paguFor } from '../rules/pagu.js';
import { bankKey, bankLooseKey, resolveBankLayout } from '../rules/bank-layout.js';
import { recalculatesYear, taxByTer } from '../rules/tax-method.js';
import { checkCeilingPlausible } from './check-ceiling.js';
import type { FileLedger, RowBucket } from '../model/row-accounting.js';
import type { Pegawai, PegawaiTable, Segmen } from '../model/records.js';
import { JENJANG_JF, readJenjangJf } from '../model/jenjang-jf.js';

type PegawaiField =
  | 'nip' | 'nama' | 'unit' | 'jabatan' | 'jenis_jabatan' | 'kelas_jabatan' | 'golongan' | 'status' | 'tpp_pagu'
  | 'gaji' | 'penghasilan_bruto' | 'tmt_masuk' | 'tmt_keluar' | 'jadwal' | 'atasan_nip' | 'pin' | 'nama_bank'
  | 'nomor_rekening' | 'npwp' | 'status_ptkp' | 'keterangan_tpp' | 'tmt_mulai' | 'tmt_selesai'
  | 'nik'
  | 'jenjang_jf'
  | 'iuran_pensiun';

/** Header aliases of `pegawai`, in priority order (SPEC §2.4). */
export const PEGAWAI_FIELDS: FieldSpecs<PegawaiField> = {
  nip: { aliases: ['nip', 'nip_baru', 'no_induk'], required: true },
  nama: { aliases: ['nama', 'nama_pegawai', 'nama_lengkap'], required: true },
  unit: { aliases: ['kode_unit', 'unit', 'unit_kerja', 'opd', 'skpd'], required: true },
  jabatan: { aliases: ['jabatan', 'nama_jabatan'] },
  jenis_jabatan: { aliases: ['jenis_jabatan'] },
  kelas_jabatan: { aliases: ['kelas_jabatan', 'kelas'] },
  golongan: { aliases: ['golongan', 'golru', 'pangkat_golongan', 'gol', 'gol_ruang', 'pangkat_gol'] },
  status: { aliases: ['status', 'status_pegawai', 'jenis_pegawai', 'status_kepegawaian', 'jenis_kepegawaian', 'status_asn'] },
  tpp_pagu: { aliases: ['tpp_pagu', 'pagu_tpp', 'besaran_tpp', 'tpp'] },
  gaji: { aliases: ['gaji', 'gaji_bruto', 'penghasilan_gaji'] },
  penghasilan_bruto: { aliases: ['penghasilan_bruto'] },
  tmt_masuk: { aliases: ['tmt_masuk'] },
  tmt_keluar: { aliases: ['tmt_keluar'] },
  jadwal: { aliases: ['jadwal'] },
  atasan_nip: { aliases: ['atasan_nip', 'nip_atasan'] },
  pin: { aliases: ['pin', 'no_id', 'user_id'] },
  nama_bank: { aliases: ['nama_bank', 'bank'] },
  nomor_rekening: { aliases: ['nomor_rekening', 'rekening', 'no_rekening'] },
  npwp: { aliases: ['npwp'] },
  status_ptkp: { aliases: ['status_ptkp', 'ptkp'] },
  keterangan_tpp: { aliases: ['keterangan_tpp'] },
  // The days this row's post is in force: several rows of one NIP are the segments of a month.
  tmt_mulai: { aliases: ['tmt_mulai', 'berlaku_mulai'] },
  tmt_selesai: { aliases: ['tmt_selesai', 'berlaku_sampai'] },
  nik: { aliases: ['nik', 'no_nik', 'nomor_nik', 'nomor_induk_kependudukan', 'no_ktp', 'nomor_ktp'] },
  jenjang_jf: { aliases: ['jenjang_jf', 'jenjang_fungsional', 'jenjang_jabatan_fungsional', 'jenjang'] },
  // Monthly iuran pensiun/THT withheld from the salary (form 1721-A2): deducted in December's annual recalculation.
  iuran_pensiun: { aliases: ['iuran_pensiun', 'iuran_pensiun_tht', 'iuran_pensiun_bulanan'] },
};

const PTKP = ['TK/0', 'TK/1', 'TK/2', 'TK/3', 'K/0', 'K/1', 'K/2', 'K/3'] as const;
const JENIS_JABATAN = ['struktural', 'fungsional', 'pelaksana'] as const;
const localDate = z.string().refine((s) => parseIsoDate(s) !== undefined);
const rupiah = z.number().int().min(0);

/** Field schemas of an employee record (the single source of the `Pegawai` type). */
const pegawaiFields = {
  nip: z.string(),
  nama: z.string(),
  unit: z.string(),
  jabatan: z.string().optional(),
  jenisJabatan: z.enum(JENIS_JABATAN).optional(),
  kelasJabatan: z.number().int().min(1).max(17).optional(),
  golongan: z.custom<Golongan>().optional(),
  /** Golongan as written, shown when it could not be read. */
  golonganText: z.string().optional(),
  status: z.string(),
  tppPagu: rupiah.optional(),
  gaji: rupiah.optional(),
  penghasilanBruto: rupiah.optional(),
  tmtMasuk: localDate.optional(),
  tmtKeluar: localDate.optional(),
  jadwal: z.string(),
  atasanNip: z.string().optional(),
  /** Machine PIN without leading zeros (SPEC §2.4: PINs match ignoring leading zeros). */
  pin: z.string().optional(),
  namaBank: z.string().optional(),
  nomorRekening: z.string().optional(),
  npwp: z.string().optional(),
  nik: z.string().regex(/^\d{16}$/).optional(),
  statusPtkp: z.enum(PTKP).optional(),
  keteranganTpp: z.string().optional(),
  berlakuMulai: localDate.optional(),
  berlakuSampai: localDate.optional(),
  segmen: z.custom<readonly Segmen[]>().optional(),
  jenjangJf: z.enum(JENJANG_JF).optional(),
  /** Where the record came from. */
  file: z.string(),
  row: z.number().int(),
};
export const pegawaiSchema = z.object(pegawaiFields) satisfies z.ZodType<Pegawai>;

const STATUS_ALIASES: Readonly<Record<string, string>> = {
  P3K: 'PPPK',
  PPPK_PARUH_WAKTU: 'PPPK_PW',
  P3K_PARUH_WAKTU: 'PPPK_PW',
  P3K_PW: 'PPPK_PW',
};

/** Normalises an employment status (`P3K` → `PPPK`, `PPPK Paruh Waktu` → `PPPK_PW`, empty → `PNS`). */
export function normaliseStatus(text: string | undefined): string {
  if (text === undefined) return 'PNS';
  const code = normaliseCodeText(text);
  return STATUS_ALIASES[code] ?? code;
}

function normalisePtkp(text: string): string {
  const m = /^(TK|K)\s*[/-]?\s*([0-3])$/i.exec(text.trim());
  return m ? `${m[1]!.toUpperCase()}/${m[2]}` : text.trim();
}

/** Whether a status is a PPPK status (its NIP has no CPNS month, its golongan is I..XVII). */
function isPppkStatus(status: string): boolean {
  return status.startsWith('PPPK');
}

const pegawaiPlan: ReadPlan<PegawaiField> = {
  input: 'pegawai',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, PEGAWAI_FIELDS, rowNumber, packNames);
    return hasRequiredFields(map, PEGAWAI_FIELDS) ? { shape: 'master', specs: PEGAWAI_FIELDS, map } : undefined;
  },
  required: { id: 'nip, nama, unit', en: 'nip, nama, unit' },
  profiled: () => ({
    dates: ['tmt_masuk', 'tmt_keluar', 'tmt_mulai', 'tmt_selesai'],
    numbers: ['tpp_pagu', 'gaji', 'penghasilan_bruto', 'iuran_pensiun'],
  }),
};

interface RowOutcome {
  bucket: RowBucket;
  ledger: FileLedger;
}

/** What reading a staff row needs from the pack, worked out once per reading. */
interface PegawaiReading {
  pack: RulePack;
  period: Period;
  statuses: readonly string[];
  /** CPNS and PNS are paid differently: an empty status of a recent starter is a doubt. */
  statusMattersForPay: boolean;
  profiles: readonly string[];
  taxNeedsGolongan: boolean;
  taxNeedsPtkp: boolean;
  /** December under TER with the annual recalculation: the only run that reads `iuran_pensiun`. */
  readsIuranPensiun: boolean;
  intern: (text: string) => string;
  readGolongan: (text: string, pppk: boolean) => Golongan | undefined;
}

function pegawaiReading(pack: RulePack, period: Period): PegawaiReading {
  const cpnsFactor = pack.tpp.faktor_status['CPNS'];
  const pnsFactor = pack.tpp.faktor_status['PNS'];
  // Golongan values repeat (a few dozen grades): one parsed object per distinct text is kept.
  const golonganCache = new Map<string, Golongan | null>();
  return {
    pack,
    period,
    statuses: Object.keys(pack.tpp.faktor_status),
    statusMattersForPay: cpnsFactor !== undefined && pnsFactor !== undefined && !cpnsFactor.eq(pnsFactor),
    profiles: Object.keys(pack.jadwal),
    taxNeedsGolongan: pack.pajak.metode === 'tarif_golongan',
    taxNeedsPtkp: pack.pajak.metode === 'ter',
    readsIuranPensiun: recalculatesYear(pack, period),
    intern: textInterner(),
    readGolongan: (text, pppk) => {
      const key = `${pppk ? 'P' : 'N'}${text}`;
      let value = golonganCache.get(key);
      if (value === undefined) {
        value = parseGolongan(text, pppk) ?? null;
        if (golonganCache.size < 4096) golonganCache.set(key, value);
      }
      return value ?? undefined;
    },
  };
}

/** The NIP of a staff row as written (a damaged or odd one is kept, with its error), or undefined when empty. */
function readOwnNip(check: RowCheck<PegawaiField>): { nip: string; cell: ReturnType<typeof readNipCell> } | undefined {
  const cell = readNipCell(check.cell('nip'));
  switch (cell.kind) {
    case 'empty':
      check.report('NILAI_WAJIB_KOSONG', 'nip');
      check.finish(undefined);
      return undefined;
    case 'damaged':
      check.report('NIP_TERPOTONG', 'nip', {}, cell.text);
      return { nip: cell.text, cell };
    case 'format':
      check.report('NIP_FORMAT', 'nip', { reason_id: cell.reason.id, reason_en: cell.reason.en }, cell.text);
      return { nip: cell.text, cell };
    case 'nip':
      if (cell.tidied) reportTidied(check, 'nip', cell.nip, cell.tidied);
      return { nip: cell.nip, cell };
  }
}

/** Status, checked against the pack and the NIP's layout; an empty status reads as PNS. */
function readStatus(check: RowCheck<PegawaiField>, own: { nip: string; cell: ReturnType<typeof readNipCell> }, r: PegawaiReading): string {
  const statusText = check.text('status');
  const status = r.intern(normaliseStatus(statusText));
  if (statusText === undefined && own.cell.kind === 'nip' && r.statusMattersForPay && recentCpnsStart(own.nip, r.period)) {
    // An empty status reads as PNS; a CPNS start this recent may still be a CPNS, paid less.
    check.report('STATUS_KOSONG', 'status', { tmt: `${own.nip.slice(8, 12)}-${own.nip.slice(12, 14)}` }, '');
  }
  if (!r.statuses.includes(status)) check.report('STATUS_TIDAK_DIKENAL', 'status', { choices: r.statuses.join(', ') });
  if (own.cell.kind === 'nip') {
    for (const p of checkNipLayout(own.nip, isPppkStatus(status), r.period)) {
      if (p.code === 'NIP_PPPK_KODE') check.report('NIP_PPPK_KODE', 'nip', { digits: p.digits }, own.nip);
      else check.report('NIP_TIDAK_VALID', 'nip', { part_id: p.part.id, part_en: p.part.en, reason_id: p.reason.id, reason_en: p.reason.en }, own.nip);
    }
  }
  return status;
}

/** The golongan as written and as read; required when the tax method takes it from the golongan. */
function readGolonganOf(check: RowCheck<PegawaiField>, status: string, excluded: boolean, r: PegawaiReading): { golongan?: Golongan; golonganText?: string } {
  const pppk = isPppkStatus(status);
  const text = check.text('golongan');
  const golonganText = text === undefined ? undefined : r.intern(text);
  const golongan = golonganText === undefined ? undefined : r.readGolongan(golonganText, pppk);
  if ((golonganText !== undefined && golongan === undefined) || (golonganText === undefined && r.taxNeedsGolongan && !excluded)) {
    check.report(
      'GOLONGAN_TIDAK_VALID',
      'golongan',
      { status, example: pppk ? 'IX atau 9' : 'III/a, III-a, 3a atau Penata Muda (III/a)' },
      golonganText ?? '',
      r.taxNeedsGolongan && !excluded ? 'error' : 'peringatan',
    );
  }
  return { ...(golongan !== undefined ? { golongan } : {}), ...(golonganText !== undefined ? { golonganText } : {}) };
}

/** Service dates, each checked for an ambiguous day/month reading, and their order. */
function readServiceDates(check: RowCheck<PegawaiField>, period: Period): { tmtMasuk?: string; tmtKeluar?: string } {
  const tmtMasuk = check.date('tmt_masuk');
  const tmtKeluar = check.date('tmt_keluar');
  if (tmtMasuk !== undefined) checkAmbiguousTmt(check, 'tmt_masuk', tmtMasuk, period);
  if (tmtKeluar !== undefined) checkAmbiguousTmt(check, 'tmt_keluar', tmtKeluar, period);
  if (tmtMasuk && tmtKeluar && tmtMasuk > tmtKeluar) check.report('TMT_TERBALIK', 'tmt_masuk', { masuk: tmtMasuk, keluar: tmtKeluar });
  return { ...(tmtMasuk !== undefined ? { tmtMasuk } : {}), ...(tmtKeluar !== undefined ? { tmtKeluar } : {}) };
}

/** The days the row's post is in force (`tmt_mulai`/`tmt_selesai`), checked like the service dates. */
function readValidity(check: RowCheck<PegawaiField>, period: Period): { berlakuMulai?: string; berlakuSampai?: string } {
  const berlakuMulai = check.date('tmt_mulai');
  const berlakuSampai = check.date('tmt_selesai');
  if (berlakuMulai !== undefined) checkAmbiguousTmt(check, 'tmt_mulai', berlakuMulai, period);
  if (berlakuSampai !== undefined) checkAmbiguousTmt(check, 'tmt_selesai', berlakuSampai, period);
  if (berlakuMulai && berlakuSampai && berlakuMulai > berlakuSampai) {
    check.report('TMT_TERBALIK', 'tmt_mulai', { masuk: berlakuMulai, keluar: berlakuSampai, fields: 'tmt_mulai/tmt_selesai' });
  }
  return { ...(berlakuMulai !== undefined ? { berlakuMulai } : {}), ...(berlakuSampai !== undefined ? { berlakuSampai } : {}) };
}

/**
 * The checks that decide whether the employee can be paid at all: a ceiling that is missing, zero or
 * far off, and the tax data the TER method needs.
 */
function checkPayData(
  check: RowCheck<PegawaiField>,
  r: PegawaiReading,
  given: { kelasJabatan?: number; jenisJabatan?: string; unit?: string; tppPagu?: number; gaji?: number; penghasilanBruto?: number; statusPtkp?: string; ptkpWritten: boolean },
): void {
  const { pack } = r;
  const { kelasJabatan, tppPagu } = given;
  const choice = paguFor(pack, r.period, given);
  const fromClass = choice.kind === 'found' ? choice.jumlah : undefined;
  // An uncertain tpp.pagu row holds the employee when pay is computed (PAGU_TIDAK_PASTI), not as "empty".
  if (tppPagu === undefined && choice.kind === 'none' && check.cell('tpp_pagu') === null) {
    check.report('TPP_PAGU_KOSONG', 'tpp_pagu', kelasJabatan === undefined ? {} : { kelas: kelasJabatan }, '');
  }
  // A ceiling of 0 or far off (`5 juta` read as 5 elsewhere, a typo in the pack) pays a wrong amount.
  const ceiling = tppPagu ?? (check.cell('tpp_pagu') === null ? fromClass : undefined);
  checkCeilingPlausible(check, ceiling, { tppPagu, kelasJabatan, choice }, pack);
  if (r.taxNeedsPtkp) {
    const missing = [
      ...(given.statusPtkp === undefined && !given.ptkpWritten ? ['status_ptkp'] : []),
      ...(given.penghasilanBruto === undefined && given.gaji === undefined ? ['penghasilan_bruto/gaji'] : []),
    ];
    if (missing.length > 0) check.report('DATA_PAJAK_KURANG', undefined, { missing: missing.join(', ') }, '');
  }
}

/** One staff row read into a record (with its findings reported), or undefined when it has no NIP. */
function readPegawaiRow(check: RowCheck<PegawaiField>, file: string, rowNumber: number, r: PegawaiReading): Pegawai | undefined {
  const { pack, intern } = r;
  const own = readOwnNip(check);
  if (!own) return undefined;
  const internText = (text: string | undefined) => (text === undefined ? undefined : intern(text));
  const nama = check.requiredText('nama') ?? '';
  const unit = intern(check.requiredText('unit') ?? '');
  const status = readStatus(check, own, r);

  const keteranganText = check.text('keterangan_tpp');
  const keteranganTpp = keteranganText === undefined ? undefined : normaliseCodeText(keteranganText);
  const excluded = keteranganTpp !== undefined && pack.tpp.pengecualian.includes(keteranganTpp);
  if (keteranganTpp !== undefined && !excluded) {
    check.report('KETERANGAN_TPP_TIDAK_DIKENAL', 'keterangan_tpp', { choices: pack.tpp.pengecualian.join(', ') });
  }
  const golongan = readGolonganOf(check, status, excluded, r);

  const kelasJabatan = check.integer('kelas_jabatan', 1, 17);
  const jenisText = check.text('jenis_jabatan');
  const jenisValue = check.validate('jenis_jabatan', pegawaiFields.jenisJabatan, jenisText?.toLowerCase(), JENIS_JABATAN.join(', '));
  const jenisJabatan = JENIS_JABATAN.find((j) => j === jenisValue);
  const tppPagu = check.rupiah('tpp_pagu');
  const gaji = check.rupiah('gaji');
  // A file that gives gaji but not for this employee: the BPJS ceiling would take 0 for it, a guess.
  if (!excluded && check.row.map.columns.gaji !== undefined && check.text('gaji') === undefined && bpjsApplies(pack)) check.report('GAJI_SEL_KOSONG', 'gaji', {}, '');
  const penghasilanBruto = check.rupiah('penghasilan_bruto');
  const iuranPensiun = r.readsIuranPensiun ? readIuranPensiun(check, gaji, penghasilanBruto, pack) : undefined;
  // An empty cell of a file that has the column: named (as the file heads it) if the year is recalculated.
  const iuranPensiunKosong = r.readsIuranPensiun && iuranPensiun === undefined && check.row.map.columns.iuran_pensiun !== undefined ? check.row.label('iuran_pensiun') : undefined;
  const service = readServiceDates(check, r.period);
  const validity = readValidity(check, r.period);
  const jadwalText = check.text('jadwal');
  const jadwal = jadwalText === undefined ? 'bawaan' : (r.profiles.find((p) => p.toLowerCase() === jadwalText.toLowerCase()) ?? jadwalText);
  if (!r.profiles.includes(jadwal)) check.report('JADWAL_TIDAK_DIKENAL', 'jadwal', { choices: r.profiles.join(', ') });

  const ptkpText = check.text('status_ptkp');
  const ptkpParsed = ptkpText === undefined ? undefined : pegawaiFields.statusPtkp.safeParse(normalisePtkp(ptkpText));
  const statusPtkp = ptkpParsed?.success ? PTKP.find((p) => p === ptkpParsed.data) : undefined;
  if (ptkpParsed && !ptkpParsed.success) check.report('PTKP_TIDAK_VALID', 'status_ptkp');

  const nomorRekening = readAccount(check);
  const nik = readIdentity(check, 'nik', NIK_RULE);
  const npwp = readIdentity(check, 'npwp', NPWP_RULE);
  const atasanNip = readAtasanNip(check, intern);
  const pinText = check.text('pin');
  const pin = pinText === undefined ? undefined : pinText.replace(/^0+(?=\d)/, '');
  // Only the year's angka kredit uses the jenjang: an unknown one is a warning, never a hold.
  const jenjangText = check.text('jenjang_jf');
  const jenjangJf = jenjangText === undefined ? undefined : readJenjangJf(jenjangText);
  if (jenjangText !== undefined && jenjangJf === undefined) check.report('JENJANG_JF_TIDAK_DIKENAL', 'jenjang_jf', { choices: JENJANG_JF.join(', ') });

  if (!excluded) {
    checkPayData(check, r, {
      ...(kelasJabatan !== undefined ? { kelasJabatan } : {}),
      ...(jenisJabatan !== undefined ? { jenisJabatan } : {}),
      unit,
      ...(tppPagu !== undefined ? { tppPagu } : {}),
      ...(gaji !== undefined ? { gaji } : {}),
      ...(penghasilanBruto !== undefined ? { penghasilanBruto } : {}),
      ...(statusPtkp !== undefined ? { statusPtkp } : {}),
      ptkpWritten: ptkpText !== undefined,
    });
  }

  return {
    nip: own.nip,
    nama,
    unit,
    status,
    jadwal,
    file,
    row: rowNumber,
    ...(check.text('jabatan') !== undefined ? { jabatan: internText(check.text('jabatan')) } : {}),
    ...(jenisJabatan !== undefined ? { jenisJabatan } : {}),
    ...(kelasJabatan !== undefined ? { kelasJabatan } : {}),
    ...golongan,
    ...(tppPagu !== undefined ? { tppPagu } : {}),
    ...(gaji !== undefined ? { gaji } : {}),
    ...(penghasilanBruto !== undefined ? { penghasilanBruto } : {}),
    ...service,
    ...validity,
    ...(atasanNip !== undefined ? { atasanNip } : {}),
    ...(pin !== undefined ? { pin } : {}),
    ...(check.text('nama_bank') !== undefined ? { namaBank: internText(check.text('nama_bank')) } : {}),
    ...(nomorRekening !== undefined ? { nomorRekening } : {}),
    ...(npwp !== undefined ? { npwp } : {}),
    ...(nik !== undefined ? { nik } : {}),
    ...(statusPtkp !== undefined ? { statusPtkp } : {}),
    ...(keteranganTpp !== undefined ? { keteranganTpp } : {}),
    ...(jenjangJf !== undefined ? { jenjangJf } : {}),
    ...(iuranPensiun !== undefined ? { iuranPensiun } : {}),
    ...(iuranPensiunKosong !== undefined ? { iuranPensiunKosong } : {}),
  };
}

/**
 * The monthly iuran pensiun: undefined when empty, null when written but not read (reported here).
 * Outside the pack's share of the salary (8 % for a PNS; a digit too many makes it 80 %, one too few
 * 0.8 %) it is a typo, never deducted; 0 is an employee who pays none.
 */
function readIuranPensiun(check: RowCheck<PegawaiField>, gaji: number | undefined, penghasilanBruto: number | undefined, pack: RulePack): number | null | undefined {
  if (check.text('iuran_pensiun') === undefined) return undefined;
  const iuran = check.rupiah('iuran_pensiun');
  if (iuran === undefined) return null;
  const dasar = gaji ?? penghasilanBruto;
  if (dasar === undefined || iuran === 0) return iuran;
  const { min, maks } = pack.pajak.tahunan.iuran_pensiun_wajar_persen;
  const share = Exact.of(iuran).mul(Exact.HUNDRED);
  const base = Exact.of(dasar);
  if (!share.lt(base.mul(min)) && !share.gt(base.mul(maks))) return iuran;
  const bawah = Number(base.mul(min).div(Exact.HUNDRED).ceil());
  const atas = Number(base.mul(maks).div(Exact.HUNDRED).floor());
  check.report('IURAN_PENSIUN_TIDAK_WAJAR', 'iuran_pensiun', { dasar, kolom_dasar: gaji !== undefined ? 'gaji' : 'penghasilan_bruto', min: min.toString(), maks: maks.toString(), bawah, atas });
  return null;
}

/** Every copy of a NIP given twice without validity dates is `NIP_GANDA`, and every copy is rejected. */
function reportDuplicateNip(nip: string, list: readonly StaffRow[], severalFiles: boolean, findings: FindingCollector): void {
  for (const c of list) moveRow(c.outcome, 'rejected');
  const rows = list.map((c) => (severalFiles ? `${c.record.file}:${c.record.row}` : String(c.record.row))).join(', ');
  for (const c of list) {
    findings.add({ code: 'NIP_GANDA', file: c.record.file, row: c.record.row, column: 'nip', value: nip, nip, params: { copies: list.length, rows } });
  }
}

/** Moves a used row to another bucket, keeping its file's counts right (a rejected row stays rejected). */
function moveRow(outcome: RowOutcome, bucket: 'rejected' | 'ignored'): void {
  if (outcome.bucket !== 'used') return;
  outcome.ledger.used -= 1;
  outcome.ledger[bucket] += 1;
  outcome.bucket = bucket;
}

/** One staff row as read, with the bucket it went to. */
interface StaffRow {
  record: Pegawai;
  outcome: RowOutcome;
}

/**
 * The employees of the period from the rows of each NIP: one row is the employee; rows with validity
 * dates are settled into segments; several rows without them are `NIP_GANDA` (the first kept, held).
 */
function settleRows(groups: ReadonlyMap<string, StaffRow[]>, severalFiles: boolean, period: Period, findings: FindingCollector): Pegawai[] {
  const employees: Pegawai[] = [];
  for (const [nip, list] of groups) {
    if (list.some((c) => c.record.berlakuMulai !== undefined || c.record.berlakuSampai !== undefined)) {
      const settled = settleStaffRows(list.map((c) => c.record), period, findings);
      for (const c of list) if (settled.outside.includes(c.record)) moveRow(c.outcome, 'ignored');
      if (settled.employee) employees.push(settled.employee);
      continue;
    }
    employees.push(list[0]!.record);
    if (list.length > 1) reportDuplicateNip(nip, list, severalFiles, findings);
  }
  return employees;
}

/** Employees by machine PIN; a PIN given to two employees is `PIN_GANDA` on both, and kept for the first. */
function indexPins(employees: readonly Pegawai[], findings: FindingCollector): Map<string, Pegawai> {
  const byPin = new Map<string, Pegawai>();
  for (const e of employees) {
    if (e.pin === undefined) continue;
    const other = byPin.get(e.pin);
    if (other) {
      findings.add({ code: 'PIN_GANDA', file: e.file, row: e.row, column: 'pin', value: e.pin, nip: e.nip, params: { other: other.nip } });
      findings.add({ code: 'PIN_GANDA', file: other.file, row: other.row, column: 'pin', value: other.pin!, nip: other.nip, params: { other: e.nip } });
    } else {
      byPin.set(e.pin, e);
    }
  }
  return byPin;
}

/** Reads the staff master: every row checked, the first copy of each NIP kept, duplicates reported. */
export async function readPegawai(
  tables: readonly Table[],
  pack: RulePack,
  period: Period,
  findings: FindingCollector,
  onProgress?: (rows: number) => void,
): Promise<PegawaiTable> {
  const groups = new Map<string, StaffRow[]>();
  const ledgers: FileLedger[] = [];
  const reading = pegawaiReading(pack, period);
  // Files without the column, and their headers that look like it but did not map (`Iuran Pensiun (Rp)`, `IWP`): named if the run stops for it.
  const berkasTanpaKolom: string[] = [];
  const kolomMirip = new Set<string>();
  for (const table of tables) {
    // Read on its own (tests, jelaskan's callers), the file still takes the pack's header names.
    table.packHeaderNames ??= packHeaderNames(pack.masukan.kolom, 'pegawai');
    const ledger = newLedger('pegawai', table);
    ledgers.push(ledger);
    let hasIuranColumn: boolean | undefined;
    const match = await readTableRows(
      table,
      pegawaiPlan,
      ledger,
      findings,
      (row) => {
        if (reading.readsIuranPensiun && hasIuranColumn === undefined) {
          hasIuranColumn = row.map.columns.iuran_pensiun !== undefined;
          if (!hasIuranColumn) for (const label of unusedLabelsLike(row.map, /iuran|pensiun|iwp|tht/i)) kolomMirip.add(label);
        }
        const check = new RowCheck(row, table.name, findings);
        const record = readPegawaiRow(check, table.name, row.rowNumber, reading);
        if (!record) return 'rejected';
        check.finish(record.nip);
        const outcome: RowOutcome = { bucket: check.errors > 0 ? 'rejected' : 'used', ledger };
        const list = groups.get(record.nip);
        if (list) list.push({ record, outcome });
        else groups.set(record.nip, [{ record, outcome }]);
        return outcome.bucket;
      },
      onProgress,
    );
    if (hasIuranColumn === false) berkasTanpaKolom.push(table.name);
    reportUnreadMoneyColumns(match.map, table.name, pack, findings);
  }
  const employees = setAsideShortAccounts(settleRows(groups, tables.length > 1, period, findings), pack, findings);
  warnBankSpellings(employees, findings);
  const byNip = new Map(employees.map((e) => [e.nip, e]));
  const byPin = indexPins(employees, findings);
  const sortedNips = employees.map((e) => e.nip).filter((n) => /^\d{18}$/.test(n)).sort();
  const indexOf = new Map(employees.map((e, i) => [e.nip, i]));
  return {
    employees,
    byNip,
    indexOf,
    byPin,
    sortedNips,
    ledgers,
    ...(berkasTanpaKolom.length > 0 ? { tanpaIuranPensiun: { berkas: berkasTanpaKolom, kolomMirip: [...kolomMirip] } } : {}),
  };
}

/** Whether the pack deducts or pays BPJS on the TPP, whose ceiling takes gaji into account. */
function bpjsApplies(pack: RulePack): boolean {
  return !pack.bpjs.persen_pegawai.isZero() || !pack.bpjs.persen_pemda.isZero();
}

/**
 * Money columns a renamed header would drop without a word (`Gaji Pokok (Rp)`, `Pagu TPP`, `No. Rek`):
 * the field unmapped while an unused header looks like it. Each stops the run (a doubt about a column).
 */
const MONEY_LOOKALIKES: readonly { field: PegawaiField; looks: RegExp; applies: (pack: RulePack) => boolean }[] = [
  { field: 'gaji', looks: /gaji|upah/i, applies: bpjsApplies },
  { field: 'penghasilan_bruto', looks: /bruto|penghasilan/i, applies: taxByTer },
  { field: 'status_ptkp', looks: /ptkp/i, applies: taxByTer },
  { field: 'tpp_pagu', looks: /pagu/i, applies: () => true },
  { field: 'nomor_rekening', looks: /rekening|\brek\b|no\.?\s*rek\b|account/i, applies: () => true },
  { field: 'nama_bank', looks: /bank/i, applies: () => true },
];

function reportUnreadMoneyColumns(map: HeaderMap<PegawaiField>, file: string, pack: RulePack, findings: FindingCollector): void {
  for (const { field, looks, applies } of MONEY_LOOKALIKES) {
    if (map.columns[field] !== undefined || !applies(pack)) continue;
    const [label] = unusedLabelsLike(map, looks);
    if (label !== undefined) findings.add({ code: 'KOLOM_MIRIP_TIDAK_DIBACA', file, column: label, value: label, params: { field } });
  }
}

/** The headers of a file no field took that look like a field it lacks (`Gaji Pokok (Rp)`, `IWP`). */
function unusedLabelsLike(map: HeaderMap<PegawaiField>, looks: RegExp): string[] {
  const used = new Set(Object.values(map.columns));
  return map.labels.filter((l, i) => !used.has(i) && l.trim() !== '' && looks.test(l));
}

/** Accounts of one bank in a file before their usual digit count is trusted, and that count's share. */
const ACCOUNT_LENGTH_MIN_ACCOUNTS = 5;
const ACCOUNT_LENGTH_SHARE = 0.8;

/**
 * An account number saved through a spreadsheet as a number and back to text loses its leading zeros
 * (`0508288340` → `508288340`) and would be paid to another account. Such an account is shorter than
 * the count the pack states for its bank (`panjang_rekening`), or else than the one at least 80 % of
 * the bank's accounts in the file share (5 or more); the employee stays paid but out of the bank
 * files (tanpa_rekening.csv), as for an account stored as a number (REKENING_ANGKA).
 */
function setAsideShortAccounts(employees: Pegawai[], pack: RulePack, findings: FindingCollector): Pegawai[] {
  // Each employee's account as digits and its bank's key, when both are written and the account is digits only.
  const accounts = employees.map((e) => {
    const digits = e.nomorRekening === undefined ? undefined : groupedDigits(e.nomorRekening);
    return e.namaBank === undefined || digits === undefined || !/^\d+$/.test(digits) ? undefined : { digits, bank: bankKey(e.namaBank) };
  });
  const lengthsByBank = new Map<string, Map<number, number>>();
  for (const a of accounts) {
    if (a === undefined) continue;
    const lengths = lengthsByBank.get(a.bank) ?? new Map<number, number>();
    lengthsByBank.set(a.bank, lengths);
    lengths.set(a.digits.length, (lengths.get(a.digits.length) ?? 0) + 1);
  }
  const usualLength = new Map<string, { panjang: number; jumlah: number; dari: number }>();
  for (const [bank, lengths] of lengthsByBank) {
    const total = [...lengths.values()].reduce((a, b) => a + b, 0);
    const [panjang, jumlah] = [...lengths].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= ACCOUNT_LENGTH_MIN_ACCOUNTS && jumlah >= ACCOUNT_LENGTH_SHARE * total) usualLength.set(bank, { panjang, jumlah, dari: total });
  }
  return employees.map((e, i) => {
    const account = accounts[i];
    if (account === undefined) return e;
    const { digits } = account;
    const declared = resolveBankLayout(pack, e.namaBank!).panjangRekening;
    const usual = usualLength.get(account.bank);
    const shown = { file: e.file, row: e.row, column: 'nomor_rekening', value: maskAccount(digits), nip: e.nip };
    if (declared !== undefined) {
      if (declared.includes(digits.length)) return e;
      findings.add({ code: 'REKENING_PANJANG', ...shown, params: { bank: e.namaBank!.trim(), panjang: digits.length, paket: declared.join(' / ') } });
    } else if (usual !== undefined && digits.length < usual.panjang) {
      findings.add({ code: 'REKENING_PANJANG', ...shown, params: { bank: e.namaBank!.trim(), panjang: digits.length, biasa: usual.panjang, jumlah: usual.jumlah, dari: usual.dari } });
    } else {
      return e;
    }
    const { nomorRekening: _dropped, ...rest } = e;
    return rest;
  });
}

/**
 * One bank written in several ways (`Bank BRI`, `BRI`) gets one bank file per spelling: an officer who
 * uploads one leaves the others unpaid. A warning on the first row of each less common spelling.
 */
function warnBankSpellings(employees: readonly Pegawai[], findings: FindingCollector): void {
  const byLoose = new Map<string, Map<string, Pegawai[]>>();
  for (const e of employees) {
    if (e.namaBank === undefined || bankLooseKey(e.namaBank) === '') continue;
    const loose = bankLooseKey(e.namaBank);
    const spellings = byLoose.get(loose) ?? new Map<string, Pegawai[]>();
    byLoose.set(loose, spellings);
    const key = bankKey(e.namaBank);
    // Pushed, not copied: a copy per row made this quadratic (L's 500,000 employees: 459 s).
    const list = spellings.get(key);
    if (list) list.push(e);
    else spellings.set(key, [e]);
  }
  for (const spellings of byLoose.values()) {
    if (spellings.size < 2) continue;
    const ranked = [...spellings.values()].sort((a, b) => b.length - a.length);
    const main = ranked[0]!;
    const all = ranked.map((list) => `'${list[0]!.namaBank!.trim()}' (${list.length})`).join(', ');
    for (const list of ranked.slice(1)) {
      const first = list[0]!;
      findings.add({ code: 'BANK_DITULIS_BERBEDA', file: first.file, row: first.row, column: 'nama_bank', value: first.namaBank!, nip: first.nip, params: { main: main[0]!.namaBank!.trim(), all, count: list.length } });
    }
  }
}

/**
 * The part of the period a start (`tmt_masuk`) or end (`tmt_keluar`) date leaves to be worked, as a
 * key (equal keys, equal days) and words for the finding.
 */
function daysLeft(field: 'tmt_masuk' | 'tmt_keluar' | 'tmt_mulai' | 'tmt_selesai', date: string, period: Period): { key: string; id: string; en: string } {
  const month = `${period.year}-${String(period.month).padStart(2, '0')}`;
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(period.year, period.month)).padStart(2, '0')}`;
  if (field === 'tmt_masuk' || field === 'tmt_mulai') {
    if (date <= first) return { key: 'all', id: `masuk sebelum ${month}, seluruh bulan dihitung`, en: `joined before ${month}, the whole month counts` };
    if (date > last) return { key: 'none', id: `masuk sesudah ${month}, tidak ada hari kerja`, en: `joins after ${month}, no working day` };
    return { key: date, id: `hari kerja dihitung mulai ${date}`, en: `working days count from ${date}` };
  }
  if (date >= last) return { key: 'all', id: `keluar sesudah ${month}, seluruh bulan dihitung`, en: `left after ${month}, the whole month counts` };
  if (date < first) return { key: 'none', id: `keluar sebelum ${month}, tidak ada hari kerja`, en: `left before ${month}, no working day` };
  return { key: date, id: `hari kerja dihitung sampai ${date}`, en: `working days count up to ${date}` };
}

/**
 * A `tmt_masuk`/`tmt_keluar` such as 06/10/2026 in a column no value settles: read day-first as
 * always, unless read month-first it leaves other days of the period to be worked; then the pay is a
 * guess. (Calendar days are compared: the schedule is not known yet, so a difference of only
 * non-working days also holds.)
 */
function checkAmbiguousTmt(check: RowCheck<PegawaiField>, field: 'tmt_masuk' | 'tmt_keluar' | 'tmt_mulai' | 'tmt_selesai', date: string, period: Period): void {
  const other = check.row.otherDateReading(field);
  if (other === undefined) return;
  const usual = daysLeft(field, date, period);
  const asOther = daysLeft(field, other, period);
  if (usual.key === asOther.key) return;
  check.report('TANGGAL_AMBIGU', field, {
    dmy: date,
    mdy: other,
    effect_id: `dibaca hari dulu ${usual.id}; dibaca bulan dulu ${asOther.id}`,
    effect_en: `read day-first ${usual.en}; read month-first ${asOther.en}`,
  });
}

/** Months a CPNS may stay a CPNS before the SK PNS (a year of probation, often longer in practice). */
const CPNS_MONTHS = 24;

/** True when the NIP's CPNS start month (digits 9-14) is less than CPNS_MONTHS before the period. */
function recentCpnsStart(nip: string, period: Period): boolean {
  const year = Number(nip.slice(8, 12));
  const month = Number(nip.slice(12, 14));
  if (month < 1 || month > 12) return false;
  const months = (period.year - year) * 12 + (period.month - month);
  return months >= 0 && months < CPNS_MONTHS;
}

function readAccount(check: RowCheck<PegawaiField>): string | undefined {
  const cell = check.cell('nomor_rekening');
  if (cell === null) return undefined;
  if (typeof cell === 'number') {
    const digits = BigInt(Math.round(cell)).toString();
    // More than 15 digits cannot survive a numeric cell; fewer may still have lost leading zeros.
    if (digits.length > 15) {
      check.report('REKENING_TERPOTONG', 'nomor_rekening', {}, maskAccount(digits));
      return undefined;
    }
    // A transfer to a number that may have lost its leading zeros could reach another account.
    check.report('REKENING_ANGKA', 'nomor_rekening', {}, maskAccount(digits));
    return undefined;
  }
  const text = check.text('nomor_rekening')!.replace(/^'/, '');
  if (/^\d(?:[.,]\d+)?[eE]\+?\d+$/.test(text.replace(/\s/g, ''))) {
    check.report('REKENING_TERPOTONG', 'nomor_rekening', {}, maskAccount(text));
    return undefined;
  }
  return text;
}

/** How one identity number (NIK, NPWP) is told apart from a damaged one. */
interface IdentityRule {
  code: 'NIK_TIDAK_VALID' | 'NPWP_TIDAK_VALID';
  /** The digits left once allowed punctuation is set aside. */
  digitsOf: (text: string) => string;
  valid: (digits: string) => boolean;
  numberCell: { reason_id: string; reason_en: string };
  scientificExample: string;
  otherCharacters: { reason_id: string; reason_en: string };
}

const NIK_RULE: IdentityRule = {
  code: 'NIK_TIDAK_VALID',
  digitsOf: (text) => text,
  valid: (digits) => /^\d{16}$/.test(digits),
  numberCell: { reason_id: 'tersimpan sebagai angka (Excel menyimpan 15 digit saja, jadi digit terakhirnya mungkin sudah berubah)', reason_en: 'was stored as a number (Excel keeps 15 digits only, so its last digit may have changed)' },
  scientificExample: '3.2E+15',
  otherCharacters: { reason_id: 'berisi selain angka', reason_en: 'holds characters other than digits' },
};

/** 15 digits (the old format, often `12.345.678.9-012.345`) or 16 (the NIK as NPWP since 2024). */
const NPWP_RULE: IdentityRule = {
  code: 'NPWP_TIDAK_VALID',
  digitsOf: groupedDigits,
  valid: (digits) => /^\d{15,16}$/.test(digits),
  numberCell: { reason_id: 'tersimpan sebagai angka (nol di depan dan digit ke-16 mungkin hilang)', reason_en: 'was stored as a number (a leading zero or the 16th digit may be lost)' },
  scientificExample: '1.2E+14',
  otherCharacters: { reason_id: 'berisi selain angka, titik dan tanda hubung', reason_en: 'holds characters other than digits, dots and dashes' },
};

/**
 * A NIK or NPWP as written, when valid. A damaged one (a numeric cell: Excel keeps 15 digits and
 * drops leading zeros; scientific notation; wrong length; letters) is a warning, not a hold: it does
 * not change the pay, but a bank or SIPD file must not carry it, so it is left out.
 */
function readIdentity(check: RowCheck<PegawaiField>, field: 'nik' | 'npwp', rule: IdentityRule): string | undefined {
  const cell = check.cell(field);
  if (cell === null) return undefined;
  if (typeof cell === 'number') {
    const digits = Number.isFinite(cell) ? BigInt(Math.round(cell)).toString() : String(cell);
    check.report(rule.code, field, rule.numberCell, maskIdentity(digits));
    return undefined;
  }
  const text = check.text(field)?.replace(/^'/, '');
  if (text === undefined || text === '') return undefined;
  const digits = rule.digitsOf(text);
  if (rule.valid(digits)) return text;
  const reason = /^\d(?:[.,]\d+)?[eE]\+?\d+$/.test(text.replace(/\s/g, ''))
    ? { reason_id: `rusak menjadi angka ilmiah (mis. ${rule.scientificExample})`, reason_en: `was turned into scientific notation (e.g. ${rule.scientificExample})` }
    : /^\d+$/.test(digits)
      ? { reason_id: `berisi ${digits.length} digit`, reason_en: `has ${digits.length} digits` }
      : rule.otherCharacters;
  check.report(rule.code, field, reason, maskIdentity(text));
  return undefined;
}

/** Reports a NIP read with a certain repair (`NIP_DIRAPIKAN`). */
function reportTidied(check: RowCheck<PegawaiField>, field: PegawaiField, nip: string, tidied: NipTidy): void {
  check.report('NIP_DIRAPIKAN', field, { nip, what_id: tidied.id, what_en: tidied.en }, visibleNipText(cellText(check.cell(field))));
}

/** The supervisor's NIP, tidied like every NIP (it is compared with raters' NIPs). */
function readAtasanNip(check: RowCheck<PegawaiField>, intern: (text: string) => string): string | undefined {
  const cell = readNipCell(check.cell('atasan_nip'));
  if (cell.kind === 'empty') return undefined;
  if (cell.kind === 'nip') {
    if (cell.tidied) reportTidied(check, 'atasan_nip', cell.nip, cell.tidied);
    return intern(cell.nip);
  }
  return intern(compactNip(cell.text));
}

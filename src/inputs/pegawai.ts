/** The staff master (`pegawai`, SPEC §2.4): one row per employee, the key for every other input. */
import { z } from 'zod';
import type { Period } from '../domain.js';
import { maskAccount, type FindingCollector } from '../findings.js';
import { parseGolongan, type Golongan } from '../golongan.js';
import { daysInMonth, parseIsoDate } from '../local-date.js';
import { formatRupiahId } from '../readers/parse-number.js';
import type { Table } from '../readers/table.js';
import { cellText } from '../readers/cell.js';
import { normaliseCodeText } from '../rules/day-codes.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { hasRequiredFields, mapHeader, packHeaderNames, type FieldSpecs } from './header-map.js';
import { textInterner } from './intern-text.js';
import { checkNipLayout, compactNip, readNipCell, visibleNipText, type NipTidy } from './read-nip.js';
import { newLedger, readTableRows, type FileLedger, type ReadPlan, type RowBucket } from './read-table-rows.js';
import { RowCheck } from './row-check.js';

type PegawaiField =
  | 'nip' | 'nama' | 'unit' | 'jabatan' | 'jenis_jabatan' | 'kelas_jabatan' | 'golongan' | 'status' | 'tpp_pagu'
  | 'gaji' | 'penghasilan_bruto' | 'tmt_masuk' | 'tmt_keluar' | 'jadwal' | 'atasan_nip' | 'pin' | 'nama_bank'
  | 'nomor_rekening' | 'npwp' | 'status_ptkp' | 'keterangan_tpp';

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
  statusPtkp: z.enum(PTKP).optional(),
  keteranganTpp: z.string().optional(),
  /** Where the record came from. */
  file: z.string(),
  row: z.number().int(),
};
export const pegawaiSchema = z.object(pegawaiFields);
/** One employee of the staff master. */
export type Pegawai = z.output<typeof pegawaiSchema>;

/** The staff master as read: employees in file order (first copy of a duplicated NIP only). */
export interface PegawaiTable {
  employees: Pegawai[];
  byNip: ReadonlyMap<string, Pegawai>;
  /** Position of each NIP in `employees` (the index of its attendance slots). */
  indexOf: ReadonlyMap<string, number>;
  byPin: ReadonlyMap<string, Pegawai>;
  /** Every valid-looking NIP, sorted (to find who a damaged NIP may belong to). */
  sortedNips: readonly string[];
  ledgers: FileLedger[];
}

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
  const m = /^(TK|K)\s*[/\-]?\s*([0-3])$/i.exec(text.trim());
  return m ? `${m[1]!.toUpperCase()}/${m[2]}` : text.trim();
}

/** Whether a status is a PPPK status (its NIP has no CPNS month, its golongan is I..XVII). */
export function isPppkStatus(status: string): boolean {
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
    dates: ['tmt_masuk', 'tmt_keluar'],
    numbers: ['tpp_pagu', 'gaji', 'penghasilan_bruto'],
  }),
};

interface RowOutcome {
  bucket: RowBucket;
  ledger: FileLedger;
}

/** Reads the staff master files (normally one). */
export async function readPegawai(
  tables: readonly Table[],
  pack: RulePack,
  period: Period,
  findings: FindingCollector,
  onProgress?: (rows: number) => void,
): Promise<PegawaiTable> {
  const employees: Pegawai[] = [];
  const byNip = new Map<string, Pegawai>();
  const copies = new Map<string, { file: string; row: number; outcome: RowOutcome }[]>();
  const ledgers: FileLedger[] = [];
  const statuses = Object.keys(pack.tpp.faktor_status);
  const cpnsFactor = pack.tpp.faktor_status['CPNS'];
  const pnsFactor = pack.tpp.faktor_status['PNS'];
  const statusMattersForPay = cpnsFactor !== undefined && pnsFactor !== undefined && !cpnsFactor.eq(pnsFactor);
  const profiles = Object.keys(pack.jadwal);
  const taxNeedsGolongan = pack.pajak.metode === 'tarif_golongan';
  const taxNeedsPtkp = pack.pajak.metode === 'ter';
  const intern = textInterner();
  const internText = (text: string | undefined) => (text === undefined ? undefined : intern(text));
  // Golongan values repeat (a few dozen grades): one parsed object per distinct text is kept.
  const golonganCache = new Map<string, Golongan | null>();
  const readGolongan = (text: string, pppk: boolean): Golongan | undefined => {
    const key = `${pppk ? 'P' : 'N'}${text}`;
    let value = golonganCache.get(key);
    if (value === undefined) {
      value = parseGolongan(text, pppk) ?? null;
      if (golonganCache.size < 4096) golonganCache.set(key, value);
    }
    return value ?? undefined;
  };

  for (const table of tables) {
    // Read on its own (tests, jelaskan's callers), the file still takes the pack's header names.
    table.packHeaderNames ??= packHeaderNames(pack.masukan.kolom, 'pegawai');
    const ledger = newLedger('pegawai', table);
    ledgers.push(ledger);
    await readTableRows(table, pegawaiPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const nipCell = readNipCell(row.cell('nip'));
      let nip: string;
      switch (nipCell.kind) {
        case 'empty':
          check.report('NILAI_WAJIB_KOSONG', 'nip');
          check.finish(undefined);
          return 'rejected';
        case 'damaged':
          nip = nipCell.text;
          check.report('NIP_TERPOTONG', 'nip', {}, nipCell.text);
          break;
        case 'format':
          nip = nipCell.text;
          check.report('NIP_FORMAT', 'nip', { reason_id: nipCell.reason.id, reason_en: nipCell.reason.en }, nipCell.text);
          break;
        case 'nip':
          nip = nipCell.nip;
          if (nipCell.tidied) reportTidied(check, 'nip', nipCell.nip, nipCell.tidied);
          break;
      }

      const nama = check.requiredText('nama') ?? '';
      const unit = intern(check.requiredText('unit') ?? '');
      const statusText = check.text('status');
      const status = intern(normaliseStatus(statusText));
      if (statusText === undefined && nipCell.kind === 'nip' && statusMattersForPay && recentCpnsStart(nipCell.nip, period)) {
        // SPEC reads an empty status as PNS; a CPNS start this recent may still be a CPNS, paid less.
        check.report('STATUS_KOSONG', 'status', { tmt: `${nipCell.nip.slice(8, 12)}-${nipCell.nip.slice(12, 14)}` }, '');
      }
      if (!statuses.includes(status)) check.report('STATUS_TIDAK_DIKENAL', 'status', { choices: statuses.join(', ') });
      const pppk = isPppkStatus(status);
      if (nipCell.kind === 'nip') {
        for (const p of checkNipLayout(nip, pppk, period)) {
          if (p.code === 'NIP_PPPK_KODE') check.report('NIP_PPPK_KODE', 'nip', { digits: p.digits }, nip);
          else check.report('NIP_TIDAK_VALID', 'nip', { part_id: p.part.id, part_en: p.part.en, reason_id: p.reason.id, reason_en: p.reason.en }, nip);
        }
      }

      const keteranganText = check.text('keterangan_tpp');
      const keteranganTpp = keteranganText === undefined ? undefined : normaliseCodeText(keteranganText);
      const excluded = keteranganTpp !== undefined && pack.tpp.pengecualian.includes(keteranganTpp);
      if (keteranganTpp !== undefined && !excluded) {
        check.report('KETERANGAN_TPP_TIDAK_DIKENAL', 'keterangan_tpp', { choices: pack.tpp.pengecualian.join(', ') });
      }

      const golonganText = internText(check.text('golongan'));
      const golongan = golonganText === undefined ? undefined : readGolongan(golonganText, pppk);
      if ((golonganText !== undefined && golongan === undefined) || (golonganText === undefined && taxNeedsGolongan && !excluded)) {
        check.report(
          'GOLONGAN_TIDAK_VALID',
          'golongan',
          { status, example: pppk ? 'IX atau 9' : 'III/a, III-a, 3a atau Penata Muda (III/a)' },
          golonganText ?? '',
          taxNeedsGolongan && !excluded ? 'error' : 'peringatan',
        );
      }

      const kelasJabatan = check.integer('kelas_jabatan', 1, 17);
      const jenisText = check.text('jenis_jabatan');
      const jenisValue = check.validate('jenis_jabatan', pegawaiFields.jenisJabatan, jenisText?.toLowerCase(), JENIS_JABATAN.join(', '));
      const jenisJabatan = JENIS_JABATAN.find((j) => j === jenisValue);
      const tppPagu = check.rupiah('tpp_pagu');
      const gaji = check.rupiah('gaji');
      const penghasilanBruto = check.rupiah('penghasilan_bruto');
      const tmtMasuk = check.date('tmt_masuk');
      const tmtKeluar = check.date('tmt_keluar');
      if (tmtMasuk !== undefined) checkAmbiguousTmt(check, 'tmt_masuk', tmtMasuk, period);
      if (tmtKeluar !== undefined) checkAmbiguousTmt(check, 'tmt_keluar', tmtKeluar, period);
      if (tmtMasuk && tmtKeluar && tmtMasuk > tmtKeluar) {
        check.report('TMT_TERBALIK', 'tmt_masuk', { masuk: tmtMasuk, keluar: tmtKeluar });
      }
      const jadwalText = check.text('jadwal');
      const jadwal = jadwalText === undefined ? 'bawaan' : (profiles.find((p) => p.toLowerCase() === jadwalText.toLowerCase()) ?? jadwalText);
      if (!profiles.includes(jadwal)) check.report('JADWAL_TIDAK_DIKENAL', 'jadwal', { choices: profiles.join(', ') });

      const ptkpText = check.text('status_ptkp');
      const ptkpParsed = ptkpText === undefined ? undefined : pegawaiFields.statusPtkp.safeParse(normalisePtkp(ptkpText));
      const statusPtkp = ptkpParsed?.success ? PTKP.find((p) => p === ptkpParsed.data) : undefined;
      if (ptkpParsed && !ptkpParsed.success) check.report('PTKP_TIDAK_VALID', 'status_ptkp');

      const nomorRekening = readAccount(check);
      const atasanNip = readAtasanNip(check, intern);
      const pinText = check.text('pin');
      const pin = pinText === undefined ? undefined : pinText.replace(/^0+(?=\d)/, '');

      if (!excluded) {
        const fromClass = kelasJabatan === undefined ? undefined : pack.tpp.pagu_per_kelas[String(kelasJabatan)];
        if (tppPagu === undefined && fromClass === undefined && check.cell('tpp_pagu') === null) {
          check.report('TPP_PAGU_KOSONG', 'tpp_pagu', kelasJabatan === undefined ? {} : { kelas: kelasJabatan }, '');
        }
        // A ceiling of 0 or far off (`5 juta` read as 5 elsewhere, a typo in the pack) pays a wrong amount.
        const ceiling = tppPagu ?? (check.cell('tpp_pagu') === null ? fromClass : undefined);
        const { min, maks } = pack.tpp.pagu_wajar;
        if (ceiling !== undefined && (ceiling === 0 || ceiling < min || ceiling > maks)) {
          const range = { amount: formatRupiahId(ceiling), min: formatRupiahId(min), max: formatRupiahId(maks) };
          if (tppPagu !== undefined) {
            check.report('PAGU_TIDAK_WAJAR', 'tpp_pagu', { ...range, source_id: 'kolom tpp_pagu', source_en: 'column tpp_pagu' });
          } else {
            const source = `tpp.pagu_per_kelas (kelas ${kelasJabatan})`;
            check.report('PAGU_TIDAK_WAJAR', 'kelas_jabatan', { ...range, source_id: source, source_en: `tpp.pagu_per_kelas (class ${kelasJabatan})` });
          }
        }
        if (taxNeedsPtkp) {
          const missing = [
            ...(statusPtkp === undefined && ptkpText === undefined ? ['status_ptkp'] : []),
            ...(penghasilanBruto === undefined && gaji === undefined ? ['penghasilan_bruto/gaji'] : []),
          ];
          if (missing.length > 0) check.report('DATA_PAJAK_KURANG', undefined, { missing: missing.join(', ') }, '');
        }
      }

      const record: Pegawai = {
        nip,
        nama,
        unit,
        status,
        jadwal,
        file: table.name,
        row: row.rowNumber,
        ...(check.text('jabatan') !== undefined ? { jabatan: internText(check.text('jabatan')) } : {}),
        ...(jenisJabatan !== undefined ? { jenisJabatan } : {}),
        ...(kelasJabatan !== undefined ? { kelasJabatan } : {}),
        ...(golongan !== undefined ? { golongan } : {}),
        ...(golonganText !== undefined ? { golonganText } : {}),
        ...(tppPagu !== undefined ? { tppPagu } : {}),
        ...(gaji !== undefined ? { gaji } : {}),
        ...(penghasilanBruto !== undefined ? { penghasilanBruto } : {}),
        ...(tmtMasuk !== undefined ? { tmtMasuk } : {}),
        ...(tmtKeluar !== undefined ? { tmtKeluar } : {}),
        ...(atasanNip !== undefined ? { atasanNip } : {}),
        ...(pin !== undefined ? { pin } : {}),
        ...(check.text('nama_bank') !== undefined ? { namaBank: internText(check.text('nama_bank')) } : {}),
        ...(nomorRekening !== undefined ? { nomorRekening } : {}),
        ...(check.text('npwp') !== undefined ? { npwp: check.text('npwp') } : {}),
        ...(statusPtkp !== undefined ? { statusPtkp } : {}),
        ...(keteranganTpp !== undefined ? { keteranganTpp } : {}),
      };
      check.finish(nip);
      const outcome: RowOutcome = { bucket: check.errors > 0 ? 'rejected' : 'used', ledger };
      const seen = copies.get(nip);
      if (seen) {
        seen.push({ file: table.name, row: row.rowNumber, outcome });
        outcome.bucket = 'rejected';
      } else {
        copies.set(nip, [{ file: table.name, row: row.rowNumber, outcome }]);
        employees.push(record);
        byNip.set(nip, record);
      }
      return outcome.bucket;
    }, onProgress);
  }

  for (const [nip, list] of copies) {
    if (list.length < 2) continue;
    const first = list[0]!;
    // SPEC §2.4: NIP_GANDA on every copy; the first copy, counted as used, becomes rejected.
    if (first.outcome.bucket === 'used') {
      first.outcome.ledger.used -= 1;
      first.outcome.ledger.rejected += 1;
      first.outcome.bucket = 'rejected';
    }
    const rows = list.map((c) => (tables.length > 1 ? `${c.file}:${c.row}` : String(c.row))).join(', ');
    for (const c of list) {
      findings.add({ code: 'NIP_GANDA', file: c.file, row: c.row, column: 'nip', value: nip, nip, params: { copies: list.length, rows } });
    }
  }

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

  const sortedNips = employees.map((e) => e.nip).filter((n) => /^\d{18}$/.test(n)).sort();
  const indexOf = new Map(employees.map((e, i) => [e.nip, i]));
  return { employees, byNip, indexOf, byPin, sortedNips, ledgers };
}

/**
 * The part of the period a start (`tmt_masuk`) or end (`tmt_keluar`) date leaves to be worked, as a
 * key (equal keys, equal days) and words for the finding.
 */
function daysLeft(field: 'tmt_masuk' | 'tmt_keluar', date: string, period: Period): { key: string; id: string; en: string } {
  const month = `${period.year}-${String(period.month).padStart(2, '0')}`;
  const first = `${month}-01`;
  const last = `${month}-${String(daysInMonth(period.year, period.month)).padStart(2, '0')}`;
  if (field === 'tmt_masuk') {
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
function checkAmbiguousTmt(check: RowCheck<PegawaiField>, field: 'tmt_masuk' | 'tmt_keluar', date: string, period: Period): void {
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
    check.report('REKENING_ANGKA', 'nomor_rekening', {}, maskAccount(digits));
    return digits;
  }
  const text = check.text('nomor_rekening')!.replace(/^'/, '');
  if (/^\d(?:[.,]\d+)?[eE]\+?\d+$/.test(text.replace(/\s/g, ''))) {
    check.report('REKENING_TERPOTONG', 'nomor_rekening', {}, maskAccount(text));
    return undefined;
  }
  return text;
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

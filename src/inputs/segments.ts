/**
 * Segments of a month (one post per day): several staff rows of one NIP with `tmt_mulai`/`tmt_selesai`,
 * or a `mutasi` input, split the month into parts each paid on its own post. A day with two posts or
 * with none is a doubt about money: the employee is held, never paid on a guess.
 */
import { formatPeriod, type Period } from '../model/domain.js';
import { maskAccount, maskIdentity, type FindingCollector } from '../findings.js';
import { addDays, monthBounds, type LocalDate } from '../model/local-date.js';
import type { Pegawai, Segmen } from '../model/records.js';

/** A range of days; open ends are undefined. */
interface DayRange {
  dari: LocalDate | undefined;
  sampai: LocalDate | undefined;
}

const showRange = (r: DayRange): string => `${r.dari ?? '…'} s.d. ${r.sampai ?? '…'}`;

/** Whether two ranges share a day. */
function overlaps(a: DayRange, b: DayRange): boolean {
  return (a.dari === undefined || b.sampai === undefined || a.dari <= b.sampai) && (b.dari === undefined || a.sampai === undefined || b.dari <= a.sampai);
}

/** The employee's service within the month, or undefined when they serve no day of it. */
export function serviceInMonth(e: Pick<Pegawai, 'tmtMasuk' | 'tmtKeluar'>, period: Period): { first: LocalDate; last: LocalDate } | undefined {
  const month = monthBounds(period.year, period.month);
  const first = e.tmtMasuk !== undefined && e.tmtMasuk > month.first ? e.tmtMasuk : month.first;
  const last = e.tmtKeluar !== undefined && e.tmtKeluar < month.last ? e.tmtKeluar : month.last;
  return first <= last ? { first, last } : undefined;
}

/** The post a staff row (or a row changed by a mutasi) gives its days. */
export function postOf(e: Pegawai, dari: LocalDate, sampai: LocalDate): Segmen {
  return {
    dari,
    sampai,
    unit: e.unit,
    status: e.status,
    file: e.file,
    row: e.row,
    ...(e.jabatan !== undefined ? { jabatan: e.jabatan } : {}),
    ...(e.jenisJabatan !== undefined ? { jenisJabatan: e.jenisJabatan } : {}),
    ...(e.kelasJabatan !== undefined ? { kelasJabatan: e.kelasJabatan } : {}),
    ...(e.tppPagu !== undefined ? { tppPagu: e.tppPagu } : {}),
  };
}

/** Gaps (as ranges) in the service left by date-ordered, non-overlapping segments. */
function gapsIn(segments: readonly { dari: LocalDate; sampai: LocalDate }[], service: { first: LocalDate; last: LocalDate }): string[] {
  const gaps: string[] = [];
  let cursor = service.first;
  for (const s of segments) {
    if (s.dari > cursor) gaps.push(s.dari === addDays(cursor, 1) ? cursor : `${cursor} s.d. ${addDays(s.dari, -1)}`);
    const next = addDays(s.sampai, 1);
    if (next > cursor) cursor = next;
  }
  if (cursor <= service.last) gaps.push(cursor === service.last ? cursor : `${cursor} s.d. ${service.last}`);
  return gaps;
}

/**
 * Columns that hold for the whole month: every segment row must agree on them. Pay, tax and the
 * transfer are computed once for the month from the record (the last row), so a second value would be
 * dropped without a word.
 */
const WHOLE_MONTH_FIELDS: readonly (readonly [string, (e: Pegawai) => string | number | null | undefined, ((v: string) => string)?])[] = [
  ['tmt_masuk', (e) => e.tmtMasuk],
  ['tmt_keluar', (e) => e.tmtKeluar],
  ['jadwal', (e) => e.jadwal],
  ['keterangan_tpp', (e) => e.keteranganTpp],
  // The PPh 21 of the month: grade (final rates), salary and other income, PTKP status, NPWP/NIK.
  ['golongan', (e) => e.golongan?.text ?? e.golonganText],
  ['gaji', (e) => e.gaji],
  ['penghasilan_bruto', (e) => e.penghasilanBruto],
  ['status_ptkp', (e) => e.statusPtkp],
  ['npwp', (e) => e.npwp, maskIdentity],
  ['nik', (e) => e.nik, maskIdentity],
  // Where the month's one transfer goes.
  ['nama_bank', (e) => e.namaBank],
  ['nomor_rekening', (e) => e.nomorRekening, maskAccount],
  // December's recalculation takes one monthly contribution for the whole year.
  ['iuran_pensiun', (e) => e.iuranPensiun],
];

/** What becomes of a NIP's staff rows that carry validity dates. */
export interface SettledRows {
  /** The employee, or undefined when no row is in force in the period. */
  employee: Pegawai | undefined;
  /** Rows in force nowhere in the period: set aside (`ignored`). */
  outside: readonly Pegawai[];
}

/**
 * One NIP's staff rows when at least one carries `tmt_mulai`/`tmt_selesai`: rows in force in the period
 * become the segments (the record is the last one's, carrying the segments when there are two or more);
 * overlaps, uncovered service days and disagreeing whole-month columns hold the employee.
 */
export function settleStaffRows(rows: readonly Pegawai[], period: Period, findings: FindingCollector): SettledRows {
  const month = monthBounds(period.year, period.month);
  const monthRange = { dari: month.first, sampai: month.last };
  const range = (e: Pegawai): DayRange => ({ dari: e.berlakuMulai, sampai: e.berlakuSampai });
  const outside = rows.filter((e) => !overlaps(range(e), monthRange));
  for (const e of outside) {
    findings.add({ code: 'BARIS_TIDAK_BERLAKU', file: e.file, row: e.row, column: 'tmt_mulai', nip: e.nip, params: { range: showRange(range(e)), period: formatPeriod(period) } });
  }
  const inForce = rows.filter((e) => overlaps(range(e), monthRange)).sort((a, b) => ((a.berlakuMulai ?? '') < (b.berlakuMulai ?? '') ? -1 : (a.berlakuMulai ?? '') > (b.berlakuMulai ?? '') ? 1 : 0));
  if (inForce.length === 0) return { employee: undefined, outside };
  const base = inForce[inForce.length - 1]!;
  let sound = true;
  for (let i = 0; i < inForce.length; i++) {
    for (let j = i + 1; j < inForce.length; j++) {
      const a = inForce[i]!;
      const b = inForce[j]!;
      if (!overlaps(range(a), range(b))) continue;
      sound = false;
      for (const [self, other] of [[a, b], [b, a]] as const) {
        findings.add({
          code: 'SEGMEN_TUMPANG_TINDIH',
          file: self.file,
          row: self.row,
          column: 'tmt_mulai',
          nip: self.nip,
          params: { range: showRange(range(self)), other: other.file === self.file ? String(other.row) : `${other.file}:${other.row}`, other_range: showRange(range(other)) },
        });
      }
    }
  }
  // One finding names every column that differs (repeats of a code for one NIP and file fold into one).
  const differing: { column: string; values: string }[] = [];
  for (const [column, valueOf, mask] of WHOLE_MONTH_FIELDS) {
    const values = [...new Set(inForce.map((e) => String(valueOf(e) ?? '')))];
    // Account and identity numbers are compared whole and shown masked, as everywhere on screens.
    if (values.length > 1) differing.push({ column, values: values.map((v) => (v === '' ? '(kosong)' : mask ? mask(v) : v)).join(' / ') });
  }
  if (differing.length > 0) {
    sound = false;
    const values = differing.length === 1 ? differing[0]!.values : differing.map((d) => `${d.column}: ${d.values}`).join('; ');
    findings.add({ code: 'SEGMEN_TIDAK_SERASI', file: base.file, row: base.row, column: differing.map((d) => d.column).join(', '), nip: base.nip, params: { values } });
  }
  const service = serviceInMonth(base, period);
  if (!sound || service === undefined) return { employee: base, outside };
  const segments = inForce
    .map((e) => postOf(e, e.berlakuMulai !== undefined && e.berlakuMulai > service.first ? e.berlakuMulai : service.first, e.berlakuSampai !== undefined && e.berlakuSampai < service.last ? e.berlakuSampai : service.last))
    .filter((s) => s.dari <= s.sampai);
  const gaps = gapsIn(segments, service);
  if (gaps.length > 0) findings.add({ code: 'SEGMEN_CELAH', file: base.file, row: base.row, column: 'tmt_mulai', nip: base.nip, params: { dates: gaps.join(', ') } });
  return { employee: segments.length > 1 ? { ...base, segmen: segments } : base, outside };
}

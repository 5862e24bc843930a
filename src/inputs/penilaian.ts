/**
 * Ratings already given (`penilaian`, SPEC §2.4), e.g. the BKN e-Kinerja "Laporan Penilaian SKP":
 * upper-case ratings, `-` for not assessed, Plt/Plh rows and rows of other months set aside, and the
 * latest `periode_akhir_skp` of a NIP winning after a transfer.
 */
import { formatPeriod, predikatSchema, type AssessedPredikat, type GivenRating, type Period, type Predikat } from '../model/domain.js';
import { closestNips, compactNip, nipCandidates, readNipCell, visibleNipText } from './read-nip.js';
import { KinerjaError } from '../errors.js';
import type { FindingCollector } from '../findings.js';
import type { LocalDate } from '../model/local-date.js';
import type { Table } from '../readers/table.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { EmployeeMatcher } from './match-employee.js';
import { readRatingLabel } from './perilaku.js';
import { newLedger, readTableRows, type DataRow, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { PegawaiTable, RatingOverride } from '../model/records.js';
import type { FileLedger } from '../model/row-accounting.js';

type PenilaianField = 'nip' | 'hasil_kerja' | 'perilaku_kerja' | 'hasil_akhir' | 'bulan_skp' | 'periode_akhir_skp' | 'plt';

/** Header aliases of `penilaian`. */
export const PENILAIAN_FIELDS: FieldSpecs<PenilaianField> = {
  nip: { aliases: ['nip', 'nip_baru'], required: true },
  hasil_kerja: { aliases: ['hasil_kerja', 'rating_hasil_kerja'] },
  perilaku_kerja: { aliases: ['perilaku_kerja', 'rating_perilaku', 'perilaku'] },
  hasil_akhir: { aliases: ['hasil_akhir', 'predikat', 'predikat_kinerja'] },
  bulan_skp: { aliases: ['bulan_skp', 'bulan'] },
  periode_akhir_skp: { aliases: ['periode_akhir_skp', 'periode_akhir'] },
  plt: { aliases: ['is_skp_plt_plh_pjb', 'is_plt_plh', 'plt_plh'] },
};

/** One row of ratings as read. */
interface PenilaianRow extends RatingOverride {
  nip: string;
  periodeAkhir?: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mar: 3, maret: 3, apr: 4, april: 4, mei: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, agu: 8, agt: 8, ags: 8, agustus: 8, sep: 9, september: 9, okt: 10, oktober: 10,
  nov: 11, november: 11, des: 12, desember: 12,
};

const penilaianPlan: ReadPlan<PenilaianField> = {
  input: 'penilaian',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, PENILAIAN_FIELDS, rowNumber, packNames);
    const anyRating = map.columns.hasil_kerja !== undefined || map.columns.perilaku_kerja !== undefined || map.columns.hasil_akhir !== undefined;
    return hasRequiredFields(map, PENILAIAN_FIELDS) && anyRating ? { shape: 'penilaian', specs: PENILAIAN_FIELDS, map } : undefined;
  },
  required: { id: 'nip dan hasil_kerja / perilaku_kerja / hasil_akhir', en: 'nip and hasil_kerja / perilaku_kerja / hasil_akhir' },
  profiled: () => ({ dates: ['periode_akhir_skp'], numbers: [] }),
};

const NOT_ASSESSED = /^[-–—]+$|^tidak\s+(dinilai|membuat\s+skp)$/i;

/** Reads a predikat such as `SANGAT BAIK`, `KURANG / MISCONDUCT`, `Butuh Perbaikan`. */
function readPredikatLabel(text: string): Exclude<Predikat, 'TIDAK_DINILAI'> | undefined {
  const code = text
    .toUpperCase()
    .replace(/\/\s*MIS\w*/g, '')
    .replace(/\(.*\)/g, '')
    .trim()
    .replace(/[\s-]+/g, '_');
  const parsed = predikatSchema.exclude(['TIDAK_DINILAI']).safeParse(code === 'CUKUP' ? 'BUTUH_PERBAIKAN' : code);
  return parsed.success ? parsed.data : undefined;
}

function monthOf(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return MONTHS[t];
}

/** Reads the penilaian files; returns the override per NIP. */
export async function readPenilaian(
  tables: readonly Table[],
  pegawai: PegawaiTable,
  period: Period,
  findings: FindingCollector,
): Promise<{ byNip: Map<string, RatingOverride>; ledgers: FileLedger[] }> {
  const candidates = new Map<string, { row: PenilaianRow; ledger: FileLedger }[]>();
  const ledgers: FileLedger[] = [];
  const matcher = new EmployeeMatcher(pegawai, findings);
  for (const table of tables) {
    const ledger = newLedger('penilaian', table);
    ledgers.push(ledger);
    await readTableRows(table, penilaianPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const match = matcher.match(check, 'nip');
      if (match.kind !== 'employee') return match.kind;
      const plt = check.text('plt')?.toLowerCase();
      if (plt !== undefined && ['1', 'true', 'ya', 'y', 'yes'].includes(plt)) {
        check.report('PENILAIAN_PLT', 'plt');
        check.finish(match.nip);
        return 'ignored';
      }
      const bulanText = check.text('bulan_skp');
      if (bulanText !== undefined && monthOf(bulanText) !== period.month) {
        check.report('PENILAIAN_BULAN_LAIN', 'bulan_skp', { period: formatPeriod(period) });
        check.finish(match.nip);
        return 'ignored';
      }
      const rating = (field: 'hasil_kerja' | 'perilaku_kerja'): GivenRating | undefined => {
        const text = check.text(field);
        if (text === undefined || NOT_ASSESSED.test(text)) return undefined;
        const label = readRatingLabel(text);
        if (!label) check.report('NILAI_TIDAK_DIKENAL', field, { choices: 'DIATAS EKSPEKTASI, SESUAI EKSPEKTASI, DIBAWAH EKSPEKTASI, -' });
        return label;
      };
      const hasilKerja = rating('hasil_kerja');
      const perilaku = rating('perilaku_kerja');
      const akhirText = check.text('hasil_akhir');
      let hasilAkhir: PenilaianRow['hasilAkhir'];
      if (akhirText !== undefined && !NOT_ASSESSED.test(akhirText)) {
        hasilAkhir = readPredikatLabel(akhirText);
        if (!hasilAkhir) check.report('NILAI_TIDAK_DIKENAL', 'hasil_akhir', { choices: 'SANGAT BAIK, BAIK, BUTUH PERBAIKAN, KURANG, SANGAT KURANG, -' });
      }
      const periodeAkhir: LocalDate | undefined = check.date('periode_akhir_skp');
      check.finish(match.nip);
      if (check.errors > 0) return 'rejected';
      const record: PenilaianRow = {
        nip: match.nip,
        file: table.name,
        row: row.rowNumber,
        ...(hasilKerja ? { hasilKerja } : {}),
        ...(perilaku ? { perilaku } : {}),
        ...(hasilAkhir ? { hasilAkhir } : {}),
        ...(periodeAkhir ? { periodeAkhir } : {}),
      };
      const list = candidates.get(match.nip) ?? [];
      list.push({ row: record, ledger });
      candidates.set(match.nip, list);
      return 'used';
    });
  }

  const byNip = new Map<string, RatingOverride>();
  for (const [nip, list] of candidates) {
    const latest = list.reduce((best, c) => ((c.row.periodeAkhir ?? '') > best ? (c.row.periodeAkhir ?? '') : best), '');
    const winners = list.filter((c) => (c.row.periodeAkhir ?? '') === latest);
    const same = (a: PenilaianRow, b: PenilaianRow) => a.hasilKerja === b.hasilKerja && a.perilaku === b.perilaku && a.hasilAkhir === b.hasilAkhir;
    const chosen = winners[0]!;
    for (const c of list) {
      if (c === chosen) continue;
      const tieConflict = winners.includes(c) && !same(c.row, chosen.row);
      c.ledger.used -= 1;
      if (tieConflict) {
        c.ledger.rejected += 1;
        findings.add({ code: 'PENILAIAN_BERTENTANGAN', file: c.row.file, row: c.row.row, nip });
      } else {
        c.ledger.ignored += 1;
        findings.add({ code: 'PENILAIAN_DIGANTI', file: c.row.file, row: c.row.row, nip });
      }
    }
    const r = chosen.row;
    if (!r.hasilKerja && !r.perilaku && !r.hasilAkhir) continue;
    const override: RatingOverride = {
      file: r.file,
      row: r.row,
      ...(r.hasilKerja ? { hasilKerja: r.hasilKerja } : {}),
      ...(r.perilaku ? { perilaku: r.perilaku } : {}),
      ...(r.hasilAkhir ? { hasilAkhir: r.hasilAkhir } : {}),
    };
    byNip.set(nip, override);
    const given = [r.hasilKerja && `hasil_kerja ${r.hasilKerja}`, r.perilaku && `perilaku ${r.perilaku}`, r.hasilAkhir && `hasil_akhir ${r.hasilAkhir}`].filter(Boolean).join(', ');
    findings.add({ code: 'RATING_DARI_PENILAIAN', file: r.file, row: r.row, nip, value: given, params: { what: 'Rating' } });
  }
  return { byNip, ledgers };
}

type AnnualField = PenilaianField | 'periode_awal_skp' | 'tahun_skp';

/** The annual reading's columns: those of `penilaian`, and the period's start and year, checked against --tahun. */
const ANNUAL_FIELDS: FieldSpecs<AnnualField> = {
  ...PENILAIAN_FIELDS,
  periode_awal_skp: { aliases: ['periode_awal_skp', 'periode_awal'] },
  tahun_skp: { aliases: ['tahun_skp', 'tahun_penilaian', 'tahun'] },
};

const annualPlan: ReadPlan<AnnualField> = {
  input: 'penilaian',
  detectHeader(cells, rowNumber, packNames) {
    const match = penilaianPlan.detectHeader(cells, rowNumber, packNames);
    return match ? { shape: 'penilaian', specs: ANNUAL_FIELDS, map: mapHeader(cells, ANNUAL_FIELDS, rowNumber, packNames) } : undefined;
  },
  required: penilaianPlan.required,
  profiled: () => ({ dates: ['periode_awal_skp', 'periode_akhir_skp'], numbers: [] }),
};

/** A year's label in `bulan_skp` (the BKN e-Kinerja "tahunan" report). */
const ANNUAL = /^(tahunan|tahun|annual|year)$/i;
/** `Tahunan 2026`, `tahunan-2026`, `2026 tahunan`: annual, of the year written. */
const ANNUAL_WITH_YEAR = /^(?:(?:tahunan|tahun|annual|year)[\s_/-]*(\d{4})|(\d{4})[\s_/-]*(?:tahunan|tahun|annual|year))$/i;

/** What `bulan_skp` says a row is: a month's, the year's (of a year when written), or unknown. */
type BulanKind = { kind: 'month' } | { kind: 'annual'; year?: number } | { kind: 'unknown' };

function bulanKind(text: string): BulanKind {
  const t = text.trim();
  if (ANNUAL.test(t)) return { kind: 'annual' };
  const withYear = ANNUAL_WITH_YEAR.exec(t);
  if (withYear) return { kind: 'annual', year: Number(withYear[1] ?? withYear[2]) };
  const month = monthOf(t);
  // A bare year (`2026`) is not certainly the annual row: a year column mapped as bulan_skp reads so too.
  return month !== undefined && month >= 1 && month <= 12 ? { kind: 'month' } : { kind: 'unknown' };
}

/** The year a period cell names (a date, or a bare year in `tahun_skp`); undefined when empty or unreadable (reported). */
function yearOf(row: DataRow<AnnualField>, check: RowCheck<AnnualField>, field: 'periode_awal_skp' | 'periode_akhir_skp' | 'tahun_skp'): number | undefined {
  const cell = row.cell(field);
  if (cell === null) return undefined;
  if (field === 'tahun_skp') {
    if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1900 && cell <= 2200) return cell;
    if (typeof cell === 'string' && /^\s*\d{4}\s*$/.test(cell)) return Number(cell);
  }
  const date = check.date(field);
  return date === undefined ? undefined : Number(date.slice(0, 4));
}

const MAX_LISTED = 5;
const listed = (nips: readonly string[]) => nips.slice(0, MAX_LISTED).join(', ') + (nips.length > MAX_LISTED ? ` (+${nips.length - MAX_LISTED})` : '');

/** What the year's recap knows: its year and the NIPs of its months. */
export interface AnnualContext {
  tahun: number;
  /** Every NIP in the year's results archive. */
  knownNips: ReadonlySet<string>;
}

/**
 * The predikat of the year given in penilaian rows with `bulan_skp: tahunan` (kinerja rekap). Every row
 * is accounted for: a month's row is set aside (info), a `bulan_skp` that is neither a month nor
 * certainly annual, a row of another year (in `bulan_skp`, `periode_awal_skp`, `periode_akhir_skp` or
 * `tahun_skp`), a damaged NIP (as the monthly reader reads it) and a NIP that is not in the archive
 * but close to one there are errors; two annual rows of one NIP that disagree leave it without one
 * (never guessed). A file without `bulan_skp`, or with no annual row of the year, stops the recap.
 *
 * `doubted`: the archive NIPs whose annual rating is in doubt, so that the recap gives them neither an
 * annual predikat nor an angka kredit (never recorded on a guess): the NIP of a rejected row, the
 * closest NIPs a NIP not in the archive names, the employees a damaged NIP may be, and a NIP whose
 * annual rows disagree. A rejected row of another year holds no one the file gives a rating of the year.
 */
export async function readAnnualRatings(
  tables: readonly Table[],
  findings: FindingCollector,
  context: AnnualContext,
): Promise<{ byNip: Map<string, AssessedPredikat>; doubted: Set<string>; ledgers: FileLedger[] }> {
  const { tahun } = context;
  const sortedNips = [...context.knownNips].sort();
  const rows = new Map<string, { predikat: AssessedPredikat; file: string; row: number; ledger: FileLedger }[]>();
  // Archive NIPs a rejected row of the year (or a damaged or mistyped NIP) may be; those only another year's row names.
  const doubted = new Set<string>();
  const otherYearDoubt = new Set<string>();
  const doubt = (nips: Iterable<string | undefined>, otherYear = false) => {
    for (const n of nips) if (n !== undefined && context.knownNips.has(n)) (otherYear ? otherYearDoubt : doubted).add(n);
  };
  const ledgers: FileLedger[] = [];
  for (const table of tables) {
    const ledger = newLedger('penilaian', table);
    ledgers.push(ledger);
    let annualRows = 0;
    let ofYear = 0;
    const otherYears = new Set<number>();
    const seen = new Set<string>();
    const match = await readTableRows(table, annualPlan, ledger, findings, (row) => {
      if (row.map.columns.bulan_skp === undefined) return 'ignored';
      const check = new RowCheck(row, table.name, findings);
      const bulan = check.text('bulan_skp');
      const kind: BulanKind = bulan === undefined ? { kind: 'unknown' } : bulanKind(bulan);
      if (bulan !== undefined && seen.size < 8) seen.add(bulan);
      const nipText = check.text('nip');
      const plainNip = () => (nipText === undefined ? undefined : compactNip(nipText));
      if (kind.kind === 'month') {
        check.report('PENILAIAN_BULAN_LAIN', 'bulan_skp', { period: `tahunan ${tahun}` });
        check.finish(plainNip());
        return 'ignored';
      }
      if (kind.kind === 'unknown') {
        if (bulan === undefined) check.report('NILAI_WAJIB_KOSONG', 'bulan_skp');
        else check.report('PENILAIAN_BULAN_TIDAK_DIKENAL', 'bulan_skp', { tahun });
        check.finish(plainNip());
        // It may be the annual row: its NIP's annual rating is in doubt.
        doubt([plainNip()]);
        return 'rejected';
      }
      annualRows += 1;
      let otherYear = false;
      if (kind.year !== undefined && kind.year !== tahun) {
        check.report('PENILAIAN_TAHUN_LAIN', 'bulan_skp', { year: kind.year, tahun });
        otherYears.add(kind.year);
        otherYear = true;
      }
      for (const field of ['periode_awal_skp', 'periode_akhir_skp', 'tahun_skp'] as const) {
        const year = yearOf(row, check, field);
        if (year === undefined || year === tahun) continue;
        otherYears.add(year);
        // One finding per row: the first column that names another year.
        if (!otherYear) check.report('PENILAIAN_TAHUN_LAIN', field, { year, tahun });
        otherYear = true;
      }
      if (!otherYear) ofYear += 1;

      const akhir = check.text('hasil_akhir');
      const predikat = akhir === undefined || NOT_ASSESSED.test(akhir) ? undefined : readPredikatLabel(akhir);
      if (akhir === undefined) check.report('NILAI_WAJIB_KOSONG', 'hasil_akhir');
      else if (!predikat && !NOT_ASSESSED.test(akhir)) check.report('NILAI_TIDAK_DIKENAL', 'hasil_akhir', { choices: 'SANGAT BAIK, BAIK, BUTUH PERBAIKAN, KURANG, SANGAT KURANG, -' });

      // The NIP, read as the monthly reader reads it.
      const raw = check.cell('nip');
      const cell = readNipCell(raw);
      let nip: string | undefined;
      let unknownWithoutClose = false;
      // Archive NIPs the row may be when its own NIP is not one of them.
      let mayBe: string[] = [];
      if (cell.kind === 'empty') {
        check.report('NILAI_WAJIB_KOSONG', 'nip');
      } else if (cell.kind === 'damaged') {
        const candidates = nipCandidates(sortedNips, cell.prefix);
        check.report('NIP_TERPOTONG', 'nip', candidates.length > 0 ? { candidates: listed(candidates) } : {}, cell.text);
        nip = cell.text;
        mayBe = candidates;
      } else if (cell.kind === 'format') {
        check.report('NIP_FORMAT', 'nip', { reason_id: cell.reason.id, reason_en: cell.reason.en }, cell.text);
        nip = cell.text;
      } else {
        nip = cell.nip;
        if (cell.tidied) check.report('NIP_DIRAPIKAN', 'nip', { nip: cell.nip, what_id: cell.tidied.id, what_en: cell.tidied.en }, visibleNipText(String(raw).trim()));
        if (!context.knownNips.has(nip)) {
          const closest = closestNips(sortedNips, nip);
          const text = cell.tidied ? visibleNipText(String(raw).trim()) : nip;
          // A NIP close to one of the year's is likely a typo for it: an error. Another agency's employee is set aside.
          if (closest.length > 0) check.report('PENILAIAN_NIP_TIDAK_DI_ARSIP', 'nip', { tahun, closest: listed(closest) }, text);
          else check.report('PENILAIAN_NIP_TIDAK_DI_ARSIP', 'nip', { tahun }, text, 'peringatan');
          unknownWithoutClose = closest.length === 0;
          mayBe = closest;
        }
      }
      check.finish(nip);
      if (check.errors > 0) {
        doubt([nip, ...mayBe], otherYear);
        return 'rejected';
      }
      if (unknownWithoutClose || !predikat || nip === undefined) return 'ignored';
      const list = rows.get(nip) ?? [];
      list.push({ predikat, file: table.name, row: row.rowNumber, ledger });
      rows.set(nip, list);
      return 'used';
    });
    stopWithoutAnnualRows(table.name, tahun, match.map.columns.bulan_skp !== undefined, annualRows, ofYear, otherYears, seen);
  }
  const byNip = new Map<string, AssessedPredikat>();
  for (const [nip, list] of rows) {
    if (list.every((r) => r.predikat === list[0]!.predikat)) {
      byNip.set(nip, list[0]!.predikat);
      continue;
    }
    for (const r of list) {
      r.ledger.used -= 1;
      r.ledger.rejected += 1;
      findings.add({ code: 'PENILAIAN_BERTENTANGAN', file: r.file, row: r.row, nip });
    }
    doubted.add(nip);
  }
  // Another year's row says nothing against a rating of this year the file gives.
  for (const nip of otherYearDoubt) if (!byNip.has(nip)) doubted.add(nip);
  return { byNip, doubted, ledgers };
}

/** A file that cannot give the year's predikat it was given for stops the recap (exit 2). */
function stopWithoutAnnualRows(file: string, tahun: number, hasBulan: boolean, annualRows: number, ofYear: number, otherYears: ReadonlySet<number>, seen: ReadonlySet<string>): void {
  const hint = {
    id: `Ekspor penilaian tahunan ${tahun} dari e-Kinerja (Laporan Penilaian SKP, periode tahunan): baris predikat tahunan ditandai bulan_skp = tahunan. Tanpa --penilaian, predikat tahunan diisi menurut kinerja.predikat_tahunan paket aturan.`,
    en: `Export the ${tahun} annual appraisal from e-Kinerja (Laporan Penilaian SKP, annual period): the annual predikat rows have bulan_skp = tahunan. Without --penilaian, the annual predikat follows the pack's kinerja.predikat_tahunan.`,
  };
  if (!hasBulan) {
    throw new KinerjaError(
      'PENILAIAN_TANPA_BULAN_SKP',
      { id: `${file} tidak punya kolom bulan_skp, jadi baris penilaian tahunan tidak dapat dibedakan dari baris bulanan; rekap dihentikan.`, en: `${file} has no bulan_skp column, so the annual appraisal rows cannot be told from the monthly ones; the recap stopped.` },
      { id: `Tambahkan kolom bulan_skp (tahunan untuk baris predikat tahunan), atau ${hint.id.charAt(0).toLowerCase()}${hint.id.slice(1)}`, en: `Add a bulan_skp column (tahunan on the annual predikat rows), or ${hint.en.charAt(0).toLowerCase()}${hint.en.slice(1)}` },
    );
  }
  if (annualRows === 0) {
    const values = [...seen].map((v) => `'${v}'`).join(', ');
    throw new KinerjaError(
      'PENILAIAN_TANPA_TAHUNAN',
      {
        id: `${file} tidak berisi satu pun baris dengan bulan_skp = tahunan${values ? ` (yang tertulis: ${values})` : ''}, jadi tidak memberi predikat tahunan; rekap dihentikan.`,
        en: `${file} has no row with bulan_skp = tahunan${values ? ` (written: ${values})` : ''}, so it gives no annual predikat; the recap stopped.`,
      },
      hint,
    );
  }
  if (ofYear === 0) {
    const years = [...otherYears].sort().join(', ');
    throw new KinerjaError(
      'PENILAIAN_TAHUN_LAIN',
      { id: `Semua baris tahunan ${file} untuk tahun ${years}, bukan ${tahun}; rekap dihentikan.`, en: `Every annual row of ${file} is for ${years}, not ${tahun}; the recap stopped.` },
      hint,
    );
  }
}

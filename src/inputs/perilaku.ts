/**
 * Behaviour scores (`perilaku`, SPEC §2.4) in the wide shape (one row per rater, a column per
 * BerAKHLAK aspect) or the long shape (one row per aspect). Scores become 0..100 as they are read.
 */
import { z } from 'zod';
import { ASPEK, aspekSchema, exactSchema, GIVEN_RATING, PERAN, peranSchema, type Aspek, type GivenRating, type Peran } from '../model/domain.js';
import { Exact } from '../exact.js';
import type { FindingCollector } from '../findings.js';
import { cellText } from '../readers/cell.js';
import type { NumberReading } from '../readers/parse-number.js';
import type { Table } from '../readers/table.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { mapHeader, type FieldSpecs } from './header-map.js';
import { textInterner } from './intern-text.js';
import { ContinuationRows } from './continuation-rows.js';
import { compactNip, readNipCell, visibleNipText } from './read-nip.js';
import { newLedger, readTableRows, type DataRow, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { PegawaiTable, Penilai } from '../model/records.js';
import type { FileLedger, RowBucket } from '../model/row-accounting.js';
import { EmployeeMatcher } from './match-employee.js';

const ASPEK_ALIASES: Readonly<Record<Aspek, readonly string[]>> = {
  berorientasi_pelayanan: ['berorientasi_pelayanan', 'pelayanan', 'orientasi_pelayanan'],
  akuntabel: ['akuntabel'],
  kompeten: ['kompeten'],
  harmonis: ['harmonis'],
  loyal: ['loyal'],
  adaptif: ['adaptif'],
  kolaboratif: ['kolaboratif'],
};

export const WIDE_FIELDS: FieldSpecs<string> = {
  nip: { aliases: ['nip', 'nip_baru', 'nip_dinilai'], required: true },
  penilai_nip: { aliases: ['penilai_nip', 'nip_penilai'] },
  peran: { aliases: ['peran', 'peran_penilai', 'hubungan'] },
  ...Object.fromEntries(ASPEK.map((a) => [a, { aliases: ASPEK_ALIASES[a] }])),
};
export const LONG_FIELDS: FieldSpecs<string> = {
  nip: { aliases: ['nip', 'nip_baru', 'nip_dinilai'], required: true },
  aspek: { aliases: ['aspek', 'aspek_perilaku'], required: true },
  nilai: { aliases: ['nilai', 'skor'], required: true },
  penilai_nip: { aliases: ['penilai_nip', 'nip_penilai'] },
  peran: { aliases: ['peran', 'peran_penilai', 'hubungan'] },
};

/** One rater's scores for one employee (the single source of the `Penilai` type). */
export const penilaiSchema = z.object({
  nip: z.string(),
  penilaiNip: z.string().optional(),
  peran: peranSchema,
  /** Scores on the 0..100 scale, per aspect. */
  skor: z.record(aspekSchema, exactSchema),
  /** Values as written, per aspect (for `jelaskan`). */
  asli: z.record(aspekSchema, z.string()),
  /** The aspects given as a label, and the label (for `cara_label: mayoritas`). */
  label: z.partialRecord(aspekSchema, z.enum(GIVEN_RATING)).optional(),
  file: z.string(),
  row: z.number().int(),
}) satisfies z.ZodType<Penilai>;

const LABELS: Readonly<Record<string, GivenRating>> = {
  DIATAS: 'DI_ATAS',
  DIATASEKSPEKTASI: 'DI_ATAS',
  SESUAI: 'SESUAI',
  SESUAIEKSPEKTASI: 'SESUAI',
  DIBAWAH: 'DI_BAWAH',
  DIBAWAHEKSPEKTASI: 'DI_BAWAH',
};

/** Reads a rating label such as `Diatas Ekspektasi`, `DI_ATAS`, `di bawah` (any case/spacing). */
export function readRatingLabel(text: string): GivenRating | undefined {
  return LABELS[text.toUpperCase().replace(/[\s_\-.]+/g, '')];
}

/** A distinct numeric score as written, with what it says about the scale it was given on. */
interface RawScore {
  /** On 0..100, or null when outside the pack's scale. */
  scaled: Exact | null;
  value: Exact;
  /** The smallest of the short scales 0..1 (fractions only), 0..5, 0..10 holding it; OFF_SCALE otherwise. */
  band: number;
  belowOne: boolean;
  fraction: boolean;
  approx: number;
}

const OFF_SCALE = 1000;
const FIVE = Exact.of(5);
const TEN = Exact.of(10);

function bandOf(v: Exact): number {
  if (v.lt(Exact.ZERO) || v.gt(TEN)) return OFF_SCALE;
  // Whole 0 and 1 are also 1..5 scores; only a fraction points to 0..1.
  if (v.lte(Exact.ONE) && !v.isInteger()) return 1;
  return v.lte(FIVE) ? 5 : 10;
}

/**
 * Numeric scores of a file or a rater (labels do not count): if all lie within 0..1, 0..5 or 0..10
 * while the pack's scale is wider, they were given on a short scale (SKALA_PERILAKU). Kept as rows
 * stream: a count, the widest band and the largest value.
 */
class ScaleEvidence {
  count = 0;
  band = 0;
  belowOne = false;
  fraction = false;
  max: RawScore | undefined;

  add(r: RawScore): void {
    this.count += 1;
    if (r.band > this.band) this.band = r.band;
    if (r.belowOne) this.belowOne = true;
    if (r.fraction) this.fraction = true;
    if (this.max === undefined || r.approx > this.max.approx) this.max = r;
  }

  reset(): void {
    this.count = 0;
    this.band = 0;
    this.belowOne = false;
    this.fraction = false;
    this.max = undefined;
  }

  /** The finding's params when these scores look given on a short scale (at least `minCount` of them). */
  shortScale(minCount: number, packMaks: Exact, scale: string): Record<string, string | number> | undefined {
    if (this.count < minCount || this.band > 10) return undefined;
    // Fractions with nothing above 1 (a whole 1 or 0 among 0,92 and 0,85) are a 0..1 scale, not 0..5.
    const band = this.band === 5 && this.fraction && this.max!.value.lte(Exact.ONE) ? 1 : this.band;
    if (!packMaks.gt(Exact.of(band))) return undefined;
    // Whole scores 1..5 are the usual 1-5 rating; a 0 or a fraction below 1 means 0-5; 0-1 and 0-10 start at 0.
    const low = band === 5 && !this.belowOne ? 1 : 0;
    return { seen: `0..${band}`, max: this.max!.value.toString(), scale, guess: `${low}-${band}`, guess_min: low, guess_max: band };
  }
}

/**
 * Scales score cells to 0..100 (SPEC §4.4), or undefined when a cell is not valid; `last` is the
 * numeric score just read (undefined for a label). Labels and readings are remembered, since a column
 * holds a few dozen distinct scores.
 */
function scoreScaler(pack: RulePack): { scale(row: DataRow<string>, field: string): Exact | undefined; last: RawScore | undefined; label: GivenRating | undefined } {
  const { min, maks } = pack.kinerja.perilaku.skala;
  const range = maks.sub(min);
  const labels = new Map<string, GivenRating | null>();
  const raws = new Map<NumberReading, RawScore>();
  const scaler = {
    last: undefined as RawScore | undefined,
    /** The label just read (undefined for a number). */
    label: undefined as GivenRating | undefined,
    scale(row: DataRow<string>, field: string): Exact | undefined {
      scaler.last = undefined;
      scaler.label = undefined;
      const cell = row.cell(field);
      if (typeof cell === 'string') {
        let label = labels.get(cell);
        if (label === undefined) {
          label = readRatingLabel(cell) ?? null;
          if (labels.size >= 4096) labels.clear();
          labels.set(cell, label);
        }
        if (label) {
          scaler.label = label;
          return pack.kinerja.perilaku.label[label];
        }
      }
      const reading = row.numberReading(field);
      if (!reading?.ok) return undefined;
      let raw = raws.get(reading);
      if (raw === undefined) {
        const v = reading.value;
        raw = {
          scaled: v.lt(min) || v.gt(maks) ? null : v.sub(min).div(range).mul(Exact.HUNDRED),
          value: v,
          band: bandOf(v),
          belowOne: v.lt(Exact.ONE),
          fraction: !v.isInteger(),
          approx: v.toApproximateNumber(),
        };
        if (raws.size >= 4096) raws.clear();
        raws.set(reading, raw);
      }
      scaler.last = raw;
      return raw.scaled ?? undefined;
    },
  };
  return scaler;
}

const perilakuPlan: ReadPlan<string> = {
  input: 'perilaku',
  detectHeader(cells, rowNumber, packNames) {
    const long = mapHeader(cells, LONG_FIELDS, rowNumber, packNames);
    if (long.columns['nip'] !== undefined && long.columns['aspek'] !== undefined && long.columns['nilai'] !== undefined) {
      return { shape: 'panjang', specs: LONG_FIELDS, map: long };
    }
    const wide = mapHeader(cells, WIDE_FIELDS, rowNumber, packNames);
    if (wide.columns['nip'] !== undefined && ASPEK.some((a) => wide.columns[a] !== undefined)) return { shape: 'lebar', specs: WIDE_FIELDS, map: wide };
    return undefined;
  },
  required: {
    id: 'nip dan ke-7 aspek BerAKHLAK (bentuk lebar), atau nip, aspek, nilai (bentuk panjang)',
    en: 'nip and the 7 BerAKHLAK aspects (wide shape), or nip, aspek, nilai (long shape)',
  },
  profiled: (shape) => ({ dates: [], numbers: shape === 'panjang' ? ['nilai'] : [...ASPEK] }),
};

interface RaterGroup {
  record: Penilai;
  rows: number;
  bad: boolean;
  ledger: FileLedger;
  aspekRows: Partial<Record<Aspek, number>>;
  /** Long shape: the rater's numeric scores so far. */
  evidence?: ScaleEvidence;
}

/** A rater whose 7 scores lie on a short scale, reported unless their whole file is. */
interface ShortScaleRater {
  file: string;
  row: number;
  nip: string;
  rater: string;
  params: Record<string, string | number>;
}

/** Rater findings held while their file may still turn out to be on a short scale as a whole. */
const MAX_HELD_RATERS = 1000;

function normalisePeran(text: string | undefined): Peran | undefined {
  if (text === undefined) return 'atasan';
  const first = text.trim().toLowerCase().split(/[\s_]+/)[0] ?? '';
  const parsed = peranSchema.safeParse(first === 'teman' ? 'rekan' : first);
  // The constant, not the lower-cased copy: a rater record is kept per employee.
  return parsed.success ? PERAN.find((p) => p === parsed.data) : undefined;
}

function aspekOf(text: string): Aspek | undefined {
  const key = text.toLowerCase().trim().replace(/[\s.\-/]+/g, '_');
  return ASPEK.find((a) => ASPEK_ALIASES[a].includes(key));
}

function reportShortScaleRater(r: ShortScaleRater, findings: FindingCollector): void {
  findings.add({
    code: 'SKALA_PERILAKU',
    file: r.file,
    row: r.row,
    nip: r.nip,
    params: { ...r.params, level: 'penilai', where_id: `dari penilai ${r.rater} untuk ${r.nip}`, where_en: `from rater ${r.rater} for ${r.nip}` },
  });
}

/** Reports the held rater findings; from now on they are reported as found. */
function flushRaters(held: readonly ShortScaleRater[], findings: FindingCollector): undefined {
  for (const r of held) reportShortScaleRater(r, findings);
  return undefined;
}

/** What the rows of one perilaku file share while it is read. */
interface PerilakuFileReading {
  table: Table;
  ledger: FileLedger;
  findings: FindingCollector;
  groups: Map<string, RaterGroup>;
  blocks: ContinuationRows<RaterGroup>;
  scaler: ReturnType<typeof scoreScaler>;
  /** The pack's scale, as shown in messages (`0..100`). */
  scale: string;
  packMaks: Exact;
  intern: (text: string) => string;
  fileEvidence: ScaleEvidence;
  rowEvidence: ScaleEvidence;
  /** A rater on a short scale: reported now, or held until the file shows it is not on one. */
  addRater: (r: ShortScaleRater) => void;
  /** A score above 10 shows the file is not on a short scale: the held rater findings go out. */
  flushIfLongScale: () => void;
}

/** Who gave a row's scores, in which role, and the key of their record in the file. */
interface RowRater {
  nip: string;
  penilaiNip: string | undefined;
  peran: Peran | undefined;
  key: string;
  label: string;
}

/** A wide row: one rater's scores for all 7 aspects, one record. */
function readWideRow(row: DataRow<string>, check: RowCheck<string>, rater: RowRater, f: PerilakuFileReading): RowBucket {
    const skor: Partial<Record<Aspek, Exact>> = {};
    const asli: Partial<Record<Aspek, string>> = {};
    let label: Partial<Record<Aspek, GivenRating>> | undefined;
    const missing: Aspek[] = [];
    f.rowEvidence.reset();
    for (const aspek of ASPEK) {
      const cell = row.cell(aspek);
      if (cell === null) {
        missing.push(aspek);
        continue;
      }
      const score = f.scaler.scale(row, aspek);
      if (f.scaler.last) {
        f.rowEvidence.add(f.scaler.last);
        f.fileEvidence.add(f.scaler.last);
      }
      if (score === undefined) check.report('NILAI_PERILAKU_TIDAK_VALID', aspek, { range: f.scale });
      else {
        skor[aspek] = score;
        asli[aspek] = f.intern(cellText(cell));
        if (f.scaler.label) (label ??= {})[aspek] = f.scaler.label;
      }
    }
    if (missing.length > 0) check.report('ASPEK_TIDAK_LENGKAP', undefined, { rater: rater.label, missing: missing.join(', ') }, '');
    if (f.groups.has(rater.key)) check.report('PENILAI_GANDA', 'penilai_nip', { rater: rater.label }, rater.penilaiNip ?? '');
    const short = f.rowEvidence.shortScale(ASPEK.length, f.packMaks, f.scale);
    if (short) f.addRater({ file: f.table.name, row: row.rowNumber, nip: rater.nip, rater: rater.label, params: short });
    f.flushIfLongScale();
    check.finish(rater.nip);
    if (check.errors > 0 || rater.peran === undefined) return 'rejected';
    const group: RaterGroup = {
      record: { nip: rater.nip, peran: rater.peran, skor: skor as Record<Aspek, Exact>, asli: asli as Record<Aspek, string>, file: f.table.name, row: row.rowNumber, ...(rater.penilaiNip ? { penilaiNip: rater.penilaiNip } : {}), ...(label ? { label } : {}) },
      rows: 1,
      bad: false,
      ledger: f.ledger,
      aspekRows: {},
    };
    f.groups.set(rater.key, group);
    if (f.blocks.continued) f.blocks.keep(group);
  return 'used';
}

/** A long row: one aspect's score; the rater's record fills up over their rows. */
function readLongRow(row: DataRow<string>, check: RowCheck<string>, rater: RowRater, f: PerilakuFileReading): RowBucket {
  const aspekText = check.requiredText('aspek');
  const aspek = aspekText === undefined ? undefined : aspekOf(aspekText);
  if (aspekText !== undefined && aspek === undefined) check.report('ASPEK_TIDAK_DIKENAL', 'aspek', { choices: ASPEK.join(', ') });
  const cell = row.cell('nilai');
  const score = cell === null ? undefined : f.scaler.scale(row, 'nilai');
  const raw = cell === null ? undefined : f.scaler.last;
  const label = cell === null ? undefined : f.scaler.label;
  if (raw) f.fileEvidence.add(raw);
  if (cell === null) check.report('NILAI_WAJIB_KOSONG', 'nilai');
  else if (score === undefined) check.report('NILAI_PERILAKU_TIDAK_VALID', 'nilai', { range: f.scale });
  let group = f.groups.get(rater.key);
  if (group && aspek !== undefined && group.record.skor[aspek] !== undefined) {
    check.report('ASPEK_GANDA', 'aspek', { rater: rater.label, aspek });
  }
  check.finish(rater.nip);
  if (check.errors > 0 || rater.peran === undefined || aspek === undefined || score === undefined) {
    if (group) group.bad = true;
    return 'rejected';
  }
  if (!group) {
    group = {
      record: { nip: rater.nip, peran: rater.peran, skor: {} as Record<Aspek, Exact>, asli: {} as Record<Aspek, string>, file: f.table.name, row: row.rowNumber, ...(rater.penilaiNip ? { penilaiNip: rater.penilaiNip } : {}) },
      rows: 0,
      bad: false,
      ledger: f.ledger,
      aspekRows: {},
    };
    f.groups.set(rater.key, group);
  }
  if (raw) (group.evidence ??= new ScaleEvidence()).add(raw);
  group.record.skor[aspek] = score;
  group.record.asli[aspek] = f.intern(cellText(cell));
  if (label) (group.record.label ??= {})[aspek] = label;
  group.aspekRows[aspek] = row.rowNumber;
  group.rows += 1;
  if (f.blocks.continued) f.blocks.keep(group);
  return 'used';
}

/**
 * Each rater's record, once every file is read: an incomplete one is an error whose rows, counted as
 * used, are rejected; a copy of one in another file is used once; a rater on a short scale is reported
 * unless the whole file was.
 */
function settleRaters(
  groups: ReadonlyMap<string, RaterGroup>,
  filesOnShortScale: ReadonlySet<string>,
  { packMaks, scale }: { packMaks: Exact; scale: string },
  findings: FindingCollector,
): Map<string, Penilai[]> {
  const byNip = new Map<string, Penilai[]>();
  for (const group of groups.values()) {
    const { record } = group;
    const short = group.evidence?.shortScale(ASPEK.length, packMaks, scale);
    if (short && !filesOnShortScale.has(record.file)) {
      reportShortScaleRater({ file: record.file, row: record.row, nip: record.nip, rater: `${record.penilaiNip ?? '(tanpa NIP)'} (${record.peran})`, params: short }, findings);
    }
    const missing = ASPEK.filter((a) => record.skor[a] === undefined);
    if (missing.length > 0 || group.bad) {
      if (missing.length > 0) {
        findings.add({
          code: 'ASPEK_TIDAK_LENGKAP',
          file: record.file,
          row: record.row,
          nip: record.nip,
          value: '',
          params: { rater: `${record.penilaiNip ?? '(tanpa NIP)'} (${record.peran})`, missing: missing.join(', ') },
        });
      }
      group.ledger.used -= group.rows;
      group.ledger.rejected += group.rows;
      continue;
    }
    const list = byNip.get(record.nip);
    const copy = list ? copyInOtherFile(list, record, findings) : undefined;
    if (copy) {
      group.ledger.used -= group.rows;
      group.ledger[copy] += group.rows;
      continue;
    }
    if (list) list.push(record);
    else byNip.set(record.nip, [record]);
  }
  return byNip;
}

/** An atasan rater other than the one the staff master names (ATASAN_BERBEDA). */
function reportOtherAtasan(byNip: ReadonlyMap<string, Penilai[]>, pegawai: PegawaiTable, findings: FindingCollector): void {
  for (const [nip, raters] of byNip) {
    const expected = pegawai.byNip.get(nip)?.atasanNip;
    for (const r of raters) {
      if (r.peran === 'atasan' && expected !== undefined && r.penilaiNip !== undefined && r.penilaiNip !== expected) {
        findings.add({ code: 'ATASAN_BERBEDA', file: r.file, row: r.row, column: 'penilai_nip', value: r.penilaiNip, nip, params: { rater: r.penilaiNip, expected } });
      }
    }
  }
}

/** Reads behaviour files; returns each employee's complete rater records. */
export async function readPerilaku(
  tables: readonly Table[],
  pegawai: PegawaiTable,
  pack: RulePack,
  findings: FindingCollector,
  onProgress?: (rows: number) => void,
): Promise<{ byNip: Map<string, Penilai[]>; ledgers: FileLedger[] }> {
  const groups = new Map<string, RaterGroup>();
  const ledgers: FileLedger[] = [];
  const scale = `${pack.kinerja.perilaku.skala.min.toString()}..${pack.kinerja.perilaku.skala.maks.toString()}`;
  const scaler = scoreScaler(pack);
  const packMaks = pack.kinerja.perilaku.skala.maks;
  const intern = textInterner();
  // SKALA_PERILAKU: per file, per wide row (one rater) and per long-shape rater group.
  const fileEvidence = new ScaleEvidence();
  const rowEvidence = new ScaleEvidence();
  const filesOnShortScale = new Set<string>();

  const matcher = new EmployeeMatcher(pegawai, findings);
  for (const [fileIndex, table] of tables.entries()) {
    const ledger = newLedger('perilaku', table);
    ledgers.push(ledger);
    fileEvidence.reset();
    // Until a score above 10 shows the file is not on a short scale, rater findings wait.
    let heldRaters: ShortScaleRater[] | undefined = [];
    const addRater = (r: ShortScaleRater): void => {
      if (heldRaters === undefined) reportShortScaleRater(r, findings);
      else if (heldRaters.length < MAX_HELD_RATERS) heldRaters.push(r);
    };
    const blocks = new ContinuationRows<RaterGroup>(table.name, findings);
    const reading: PerilakuFileReading = {
      table,
      ledger,
      findings,
      groups,
      blocks,
      scaler,
      scale,
      packMaks,
      intern,
      fileEvidence,
      rowEvidence,
      addRater,
      flushIfLongScale: () => {
        if (heldRaters && fileEvidence.band > 10) heldRaters = flushRaters(heldRaters, findings);
      },
    };
    // The rater of the row above, for a long-shape continuation row whose rater cells are merged too.
    let penilaiAbove: string | undefined;
    let peranAbove: string | undefined;
    await readTableRows(table, perilakuPlan, ledger, findings, (row): RowBucket => {
      const check = new RowCheck(row, table.name, findings);
      const match = blocks.match(check, 'nip', matcher, () => hasScores(row));
      if (match.kind !== 'employee') return match.kind;
      const inherit = blocks.continued && row.shape === 'panjang' && check.cell('penilai_nip') === null && check.cell('peran') === null;
      const penilaiNip = inherit ? penilaiAbove : readPenilaiNip(check, pegawai, intern);
      const peranText = inherit ? peranAbove : check.text('peran');
      penilaiAbove = penilaiNip;
      peranAbove = peranText;
      const peran = normalisePeran(peranText);
      if (peran === undefined) check.report('NILAI_TIDAK_DIKENAL', 'peran', { choices: PERAN.join(', ') });
      if (penilaiNip !== undefined && penilaiNip === match.nip) check.report('PENILAI_DIRI_SENDIRI', 'penilai_nip');
      // Per file: a rater twice in one file is PENILAI_GANDA; across files, copies are compared at the end.
      const key = `${fileIndex}\u0000${match.nip}\u0000${penilaiNip ?? ''}\u0000${peran ?? ''}`;
      const rater: RowRater = { nip: match.nip, penilaiNip, peran, key, label: `${penilaiNip ?? '(tanpa NIP)'} (${peran ?? '?'})` };
      return row.shape === 'lebar' ? readWideRow(row, check, rater, reading) : readLongRow(row, check, rater, reading);
    }, onProgress);
    const fileShort = fileEvidence.shortScale(ASPEK.length, packMaks, scale);
    if (fileShort) {
      filesOnShortScale.add(table.name);
      findings.add({ code: 'SKALA_PERILAKU', file: table.name, params: { ...fileShort, level: 'berkas', where_id: `di berkas ${table.name}`, where_en: `in file ${table.name}` } });
    } else if (heldRaters) {
      flushRaters(heldRaters, findings);
    }
    // Rows without a NIP not clearly the employee above's: their rater records are not used.
    for (const group of blocks.end(ledger).dropped) group.bad = true;
  }

  const byNip = settleRaters(groups, filesOnShortScale, { packMaks, scale }, findings);
  reportOtherAtasan(byNip, pegawai, findings);
  return { byNip, ledgers };
}

/**
 * The rater's NIP (may be empty, SPEC §2.4). One that is not a NIP (not 18 digits, or cut by Excel)
 * makes the rater unknown, so the rated employee is held (`PENILAI_NIP_TIDAK_VALID`).
 */
function readPenilaiNip(check: RowCheck<string>, pegawai: PegawaiTable, intern: (text: string) => string): string | undefined {
  const cell = readNipCell(check.cell('penilai_nip'));
  switch (cell.kind) {
    case 'empty':
      return undefined;
    case 'nip':
      if (cell.tidied) {
        check.report('NIP_DIRAPIKAN', 'penilai_nip', { nip: cell.nip, what_id: cell.tidied.id, what_en: cell.tidied.en }, visibleNipText(cellText(check.cell('penilai_nip'))));
      }
      return pegawai.byNip.get(cell.nip)?.nip ?? intern(cell.nip);
    case 'damaged':
      check.report('PENILAI_NIP_TIDAK_VALID', 'penilai_nip', { reason_id: 'tersimpan sebagai angka, digit terakhirnya hilang', reason_en: 'stored as a number, its last digits are lost' }, cell.text);
      return intern(cell.text);
    case 'format':
      check.report('PENILAI_NIP_TIDAK_VALID', 'penilai_nip', { reason_id: cell.reason.id, reason_en: cell.reason.en }, cell.text);
      return intern(compactNip(cell.text));
  }
}

/** Whether a row holds behaviour values (else it is a note below the table, not a continuation row). */
function hasScores(row: DataRow<string>): boolean {
  if (row.shape === 'panjang') return row.cell('aspek') !== null || row.cell('nilai') !== null;
  return ASPEK.some((aspek) => row.cell(aspek) !== null);
}

function sameScores(a: Penilai, b: Penilai): boolean {
  // A label and the number it stands for are not the same under `cara_label: mayoritas`.
  return ASPEK.every((aspek) => a.skor[aspek].eq(b.skor[aspek]) && a.label?.[aspek] === b.label?.[aspek]);
}

/**
 * The same employee, rater and role in an earlier perilaku file: identical scores are a copy, set
 * aside (not counted twice, not PENILAI_GANDA); different scores cannot both be right, so the
 * employee is held (`BERKAS_BERTENTANGAN`).
 */
function copyInOtherFile(list: readonly Penilai[], record: Penilai, findings: FindingCollector): 'ignored' | 'rejected' | undefined {
  // Within one file the same rater is one group (or PENILAI_GANDA), so a twin is from another file
  // (or another sheet of the same workbook, which has the same name).
  const twin = list.find((other) => other.penilaiNip === record.penilaiNip && other.peran === record.peran);
  if (!twin) return undefined;
  const key = `NIP ${record.nip}, penilai ${record.penilaiNip ?? '(tanpa NIP)'} (${record.peran})`;
  if (sameScores(twin, record)) {
    findings.add({ code: 'BARIS_SAMA_BERKAS_LAIN', file: record.file, row: record.row, nip: record.nip, value: record.penilaiNip ?? '', params: { key, other: `${twin.file}:${twin.row}` } });
    return 'ignored';
  }
  findings.add({ code: 'BERKAS_BERTENTANGAN', file: record.file, row: record.row, nip: record.nip, value: record.penilaiNip ?? '', params: { key, files: `${twin.file}:${twin.row}, ${record.file}:${record.row}` } });
  return 'rejected';
}

/**
 * One period, end to end: read → validate → compute → report model → self-check → write. No console
 * here; progress goes through hooks and problems that stop the run are KinerjaErrors.
 */
import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { compareResults } from './archive/compare-results.js';
import { correctionTarget, readPaidResults, type CorrectionTarget } from './archive/correction-target.js';
import { checkPaidLedger } from './archive/paid-ledger.js';
import { lastPaidFolder } from './archive/period-folders.js';
import { pendingArrears, pendingArrearsConflict, type PendingArrear } from './archive/pending-payments.js';
import { paidArrears, RAPEL_FILE } from './archive/rapel.js';
import { hashFile } from './readers/hash-file.js';
import { readArchivedResults, type ArchivedResults } from './archive/read-results.js';
import { applyArrears, arrearsNotes, findArrears, rapelRingkasan, type ArrearsFound, type RapelRequest } from './compute-rapel.js';
import { checkPeriodInputs } from './check-period-inputs.js';
import { readTaxYear } from './archive/read-tax-year.js';
import { computePeriod } from './scoring/compute-period.js';
import { formatPeriod, type Period } from './model/domain.js';
import { ExitCode, KinerjaError, type Bilingual } from './errors.js';
import { FindingCollector, findingMessage, stopsRun, type Finding, type FindingInput } from './findings.js';
import { pick, type Lang } from './i18n.js';
import { discoverInputs, type ExplicitFiles, type InputFiles, type UnusedFile } from './inputs/discover-inputs.js';
import { knownFields } from './inputs/known-fields.js';
import { readInputs } from './inputs/read-inputs.js';
import { buildCalendar } from './scoring/build-calendar.js';
import { WorkbookChecks } from './readers/read-workbook-table.js';
import { openOutputFolder, writeFailure, type OutputFolder } from './output-folder.js';
import { buildExplanation, type Explanation } from './reports/build-explanation.js';
import { buildReport, buildRingkasan, rapelTable, tindakLanjutTable, tppTable, validasiTable, type ReportModel, type Ringkasan } from './reports/build-report.js';
import { bankTable, buildFinanceExports, sipdTable, tanpaRekeningTable, type FinanceExports } from './reports/finance-exports.js';
import type { CsvLocale } from './reports/format-cell.js';
import { csvOutputFor, writeBankCsv, writeCsv, type CsvOutput } from './reports/write-csv.js';
import { writeRingkasan } from './reports/write-json.js';
import { selisihTable } from './reports/selisih-table.js';
import { workbookInWorker, writeValidationWorkbook, writeWorkbook } from './reports/write-xlsx.js';
import { loadRulePack, type LoadedRulePack } from './rules/load-rule-pack.js';
import type { InputName } from './rules/rule-pack-schema.js';
import { buildFollowUp } from './scoring/build-follow-up.js';
import { checkFinanceExports, selfCheck } from './self-check.js';
import type { PeriodData } from './model/period.js';
import type { FileLedger } from './model/row-accounting.js';
import type { FollowUpMember, FollowUpRow, PeriodResults } from './model/results.js';
import { measure, now, timed } from './runtime/profile.js';
import type { RuntimeOptions } from './runtime/options.js';
import { recalculatesYear } from './rules/tax-method.js';

/** Output formats (`--format`). */
export type OutputFormat = 'xlsx' | 'csv' | 'json';

/** Options of `run` and `validate`. */
export interface RunOptions {
  command: 'run' | 'validate';
  period: Period;
  inputDir: string;
  explicit: ExplicitFiles;
  /** Working days acknowledged as without (enough) attendance (`--acknowledge-days`). */
  acknowledgedDays?: readonly string[];
  policy?: string;
  out: string;
  /** A correction under another rule pack than the paid folder's, on purpose (`--paket-berbeda`). */
  otherPack?: boolean;
  /** Where earlier periods' results folders are (`--arsip`; default the parent of `out`). */
  archiveDir?: string;
  /**
   * The archive `tandai-dibayar` marks in by default (`hasil`): a period paid there is not run again
   * elsewhere either, whatever `--out` and `--arsip` say. None for `demo` (the sample agency).
   */
  defaultArchive?: string;
  /** Earlier paid periods whose arrears this run pays (`--rapel`, `run` only). */
  rapel?: readonly RapelRequest[];
  formats: ReadonlySet<OutputFormat>;
  strict: boolean;
  force: boolean;
  lang: Lang;
  csvLocale: CsvLocale;
  version: string;
  /** Clock for `dibuat_pada` (injected so tests can fix it). */
  now: () => Date;
  /** Fault hooks and worker thresholds the CLI passes down (tests); none in normal use. */
  runtime?: RuntimeOptions;
}

/** Pipeline steps, for progress display. */
export type Step = 'paket' | 'masukan' | 'hitung' | 'tulis';

/** Progress hooks the CLI turns into spinners. */
export interface PipelineHooks {
  onStep?(step: Step, detail?: string): void;
  onInput?(input: InputName, files: readonly string[]): void;
  onRows?(rows: number): void;
}

/** What a run did. */
export interface RunOutcome {
  exitCode: ExitCode;
  ringkasan: Ringkasan;
  outDir: string;
  files: string[];
  findings: Finding[];
  results?: PeriodResults;
  /** Whether results (not only the validation report) were written. */
  wroteResults: boolean;
  /** A doubt about a whole file, column, day or input stopped the run (exit 2). */
  stopped: boolean;
  /** Files of the input folder that were not read, and why. */
  unused: UnusedFile[];
  notes: Bilingual[];
}

/** What reading and computing need to know (shared by run, validate and jelaskan). */
export type ReadOptions = Pick<RunOptions, 'period' | 'inputDir' | 'explicit' | 'policy' | 'lang' | 'acknowledgedDays' | 'runtime' | 'archiveDir'>;

/** The rule pack and the files found: everything that can fail with exit 2 before any reading. */
export interface Prepared {
  pack: LoadedRulePack;
  files: InputFiles;
  unused: UnusedFile[];
  /** Findings of file discovery (identical copies ignored, .xls read as text), added to the run's collector. */
  discoveryFindings: FindingInput[];
  /** Workbooks already inflated through the size limits in this run (discovery opens them too). */
  workbookChecks: WorkbookChecks;
}

/** A period read and computed. */
export interface Computed {
  data: PeriodData;
  ledgers: FileLedger[];
  findings: FindingCollector;
  results: PeriodResults;
  /** Acknowledged dates that lifted a coverage stop. */
  acknowledged: string[];
}

/** Loads the rule pack and finds the input files. */
export async function preparePeriod(options: ReadOptions, hooks: PipelineHooks = {}): Promise<Prepared> {
  hooks.onStep?.('paket');
  return timed('paket', async () => {
    const pack = await loadRulePack(options.policy, options.lang, knownFields);
    const workbookChecks = new WorkbookChecks();
    const { files, unused, findings } = await discoverInputs(options.inputDir, options.explicit, pack.pack, { period: options.period, lang: options.lang, workbookChecks });
    return { pack, files, unused, discoveryFindings: findings, workbookChecks };
  });
}

/** Reads every input and computes the period (`details`: NIPs to keep day-by-day deductions for). */
export async function computeFromInputs(options: ReadOptions, prepared: Prepared, hooks: PipelineHooks = {}, details?: ReadonlySet<string>): Promise<Computed> {
  const findings = new FindingCollector();
  // Discovery ran before the collector existed: its findings about files come first.
  for (const finding of prepared.discoveryFindings) findings.add(finding);
  hooks.onStep?.('masukan');
  const { data, ledgers } = await timed('masukan', () =>
    readInputs(
      prepared.files,
      prepared.pack.pack,
      options.period,
      (holidays, rosters) => buildCalendar(options.period, prepared.pack.pack, holidays, rosters),
      findings,
      {
        onInput: (input, names) => hooks.onInput?.(input, names),
        onRows: (n) => hooks.onRows?.(n),
      },
      { workbookChecks: prepared.workbookChecks, runtime: options.runtime ?? {} },
    ),
  );
  await attachTaxYear(options, data, findings);
  const acknowledged = checkPeriodInputs(data, ledgers, { fromPack: prepared.pack.pack.presensi.tanggal_diakui, fromOption: options.acknowledgedDays ?? [] }, findings);
  hooks.onStep?.('hitung');
  const results = await timed('hitung', () => computePeriod(data, findings, (n) => hooks.onRows?.(n), details));
  return { data, ledgers, findings, results, acknowledged };
}

/** December under TER (`desember: tahunan`): January–November from the archive; months it lacks keep December TER, with a warning. */
async function attachTaxYear(options: ReadOptions, data: PeriodData, findings: FindingCollector): Promise<void> {
  const pajak = data.pack.pajak;
  if (!recalculatesYear(data.pack, options.period)) return;
  const year = await readTaxYear(options.archiveDir ?? 'hasil', options.period, pajak.bruto_termasuk_bpjs_pemda);
  data.pph21Tahun = year;
  if (year.bulanKurang.length > 0) findings.add({ code: 'PPH21_DESEMBER_TER', file: '', params: { bulan: year.bulanKurang.join(', '), sebab: 'arsip' } });
  // The year is recalculated: a staff file without the contributions would overstate everyone's tax.
  else if (data.pegawai.tanpaIuranPensiun) {
    const { berkas, kolomMirip } = data.pegawai.tanpaIuranPensiun;
    for (const file of berkas) {
      findings.add({ code: 'IURAN_PENSIUN_TIDAK_ADA', file, column: 'iuran_pensiun', ...(kolomMirip.length > 0 ? { params: { mirip: kolomMirip.map((m) => `'${m}'`).join(', ') } } : {}) });
    }
  }
}

/** What a computed run comes to: its exit code, whether it stopped, and whether results are written. */
interface Verdict {
  exitCode: ExitCode;
  /** A doubt about a whole file, column, day or input: nothing is paid, only the validation report is written. */
  stopped: boolean;
  writeResults: boolean;
  findings: Finding[];
  counts: ReturnType<FindingCollector['countByLevel']>;
}

function judge(options: RunOptions, computed: Computed): Verdict {
  const counts = computed.findings.countByLevel();
  const stopped = computed.findings.stopsRun;
  const exitCode: ExitCode = stopped ? ExitCode.CANNOT_RUN : counts.error > 0 ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  const writeResults = options.command === 'run' && !stopped && !(options.strict && exitCode !== ExitCode.OK);
  return { exitCode, stopped, writeResults, findings: computed.findings.sorted(), counts };
}

/** The run's `ringkasan.json`: totals, files read and their accounting, and how it ended. */
function summarize(options: RunOptions, prepared: Prepared, computed: Computed, verdict: Verdict): Ringkasan {
  const { data, ledgers, results, acknowledged } = computed;
  const ringkasan = buildRingkasan(options.period, data.calendar.hariKerjaPeriode, prepared.pack, ledgers, verdict.stopped ? undefined : results, verdict.counts, options.version);
  ringkasan.kode_keluar = verdict.exitCode;
  ringkasan.dihentikan = verdict.stopped;
  // Nobody is paid in a stopped run, but the staff file was read.
  if (verdict.stopped) ringkasan.jumlah.pegawai = data.pegawai.employees.length;
  ringkasan.hari_diakui = acknowledged;
  ringkasan.berkas_tidak_dipakai = prepared.unused.map((u) => ({ nama: u.name, alasan: pick(u.reason, options.lang) }));
  ringkasan.dibuat_pada = options.now().toISOString();
  if (options.command === 'run') Object.assign(ringkasan, recordedInputs(options));
  if (verdict.writeResults && results.rapel) {
    ringkasan.total.rapel = results.rapel.jumlah;
    ringkasan.rapel = rapelRingkasan(results.rapel);
  }
  return ringkasan;
}

/** NIPs of paid employees without an account listed in ringkasan.json. */
const TANPA_REKENING_NIPS = 100;

/** The bank files and the employees without an account, with their lines in ringkasan.json (only when results are written). */
function financeOf(prepared: Prepared, computed: Computed, verdict: Verdict, ringkasan: Ringkasan, { period, formats }: RunOptions, correction: boolean): FinanceExports | undefined {
  if (!verdict.writeResults) return undefined;
  const finance = buildFinanceExports(computed.results, prepared.pack, period);
  // A correction writes no bank files (see RESULT_WRITERS.csv), so its summary names none.
  if (correction) return finance;
  // The bank files are CSV: without --format csv, ringkasan.json names no file that is not there.
  if (!formats.has('csv')) return finance;
  ringkasan.bank = finance.banks.map((b) => ({ nama: b.nama, berkas: b.berkas, pegawai: b.employees.length, jumlah: b.jumlah }));
  // The first NIPs only: an agency without account columns would put every NIP here; all are in tanpa_rekening.csv.
  const nips = finance.tanpaRekening.slice(0, TANPA_REKENING_NIPS).map((r) => r.pegawai.nip);
  ringkasan.tanpa_rekening = { pegawai: finance.tanpaRekening.length, jumlah: finance.tanpaRekeningJumlah, nip: nips };
  return finance;
}

/** Where this run's inputs are (absolute), so a later `--rapel` of this period can read them again. */
function recordedInputs(options: RunOptions): Pick<Ringkasan, 'folder_masukan' | 'berkas_ditunjuk'> {
  const named = Object.entries(options.explicit).filter(([, files]) => files !== undefined && files.length > 0);
  return {
    folder_masukan: resolve(options.inputDir),
    ...(named.length > 0 ? { berkas_ditunjuk: Object.fromEntries(named.map(([input, files]) => [input, (files ?? []).map((f) => resolve(f))])) } : {}),
  };
}

/** With --rapel: recomputes the named earlier periods before this one is computed (exit 2 on any doubt). */
async function arrearsOf(read: ReadOptions, requests: readonly RapelRequest[] | undefined, archiveDir: string, hooks: PipelineHooks): Promise<ArrearsFound | undefined> {
  if (!requests || requests.length === 0) return undefined;
  return findArrears(read.period, requests, archiveDir, read, {
    prepare: (o) => preparePeriod(o, hooks),
    compute: (o, prepared) => computeFromInputs(o, prepared, hooks),
  });
}

/** The invariants that must hold before anything is written (exit 3 otherwise, nothing written). */
function assertSelfCheck(computed: Computed, verdict: Verdict, exports?: { pack: LoadedRulePack; ringkasan: Ringkasan; finance: FinanceExports }): void {
  const problems = selfCheck(computed.ledgers, verdict.writeResults ? computed.results : undefined);
  if (exports) {
    const { pack, ringkasan, finance } = exports;
    problems.push(...checkFinanceExports(ringkasan.total, { tpp: tppTable(computed.results, pack), sipd: sipdTable(computed.results, pack), finance }));
  }
  if (problems.length === 0) return;
  throw new KinerjaError(
    'PEMERIKSAAN_DIRI_GAGAL',
    { id: 'Pemeriksaan diri gagal; tidak ada berkas yang ditulis:', en: 'Self-check failed; nothing was written:' },
    { id: 'Ini galat program. Laporkan dengan perintah yang dipakai.', en: 'This is a bug. Please report it with the command used.' },
    ExitCode.INTERNAL,
    problems.slice(0, 20),
  );
}

/**
 * Puts the staged files in place. A run that writes no results (a stop, or --strict with errors)
 * never replaces results already there: its validation report goes beside them. A failed swap puts
 * the old results back (output-folder.ts), so the same message holds.
 */
async function commitOutputs(folder: OutputFolder, writeResults: boolean): Promise<string> {
  const keepOld = !writeResults && (await folder.holdsResults());
  let outDir = folder.target;
  await timed('tulis:commit', async () => {
    if (keepOld) outDir = await folder.commitBeside();
    else await folder.commit();
  }).catch((err: unknown) => {
    throw writeFailure(err, folder.target);
  });
  if (keepOld) {
    folder.notes.push({
      id: `Hasil sebelumnya di ${folder.target} tidak diubah; laporan validasi ditulis di ${outDir}.`,
      en: `The previous results in ${folder.target} were kept; the validation report is in ${outDir}.`,
    });
  }
  return outDir;
}

/** A run whose output folder was paid: where it writes instead, and what was paid (verified). */
interface Correction {
  target: CorrectionTarget;
  paid: ArchivedResults;
  /** Arrears of this period already paid with later months (`run --rapel`), by NIP. */
  arrearsPaid: ReadonlyMap<string, number>;
  /** Arrears of this period carried by later months not yet marked paid: never paid again here. */
  arrearsPending: readonly PendingArrear[];
}

/**
 * A `run` into a folder marked paid becomes a correction (`-koreksi-<n>` beside it), compared with the
 * folder paid last; that folder's files are verified against its paid record before anything is read.
 */
async function prepareCorrection(options: RunOptions, pack: LoadedRulePack): Promise<Correction | undefined> {
  if (options.command !== 'run') return undefined;
  const out = await realpath(resolve(options.out)).catch(() => resolve(options.out));
  const target = await correctionTarget(out);
  if (!target) return undefined;
  // A later paid correction deleted: comparing with the one before it would pay its difference again.
  await checkPaidLedger(dirname(target.dir), options.period);
  if ((options.rapel ?? []).length > 0) {
    throw new KinerjaError(
      'KOREKSI_RAPEL',
      {
        id: `${options.out} sudah dibayar, jadi proses ini adalah koreksi (${basename(target.dir)}); rapel tidak dibayar lewat koreksi.`,
        en: `${options.out} is paid, so this run is a correction (${basename(target.dir)}); arrears are not paid through a correction.`,
      },
      { id: 'Bayar rapel dengan proses bulan yang belum dibayar (kinerja run --period <bulan ini> --rapel ...), atau jalankan koreksi tanpa --rapel.', en: "Pay arrears with a month that is not paid yet (kinerja run --period <this month> --rapel ...), or run the correction without --rapel." },
    );
  }
  // The difference is read back from the pegawai.csv written, and a correction is paid from its CSV files.
  if (!options.formats.has('csv')) {
    throw new KinerjaError(
      'KOREKSI_PERLU_CSV',
      {
        id: `${options.out} sudah dibayar, jadi proses ini adalah koreksi (${basename(target.dir)}); koreksi perlu berkas CSV (selisih.csv dihitung dari pegawai.csv yang ditulis).`,
        en: `${options.out} is paid, so this run is a correction (${basename(target.dir)}); a correction needs the CSV files (selisih.csv is computed from the pegawai.csv written).`,
      },
      { id: 'Tambahkan csv ke --format (mis. --format xlsx,csv,json) atau hapus --format.', en: 'Add csv to --format (e.g. --format xlsx,csv,json) or drop --format.' },
    );
  }
  const paid = await readPaidResults(target.paid, options.period);
  refuseOtherPack(paid, pack, options);
  const arrearsPaid = (await paidArrears(dirname(target.dir))).get(formatPeriod(options.period)) ?? new Map<string, number>();
  const arrearsPending = await pendingArrears(dirname(target.dir), formatPeriod(options.period));
  return { target, paid, arrearsPaid, arrearsPending };
}

/**
 * A correction computed under other rules than the paid folder's would turn a change of rules into
 * money owed or recovered: it stops unless the rules are changed on purpose (`--paket-berbeda`).
 */
function refuseOtherPack(paid: ArchivedResults, pack: LoadedRulePack, options: RunOptions): void {
  const paket = paid.ringkasan['paket_aturan'] as { nama?: string; sha256?: string; sumber?: string } | undefined;
  if (paket?.sha256 === pack.sha256 || options.otherPack) return;
  throw new KinerjaError(
    'KOREKSI_PAKET_BERBEDA',
    {
      id: `${paid.dir} dibayar dengan paket aturan ${paket?.nama ?? '?'} (${paket?.sumber ?? '?'}), koreksi ini memakai ${pack.pack.nama} (${pack.source}) yang berbeda: selisihnya akan memuat perubahan aturan, bukan hanya perbaikan data.`,
      en: `${paid.dir} was paid under rule pack ${paket?.nama ?? '?'} (${paket?.sumber ?? '?'}); this correction uses a different one, ${pack.pack.nama} (${pack.source}): its differences would include the change of rules, not only the data fixed.`,
    },
    {
      id: 'Jalankan dengan --policy paket yang dipakai saat dibayar. Bila aturan yang dibayar memang salah dan koreksi ini sengaja memakai aturan yang benar, tambahkan --paket-berbeda.',
      en: 'Run with --policy naming the pack the period was paid with. If the rules paid were wrong and this correction uses the right ones on purpose, add --paket-berbeda.',
    },
  );
}

/**
 * A period already paid is run again only as its correction: results written under another name
 * would carry the whole month's transfer files again. Looked for beside `--out`, in `--arsip` and in
 * the default archive (`hasil`). Only this run's own period: the periods `--rapel` recomputes are
 * paid by definition and are read, never written (compute-rapel.ts).
 */
async function refusePaidElsewhere(options: RunOptions): Promise<void> {
  if (options.command !== 'run') return;
  // The folder the results would be written into (where finance takes a month's files from), the
  // archive named, and the one tandai-dibayar marks in by default.
  const archives = new Set([dirname(resolve(options.out)), ...[options.archiveDir, options.defaultArchive].filter((a): a is string => a !== undefined).map((a) => resolve(a))]);
  for (const arsip of archives) {
    const paid = await lastPaidFolder(arsip, options.period);
    if (!paid) {
      // No paid folder by name: the archive's list may still say one was paid (and was deleted).
      await checkPaidLedger(arsip, options.period);
      continue;
    }
    throw new KinerjaError(
      'PERIODE_SUDAH_DIBAYAR',
      {
        id: `Periode ${formatPeriod(options.period)} sudah dibayar (${paid.dir}); hasil baru di ${options.out} akan memuat lagi berkas bank dan SIPD satu bulan penuh.`,
        en: `Period ${formatPeriod(options.period)} is already paid (${paid.dir}); new results in ${options.out} would carry the whole month's bank and SIPD files again.`,
      },
      {
        id: `Untuk membetulkannya, jalankan dengan --out ${paid.dir} (hasilnya masuk folder -koreksi-<n> dengan selisih.csv). Untuk sekadar memeriksa, pakai kinerja validate atau kinerja jelaskan.`,
        en: `To correct it, run with --out ${paid.dir} (the results go into a -koreksi-<n> folder with selisih.csv). To only check, use kinerja validate or kinerja jelaskan.`,
      },
    );
  }
}

/** Runs `run` or `validate` for one period: read → compute → judge → self-check → report → write. */
export async function runPeriod(options: RunOptions, hooks: PipelineHooks = {}): Promise<RunOutcome> {
  const prepared = await preparePeriod(options, hooks);
  const correction = await prepareCorrection(options, prepared.pack);
  if (!correction) await refusePaidElsewhere(options);
  const arrears = options.command === 'run' ? await arrearsOf(options, options.rapel, options.archiveDir ?? dirname(options.out), hooks) : undefined;
  const folder = await openOutputFolder(correction?.target.dir ?? options.out, options.force, { runtime: options.runtime ?? {} });
  if (correction) {
    const koreksi = basename(correction.target.dir);
    folder.notes.push({
      id: `${options.out} sudah ditandai dibayar dan tidak diganti: hasil ini ditulis sebagai koreksi ke-${correction.target.nomor} (${koreksi}), dengan selisih.csv terhadap ${correction.target.paid.name}.`,
      en: `${options.out} is marked paid and is not replaced: these results are written as correction no. ${correction.target.nomor} (${koreksi}), with selisih.csv against ${correction.target.paid.name}.`,
    });
  }
  try {
    const computed = await computeFromInputs(options, prepared, hooks);
    if (arrears) applyArrears(computed.results, arrears);
    const periksaStart = now();
    const verdict = judge(options, computed);
    // Arrears are only paid (and told about) with results that are written.
    if (verdict.writeResults && computed.results.rapel) folder.notes.push(...arrearsNotes(computed.results.rapel));
    const ringkasan = summarize(options, prepared, computed, verdict);
    if (correction) ringkasan.koreksi = { nomor: correction.target.nomor, dibanding: correction.target.paid.name };
    const finance = financeOf(prepared, computed, verdict, ringkasan, options, correction !== undefined);
    assertSelfCheck(computed, verdict, finance && { pack: prepared.pack, ringkasan, finance });
    measure('periksa', periksaStart);

    hooks.onStep?.('tulis');
    const written = await writeOutputs(folder.staging, options, prepared.pack, computed, verdict, ringkasan, finance, correction).catch((err: unknown) => {
      throw writeFailure(err, folder.target);
    });
    const outDir = await commitOutputs(folder, verdict.writeResults);
    return {
      exitCode: verdict.exitCode,
      ringkasan,
      outDir,
      files: written,
      findings: verdict.findings,
      results: computed.results,
      wroteResults: verdict.writeResults,
      stopped: verdict.stopped,
      unused: prepared.unused,
      notes: folder.notes,
    };
  } finally {
    await folder.release();
  }
}

/** What a result writer gets: the staging folder, the report model and the run's options. */
interface WriteJob {
  dir: string;
  model: ReportModel;
  options: RunOptions;
  /** The workbook is written at the same time (not after, as in a correction). */
  workbookAlongside?: boolean;
}

/** CSV tables written for `--format csv`, in this order. */
const CSV_TABLES = ['pegawai', 'unit', 'tpp', 'tindak_lanjut'] as const;

/**
 * The result writers by `--format`; each returns the file names it wrote. `ringkasan.json` marks the
 * folder as holding results, so it is written whatever --format says (see writeOutputs): `json`
 * adds nothing more.
 */
const RESULT_WRITERS: Record<OutputFormat, (job: WriteJob) => Promise<string[]>> = {
  async csv({ dir, model, options, workbookAlongside }) {
    const employees = model.results.employees.length;
    const runtime = options.runtime ?? {};
    const output = csvOutputFor(employees, { runtime, coreTaken: workbookAlongside === true && workbookInWorker(employees, runtime) });
    try {
      for (const key of CSV_TABLES) await timed('tulis:csv', () => writeCsv(join(dir, `${key}.csv`), model.tables[key], options.csvLocale, output));
      // A correction's transfers are its kekurangan_bayar rows (selisih.csv), never the whole month again.
      const written = [...CSV_TABLES.map((key) => `${key}.csv`), ...(model.koreksi ? [] : await writeFinanceCsv(dir, model, options, output))];
      // The worker's files are on disk once it has finished (their hashes are taken after this).
      await timed('tulis:csv', () => output.finish());
      return written;
    } catch (err) {
      await output.abort();
      throw err;
    }
  },
  async xlsx({ dir, model, options }) {
    const name = `kinerja-${formatPeriod(options.period)}.xlsx`;
    await timed('tulis:xlsx', () => writeWorkbook(join(dir, name), model, { runtime: options.runtime ?? {} }));
    return [name];
  },
  json: () => Promise.resolve([]),
};

/** The finance exports: the SIPD nominatif, one file per bank, and the paid employees without an account (only when there are any). */
async function writeFinanceCsv(dir: string, model: ReportModel, options: RunOptions, output: CsvOutput): Promise<string[]> {
  const written = ['sipd_nominatif.csv'];
  const { finance } = model;
  await timed('tulis:csv', async () => {
    await writeCsv(join(dir, 'sipd_nominatif.csv'), model.tables.sipd, options.csvLocale, output);
    for (const file of finance.banks) {
      await writeBankCsv(join(dir, file.berkas), bankTable(file, finance.periode), file.layout, output);
      written.push(file.berkas);
    }
    if (finance.tanpaRekening.length > 0) {
      await writeCsv(join(dir, 'tanpa_rekening.csv'), tanpaRekeningTable(finance), options.csvLocale, output);
      written.push('tanpa_rekening.csv');
    }
  });
  return written;
}

/** The follow-up lists, built when tindak_lanjut is first read (see buildReport's caller). */
function followUpOf(computed: Computed, pack: LoadedRulePack): () => FollowUpRow[] {
  let rows: FollowUpRow[] | undefined;
  return () => {
    if (rows) return rows;
    const start = now();
    // Mapped as read, not into an array of every employee first (L: 500,000 objects at the run's peak).
    function* members(): Generator<FollowUpMember> {
      for (const r of computed.results.employees) {
        yield {
          pegawai: r.pegawai,
          hariKerja: r.hariKerja,
          predikat: r.predikat,
          ...(r.disiplin ? { nilaiDisiplin: r.disiplin.nilai } : {}),
          held: r.tpp.statusBayar === 'ditahan' || computed.findings.isHeld(r.pegawai.nip),
          perAspek: r.perilaku.perAspek,
          raters: r.perilaku.raters.map((x) => x.penilai),
        };
      }
    }
    rows = buildFollowUp(
      members(),
      computed.data.pegawai.byNip,
      pack.pack,
    );
    // Its own phase: it runs inside tulis:csv or tulis:xlsx, whichever reads tindak_lanjut first.
    measure('tulis:tindak_lanjut', start);
    return rows;
  };
}

/**
 * A correction's files: the CSV tables first, then `selisih.csv` from the pegawai.csv just written
 * (read back as any results folder is, so what is compared is what was written), then the workbook
 * with its `Selisih` sheet. Fills `ringkasan.selisih`.
 */
async function writeCorrection(dir: string, options: RunOptions, model: ReportModel, ringkasan: Ringkasan, { paid, arrearsPaid, arrearsPending }: Pick<Correction, 'paid' | 'arrearsPaid' | 'arrearsPending'>): Promise<string[]> {
  const written = await RESULT_WRITERS.csv({ dir, model, options });
  // The staging folder reads back as results once its ringkasan.json is there; it is written again last.
  await writeRingkasan(join(dir, 'ringkasan.json'), ringkasan);
  const fresh = await readArchivedResults(dir);
  const comparison = compareResults(paid.employees, fresh.employees, arrearsPaid, { correction: true });
  // A difference whose arrears a later unpaid month carries would be paid twice once both are paid:
  // which of the two reaches the bank is finance's to say, so nothing is written (the staging is dropped).
  const changed = new Set(comparison.changes.filter((c) => c.selisih !== 0).map((c) => c.nip));
  const conflicts = arrearsPending.filter((p) => changed.has(p.nip));
  if (conflicts.length > 0) throw pendingArrearsConflict(formatPeriod(options.period), conflicts);
  const t = comparison.totals;
  ringkasan.selisih = {
    dibanding: ringkasan.koreksi?.dibanding ?? basename(paid.dir),
    netto_dibayar: t.nettoA,
    netto_baru: t.nettoB,
    kekurangan_bayar: t.kekuranganBayar,
    kelebihan_bayar: t.kelebihanBayar,
    bersih: t.bersih,
    pegawai_berubah: t.pegawaiBerubah,
    pegawai_belum_pasti: t.pegawaiBelumPasti,
    rapel_dibayar: [...arrearsPaid.values()].reduce((sum, n) => sum + n, 0),
  };
  model.selisih = selisihTable(comparison, new Map(model.results.employees.map((r) => [r.pegawai.nip, r.pegawai])));
  await writeCsv(join(dir, 'selisih.csv'), model.selisih, options.csvLocale);
  written.push('selisih.csv');
  if (options.formats.has('xlsx')) written.push(...(await RESULT_WRITERS.xlsx({ dir, model, options })));
  return written;
}

async function writeOutputs(
  dir: string,
  options: RunOptions,
  pack: LoadedRulePack,
  computed: Computed,
  verdict: Verdict,
  ringkasan: Ringkasan,
  finance: FinanceExports | undefined,
  correction?: Correction,
): Promise<string[]> {
  const written: string[] = [];
  const { lang, csvLocale, formats } = options;
  const validasi = validasiTable(verdict.findings, lang);
  await timed('tulis:validasi', () => writeCsv(join(dir, 'validasi.csv'), validasi, csvLocale));
  written.push('validasi.csv');
  if (!verdict.writeResults || finance === undefined) {
    if (formats.has('xlsx')) {
      await writeValidationWorkbook(join(dir, 'validasi.xlsx'), validasi, lang, { runtime: options.runtime ?? {} });
      written.push('validasi.xlsx');
    }
    return written;
  }
  const modelStart = now();
  // The follow-up lists (~1 s on M) are built when tindak_lanjut is first read rather than here, so
  // that the workbook worker starts on the sheets before it without waiting for them.
  const model = buildReport({
    period: options.period,
    lang,
    results: computed.results,
    findings: verdict.findings,
    pack,
    ringkasan,
    tindakLanjut: tindakLanjutTable(followUpOf(computed, pack)),
    sipd: sipdTable(computed.results, pack),
    finance,
  });
  measure('tulis:model', modelStart);
  if (correction) {
    model.koreksi = true;
    // Not a payout list: every row of its tpp.csv (and TPP sheet) is marked as the correction's.
    model.tables.tpp = tppTable(computed.results, pack, { koreksi: true });
    written.push(...(await writeCorrection(dir, options, model, ringkasan, correction)));
    await recordOutputHashes(dir, written, ringkasan);
    await timed('tulis:json', () => writeRingkasan(join(dir, 'ringkasan.json'), ringkasan));
    written.push('ringkasan.json');
    return written;
  }
  // A large period's workbook is written by a worker thread (see write-xlsx.ts) while the CSV files
  // are written here. Every writer settles before anything is thrown: the staging folder must not
  // be removed under a writer.
  const order: OutputFormat[] = ['xlsx', 'csv', 'json'];
  const chosen = order.filter((f) => formats.has(f));
  const workbookAlongside = chosen.includes('xlsx');
  const outcomes = await Promise.allSettled(chosen.map((format) => RESULT_WRITERS[format]({ dir, model, options, workbookAlongside })));
  const byFormat = new Map(chosen.map((format, i) => [format, outcomes[i]!]));
  // The CSV tables, then the workbook: in the order errors are reported and files listed.
  for (const format of ['csv', 'xlsx', 'json'] as const) {
    const outcome = byFormat.get(format);
    if (outcome?.status === 'rejected') throw outcome.reason;
    if (outcome) written.push(...outcome.value);
  }
  // Written whatever --format says: a later --rapel reads it to never pay the same arrears twice.
  if (computed.results.rapel) {
    await writeCsv(join(dir, RAPEL_FILE), rapelTable(computed.results.rapel.lines), csvLocale);
    written.push(RAPEL_FILE);
  }
  await recordOutputHashes(dir, written, ringkasan);
  await timed('tulis:json', () => writeRingkasan(join(dir, 'ringkasan.json'), ringkasan));
  written.push('ringkasan.json');
  return written;
}

/**
 * The SHA-256 of every file written but this summary, in ringkasan.json: `tandai-dibayar` pays only
 * from files as the run wrote them (a transfer file or the signed TPP sheet edited by hand is refused).
 */
async function recordOutputHashes(dir: string, written: readonly string[], ringkasan: Ringkasan): Promise<void> {
  const hashes: Record<string, string> = {};
  for (const name of [...written].filter((n) => n !== 'ringkasan.json').sort()) hashes[name] = await hashFile(join(dir, name));
  ringkasan.sha256_keluaran = hashes;
}

/** Arrears `jelaskan` shows (`--rapel`, with the archive they are read from). */
export interface ExplainArrears {
  rapel: readonly RapelRequest[];
  archiveDir: string;
}

/** Explanations of some employees, from the same read and computation as `run` (with its arrears when asked). */
export async function explainEmployees(options: ReadOptions, nips: readonly string[], hooks: PipelineHooks = {}, withArrears?: ExplainArrears): Promise<{ explanations: Explanation[]; missing: string[] }> {
  const prepared = await preparePeriod(options, hooks);
  const arrears = withArrears ? await arrearsOf(options, withArrears.rapel, withArrears.archiveDir, hooks) : undefined;
  const known = new Set(nips);
  const { data, findings, results } = await computeFromInputs(options, prepared, hooks, known);
  if (arrears) applyArrears(results, arrears);
  if (findings.stopsRun) {
    const stops = findings.sorted().filter((f) => stopsRun(f.code));
    throw new KinerjaError(
      'PROSES_DIHENTIKAN',
      { id: 'Proses dihentikan: ada keraguan atas seluruh berkas, kolom, hari atau masukan.', en: 'Stopped: there is a doubt about a whole file, column, day or input.' },
      { id: 'Selesaikan hal di atas lalu jalankan lagi (kinerja validate menulis laporan lengkapnya).', en: 'Resolve the above and run again (kinerja validate writes the full report).' },
      ExitCode.CANNOT_RUN,
      stops.map((f) => `${f.code}${f.file ? ` [${f.file}]` : ''}: ${findingMessage(f, options.lang)}`),
    );
  }
  const explanations: Explanation[] = [];
  const missing = nips.filter((n) => !data.pegawai.byNip.has(n));
  // December kept TER for everyone (a month short in the archive) is said once for the run: each explanation shows it.
  const runLevelTax = findings.ofCode('PPH21_DESEMBER_TER').filter((f) => f.nip === undefined);
  for (const result of results.employees) {
    if (!known.has(result.pegawai.nip)) continue;
    explanations.push(
      buildExplanation({
        result,
        period: options.period,
        calendar: data.calendar,
        pack: prepared.pack,
        sanctions: data.hukdis.get(result.pegawai.nip) ?? [],
        findings: [...runLevelTax, ...findings.forNip(result.pegawai.nip)],
        rapel: arrears !== undefined,
      }),
    );
  }
  return { explanations, missing };
}

/**
 * `run --rapel P`: recomputes an earlier paid period P from its (fixed) inputs with P's own rule pack,
 * compares it with what was paid for P, and pays this month what employees held in P are now owed.
 * Any doubt about P as a whole stops this run (exit 2): arrears are never paid on a guess.
 */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { pendingArrears, pendingArrearsElsewhere, pendingCorrection, pendingCorrectionConflict } from './archive/pending-payments.js';
import { arrearsOfPeriod, paidArrears, type RecomputedPay } from './archive/rapel.js';
import { lastPaidFolder } from './archive/period-folders.js';
import { readPaidRecord, verifyPaidFolder } from './archive/paid-record.js';
import { readArchivedResults } from './archive/read-results.js';
import { ExitCode, KinerjaError, type Bilingual } from './errors.js';
import { findingMessage, stopsRun } from './findings.js';
import { formatPeriod, type Period } from './model/domain.js';
import { groupedRupiah } from './model/rupiah-text.js';
import type { PeriodResults, RapelLine, RapelPay, RapelPeriod, RapelRun } from './model/results.js';
import type { Computed, Prepared, ReadOptions } from './pipeline.js';
import type { RingkasanRapel } from './reports/build-report.js';
import { PAKET_DIR } from './rules/load-rule-pack.js';
import type { InputName } from './rules/rule-pack-schema.js';

/** One `--rapel` period, with the input folder named on the command line (`P=DIR`) if any. */
export interface RapelRequest {
  period: Period;
  inputDir?: string;
}

/** Prepares, then reads and computes, a period the way `run` does (the pipeline passes its own stages in). */
export interface Recompute {
  prepare(options: ReadOptions): Promise<Prepared>;
  compute(options: ReadOptions, prepared: Prepared): Promise<Computed>;
}

/** The arrears found before this month is computed: per period, what is owed to whom. */
export interface ArrearsFound {
  periods: RapelPeriod[];
  lines: RapelLine[];
  /** Amount owed per `periode` and NIP (before this month's status decides whether it is paid). */
  owed: Map<string, Map<string, number>>;
}

/** What a `ringkasan.json` of P must say for P to be recomputed. */
interface RecordedRun {
  folder_masukan?: unknown;
  berkas_ditunjuk?: unknown;
  hari_diakui?: unknown;
  paket_aturan?: { sha256?: unknown; sumber?: unknown; berkas?: unknown };
  berkas?: { nama?: unknown; lembar?: unknown; sha256?: unknown }[];
}

function stop(code: string, id: string, en: string, hintId: string, hintEn: string, details: string[] = []): KinerjaError {
  return new KinerjaError(code, { id, en }, { id: hintId, en: hintEn }, ExitCode.CANNOT_RUN, details);
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** P's rule pack as recorded: its file (newer runs record the path), else the name it was loaded by. */
function recordedPolicy(p: string, recorded: RecordedRun, inputDir: string): string | undefined {
  const pack = recorded.paket_aturan ?? {};
  const sumber = typeof pack.sumber === 'string' ? pack.sumber : 'bawaan';
  if (typeof pack.berkas === 'string' && existsSync(pack.berkas)) return pack.berkas;
  if (sumber === 'bawaan') return undefined;
  // Older results name the file only: the pack is commonly kept in the input folder, or shipped.
  const inFolder = join(inputDir, sumber);
  if (existsSync(inFolder)) return inFolder;
  const shipped = sumber.replace(/\.ya?ml$/i, '');
  if (existsSync(join(PAKET_DIR, `${shipped}.yaml`))) return shipped;
  throw stop(
    'RAPEL_PAKET_TIDAK_ADA',
    `Paket aturan periode ${p} (${sumber}) tidak ditemukan.`,
    `The rule pack of period ${p} (${sumber}) cannot be found.`,
    `Kembalikan berkas paket itu ke tempatnya semula (${typeof pack.berkas === 'string' ? pack.berkas : join(inputDir, sumber)}); rapel ${p} dihitung dengan aturan ${p}.`,
    `Put that pack file back where it was (${typeof pack.berkas === 'string' ? pack.berkas : join(inputDir, sumber)}); the arrears of ${p} are computed by ${p}'s rules.`,
  );
}

/** Input files whose bytes changed since P was paid, or that were added or removed. */
function changedInputs(recorded: RecordedRun, computed: Computed): string[] {
  const key = (nama: unknown, lembar: unknown) => `${String(nama)}${typeof lembar === 'string' ? ` [${lembar}]` : ''}`;
  const before = new Map((recorded.berkas ?? []).map((b) => [key(b.nama, b.lembar), b.sha256]));
  const after = new Map(computed.ledgers.map((l) => [key(l.name, l.format === 'xlsx' ? l.sheet : undefined), l.sha256]));
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}

/** The explicit files P's run was given, as recorded (absolute paths). */
function recordedExplicit(recorded: RecordedRun): Partial<Record<InputName, readonly string[]>> {
  const value = recorded.berkas_ditunjuk;
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => Array.isArray(v) && v.every((x) => typeof x === 'string')));
}

/** Recomputes one period P and finds its arrears. */
async function arrearsOf(request: RapelRequest, context: { archiveDir: string; read: ReadOptions; alreadyPaid: Map<string, Map<string, number>>; current: Period }, recompute: Recompute): Promise<{ period: RapelPeriod; lines: RapelLine[]; owed: Map<string, number> }> {
  const p = formatPeriod(request.period);
  const folder = await lastPaidFolder(context.archiveDir, request.period);
  if (!folder) {
    throw stop(
      'RAPEL_BELUM_DIBAYAR',
      `Periode ${p} belum ditandai dibayar di arsip ${context.archiveDir}: rapel hanya untuk periode yang sudah dibayar.`,
      `Period ${p} is not marked paid in the archive ${context.archiveDir}: arrears are only for a period that was paid.`,
      `Bila hasil ${p} sudah dibayar, tandai dulu (kinerja tandai-dibayar) atau tunjuk arsipnya dengan --arsip. Bila belum dibayar, jalankan ulang ${p} dan bayar hasilnya; tanpa --rapel.`,
      `If ${p}'s results were paid, mark them first (kinerja tandai-dibayar) or point at their archive with --arsip. If they were not paid, run ${p} again and pay that; without --rapel.`,
    );
  }
  const record = await readPaidRecord(folder.dir);
  if (record) await verifyPaidFolder(folder.dir, record);
  const archived = await readArchivedResults(folder.dir);
  const recorded = archived.ringkasan as RecordedRun;
  const inputDir = request.inputDir !== undefined ? resolve(request.inputDir) : typeof recorded.folder_masukan === 'string' ? recorded.folder_masukan : undefined;
  if (inputDir === undefined || !isDir(inputDir)) {
    throw stop(
      'RAPEL_MASUKAN_TIDAK_ADA',
      inputDir === undefined
        ? `Hasil ${p} di ${folder.dir} tidak mencatat folder masukannya.`
        : `Folder masukan periode ${p} (${inputDir}) tidak ada.`,
      inputDir === undefined ? `The results of ${p} in ${folder.dir} do not record their input folder.` : `The input folder of period ${p} (${inputDir}) does not exist.`,
      `Tunjuk folder masukan ${p} yang sudah diperbaiki: --rapel ${p}=FOLDER.`,
      `Name ${p}'s corrected input folder: --rapel ${p}=FOLDER.`,
    );
  }
  const explicit = request.inputDir === undefined ? recordedExplicit(recorded) : {};
  const acknowledged = Array.isArray(recorded.hari_diakui) ? recorded.hari_diakui.filter((d): d is string => typeof d === 'string') : [];
  const policy = recordedPolicy(p, recorded, inputDir);
  const read: ReadOptions = { ...context.read, period: request.period, inputDir, explicit, acknowledgedDays: acknowledged, ...(policy !== undefined ? { policy } : {}) };
  if (policy === undefined) delete read.policy;
  // A stop while reading P (a missing file, a bad pack) must say it was P, not this month.
  const aboutP = (err: unknown): never => {
    if (!(err instanceof KinerjaError)) throw err;
    throw new KinerjaError(err.code, { id: `Rapel ${p} (${inputDir}): ${err.text.id}`, en: `Arrears ${p} (${inputDir}): ${err.text.en}` }, err.hint, err.exitCode, err.details);
  };
  const prepared = await recompute.prepare(read).catch(aboutP);
  // P is paid by P's rules: checked before anything of P is read.
  const paidHash = recorded.paket_aturan?.sha256;
  if (prepared.pack.sha256 !== paidHash) {
    throw stop(
      'RAPEL_PAKET_BERBEDA',
      `Paket aturan ${prepared.pack.source} sekarang berbeda dengan yang dipakai saat ${p} dibayar (sha256 ${String(paidHash).slice(0, 12)}…, sekarang ${prepared.pack.sha256.slice(0, 12)}…).`,
      `The rule pack ${prepared.pack.source} now differs from the one ${p} was paid by (sha256 ${String(paidHash).slice(0, 12)}…, now ${prepared.pack.sha256.slice(0, 12)}…).`,
      `Rapel ${p} dihitung dengan aturan ${p}: kembalikan paket aturan itu seperti saat ${p} dibayar (lembar Aturan hasil ${folder.name} memuatnya), lalu jalankan lagi.`,
      `${p}'s arrears are computed by ${p}'s rules: restore that pack as it was when ${p} was paid (the Aturan sheet of ${folder.name} holds it), then run again.`,
    );
  }
  const computed = await recompute.compute(read, prepared).catch(aboutP);
  if (computed.findings.stopsRun) {
    const stops = computed.findings.sorted().filter((f) => stopsRun(f.code));
    throw stop(
      'RAPEL_DIHENTIKAN',
      `Rapel ${p}: perhitungan ulang ${p} dari ${inputDir} dihentikan: ada keraguan atas seluruh berkas, kolom, hari atau masukan.`,
      `Arrears of ${p}: recomputing ${p} from ${inputDir} stopped: there is a doubt about a whole file, column, day or input.`,
      `Selesaikan hal di atas pada masukan ${p} (kinerja validate --period ${p} --input ${inputDir} menulis laporan lengkapnya), lalu jalankan lagi.`,
      `Resolve the above in ${p}'s inputs (kinerja validate --period ${p} --input ${inputDir} writes the full report), then run again.`,
      stops.map((f) => `${f.code}${f.file ? ` [${f.file}]` : ''}: ${findingMessage(f, context.read.lang)}`),
    );
  }
  const recomputed = new Map<string, RecomputedPay>(computed.results.employees.map((e) => [e.pegawai.nip, { nama: e.pegawai.nama, statusBayar: e.tpp.statusBayar, tppNetto: e.tpp.tppNetto }]));
  const { lines, owed, berubahBukanRapel } = arrearsOfPeriod(p, archived.employees, recomputed, context.alreadyPaid.get(p) ?? new Map());
  // P's correction, computed but not marked paid, may already pay the same difference: stop until it is settled.
  const pending = await pendingCorrection(context.archiveDir, request.period);
  const twice = pending ? [...owed.keys()].filter((nip) => pending.differences.has(nip)).sort() : [];
  if (pending && twice.length > 0) throw pendingCorrectionConflict(p, pending, twice);
  // Another month, computed but not marked paid, may already carry the same arrears to the bank.
  const month = formatPeriod(context.current);
  const carried = (await pendingArrears(context.archiveDir, p)).filter((a) => !a.folder.startsWith(month) && owed.has(a.nip));
  if (carried.length > 0) throw pendingArrearsElsewhere(p, month, carried);
  return {
    period: { periode: p, folderDibayar: folder.dir, folderMasukan: inputDir, masukanBerubah: changedInputs(recorded, computed), berubahBukanRapel },
    lines,
    owed,
  };
}

/**
 * Recomputes every requested period (oldest first) and finds what is owed. Stops (exit 2) on a
 * period not before this one, never paid, without its inputs, with another rule pack, or that stops.
 */
export async function findArrears(current: Period, requests: readonly RapelRequest[], archiveDir: string, read: ReadOptions, recompute: Recompute): Promise<ArrearsFound> {
  const byPeriod = new Map<string, RapelRequest>();
  for (const r of requests) {
    const p = formatPeriod(r.period);
    if (r.period.year * 12 + r.period.month >= current.year * 12 + current.month) {
      throw stop(
        'RAPEL_PERIODE_SALAH',
        `--rapel ${p}: rapel hanya untuk periode sebelum ${formatPeriod(current)}.`,
        `--rapel ${p}: arrears are only for a period before ${formatPeriod(current)}.`,
        'Sebut periode yang sudah dibayar, mis. --rapel 2026-09.',
        'Name a period that was paid, e.g. --rapel 2026-09.',
      );
    }
    // The same period twice: the folder named with =DIR wins.
    if (!byPeriod.has(p) || r.inputDir !== undefined) byPeriod.set(p, r);
  }
  const alreadyPaid = await paidArrears(isAbsolute(archiveDir) ? archiveDir : resolve(archiveDir));
  const found: ArrearsFound = { periods: [], lines: [], owed: new Map() };
  for (const p of [...byPeriod.keys()].sort()) {
    const one = await arrearsOf(byPeriod.get(p)!, { archiveDir, read, alreadyPaid, current }, recompute);
    found.periods.push(one.period);
    found.lines.push(...one.lines);
    found.owed.set(p, one.owed);
  }
  return found;
}

/**
 * Pays the arrears with this month (pure over the results): an employee paid this month gets them;
 * one held this month has them held too; one not on this month's payout list (nihil, or not in the
 * staff file) keeps them owed for a later run. Sets `tpp.rapel` and `results.rapel`.
 */
export function applyArrears(results: PeriodResults, found: ArrearsFound): void {
  const index = new Map(results.employees.map((e, i) => [e.pegawai.nip, i]));
  const lines: RapelLine[] = found.lines.map((line) => {
    if (line.status !== 'dibayar') return line;
    const amount = found.owed.get(line.periode)?.get(line.nip) ?? 0;
    const i = index.get(line.nip);
    const now = i === undefined ? undefined : results.employees[i]!.tpp.statusBayar;
    if (now === 'dibayar') return { ...line, rapel: amount };
    return { ...line, status: now === 'ditahan' ? 'ditahan' : 'tertunda' };
  });
  lines.sort((a, b) => (a.periode < b.periode ? -1 : a.periode > b.periode ? 1 : a.nip < b.nip ? -1 : a.nip > b.nip ? 1 : 0));
  const byNip = new Map<string, RapelLine[]>();
  for (const line of lines) byNip.set(line.nip, [...(byNip.get(line.nip) ?? []), line]);
  for (const [nip, own] of byNip) {
    const i = index.get(nip);
    if (i === undefined) continue;
    const e = results.employees[i]!;
    const rapel: RapelPay = { jumlah: own.reduce((s, l) => s + l.rapel, 0), lines: own };
    results.employees[i] = { ...e, tpp: { ...e.tpp, rapel } };
  }
  const run: RapelRun = { periods: found.periods, lines, jumlah: lines.reduce((s, l) => s + l.rapel, 0) };
  results.rapel = run;
}

/** The `rapel` section of `ringkasan.json`: per period, what was compared and what it came to. */
export function rapelRingkasan(run: RapelRun): RingkasanRapel[] {
  return run.periods.map((p) => {
    const own = run.lines.filter((l) => l.periode === p.periode);
    const count = (status: RapelLine['status']) => own.filter((l) => l.status === status).length;
    return {
      periode: p.periode,
      folder_dibayar: p.folderDibayar,
      folder_masukan: p.folderMasukan,
      masukan_berubah: p.masukanBerubah,
      dibayar: count('dibayar'),
      jumlah: own.reduce((s, l) => s + l.rapel, 0),
      ditahan: count('ditahan'),
      tertunda: count('tertunda'),
      masih_ditahan: count('masih_ditahan'),
      berubah_bukan_rapel: p.berubahBukanRapel,
    };
  });
}

/** What the user is told about each period's arrears (printed as INFO lines). */
export function arrearsNotes(run: RapelRun): Bilingual[] {
  const notes: Bilingual[] = [];
  for (const p of rapelRingkasan(run)) {
    const x = p.periode;
    notes.push(
      p.masukan_berubah.length === 0
        ? { id: `Rapel ${x}: tidak ada berkas masukan yang berubah sejak ${x} dibayar.`, en: `Arrears ${x}: no input file changed since ${x} was paid.` }
        : { id: `Rapel ${x}: berkas masukan yang berubah sejak ${x} dibayar: ${p.masukan_berubah.join(', ')}.`, en: `Arrears ${x}: input files changed since ${x} was paid: ${p.masukan_berubah.join(', ')}.` },
      {
        id: `Rapel ${x}: ${p.dibayar} pegawai dibayar Rp ${groupedRupiah(p.jumlah, '.')}, ${p.ditahan} ikut ditahan bulan ini, ${p.tertunda} tertunda (nihil atau tidak ada di data pegawai bulan ini), ${p.masih_ditahan} masih ditahan di ${x} (lihat rapel.csv).`,
        en: `Arrears ${x}: ${p.dibayar} employees paid Rp ${groupedRupiah(p.jumlah, ',')}, ${p.ditahan} held with this month, ${p.tertunda} pending (nihil or not in this month's staff file), ${p.masih_ditahan} still held in ${x} (see rapel.csv).`,
      },
    );
    if (p.berubah_bukan_rapel > 0) {
      notes.push({
        id: `Rapel ${x}: ${p.berubah_bukan_rapel} pegawai lain yang tidak ditahan di ${x} akan berubah jumlahnya; itu bukan rapel dan tidak dibayar di sini. Jalankan koreksi ${x} (kinerja run --period ${x}; hasilnya masuk ${x}-koreksi-<n>) untuk melihatnya.`,
        en: `Arrears ${x}: ${p.berubah_bukan_rapel} other employees not held in ${x} would get another amount; that is not arrears and is not paid here. Run a correction of ${x} (kinerja run --period ${x}; it goes into ${x}-koreksi-<n>) to see them.`,
      });
    }
  }
  return notes;
}

/**
 * Reads every input of a period in dependency order: pegawai (the key), libur and jadwal (the calendar), unit,
 * hukdis, then the large per-employee inputs streamed into accumulators.
 */
import type { Period } from '../model/domain.js';
import type { FindingCollector } from '../findings.js';
import { openTable } from '../readers/open-table.js';
import { WorkbookChecks } from '../readers/read-workbook-table.js';
import { ParseAheadBudget } from '../readers/read-text-table.js';
import type { Table } from '../readers/table.js';
import { buildDayCodeTable } from '../rules/day-codes.js';
import type { InputName, RulePack } from '../rules/rule-pack-schema.js';
import { readCapaian } from './capaian.js';
import type { InputFiles } from './discover-inputs.js';
import { packHeaderNames } from './header-map.js';
import { readAktivitas } from './aktivitas.js';
import { readHukdis } from './hukdis.js';
import { readJadwal } from './jadwal.js';
import { readLibur } from './libur.js';
import { applyMutasi, readMutasi } from './mutasi.js';
import { readPegawai } from './pegawai.js';
import { readPenilaian } from './penilaian.js';
import { readPerilaku } from './perilaku.js';
import { readPlt } from './plt.js';
import { readPresensi } from './presensi.js';
import { readUnits } from './unit.js';
import type { PeriodData } from '../model/period.js';
import type { FileLedger } from '../model/row-accounting.js';
import type { Calendar, Holiday, Rosters } from '../model/calendar.js';
import { measure, now } from '../runtime/profile.js';
import type { RuntimeOptions } from '../runtime/options.js';

/**
 * The order inputs are opened in (so the order their parse workers start), and of their ledgers in
 * the summary. Each may depend on those before it, except that capaian and perilaku are folded
 * before presensi (see readInputs).
 */
const READ_ORDER: readonly InputName[] = ['pegawai', 'libur', 'jadwal', 'unit', 'hukdis', 'mutasi', 'plt', 'presensi', 'capaian', 'perilaku', 'penilaian', 'aktivitas'];

/**
 * Makes the month's calendar from the holidays of the libur file: attendance is read against it. The
 * caller provides it (scoring builds calendars; reading decides nothing).
 */
export type CalendarOf = (holidays: readonly Holiday[], rosters: Rosters) => Calendar;

/** How the inputs are opened: the run's workbook checks (shared with discovery) and runtime options. */
export interface OpenOptions {
  workbookChecks?: WorkbookChecks;
  runtime?: RuntimeOptions;
}

/** Progress of reading, for spinners. */
export interface ReadHooks {
  /** A new input starts; `files` are its file names. */
  onInput?(input: InputName, files: readonly string[]): void;
  /** Rows read so far in the current input. */
  onRows?(rows: number): void;
}

async function open(files: InputFiles, input: InputName, pack: RulePack, opening: OpenOptions, parseAhead: ParseAheadBudget | undefined): Promise<Table[]> {
  const out: Table[] = [];
  for (const source of files[input]) {
    // Attendance is folded per employee and day, so its rows may be read in any order.
    const table = await openTable(source.path, source.sheet, { orderFree: input === 'presensi', ...opening, ...(parseAhead ? { parseAhead } : {}) });
    // One workbook holds several inputs: a finding must say which sheet its row is on.
    if (source.via === 'lembar') table.name = `${table.name} [${source.sheet}]`;
    table.packHeaderNames = packHeaderNames(pack.masukan.kolom, input);
    out.push(table);
  }
  return out;
}

/**
 * Once an input is read: each of its files must be as it was when opened (`BERKAS_BERUBAH` stops the
 * run), and its ledgers take the hash of the bytes that were read.
 */
async function settle(tables: readonly Table[], ledgers: readonly FileLedger[]): Promise<void> {
  const hashes = new Map<string, string>();
  for (const table of tables) hashes.set(table.path, await table.source.settle());
  for (const ledger of ledgers) ledger.sha256 = hashes.get(ledger.path) ?? ledger.sha256;
}

/** Reads all inputs; returns what the computation needs and each file's row accounting. */
export async function readInputs(
  files: InputFiles,
  pack: RulePack,
  period: Period,
  calendarOf: CalendarOf,
  findings: FindingCollector,
  hooks: ReadHooks = {},
  opening: OpenOptions = {},
): Promise<{ data: PeriodData; ledgers: FileLedger[] }> {
  const ledgers: FileLedger[] = [];
  // Every input is opened first so that the large text exports start parsing in worker threads
  // (Table.prefetch) while the inputs before them are still being read.
  const openStart = now();
  const opened = new Map<InputName, Table[]>();
  const parseAhead = new ParseAheadBudget(opening.runtime);
  for (const input of READ_ORDER) {
    // The staff file is folded as soon as it is opened: parsing it further ahead gains nothing.
    const tables = await open(files, input, pack, opening, input === 'pegawai' ? undefined : parseAhead);
    opened.set(input, tables);
    for (const table of tables) table.prefetch?.();
  }
  measure('baca:buka', openStart);
  let current: { input: InputName; start: number } | undefined;
  const start = (input: InputName) => {
    // Each input's reading time goes on the performance timeline as kinerja:baca:<input>.
    if (current) measure(`baca:${current.input}`, current.start);
    current = { input, start: now() };
    const tables = opened.get(input) ?? [];
    if (tables.length > 0) hooks.onInput?.(input, tables.map((t) => t.name));
    return tables;
  };
  const onRows = hooks.onRows ? (n: number) => hooks.onRows!(n) : undefined;

  const finished = async (input: InputName, inputLedgers: readonly FileLedger[]) => {
    await settle(opened.get(input) ?? [], inputLedgers);
    ledgers.push(...inputLedgers);
  };

  const staff = await readPegawai(start('pegawai'), pack, period, findings, onRows);
  await finished('pegawai', staff.ledgers);
  const libur = await readLibur(start('libur'), period, findings);
  await finished('libur', libur.ledgers);
  const jadwal = await readJadwal(start('jadwal'), staff, pack, period, findings);
  await finished('jadwal', jadwal.ledgers);
  const calendar = calendarOf(
    libur.holidays.map((h) => ({ date: h.tanggal, ...(h.keterangan ? { keterangan: h.keterangan } : {}) })),
    jadwal.rosters,
  );
  const unitTables = start('unit');
  const units = unitTables.length > 0 ? await readUnits(unitTables, findings) : undefined;
  if (units) await finished('unit', units.ledgers);
  const hukdis = await readHukdis(start('hukdis'), staff, pack.hukdis, period, findings);
  await finished('hukdis', hukdis.ledgers);
  const mutasi = await readMutasi(start('mutasi'), staff, pack, period, findings, units?.units.keys());
  await finished('mutasi', mutasi.ledgers);
  // Transfers change posts, never days: attendance is read against the same employees and calendar.
  const pegawai = applyMutasi(staff, mutasi.byNip, period, findings);
  const plt = await readPlt(start('plt'), pegawai, pack, period, findings);
  await finished('plt', plt.ledgers);
  // Capaian and perilaku need only the employees: folding them while the attendance log (the largest
  // file, started first) is still being parsed keeps this thread busy instead of waiting for it.
  const capaian = await readCapaian(start('capaian'), pegawai, findings, onRows);
  await finished('capaian', capaian.ledgers);
  const perilaku = await readPerilaku(start('perilaku'), pegawai, pack, findings, onRows);
  await finished('perilaku', perilaku.ledgers);
  const codes = buildDayCodeTable(pack.presensi.kode);
  const presensi = await readPresensi(start('presensi'), { pegawai, calendar, pack, codes, period, findings }, onRows);
  await finished('presensi', presensi.ledgers);
  const penilaian = await readPenilaian(start('penilaian'), pegawai, period, findings);
  await finished('penilaian', penilaian.ledgers);
  const aktivitasTables = start('aktivitas');
  const aktivitas = aktivitasTables.length > 0 ? await readAktivitas(aktivitasTables, pegawai, pack.aktivitas, period, findings) : undefined;
  if (aktivitas) await finished('aktivitas', aktivitas.ledgers);
  if (current) measure(`baca:${current.input}`, current.start);

  return {
    data: {
      period,
      pack,
      calendar,
      codes,
      pegawai,
      attendance: presensi.ledger,
      capaian: capaian.byNip,
      perilaku: perilaku.byNip,
      hukdis: hukdis.active,
      plt: plt.byNip,
      ...(units ? { units: units.units } : {}),
      ...(penilaian.ledgers.length > 0 ? { penilaian: penilaian.byNip } : {}),
      ...(aktivitas ? { aktivitas: aktivitas.byNip } : {}),
      hasCapaian: files.capaian.length > 0,
      hasPerilaku: files.perilaku.length > 0,
    },
    ledgers: ledgers.sort((a, b) => READ_ORDER.indexOf(a.input as InputName) - READ_ORDER.indexOf(b.input as InputName)),
  };
}

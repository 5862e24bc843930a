/**
 * One table of option metadata drives commander, `--help` and the README's option table (a test
 * checks that the README matches it).
 */
import { InvalidArgumentError } from 'commander';
import { parsePeriod, type Period } from '../model/month.js';
import type { Lang } from '../i18n.js';
import type { OutputFormat } from '../pipeline.js';

/** A command the option table serves. */
export type OptionCommand = 'run' | 'validate' | 'jelaskan' | 'init' | 'demo' | 'paket' | 'tandai-dibayar' | 'bandingkan' | 'rekap';

/** An option of `run` / `validate` / `jelaskan` (and the output options of `init` / `demo`). */
export interface OptionSpec {
  flags: string;
  id: string;
  en: string;
  /** Default shown in help and README. */
  shown?: { id: string; en: string };
  parse?: (value: string, previous: unknown) => unknown;
  commands: readonly OptionCommand[];
}

/** `--period YYYY-MM`. */
export function parsePeriodOption(value: string): Period {
  const period = parsePeriod(value);
  if (!period) throw new InvalidArgumentError('harus YYYY-MM, mis. 2026-10 / must be YYYY-MM, e.g. 2026-10');
  return period;
}

const FORMATS: readonly OutputFormat[] = ['xlsx', 'csv', 'json'];

/** `--tahun YYYY`. */
function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()) || Number(value) < 2000 || Number(value) > 2100) throw new InvalidArgumentError('harus tahun YYYY, mis. 2026 / must be a year YYYY, e.g. 2026');
  return Number(value);
}

/** `--format xlsx,csv,json`. */
function parseFormats(value: string): Set<OutputFormat> {
  const parts = value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '');
  const bad = parts.filter((p) => !(FORMATS as readonly string[]).includes(p));
  if (parts.length === 0 || bad.length > 0) throw new InvalidArgumentError(`pilihan: ${FORMATS.join(', ')} / choices: ${FORMATS.join(', ')}`);
  return new Set(parts as OutputFormat[]);
}

/** `--lang id|en`. */
function parseLang(value: string): Lang {
  if (value !== 'id' && value !== 'en') throw new InvalidArgumentError('pilihan: id, en / choices: id, en');
  return value;
}

/** `--csv-locale id|intl`. */
function parseCsvLocale(value: string): 'id' | 'intl' {
  if (value !== 'id' && value !== 'intl') throw new InvalidArgumentError('pilihan: id, intl / choices: id, intl');
  return value;
}

/** `--acknowledge-days 2026-10-20,2026-10-21` (repeatable): dates acknowledged as without attendance. */
function parseDateList(value: string, previous: unknown): string[] {
  const dates = value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const bad = dates.filter((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d);
  if (dates.length === 0 || bad.length > 0) throw new InvalidArgumentError('harus tanggal YYYY-MM-DD dipisah koma / must be YYYY-MM-DD dates separated by commas');
  return [...((previous as string[] | undefined) ?? []), ...dates];
}

/** `--oleh NAMA`: who marks a period paid, as it is recorded (one line of visible text). */
function parseOleh(value: string): string {
  const name = value.trim();
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (name === '' || name.length > 100 || /[\u0000-\u001f\u007f]/.test(name)) throw new InvalidArgumentError('harus nama (1-100 karakter, satu baris) / must be a name (1-100 characters, one line)');
  return name;
}

/** A `--rapel` value: a period, a comma list of periods, or `PERIOD=DIR` (that period's input folder). */
export interface RapelOption {
  period: Period;
  inputDir?: string;
}

/** `--rapel 2026-09`, `--rapel 2026-08,2026-09`, `--rapel 2026-09=data/september` (repeatable). */
function parseRapel(value: string, previous: unknown): RapelOption[] {
  const eq = value.indexOf('=');
  const parts = eq >= 0 ? [value.slice(0, eq)] : value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const dir = eq >= 0 ? value.slice(eq + 1) : undefined;
  const periods = parts.map((p) => parsePeriod(p.trim()));
  if (periods.length === 0 || periods.some((p) => p === undefined) || dir === '') {
    throw new InvalidArgumentError('harus YYYY-MM, YYYY-MM,YYYY-MM atau YYYY-MM=FOLDER / must be YYYY-MM, YYYY-MM,YYYY-MM or YYYY-MM=FOLDER');
  }
  return [...((previous as RapelOption[] | undefined) ?? []), ...periods.map((period) => ({ period: period!, ...(dir !== undefined ? { inputDir: dir } : {}) }))];
}

const collect = (value: string, previous: unknown) => [...((previous as string[] | undefined) ?? []), value];
const ALL = ['run', 'validate', 'jelaskan'] as const;
const RUN = ['run', 'validate'] as const;

/** Options in `--help` order. */
export const OPTION_SPECS: readonly OptionSpec[] = [
  { flags: '--period <YYYY-MM>', id: 'bulan yang diproses (wajib)', en: 'the month being processed (required)', parse: parsePeriodOption, commands: ALL },
  { flags: '--input <dir>', id: 'folder berkas masukan (dicari menurut nama)', en: 'folder holding the input files (found by name)', shown: { id: '.', en: '.' }, commands: ALL },
  { flags: '--pegawai <file>', id: 'berkas data pegawai (mengganti pencarian)', en: 'staff file (overrides discovery)', commands: ALL },
  { flags: '--presensi <file>', id: 'berkas presensi; boleh diulang', en: 'attendance file; may be repeated', parse: collect, commands: ALL },
  { flags: '--capaian <file>', id: 'berkas capaian SKP; boleh diulang', en: 'SKP achievement file; may be repeated', parse: collect, commands: ALL },
  { flags: '--perilaku <file>', id: 'berkas nilai perilaku; boleh diulang', en: 'behaviour scores file; may be repeated', parse: collect, commands: ALL },
  { flags: '--unit <file>', id: 'berkas daftar unit', en: 'unit list file', commands: ALL },
  { flags: '--hukdis <file>', id: 'berkas hukuman disiplin; boleh diulang', en: 'sanctions register; may be repeated', parse: collect, commands: ALL },
  { flags: '--mutasi <file>', id: 'berkas mutasi/promosi dalam bulan; boleh diulang', en: 'transfers and promotions within the month; may be repeated', parse: collect, commands: ALL },
  { flags: '--plt <file>', id: 'berkas jabatan Plt/Plh; boleh diulang', en: 'acting posts (Plt/Plh); may be repeated', parse: collect, commands: ALL },
  { flags: '--jadwal <file>', id: 'jadwal shift (dinas jaga); boleh diulang', en: 'shift rosters; may be repeated', parse: collect, commands: ALL },
  { flags: '--aktivitas <file>', id: 'berkas aktivitas harian (dasar: aktivitas); boleh diulang', en: 'daily activity reports (dasar: aktivitas); may be repeated', parse: collect, commands: ALL },
  { flags: '--libur <file>', id: 'berkas hari libur; boleh diulang', en: 'holidays file; may be repeated', parse: collect, commands: ALL },
  { flags: '--penilaian <file>', id: 'berkas penilaian (mis. ekspor e-Kinerja BKN)', en: 'ratings file (e.g. BKN e-Kinerja export)', commands: [...ALL, 'rekap'] },
  { flags: '--policy <file|name>', id: 'paket aturan YAML/JSON atau nama paket kiriman (kinerja paket), digabung di atas bawaan', en: 'rule pack (YAML/JSON) or a shipped pack name (kinerja paket), merged over bawaan', shown: { id: 'paket bawaan', en: 'built-in bawaan pack' }, commands: [...ALL, 'rekap'] },
  {
    flags: '--out <dir>',
    id: 'folder keluaran',
    en: 'output folder',
    shown: { id: 'hasil/<periode> (validate: hasil/<periode>-validasi; rekap: <arsip>/rekap-<tahun>)', en: 'hasil/<period> (validate: hasil/<period>-validasi; rekap: <arsip>/rekap-<tahun>)' },
    commands: [...RUN, 'rekap'],
  },
  {
    flags: '--arsip <dir>',
    id: 'folder arsip hasil bulan-bulan sebelumnya (yang sudah dibayar)',
    en: 'archive folder of earlier months\' results (those paid)',
    shown: { id: 'folder induk --out (jelaskan, rekap: hasil)', en: 'the parent folder of --out (jelaskan, rekap: hasil)' },
    commands: [...ALL, 'rekap'],
  },
  {
    flags: '--rapel <periode[=dir]>',
    id: 'bayar juga rapel periode yang sudah dibayar itu (pegawai yang ditahan di sana dan datanya kini sudah diperbaiki); boleh diulang atau dipisah koma; =dir: folder masukan periode itu. jelaskan: tampilkan rapelnya',
    en: 'also pay the arrears of that paid period (employees held there whose data is now fixed); repeatable or comma-separated; =dir: that period\'s input folder. jelaskan: show the arrears',
    parse: parseRapel,
    commands: ['run', 'jelaskan'],
  },
  { flags: '--format <list>', id: 'keluaran: xlsx,csv,json', en: 'outputs: xlsx,csv,json', shown: { id: 'xlsx,csv,json', en: 'xlsx,csv,json' }, parse: parseFormats, commands: RUN },
  {
    flags: '--acknowledge-days <dates>',
    id: 'akui hari kerja tanpa (cukup) presensi, mis. 2026-10-20,2026-10-21: hari itu dihitung menurut presensi.hari_tanpa_data',
    en: 'acknowledge working days without (enough) attendance, e.g. 2026-10-20,2026-10-21: they count by presensi.hari_tanpa_data',
    parse: parseDateList,
    commands: ALL,
  },
  { flags: '--paket-berbeda', id: 'koreksi sengaja memakai paket aturan lain dari yang dibayar', en: 'a correction on purpose under another rule pack than the one paid', commands: ['run'] },
  { flags: '--strict', id: 'satu error pun menghentikan: hanya laporan validasi yang ditulis', en: 'any error aborts: only the validation report is written', commands: RUN },
  { flags: '--force', id: 'ganti folder keluaran yang sudah berisi hasil', en: 'replace an output folder that already holds results', commands: [...RUN, 'rekap'] },
  { flags: '--json', id: 'keluaran mesin: satu objek JSON di stdout', en: 'machine output: one JSON object on stdout', commands: [...ALL, 'init', 'demo', 'paket', 'tandai-dibayar', 'bandingkan', 'rekap'] },
  { flags: '--quiet', id: 'lebih sedikit pesan di stderr', en: 'less on stderr', commands: [...ALL, 'init', 'demo', 'paket', 'tandai-dibayar', 'bandingkan', 'rekap'] },
  { flags: '--verbose', id: 'lebih banyak pesan di stderr (termasuk temuan info)', en: 'more on stderr (including info findings)', commands: [...ALL, 'demo'] },
  { flags: '--debug', id: 'galat program ditampilkan dengan jejaknya (stack trace), untuk laporan bug', en: 'show a program error with its stack trace, for a bug report', commands: [...ALL, 'init', 'demo', 'paket', 'tandai-dibayar', 'bandingkan', 'rekap'] },
  { flags: '--lang <id|en>', id: 'bahasa pesan dan label laporan', en: 'language of messages and report labels', shown: { id: 'id (atau KINERJA_LANG)', en: 'id (or KINERJA_LANG)' }, parse: parseLang, commands: [...ALL, 'init', 'demo', 'paket', 'tandai-dibayar', 'bandingkan', 'rekap'] },
  {
    flags: '--csv-locale <id|intl>',
    id: 'id: pemisah ; desimal koma dan BOM (Excel Indonesia); intl: , dan .',
    en: 'id: ; separator, decimal comma and BOM (Indonesian Excel); intl: , and .',
    shown: { id: 'intl', en: 'intl' },
    parse: parseCsvLocale,
    commands: [...RUN, 'init', 'demo', 'bandingkan', 'rekap'],
  },
  { flags: '--arsip <dir>', id: 'folder yang memuat folder hasil periode itu', en: "folder holding the period's results folders", shown: { id: 'hasil', en: 'hasil' }, commands: ['tandai-dibayar'] },
  { flags: '--oleh <nama>', id: 'siapa yang menandai (dicatat di dibayar.json)', en: 'who marks it paid (recorded in dibayar.json)', shown: { id: 'nama pengguna sistem', en: 'the system user name' }, parse: parseOleh, commands: ['tandai-dibayar'] },
  {
    flags: '--out <file>',
    id: 'berkas CSV perbandingan (tidak boleh di dalam folder hasil)',
    en: 'comparison CSV file (never inside a results folder)',
    shown: { id: 'bandingkan-<A>-<B>.csv', en: 'bandingkan-<A>-<B>.csv' },
    commands: ['bandingkan'],
  },
  { flags: '--force', id: 'timpa berkas perbandingan yang sudah ada', en: 'replace an existing comparison file', commands: ['bandingkan'] },
  { flags: '--semua', id: 'tampilkan semua perubahan, bukan 20 terbesar', en: 'list every change, not the largest 20', commands: ['bandingkan'] },
  { flags: '--tahun <YYYY>', id: 'tahun yang direkap (wajib)', en: 'the year to recap (required)', parse: parseYear, commands: ['rekap'] },
];

/** Exit codes, for help and README. */
export const EXIT_CODES: readonly { code: number; id: string; en: string }[] = [
  { code: 0, id: 'selesai tanpa error (peringatan boleh ada)', en: 'done, no errors (warnings allowed)' },
  { code: 1, id: 'ada error masukan: laporan ditulis, pegawai terkait ditahan (--strict: hanya laporan validasi)', en: 'input errors: reports written with the affected employees held (--strict: only the validation report)' },
  {
    code: 2,
    id: 'proses dihentikan: salah pemakaian, paket aturan tidak valid, berkas tidak terbaca atau diragukan seluruhnya (hanya laporan validasi ditulis), atau folder hasil sudah ada tanpa --force',
    en: 'stopped: usage, rule pack or file-access error, a doubt about a whole file, column, day or input (only the validation report is written), or an existing result folder without --force',
  },
  { code: 3, id: 'galat program atau pemeriksaan diri gagal', en: 'internal error or a failed self-check' },
];

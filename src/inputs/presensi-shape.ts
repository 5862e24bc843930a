/**
 * Whether an attendance file's columns can say what its shape needs (never pay on a guess): a daily
 * log needs arrival and leave times (or is codes-only), a monthly summary needs the pack's TL/PSW band
 * counts; a time column that holds one value for nearly everyone is a schedule, not a scan. Doubts
 * about the shape stop the run; the findings name the unknown columns that may be the missing ones.
 */
import type { FindingCollector } from '../findings.js';
import { cellText, type Cell } from '../readers/cell.js';
import { parseTimeText } from '../readers/parse-time.js';
import type { RulePack, WorkHours } from '../rules/rule-pack-schema.js';
import { normaliseHeader, unknownColumns, type HeaderMap } from './header-map.js';

/** Data rows whose unknown columns are looked at for time-like values (per file). */
const SAMPLED_ROWS = 300;
/** A column is time-like when this share of its sampled non-empty values are times of day. */
const TIME_LIKE_SHARE = 0.8;
/** SPEC: a time column with one value on this share of rows (over enough rows and people) is a schedule. */
const SCHEDULE_SHARE = 0.9;
const SCHEDULE_MIN_ROWS = 20;
/** One value per weekday is a schedule only across this many people (a few may keep constant hours). */
const SCHEDULE_MIN_EMPLOYEES = 5;

type TimeField = 'jam_masuk' | 'jam_pulang';

const quote = (s: string) => `'${s}'`;

// --- monthly-summary headers by meaning --------------------------------------------------------------

/** What a monthly-summary header means, read from its words. */
export interface SummaryMeaning {
  group: 'tl' | 'psw' | 'tk';
  /** A band code named in the header (`TL1 (kali)` → tl1). */
  band?: string;
  /** Minutes (or hours), not a count of days: cannot become band counts. */
  minutes: boolean;
}

const LATE = new Set(['terlambat', 'tl', 'telat', 'datang_terlambat', 'terlambat_datang', 'keterlambatan', 'terlambat_masuk']);
const EARLY = new Set(['pulang_cepat', 'psw', 'cepat_pulang', 'pulang_awal', 'pulang_sebelum_waktunya', 'pulang_lebih_awal']);
const ABSENT = new Set(['alpa', 'alpha', 'alfa', 'mangkir', 'tanpa_keterangan', 'tk']);
const FILLER = new Set(['jml', 'jumlah', 'total', 'kali', 'hari', 'x', 'frekuensi']);
const MINUTE_WORDS = new Set(['menit', 'mnt', 'jam', 'minutes', 'minute']);

/** Reads a normalised summary header such as `terlambat_(kali)`, `tl_1`, `jumlah_pulang_cepat_(menit)`. */
export function summaryMeaning(key: string): SummaryMeaning | undefined {
  const words = key.replace(/[()[\]]/g, '_').split('_').filter((w) => w !== '');
  const minutes = words.some((w) => MINUTE_WORDS.has(w));
  const base = words.filter((w) => !FILLER.has(w) && !MINUTE_WORDS.has(w)).join('_');
  const band = /^(tl|psw|terlambat|pulang_cepat)_?(\d)$/.exec(base);
  if (band) {
    const group = band[1] === 'tl' || band[1] === 'terlambat' ? 'tl' : 'psw';
    return { group, band: `${group}${band[2]}`, minutes };
  }
  if (LATE.has(base)) return { group: 'tl', minutes };
  if (EARLY.has(base)) return { group: 'psw', minutes };
  if (ABSENT.has(base) && !minutes) return { group: 'tk', minutes };
  return undefined;
}

/** The summary field a meaning maps to under the pack, or undefined when it cannot be mapped. */
function summaryField(meaning: SummaryMeaning, pack: RulePack): string | undefined {
  if (meaning.minutes) return undefined;
  if (meaning.group === 'tk') return 'tk';
  const bands = (meaning.group === 'tl' ? pack.presensi.terlambat : pack.presensi.pulang_cepat).map((b) => b.kode.toLowerCase());
  if (meaning.band !== undefined) return bands.includes(meaning.band) ? meaning.band : undefined;
  // One count of late days maps to the pack's only band; with several bands it cannot be split.
  return bands.length === 1 ? bands[0] : undefined;
}

/**
 * Maps the summary columns no alias took by their meaning (`Terlambat (kali)` → the only TL band,
 * `TL1 (kali)` → tl1, `Alpa` → tk). Returns how many columns have a lateness/absence meaning at all
 * (mapped or not), so a summary is recognised even when its columns cannot be mapped.
 */
export function mapSummaryByMeaning(map: HeaderMap<string>, pack: RulePack): number {
  let meaningful = 0;
  for (const column of unknownColumns(map)) {
    const meaning = summaryMeaning(normaliseHeader(map.labels[column]!));
    if (!meaning) continue;
    meaningful += 1;
    const field = summaryField(meaning, pack);
    if (field === undefined) continue;
    const taken = map.columns[field];
    if (taken === undefined) map.columns[field] = column;
    else map.duplicates.push({ field, column, usedColumn: taken });
  }
  return meaningful;
}

// --- evidence from unknown columns --------------------------------------------------------------------

const NAME_IN = new Set(['datang', 'masuk', 'in', 'checkin', 'clockin', 'arrival', 'arrive', 'start', 'mulai']);
const NAME_OUT = new Set(['pulang', 'keluar', 'out', 'checkout', 'clockout', 'leave', 'departure', 'selesai', 'end']);

/** The time field a header's words suggest (`Fingerprint In` → jam_masuk, `Jam Keluar` → jam_pulang). */
export function timeFieldByName(key: string): TimeField | undefined {
  const words = key.replace(/[()[\]]/g, '_').split('_').filter((w) => w !== '');
  // `Pulang Cepat`/`Terlambat` are counts or minutes, not the time itself.
  if (words.includes('cepat') || words.includes('terlambat') || words.some((w) => MINUTE_WORDS.has(w) && w !== 'jam')) return undefined;
  const joined = words.join('');
  const has = (set: Set<string>) => words.some((w) => set.has(w)) || [...set].some((w) => w.length > 4 && joined.includes(w));
  const isIn = has(NAME_IN);
  const isOut = has(NAME_OUT);
  if (isIn === isOut) return undefined;
  return isIn ? 'jam_masuk' : 'jam_pulang';
}

/** A cell that reads as a time of day: `07:31`, `7.31`, an Excel time fraction, a time-typed cell. */
export function isTimeLike(cell: Cell): boolean {
  if (cell === null) return false;
  if (cell instanceof Date) return true;
  if (typeof cell === 'number') return cell > 0 && cell < 1;
  if (typeof cell !== 'string') return false;
  const text = cell.trim();
  // A date-time text (`2026-10-05 07:31`) holds a time too.
  const last = text.includes(' ') ? text.slice(text.lastIndexOf(' ') + 1) : text;
  return parseTimeText(last).ok;
}

interface ColumnEvidence {
  column: number;
  nonEmpty: number;
  timeLike: number;
  example?: string;
}

function formatSeconds(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Counts the values of one time column (a slot per second of the day: no allocation per row). */
/**
 * Counts of a time column's values per weekday: a schedule may differ by weekday (16:00 Monday to
 * Thursday, 16:30 on Friday), so a column is a schedule when each weekday has one value for nearly all
 * of its rows.
 */
class WeekdayValueCounts {
  readonly counts = new Uint32Array(7 * 86_400);
  total = 0;

  add(weekday: number, seconds: number): void {
    this.counts[weekday * 86_400 + seconds]! += 1;
    this.total += 1;
  }

  /** Rows holding their weekday's most common value, and the most common value overall. */
  mode(): { seconds: number; count: number } {
    let count = 0;
    let seconds = 0;
    let bestOverall = 0;
    for (let w = 0; w < 7; w++) {
      const base = w * 86_400;
      let best = base;
      for (let s = base + 1; s < base + 86_400; s++) if (this.counts[s]! > this.counts[best]!) best = s;
      count += this.counts[best]!;
      if (this.counts[best]! > bestOverall) {
        bestOverall = this.counts[best]!;
        seconds = best - base;
      }
    }
    return { seconds, count };
  }
}

/** Shape checks of one attendance file, fed by its rows as they stream. */
export class PresensiShapeCheck {
  private readonly evidence: ColumnEvidence[];
  private sampled = 0;
  private readonly times: Partial<Record<TimeField, WeekdayValueCounts>> = {};
  /** Rows whose time equals, to the second, the employee's own scheduled start or end that day. */
  private readonly atSchedule = { jam_masuk: 0, jam_pulang: 0 };
  /** The first few distinct employees seen (up to SCHEDULE_MIN_EMPLOYEES). */
  private readonly someEmployees = new Set<number>();
  /** Set when the header alone shows the file cannot be used: its rows are then not folded. */
  readonly unusable: boolean;
  private readonly lacking: string[] = [];
  private readonly unmappable: { column: number; meaning: SummaryMeaning }[] = [];

  constructor(
    readonly shape: string,
    readonly map: HeaderMap<string>,
    private readonly pack: RulePack,
    /** Weekday (0 = Sunday) of each day index of the period. */
    private readonly weekdays: readonly number[] = [],
    /** The employee's working hours on a day of the period (null on a day off). */
    private readonly scheduleOf: (employee: number, day: number) => WorkHours | null = () => null,
  ) {
    this.evidence = map.row === 0 ? [] : unknownColumns(map).map((column) => ({ column, nonEmpty: 0, timeLike: 0 }));
    const has = (f: string) => map.columns[f] !== undefined;
    if (shape === 'harian') {
      const times = (['jam_masuk', 'jam_pulang'] as const).filter((f) => !has(f));
      // Codes-only (no time column at all) is legal; it is re-checked against the content at the end.
      if (times.length === 1 || (times.length === 2 && !has('kode'))) this.lacking.push(...times);
      for (const f of ['jam_masuk', 'jam_pulang'] as const) if (has(f) && !this.mappedByPack(f)) this.times[f] = new WeekdayValueCounts();
    } else if (shape === 'rekap_bulanan') {
      const bandsOf = (group: 'tl' | 'psw') => (group === 'tl' ? pack.presensi.terlambat : pack.presensi.pulang_cepat);
      const allBandsMapped = (group: 'tl' | 'psw') => bandsOf(group).every((b) => has(b.kode.toLowerCase()));
      for (const column of unknownColumns(map)) {
        const meaning = summaryMeaning(normaliseHeader(map.labels[column]!));
        // A total beside the band counts (e.g. "Terlambat (menit)" next to TL1..TL4) is extra, not missing.
        if (meaning && meaning.group !== 'tk' && !allBandsMapped(meaning.group)) this.unmappable.push({ column, meaning });
      }
      const blocked = new Set(this.unmappable.map((u) => u.meaning.group));
      if (!has('hadir')) this.lacking.push('hadir');
      for (const [group, bands] of [['tl', pack.presensi.terlambat], ['psw', pack.presensi.pulang_cepat]] as const) {
        if (blocked.has(group)) continue;
        for (const b of bands) if (!has(b.kode.toLowerCase())) this.lacking.push(b.kode);
      }
    }
    this.unusable = this.lacking.length > 0 || this.unmappable.length > 0;
  }

  private mappedByPack(field: TimeField): boolean {
    return this.map.fromPack?.has(field) ?? false;
  }

  /** Looks at a data row's unknown columns (the first rows of the file only). */
  sample(cells: readonly Cell[]): void {
    if (this.sampled >= SAMPLED_ROWS || this.evidence.length === 0) return;
    this.sampled += 1;
    for (const e of this.evidence) {
      const cell = cells[e.column] ?? null;
      if (cell === null || (typeof cell === 'string' && cell.trim() === '')) continue;
      e.nonEmpty += 1;
      if (isTimeLike(cell)) {
        e.timeLike += 1;
        e.example ??= cellText(cell);
      }
    }
  }

  /** Counts a daily-log row's times (rows of employees in the period only; `day`: index in the period). */
  observeTimes(employee: number, day: number, masuk: number | undefined, pulang: number | undefined): void {
    if (this.someEmployees.size < SCHEDULE_MIN_EMPLOYEES) this.someEmployees.add(employee);
    const weekday = this.weekdays[day] ?? 0;
    const hours = this.scheduleOf(employee, day);
    if (masuk !== undefined && this.times.jam_masuk) {
      this.times.jam_masuk.add(weekday, masuk);
      if (hours !== null && masuk === hours.mulai) this.atSchedule.jam_masuk += 1;
    }
    if (pulang !== undefined && this.times.jam_pulang) {
      this.times.jam_pulang.add(weekday, pulang);
      if (hours !== null && pulang === hours.selesai) this.atSchedule.jam_pulang += 1;
    }
  }

  private timeLikeColumns(): ColumnEvidence[] {
    return this.evidence.filter((e) => e.nonEmpty > 0 && e.timeLike >= TIME_LIKE_SHARE * e.nonEmpty);
  }

  /** What each unknown column could be, by name and by content, in both languages. */
  private suggestions(fields: readonly string[]): { id: string; en: string; snippet: string } {
    const id: string[] = [];
    const en: string[] = [];
    const picked: Partial<Record<string, string>> = {};
    for (const e of this.evidence) {
      const label = this.map.labels[e.column]!;
      const key = normaliseHeader(label);
      const byName = this.shape === 'harian' ? timeFieldByName(key) : undefined;
      const timeLike = e.nonEmpty > 0 && e.timeLike >= TIME_LIKE_SHARE * e.nonEmpty;
      if (!byName && !timeLike) continue;
      const field = byName ?? fields.filter((f) => f === 'jam_masuk' || f === 'jam_pulang').join('/');
      if (!field) continue;
      const whyId = [byName ? 'namanya mirip' : '', timeLike ? `isinya jam, mis. ${e.example}` : ''].filter((s) => s).join('; ');
      const whyEn = [byName ? 'similar name' : '', timeLike ? `it holds times, e.g. ${e.example}` : ''].filter((s) => s).join('; ');
      id.push(`kolom ${quote(label)} mungkin ${field} (${whyId})`);
      en.push(`column ${quote(label)} may be ${field} (${whyEn})`);
      if (byName && fields.includes(byName) && picked[byName] === undefined) picked[byName] = label;
    }
    const snippetParts = Object.entries(picked).map(([f, label]) => `${f}: ["${label}"]`);
    const snippet = snippetParts.length > 0 ? `masukan: { kolom: { presensi: { ${snippetParts.join(', ')} } } }` : '';
    const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
    return { id: cap(id.join('; ')), en: cap(en.join('; ')), snippet };
  }

  private unknownLabels(): string {
    return this.evidence.map((e) => quote(this.map.labels[e.column]!)).join(', ');
  }

  /** After the file's last row: the stopping findings about its shape; true when there were any. */
  finish(file: string, findings: FindingCollector): boolean {
    let stops = this.unusable;
    const lacking = [...this.lacking];
    if (this.shape === 'harian' && lacking.length === 0 && this.map.columns['jam_masuk'] === undefined && this.map.columns['jam_pulang'] === undefined) {
      // A codes-only log is legal unless an unknown column holds times: then times were meant.
      if (this.timeLikeColumns().length > 0) lacking.push('jam_masuk', 'jam_pulang');
    }
    if (lacking.length > 0) stops = true;
    if (lacking.length > 0) {
      const hint = this.suggestions(lacking);
      const noCode = this.shape === 'harian' && this.map.columns['kode'] === undefined && lacking.length === 2;
      findings.add({
        code: 'KOLOM_PRESENSI_KURANG',
        file,
        row: this.map.row,
        params: {
          shape_id: this.shape === 'harian' ? 'log harian' : 'rekap bulanan',
          shape_en: this.shape === 'harian' ? 'daily log' : 'monthly summary',
          missing: lacking.join(', ') + (noCode ? ' / kode' : ''),
          unknown: this.unknownLabels(),
          suggest_id: [hint.id, hint.snippet ? `Contoh pemetaan di paket aturan: ${hint.snippet}` : ''].filter((s) => s).join('. '),
          suggest_en: [hint.en, hint.snippet ? `Example mapping in the rule pack: ${hint.snippet}` : ''].filter((s) => s).join('. '),
        },
      });
    }
    for (const { column, meaning } of this.unmappable) {
      const bands = (meaning.group === 'tl' ? this.pack.presensi.terlambat : this.pack.presensi.pulang_cepat).map((b) => b.kode).join(', ');
      const what = meaning.group === 'tl' ? ['terlambat', 'late arrivals'] : ['pulang cepat', 'early leaves'];
      findings.add({
        code: 'KOLOM_REKAP_TIDAK_COCOK',
        file,
        row: this.map.row,
        column: this.map.labels[column]!,
        params: {
          meaning_id: meaning.minutes ? `jumlah menit ${what[0]}; menit tidak dapat diubah menjadi jumlah hari per pita` : meaning.band ? `pita ${meaning.band.toUpperCase()} yang tidak ada di paket` : `jumlah hari ${what[0]} tanpa pembagian pita`,
          meaning_en: meaning.minutes ? `minutes of ${what[1]}; minutes cannot be turned into day counts per band` : meaning.band ? `band ${meaning.band.toUpperCase()}, which the pack does not have` : `a count of ${what[1]} not split into bands`,
          bands,
        },
      });
    }
    return this.checkSchedules(file, findings) || stops;
  }

  private checkSchedules(file: string, findings: FindingCollector): boolean {
    let found = false;
    for (const field of ['jam_masuk', 'jam_pulang'] as const) {
      const counts = this.times[field];
      if (!counts || counts.total < SCHEDULE_MIN_ROWS) continue;
      const mode = counts.mode();
      // One value per weekday across people, or (even for one person's file) each row exactly on the
      // employee's own scheduled start/end: a real scan lands on the second of the schedule rarely.
      const sameForAll = this.someEmployees.size >= SCHEDULE_MIN_EMPLOYEES && mode.count >= SCHEDULE_SHARE * counts.total;
      const onSchedule = this.atSchedule[field] >= SCHEDULE_SHARE * counts.total;
      if (!sameForAll && !onSchedule) continue;
      if (!sameForAll) mode.count = this.atSchedule[field];
      const column = this.map.columns[field]!;
      const candidates = this.timeLikeColumns().filter((e) => {
        const byName = timeFieldByName(normaliseHeader(this.map.labels[e.column]!));
        return byName === undefined || byName === field;
      });
      const named = candidates.find((e) => timeFieldByName(normaliseHeader(this.map.labels[e.column]!)) === field) ?? candidates[0];
      // A column that also means this field (a lower-priority alias, e.g. "Datang" beside "Jam Masuk").
      const alias = this.map.duplicates.find((d) => d.field === field);
      const label = named ? this.map.labels[named.column]! : alias ? this.map.labels[alias.column] : undefined;
      const example = named?.example;
      found = true;
      findings.add({
        code: 'KOLOM_JADWAL',
        file,
        row: this.map.row,
        column: this.map.labels[column]!,
        value: formatSeconds(mode.seconds),
        params: {
          share: Math.floor((mode.count * 100) / counts.total),
          field,
          ...(label !== undefined
            ? {
                other_id: `Kolom ${quote(label)} ${example ? `berisi jam yang beragam (mis. ${example}) dan ` : ''}mungkin jam scan yang sebenarnya; bila benar, petakan di paket aturan: masukan: { kolom: { presensi: { ${field}: ["${label}"] } } } (petakan juga kolom jam yang lain bila namanya ikut berubah).`,
                other_en: `Column ${quote(label)} ${example ? `holds varying times (e.g. ${example}) and ` : ''}may be the real scan; if so, map it in the rule pack: masukan: { kolom: { presensi: { ${field}: ["${label}"] } } } (map the other time column too if its name changed as well).`,
              }
            : {}),
        },
      });
    }
    return found;
  }
}

/**
 * The run's timeline, on Node's performance timeline as `kinerja:<name>`: phases (`timed`, or `now`
 * then `measure`) and counted events (`mark`). Always on: a few microseconds a phase. Whether it is
 * printed is the CLI's decision (`KINERJA_PROFIL=1`, see cli/main.ts).
 */
const PREFIX = 'kinerja:';

/** Events counted in the report. */
export type ProfileMark = 'pekerja-csv' | 'pekerja-csv-baca-depan' | 'csv-dibelah' | 'pekerja-xlsx' | 'penulis-csv';

/** A point on the timeline, to start a phase from. */
export function now(): number {
  return performance.now();
}

/** Records the phase `name` from `start` to now (a phase may repeat: the report sums it). */
export function measure(name: string, start: number): void {
  performance.measure(PREFIX + name, { start });
}

/** Counts an event. */
export function mark(name: ProfileMark): void {
  performance.mark(PREFIX + name);
}

/** Times `work` as the phase `name`, whether it returns or throws. */
export async function timed<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const start = now();
  try {
    return await work();
  } finally {
    measure(name, start);
  }
}

/** What `KINERJA_PROFIL=1` prints: phases in ms (summed over repeats), events, and the process's usage. */
export interface ProfileReport {
  phases: Record<string, number>;
  parseWorkers: number;
  /** Parse workers without a window (their file fit the parse-ahead budget). */
  parseAheadWorkers: number;
  splitFiles: number;
  workbookWorkers: number;
  csvWriterWorkers: number;
  totalMs: number;
  maxRssKb: number;
  userMs: number;
  systemMs: number;
}

const marks = (name: ProfileMark) => performance.getEntriesByName(PREFIX + name, 'mark').length;

/** The timeline so far and the process's resource usage. */
export function profileReport(): ProfileReport {
  const phases: Record<string, number> = {};
  for (const entry of performance.getEntriesByType('measure')) {
    if (!entry.name.startsWith(PREFIX)) continue;
    const name = entry.name.slice(PREFIX.length);
    phases[name] = Math.round(((phases[name] ?? 0) + entry.duration) * 10) / 10;
  }
  const usage = process.resourceUsage();
  return {
    phases,
    parseWorkers: marks('pekerja-csv'),
    parseAheadWorkers: marks('pekerja-csv-baca-depan'),
    splitFiles: marks('csv-dibelah'),
    workbookWorkers: marks('pekerja-xlsx'),
    csvWriterWorkers: marks('penulis-csv'),
    totalMs: Math.round(performance.now()),
    maxRssKb: usage.maxRSS,
    userMs: Math.round(usage.userCPUTime / 1000),
    systemMs: Math.round(usage.systemCPUTime / 1000),
  };
}

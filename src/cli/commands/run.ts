/** `kinerja run` and `kinerja validate`: one period, from the inputs to the reports. */
import { dirname, join } from 'node:path';
import { formatPeriod, type Period } from '../../model/domain.js';
import type { ExitCode } from '../../errors.js';
import type { ExplicitFiles } from '../../inputs/discover-inputs.js';
import { runPeriod, type OutputFormat, type RunOutcome } from '../../pipeline.js';
import { VERSION } from '../../package-info.js';
import { printSummary } from '../print-summary.js';
import { progressHooks } from '../progress.js';
import type { Terminal } from '../terminal.js';
import type { RapelOption } from '../options.js';
import { runtimeOptionsFromEnv } from '../runtime-env.js';

/** Options as commander parses them. */
export interface RunFlags {
  period: Period;
  input?: string;
  pegawai?: string;
  presensi?: string[];
  capaian?: string[];
  perilaku?: string[];
  unit?: string;
  hukdis?: string[];
  mutasi?: string[];
  plt?: string[];
  jadwal?: string[];
  aktivitas?: string[];
  libur?: string[];
  penilaian?: string;
  policy?: string;
  out?: string;
  arsip?: string;
  rapel?: RapelOption[];
  format?: Set<OutputFormat>;
  strict?: boolean;
  force?: boolean;
  csvLocale?: 'id' | 'intl';
  acknowledgeDays?: string[];
  paketBerbeda?: boolean;
}

/** Explicit per-input files from the flags. */
export function explicitFiles(flags: RunFlags): ExplicitFiles {
  const one = (v: string | undefined) => (v === undefined ? [] : [v]);
  return {
    pegawai: one(flags.pegawai),
    presensi: flags.presensi ?? [],
    capaian: flags.capaian ?? [],
    perilaku: flags.perilaku ?? [],
    unit: one(flags.unit),
    hukdis: flags.hukdis ?? [],
    mutasi: flags.mutasi ?? [],
    plt: flags.plt ?? [],
    jadwal: flags.jadwal ?? [],
    aktivitas: flags.aktivitas ?? [],
    libur: flags.libur ?? [],
    penilaian: one(flags.penilaian),
  };
}

/** The machine summary of `--json`. */
function jsonSummary(outcome: RunOutcome): unknown {
  return { ...outcome.ringkasan, keluaran: { folder: outcome.outDir, berkas: outcome.files } };
}

/** Runs `run` or `validate`; returns the exit code. */
export async function runCommand(command: 'run' | 'validate', flags: RunFlags, term: Terminal, overrides: { force?: boolean; defaultArchive?: string | null } = {}): Promise<ExitCode> {
  const progress = progressHooks(term);
  const defaultOut = join('hasil', command === 'validate' ? `${formatPeriod(flags.period)}-validasi` : formatPeriod(flags.period));
  try {
    const outcome = await runPeriod(
      {
        command,
        period: flags.period,
        inputDir: flags.input ?? '.',
        explicit: explicitFiles(flags),
        acknowledgedDays: flags.acknowledgeDays ?? [],
        ...(flags.paketBerbeda ? { otherPack: true } : {}),
        ...(flags.policy !== undefined ? { policy: flags.policy } : {}),
        out: flags.out ?? defaultOut,
        archiveDir: flags.arsip ?? dirname(flags.out ?? defaultOut),
        // Where tandai-dibayar marks by default: a period paid there is not paid again from another --out.
        ...(overrides.defaultArchive !== null ? { defaultArchive: overrides.defaultArchive ?? 'hasil' } : {}),
        ...(command === 'run' && flags.rapel ? { rapel: flags.rapel } : {}),
        formats: flags.format ?? new Set<OutputFormat>(['xlsx', 'csv', 'json']),
        strict: Boolean(flags.strict),
        force: overrides.force ?? Boolean(flags.force),
        lang: term.lang,
        csvLocale: flags.csvLocale ?? 'intl',
        version: VERSION,
        now: () => new Date(),
        runtime: runtimeOptionsFromEnv(process.env),
      },
      progress,
    );
    progress.stop();
    if (term.json) term.json_out(jsonSummary(outcome));
    else printSummary(term, outcome, command);
    return outcome.exitCode;
  } finally {
    progress.stop();
  }
}

/** `kinerja jelaskan <nip>`: how one employee's results and TPP were computed, step by step. Writes nothing. */
import { ExitCode, KinerjaError } from '../../errors.js';
import { compactNip } from '../../inputs/read-nip.js';
import { explainEmployees } from '../../pipeline.js';
import { printExplanation } from '../print-explanation.js';
import { progressHooks } from '../progress.js';
import type { Terminal } from '../terminal.js';
import { explicitFiles, type RunFlags } from './run.js';
import { runtimeOptionsFromEnv } from '../runtime-env.js';

/** Explains one employee; exit 2 when the NIP is not in pegawai. */
export async function jelaskanCommand(nipArg: string, flags: RunFlags, term: Terminal): Promise<ExitCode> {
  const nip = compactNip(nipArg);
  const progress = progressHooks(term);
  try {
    const { explanations, missing } = await explainEmployees(
      { period: flags.period, inputDir: flags.input ?? '.', explicit: explicitFiles(flags), acknowledgedDays: flags.acknowledgeDays ?? [], ...(flags.policy !== undefined ? { policy: flags.policy } : {}), lang: term.lang, archiveDir: flags.arsip ?? 'hasil', runtime: runtimeOptionsFromEnv(process.env) },
      [nip],
      progress,
      // Arrears as `run --rapel` would pay them; the archive is where run's default --out puts results.
      flags.rapel && flags.rapel.length > 0 ? { rapel: flags.rapel, archiveDir: flags.arsip ?? 'hasil' } : undefined,
    );
    progress.stop();
    if (missing.length > 0 || explanations.length === 0) {
      throw new KinerjaError(
        'NIP_TIDAK_ADA',
        { id: `NIP ${nipArg} tidak ada di data pegawai.`, en: `NIP ${nipArg} is not in the staff file.` },
        { id: 'Periksa NIP-nya (18 digit) dan berkas pegawai yang dibaca.', en: 'Check the NIP (18 digits) and the staff file being read.' },
      );
    }
    if (term.json) term.json_out(explanations[0]);
    else printExplanation(term, explanations[0]!);
    return ExitCode.OK;
  } finally {
    progress.stop();
  }
}

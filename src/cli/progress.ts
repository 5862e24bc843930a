/** Turns pipeline hooks into an ora spinner with row counts; silent without a TTY. */
import type { Ora } from 'ora';
import type { PipelineHooks, Step } from '../pipeline.js';
import { labelsFor, type LabelId } from '../reports/labels.js';
import { formatCount, type Terminal } from './terminal.js';

const STEP_LABEL = {
  paket: 'progress.paket',
  masukan: 'progress.masukan',
  hitung: 'progress.hitung',
  tulis: 'progress.tulis',
} as const satisfies Record<Step, LabelId>;

/** Spinner-backed hooks, plus `stop()` to clear the spinner before the summary. */
export function progressHooks(term: Terminal): PipelineHooks & { stop(): void } {
  let spinner: Ora | undefined;
  let label = '';
  let lastUpdate = 0;
  let starting: Promise<void> | undefined;
  let stopped = false;
  const t = labelsFor(term.lang);
  const show = (message: string) => {
    label = message;
    if (!term.interactive) {
      if (term.verbose) term.line(message);
      return;
    }
    if (spinner) spinner.text = message;
    else if (!starting) {
      // ora is loaded only on a terminal; cron and CI runs never pay for it.
      starting = import('ora').then(({ default: ora }) => {
        if (!stopped) spinner = ora({ stream: process.stderr, discardStdin: false, text: label }).start();
      });
    }
  };
  return {
    onStep: (step) => show(t(STEP_LABEL[step])),
    onInput: (input, files) => show(`${t('progress.masukan')}: ${input}${files.length > 0 ? ` (${files.join(', ')})` : ''}`),
    onRows(rows) {
      if (!spinner) return;
      const now = Date.now();
      if (now - lastUpdate < 100) return;
      lastUpdate = now;
      spinner.text = `${label} — ${t('progress.rows', { n: formatCount(rows, term.lang) })}`;
    },
    stop() {
      stopped = true;
      spinner?.stop();
      spinner = undefined;
    },
  };
}

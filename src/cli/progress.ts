/** Turns pipeline hooks into an ora spinner with row counts; silent without a TTY. */
import type { Ora } from 'ora';
import type { PipelineHooks, Step } from '../pipeline.js';
import { formatCount, type Terminal } from './terminal.js';

const STEP_TEXT: Record<Step, { id: string; en: string }> = {
  paket: { id: 'Memuat paket aturan dan mencari berkas', en: 'Loading the rule pack and finding files' },
  masukan: { id: 'Membaca masukan', en: 'Reading inputs' },
  hitung: { id: 'Menghitung nilai dan TPP', en: 'Computing scores and TPP' },
  tulis: { id: 'Menulis laporan', en: 'Writing reports' },
};

/** Spinner-backed hooks, plus `stop()` to clear the spinner before the summary. */
export function progressHooks(term: Terminal): PipelineHooks & { stop(): void } {
  let spinner: Ora | undefined;
  let label = '';
  let lastUpdate = 0;
  let starting: Promise<void> | undefined;
  let stopped = false;
  const text = (t: { id: string; en: string }) => (term.lang === 'en' ? t.en : t.id);
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
    onStep: (step) => show(text(STEP_TEXT[step])),
    onInput: (input, files) => show(`${text(STEP_TEXT.masukan)}: ${input}${files.length > 0 ? ` (${files.join(', ')})` : ''}`),
    onRows(rows) {
      if (!spinner) return;
      const now = Date.now();
      if (now - lastUpdate < 100) return;
      lastUpdate = now;
      spinner.text = `${label} — ${formatCount(rows, term.lang)} ${term.lang === 'en' ? 'rows' : 'baris'}`;
    },
    stop() {
      stopped = true;
      spinner?.stop();
      spinner = undefined;
    },
  };
}

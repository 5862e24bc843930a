/**
 * What the terminal allows: colours only on a TTY and never with NO_COLOR (chalk 5 does not check it
 * by itself), spinners only on a sized TTY without NO_COLOR, --json or --quiet. Human output goes to stderr.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../i18n.js';
import { terminalJson } from './visible-text.js';

/** How this process talks to its user. */
export interface Terminal {
  lang: Lang;
  color: ChalkInstance;
  /** Spinners and live progress are allowed. */
  interactive: boolean;
  quiet: boolean;
  verbose: boolean;
  json: boolean;
  /** Writes one line of human output (stderr). */
  line(text?: string): void;
  /** Writes the one JSON object of `--json` (stdout). */
  json_out(value: unknown): void;
}

/** True when colour is allowed on stderr. */
export function colourAllowed(env: NodeJS.ProcessEnv, isTty: boolean): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  return isTty;
}

/** Builds the terminal for the given flags. */
export function makeTerminal(opts: { lang: Lang; json?: boolean; quiet?: boolean; verbose?: boolean }): Terminal {
  const isTty = Boolean(process.stderr.isTTY);
  const json = Boolean(opts.json);
  const colourOk = colourAllowed(process.env, isTty);
  const colour = !json && colourOk;
  return {
    lang: opts.lang,
    color: new Chalk({ level: colour ? 1 : 0 }),
    // NO_COLOR users want a quiet terminal, so no spinner either (ora colours its spinner itself). A
    // terminal that reports no width (a pty without a size) would make ora redraw forever.
    interactive: isTty && colourOk && (process.stderr.columns ?? 0) > 0 && !json && !opts.quiet && process.env['CI'] === undefined,
    quiet: Boolean(opts.quiet),
    verbose: Boolean(opts.verbose),
    json,
    line: (text = '') => process.stderr.write(`${text}\n`),
    json_out: (value) => process.stdout.write(`${terminalJson(value)}\n`),
  };
}

/** The number format of each language. */
const NUMBER_LOCALE: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

/** Rupiah for people: `Rp 1.234.567` (id) or `Rp 1,234,567` (en). */
export function formatRupiah(amount: number, lang: Lang): string {
  return `Rp ${amount.toLocaleString(NUMBER_LOCALE[lang], { maximumFractionDigits: 0 })}`;
}

/** A count for people: `12.345` (id) or `12,345` (en). */
export function formatCount(n: number, lang: Lang): string {
  return n.toLocaleString(NUMBER_LOCALE[lang]);
}

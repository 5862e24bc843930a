/** Entry point: parse, run, and the one error boundary that turns problems into exit codes. */
import { CommanderError } from 'commander';
import { ExitCode, KinerjaError } from '../errors.js';
import { pick, type Lang } from '../i18n.js';
import { label } from '../reports/labels.js';
import { profileReport } from '../runtime/profile.js';
import { buildProgram, type ProgramResult } from './program.js';
import { profileWanted } from './runtime-env.js';
import { colourAllowed } from './terminal.js';
import { terminalJson, visibleText } from './visible-text.js';
import { Chalk } from 'chalk';

/** The language asked for before commander runs (`--lang`, else KINERJA_LANG, else id). */
export function languageOf(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'en' || value === 'id') return value;
  }
  return env['KINERJA_LANG'] === 'en' ? 'en' : 'id';
}

const COMMANDER_ID: [RegExp, string][] = [
  [/required option '(.+)' not specified/, "opsi wajib '$1' belum diisi"],
  [/unknown option '(.+)'/, "opsi '$1' tidak dikenal"],
  [/unknown command '(.+)'/, "perintah '$1' tidak dikenal"],
  [/option '(.+)' argument missing/, "opsi '$1' perlu nilai"],
  [/too many arguments.*/, 'terlalu banyak argumen'],
  [/missing required argument '(.+)'/, "argumen wajib '$1' belum diisi"],
];

function translateCommander(message: string, lang: Lang): string {
  const text = message.replace(/^error: /, '');
  const invalid = /option '(.+)' argument '(.*)' is invalid\. (.*)/.exec(text);
  if (invalid) {
    // Our own argument parsers write "indonesian / english".
    const [id = '', en = id] = invalid[3]!.split(' / ');
    return lang === 'en' ? `option '${invalid[1]}': '${invalid[2]}' is not valid: ${en}` : `nilai '${invalid[2]}' untuk opsi '${invalid[1]}' tidak valid: ${id}`;
  }
  const invalidArgument = /command-argument value '(.*)' is invalid for argument '(.+)'\. (.*)/.exec(text);
  if (invalidArgument) {
    const [id = '', en = id] = invalidArgument[3]!.split(' / ');
    return lang === 'en' ? `argument '${invalidArgument[2]}': '${invalidArgument[1]}' is not valid: ${en}` : `nilai '${invalidArgument[1]}' untuk argumen '${invalidArgument[2]}' tidak valid: ${id}`;
  }
  if (lang === 'en') return text;
  for (const [pattern, replacement] of COMMANDER_ID) if (pattern.test(text)) return text.replace(pattern, replacement);
  return text;
}

/** Runs the CLI and returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const lang = languageOf(argv, process.env);
  const json = argv.includes('--json');
  const red = new Chalk({ level: !json && colourAllowed(process.env, Boolean(process.stderr.isTTY)) ? 1 : 0 }).red;
  const result: ProgramResult = {};
  const program = buildProgram(lang, result);
  let usageMessage = '';
  const output = {
    writeOut: (s: string) => process.stdout.write(s),
    writeErr: (s: string) => process.stderr.write(s),
    outputError: (s: string) => {
      usageMessage = translateCommander(s.trim(), lang);
    },
  };
  for (const cmd of [program, ...program.commands.flatMap((c) => [c, ...c.commands])]) cmd.configureOutput(output);
  try {
    // Test hooks and thresholds from the environment reach the modules as runtime options, passed
    // by the commands (commands/run.ts, commands/jelaskan.ts).
    await program.parseAsync([...argv], { from: 'user' });
    return result.exitCode ?? ExitCode.OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return ExitCode.OK;
      const message = usageMessage || translateCommander(err.message, lang);
      if (json) process.stdout.write(`${JSON.stringify({ kode_keluar: ExitCode.CANNOT_RUN, galat: { kode: 'PEMAKAIAN', pesan: message } }, null, 2)}\n`);
      // An option's value is the user's text: its control characters are shown, not obeyed.
      process.stderr.write(`${red(label('cli.error', lang))}: ${visibleText(message)}\n${label('cli.see', lang)}: kinerja --help\n`);
      return ExitCode.CANNOT_RUN;
    }
    if (err instanceof KinerjaError) {
      const text = pick(err.text, lang);
      const hint = err.hint ? pick(err.hint, lang) : undefined;
      if (json) {
        process.stdout.write(`${terminalJson({ kode_keluar: err.exitCode, galat: { kode: err.code, pesan: text, rincian: err.details, saran: hint ?? null } })}\n`);
      }
      // File names and cells quoted in the message came from the inputs.
      process.stderr.write(`${red(label('cli.error', lang))} [${err.code}]: ${visibleText(text)}\n`);
      for (const d of err.details) process.stderr.write(`  - ${visibleText(d)}\n`);
      if (hint) process.stderr.write(`${label('cli.hint', lang)}: ${visibleText(hint)}\n`);
      if (argv.includes('--debug') && err.cause !== undefined) process.stderr.write(`${err.cause instanceof Error ? (err.cause.stack ?? err.cause.message) : JSON.stringify(err.cause)}\n`);
      return err.exitCode;
    }
    if (json) process.stdout.write(`${JSON.stringify({ kode_keluar: ExitCode.INTERNAL, galat: { kode: 'GALAT_PROGRAM', pesan: String(err) } }, null, 2)}\n`);
    // SPEC: users never see a stack trace; --debug shows it for a bug report.
    const debug = argv.includes('--debug');
    process.stderr.write(`${red(label('cli.error', lang))} [GALAT_PROGRAM]: ${debug ? ((err as Error)?.stack ?? String(err)) : String(err)}\n`);
    process.stderr.write(`${label('cli.bug', lang, { debug })}\n`);
    return ExitCode.INTERNAL;
  }
}

/**
 * `KINERJA_PROFIL=1` (used by `npm run bench`): one JSON line on stderr with the time of each phase
 * the run measured (ms, summed over repeats), the parse and workbook workers started, the files
 * parsed in two halves, the process's peak RSS and its total time (runtime/profile.ts).
 */
function printProfile(): void {
  process.stderr.write(`KINERJA_PROFIL ${JSON.stringify(profileReport())}\n`);
}

/**
 * A reader that goes away (`kinerja --help | head -1`) closes our pipe: later writes fail with EPIPE.
 * Nothing more can be said there, so the error is dropped and the command ends with its own exit code
 * (0 for --help and --version) instead of an unhandled-error stack.
 */
function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
    });
  }
}

ignoreClosedPipes();
process.exitCode = await main(process.argv.slice(2));
if (profileWanted(process.env)) printProfile();

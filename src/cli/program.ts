/** The commander program: commands and options, declared from the option table. */
import { Command, Option } from 'commander';
import type { ExitCode } from '../errors.js';
import type { Lang } from '../i18n.js';
import { VERSION } from '../package-info.js';
import { demoCommand } from './commands/demo.js';
import { initCommand } from './commands/init.js';
import { jelaskanCommand } from './commands/jelaskan.js';
import { runCommand, type RunFlags } from './commands/run.js';
import { EXIT_CODES, OPTION_SPECS, type OptionCommand } from './options.js';
import { makeTerminal } from './terminal.js';

/** Flags every command has. */
interface CommonFlags {
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  lang?: Lang;
}

/** Where an action leaves its exit code. */
export interface ProgramResult {
  exitCode?: ExitCode;
}

const EXAMPLES: Record<string, { id: string; en: string }> = {
  run: {
    id: 'Contoh:\n  kinerja run --period 2026-10 --input data/oktober\n  kinerja run --period 2026-10 --input data/oktober --policy paket-daerah.yaml --format csv,json --csv-locale id',
    en: 'Examples:\n  kinerja run --period 2026-10 --input data/oktober\n  kinerja run --period 2026-10 --input data/oktober --policy regional-pack.yaml --format csv,json --csv-locale id',
  },
  validate: {
    id: 'Contoh:\n  kinerja validate --period 2026-10 --input data/oktober',
    en: 'Example:\n  kinerja validate --period 2026-10 --input data/oktober',
  },
  demo: { id: 'Contoh:\n  kinerja demo', en: 'Example:\n  kinerja demo' },
  init: {
    id: 'Contoh:\n  kinerja init data/november\n  kinerja init data/november --csv-locale id   (templat CSV dengan ; untuk Excel Indonesia)',
    en: 'Examples:\n  kinerja init data/november\n  kinerja init data/november --csv-locale id   (CSV templates with ; for Indonesian Excel)',
  },
  jelaskan: {
    id: 'Contoh:\n  kinerja jelaskan 198503172010011003 --period 2026-10 --input data/oktober\n  kinerja jelaskan 198503172010011003 --period 2026-10 --input data/oktober --json > penjelasan.json',
    en: 'Examples:\n  kinerja jelaskan 198503172010011003 --period 2026-10 --input data/oktober\n  kinerja explain 198503172010011003 --period 2026-10 --input data/oktober --lang en',
  },
};

function exitCodesText(lang: Lang): string {
  return `${lang === 'en' ? 'Exit codes' : 'Kode keluar'}:\n${EXIT_CODES.map((e) => `  ${e.code}  ${lang === 'en' ? e.en : e.id}`).join('\n')}`;
}

function addOptions(cmd: Command, command: OptionCommand, lang: Lang): void {
  for (const spec of OPTION_SPECS) {
    if (!spec.commands.includes(command)) continue;
    let description = lang === 'en' ? spec.en : spec.id;
    if (spec.shown) description += ` (${lang === 'en' ? 'default' : 'bawaan'}: ${lang === 'en' ? spec.shown.en : spec.shown.id})`;
    const option = new Option(spec.flags, description);
    if (spec.parse) option.argParser(spec.parse);
    if (spec.flags.startsWith('--period')) option.makeOptionMandatory();
    cmd.addOption(option);
  }
}

/** Builds the program; actions store their exit code in `result`. */
export function buildProgram(lang: Lang, result: ProgramResult): Command {
  const en = lang === 'en';
  const program = new Command('kinerja')
    .description(
      en
        ? 'Monthly performance appraisal and TPP of Indonesian civil servants, from attendance, SKP and behaviour exports.'
        : 'Penilaian kinerja bulanan dan TPP ASN dari ekspor presensi, capaian SKP dan perilaku kerja.',
    )
    .version(VERSION, '-V, --version', en ? 'show the version' : 'tampilkan versi')
    .helpOption('-h, --help', en ? 'show help' : 'tampilkan bantuan')
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText('after', `\n${exitCodesText(lang)}`);

  const term = (flags: CommonFlags) => makeTerminal({ lang: flags.lang ?? lang, json: flags.json, quiet: flags.quiet, verbose: flags.verbose });

  for (const command of ['run', 'validate'] as const) {
    const cmd = program
      .command(command)
      .description(
        command === 'run'
          ? en
            ? 'read, validate, compute and write every report for one period'
            : 'membaca, memeriksa, menghitung dan menulis semua laporan satu periode'
          : en
            ? 'everything run does except writing results: prints the findings and writes the validation report'
            : 'seperti run tanpa menulis hasil: menampilkan temuan dan menulis laporan validasi',
      )
      .helpOption('-h, --help', en ? 'show help' : 'tampilkan bantuan')
      .addHelpText('after', `\n${en ? EXAMPLES[command]!.en : EXAMPLES[command]!.id}\n\n${exitCodesText(lang)}`);
    addOptions(cmd, command, lang);
    cmd.action(async (flags: RunFlags & CommonFlags) => {
      result.exitCode = await runCommand(command, flags, term(flags));
    });
  }

  const jelaskan = program
    .command('jelaskan')
    .alias('explain')
    .argument('<nip>', en ? 'NIP of the employee' : 'NIP pegawai')
    .description(
      en
        ? 'print, step by step, how one employee’s results and TPP were computed; writes nothing'
        : 'menampilkan langkah demi langkah perhitungan hasil dan TPP satu pegawai; tidak menulis berkas',
    )
    .helpOption('-h, --help', en ? 'show help' : 'tampilkan bantuan')
    .addHelpText('after', `\n${en ? EXAMPLES['jelaskan']!.en : EXAMPLES['jelaskan']!.id}`);
  addOptions(jelaskan, 'jelaskan', lang);
  jelaskan.action(async (nip: string, flags: RunFlags & CommonFlags) => {
    result.exitCode = await jelaskanCommand(nip, flags, term(flags));
  });

  const init = program
    .command('init')
    .argument('[dir]', en ? 'folder to write into (default: the current folder)' : 'folder tujuan (bawaan: folder saat ini)')
    .description(
      en
        ? 'write input templates (masukan.xlsx with a sheet per input, CSV headers) and a commented copy of the rule pack'
        : 'menulis templat masukan (masukan.xlsx satu lembar per masukan, judul kolom CSV) dan salinan paket aturan berkomentar',
    )
    .helpOption('-h, --help', en ? 'show help' : 'tampilkan bantuan')
    .addOption(new Option('--force', en ? 'overwrite template files that already exist' : 'timpa berkas templat yang sudah ada'))
    .addHelpText('after', `\n${en ? EXAMPLES['init']!.en : EXAMPLES['init']!.id}\n\n${exitCodesText(lang)}`);
  addOptions(init, 'init', lang);
  init.action(async (dir: string | undefined, flags: CommonFlags & { force?: boolean; csvLocale?: 'id' | 'intl' }) => {
      result.exitCode = await initCommand(dir, flags, term(flags));
    });

  const demo = program
    .command('demo')
    .description(en ? 'run the bundled sample agency into ./hasil-demo/' : 'menjalankan contoh instansi bawaan ke ./hasil-demo/')
    .helpOption('-h, --help', en ? 'show help' : 'tampilkan bantuan')
    .addHelpText('after', `\n${en ? EXAMPLES['demo']!.en : EXAMPLES['demo']!.id}`);
  addOptions(demo, 'demo', lang);
  demo.action(async (flags: CommonFlags & { csvLocale?: 'id' | 'intl' }) => {
      result.exitCode = await demoCommand(term(flags), flags);
    });

  return program;
}

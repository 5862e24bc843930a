/** The commander program: commands and options, declared from the option table. */
import { Command, Option } from 'commander';
import type { ExitCode } from '../errors.js';
import { pick, type Lang } from '../i18n.js';
import { label } from '../reports/labels.js';
import { VERSION } from '../package-info.js';
// Commands load when their action runs: `--version` and `--help` need none of the pipeline, exceljs or zod.
import type { BandingkanFlags } from './commands/bandingkan.js';
import type { RekapFlags } from './commands/rekap.js';
import type { RunFlags } from './commands/run.js';
import type { TandaiDibayarFlags } from './commands/tandai-dibayar.js';
import { EXIT_CODES, OPTION_SPECS, parsePeriodOption, type OptionCommand } from './options.js';
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
  paket: {
    id: 'Contoh:\n  kinerja paket\n  kinerja paket tampil pekalongan > paket-aturan.yaml\n  kinerja run --period 2026-10 --input data/oktober --policy pekalongan',
    en: 'Examples:\n  kinerja rules\n  kinerja rules show pekalongan > paket-aturan.yaml\n  kinerja run --period 2026-10 --input data/oktober --policy pekalongan',
  },
  init: {
    id: 'Contoh:\n  kinerja init data/november\n  kinerja init data/november --csv-locale id   (templat CSV dengan ; untuk Excel Indonesia)',
    en: 'Examples:\n  kinerja init data/november\n  kinerja init data/november --csv-locale id   (CSV templates with ; for Indonesian Excel)',
  },
  'tandai-dibayar': {
    id: 'Contoh:\n  kinerja tandai-dibayar 2026-10\n  kinerja tandai-dibayar 2026-10 --arsip /data/kinerja/hasil --oleh "Siti (Keuangan)"',
    en: 'Examples:\n  kinerja mark-paid 2026-10\n  kinerja mark-paid 2026-10 --arsip /data/kinerja/hasil --oleh "Siti (Finance)" --lang en',
  },
  rekap: {
    id: 'Contoh:\n  kinerja rekap --tahun 2026\n  kinerja rekap --tahun 2026 --arsip hasil --penilaian penilaian_tahunan.xlsx',
    en: 'Examples:\n  kinerja recap --tahun 2026\n  kinerja recap --tahun 2026 --arsip hasil --penilaian annual_ratings.xlsx --lang en',
  },
  jelaskan: {
    id: 'Contoh:\n  kinerja jelaskan 198503172010011003 --period 2026-10 --input data/oktober\n  kinerja jelaskan 198503172010011003 --period 2026-10 --input data/oktober --json > penjelasan.json',
    en: 'Examples:\n  kinerja jelaskan 198503172010011003 --period 2026-10 --input data/oktober\n  kinerja explain 198503172010011003 --period 2026-10 --input data/oktober --lang en',
  },
  bandingkan: {
    id: 'Contoh:\n  kinerja bandingkan hasil/2026-09 hasil/2026-10\n  kinerja bandingkan hasil/2026-10 hasil/2026-10-koreksi-1 --out selisih-oktober.csv --csv-locale id --semua',
    en: 'Examples:\n  kinerja bandingkan hasil/2026-09 hasil/2026-10 --lang en\n  kinerja compare hasil/2026-10 hasil/2026-10-koreksi-1 --out october-difference.csv --json',
  },
};

function exitCodesText(lang: Lang): string {
  return `${label('help.exit_codes', lang)}:\n${EXIT_CODES.map((e) => `  ${e.code}  ${pick(e, lang)}`).join('\n')}`;
}

function addOptions(cmd: Command, command: OptionCommand, lang: Lang): void {
  for (const spec of OPTION_SPECS) {
    if (!spec.commands.includes(command)) continue;
    let description = pick(spec, lang);
    if (spec.shown) description += ` (${label('help.default', lang)}: ${pick(spec.shown, lang)})`;
    const option = new Option(spec.flags, description);
    if (spec.parse) option.argParser(spec.parse);
    if (spec.flags.startsWith('--period') || spec.flags.startsWith('--tahun')) option.makeOptionMandatory();
    cmd.addOption(option);
  }
}

/** Builds the program; actions store their exit code in `result`. */
export function buildProgram(lang: Lang, result: ProgramResult): Command {
  const help = label('help.help', lang);
  const examples = (command: keyof typeof EXAMPLES) => pick(EXAMPLES[command]!, lang);
  const program = new Command('kinerja')
    .description(label('help.program', lang))
    .version(VERSION, '-V, --version', label('help.version', lang))
    .helpOption('-h, --help', help)
    .helpCommand(false)
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText('after', `\n${exitCodesText(lang)}`);

  const term = (flags: CommonFlags) => makeTerminal({ lang: flags.lang ?? lang, json: flags.json, quiet: flags.quiet, verbose: flags.verbose });

  for (const command of ['run', 'validate'] as const) {
    const cmd = program
      .command(command)
      .description(label(command === 'run' ? 'help.run' : 'help.validate', lang))
      .helpOption('-h, --help', help)
      .addHelpText('after', `\n${examples(command)}\n\n${exitCodesText(lang)}`);
    addOptions(cmd, command, lang);
    cmd.action(async (flags: RunFlags & CommonFlags) => {
      const { runCommand } = await import('./commands/run.js');
      result.exitCode = await runCommand(command, flags, term(flags));
    });
  }

  const jelaskan = program
    .command('jelaskan')
    .alias('explain')
    .argument('<nip>', label('help.jelaskan.nip', lang))
    .description(label('help.jelaskan', lang))
    .helpOption('-h, --help', help)
    .addHelpText('after', `\n${examples('jelaskan')}`);
  addOptions(jelaskan, 'jelaskan', lang);
  jelaskan.action(async (nip: string, flags: RunFlags & CommonFlags) => {
    const { jelaskanCommand } = await import('./commands/jelaskan.js');
    result.exitCode = await jelaskanCommand(nip, flags, term(flags));
  });

  const init = program
    .command('init')
    .argument('[dir]', label('help.init.dir', lang))
    .description(label('help.init', lang))
    .helpOption('-h, --help', help)
    .addOption(new Option('--force', label('help.init.force', lang)))
    .addHelpText('after', `\n${examples('init')}\n\n${exitCodesText(lang)}`);
  addOptions(init, 'init', lang);
  init.action(async (dir: string | undefined, flags: CommonFlags & { force?: boolean; csvLocale?: 'id' | 'intl' }) => {
    const { initCommand } = await import('./commands/init.js');
    result.exitCode = await initCommand(dir, flags, term(flags));
  });

  const demo = program
    .command('demo')
    .description(label('help.demo', lang))
    .helpOption('-h, --help', help)
    .addHelpText('after', `\n${examples('demo')}`);
  addOptions(demo, 'demo', lang);
  demo.action(async (flags: CommonFlags & { csvLocale?: 'id' | 'intl' }) => {
    const { demoCommand } = await import('./commands/demo.js');
    result.exitCode = await demoCommand(term(flags), flags);
  });

  const paket = program
    .command('paket')
    .alias('rules')
    .description(label('help.paket', lang))
    .helpOption('-h, --help', help)
    .helpCommand(false)
    .addHelpText('after', `\n${examples('paket')}\n\n${exitCodesText(lang)}`);
  addOptions(paket, 'paket', lang);
  paket.action(async (flags: CommonFlags) => {
    const { paketListCommand } = await import('./commands/paket.js');
    result.exitCode = await paketListCommand(term(flags));
  });
  const tampil = paket
    .command('tampil')
    .alias('show')
    .argument('<nama>', label('help.paket.nama', lang))
    .description(label('help.paket.tampil', lang))
    .helpOption('-h, --help', help)
    .addHelpText('after', `\n${examples('paket')}`);
  addOptions(tampil, 'paket', lang);
  // `kinerja paket tampil x --json`: commander gives an option both commands know to the parent.
  tampil.action(async (nama: string, _flags: CommonFlags, cmd: Command) => {
    const { paketTampilCommand } = await import('./commands/paket.js');
    result.exitCode = await paketTampilCommand(nama, term(cmd.optsWithGlobals<CommonFlags>()));
  });

  const tandai = program
    .command('tandai-dibayar')
    .alias('mark-paid')
    .argument('<periode>', label('help.tandai_dibayar.periode', lang), parsePeriodOption)
    .description(label('help.tandai_dibayar', lang))
    .helpOption('-h, --help', help)
    .addHelpText('after', `\n${examples('tandai-dibayar')}\n\n${exitCodesText(lang)}`);
  addOptions(tandai, 'tandai-dibayar', lang);
  tandai.action(async (period: ReturnType<typeof parsePeriodOption>, flags: CommonFlags & TandaiDibayarFlags) => {
    const { tandaiDibayarCommand } = await import('./commands/tandai-dibayar.js');
    result.exitCode = await tandaiDibayarCommand(period, flags, term(flags));
  });

  const bandingkan = program
    .command('bandingkan')
    .alias('compare')
    .argument('<folder-a>', label('help.bandingkan.a', lang))
    .argument('<folder-b>', label('help.bandingkan.b', lang))
    .description(label('help.bandingkan', lang))
    .helpOption('-h, --help', help)
    .addHelpText('after', `\n${examples('bandingkan')}\n\n${exitCodesText(lang)}`);
  addOptions(bandingkan, 'bandingkan', lang);
  bandingkan.action(async (folderA: string, folderB: string, flags: BandingkanFlags & CommonFlags) => {
    const { bandingkanCommand } = await import('./commands/bandingkan.js');
    result.exitCode = await bandingkanCommand(folderA, folderB, flags, term(flags));
  });

  const rekap = program
    .command('rekap')
    .alias('recap')
    .description(label('help.rekap', lang))
    .helpOption('-h, --help', help)
    .addHelpText('after', `\n${examples('rekap')}\n\n${exitCodesText(lang)}`);
  addOptions(rekap, 'rekap', lang);
  rekap.action(async (flags: RekapFlags & CommonFlags) => {
    const { rekapCommand } = await import('./commands/rekap.js');
    result.exitCode = await rekapCommand(flags, term(flags));
  });

  return program;
}

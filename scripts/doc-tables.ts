/**
 * The reference tables of README.md and docs/, rendered from the same sources as `--help` and
 * `findings.ts` (STYLE habit 6). Not part of the product: it lives outside `src/`, so the build
 * does not ship it. `test/readme.test.ts` checks each file contains its tables verbatim;
 * `node scripts/print-readme-tables.mjs --write` puts them in place.
 */
import { EXIT_CODES, OPTION_SPECS } from '../src/cli/options.js';
import { FINDING_CODES, type FindingCode } from '../src/findings.js';
import { CAPAIAN_FIELDS } from '../src/inputs/capaian.js';
import type { FieldSpecs } from '../src/inputs/header-map.js';
import { HUKDIS_FIELDS } from '../src/inputs/hukdis.js';
import { JADWAL_FIELDS } from '../src/inputs/jadwal.js';
import { LIBUR_FIELDS } from '../src/inputs/libur.js';
import { MUTASI_FIELDS } from '../src/inputs/mutasi.js';
import { AKTIVITAS_FIELDS } from '../src/inputs/aktivitas.js';
import { PEGAWAI_FIELDS } from '../src/inputs/pegawai.js';
import { PENILAIAN_FIELDS } from '../src/inputs/penilaian.js';
import { PLT_FIELDS } from '../src/inputs/plt.js';
import { LONG_FIELDS, WIDE_FIELDS } from '../src/inputs/perilaku.js';
import { DAILY_FIELDS, PUNCH_FIELDS, summaryFields } from '../src/inputs/presensi.js';
import { UNIT_FIELDS } from '../src/inputs/unit.js';
import { INPUT_NAMES, type RulePack } from '../src/rules/rule-pack-schema.js';

/** Escapes a table cell's pipes. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The commands of the monthly run, whose options the README lists; the after-the-run commands' options are in docs/keuangan.md. */
const MONTH_COMMANDS: readonly string[] = ['run', 'validate', 'jelaskan', 'init', 'demo', 'paket'];

/** Markdown table of the options of the month's commands (`month`) or of the after-the-run commands. */
function optionsTable(month: boolean): string {
  const ours = (commands: readonly string[]) => commands.filter((c) => MONTH_COMMANDS.includes(c) === month);
  // The per-input file flags share one row (each input's own line is in docs/masukan.md).
  const inputName = (flags: string) => /^--([a-z]+) <file>$/.exec(flags)?.[1];
  const isInputFlag = (flags: string) => (INPUT_NAMES as readonly string[]).includes(inputName(flags) ?? '');
  const inputFlags = OPTION_SPECS.filter((o) => isInputFlag(o.flags));
  const inputRow = `| \`--<masukan> <file>\` | berkas satu masukan, mengganti pencarian menurut nama (boleh diulang untuk masukan berkas ganda): ${inputFlags.map((o) => `\`--${inputName(o.flags)}\``).join(', ')} / an input's file, overriding discovery by name (repeatable for multi-file inputs) | — | ${ours(inputFlags[0]!.commands).join(', ')} |`;
  const rows = OPTION_SPECS.filter((o) => ours(o.commands).length > 0).flatMap((o) =>
    isInputFlag(o.flags)
      ? o === inputFlags[0] ? [inputRow] : []
      : [`| \`${cell(o.flags)}\` | ${cell(o.id)} / ${cell(o.en)} | ${o.shown ? cell(o.shown.id) : '—'} | ${ours(o.commands).join(', ')} |`],
  );
  const header = month ? '| opsi | arti / meaning | bawaan / default | perintah |' : '| opsi | arti / meaning | bawaan / default | perintah akhir bulan |';
  return [header, '|---|---|---|---|', ...rows].join('\n');
}

/** Markdown table of exit codes. */
function exitCodesTable(): string {
  return ['| kode | arti | meaning |', '|---|---|---|', ...EXIT_CODES.map((e) => `| ${e.code} | ${cell(e.id)} | ${cell(e.en)} |`)].join('\n');
}

/** Markdown table of every finding code with its level and meaning. */
function findingCodesTable(): string {
  const rows = (Object.keys(FINDING_CODES) as FindingCode[])
    .sort()
    .map((code) => {
      const def = FINDING_CODES[code];
      const level = (def as { stops?: boolean }).stops ? 'error (berhenti / stops)' : def.level;
      return `| \`${code}\` | ${level} | ${cell(def.about.id)} | ${cell(def.about.en)} |`;
    });
  return ['| kode | tingkat | arti | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

/** Markdown table of the finding codes that stop a run (exit 2, only the validation report written). */
function stopCodesTable(): string {
  const rows = (Object.keys(FINDING_CODES) as FindingCode[])
    .filter((code) => (FINDING_CODES[code] as { stops?: boolean }).stops)
    .sort()
    .map((code) => `| \`${code}\` | ${cell(FINDING_CODES[code].about.id)} | ${cell(FINDING_CODES[code].about.en)} |`);
  return ['| kode (berhenti) | arti | meaning |', '|---|---|---|', ...rows].join('\n');
}

/** Markdown table of every input shape's columns and header aliases (priority order). */
function inputColumnsTable(pack: RulePack): string {
  const shapes: [string, FieldSpecs<string>][] = [
    ['pegawai', PEGAWAI_FIELDS],
    ['presensi (log harian / daily log)', DAILY_FIELDS],
    ['presensi (log mesin / punch log)', PUNCH_FIELDS],
    ['presensi (rekap bulanan / monthly summary)', summaryFields(pack)],
    ['capaian', CAPAIAN_FIELDS],
    ['perilaku (lebar / wide)', WIDE_FIELDS],
    ['perilaku (panjang / long)', LONG_FIELDS],
    ['unit', UNIT_FIELDS],
    ['hukdis', HUKDIS_FIELDS],
    ['libur', LIBUR_FIELDS],
    ['mutasi', MUTASI_FIELDS],
    ['penilaian', PENILAIAN_FIELDS],
    ['plt', PLT_FIELDS],
    ['jadwal', JADWAL_FIELDS],
    ['aktivitas', AKTIVITAS_FIELDS],
  ];
  const rows = shapes.flatMap(([name, specs]) =>
    Object.entries(specs).map(([field, spec]) => `| ${name} | \`${field}\`${spec.required ? ' *' : ''} | ${spec.aliases.map((a) => `\`${a}\``).join(', ')} |`),
  );
  return ['| masukan / input | kolom / field | judul kolom yang dikenali / accepted headers |', '|---|---|---|', ...rows].join('\n');
}

/** A generated table and the file (relative to the repository root) it lives in. */
export interface DocTable {
  name: string;
  file: string;
  render: (pack: RulePack) => string;
}

/** Every generated table, where it lives. The `bawaan` pack gives the monthly-summary band columns. */
export const DOC_TABLES: readonly DocTable[] = [
  { name: 'options', file: 'README.md', render: () => optionsTable(true) },
  { name: 'options-keuangan', file: 'docs/keuangan.md', render: () => optionsTable(false) },
  { name: 'exit', file: 'README.md', render: () => exitCodesTable() },
  { name: 'inputs', file: 'docs/masukan.md', render: (pack) => inputColumnsTable(pack) },
  { name: 'findings', file: 'docs/temuan.md', render: () => findingCodesTable() },
  { name: 'stops', file: 'docs/temuan.md', render: () => stopCodesTable() },
];

/** `kinerja tandai-dibayar <periode>` (`mark-paid`): marks a period's latest results folder as paid. */
import { userInfo } from 'node:os';
import { relative } from 'node:path';
import { ExitCode, KinerjaError } from '../../errors.js';
import { pick } from '../../i18n.js';
import { markPaid } from '../../mark-paid.js';
import type { Period } from '../../model/domain.js';
import { VERSION } from '../../package-info.js';
import { label } from '../../reports/labels.js';
import { formatRupiah, type Terminal } from '../terminal.js';
import { visibleText } from '../visible-text.js';

/** Options as commander parses them. */
export interface TandaiDibayarFlags {
  arsip?: string;
  oleh?: string;
}

/** The system user name, the default of --oleh; undefined when the system has none to give. */
function systemUser(): string | undefined {
  try {
    const name = userInfo().username.trim();
    return name === '' ? undefined : name;
  } catch {
    return undefined;
  }
}

/** Marks the period paid; returns the exit code. */
export async function tandaiDibayarCommand(period: Period, flags: TandaiDibayarFlags, term: Terminal): Promise<ExitCode> {
  const oleh = flags.oleh ?? systemUser();
  if (oleh === undefined) {
    throw new KinerjaError(
      'OLEH_TIDAK_DIKETAHUI',
      { id: 'Nama pengguna sistem tidak dapat dibaca untuk mencatat siapa yang menandai.', en: 'The system user name cannot be read to record who marked the results.' },
      { id: 'Sebutkan nama Anda dengan --oleh NAMA.', en: 'Give your name with --oleh NAME.' },
    );
  }
  const outcome = await markPaid({ arsip: flags.arsip ?? 'hasil', period, oleh, version: VERSION, now: () => new Date() });
  const { record } = outcome;
  // Marked, but something must be done about another folder: said even with --quiet or --json (stderr).
  for (const warning of outcome.warnings) term.line(`${term.color.yellow(label('summary.level.peringatan', term.lang))} ${pick(warning, term.lang)}`);
  if (term.json) {
    const rapel = record.total['rapel'];
    // With arrears: what was transferred (netto + rapel), beside the month's netto in total.
    term.json_out({
      ...record,
      ...(rapel !== undefined ? { jumlah_transfer: (record.total['netto'] ?? 0) + rapel } : {}),
      lokasi: outcome.dir,
      ...(outcome.warnings.length > 0 ? { peringatan: outcome.warnings.map((w) => pick(w, term.lang)) } : {}),
    });
    return ExitCode.OK;
  }
  const rel = relative(process.cwd(), outcome.dir);
  const folder = visibleText(rel === '' || rel.startsWith('..') ? outcome.dir : rel);
  if (term.quiet) {
    term.line(`kinerja tandai-dibayar ${record.periode}: ${label('tandai.done', term.lang, { folder })}`);
    return ExitCode.OK;
  }
  for (const note of outcome.notes) term.line(term.color.cyan(`INFO ${pick(note, term.lang)}`));
  const t = (n: number | undefined) => formatRupiah(n ?? 0, term.lang);
  // A month that pays arrears transfers netto + rapel: that is what was paid, shown beside the month's netto.
  const rapel = record.total['rapel'];
  const monthRows: [string, string][] =
    rapel === undefined
      ? [
          [label('summary.tpp_bruto', term.lang), t(record.total['bruto'])],
          [label('summary.tpp_netto', term.lang), term.color.bold(t(record.total['netto']))],
        ]
      : [
          [label('summary.tpp_bruto', term.lang), t(record.total['bruto'])],
          [label('summary.tpp_netto', term.lang), t(record.total['netto'])],
          [label('summary.rapel', term.lang), t(rapel)],
          [label('tandai.transfer', term.lang), term.color.bold(t((record.total['netto'] ?? 0) + rapel))],
        ];
  const rows: [string, string][] = [
    [label('tandai.oleh', term.lang), `${visibleText(oleh)}${flags.oleh === undefined ? ` ${label('tandai.oleh_bawaan', term.lang)}` : ''}`],
    [label('tandai.pada', term.lang), record.dibayar_pada],
    // A correction pays (or recovers) its differences only: its whole-month netto is not what is paid now.
    ...(outcome.selisih
      ? ([
          [label('selisih.kekurangan_bayar', term.lang), term.color.bold(t(outcome.selisih.kekurangan_bayar))],
          [label('selisih.kelebihan_bayar', term.lang), term.color.bold(t(outcome.selisih.kelebihan_bayar))],
        ] as [string, string][])
      : monthRows),
    [label('tandai.berkas', term.lang), label('tandai.berkas_n', term.lang, { n: record.berkas.length })],
  ];
  term.line(term.color.bold(label('tandai.done', term.lang, { folder })));
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) term.line(`  ${k.padEnd(width)}  ${v}`);
  term.line(label('tandai.next', term.lang));
  return ExitCode.OK;
}

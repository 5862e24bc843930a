/** The human summary of a run on stderr: findings grouped by code, then the totals table. */
import { relative } from 'node:path';
import { findingMessage, stopsRun, type Finding, type Level } from '../findings.js';
import { visibleText } from './visible-text.js';
import { pick, type Lang } from '../i18n.js';
import type { RunOutcome } from '../pipeline.js';
import { label, labelsFor } from '../reports/labels.js';
import { formatCount, formatRupiah, type Terminal } from './terminal.js';

const EXAMPLES = 3;

/** Where a finding is, for people: `berkas › baris N › kolom` (`row N` in English). */
export function findingPlace(f: Finding, lang: Lang): string {
  return visibleText(placeOf(f, lang));
}

function placeOf(f: Finding, lang: Lang): string {
  const row = f.row !== undefined ? label('place.row', lang, { row: f.row }) : '';
  return [f.file, row, f.column ?? ''].filter((s) => s !== '').join(' › ');
}

/** Prints what stopped the run: every stopping finding in full, with its way out. */
function printStops(term: Terminal, findings: readonly Finding[]): void {
  const stops = findings.filter((f) => stopsRun(f.code));
  if (stops.length === 0) return;
  const c = term.color;
  term.line(c.red.bold(label('summary.stopped.head', term.lang)));
  for (const f of stops) {
    const place = findingPlace(f, term.lang);
    term.line(`${c.red.bold('STOP')} ${c.bold(f.code)}${place ? c.dim(` ${place}`) : ''}`);
    term.line(`    ${visibleText(findingMessage(f, term.lang))}`);
  }
  term.line();
}

/** Prints the employees held, first, since their pay waits on a fix. */
function printHeld(term: Terminal, outcome: RunOutcome): void {
  const held = outcome.results?.employees.filter((e) => e.tpp.statusBayar === 'ditahan') ?? [];
  if (held.length === 0 || outcome.stopped) return;
  const c = term.color;
  term.line(c.yellow.bold(label('summary.held.head', term.lang, { n: held.length })));
  for (const e of held.slice(0, 10)) term.line(`  ${visibleText(`${e.pegawai.nip} ${e.pegawai.nama}`)} ${c.dim(`(${e.keterangan.join('; ')})`)}`);
  if (held.length > 10) term.line(c.dim(`  … ${label('summary.held.more', term.lang, { n: formatCount(held.length - 10, term.lang) })}`));
  term.line();
}

/** Prints the files of the input folder that were not read. */
function printUnused(term: Terminal, outcome: RunOutcome): void {
  if (outcome.unused.length === 0) return;
  term.line(term.color.bold(label('summary.unused.head', term.lang)));
  for (const u of outcome.unused) term.line(`  ${visibleText(`${u.name} — ${pick(u.reason, term.lang)}`)}`);
  term.line();
}

/** Prints findings grouped by code: count, then the first few with place and message. */
function printFindings(term: Terminal, findings: readonly Finding[]): void {
  const c = term.color;
  const levels: Level[] = term.verbose ? ['error', 'peringatan', 'info'] : ['error', 'peringatan'];
  const t = labelsFor(term.lang);
  for (const level of levels) {
    const own = findings.filter((f) => f.level === level && !stopsRun(f.code));
    const byCode = new Map<string, Finding[]>();
    for (const f of own) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
    for (const [code, list] of byCode) {
      const rows = list.reduce((s, f) => s + f.count, 0);
      const tag = level === 'error' ? c.red.bold(t('summary.level.error')) : level === 'peringatan' ? c.yellow(t('summary.level.peringatan')) : c.cyan(t('summary.level.info'));
      term.line(`${tag} ${c.bold(code)} — ${t('summary.findings.count', { findings: formatCount(list.length, term.lang), rows: formatCount(rows, term.lang) })}`);
      for (const f of list.slice(0, EXAMPLES)) {
        const place = findingPlace(f, term.lang);
        term.line(`  ${c.dim(place || (f.nip ? `NIP ${f.nip}` : t('place.run')))}${place && f.nip ? c.dim(` (NIP ${f.nip})`) : ''}`);
        term.line(`    ${visibleText(findingMessage(f, term.lang))}`);
      }
      if (list.length > EXAMPLES) term.line(c.dim(`  … ${t('summary.findings.more', { n: formatCount(list.length - EXAMPLES, term.lang) })}`));
    }
  }
}

function table(term: Terminal, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) term.line(`  ${k.padEnd(width)}  ${v}`);
}

/** Prints the closing summary of `run` / `validate`. */
export function printSummary(term: Terminal, outcome: RunOutcome, command: 'run' | 'validate'): void {
  const t = labelsFor(term.lang);
  const c = term.color;
  const r = outcome.ringkasan;
  if (term.quiet) {
    // One line for cron mails: what happened and where; a stop or a hold comes first.
    const head = outcome.stopped ? t('summary.quiet.stopped') : r.jumlah.ditahan > 0 ? t('summary.quiet.held', { n: r.jumlah.ditahan }) : t('summary.quiet.ok');
    const counts = t('summary.quiet.counts', { exit: r.kode_keluar, error: r.jumlah.error, paid: r.jumlah.dibayar, held: r.jumlah.ditahan, nil: r.jumlah.nihil });
    const koreksi = r.selisih && r.koreksi ? `; ${t('summary.quiet.koreksi', { nomor: r.koreksi.nomor, bersih: formatRupiah(r.selisih.bersih, term.lang) })}` : '';
    term.line(`kinerja ${command} ${r.periode}: ${head}; ${counts}${koreksi} → ${outcome.outDir}`);
    return;
  }
  printStops(term, outcome.findings);
  printHeld(term, outcome);
  printUnused(term, outcome);
  printFindings(term, outcome.findings);
  for (const note of outcome.notes) term.line(c.cyan(`INFO ${pick(note, term.lang)}`));
  term.line();
  term.line(c.bold(t('summary.title', { command, periode: r.periode, nama: r.paket_aturan.nama, versi: r.paket_aturan.versi, ...(r.paket_aturan.sumber.replace(/\.(ya?ml|json)$/i, '') !== r.paket_aturan.nama ? { sumber: r.paket_aturan.sumber } : {}) })));
  const rows: [string, string][] = [
    [t('summary.pegawai'), formatCount(r.jumlah.pegawai, term.lang)],
    [t('summary.dibayar'), formatCount(r.jumlah.dibayar, term.lang)],
    [t('summary.ditahan'), formatCount(r.jumlah.ditahan, term.lang)],
    [t('summary.nihil'), formatCount(r.jumlah.nihil, term.lang)],
    [t('summary.error'), r.jumlah.error > 0 ? c.red(formatCount(r.jumlah.error, term.lang)) : '0'],
    [t('summary.peringatan'), formatCount(r.jumlah.peringatan, term.lang)],
  ];
  // What this month holds beyond plain days, only when it does (so a plain month reads as before).
  const employees = outcome.wroteResults ? (outcome.results?.employees ?? []) : [];
  const special: [string, typeof employees][] = [
    [t('summary.segmen'), employees.filter((e) => e.segmen)],
    [t('summary.bayar_sebagian'), employees.filter((e) => !e.potonganHariBayar.isZero())],
    [t('summary.plt'), employees.filter((e) => e.tpp.tppPlt > 0)],
    [t('summary.shift'), employees.filter((e) => e.shift)],
  ];
  for (const [name, list] of special) {
    if (list.length === 0) continue;
    const nips = list.slice(0, 3).map((e) => visibleText(e.pegawai.nip)).join(', ') + (list.length > 3 ? ', …' : '');
    rows.push([name, t('summary.of_employees', { n: formatCount(list.length, term.lang), nips })]);
  }
  if (command === 'run' && outcome.wroteResults) {
    rows.push([t('summary.tpp_bruto'), formatRupiah(r.total.bruto, term.lang)]);
    rows.push([t('summary.tpp_netto'), c.bold(formatRupiah(r.total.netto, term.lang))]);
    // Per-bank totals: what each transfer file must add up to when it is uploaded.
    (r.bank ?? []).forEach((b, i) => {
      rows.push([i === 0 ? t('summary.bank.head') : '', visibleText(t('summary.bank', { nama: b.nama, berkas: b.berkas, n: formatCount(b.pegawai, term.lang), jumlah: formatRupiah(b.jumlah, term.lang) }))]);
    });
    if (r.total.rapel !== undefined) rows.push([t('summary.rapel'), formatRupiah(r.total.rapel, term.lang)]);
  }
  // A correction: what was paid, what is due now, and the difference finance settles (selisih.csv).
  if (r.koreksi) rows.push([t('koreksi.label'), t('koreksi.of', r.koreksi)]);
  if (r.selisih) {
    const money = (n: number) => formatRupiah(n, term.lang);
    rows.push([t('selisih.netto_dibayar'), money(r.selisih.netto_dibayar)]);
    rows.push([t('selisih.netto_baru'), money(r.selisih.netto_baru)]);
    rows.push([t('selisih.kekurangan_bayar'), money(r.selisih.kekurangan_bayar)]);
    rows.push([t('selisih.kelebihan_bayar'), money(r.selisih.kelebihan_bayar)]);
    rows.push([t('selisih.bersih'), c.bold(money(r.selisih.bersih))]);
    rows.push([t('selisih.pegawai_berubah'), formatCount(r.selisih.pegawai_berubah, term.lang)]);
    if (r.selisih.pegawai_belum_pasti > 0) rows.push([t('selisih.belum_pasti'), c.yellow(t('selisih.belum_pasti.value', { n: formatCount(r.selisih.pegawai_belum_pasti, term.lang) }))]);
  }
  const rel = relative(process.cwd(), outcome.outDir);
  const dir = rel === '' ? '.' : rel.startsWith('..') ? outcome.outDir : rel;
  rows.push([t('summary.keluaran'), `${dir}/ (${outcome.files.join(', ')})`]);
  table(term, rows);
  const apart = command === 'run' && outcome.wroteResults ? r.tanpa_rekening : undefined;
  if (apart !== undefined && apart.pegawai > 0) {
    const nips = apart.nip.slice(0, 3).map((n) => visibleText(n)).join(', ') + (apart.nip.length > 3 ? ', …' : '');
    term.line(c.yellow(t('summary.tanpa_rekening', { n: formatCount(apart.pegawai, term.lang), jumlah: formatRupiah(apart.jumlah, term.lang), nips })));
  }
  if (outcome.stopped) {
    term.line(c.red(t('summary.end.stopped')));
  } else if (command === 'run' && !outcome.wroteResults) {
    term.line(c.red(t('summary.end.strict')));
  } else if (r.jumlah.ditahan > 0) {
    term.line(c.yellow(t('summary.end.held', { n: r.jumlah.ditahan })));
  }
}

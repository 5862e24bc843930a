/** The human summary of a run on stderr: findings grouped by code, then the totals table. */
import { relative } from 'node:path';
import { findingMessage, stopsRun, type Finding, type Level } from '../findings.js';
import { visibleText } from './visible-text.js';
import type { Lang } from '../i18n.js';
import type { RunOutcome } from '../pipeline.js';
import { formatCount, formatRupiah, type Terminal } from './terminal.js';

const EXAMPLES = 3;

/** Where a finding is, for people: `berkas › baris N › kolom` (`row N` in English). */
export function findingPlace(f: Finding, lang: Lang): string {
  return visibleText(placeOf(f, lang));
}

function placeOf(f: Finding, lang: Lang): string {
  const row = f.row !== undefined ? `${lang === 'en' ? 'row' : 'baris'} ${f.row}` : '';
  return [f.file, row, f.column ?? ''].filter((s) => s !== '').join(' › ');
}

/** Prints what stopped the run: every stopping finding in full, with its way out. */
function printStops(term: Terminal, findings: readonly Finding[]): void {
  const stops = findings.filter((f) => stopsRun(f.code));
  if (stops.length === 0) return;
  const c = term.color;
  const en = term.lang === 'en';
  term.line(c.red.bold(en ? 'RUN STOPPED — nothing was paid. Resolve these and run again:' : 'PROSES DIHENTIKAN — tidak ada yang dibayar. Selesaikan ini lalu jalankan lagi:'));
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
  const en = term.lang === 'en';
  term.line(c.yellow.bold(en ? `HELD — ${held.length} employee(s) not paid until their data is fixed:` : `DITAHAN — ${held.length} pegawai tidak dibayar sampai datanya diperbaiki:`));
  for (const e of held.slice(0, 10)) term.line(`  ${visibleText(`${e.pegawai.nip} ${e.pegawai.nama}`)} ${c.dim(`(${e.keterangan.join('; ')})`)}`);
  if (held.length > 10) term.line(c.dim(`  … ${en ? 'and' : 'dan'} ${formatCount(held.length - 10, term.lang)} ${en ? 'more in pegawai.csv' : 'lainnya di pegawai.csv'}`));
  term.line();
}

/** Prints the files of the input folder that were not read. */
function printUnused(term: Terminal, outcome: RunOutcome): void {
  if (outcome.unused.length === 0) return;
  const en = term.lang === 'en';
  term.line(term.color.bold(en ? 'Files in the input folder not used:' : 'Berkas di folder masukan yang tidak dipakai:'));
  for (const u of outcome.unused) term.line(`  ${visibleText(`${u.name} — ${en ? u.reason.en : u.reason.id}`)}`);
  term.line();
}

/** Prints findings grouped by code: count, then the first few with place and message. */
export function printFindings(term: Terminal, findings: readonly Finding[]): void {
  const c = term.color;
  const levels: Level[] = term.verbose ? ['error', 'peringatan', 'info'] : ['error', 'peringatan'];
  const en = term.lang === 'en';
  for (const level of levels) {
    const own = findings.filter((f) => f.level === level && !stopsRun(f.code));
    const byCode = new Map<string, Finding[]>();
    for (const f of own) byCode.set(f.code, [...(byCode.get(f.code) ?? []), f]);
    for (const [code, list] of byCode) {
      const rows = list.reduce((s, f) => s + f.count, 0);
      const tag = level === 'error' ? c.red.bold(en ? 'ERROR' : 'ERROR') : level === 'peringatan' ? c.yellow(en ? 'WARNING' : 'PERINGATAN') : c.cyan('INFO');
      term.line(`${tag} ${c.bold(code)} — ${formatCount(list.length, term.lang)} ${en ? 'finding(s)' : 'temuan'}, ${formatCount(rows, term.lang)} ${en ? 'row(s)' : 'baris'}`);
      for (const f of list.slice(0, EXAMPLES)) {
        const place = findingPlace(f, term.lang);
        term.line(`  ${c.dim(place || (f.nip ? `NIP ${f.nip}` : '-'))}${place && f.nip ? c.dim(` (NIP ${f.nip})`) : ''}`);
        term.line(`    ${visibleText(findingMessage(f, term.lang))}`);
      }
      if (list.length > EXAMPLES) term.line(c.dim(`  … ${en ? 'and' : 'dan'} ${formatCount(list.length - EXAMPLES, term.lang)} ${en ? 'more in validasi.csv' : 'lainnya di validasi.csv'}`));
    }
  }
}

function table(term: Terminal, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) term.line(`  ${k.padEnd(width)}  ${v}`);
}

/** Prints the closing summary of `run` / `validate`. */
export function printSummary(term: Terminal, outcome: RunOutcome, command: 'run' | 'validate'): void {
  const en = term.lang === 'en';
  const c = term.color;
  const r = outcome.ringkasan;
  if (term.quiet) {
    // One line for cron mails: what happened and where; a stop or a hold comes first.
    const head = outcome.stopped
      ? en ? 'STOPPED, nothing paid' : 'DIHENTIKAN, tidak ada yang dibayar'
      : r.jumlah.ditahan > 0 ? (en ? `${r.jumlah.ditahan} HELD` : `${r.jumlah.ditahan} DITAHAN`) : en ? 'ok' : 'selesai';
    term.line(`kinerja ${command} ${r.periode}: ${head}; ${en ? 'exit' : 'kode'} ${r.kode_keluar}, ${r.jumlah.error} error, ${r.jumlah.dibayar} ${en ? 'paid' : 'dibayar'}, ${r.jumlah.ditahan} ${en ? 'held' : 'ditahan'}, ${r.jumlah.nihil} ${en ? 'nil' : 'nihil'} → ${outcome.outDir}`);
    return;
  }
  printStops(term, outcome.findings);
  printHeld(term, outcome);
  printUnused(term, outcome);
  printFindings(term, outcome.findings);
  for (const note of outcome.notes) term.line(c.cyan(`INFO ${en ? note.en : note.id}`));
  term.line();
  term.line(c.bold(`kinerja ${command} — ${en ? 'period' : 'periode'} ${r.periode} — ${en ? 'rule pack' : 'paket aturan'} ${r.paket_aturan.nama} ${r.paket_aturan.versi}`));
  const rows: [string, string][] = [
    [en ? 'Employees' : 'Pegawai', formatCount(r.jumlah.pegawai, term.lang)],
    [en ? 'Paid' : 'Dibayar', formatCount(r.jumlah.dibayar, term.lang)],
    [en ? 'Held' : 'Ditahan', formatCount(r.jumlah.ditahan, term.lang)],
    [en ? 'Nil' : 'Nihil', formatCount(r.jumlah.nihil, term.lang)],
    [en ? 'Errors' : 'Error', r.jumlah.error > 0 ? c.red(formatCount(r.jumlah.error, term.lang)) : '0'],
    [en ? 'Warnings' : 'Peringatan', formatCount(r.jumlah.peringatan, term.lang)],
  ];
  if (command === 'run' && outcome.wroteResults) {
    rows.push([en ? 'Gross TPP' : 'TPP bruto', formatRupiah(r.total.bruto, term.lang)]);
    rows.push([en ? 'Net TPP' : 'TPP netto', c.bold(formatRupiah(r.total.netto, term.lang))]);
  }
  const rel = relative(process.cwd(), outcome.outDir);
  const dir = rel === '' ? '.' : rel.startsWith('..') ? outcome.outDir : rel;
  rows.push([en ? 'Output' : 'Keluaran', `${dir}/ (${outcome.files.join(', ')})`]);
  table(term, rows);
  if (outcome.stopped) {
    term.line(c.red(en ? 'Run stopped (exit 2): nothing was paid; only the validation report was written. See the STOP lines at the top.' : 'Proses dihentikan (kode 2): tidak ada yang dibayar; hanya laporan validasi yang ditulis. Lihat baris STOP di atas.'));
  } else if (command === 'run' && !outcome.wroteResults) {
    term.line(c.red(en ? 'Results were not written (--strict and errors found): only the validation report.' : 'Hasil tidak ditulis (--strict dan ada error): hanya laporan validasi.'));
  } else if (r.jumlah.ditahan > 0) {
    term.line(c.yellow(en ? `${r.jumlah.ditahan} employee(s) held: fix their errors (see validasi.csv) and run again.` : `${r.jumlah.ditahan} pegawai ditahan: perbaiki error-nya (lihat validasi.csv) lalu jalankan lagi.`));
  }
}

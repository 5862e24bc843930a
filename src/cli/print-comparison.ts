/** `kinerja bandingkan` for people: both folders, the totals, and the largest changes with their reasons in words. */
import { reasonColumns, type EmployeeChange, type ResultsComparison } from '../archive/compare-results.js';
import type { ArchivedEmployee } from '../archive/read-results.js';
import type { Lang } from '../i18n.js';
import { labelsFor } from '../reports/labels.js';
import { formatCount, formatRupiah, type Terminal } from './terminal.js';
import { visibleText } from './visible-text.js';

/** Columns of pegawai.csv that hold whole rupiah. */
const MONEY_COLUMNS = new Set(['tpp_pagu', 'tpp_plt', 'potongan_hukdis', 'pph21', 'pph21_ditanggung', 'bpjs_pegawai', 'rapel']);

/** Amount with its sign, for differences: `+Rp 1.000`, `-Rp 1.000`, `Rp 0`. */
function formatSelisih(amount: number, lang: Lang): string {
  if (amount === 0) return formatRupiah(0, lang);
  return `${amount > 0 ? '+' : '-'}${formatRupiah(Math.abs(amount), lang)}`;
}

function formatValue(column: string, value: string, lang: Lang): string {
  if (value === '') return '—';
  if (MONEY_COLUMNS.has(column) && /^-?\d+$/.test(value)) return formatRupiah(Number(value), lang);
  // pegawai.csv keeps decimals with a point; Indonesian readers expect a comma.
  if (lang === 'id' && /^-?\d+\.\d+$/.test(value)) return value.replace('.', ',');
  return value;
}

/** The reasons of one change in words, with the values that changed (`predikat BAIK → BUTUH_PERBAIKAN`). Text from the files is not yet made visible. */
export function describeChange(change: EmployeeChange, a: ArchivedEmployee | undefined, b: ArchivedEmployee | undefined, lang: Lang): string[] {
  const t = labelsFor(lang);
  return change.alasan.map((reason) => {
    const changed = a === undefined || b === undefined ? [] : reasonColumns(reason).filter((c) => (a.fields[c] ?? '') !== (b.fields[c] ?? ''));
    if (changed.length === 0) return t('bandingkan.reason', { alasan: reason });
    return changed.map((c) => `${t('bandingkan.field', { kolom: c })} ${formatValue(c, a!.fields[c] ?? '', lang)} → ${formatValue(c, b!.fields[c] ?? '', lang)}`).join(', ');
  });
}

/** One compared folder as the heading names it. */
export interface ComparedFolder {
  /** As the user gave it. */
  shown: string;
  periode: string;
  paket: string;
  paid?: { pada: string; oleh: string };
}

/** How many changes the terminal lists without `--semua`. */
const TOP_CHANGES = 20;

function table(term: Terminal, rows: [string, string][]): void {
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) term.line(`  ${k.padEnd(width)}  ${v}`);
}

/** Prints the comparison on stderr. */
export function printComparison(
  term: Terminal,
  view: { a: ComparedFolder; b: ComparedFolder; comparison: ResultsComparison; samePack: boolean; all: boolean; file: string; employees: (nip: string) => [ArchivedEmployee | undefined, ArchivedEmployee | undefined] },
): void {
  const t = labelsFor(term.lang);
  const c = term.color;
  const { totals, changes } = view.comparison;
  const rp = (n: number) => formatRupiah(n, term.lang);
  if (term.quiet) {
    term.line(t('bandingkan.quiet', { a: visibleText(view.a.shown), b: visibleText(view.b.shown), bersih: formatSelisih(totals.bersih, term.lang), n: formatCount(totals.pegawaiBerubah, term.lang), file: visibleText(view.file) }));
    return;
  }
  term.line(c.bold(t('bandingkan.title')));
  for (const [tag, f] of [['A', view.a], ['B', view.b]] as const) {
    term.line(`  ${visibleText(t('bandingkan.folder', { tag, folder: f.shown, periode: f.periode, paket: f.paket }))}`);
    if (f.paid) term.line(`     ${visibleText(t('bandingkan.paid', f.paid))}`);
  }
  if (!view.samePack) term.line(c.yellow(`  ${t('bandingkan.pack_differs')}`));
  term.line();
  table(term, [
    [t('bandingkan.netto_a'), rp(totals.nettoA)],
    [t('bandingkan.netto_b'), rp(totals.nettoB)],
    // Two months differ by their own pay; only one period's two results differ by under- or overpayment.
    [t(view.a.periode === view.b.periode ? 'bandingkan.kekurangan' : 'bandingkan.naik'), rp(totals.kekuranganBayar)],
    [t(view.a.periode === view.b.periode ? 'bandingkan.kelebihan' : 'bandingkan.turun'), rp(totals.kelebihanBayar)],
    [t('bandingkan.bersih'), c.bold(formatSelisih(totals.bersih, term.lang))],
    [t('bandingkan.berubah'), formatCount(totals.pegawaiBerubah, term.lang)],
  ]);
  term.line();
  if (changes.length === 0) {
    term.line(t('bandingkan.none'));
  } else {
    const shown = view.all ? changes : changes.slice(0, TOP_CHANGES);
    term.line(c.bold(shown.length < changes.length ? t('bandingkan.top', { shown: formatCount(shown.length, term.lang), n: formatCount(changes.length, term.lang) }) : t('bandingkan.all', { n: formatCount(changes.length, term.lang) })));
    for (const change of shown) printChange(term, change, view.employees(change.nip));
  }
  term.line();
  term.line(`${t('bandingkan.berkas')}: ${visibleText(view.file)}`);
}

function printChange(term: Terminal, change: EmployeeChange, [a, b]: [ArchivedEmployee | undefined, ArchivedEmployee | undefined]): void {
  const c = term.color;
  const t = labelsFor(term.lang);
  const selisih = formatSelisih(change.selisih, term.lang);
  const coloured = change.selisih > 0 ? c.green(selisih) : change.selisih < 0 ? c.red(selisih) : selisih;
  term.line(`  ${visibleText(`${change.nip} ${change.nama}`)} ${c.dim(`(${visibleText(change.unit)})`)}`);
  term.line(`      ${formatRupiah(change.nettoA, term.lang)} → ${formatRupiah(change.nettoB, term.lang)}  ${t('bandingkan.selisih')} ${coloured}`);
  term.line(`      ${visibleText(describeChange(change, a, b, term.lang).join('; '))}`);
}

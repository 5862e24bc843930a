/**
 * `kinerja rekap --tahun YYYY` (`recap`): the year from the results archive — read the months (last
 * paid folder, verified), summarize (pure), write rekap_tahunan.csv, disiplin_tk.csv and
 * ringkasan_rekap.json into a new folder.
 */
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { readYear, type YearMonthRead } from '../../archive/read-year.js';
import { summarizeYear, type AngkaKreditBasis, type AnnualBasis, type AnnualRule, type YearEmployee, type YearSummary } from '../../archive/year-summary.js';
import { ExitCode, KinerjaError } from '../../errors.js';
import { FindingCollector, findingMessage } from '../../findings.js';
import { pick, type Lang } from '../../i18n.js';
import { knownFields } from '../../inputs/known-fields.js';
import { readAnnualRatings } from '../../inputs/penilaian.js';
import type { AssessedPredikat } from '../../model/domain.js';
import { openOutputFolder, writeFailure } from '../../output-folder.js';
import { VERSION } from '../../package-info.js';
import { openTable } from '../../readers/open-table.js';
import { label } from '../../reports/labels.js';
import { loadRulePack, type LoadedRulePack } from '../../rules/load-rule-pack.js';
import { findingPlace } from '../print-summary.js';
import { formatCount, formatRupiah, type Terminal } from '../terminal.js';
import { visibleText } from '../visible-text.js';

/** Options as commander parses them. */
export interface RekapFlags {
  tahun: number;
  arsip?: string;
  out?: string;
  penilaian?: string;
  policy?: string;
  force?: boolean;
  csvLocale?: 'id' | 'intl';
}

const FILES = ['rekap_tahunan.csv', 'disiplin_tk.csv', 'ringkasan_rekap.json'] as const;
const mm = (month: number) => String(month).padStart(2, '0');

/** The year's months as `YYYY-MM`, joined for one cell. */
const periods = (tahun: number, months: readonly number[]) => months.map((m) => `${tahun}-${mm(m)}`).join('; ');

/** `predikat_tahunan_dasar`: how the annual predikat was set, or why it is empty, in codes a sheet can filter. */
function basisText(b: AnnualBasis, tahun: number): string {
  switch (b.kind) {
    case 'penilaian':
    case 'tanpa_penilaian':
    case 'penilaian_ditolak':
      return b.kind;
    case 'bulan_terakhir':
      return `bulan_terakhir ${tahun}-${mm(b.month)}`;
    case 'terbanyak':
      return `terbanyak ${b.count}/${b.of} bulan`;
    case 'bulan_tidak_ada':
      return `bulan_tidak_ada ${periods(tahun, b.months)}`;
    case 'tidak_dinilai':
      return b.month === undefined ? 'tidak_dinilai' : `tidak_dinilai ${tahun}-${mm(b.month)}`;
    case 'ditahan':
      return `ditahan ${periods(tahun, b.months)}`;
  }
}

/** `angka_kredit_dasar`: the predikat it was computed from over how many months, or why it is empty. */
function akBasisText(b: AngkaKreditBasis | undefined, tahun: number): string {
  if (b === undefined) return '';
  if (b.kind === 'penilaian_ditolak') return b.kind;
  return b.kind === 'ditahan' ? `ditahan ${periods(tahun, b.months)}` : `${b.kind} ${b.months} bulan`;
}

/** Text from files (names, units) that a spreadsheet would read as a formula gets a leading `'`. */
const guard = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function csvText(rows: (string | number)[][], locale: 'id' | 'intl'): string {
  const text = stringify(rows, { delimiter: locale === 'id' ? ';' : ',', record_delimiter: 'unix' });
  // Indonesian Excel needs the BOM to read the file as UTF-8.
  return locale === 'id' ? `\uFEFF${text}` : text;
}

function rekapRows(summary: YearSummary, missing: readonly number[], locale: 'id' | 'intl'): (string | number)[][] {
  const months = Array.from({ length: 12 }, (_, i) => mm(i + 1));
  const header = [
    'nip', 'nama', 'unit',
    ...months.map((m) => `predikat_${m}`), 'predikat_tahunan', 'predikat_tahunan_dasar',
    ...months.map((m) => `tpp_${m}`), 'tpp_total',
    'tk_kumulatif', 'tk_beruntun_terpanjang', 'sanksi_pp94', 'jenjang_jf', 'angka_kredit', 'angka_kredit_dasar', 'bulan_tidak_ada',
    'bulan_belum_dibayar', 'bulan_ditahan', 'tk_beruntun_tidak_diketahui',
  ];
  const rows: (string | number)[][] = [header];
  for (const e of summary.employees) {
    const ak = e.angkaKredit?.toFixed(3) ?? '';
    rows.push([
      e.nip, guard(e.nama), guard(e.unit),
      ...e.predikat.map((p) => p ?? ''), e.predikatTahunan ?? '', basisText(e.predikatTahunanDasar, summary.tahun),
      ...e.tpp.map((v) => v ?? ''), e.tppTotal,
      e.tkKumulatif, e.tkBeruntunTerpanjang ?? '', e.sanksi.map((t) => t.kode).join('; '),
      e.jenjangJf ?? (e.jenjangJfTidakDikenal === undefined ? '' : guard(e.jenjangJfTidakDikenal)),
      locale === 'id' ? ak.replace('.', ',') : ak, akBasisText(e.angkaKreditDasar, summary.tahun),
      periods(summary.tahun, missing),
      periods(summary.tahun, e.bulanBelumDibayar), periods(summary.tahun, e.bulanDitahan), periods(summary.tahun, e.tkBeruntunTidakDiketahui),
    ]);
  }
  return rows;
}

function disiplinRows(summary: YearSummary, missing: readonly number[], lang: Lang): (string | number)[][] {
  const rows: (string | number)[][] = [['nip', 'nama', 'unit', 'status', 'dasar', 'hari', 'ambang', 'sanksi_pp94', 'tingkat', 'hukuman', 'bulan', 'bulan_tercapai', 'catatan']];
  const tahun = summary.tahun;
  const note = (e: YearEmployee) =>
    [
      missing.length > 0 ? `${lang === 'en' ? 'missing months' : 'bulan tidak ada'}: ${periods(tahun, missing)}` : '',
      e.tkBeruntunTidakDiketahui.length > 0 ? `${lang === 'en' ? 'TK runs unknown' : 'TK beruntun tidak diketahui'}: ${periods(tahun, e.tkBeruntunTidakDiketahui)}` : '',
      // A held month's attendance had an error: its TK is to be checked before any sanction.
      e.bulanDitahan.length > 0 ? `${lang === 'en' ? 'held (data in doubt, check the TK)' : 'ditahan (data diragukan, periksa TK-nya)'}: ${periods(tahun, e.bulanDitahan)}` : '',
    ].filter((s) => s !== '').join(' | ');
  for (const e of summary.employees) {
    for (const t of e.sanksi) {
      const ambang = t.sampai === null ? `>=${t.dari}` : t.dari === t.sampai ? String(t.dari) : `${t.dari}-${t.sampai}`;
      const kumulatif = t.dasar === 'kumulatif';
      const bulan = kumulatif
        ? e.tkPerBulan.flatMap((d, i) => (d ? [`${tahun}-${mm(i + 1)} (${d})`] : [])).join('; ')
        : e.tkBeruntunBulan
          ? `${tahun}-${mm(e.tkBeruntunBulan[0])}..${tahun}-${mm(e.tkBeruntunBulan[1])}`
          : '';
      rows.push([
        e.nip, guard(e.nama), guard(e.unit), guard(e.status), t.dasar,
        kumulatif ? e.tkKumulatif : e.tkBeruntunTerpanjang ?? '',
        ambang, t.kode, t.tingkat, pick(t.hukuman, lang), bulan,
        kumulatif && e.tkKumulatifBulanTercapai !== undefined ? `${tahun}-${mm(e.tkKumulatifBulanTercapai)}` : '',
        note(e),
      ]);
    }
  }
  return rows;
}

function ringkasanOf(summary: YearSummary, months: readonly YearMonthRead[], arsip: string, annualGiven: boolean, pack: LoadedRulePack): Record<string, unknown> {
  const tahun = summary.tahun;
  const by = (state: YearMonthRead['state']) => months.filter((m) => m.state === state).map((m) => `${tahun}-${mm(m.month)}`);
  return {
    alat: 'kinerja',
    versi_alat: VERSION,
    tahun,
    arsip,
    bulan: summary.months.map((m, i) => ({
      periode: `${tahun}-${mm(m.month)}`,
      status: m.state,
      folder: m.folder ?? null,
      pegawai: m.pegawai,
      pegawai_dibayar: m.dibayar,
      // Only a paid month's TPP counts as paid.
      tpp_dibayar: m.tppDibayar,
      ...(months[i]!.catatan ? { catatan: months[i]!.catatan.id } : {}),
    })),
    bulan_ditemukan: months.filter((m) => m.state !== 'tidak_ada').map((m) => `${tahun}-${mm(m.month)}`),
    bulan_dibayar: by('dibayar'),
    bulan_belum_dibayar: by('belum_dibayar'),
    bulan_tidak_ada: by('tidak_ada'),
    predikat_tahunan: {
      aturan: pack.pack.kinerja.predikat_tahunan,
      penilaian_tahunan: annualGiven,
      pegawai_berpredikat: summary.employees.filter((e) => e.predikatTahunan !== undefined).length,
    },
    paket_aturan: { nama: pack.pack.nama, versi: pack.pack.versi, sha256: pack.sha256, sumber: pack.source },
    jumlah: {
      pegawai: summary.employees.length,
      pegawai_melewati_ambang_pp94: summary.employees.filter((e) => e.sanksi.length > 0).length,
      pegawai_jf: summary.employees.filter((e) => e.jenjangJf !== undefined).length,
    },
    total: { tpp_dibayar: summary.total.tppDibayar },
  };
}

async function readAnnual(
  file: string,
  tahun: number,
  months: readonly YearMonthRead[],
  term: Terminal,
): Promise<{ byNip: ReadonlyMap<string, AssessedPredikat>; doubted: ReadonlySet<string>; errors: number }> {
  const findings = new FindingCollector();
  const knownNips = new Set(months.flatMap((m) => [...m.employees.keys()]));
  const { byNip, doubted, ledgers } = await readAnnualRatings([await openTable(file)], findings, { tahun, knownNips });
  // Every row accounted for: what the file gave, and why the rest was not used.
  for (const l of ledgers) {
    term.line(
      pick(
        {
          id: `${visibleText(l.name)}: ${l.read} baris dibaca, ${l.used} dipakai, ${l.rejected} ditolak, ${l.ignored} diabaikan, ${l.skipped} dilewati (judul, kosong, jumlah).`,
          en: `${visibleText(l.name)}: ${l.read} rows read, ${l.used} used, ${l.rejected} rejected, ${l.ignored} ignored, ${l.skipped} skipped (title, blank, total).`,
        },
        term.lang,
      ),
    );
  }
  const shown = findings.sorted().filter((f) => f.level !== 'info');
  for (const f of shown.slice(0, 20)) {
    const place = findingPlace(f, term.lang);
    term.line(`${f.level === 'error' ? term.color.red(label('summary.level.error', term.lang)) : term.color.yellow(label('summary.level.peringatan', term.lang))} ${f.code}${place ? ` ${place}` : ''}: ${visibleText(findingMessage(f, term.lang))}`);
  }
  if (shown.length > 20) term.line(pick({ id: `… dan ${shown.length - 20} temuan lain.`, en: `… and ${shown.length - 20} more findings.` }, term.lang));
  return { byNip, doubted, errors: shown.filter((f) => f.level === 'error').length };
}

async function requireFolder(arsip: string): Promise<void> {
  const isDir = await stat(arsip).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    throw new KinerjaError(
      'ARSIP_TIDAK_ADA',
      { id: `Folder arsip ${arsip} tidak ada.`, en: `Archive folder ${arsip} does not exist.` },
      { id: 'Tunjuk folder yang berisi folder hasil bulanan (mis. hasil/2026-01) dengan --arsip.', en: 'Point --arsip at the folder holding the monthly results folders (e.g. hasil/2026-01).' },
    );
  }
}

/** Runs the recap; returns the exit code (1 when the penilaian file had errors, its rows unused). */
export async function rekapCommand(flags: RekapFlags, term: Terminal): Promise<ExitCode> {
  const tahun = flags.tahun;
  const arsip = flags.arsip ?? 'hasil';
  await requireFolder(arsip);
  const months = await readYear(arsip, tahun);
  if (months.every((m) => m.state === 'tidak_ada')) {
    throw new KinerjaError(
      'REKAP_TANPA_BULAN',
      { id: `Arsip ${arsip} tidak berisi satu pun folder hasil tahun ${tahun}.`, en: `Archive ${arsip} holds no results folder of ${tahun}.` },
      { id: `Periksa --arsip dan --tahun: folder hasil bernama ${tahun}-01 … ${tahun}-12 (atau -koreksi-<n>).`, en: `Check --arsip and --tahun: results folders are named ${tahun}-01 … ${tahun}-12 (or -koreksi-<n>).` },
    );
  }
  const pack = await loadRulePack(flags.policy, term.lang, knownFields);
  const rule: AnnualRule = pack.pack.kinerja.predikat_tahunan;
  const annual = flags.penilaian === undefined ? { byNip: new Map<string, AssessedPredikat>(), doubted: new Set<string>(), errors: 0 } : await readAnnual(flags.penilaian, tahun, months, term);
  // A rejected annual row that may be an employee's holds their annual predikat and angka kredit.
  const summary = summarizeYear(tahun, months, annual.byNip, rule, annual.doubted);
  const missing = months.filter((m) => m.state === 'tidak_ada').map((m) => m.month);
  const locale = flags.csvLocale ?? 'intl';
  const ringkasan = ringkasanOf(summary, months, arsip, flags.penilaian !== undefined, pack);

  const folder = await openOutputFolder(flags.out ?? join(arsip, `rekap-${tahun}`), flags.force ?? false);
  try {
    await writeFile(join(folder.staging, 'rekap_tahunan.csv'), csvText(rekapRows(summary, missing, locale), locale));
    await writeFile(join(folder.staging, 'disiplin_tk.csv'), csvText(disiplinRows(summary, missing, term.lang), locale));
    await writeFile(join(folder.staging, 'ringkasan_rekap.json'), `${JSON.stringify(ringkasan, null, 2)}\n`);
    await folder.commit();
  } catch (err) {
    await folder.release();
    throw writeFailure(err, folder.target);
  }

  const exitCode = annual.errors > 0 ? ExitCode.INPUT_ERRORS : ExitCode.OK;
  if (term.json) {
    term.json_out({ ...ringkasan, kode_keluar: exitCode, keluaran: { folder: folder.target, berkas: FILES } });
    return exitCode;
  }
  printRecap(term, summary, months, folder.target, rule, flags.penilaian !== undefined);
  return exitCode;
}

function printRecap(term: Terminal, summary: YearSummary, months: readonly YearMonthRead[], out: string, rule: AnnualRule, annualGiven: boolean): void {
  const c = term.color;
  const l = (id: Parameters<typeof label>[0]) => label(id, term.lang);
  const tahun = summary.tahun;
  const withAnnual = summary.employees.filter((e) => e.predikatTahunan !== undefined).length;
  const list = (state: YearMonthRead['state']) => {
    const found = months.filter((m) => m.state === state);
    return found.length === 0 ? l('rekap.none') : found.map((m) => `${tahun}-${mm(m.month)}${m.folder && state !== 'tidak_ada' && m.folder !== `${tahun}-${mm(m.month)}` ? ` (${visibleText(m.folder)})` : ''}`).join(', ');
  };
  const lines: [string, string][] = [
    [l('rekap.months.dibayar'), list('dibayar')],
    [l('rekap.months.belum'), list('belum_dibayar')],
    [l('rekap.months.tidak_ada'), list('tidak_ada')],
    [l('rekap.pegawai'), formatCount(summary.employees.length, term.lang)],
    [l('rekap.disiplin'), formatCount(summary.employees.filter((e) => e.sanksi.length > 0).length, term.lang)],
    [l('rekap.tpp'), formatRupiah(summary.total.tppDibayar, term.lang)],
    [l('rekap.predikat_tahunan'), label('rekap.predikat_tahunan.value', term.lang, { aturan: rule, ada: formatCount(withAnnual, term.lang), dari: formatCount(summary.employees.length, term.lang) })],
    [l('rekap.output'), `${visibleText(out)}/ (${FILES.join(', ')})`],
  ];
  if (term.quiet) {
    term.line(`${label('rekap.heading', term.lang, { tahun })}: ${lines.slice(0, 3).map(([k, v]) => `${k} ${v}`).join('; ')}`);
    return;
  }
  term.line(c.bold(label('rekap.heading', term.lang, { tahun })));
  const width = Math.max(...lines.map(([k]) => k.length));
  for (const [k, v] of lines) term.line(`  ${k.padEnd(width)}  ${v}`);
  for (const m of months) if (m.catatan) term.line(c.yellow(`  ${tahun}-${mm(m.month)}: ${visibleText(pick(m.catatan, term.lang))}`));
  if (months.some((m) => m.state === 'belum_dibayar')) term.line(c.yellow(l('rekap.note.belum')));
  if (months.some((m) => m.state === 'tidak_ada')) term.line(c.yellow(l('rekap.note.tidak_ada')));
  if (withAnnual < summary.employees.length) term.line(c.yellow(l(rule === 'penilaian' && !annualGiven ? 'rekap.note.predikat_penilaian' : 'rekap.note.predikat_kosong')));
}

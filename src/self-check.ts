/**
 * The self-check before anything is written (SPEC §5): every row accounted for, unit and run totals
 * equal to the sums of employee lines, every net = bruto − pph21 − bpjs_pegawai and every bruto =
 * components + acting posts (tpp_plt) − hukdis − the gross rounding (0..999, never added), every
 * tpp_plt the sum of its acting posts' lines, borne PPh 21 never beside withheld PPh 21, arrears (rapel) only
 * to paid employees and summing to their total. A failure is a bug, never a silent write.
 */
import { addToTotals, emptyTotals } from './scoring/summarize-units.js';
import type { FileLedger } from './model/row-accounting.js';
import type { MoneyTotals, PeriodResults } from './model/results.js';
import type { Ringkasan, ReportTable } from './reports/build-report.js';
import { bankTable, sumTable, tanpaRekeningTable, type ExportTotals, type FinanceExports } from './reports/finance-exports.js';

function sameTotals(a: MoneyTotals, b: MoneyTotals): boolean {
  return a.bruto === b.bruto && a.pph21 === b.pph21 && a.pph21Ditanggung === b.pph21Ditanggung && a.bpjsPegawai === b.bpjsPegawai && a.bpjsPemda === b.bpjsPemda && a.netto === b.netto;
}

const show = (t: MoneyTotals) => `bruto ${t.bruto}, pph21 ${t.pph21}, pph21_ditanggung ${t.pph21Ditanggung}, bpjs_pegawai ${t.bpjsPegawai}, bpjs_pemda ${t.bpjsPemda}, netto ${t.netto}`;

/** Arrears: only paid employees get them, each amount is its lines, and the total is theirs. */
function rapelProblems(results: PeriodResults): string[] {
  const problems: string[] = [];
  let sum = 0;
  for (const r of results.employees) {
    const rapel = r.tpp.rapel;
    if (!rapel) continue;
    const lines = rapel.lines.reduce((s, l) => s + l.rapel, 0);
    if (rapel.jumlah !== lines || !Number.isSafeInteger(lines)) problems.push(`${r.pegawai.nip}: rapel ${rapel.jumlah} ≠ jumlah baris rapel ${lines}`);
    for (const l of rapel.lines) if (l.rapel < 0 || (l.rapel > 0 && l.status !== 'dibayar')) problems.push(`${r.pegawai.nip}: rapel ${l.periode} ${l.rapel} pada baris berstatus ${l.status}`);
    if (rapel.jumlah > 0 && r.tpp.statusBayar !== 'dibayar') problems.push(`${r.pegawai.nip}: rapel ${rapel.jumlah} untuk pegawai ${r.tpp.statusBayar}`);
    sum += rapel.jumlah;
  }
  if (results.rapel && results.rapel.jumlah !== sum) problems.push(`total rapel ${results.rapel.jumlah} ≠ jumlah rapel pegawai ${sum}`);
  return problems;
}

/** Returns every broken invariant, with the figures (empty when all hold). */
export function selfCheck(ledgers: readonly FileLedger[], results: PeriodResults | undefined): string[] {
  const problems: string[] = [];
  for (const l of ledgers) {
    const accounted = l.used + l.rejected + l.ignored + l.skipped;
    if (accounted !== l.read || l.used < 0 || l.rejected < 0 || l.ignored < 0) {
      problems.push(`${l.name}: dibaca ${l.read} ≠ dipakai ${l.used} + ditolak ${l.rejected} + diabaikan ${l.ignored} + dilewati ${l.skipped}`);
    }
  }
  if (!results) return problems;
  problems.push(...rapelProblems(results));
  const run = emptyTotals();
  const perUnit = new Map<string, MoneyTotals>();
  for (const r of results.employees) {
    const t = r.tpp;
    let components = 0;
    for (const k of t.komponen) components += k.jumlah;
    if (t.tppBruto !== components + t.tppPlt - t.potonganHukdis - t.pembulatanBruto) {
      const rounded = t.pembulatanBruto === 0 ? '' : ` − pembulatan ${t.pembulatanBruto}`;
      const plt = t.tppPlt === 0 ? '' : ` + plt ${t.tppPlt}`;
      problems.push(`${r.pegawai.nip}: tpp_bruto ${t.tppBruto} ≠ komponen ${components}${plt} − hukdis ${t.potonganHukdis}${rounded}`);
    }
    // The acting addition is the sum of its posts' lines, never negative, and only ever paid.
    let pltLines = 0;
    for (const l of t.plt?.lines ?? []) pltLines += l.jumlah;
    if (!(t.tppPlt >= 0 && Number.isSafeInteger(t.tppPlt)) || t.tppPlt !== pltLines || (t.plt !== undefined && t.plt.jumlah !== pltLines)) {
      problems.push(`${r.pegawai.nip}: tpp_plt ${t.tppPlt} ≠ jumlah baris Plt ${pltLines}`);
    }
    // A month paid in segments: the segments' amounts are the components, to the rupiah.
    if (t.segmen) {
      t.komponen.forEach((k, i) => {
        const sum = t.segmen!.reduce((s, seg) => s + (seg.komponen[i] ?? 0), 0);
        if (sum !== k.jumlah) problems.push(`${r.pegawai.nip}: komponen ${k.nama} ${k.jumlah} ≠ jumlah segmen ${sum}`);
      });
    }
    // Rounding the gross only ever takes off less than Rp 1,000: it never pays money the components do not hold.
    if (!(t.pembulatanBruto >= 0 && t.pembulatanBruto < 1000)) {
      problems.push(`${r.pegawai.nip}: pembulatan_bruto ${t.pembulatanBruto} di luar 0..999 / outside 0..999`);
    }
    if (t.tppNetto !== t.tppBruto - t.pph21 - t.bpjsPegawai) {
      problems.push(`${r.pegawai.nip}: tpp_netto ${t.tppNetto} ≠ ${t.tppBruto} − ${t.pph21} − ${t.bpjsPegawai}`);
    }
    // Borne tax is the employer's: never withheld alongside it, never negative.
    if (!(t.pph21Ditanggung >= 0) || (t.pph21Ditanggung > 0 && t.pph21 !== 0)) {
      problems.push(`${r.pegawai.nip}: pph21_ditanggung ${t.pph21Ditanggung} bersama pph21 ${t.pph21}`);
    }
    if (t.statusBayar !== 'dibayar' && (t.tppBruto !== 0 || t.tppNetto !== 0 || t.bpjsPemda !== 0 || t.pph21Ditanggung !== 0)) {
      problems.push(`${r.pegawai.nip}: status ${t.statusBayar} tetapi ada jumlah uang`);
    }
    if (!(Number.isSafeInteger(t.tppBruto) && Number.isSafeInteger(t.pph21) && Number.isSafeInteger(t.pph21Ditanggung) && Number.isSafeInteger(t.bpjsPegawai) && Number.isSafeInteger(t.bpjsPemda) && Number.isSafeInteger(t.tppNetto))) {
      for (const v of [t.tppBruto, t.pph21, t.pph21Ditanggung, t.bpjsPegawai, t.bpjsPemda, t.tppNetto]) {
        if (!Number.isSafeInteger(v)) problems.push(`${r.pegawai.nip}: jumlah bukan rupiah bulat: ${v}`);
      }
    }
    addToTotals(run, t);
    let unit = perUnit.get(r.pegawai.unit);
    if (unit === undefined) perUnit.set(r.pegawai.unit, (unit = emptyTotals()));
    addToTotals(unit, t);
  }
  if (!sameTotals(run, results.totals)) problems.push(`total periode (${show(results.totals)}) ≠ jumlah baris pegawai (${show(run)})`);
  for (const u of results.units) {
    const expected = perUnit.get(u.kode) ?? emptyTotals();
    if (!sameTotals(expected, u.totals)) problems.push(`unit ${u.kode}: total (${show(u.totals)}) ≠ jumlah baris pegawai (${show(expected)})`);
  }
  return problems;
}

/** The tables whose totals must equal ringkasan.json's. */
interface FinanceTables {
  tpp: ReportTable;
  sipd: ReportTable;
  finance: FinanceExports;
}

/** Problems of one export whose totals differ from ringkasan.json's. */
function compareTotals(berkas: string, sums: ExportTotals, total: Ringkasan['total']): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(sums) as [keyof ExportTotals, number][]) {
    if (value !== total[key]) out.push(`${berkas}: jumlah ${key} ${value} ≠ ringkasan.json ${total[key]}`);
  }
  return out;
}

/**
 * The finance exports add up to ringkasan.json: tpp.csv and sipd_nominatif.csv to every total, each
 * bank file to its line in `bank`, and the bank files with the employees without an account to the
 * net. Sums are taken from the rows the writers write.
 */
export function checkFinanceExports(total: Ringkasan['total'], tables: FinanceTables): string[] {
  // December recalculated for the year: the files' pph21 is what is withheld, ringkasan's pph21 withheld
  // less returned (pph21_lebih_potong); the returned column must add up to its own total too.
  const returned = total.pph21_lebih_potong;
  const expected: Ringkasan['total'] = returned === undefined ? total : { ...total, pph21: total.pph21 + returned };
  const refunds: Record<string, keyof ExportTotals> = returned === undefined ? {} : { pph21_lebih_potong: 'pph21_lebih_potong' };
  const problems = [
    ...compareTotals('tpp.csv', sumTable(tables.tpp, { tpp_bruto: 'bruto', pph21: 'pph21', ...refunds, bpjs_pegawai: 'bpjs_pegawai', bpjs_pemda: 'bpjs_pemda', tpp_netto: 'netto' }), expected),
    ...compareTotals('sipd_nominatif.csv', sumTable(tables.sipd, { bruto: 'bruto', pph21: 'pph21', ...refunds, bpjs_1: 'bpjs_pegawai', bpjs_4: 'bpjs_pemda', netto: 'netto' }), expected),
  ];
  // A file with the returned column that ringkasan.json does not total (or the other way round) is a mismatch too.
  for (const [berkas, table] of [['tpp.csv', tables.tpp], ['sipd_nominatif.csv', tables.sipd]] as const) {
    if (table.columns.some((c) => c.key === 'pph21_lebih_potong') !== (returned !== undefined)) problems.push(`${berkas}: kolom pph21_lebih_potong ${returned === undefined ? 'tanpa' : 'tidak ada untuk'} total ringkasan.json pph21_lebih_potong`);
  }
  const { finance } = tables;
  let transferred = 0;
  for (const file of finance.banks) {
    const sum = sumTable(bankTable(file, finance.periode), { jumlah: 'netto' }).netto ?? 0;
    if (sum !== file.jumlah) problems.push(`${file.berkas}: jumlah baris ${sum} ≠ ringkasan.json bank ${file.jumlah}`);
    transferred += sum;
  }
  const apart = sumTable(tanpaRekeningTable(finance), { jumlah: 'netto' }).netto ?? 0;
  if (apart !== finance.tanpaRekeningJumlah) problems.push(`tanpa_rekening: jumlah baris ${apart} ≠ ringkasan.json ${finance.tanpaRekeningJumlah}`);
  // Arrears are transferred with this month's net.
  const due = total.netto + (total.rapel ?? 0);
  if (transferred + apart !== due) problems.push(`berkas bank ${transferred} + tanpa_rekening ${apart} ≠ netto + rapel ringkasan.json ${due}`);
  return problems;
}

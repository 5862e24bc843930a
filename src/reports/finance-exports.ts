/**
 * Finance exports (pure): the SIPD-style nominatif, one bank transfer file per bank, and the paid
 * employees no bank file can carry (no bank name or account number). Every amount transferred comes
 * from `transferAmount`, so the bank files, the SIPD netto and their totals cannot disagree.
 */
import { formatPeriod, type Period } from '../model/domain.js';
import { hasAnnualTax, pph21Returned, pph21Withheld, transferAmount, type EmployeeResult, type PeriodResults } from '../model/results.js';
import { bankKey, resolveBankLayout, transferDescription, type BankColumn, type BankLayout } from '../rules/bank-layout.js';
import type { LoadedRulePack } from '../rules/load-rule-pack.js';
import { col, tableOf, type ColumnDefinition, type ColumnType, type ReportCell, type ReportTable } from './build-report.js';
import { labelPair } from './labels.js';


/** A paid employee and their number in a list. */
interface Numbered {
  result: EmployeeResult;
  no: number;
}

const golonganOf = (r: EmployeeResult) => r.pegawai.golongan?.text ?? r.pegawai.golonganText ?? null;

/**
 * The columns of `sipd_nominatif.csv` (and the `SIPD` sheet). In a December recalculated for the year
 * no deduction is negative: `pph21` is what is withheld (0 for a refund) and `pph21_lebih_potong`, after
 * `potongan`, what is returned; netto = bruto − potongan + pph21_lebih_potong.
 */
function sipdColumns(pack: LoadedRulePack, annualTax: boolean): ColumnDefinition<Numbered>[] {
  const { persen_pegawai, persen_pemda } = pack.pack.bpjs;
  const pph21 = (r: EmployeeResult) => (annualTax ? pph21Withheld(r) : r.tpp.pph21);
  return [
    col('no', labelPair('column.no'), 'integer', ({ no }) => no),
    col('nama', labelPair('column.nama'), 'text', ({ result }) => result.pegawai.nama),
    col('nip', labelPair('column.nip'), 'text', ({ result }) => result.pegawai.nip),
    col('golongan', labelPair('column.golongan'), 'text', ({ result }) => golonganOf(result)),
    col('jabatan', labelPair('column.jabatan'), 'text', ({ result }) => result.pegawai.jabatan ?? null),
    col('kelas', labelPair('column.sipd.kelas'), 'integer', ({ result }) => result.pegawai.kelasJabatan ?? null),
    col('bruto', labelPair('column.sipd.bruto'), 'money', ({ result }) => result.tpp.tppBruto),
    col('pph21', labelPair('column.tpp.pph21'), 'money', ({ result }) => pph21(result)),
    col('bpjs_1', labelPair('column.sipd.bpjs_1', { persen: persen_pegawai }), 'money', ({ result }) => result.tpp.bpjsPegawai),
    col('bpjs_4', labelPair('column.sipd.bpjs_4', { persen: persen_pemda }), 'money', ({ result }) => result.tpp.bpjsPemda),
    col('potongan', labelPair('column.sipd.potongan'), 'money', ({ result }) => pph21(result) + result.tpp.bpjsPegawai),
    ...(annualTax ? [col<Numbered>('pph21_lebih_potong', labelPair('column.pph21_lebih_potong'), 'money', ({ result }) => pph21Returned(result))] : []),
    // This month's net: arrears are transferred with it (bank files) but are another period's pay.
    col('netto', labelPair('column.sipd.netto'), 'money', ({ result }) => result.tpp.tppNetto),
    col('bank', labelPair('column.nama_bank'), 'text', ({ result }) => result.pegawai.namaBank ?? null),
    col('rekening', labelPair('column.nomor_rekening'), 'text', ({ result }) => result.pegawai.nomorRekening ?? null),
  ];
}

/** Paid employees in report order (unit, then NIP), numbered from 1. */
function* numbered(list: Iterable<EmployeeResult>): Generator<Numbered> {
  let no = 0;
  for (const result of list) if (result.tpp.statusBayar === 'dibayar') yield { result, no: ++no };
}

/** The SIPD-style nominatif: paid employees only, like tpp.csv. */
export function sipdTable(results: PeriodResults, pack: LoadedRulePack): ReportTable {
  return tableOf('sipd', labelPair('sheet.sipd'), sipdColumns(pack, hasAnnualTax(results)), () => numbered(results.employees));
}

/** One bank's transfer file. */
export interface BankFile {
  /** The bank's name as first written in the staff file (report order). */
  nama: string;
  /** `bank_<slug>.csv`. */
  berkas: string;
  layout: BankLayout;
  employees: EmployeeResult[];
  /** Sum of the transfer amounts. */
  jumlah: number;
}

/** The bank files of a period and the paid employees none of them carries. */
export interface FinanceExports {
  periode: string;
  banks: BankFile[];
  tanpaRekening: EmployeeResult[];
  tanpaRekeningJumlah: number;
}

/** `Bank Jateng` → `bank_jateng`: lower case letters and digits, other runs as one `_`. */
function slugOf(key: string): string {
  const slug = key.replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return slug === '' ? 'lain' : slug;
}

/** Groups paid employees by bank (names matched case-insensitively after trimming); without a bank or account, apart. */
export function buildFinanceExports(results: PeriodResults, pack: LoadedRulePack, period: Period): FinanceExports {
  const groups = new Map<string, { nama: string; employees: EmployeeResult[]; jumlah: number }>();
  const tanpaRekening: EmployeeResult[] = [];
  let tanpaRekeningJumlah = 0;
  for (const r of results.employees) {
    if (r.tpp.statusBayar !== 'dibayar') continue;
    const nama = r.pegawai.namaBank?.trim() ?? '';
    const rekening = r.pegawai.nomorRekening?.trim() ?? '';
    if (nama === '' || rekening === '') {
      tanpaRekening.push(r);
      tanpaRekeningJumlah += transferAmount(r);
      continue;
    }
    const key = bankKey(nama);
    let group = groups.get(key);
    if (group === undefined) groups.set(key, (group = { nama, employees: [], jumlah: 0 }));
    group.employees.push(r);
    group.jumlah += transferAmount(r);
  }
  // Files in code-point order of their names; two names that differ only in punctuation get _2, _3.
  const used = new Set<string>();
  const banks: BankFile[] = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, g]) => {
      // `Bank Jateng` gives bank_jateng.csv, not bank_bank_jateng.csv.
      const base = `bank_${slugOf(key).replace(/^bank_(?=.)/, '')}`;
      let name = base;
      for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
      used.add(name);
      return { nama: g.nama, berkas: `${name}.csv`, layout: resolveBankLayout(pack.pack, g.nama), employees: g.employees, jumlah: g.jumlah };
    });
  return { periode: formatPeriod(period), banks, tanpaRekening, tanpaRekeningJumlah };
}

/** A bank file's cell of one column. */
function bankColumn(key: BankColumn, keterangan: (r: EmployeeResult) => string): ColumnDefinition<Numbered> {
  const text = (value: (r: EmployeeResult) => string | null | undefined) => (n: Numbered): ReportCell => value(n.result) ?? null;
  const [label, type, value]: [ReturnType<typeof labelPair>, ColumnType, (n: Numbered) => ReportCell] =
    key === 'no' ? [labelPair('column.no'), 'integer', ({ no }) => no]
    : key === 'rekening' ? [labelPair('column.nomor_rekening'), 'text', text((r) => r.pegawai.nomorRekening?.trim())]
    : key === 'nama' ? [labelPair('column.nama'), 'text', text((r) => r.pegawai.nama)]
    : key === 'jumlah' ? [labelPair('column.bank.jumlah'), 'money', ({ result }) => transferAmount(result)]
    : key === 'nip' ? [labelPair('column.nip'), 'text', text((r) => r.pegawai.nip)]
    : key === 'keterangan' ? [labelPair('column.bank.keterangan'), 'text', ({ result }) => keterangan(result)]
    : key === 'nama_bank' ? [labelPair('column.nama_bank'), 'text', text((r) => r.pegawai.namaBank)]
    : key === 'nik' ? [labelPair('column.nik'), 'text', text((r) => r.pegawai.nik)]
    : key === 'npwp' ? [labelPair('column.npwp'), 'text', text((r) => r.pegawai.npwp)]
    : [labelPair('column.unit'), 'text', text((r) => r.pegawai.unit)];
  return col(key, label, type, value);
}

/**
 * A transfer's description: the layout's (`TPP 2026-11`), and for a row that carries arrears the
 * periods they are of (`TPP 2026-11 + rapel 2026-10`), so the amount above the month's net is explained.
 */
function rowDescription(base: string, result: EmployeeResult): string {
  const periods = [...new Set((result.tpp.rapel?.lines ?? []).filter((l) => l.rapel > 0).map((l) => l.periode))].sort();
  return periods.length === 0 ? base : `${base} + rapel ${periods.join(', ')}`;
}

/** A bank's transfer file as a table, its columns in the layout's order. */
export function bankTable(file: BankFile, periode: string): ReportTable {
  const base = transferDescription(file.layout.keterangan, periode);
  return tableOf('bank', labelPair('sheet.bank'), file.layout.kolom.map((k) => bankColumn(k, (r) => rowDescription(base, r))), () => numbered(file.employees));
}

/** The paid employees without a bank name or account number: they still have to be paid, by hand. */
export function tanpaRekeningTable(exports: FinanceExports): ReportTable {
  const columns: ColumnDefinition<Numbered>[] = [
    col('no', labelPair('column.no'), 'integer', ({ no }) => no),
    col('nip', labelPair('column.nip'), 'text', ({ result }) => result.pegawai.nip),
    col('nama', labelPair('column.nama'), 'text', ({ result }) => result.pegawai.nama),
    col('unit', labelPair('column.unit'), 'text', ({ result }) => result.pegawai.unit),
    col('nama_bank', labelPair('column.nama_bank'), 'text', ({ result }) => result.pegawai.namaBank ?? null),
    col('nomor_rekening', labelPair('column.nomor_rekening'), 'text', ({ result }) => result.pegawai.nomorRekening ?? null),
    col('jumlah', labelPair('column.bank.jumlah'), 'money', ({ result }) => transferAmount(result)),
  ];
  return tableOf('tanpa_rekening', labelPair('sheet.tanpa_rekening'), columns, () => numbered(exports.tanpaRekening));
}

/** Money totals an export's rows add up to, by ringkasan.json's total keys. */
export type ExportTotals = Partial<Record<'bruto' | 'pph21' | 'pph21_lebih_potong' | 'bpjs_pegawai' | 'bpjs_pemda' | 'netto', number>>;

/** Sums a table's money columns named in `keys` (column key → total key). */
export function sumTable(table: ReportTable, keys: Readonly<Record<string, keyof ExportTotals>>): ExportTotals {
  const at = table.columns.map((c) => keys[c.key]);
  const sums: ExportTotals = {};
  for (const k of Object.values(keys)) sums[k] = 0;
  for (const row of table.rows()) {
    for (let i = 0; i < row.length; i++) {
      const key = at[i];
      if (key === undefined) continue;
      const cell = row[i];
      sums[key]! += typeof cell === 'number' ? cell : 0;
    }
  }
  return sums;
}

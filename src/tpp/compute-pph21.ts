/**
 * PPh 21 on TPP (SPEC §4.8): a flat rate by golongan, PP 58/2023 TER on salary + TPP minus TER on
 * salary alone, or none withheld (borne by the government / not withheld). Under `ditanggung` with
 * `ditanggung_dengan` the borne tax is computed as an amount by that method, never withheld. The
 * taxable gross is the gross TPP, plus the employer's BPJS when `bruto_termasuk_bpjs_pemda`.
 * Rates and brackets are in the pack.
 */
import { Exact, roundRupiahProduct } from '../exact.js';
import { parseGradeNumber, toRoman, type Golongan } from '../model/golongan.js';
import type { RulePack, TerBand } from '../rules/rule-pack-schema.js';
import type { Pph21Detail, TaxedDetail } from '../model/results.js';
import type { DecemberTax } from '../model/period.js';
import { computeDecemberPph21 } from './compute-pph21-tahunan.js';

/** TER category of a PTKP status: A = TK/0, TK/1, K/0; B = TK/2, TK/3, K/1, K/2; C = K/3. */
export function terCategory(statusPtkp: string): 'A' | 'B' | 'C' {
  const [kind, dependents] = statusPtkp.split('/') as [string, string];
  const n = Number(dependents) + (kind === 'K' ? 1 : 0);
  return n <= 1 ? 'A' : n <= 3 ? 'B' : 'C';
}

/** Rate of the first bracket whose (inclusive) upper bound is >= the gross. */
export function terRate(bands: readonly TerBand[], gross: number): Exact {
  for (const b of bands) if (b.sampai === null || gross <= b.sampai) return b.tarif;
  return bands[bands.length - 1]!.tarif;
}

/** The `tarif_golongan` key for a golongan: I..IV for PNS, the PPPK range holding the grade. */
export function tarifKey(golongan: Golongan, tarif: Readonly<Record<string, Exact>>): string | undefined {
  if (golongan.kind === 'pns') return toRoman(golongan.group);
  for (const key of Object.keys(tarif)) {
    const m = /^PPPK_([IVX]+)_([IVX]+)$/.exec(key);
    if (!m) continue;
    const from = parseGradeNumber(m[1]!) ?? 0;
    const to = parseGradeNumber(m[2]!) ?? 0;
    if (golongan.grade >= from && golongan.grade <= to) return key;
  }
  return undefined;
}

/** Whether the pack computes a borne tax amount (`metode: ditanggung` with `ditanggung_dengan`): reports then show `pph21_ditanggung`. */
export function bearsTaxAmount(pack: RulePack): boolean {
  return pack.pajak.metode === 'ditanggung' && pack.pajak.ditanggung_dengan !== undefined;
}

/** What the tax needs from the employee. */
export interface Pph21Input {
  tppBruto: number;
  /** The employer's BPJS share, added to the taxable gross when the pack says so (absent: 0). */
  bpjsPemda?: number;
  golongan?: Golongan;
  statusPtkp?: string;
  /** `penghasilan_bruto`, else `gaji`. */
  brutoLain?: number;
  /** December under TER with the year's archive complete: recalculate the year (prior: January–November, absent for a December joiner). */
  desember?: DecemberTax;
}

type TarifGolonganDetail = Extract<Pph21Detail, { metode: 'tarif_golongan' }>;

function tarifGolonganDetail(golongan: Golongan | undefined, pack: RulePack): TarifGolonganDetail {
  const tarifGolongan = pack.pajak.tarif_golongan;
  const key = golongan ? tarifKey(golongan, tarifGolongan) : undefined;
  const tarif = key === undefined ? Exact.ZERO : tarifGolongan[key]!;
  return { metode: 'tarif_golongan', kunci: key ?? '-', tarif };
}

/** The tarif_golongan detail by golongan (kind and number), shared by every employee with it. */
type DetailCache = Map<string, TarifGolonganDetail>;

function sharedDetail(golongan: Golongan | undefined, pack: RulePack, cache: DetailCache): TarifGolonganDetail {
  const cacheKey = golongan === undefined ? '' : golongan.kind === 'pns' ? `pns${golongan.group}` : `pppk${golongan.grade}`;
  let detail = cache.get(cacheKey);
  if (!detail) cache.set(cacheKey, (detail = tarifGolonganDetail(golongan, pack)));
  return detail;
}

/** PPh 21 of one employee: withheld from the TPP, or borne by the employer (never both above 0). */
export interface Pph21Outcome {
  pph21: number;
  /** Tax the employer bears (`ditanggung` with `ditanggung_dengan`); 0 otherwise. */
  ditanggung: number;
  /** The employer's BPJS counted in the taxable gross (0 unless `bruto_termasuk_bpjs_pemda`). */
  bpjsPemdaKenaPajak: number;
  detail: Pph21Detail;
}

/** PPh 21 of a run's employees under one pack. */
export interface Pph21Calculator {
  compute(input: Pph21Input): Pph21Outcome;
}

/** A calculator for one run: each golongan's tarif_golongan detail is worked out once and shared. */
export function createPph21Calculator(pack: RulePack): Pph21Calculator {
  const details: DetailCache = new Map();
  return { compute: (input) => pph21Of(input, pack, details) };
}

/** PPh 21 on the gross TPP, sharing nothing with other calls. Inputs the method needs were checked when `pegawai` was read. */
export function computePph21(input: Pph21Input, pack: RulePack): Pph21Outcome {
  return pph21Of(input, pack, undefined);
}

/** The tax by one method on a taxable gross (the TPP part; TER adds the other income). */
function taxBy(metode: 'tarif_golongan' | 'ter', taxable: number, input: Pph21Input, pack: RulePack, details: DetailCache | undefined): { pajak: number; detail: TaxedDetail } {
  const pajak = pack.pajak;
  if (metode === 'tarif_golongan') {
    const detail = details ? sharedDetail(input.golongan, pack, details) : tarifGolonganDetail(input.golongan, pack);
    return { pajak: roundRupiahProduct(pajak.pembulatan, taxable, 100, detail.tarif), detail };
  }
  const kategori = terCategory(input.statusPtkp ?? 'TK/0');
  const bands = pajak.ter[kategori];
  const brutoLain = input.brutoLain ?? 0;
  const total = brutoLain + taxable;
  const tarifTotal = terRate(bands, total);
  const tarifLain = terRate(bands, brutoLain);
  const pajakTotal = roundRupiahProduct(pajak.pembulatan, total, 100, tarifTotal);
  const pajakLain = roundRupiahProduct(pajak.pembulatan, brutoLain, 100, tarifLain);
  return { pajak: Math.max(0, pajakTotal - pajakLain), detail: { metode: 'ter', kategori, brutoLain, tarifTotal, tarifLain, pajakTotal, pajakLain } };
}

function pph21Of(input: Pph21Input, pack: RulePack, details: DetailCache | undefined): Pph21Outcome {
  const pajak = pack.pajak;
  const bpjsPemdaKenaPajak = pajak.bruto_termasuk_bpjs_pemda ? (input.bpjsPemda ?? 0) : 0;
  const taxable = input.tppBruto + bpjsPemdaKenaPajak;
  switch (pajak.metode) {
    case 'tarif_golongan':
    case 'ter': {
      if (pajak.metode === 'ter' && input.desember) {
        const annual = computeDecemberPph21({ tppKenaPajak: taxable, brutoLain: input.brutoLain ?? 0, iuranPensiun: input.desember.iuranPensiun, statusPtkp: input.statusPtkp ?? 'TK/0', prior: input.desember.prior }, pajak);
        return { pph21: annual.pajak, ditanggung: 0, bpjsPemdaKenaPajak, detail: annual.detail };
      }
      const { pajak: pph21, detail } = taxBy(pajak.metode, taxable, input, pack, details);
      return { pph21, ditanggung: 0, bpjsPemdaKenaPajak, detail };
    }
    case 'ditanggung': {
      if (pajak.ditanggung_dengan === undefined) return { pph21: 0, ditanggung: 0, bpjsPemdaKenaPajak: 0, detail: { metode: 'ditanggung' } };
      const { pajak: ditanggung, detail } = taxBy(pajak.ditanggung_dengan, taxable, input, pack, details);
      return { pph21: 0, ditanggung, bpjsPemdaKenaPajak, detail: { metode: 'ditanggung', dihitung: detail } };
    }
    case 'tidak_ada':
      return { pph21: 0, ditanggung: 0, bpjsPemdaKenaPajak: 0, detail: { metode: 'tidak_ada' } };
  }
}

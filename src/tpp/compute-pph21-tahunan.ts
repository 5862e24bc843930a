/**
 * December PPh 21 on TPP under TER (PMK 168/2023): the last tax period recalculates the year with the
 * Pasal 17 rates. Consistent with the monthly method (tax on gaji + TPP minus tax on gaji), the TPP's
 * share of the year's tax is tax(gaji + TPP) − tax(gaji); December withholds that less what
 * January–November withheld from the TPP. The iuran pensiun/THT withheld from the salary is deducted from
 * both (it is the salary's, PP 58/2023's worked example deducts it). Rates, biaya jabatan and PTKP are in the pack.
 */
import { Exact, roundRupiah } from '../exact.js';
import type { RulePack, TerBand } from '../rules/rule-pack-schema.js';
import type { AnnualTaxDetail } from '../model/results.js';
import type { Pph21PriorMonths } from '../model/period.js';

/** What December's annual recalculation needs from one employee. */
export interface DecemberTaxInput {
  /** December's taxable TPP (gross, plus the employer's BPJS when the pack taxes it). */
  tppKenaPajak: number;
  /** The monthly other income (penghasilan_bruto, else gaji). */
  brutoLain: number;
  /** The monthly iuran pensiun/THT withheld from the salary. */
  iuranPensiun: number;
  statusPtkp: string;
  /** January–November from the archive; undefined when the employee is in none of those months. */
  prior: Pph21PriorMonths | undefined;
}

/**
 * Months between the first month the employee is in and November that the archive lacks for them:
 * a gap means income this calculation cannot see, so their December stays TER.
 */
export function monthsMissingFor(prior: Pph21PriorMonths | undefined): number[] {
  if (prior === undefined || prior.bulan.length === 0) return [];
  const present = new Set(prior.bulan);
  const missing: number[] = [];
  for (let m = prior.bulan[0]!; m <= 11; m++) if (!present.has(m)) missing.push(m);
  return missing;
}

/** Pasal 17 tax on a year's PKP: each slice of the brackets at its rate. */
export function pasal17Tax(pkp: number, bands: readonly TerBand[], rounding: RulePack['pajak']['pembulatan']): number {
  let tax = Exact.ZERO;
  let lower = 0;
  for (const band of bands) {
    const upper = band.sampai ?? Number.POSITIVE_INFINITY;
    const slice = Math.min(pkp, upper) - lower;
    if (slice <= 0) break;
    tax = tax.add(Exact.of(slice).mul(band.tarif).div(Exact.HUNDRED));
    lower = upper;
  }
  return roundRupiah(tax, rounding);
}

/** PKP: net income less PTKP, rounded down to the thousand (never below 0). */
function pkpOf(neto: Exact, ptkp: number): number {
  const above = neto.sub(Exact.of(ptkp));
  if (!above.gt(Exact.ZERO)) return 0;
  return Number(above.div(Exact.of(1000)).floor()) * 1000;
}

/**
 * December's PPh 21 on the TPP by the annual recalculation. Negative when January–November withheld
 * more than the year's tax on the TPP: the excess is returned with December's TPP (PMK 168/2023).
 */
export function computeDecemberPph21(input: DecemberTaxInput, pajak: RulePack['pajak']): { pajak: number; detail: AnnualTaxDetail } {
  const rules = pajak.tahunan;
  // The months worked: a mid-year joiner's income is the months they were paid, not annualised.
  const bulan = (input.prior?.bulan.length ?? 0) + 1;
  const gajiSetahun = input.brutoLain * bulan;
  const iuranPensiunSetahun = input.iuranPensiun * bulan;
  const tppSebelumnya = input.prior?.brutoKenaPajak ?? 0;
  const bruto = gajiSetahun + tppSebelumnya + input.tppKenaPajak;
  const biayaJabatanMaks = rules.biaya_jabatan.maks_sebulan * bulan;
  const maks = Exact.of(biayaJabatanMaks);
  const share = rules.biaya_jabatan.persen.div(Exact.HUNDRED);
  // The salary takes its biaya jabatan first (its payroll recalculates it alone); the TPP gets what is left under the cap.
  const biayaJabatan = Exact.of(bruto).mul(share).min(maks);
  const biayaJabatanGaji = Exact.of(gajiSetahun).mul(share).min(maks);
  // The status was checked when pegawai was read (one of the eight the table holds).
  const ptkp = rules.ptkp[input.statusPtkp as keyof typeof rules.ptkp];
  const iuran = Exact.of(iuranPensiunSetahun);
  const pkp = pkpOf(Exact.of(bruto).sub(biayaJabatan).sub(iuran), ptkp);
  const pkpGaji = pkpOf(Exact.of(gajiSetahun).sub(biayaJabatanGaji).sub(iuran), ptkp);
  const pajakSetahun = pasal17Tax(pkp, rules.tarif_pasal17, pajak.pembulatan);
  const pajakGaji = pasal17Tax(pkpGaji, rules.tarif_pasal17, pajak.pembulatan);
  const pajakTpp = pajakSetahun - pajakGaji;
  const dipotong = input.prior?.pph21 ?? 0;
  const pajakDesember = pajakTpp - dipotong;
  return {
    pajak: pajakDesember,
    detail: {
      metode: 'tahunan',
      bulan,
      brutoLain: input.brutoLain,
      gajiSetahun,
      tppSebelumnya,
      tppDesember: input.tppKenaPajak,
      biayaJabatan,
      biayaJabatanMaks,
      biayaJabatanGaji,
      iuranPensiunSetahun,
      ptkp,
      pkp,
      pkpGaji,
      pajakSetahun,
      pajakGaji,
      pajakTpp,
      dipotong,
      pajakDesember,
    },
  };
}

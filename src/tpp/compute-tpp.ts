/**
 * Gross TPP and pay status (SPEC §4.7): pagu × status factor × paid-day fraction, split into the
 * pack's components, minus the largest active sanction; then PPh 21, BPJS and net (§4.8).
 * Held (`ditahan`) and `nihil` employees get 0 in every money column.
 */
import type { DasarKomponen, StatusBayar } from '../model/domain.js';
import { Exact, productOf, roundRupiahProduct, roundSafeQuotient } from '../exact.js';
import type { Golongan } from '../model/golongan.js';
import type { RulePack, TppRounding } from '../rules/rule-pack-schema.js';
import { computeBpjs } from './compute-bpjs.js';
import { computePph21, createPph21Calculator, type Pph21Calculator, type Pph21Input } from './compute-pph21.js';
import { computePlt, type TppPltInput } from './compute-plt.js';
import type { KomponenResult, TppResult } from '../model/results.js';

/** What the TPP computation needs for one employee. */
export interface TppInput {
  pagu?: number;
  status: string;
  hariBayar: number;
  /** Paid days taken off by day codes' pay shares (undefined or 0: none); lowers faktor_hari only. */
  potonganHariBayar?: Exact;
  /** Working days of a full month on the employee's schedule (the pro-rata denominator). */
  hariKerjaPenuh: number;
  tk: number;
  keteranganTpp?: string;
  /** Values a component may take as its base (absent ones count 0). */
  nilai: Partial<Record<Exclude<DasarKomponen, 'tetap' | 'faktor_predikat'>, Exact>>;
  faktorPredikat: Exact;
  /** Percent the presence gate pays of the gated components (undefined: no gate). */
  persenGerbang?: Exact;
  persenHukdis: Exact;
  /**
   * Active sanctions with their scope, when any cuts named components only (undefined otherwise: the
   * largest percent, persenHukdis, cuts the whole TPP). An unscoped one also cuts an acting addition.
   */
  sanksi?: readonly { persen: Exact; komponen: readonly string[] | undefined }[] | undefined;
  held: boolean;
  golongan?: Golongan;
  statusPtkp?: string;
  gaji?: number;
  penghasilanBruto?: number;
  /**
   * The month's segments when the post changed within it (undefined otherwise): each is paid on its own
   * ceiling and status for its own paid days; `pagu`, `status`, `hariBayar` above are then the last
   * segment's post and the month's days.
   */
  segmen?: readonly TppSegmentInput[];
  /** Acting posts (Plt/Plh) in the period and the pack's rule (undefined: none). */
  plt?: TppPltInput | undefined;
  /** December under TER with the year's archive complete: PPh 21 is the annual recalculation. */
  desember?: Pph21Input['desember'];
}

/** One segment of the month as the TPP computation takes it. */
interface TppSegmentInput {
  pagu?: number;
  status: string;
  hariBayar: number;
  potonganHariBayar?: Exact;
}

/** Reasons an employee is `nihil` (SPEC §4.7 precedence 2). */
export function nihilReasons(input: Pick<TppInput, 'keteranganTpp' | 'tk' | 'hariBayar' | 'persenGerbang'>, pack: RulePack): string[] {
  const reasons: string[] = [];
  if (input.keteranganTpp !== undefined && pack.tpp.pengecualian.includes(input.keteranganTpp)) reasons.push(input.keteranganTpp);
  const batas = pack.presensi.tk_batas_hari_tpp_nol;
  if (batas !== null && input.tk >= batas) reasons.push('TK_MELEBIHI_BATAS');
  // A gate paying 0 on every component leaves nothing to pay: nihil, with its reason.
  if (input.persenGerbang?.isZero() && gatesEveryComponent(pack)) reasons.push('KEHADIRAN_DI_BAWAH_BATAS');
  if (input.hariBayar === 0) reasons.push('TIDAK_ADA_HARI_BAYAR');
  return reasons;
}

function gatesEveryComponent(pack: RulePack): boolean {
  const named = pack.presensi.gerbang_kehadiran.komponen;
  return named.length === 0 || pack.tpp.komponen.every((k) => named.includes(k.nama));
}

function baseOf(dasar: DasarKomponen, input: TppInput): Exact {
  switch (dasar) {
    case 'tetap':
      return Exact.HUNDRED;
    case 'faktor_predikat':
      return input.faktorPredikat;
    case 'capaian_skp':
    case 'nilai_kinerja':
      // SPEC §3: these count at most 100 as a base.
      return (input.nilai[dasar] ?? Exact.ZERO).min(Exact.HUNDRED);
    case 'nilai_disiplin':
    case 'nilai_perilaku':
    case 'aktivitas': // already capped at the pack's aktivitas.maks_persen
      return input.nilai[dasar] ?? Exact.ZERO;
  }
}

/** What every employee paid under one status factor shares. */
interface StatusConstants {
  /** faktor_status / 100, the status part of `dasar`. */
  perHundred: Exact;
  /** Per component: faktor_status × bobot / 10^6, so a component is pagu × this × faktor_hari × base. */
  shares: Exact[];
}

function statusConstants(pack: RulePack, faktorStatus: Exact): StatusConstants {
  const million = Exact.of(1_000_000);
  return { perHundred: faktorStatus.div(Exact.HUNDRED), shares: pack.tpp.komponen.map((k) => faktorStatus.mul(k.bobot).div(million)) };
}

/** What a run's calculator keeps between employees; absent for a one-off computation. */
interface TppCache {
  /** By status factor: worked out once for the pack. */
  constants: Map<Exact, StatusConstants>;
  /** faktor_hari by paid and full days: few distinct pairs, one shared instance each (it is kept per employee). */
  dayFactors: Map<number, Exact>;
  pph21: Pph21Calculator;
}

function constantsOf(pack: RulePack, faktorStatus: Exact, cache: TppCache | undefined): StatusConstants {
  if (!cache) return statusConstants(pack, faktorStatus);
  let c = cache.constants.get(faktorStatus);
  if (!c) cache.constants.set(faktorStatus, (c = statusConstants(pack, faktorStatus)));
  return c;
}

function faktorHariOf(hariBayar: number, potongan: Exact | undefined, hariKerjaPenuh: number, cache: TppCache | undefined): Exact {
  if (hariKerjaPenuh === 0) return Exact.ZERO;
  // Rare: not worth caching. A partly paid day counts as its paid share of a day.
  if (potongan !== undefined && !potongan.isZero()) return Exact.of(hariBayar).sub(potongan).max(Exact.ZERO).div(Exact.of(hariKerjaPenuh));
  if (!cache || !(hariBayar >= 0 && hariBayar < 1024 && hariKerjaPenuh > 0 && hariKerjaPenuh < 1024 && Number.isInteger(hariBayar) && Number.isInteger(hariKerjaPenuh))) {
    return Exact.of(hariBayar, hariKerjaPenuh);
  }
  const key = hariBayar * 1024 + hariKerjaPenuh;
  let f = cache.dayFactors.get(key);
  if (!f) cache.dayFactors.set(key, (f = Exact.of(hariBayar, hariKerjaPenuh)));
  return f;
}

/** A segment with what paying it takes; undefined for the whole list when one has no ceiling or a status the pack lacks (the employee is held then). */
function segmentsOf(
  list: readonly TppSegmentInput[],
  hariKerjaPenuh: number,
  pack: RulePack,
  cache: TppCache | undefined,
): { pagu: number; faktorStatus: Exact; constants: StatusConstants; faktorHari: Exact }[] | undefined {
  const out: { pagu: number; faktorStatus: Exact; constants: StatusConstants; faktorHari: Exact }[] = [];
  for (const s of list) {
    const faktorStatus = pack.tpp.faktor_status[s.status];
    if (s.pagu === undefined || faktorStatus === undefined) return undefined;
    out.push({ pagu: s.pagu, faktorStatus, constants: constantsOf(pack, faktorStatus, cache), faktorHari: faktorHariOf(s.hariBayar, s.potonganHariBayar, hariKerjaPenuh, cache) });
  }
  return out;
}

/** The TPP of a run's employees under one pack. */
export interface TppCalculator {
  compute(input: TppInput): TppResult;
}

/**
 * A calculator for one run: constants per status factor, faktor_hari and PPh 21 details are worked
 * out once and shared by the employees computed with it. Create one per run (per pack).
 */
export function createTppCalculator(pack: RulePack): TppCalculator {
  const cache: TppCache = { constants: new Map(), dayFactors: new Map(), pph21: createPph21Calculator(pack) };
  return { compute: (input) => tppOf(input, pack, cache) };
}

/** Computes an employee's TPP, tax, BPJS and pay status, sharing nothing with other calls (a run uses `createTppCalculator`). */
export function computeTpp(input: TppInput, pack: RulePack): TppResult {
  return tppOf(input, pack, undefined);
}

/**
 * The hukdis deduction from the rounded components' subtotal. `sama_dengan_jumlah` rounds what the
 * sanction leaves (subtotal × (100 − persen) / 100) the way components round and deducts the rest, so
 * a floor pack rounds the deduction up rather than in the employee's favour.
 */
function sanctionDeduction(subtotal: number, persenHukdis: Exact, rounding: TppRounding): number {
  if (rounding.potongan === 'sendiri') return roundRupiahProduct(rounding.komponen, subtotal, 100, persenHukdis);
  return subtotal - roundRupiahProduct(rounding.komponen, subtotal, 100, Exact.HUNDRED.sub(persenHukdis));
}

/**
 * The deduction when some sanction cuts named components only: each part (a component, the acting
 * addition) takes the largest percent of the sanctions that reach it, and the parts sharing a percent
 * are cut together the way one sanction cuts the whole TPP.
 */
function scopedSanctionDeduction(
  komponen: readonly KomponenResult[],
  tppPlt: number,
  sanksi: readonly { persen: Exact; komponen: readonly string[] | undefined }[],
  rounding: TppRounding,
): number {
  const percentOf = (name: string | undefined) =>
    sanksi.reduce((max, s) => (s.komponen === undefined || (name !== undefined && s.komponen.includes(name)) ? s.persen.max(max) : max), Exact.ZERO);
  const byPercent = new Map<string, { persen: Exact; subtotal: number }>();
  const add = (persen: Exact, amount: number) => {
    const key = persen.toString();
    const group = byPercent.get(key) ?? { persen, subtotal: 0 };
    group.subtotal += amount;
    byPercent.set(key, group);
  };
  for (const k of komponen) add(percentOf(k.nama), k.jumlah);
  if (tppPlt > 0) add(percentOf(undefined), tppPlt);
  let deduction = 0;
  for (const { persen, subtotal } of byPercent.values()) if (!persen.isZero()) deduction += sanctionDeduction(subtotal, persen, rounding);
  return deduction;
}

function tppOf(input: TppInput, pack: RulePack, cache: TppCache | undefined): TppResult {
  const faktorHari = faktorHariOf(input.hariBayar, input.potonganHariBayar, input.hariKerjaPenuh, cache);
  const faktorStatus = pack.tpp.faktor_status[input.status];
  const alasanNihil = nihilReasons(input, pack);
  const statusBayar: StatusBayar = input.held ? 'ditahan' : alasanNihil.length > 0 ? 'nihil' : 'dibayar';
  const komponenPack = pack.tpp.komponen;
  // map, not push: an array grown by push keeps 17 slots, ~130 bytes per employee held to the end (L: 500,000).
  const komponen: KomponenResult[] = komponenPack.map((k) => ({ nama: k.nama, bobot: k.bobot, dasar: k.dasar, nilaiDasar: baseOf(k.dasar, input), jumlah: 0 }));
  // One object shape for every employee: absent optional values are undefined, never missing keys.
  const result: TppResult = {
    pagu: input.pagu,
    faktorStatus,
    faktorHari,
    faktorPredikat: input.faktorPredikat,
    persenGerbang: input.persenGerbang,
    dasar: undefined,
    komponen,
    persenHukdis: input.persenHukdis,
    potonganHukdis: 0,
    pembulatanBruto: 0,
    plt: undefined,
    tppPlt: 0,
    tppBruto: 0,
    pph21: 0,
    pph21Detail: undefined,
    pph21Kurang: undefined,
    pph21Ditanggung: 0,
    bpjsPemdaKenaPajak: 0,
    dasarBpjs: 0,
    bpjsPegawai: 0,
    bpjsPemda: 0,
    tppNetto: 0,
    statusBayar,
    alasanNihil,
    segmen: undefined,
  };
  if (input.pagu === undefined || faktorStatus === undefined) return result;
  const constants = constantsOf(pack, faktorStatus, cache);
  const segments = input.segmen === undefined ? undefined : segmentsOf(input.segmen, input.hariKerjaPenuh, pack, cache);
  if (input.segmen !== undefined && segments === undefined) return result;
  result.dasar = segments === undefined ? productOf(input.pagu, constants.perHundred, faktorHari) : segments.reduce((sum, s) => sum.add(productOf(s.pagu, s.constants.perHundred, s.faktorHari)), Exact.ZERO);
  result.segmen = segments?.map((s) => ({ pagu: s.pagu, faktorStatus: s.faktorStatus, faktorHari: s.faktorHari, komponen: komponen.map(() => 0), jumlah: 0 }));
  if (statusBayar !== 'dibayar') return result;

  // Each amount is rounded straight from the exact product (the value dasar × bobot/100 × base/100),
  // so no intermediate fraction is built or reduced.
  const rounding = pack.pembulatan;
  let subtotal = 0;
  const gate = input.persenGerbang;
  const gated = pack.presensi.gerbang_kehadiran.komponen;
  // The gate joins the day factor in one exact product, so each amount is still rounded once.
  const gatedHari = gate === undefined ? faktorHari : faktorHari.mul(gate).div(Exact.HUNDRED);
  if (segments === undefined) {
    for (let i = 0; i < komponen.length; i++) {
      const k = komponen[i]!;
      const hari = gated.length === 0 || gated.includes(k.nama) ? gatedHari : faktorHari;
      k.jumlah = roundRupiahProduct(rounding.komponen, input.pagu, 1, constants.shares[i]!, hari, k.nilaiDasar);
      subtotal += k.jumlah;
    }
  } else {
    // Each segment's components are rounded on their own, as two offices paying their part would: the
    // segments' amounts add up to the employee's line to the rupiah.
    segments.forEach((s, j) => {
      const own = result.segmen![j]!;
      const segmentGated = gate === undefined ? s.faktorHari : s.faktorHari.mul(gate).div(Exact.HUNDRED);
      for (let i = 0; i < komponen.length; i++) {
        const k = komponen[i]!;
        const hari = gated.length === 0 || gated.includes(k.nama) ? segmentGated : s.faktorHari;
        const amount = roundRupiahProduct(rounding.komponen, s.pagu, 1, s.constants.shares[i]!, hari, k.nilaiDasar);
        own.komponen[i] = amount;
        own.jumlah += amount;
        k.jumlah += amount;
        subtotal += amount;
      }
    });
  }
  // Acting posts: paid through the same bases, then part of the subtotal the sanction cuts.
  if (input.plt !== undefined && input.plt.periods.length > 0) {
    const gateShare = gate === undefined ? Exact.ONE : gate.div(Exact.HUNDRED);
    const bases = komponen.map((k, i) => ({ share: constants.shares[i]!, gate: gated.length === 0 || gated.includes(k.nama) ? gateShare : Exact.ONE, nilaiDasar: k.nilaiDasar }));
    result.plt = computePlt(input.plt, input.pagu, input.hariKerjaPenuh, bases, rounding.komponen);
    result.tppPlt = result.plt.jumlah;
    subtotal += result.tppPlt;
  }
  result.potonganHukdis = input.sanksi === undefined ? sanctionDeduction(subtotal, input.persenHukdis, rounding) : scopedSanctionDeduction(komponen, result.tppPlt, input.sanksi, rounding);
  const grossBeforeRounding = subtotal - result.potonganHukdis;
  // floor_1000 only moves down, so the difference is 0..999 taken off, never money added.
  result.tppBruto = rounding.bruto === 'floor_1000' ? roundSafeQuotient(grossBeforeRounding, 1, 'floor_1000') : grossBeforeRounding;
  result.pembulatanBruto = grossBeforeRounding - result.tppBruto;
  const bpjs = computeBpjs(result.tppBruto, input.gaji, pack);
  result.dasarBpjs = bpjs.dasarBpjs;
  result.bpjsPegawai = bpjs.bpjsPegawai;
  result.bpjsPemda = bpjs.bpjsPemda;
  const taxInput = {
    tppBruto: result.tppBruto,
    bpjsPemda: bpjs.bpjsPemda,
    golongan: input.golongan,
    statusPtkp: input.statusPtkp,
    brutoLain: input.penghasilanBruto ?? input.gaji,
    desember: input.desember,
  };
  const tax = cache ? cache.pph21.compute(taxInput) : computePph21(taxInput, pack);
  result.pph21Ditanggung = tax.ditanggung;
  result.bpjsPemdaKenaPajak = tax.bpjsPemdaKenaPajak;
  // The net is never negative: a payout list cannot take money back from the employee.
  const bearable = result.tppBruto - result.bpjsPegawai;
  result.pph21 = Math.min(tax.pph21, bearable);
  result.pph21Detail = tax.detail;
  if (tax.pph21 > bearable) result.pph21Kurang = tax.pph21 - bearable;
  result.tppNetto = result.tppBruto - result.pph21 - result.bpjsPegawai;
  return result;
}

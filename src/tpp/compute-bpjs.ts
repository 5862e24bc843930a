/**
 * BPJS Kesehatan on TPP (SPEC §4.8, Perpres 75/2019): the TPP pays on the headroom between the wage
 * and the ceiling; both shares always round half up to whole rupiah.
 */
import { roundRupiahProduct } from '../exact.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import type { BpjsResult } from '../model/results.js';

/** `dasar_bpjs = min(tpp_bruto, max(0, batas_upah − upah))`. */
export function computeBpjs(tppBruto: number, gaji: number | undefined, pack: RulePack): BpjsResult {
  const upah = gaji ?? 0;
  const dasarBpjs = Math.min(tppBruto, Math.max(0, pack.bpjs.batas_upah - upah));
  return {
    upah,
    dasarBpjs,
    bpjsPegawai: roundRupiahProduct('half_up', dasarBpjs, 100, pack.bpjs.persen_pegawai),
    bpjsPemda: roundRupiahProduct('half_up', dasarBpjs, 100, pack.bpjs.persen_pemda),
  };
}

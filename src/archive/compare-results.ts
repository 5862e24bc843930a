/**
 * The per-employee difference between two results (pure): what was paid (or the earlier folder)
 * against the new results, with the reasons that changed. Corrections (`selisih.csv`) and
 * `kinerja bandingkan` both use it, so they cannot disagree.
 */
import type { ArchivedEmployee } from './read-results.js';

/** A reason the amount may have changed, from the columns that differ. */
export type ChangeReason = 'BARU' | 'TIDAK_ADA' | 'STATUS_BAYAR' | 'STATUS' | 'PAGU' | 'HARI' | 'DISIPLIN' | 'PREDIKAT' | 'HUKDIS' | 'PLT' | 'PAJAK' | 'BPJS' | 'RAPEL' | 'LAIN';

/** What each reason compares (columns of pegawai.csv; a missing column compares as empty). */
const REASON_COLUMNS: readonly [ChangeReason, readonly string[]][] = [
  ['STATUS_BAYAR', ['status_bayar']],
  ['STATUS', ['status']],
  ['PAGU', ['tpp_pagu', 'kelas_jabatan']],
  ['HARI', ['hari_kerja', 'hari_bayar']],
  ['DISIPLIN', ['potongan_disiplin', 'nilai_disiplin']],
  ['PREDIKAT', ['predikat']],
  ['HUKDIS', ['potongan_hukdis']],
  ['PLT', ['tpp_plt']],
  ['PAJAK', ['pph21', 'pph21_ditanggung']],
  ['BPJS', ['bpjs_pegawai']],
  ['RAPEL', ['rapel']],
];

/** The pegawai.csv columns a reason compares (empty for BARU, TIDAK_ADA and LAIN). */
export function reasonColumns(reason: ChangeReason): readonly string[] {
  return REASON_COLUMNS.find(([r]) => r === reason)?.[1] ?? [];
}

/** One employee's difference. `selisih` = b − a (netto); positive: underpaid (kekurangan bayar). */
export interface EmployeeChange {
  nip: string;
  nama: string;
  unit: string;
  /** Netto in a (0 when absent there). */
  nettoA: number;
  nettoB: number;
  selisih: number;
  /**
   * `belum_pasti` (corrections only): paid before, now held or not in the correction's staff file. A
   * doubt about the data, not an overpayment: outside the totals, never recovered.
   */
  jenis: 'kekurangan_bayar' | 'kelebihan_bayar' | 'sama' | 'belum_pasti';
  alasan: ChangeReason[];
  predikatA: string | undefined;
  predikatB: string | undefined;
  statusBayarA: string | undefined;
  statusBayarB: string | undefined;
}

/** The whole difference. */
export interface ResultsComparison {
  /** Employees whose netto or any compared column changed, largest |selisih| first, then by NIP. */
  changes: EmployeeChange[];
  totals: {
    nettoA: number;
    nettoB: number;
    /** Sum of the positive differences. */
    kekuranganBayar: number;
    /** Sum of the negative differences, as a positive amount. */
    kelebihanBayar: number;
    /** kekuranganBayar − kelebihanBayar: nettoB − nettoA but for the unsettled rows. */
    bersih: number;
    pegawaiBerubah: number;
    /** Rows of jenis `belum_pasti`. */
    pegawaiBelumPasti: number;
  };
}

/** Netto an employee received in a results folder: held and nihil employees received nothing. */
function nettoOf(e: ArchivedEmployee | undefined): number {
  return e === undefined || e.statusBayar !== 'dibayar' ? 0 : e.tppNetto;
}

function reasonsOf(a: ArchivedEmployee | undefined, b: ArchivedEmployee | undefined, selisih: number): ChangeReason[] {
  if (a === undefined) return ['BARU'];
  if (b === undefined) return ['TIDAK_ADA'];
  // Arrears compare as amounts: a folder without the rapel column paid none.
  const differs = (reason: ChangeReason, columns: readonly string[]) => (reason === 'RAPEL' ? a.rapel !== b.rapel : columns.some((c) => (a.fields[c] ?? '') !== (b.fields[c] ?? '')));
  const reasons = REASON_COLUMNS.filter(([reason, columns]) => differs(reason, columns)).map(([reason]) => reason);
  if (reasons.length === 0 && selisih !== 0) reasons.push('LAIN');
  return reasons;
}

/**
 * Compares two folders' employees (by NIP). `arrearsPaidA`: arrears of a's period already paid to
 * employees with later months (`run --rapel`); they count as paid in a, so a correction never asks
 * for them again.
 */
export function compareResults(
  a: ReadonlyMap<string, ArchivedEmployee>,
  b: ReadonlyMap<string, ArchivedEmployee>,
  arrearsPaidA: ReadonlyMap<string, number> = new Map(),
  options: { correction?: boolean } = {},
): ResultsComparison {
  const nips = new Set([...a.keys(), ...b.keys()]);
  const changes: EmployeeChange[] = [];
  let nettoA = 0;
  let nettoB = 0;
  let kekuranganBayar = 0;
  let kelebihanBayar = 0;
  let pegawaiBelumPasti = 0;
  for (const nip of nips) {
    const ea = a.get(nip);
    const eb = b.get(nip);
    const arrears = arrearsPaidA.get(nip) ?? 0;
    const na = nettoOf(ea) + arrears;
    const nb = nettoOf(eb);
    nettoA += na;
    nettoB += nb;
    const selisih = nb - na;
    // In a correction, someone paid and now held or gone from the staff file is in doubt, not overpaid.
    const unsettled = options.correction === true && ea?.statusBayar === 'dibayar' && (eb === undefined || eb.statusBayar === 'ditahan');
    if (unsettled) pegawaiBelumPasti += 1;
    else if (selisih > 0) kekuranganBayar += selisih;
    else kelebihanBayar -= selisih;
    const alasan = reasonsOf(ea, eb, selisih);
    if (arrears > 0 && !alasan.includes('RAPEL')) alasan.splice(alasan.indexOf('LAIN') >= 0 ? alasan.indexOf('LAIN') : alasan.length, 1, 'RAPEL');
    if (selisih === 0 && alasan.length === 0) continue;
    const named = (eb ?? ea)!;
    changes.push({
      nip,
      nama: named.nama,
      unit: named.unit,
      nettoA: na,
      nettoB: nb,
      selisih,
      jenis: unsettled ? 'belum_pasti' : selisih > 0 ? 'kekurangan_bayar' : selisih < 0 ? 'kelebihan_bayar' : 'sama',
      alasan,
      predikatA: ea?.predikat,
      predikatB: eb?.predikat,
      statusBayarA: ea?.statusBayar,
      statusBayarB: eb?.statusBayar,
    });
  }
  changes.sort((x, y) => Math.abs(y.selisih) - Math.abs(x.selisih) || (x.nip < y.nip ? -1 : x.nip > y.nip ? 1 : 0));
  return {
    changes,
    totals: { nettoA, nettoB, kekuranganBayar, kelebihanBayar, bersih: kekuranganBayar - kelebihanBayar, pegawaiBerubah: changes.length, pegawaiBelumPasti },
  };
}

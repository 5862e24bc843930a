/** The arrears of a period (pure): who is owed what, and how this month's status pays it. */
import { describe, expect, it } from 'vitest';
import { arrearsOfPeriod, type RecomputedPay } from '../../src/archive/rapel.js';
import type { ArchivedEmployee } from '../../src/archive/read-results.js';
import { applyArrears, type ArrearsFound } from '../../src/compute-rapel.js';
import type { EmployeeResult, PeriodResults } from '../../src/model/results.js';

function archived(nip: string, statusBayar: ArchivedEmployee['statusBayar'], tppNetto: number): ArchivedEmployee {
  return { nip, nama: `P${nip}`, unit: 'U', status: 'PNS', statusBayar, predikat: 'BAIK', tppPagu: 5_000_000, tppBruto: tppNetto, pph21: 0, bpjsPegawai: 0, bpjsPemda: 0, tppNetto, rapel: 0, keterangan: [], fields: {} };
}
const pay = (statusBayar: RecomputedPay['statusBayar'], tppNetto: number): RecomputedPay => ({ nama: 'x', statusBayar, tppNetto });

describe('arrearsOfPeriod', () => {
  const paid = new Map([
    ['1', archived('1', 'ditahan', 0)],
    ['2', archived('2', 'ditahan', 0)],
    ['3', archived('3', 'ditahan', 0)],
    ['4', archived('4', 'ditahan', 0)],
    ['5', archived('5', 'ditahan', 0)],
    ['6', archived('6', 'dibayar', 4_000_000)],
    ['7', archived('7', 'dibayar', 4_000_000)],
  ]);
  const recomputed = new Map([
    ['1', pay('dibayar', 6_110_000)],
    ['2', pay('dibayar', 2_000_000)],
    ['3', pay('ditahan', 0)],
    ['4', pay('nihil', 0)],
    // 5 left the staff file of the period.
    ['6', pay('dibayar', 4_000_000)],
    ['7', pay('dibayar', 4_100_000)],
    ['8', pay('dibayar', 1_000_000)],
  ]);
  // 1,000,000 of 1's arrears and all 2,000,000 of 2's were paid by earlier runs.
  const already = new Map([
    ['1', 1_000_000],
    ['2', 2_000_000],
  ]);
  const { lines, owed, berubahBukanRapel } = arrearsOfPeriod('2026-10', paid, recomputed, already);

  it('owes the recomputed netto less what earlier arrears paid: 6,110,000 − 1,000,000 = 5,110,000', () => {
    expect(owed).toEqual(new Map([['1', 5_110_000]]));
    expect(lines.find((l) => l.nip === '1')).toMatchObject({ nettoSeharusnya: 6_110_000, sudahDibayar: 1_000_000, rapel: 0, status: 'dibayar' });
  });

  it('lists the paid-in-full, the still held, the nihil and the removed without paying them', () => {
    expect(lines.map((l) => [l.nip, l.status])).toEqual([
      ['1', 'dibayar'],
      ['2', 'lunas'],
      ['3', 'masih_ditahan'],
      ['4', 'nihil'],
      ['5', 'masih_ditahan'],
    ]);
  });

  it('counts employees not held whose pay would change (7: 4,000,000 → 4,100,000; 8: new) as a correction, not arrears', () => {
    expect(berubahBukanRapel).toBe(2);
  });
});

describe('applyArrears', () => {
  const employee = (nip: string, statusBayar: 'dibayar' | 'ditahan' | 'nihil') => ({ pegawai: { nip }, tpp: { statusBayar, tppNetto: statusBayar === 'dibayar' ? 4_700_000 : 0 } }) as unknown as EmployeeResult;
  const line = (nip: string) => ({ nip, nama: nip, periode: '2026-10', nettoSeharusnya: 6_110_000, sudahDibayar: 0, rapel: 0, status: 'dibayar' as const });
  const found: ArrearsFound = {
    periods: [{ periode: '2026-10', folderDibayar: 'a', folderMasukan: 'b', masukanBerubah: [], berubahBukanRapel: 0 }],
    lines: [line('a'), line('b'), line('c'), line('d')],
    owed: new Map([['2026-10', new Map([['a', 6_110_000], ['b', 6_110_000], ['c', 6_110_000], ['d', 6_110_000]])]]),
  };

  it('pays the employee paid this month; holds it with one held; leaves it pending for nihil or absent', () => {
    const results = { employees: [employee('a', 'dibayar'), employee('b', 'ditahan'), employee('c', 'nihil')] } as unknown as PeriodResults;
    applyArrears(results, found);
    expect(results.rapel?.lines.map((l) => [l.nip, l.status, l.rapel])).toEqual([
      ['a', 'dibayar', 6_110_000],
      ['b', 'ditahan', 0],
      ['c', 'tertunda', 0],
      ['d', 'tertunda', 0],
    ]);
    expect(results.rapel?.jumlah).toBe(6_110_000);
    // Transferred to a: 4,700,000 + 6,110,000.
    const a = results.employees[0]!;
    expect(a.tpp.tppNetto + (a.tpp.rapel?.jumlah ?? 0)).toBe(10_810_000);
    expect(results.employees[1]!.tpp.rapel?.jumlah).toBe(0);
  });
});

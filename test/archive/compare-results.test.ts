import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareResults, reasonColumns } from '../../src/archive/compare-results.js';
import type { ArchivedEmployee } from '../../src/archive/read-results.js';

/** An archived pegawai.csv row; `fields` mirrors the typed values unless overridden. */
function anEmployee(nip: string, over: Partial<Omit<ArchivedEmployee, 'fields'>> & { fields?: Record<string, string> } = {}): ArchivedEmployee {
  const e = { nip, nama: `Pegawai ${nip.slice(-3)}`, unit: 'BKPSDM', status: 'PNS', statusBayar: 'dibayar' as const, predikat: 'BAIK', tppPagu: 5_000_000, tppBruto: 5_000_000, pph21: 250_000, bpjsPegawai: 50_000, bpjsPemda: 200_000, tppNetto: 4_700_000, rapel: 0, keterangan: [], ...over };
  const fields = {
    nip,
    nama: e.nama,
    unit: e.unit,
    status: e.status,
    status_bayar: e.statusBayar,
    predikat: e.predikat,
    tpp_pagu: e.tppPagu === null ? '' : String(e.tppPagu),
    hari_kerja: '22',
    hari_bayar: '22',
    potongan_disiplin: '0.00',
    nilai_disiplin: '100.00',
    potongan_hukdis: '0',
    pph21: String(e.pph21),
    bpjs_pegawai: String(e.bpjsPegawai),
    tpp_netto: String(e.tppNetto),
    ...over.fields,
  };
  return { ...e, fields };
}

const mapOf = (...employees: ArchivedEmployee[]) => new Map(employees.map((e) => [e.nip, e]));
const NIP = ['198001012005011001', '198002022005011002', '198003032005011003', '198004042005011004', '198005052005011005'] as const;

describe('compareResults', () => {
  it('the same results: no change, totals equal, bersih 0', () => {
    const a = mapOf(anEmployee(NIP[0]), anEmployee(NIP[1]));
    const r = compareResults(a, mapOf(anEmployee(NIP[0]), anEmployee(NIP[1])));
    // 2 × 4,700,000 = 9,400,000 on both sides.
    expect(r.totals).toEqual({ nettoA: 9_400_000, nettoB: 9_400_000, kekuranganBayar: 0, kelebihanBayar: 0, bersih: 0, pegawaiBerubah: 0, pegawaiBelumPasti: 0 });
    expect(r.changes).toEqual([]);
  });

  it('a new employee in B: BARU, the whole netto is kekurangan bayar, nothing known of A', () => {
    const r = compareResults(mapOf(anEmployee(NIP[0])), mapOf(anEmployee(NIP[0]), anEmployee(NIP[1], { tppNetto: 3_100_000 })));
    expect(r.changes).toEqual([
      {
        nip: NIP[1], nama: 'Pegawai 002', unit: 'BKPSDM', nettoA: 0, nettoB: 3_100_000, selisih: 3_100_000, jenis: 'kekurangan_bayar', alasan: ['BARU'],
        predikatA: undefined, predikatB: 'BAIK', statusBayarA: undefined, statusBayarB: 'dibayar',
      },
    ]);
    // 4,700,000 → 4,700,000 + 3,100,000 = 7,800,000.
    expect(r.totals).toMatchObject({ nettoA: 4_700_000, nettoB: 7_800_000, kekuranganBayar: 3_100_000, kelebihanBayar: 0, bersih: 3_100_000, pegawaiBerubah: 1 });
  });

  it('an employee gone from B: TIDAK_ADA, the whole netto of A is kelebihan bayar, named from A', () => {
    const r = compareResults(mapOf(anEmployee(NIP[0]), anEmployee(NIP[1], { nama: 'Pindah Keluar', unit: 'DINKES' })), mapOf(anEmployee(NIP[0])));
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ nip: NIP[1], nama: 'Pindah Keluar', unit: 'DINKES', nettoA: 4_700_000, nettoB: 0, selisih: -4_700_000, jenis: 'kelebihan_bayar', alasan: ['TIDAK_ADA'], predikatB: undefined, statusBayarB: undefined });
    expect(r.totals).toMatchObject({ kekuranganBayar: 0, kelebihanBayar: 4_700_000, bersih: -4_700_000 });
  });

  it('held in A, paid in B: A paid nothing (its computed netto does not count), so B’s netto is owed', () => {
    // A held the employee: pegawai.csv may still carry figures, but ditahan received 0.
    const a = mapOf(anEmployee(NIP[0], { statusBayar: 'ditahan', tppNetto: 0 }));
    const b = mapOf(anEmployee(NIP[0]));
    const r = compareResults(a, b);
    expect(r.changes[0]).toMatchObject({ nettoA: 0, nettoB: 4_700_000, selisih: 4_700_000, jenis: 'kekurangan_bayar', alasan: ['STATUS_BAYAR'], statusBayarA: 'ditahan', statusBayarB: 'dibayar' });
    // A held row whose netto column is not 0 still counts as nothing received.
    const held = compareResults(mapOf(anEmployee(NIP[0], { statusBayar: 'ditahan' })), b);
    expect(held.totals).toMatchObject({ nettoA: 0, nettoB: 4_700_000, bersih: 4_700_000 });
  });

  it('paid in A, nihil in B: all of A’s netto is kelebihan bayar', () => {
    const r = compareResults(mapOf(anEmployee(NIP[0])), mapOf(anEmployee(NIP[0], { statusBayar: 'nihil', tppBruto: 0, pph21: 0, bpjsPegawai: 0, tppNetto: 0 })));
    expect(r.changes[0]).toMatchObject({ selisih: -4_700_000, jenis: 'kelebihan_bayar', alasan: ['STATUS_BAYAR', 'PAJAK', 'BPJS'] });
  });

  it('same netto but predikat changed: listed as sama with PREDIKAT, counted as changed, no money', () => {
    const r = compareResults(mapOf(anEmployee(NIP[0], { predikat: 'SANGAT_BAIK' })), mapOf(anEmployee(NIP[0])));
    expect(r.changes).toHaveLength(1);
    expect(r.changes[0]).toMatchObject({ selisih: 0, jenis: 'sama', alasan: ['PREDIKAT'], predikatA: 'SANGAT_BAIK', predikatB: 'BAIK' });
    expect(r.totals).toMatchObject({ kekuranganBayar: 0, kelebihanBayar: 0, bersih: 0, pegawaiBerubah: 1 });
  });

  it('a netto change that no compared column explains is LAIN', () => {
    // e.g. a component's rounding: only tpp_netto moved, by 1 rupiah.
    const r = compareResults(mapOf(anEmployee(NIP[0])), mapOf(anEmployee(NIP[0], { tppNetto: 4_700_001, fields: { tpp_netto: '4700001' } })));
    expect(r.changes[0]).toMatchObject({ selisih: 1, jenis: 'kekurangan_bayar', alasan: ['LAIN'] });
  });

  it('reasons come in a fixed order, from the columns that differ', () => {
    const b = anEmployee(NIP[0], { predikat: 'KURANG', tppPagu: 5_500_000, tppNetto: 3_000_000, fields: { nilai_disiplin: '95.00', potongan_disiplin: '5.00', hari_bayar: '20' } });
    expect(compareResults(mapOf(anEmployee(NIP[0])), mapOf(b)).changes[0]!.alasan).toEqual(['PAGU', 'HARI', 'DISIPLIN', 'PREDIKAT']);
    expect(reasonColumns('DISIPLIN')).toEqual(['potongan_disiplin', 'nilai_disiplin']);
    expect(reasonColumns('BARU')).toEqual([]);
  });

  it('largest |selisih| first, whatever its sign; ties by NIP; same-netto changes last', () => {
    const a = mapOf(anEmployee(NIP[0]), anEmployee(NIP[1]), anEmployee(NIP[2]), anEmployee(NIP[3]), anEmployee(NIP[4]));
    const b = mapOf(
      anEmployee(NIP[0], { tppNetto: 4_600_000 }), // −100,000
      anEmployee(NIP[1], { predikat: 'SANGAT_BAIK' }), // 0, predikat only
      anEmployee(NIP[2], { tppNetto: 5_000_000 }), // +300,000
      anEmployee(NIP[3], { tppNetto: 4_400_000 }), // −300,000 (ties with NIP[2]; NIP[2] sorts first)
      anEmployee(NIP[4], { tppNetto: 4_900_000 }), // +200,000
    );
    const r = compareResults(a, b);
    expect(r.changes.map((c) => [c.nip, c.selisih])).toEqual([
      [NIP[2], 300_000],
      [NIP[3], -300_000],
      [NIP[4], 200_000],
      [NIP[0], -100_000],
      [NIP[1], 0],
    ]);
    // kekurangan 300,000 + 200,000 = 500,000; kelebihan 100,000 + 300,000 = 400,000;
    // netto A 5 × 4,700,000 = 23,500,000; B = 4,600,000 + 4,700,000 + 5,000,000 + 4,400,000 + 4,900,000 = 23,600,000.
    expect(r.totals).toEqual({ nettoA: 23_500_000, nettoB: 23_600_000, kekuranganBayar: 500_000, kelebihanBayar: 400_000, bersih: 100_000, pegawaiBerubah: 5, pegawaiBelumPasti: 0 });
    expect(r.totals.bersih).toBe(r.totals.nettoB - r.totals.nettoA);
    expect(r.totals.bersih).toBe(r.totals.kekuranganBayar - r.totals.kelebihanBayar);
  });

  it('for any two folders: bersih = nettoB − nettoA = kekurangan − kelebihan, and only held/nihil/absent count as 0', () => {
    const side = fc.dictionary(
      fc.constantFrom(...NIP),
      fc.record({ statusBayar: fc.constantFrom('dibayar' as const, 'ditahan' as const, 'nihil' as const), tppNetto: fc.integer({ min: 0, max: 50_000_000 }), predikat: fc.constantFrom('BAIK', 'KURANG') }),
    );
    fc.assert(
      fc.property(side, side, (da, db) => {
        const toMap = (d: typeof da) => mapOf(...Object.entries(d).map(([nip, e]) => anEmployee(nip, e)));
        const r = compareResults(toMap(da), toMap(db));
        const paid = (d: typeof da) => Object.values(d).reduce((s, e) => s + (e.statusBayar === 'dibayar' ? e.tppNetto : 0), 0);
        expect(r.totals.nettoA).toBe(paid(da));
        expect(r.totals.nettoB).toBe(paid(db));
        expect(r.totals.bersih).toBe(r.totals.nettoB - r.totals.nettoA);
        expect(r.totals.bersih).toBe(r.totals.kekuranganBayar - r.totals.kelebihanBayar);
        expect(r.changes.reduce((s, c) => s + c.selisih, 0)).toBe(r.totals.bersih);
        expect(r.totals.pegawaiBerubah).toBe(r.changes.length);
        for (let i = 1; i < r.changes.length; i++) expect(Math.abs(r.changes[i - 1]!.selisih)).toBeGreaterThanOrEqual(Math.abs(r.changes[i]!.selisih));
      }),
    );
  });
});

/** Finance exports (pure): bank grouping and file names, transferAmount, and the self-check of export totals. */
import { describe, expect, it } from 'vitest';
import { computeFromInputs, preparePeriod } from '../../src/pipeline.js';
import { buildRingkasan, tppTable } from '../../src/reports/build-report.js';
import { buildFinanceExports, sipdTable } from '../../src/reports/finance-exports.js';
import { transferAmount } from '../../src/model/results.js';
import { checkFinanceExports } from '../../src/self-check.js';
import { fixture } from '../cli/run-cli.js';
import { runOptions } from '../helpers/run-options.js';

/** The worked example read and computed in process (Budi netto 4,559,000; Rina 3,108,411). */
async function workedExample() {
  const options = runOptions(fixture('worked-example'), 'unused');
  const prepared = await preparePeriod(options);
  const computed = await computeFromInputs(options, prepared);
  const ringkasan = buildRingkasan(options.period, 22, prepared.pack, computed.ledgers, computed.results, { error: 0, peringatan: 0, info: 0 }, 'test');
  return { options, pack: prepared.pack, results: computed.results, ringkasan };
}

describe('finance exports', () => {
  it('transfers the net TPP', async () => {
    const { results } = await workedExample();
    expect(results.employees.map(transferAmount)).toEqual([4_559_000, 3_108_411]);
  });

  it('groups banks by name (case and spaces aside) into bank_<slug>.csv; names that differ only in punctuation get their own file', async () => {
    const { options, pack, results } = await workedExample();
    const [budi, rina] = results.employees;
    Object.assign(budi!.pegawai, { namaBank: 'Bank Jateng', nomorRekening: '1' });
    Object.assign(rina!.pegawai, { namaBank: ' BANK  jateng ', nomorRekening: '2' });
    expect(buildFinanceExports(results, pack, options.period).banks.map((b) => [b.nama, b.berkas, b.employees.length, b.jumlah])).toEqual([['Bank Jateng', 'bank_jateng.csv', 2, 4_559_000 + 3_108_411]]);
    Object.assign(rina!.pegawai, { namaBank: 'Bank-Jateng' });
    expect(buildFinanceExports(results, pack, options.period).banks.map((b) => [b.nama, b.berkas])).toEqual([
      ['Bank Jateng', 'bank_jateng.csv'],
      ['Bank-Jateng', 'bank_jateng_2.csv'],
    ]);
  });
});

describe('self-check: the exports add up to ringkasan.json', () => {
  it('passes when they do', async () => {
    const { options, pack, results, ringkasan } = await workedExample();
    const finance = buildFinanceExports(results, pack, options.period);
    // No bank columns in the worked example: both are paid without an account.
    expect(finance.tanpaRekeningJumlah).toBe(7_667_411);
    expect(checkFinanceExports(ringkasan.total, { tpp: tppTable(results, pack), sipd: sipdTable(results, pack), finance })).toEqual([]);
  });

  it('reports every export that does not, with the figures', async () => {
    const { options, pack, results, ringkasan } = await workedExample();
    for (const r of results.employees) Object.assign(r.pegawai, { namaBank: 'BRI', nomorRekening: '1' });
    const finance = buildFinanceExports(results, pack, options.period);
    const tables = { tpp: tppTable(results, pack), sipd: sipdTable(results, pack), finance };
    // A bank line in ringkasan.json one rupiah off the file it describes.
    finance.banks[0]!.jumlah += 1;
    expect(checkFinanceExports(ringkasan.total, tables)).toEqual(['bank_bri.csv: jumlah baris 7667411 ≠ ringkasan.json bank 7667412']);
    finance.banks[0]!.jumlah -= 1;
    // A net total one rupiah off every export.
    const total = { ...ringkasan.total, netto: ringkasan.total.netto + 1 };
    expect(checkFinanceExports(total, tables)).toEqual([
      'tpp.csv: jumlah netto 7667411 ≠ ringkasan.json 7667412',
      'sipd_nominatif.csv: jumlah netto 7667411 ≠ ringkasan.json 7667412',
      'berkas bank 7667411 + tanpa_rekening 0 ≠ netto + rapel ringkasan.json 7667412',
    ]);
  });

  it('December recalculated for the year: a refund is pph21 0 and pph21_lebih_potong in tpp.csv and SIPD, totalled in ringkasan.json', async () => {
    const { options, pack, results } = await workedExample();
    // Rina's PPh 21 made a refund of 100,000 (as December's annual recalculation gives): her net rises by it.
    const rina = results.employees[1]!;
    const was = rina.tpp.pph21;
    results.employees[1] = { ...rina, tpp: { ...rina.tpp, pph21: -100_000, tppNetto: rina.tpp.tppNetto + was + 100_000, pph21Detail: { metode: 'tahunan' } as never } };
    results.totals = { ...results.totals, pph21: results.totals.pph21 - was - 100_000, netto: results.totals.netto + was + 100_000 };
    const ringkasan = buildRingkasan(options.period, 22, pack, [], results, { error: 0, peringatan: 0, info: 0 }, 'test');
    expect(ringkasan.total.pph21_lebih_potong).toBe(100_000);
    const finance = buildFinanceExports(results, pack, options.period);
    const tables = { tpp: tppTable(results, pack), sipd: sipdTable(results, pack), finance };
    const row = (table: typeof tables.tpp, i: number) => Object.fromEntries(table.columns.map((c, k) => [c.key, [...table.rows()][i]![k]]));
    expect(row(tables.tpp, 1)).toMatchObject({ pph21: 0, pph21_lebih_potong: 100_000 });
    expect(row(tables.sipd, 1)).toMatchObject({ pph21: 0, pph21_lebih_potong: 100_000, potongan: rina.tpp.bpjsPegawai, netto: rina.tpp.tppNetto + was + 100_000 });
    expect(checkFinanceExports(ringkasan.total, tables)).toEqual([]);
    // A summary without the returned total: the files' withheld PPh 21 no longer adds up to it.
    const { pph21_lebih_potong: _returned, ...without } = ringkasan.total;
    expect(checkFinanceExports(without, tables)).toEqual([
      `tpp.csv: jumlah pph21 ${without.pph21 + 100_000} ≠ ringkasan.json ${without.pph21}`,
      `sipd_nominatif.csv: jumlah pph21 ${without.pph21 + 100_000} ≠ ringkasan.json ${without.pph21}`,
      'tpp.csv: kolom pph21_lebih_potong tanpa total ringkasan.json pph21_lebih_potong',
      'sipd_nominatif.csv: kolom pph21_lebih_potong tanpa total ringkasan.json pph21_lebih_potong',
    ]);
  });
});

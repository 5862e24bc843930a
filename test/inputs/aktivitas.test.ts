/**
 * The aktivitas input (daily activity reports), the pack's aktivitas rule and the activity base, on the
 * worked example's two employees (Budi 22 working days in October 2026, Rina 15: she joins on 12 Oct).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import { FindingCollector } from '../../src/findings.js';
import { readAktivitas, readMonthText } from '../../src/inputs/aktivitas.js';
import { knownFields } from '../../src/inputs/known-fields.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { openTable } from '../../src/readers/open-table.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { computeAktivitas } from '../../src/scoring/compute-aktivitas.js';
import { tempDir } from '../cli/run-cli.js';
import { aPack, bawaanRaw, x } from '../helpers/builders.js';
import { fixtureTable } from './read-input-helpers.js';

const period = { year: 2026, month: 10 };
const BUDI = '198503172010011003';
const RINA = '199001152015021002';
const KOMPONEN_30_20_50 = [
  { nama: 'disiplin', bobot: 30, dasar: 'nilai_disiplin' },
  { nama: 'capaian', bobot: 20, dasar: 'capaian_skp' },
  { nama: 'aktivitas', bobot: 50, dasar: 'aktivitas' },
];
const pack = aPack({ tpp: { komponen: KOMPONEN_30_20_50 }, aktivitas: { satuan: 'menit', target_per_hari_kerja: 300 } });

async function read(text: string, p: RulePack = pack) {
  const findings = new FindingCollector();
  const pegawai = await readPegawai(await fixtureTable('worked-example', 'pegawai.csv'), p, period, findings);
  const path = join(tempDir(), 'aktivitas.csv');
  writeFileSync(path, text);
  const { byNip, ledgers } = await readAktivitas([await openTable(path)], pegawai, p.aktivitas, period, findings);
  return { byNip, ledger: ledgers[0]!, findings, codes: findings.sorted().map((f) => [f.code, f.row, f.nip ?? '']) };
}

describe('aktivitas: reading the rows', () => {
  it('sums the approved rows of the period; unapproved rows are counted, not used; other months are ignored', async () => {
    const { byNip, ledger, findings, codes } = await read(
      'nip;tanggal;menit;disetujui\n' +
        `${BUDI};01/10/2026;2400;ya\n` +
        `${BUDI};02/10/2026;2550,5;1\n` +
        `${BUDI};05/10/2026;600;tidak\n` +
        `${BUDI};30/09/2026;500;ya\n`,
    );
    // 2400 + 2550.5 = 4950.5 approved; the 600 minutes were not approved; 30 Sep is another month.
    expect(byNip.get(BUDI)).toMatchObject({ harian: 3, bulanan: 0, tidakDisetujui: 1 });
    expect(byNip.get(BUDI)!.realisasi.eq(x('4950.5'))).toBe(true);
    expect([ledger.read, ledger.skipped, ledger.used, ledger.rejected, ledger.ignored]).toEqual([5, 1, 2, 0, 2]);
    expect(codes).toEqual([
      ['AKTIVITAS_TIDAK_DISETUJUI', 4, BUDI],
      ['AKTIVITAS_LUAR_PERIODE', 5, BUDI],
    ]);
    expect(findings.isHeld(BUDI)).toBe(false);
  });

  it('a monthly total reads from bulan as 2026-10, 10/2026 or Oktober 2026', async () => {
    expect([readMonthText('2026-10'), readMonthText('10/2026'), readMonthText('Oktober 2026'), readMonthText('13/2026'), readMonthText('Okt')]).toEqual([
      period,
      period,
      period,
      undefined,
      undefined,
    ]);
    const { byNip, ledger } = await read(`nip,bulan,menit,disetujui\n${RINA},Oktober 2026,5400,ya\n${BUDI},2026-09,6000,ya\n`);
    expect(byNip.get(RINA)!.realisasi.eq(x(5400))).toBe(true);
    expect(byNip.has(BUDI)).toBe(false);
    expect([ledger.used, ledger.ignored]).toEqual([1, 1]);
  });

  it('rejects unclear rows and holds their employee: not a number, both menit and poin, the other unit, no approval', async () => {
    const { ledger, codes, findings } = await read(
      'nip,tanggal,bulan,menit,poin,disetujui\n' +
        `${BUDI},2026-10-01,,banyak,,ya\n` +
        `${BUDI},2026-10-02,,60,5,ya\n` +
        `${RINA},2026-10-12,,,5,ya\n` +
        `${RINA},2026-10-13,,60,,mungkin\n` +
        `${RINA},2026-10-14,2026-10,60,,ya\n` +
        `${RINA},2026-10-15,,-5,,ya\n`,
    );
    expect([ledger.used, ledger.rejected, ledger.ignored]).toEqual([0, 6, 0]);
    expect(codes).toEqual([
      ['ANGKA_TIDAK_VALID', 2, BUDI],
      ['AKTIVITAS_BARIS', 3, BUDI],
      ['AKTIVITAS_BARIS', 4, RINA],
      ['NILAI_TIDAK_DIKENAL', 5, RINA],
      ['NILAI_DI_LUAR_RENTANG', 7, RINA],
    ]);
    // One line per code, file and employee: rows 4 (poin under a menit pack) and 6 (tanggal and bulan) fold.
    const baris = findings.sorted().filter((f) => f.code === 'AKTIVITAS_BARIS');
    expect(baris.map((f) => [f.row, f.count, f.params['reason_en']])).toEqual([
      [3, 1, 'both menit and poin are filled'],
      [4, 2, 'the rule pack counts menit, not poin'],
    ]);
    expect([findings.isHeld(BUDI), findings.isHeld(RINA)]).toEqual([true, true]);
  });

  it('an unknown NIP is set aside; a monthly total beside daily rows holds the employee (may count twice)', async () => {
    const { byNip, ledger, codes, findings } = await read(
      'nip,tanggal,bulan,menit,disetujui\n' + `199912312020121001,2026-10-01,,60,ya\n` + `${BUDI},2026-10-01,,60,ya\n` + `${BUDI},,2026-10,6000,ya\n`,
    );
    expect([ledger.used, ledger.ignored]).toEqual([2, 1]);
    expect(byNip.get(BUDI)).toMatchObject({ harian: 1, bulanan: 1 });
    expect(codes).toEqual([
      ['NIP_TIDAK_DIKENAL', 2, '199912312020121001'],
      ['AKTIVITAS_CAMPUR', 3, BUDI],
    ]);
    expect(findings.isHeld(BUDI)).toBe(true);
  });

  it('needs nip, disetujui, a date or month, and a unit column to take a header', async () => {
    await expect(read(`nip,tanggal,menit\n${BUDI},2026-10-01,60\n`)).rejects.toMatchObject({ code: 'HEADER_TIDAK_DITEMUKAN' });
    await expect(read(`nip,tanggal,disetujui\n${BUDI},2026-10-01,ya\n`)).rejects.toMatchObject({ code: 'HEADER_TIDAK_DITEMUKAN' });
  });
});

describe('aktivitas: the activity base', () => {
  const total = (realisasi: number) => ({ realisasi: x(realisasi), harian: 3, bulanan: 0, tidakDisetujui: 1, file: 'aktivitas.csv', row: 2 });

  it('per working day: 4950 of 22 × 300 = 6600 minutes → 75 %', () => {
    const r = computeAktivitas(total(4950), pack.aktivitas, 22)!;
    expect([r.target.toString(), r.nilai.toString(), r.baris, r.tidakDisetujui]).toEqual(['6600', '75', 3, 1]);
  });

  it('caps at maks_persen: 5400 of 15 × 300 = 4500 is 120 % → 100; with maks 90 → 90', () => {
    expect(computeAktivitas(total(5400), pack.aktivitas, 15)!.nilai.eq(Exact.HUNDRED)).toBe(true);
    const capped = aPack({ tpp: { komponen: KOMPONEN_30_20_50 }, aktivitas: { satuan: 'menit', target_per_hari_kerja: 300, maks_persen: 90 } });
    expect(computeAktivitas(total(5400), capped.aktivitas, 15)!.nilai.toString()).toBe('90');
  });

  it('a fixed monthly target ignores the days: 100 of 120 poin → 83 1/3 % exactly', () => {
    const poin = aPack({ tpp: { komponen: KOMPONEN_30_20_50 }, aktivitas: { satuan: 'poin', target_bulanan: 120 } });
    const r = computeAktivitas(total(100), poin.aktivitas, 10)!;
    expect(r.nilai.eq(Exact.of(250, 3))).toBe(true);
  });

  it('no working day: no target, base 0 (nothing is paid on the days anyway); no rows: no result', () => {
    expect(computeAktivitas(total(100), pack.aktivitas, 0)!.nilai.isZero()).toBe(true);
    expect(computeAktivitas(undefined, pack.aktivitas, 22)).toBeUndefined();
  });
});

describe('aktivitas: the rule pack', () => {
  const problemsOf = (override: Record<string, unknown>) => {
    const result = parseRulePack(mergeRulePack(bawaanRaw(), override), knownFields);
    return 'problems' in result ? result.problems.map((p) => `${p.path}: ${p.en}`) : [];
  };

  it('dasar aktivitas needs the aktivitas block', () => {
    expect(problemsOf({ tpp: { komponen: KOMPONEN_30_20_50 } })).toEqual([expect.stringMatching(/^tpp\.komponen\[2\]\.dasar: .*needs an aktivitas block/)]);
  });

  it('exactly one positive target; satuan menit or poin', () => {
    expect(problemsOf({ aktivitas: { satuan: 'menit' } })).toEqual([expect.stringMatching(/^aktivitas: .*exactly one of target_bulanan and target_per_hari_kerja/)]);
    expect(problemsOf({ aktivitas: { satuan: 'menit', target_bulanan: 6600, target_per_hari_kerja: 300 } })).toHaveLength(1);
    expect(problemsOf({ aktivitas: { satuan: 'menit', target_bulanan: 0 } })).toEqual([expect.stringMatching(/^aktivitas: .*must be > 0/)]);
    expect(problemsOf({ aktivitas: { satuan: 'jam', target_bulanan: 100 } })).toEqual([expect.stringMatching(/^aktivitas\.satuan: /)]);
    expect(problemsOf({ aktivitas: { satuan: 'poin', target_bulanan: 100, maks_persen: 120 } })).toEqual([expect.stringMatching(/^aktivitas\.maks_persen: /)]);
  });

  it('the built-in pack has no aktivitas rule (other agencies unchanged)', () => {
    expect(aPack().aktivitas).toBeUndefined();
  });
});

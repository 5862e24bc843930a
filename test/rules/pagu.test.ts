/**
 * The ceiling lookup (`tpp.pagu` then `tpp.pagu_per_kelas`) shared by the staff file, mutasi rows and
 * the computation: the most specific matching row in force for the whole month wins; ties and rows that
 * start or end within the month are doubts.
 */
import { describe, expect, it } from 'vitest';
import { knownFields } from '../../src/inputs/known-fields.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import { paguFor, paguSource } from '../../src/rules/pagu.js';
import { aPack, bawaanRaw } from '../helpers/builders.js';

const OKT = { year: 2026, month: 10 };
const pack = aPack({
  tpp: {
    pagu_per_kelas: { 9: 4_000_000, 7: 3_000_000 },
    pagu: [
      /* 0 */ { kelas: 9, jumlah: 4_500_000 },
      /* 1 */ { kelas: 9, jenis_jabatan: 'struktural', jumlah: 6_200_000, kriteria: { beban_kerja: 70, prestasi_kerja: 30 } },
      /* 2 */ { kelas: 9, jenis_jabatan: 'struktural', unit: 'RSUD', jumlah: 7_000_000 },
      /* 3 */ { kelas: 9, unit: 'DISDIK', jumlah: 5_000_000 },
      /* 4 */ { kelas: 8, jumlah: 3_800_000, berlaku_sampai: '2026-09-30' },
      /* 5 */ { kelas: 8, jumlah: 4_100_000, berlaku_mulai: '2026-10-01' },
      /* 6 */ { kelas: 10, jumlah: 6_500_000, berlaku_mulai: '2026-10-15' },
    ],
  },
});

describe('paguFor', () => {
  it('the most specific matching row wins: kelas only < jenis < jenis and unit', () => {
    expect(paguFor(pack, OKT, { kelasJabatan: 9, jenisJabatan: 'pelaksana', unit: 'BKPSDM' })).toEqual({ kind: 'found', jumlah: 4_500_000, baris: 0 });
    expect(paguFor(pack, OKT, { kelasJabatan: 9, jenisJabatan: 'struktural', unit: 'BKPSDM' })).toMatchObject({ kind: 'found', jumlah: 6_200_000, baris: 1 });
    expect(paguFor(pack, OKT, { kelasJabatan: 9, jenisJabatan: 'struktural', unit: 'RSUD' })).toMatchObject({ kind: 'found', jumlah: 7_000_000, baris: 2 });
  });

  it('two equally specific rows (jenis struktural, unit DISDIK) are a doubt, not a choice', () => {
    expect(paguFor(pack, OKT, { kelasJabatan: 9, jenisJabatan: 'struktural', unit: 'DISDIK' })).toEqual({ kind: 'ragu', baris: [1, 3], alasan: 'sama_spesifik' });
  });

  it('effective dates: the row in force for the whole month; a row starting mid-month is a doubt', () => {
    expect(paguFor(pack, OKT, { kelasJabatan: 8 })).toEqual({ kind: 'found', jumlah: 4_100_000, baris: 5 });
    expect(paguFor(pack, { year: 2026, month: 9 }, { kelasJabatan: 8 })).toEqual({ kind: 'found', jumlah: 3_800_000, baris: 4 });
    expect(paguFor(pack, OKT, { kelasJabatan: 10 })).toEqual({ kind: 'ragu', baris: [6], alasan: 'berubah_dalam_bulan' });
    // From November the row is in force for the whole month.
    expect(paguFor(pack, { year: 2026, month: 11 }, { kelasJabatan: 10 })).toMatchObject({ kind: 'found', jumlah: 6_500_000 });
  });

  it('no matching row: pagu_per_kelas, else none; no kelas: none', () => {
    const found = paguFor(pack, OKT, { kelasJabatan: 7 });
    expect(found).toEqual({ kind: 'found', jumlah: 3_000_000 });
    expect(paguSource(found as Extract<typeof found, { kind: 'found' }>)).toBe('tpp.pagu_per_kelas');
    expect(paguFor(pack, OKT, { kelasJabatan: 12 })).toEqual({ kind: 'none' });
    expect(paguFor(pack, OKT, {})).toEqual({ kind: 'none' });
  });

  it('the criterion shares come with the row', () => {
    const r = paguFor(pack, OKT, { kelasJabatan: 9, jenisJabatan: 'struktural', unit: 'BKPSDM' });
    expect(r.kind === 'found' && Object.entries(r.kriteria ?? {}).map(([k, v]) => [k, v.toString()])).toEqual([
      ['beban_kerja', '70'],
      ['prestasi_kerja', '30'],
    ]);
  });

  it('the built-in pack has no table: the lookup is pagu_per_kelas alone, as before', () => {
    expect(aPack().tpp.pagu).toBeUndefined();
    expect(paguFor(aPack({ tpp: { pagu_per_kelas: { 9: 4_500_000 } } }), OKT, { kelasJabatan: 9, jenisJabatan: 'struktural' })).toEqual({ kind: 'found', jumlah: 4_500_000 });
  });
});

describe('tpp.pagu in the rule pack', () => {
  const problemsOf = (pagu: unknown[]) => {
    const result = parseRulePack(mergeRulePack(bawaanRaw(), { tpp: { pagu } }), knownFields);
    return 'problems' in result ? result.problems.map((p) => `${p.path}: ${p.en}`) : [];
  };

  it('checks each row at its path', () => {
    expect(problemsOf([{ kelas: 9, jumlah: 6_000_000, kriteria: { beban_kerja: 70, prestasi_kerja: 20 } }])).toEqual([expect.stringMatching(/^tpp\.pagu\[0\]\.kriteria: .*sum to 100/)]);
    expect(problemsOf([{ kelas: 9, jumlah: 6_000_000, kriteria: { lembur: 100 } }])).toEqual([
      'tpp.pagu[0].kriteria.lembur: unknown key (a typo?)',
      'tpp.pagu[0].kriteria: criterion shares must sum to 100',
    ]);
    expect(problemsOf([{ kelas: 9, jumlah: 6_000_000, berlaku_mulai: '2026-10-01', berlaku_sampai: '2026-09-30' }])).toEqual([expect.stringMatching(/^tpp\.pagu\[0\]\.berlaku_sampai: .*after/)]);
    expect(problemsOf([{ kelas: 18, jumlah: 6_000_000 }, { kelas: 9, jenis_jabatan: 'umum', jumlah: 1 }])).toEqual([
      expect.stringMatching(/^tpp\.pagu\[0\]\.kelas/),
      expect.stringMatching(/^tpp\.pagu\[1\]\.jenis_jabatan/),
    ]);
    expect(problemsOf([{ kelas: 9, jumlah: 0 }])).toEqual([expect.stringMatching(/^tpp\.pagu\[0\]\.jumlah/)]);
    expect(problemsOf([{ kelas: 9, jenis_jabatan: 'struktural', unit: 'RSUD', berlaku_mulai: '2026-01-01', jumlah: 6_200_000, kriteria: { beban_kerja: 40, prestasi_kerja: 30, kondisi_kerja: 10, kelangkaan_profesi: 10, tempat_bertugas: 10 } }])).toEqual([]);
  });
});

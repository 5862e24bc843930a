import { describe, expect, it } from 'vitest';
import type { Predikat } from '../../src/model/domain.js';
import { summarizeUnits } from '../../src/scoring/summarize-units.js';
import { findingMessage, type Finding } from '../../src/findings.js';
import { aPack, x } from '../helpers/builders.js';
import type { UnitRecord } from '../../src/model/records.js';
import type { UnitMember } from '../../src/model/results.js';

const pack = aPack();
const member = (unit: string, predikat: Predikat, i: number, bruto = 1000): UnitMember => ({
  nip: `19850317201001100${i}`,
  unit,
  predikat,
  hariKerja: 22,
  nilaiDisiplin: x(90 + i),
  tppBruto: bruto,
  pph21: 50,
  pph21Ditanggung: 0,
  bpjsPegawai: 10,
  bpjsPemda: 40,
  tppNetto: bruto - 60,
});
const unitFile = (kode: string, predikatOrganisasi?: UnitRecord['predikatOrganisasi'], paguUnit?: number): Map<string, UnitRecord> =>
  new Map([[kode, { kode, file: 'unit.csv', row: 2, ...(predikatOrganisasi ? { predikatOrganisasi } : {}), ...(paguUnit ? { paguUnit } : {}) }]]);

describe('units and the curve', () => {
  it('BAIK unit: at most floor(70% of n) BAIK, at least one BP/KURANG', () => {
    const members = [...Array.from({ length: 4 }, (_, i) => member('A', 'BAIK', i)), member('A', 'SANGAT_BAIK', 5)];
    const { units, findings } = summarizeUnits(members, unitFile('A', 'BAIK'), pack);
    const u = units[0]!;
    expect(u.kurva).toBe('tidak_sesuai');
    expect(u.checks.map((c) => [c.kind, c.have, c.allowed, c.ok])).toEqual([
      ['maks', 4, 3, false],
      ['min_orang', 0, 1, false],
    ]);
    expect(findings.map((f) => f.code)).toEqual(['KURVA_MAKS', 'KURVA_MIN_ORANG']);
  });

  it('BUTUH_PERBAIKAN unit: min 60% rounds up (5 people → 3)', () => {
    const members = ['BUTUH_PERBAIKAN', 'BUTUH_PERBAIKAN', 'BUTUH_PERBAIKAN', 'BAIK', 'BAIK'].map((p, i) => member('B', p as Predikat, i));
    const { units } = summarizeUnits(members, unitFile('B', 'BUTUH_PERBAIKAN'), pack);
    expect(units[0]!.checks[1]).toMatchObject({ kind: 'min', have: 3, allowed: 3, ok: true });
    expect(units[0]!.kurva).toBe('sesuai');
  });

  it('never changes a predikat and leaves TIDAK_DINILAI out of n', () => {
    const members = [member('A', 'BAIK', 1), member('A', 'TIDAK_DINILAI', 2), member('A', 'KURANG', 3)];
    const { units } = summarizeUnits(members, unitFile('A', 'BAIK'), pack);
    expect(units[0]!.dinilai).toBe(2);
    expect(units[0]!.counts.TIDAK_DINILAI).toBe(1);
    expect(members.map((m) => m.predikat)).toEqual(['BAIK', 'TIDAK_DINILAI', 'KURANG']);
  });

  it('is not checked without a unit file, an organisation predikat, or when inactive', () => {
    expect(summarizeUnits([member('A', 'BAIK', 1)], undefined, pack).units[0]!.kurva).toBe('tidak_dicek');
    expect(summarizeUnits([member('A', 'BAIK', 1)], unitFile('A'), pack).units[0]!.kurva).toBe('tidak_dicek');
    expect(summarizeUnits([member('A', 'BAIK', 1)], unitFile('A', 'BAIK'), aPack({ kurva: { aktif: false } })).units[0]!.kurva).toBe('tidak_dicek');
  });

  it('totals are sums of the rounded employee amounts; means are exact', () => {
    const { units } = summarizeUnits([member('A', 'BAIK', 1, 1001), { ...member('A', 'BAIK', 2, 2002), pph21: 0, pph21Ditanggung: 55, tppNetto: 1992 }], unitFile('A', 'ISTIMEWA'), pack);
    // pph21 50 + 0; borne 0 + 55; netto (1001 − 60) + (2002 − 10) = 941 + 1992.
    expect(units[0]!.totals).toEqual({ bruto: 3003, pph21: 50, pph21Ditanggung: 55, bpjsPegawai: 20, bpjsPemda: 80, netto: 2933 });
    expect(units[0]!.rataNilaiDisiplin!.toString()).toBe('91.5');
  });

  it('lists units of the unit file without employees, and warns when the budget is exceeded', () => {
    const file = new Map([...unitFile('A', 'BAIK', 500), ...unitFile('Z', 'BAIK')]);
    const { units, findings } = summarizeUnits([member('A', 'BAIK', 1, 1000)], file, pack);
    expect(units.map((u) => [u.kode, u.jumlahPegawai])).toEqual([
      ['A', 1],
      ['Z', 0],
    ]);
    const found = findings.find((f) => f.code === 'PAGU_UNIT_TERLAMPAUI')!;
    const over: Finding = { ...found, level: 'peringatan', count: 1, params: found.params ?? {} };
    // Amounts with the language's thousand separators, as every other rupiah in a message.
    expect(findingMessage(over, 'id')).toBe('Unit A: total bruto Rp 1.000 melebihi pagu unit Rp 500. Periksa anggaran.');
    expect(findingMessage({ ...over, params: { ...over.params, bruto: 1_234_567 } }, 'en')).toContain('Rp 1,234,567 exceeds');
  });
});

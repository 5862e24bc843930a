/**
 * Rupiah columns are read exactly or not at all: `5 juta` is Rp 5.000.000 (not Rp 5), `Rp. 6.200.000,-`
 * is read, `50%` and an unsettled `7.000` are errors, and a TPP ceiling of 0 or outside tpp.pagu_wajar
 * holds the employee (PAGU_TIDAK_WAJAR).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { openTable } from '../../src/readers/open-table.js';
import { parseNumberCell, parseRupiahCell, type NumberContext } from '../../src/readers/parse-number.js';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';
import { runFixture } from '../corpus/run-fixture.js';
import { aPack } from '../helpers/builders.js';

const comma: NumberContext = { fallback: 'decimal' };
const semicolon: NumberContext = { fallback: 'thousands' };
const rupiah = (cell: string | number, context: NumberContext = comma) => {
  const r = parseRupiahCell(cell, context);
  return r === null ? null : r.ok ? (r.note ? `${r.value.toString()} (${r.note})` : r.value.toString()) : r.problem;
};

describe('parseRupiahCell', () => {
  it.each([
    ['6200000', '6200000'],
    ['Rp 6.200.000', '6200000'],
    ['Rp. 6.200.000,-', '6200000 (Rp 6.200.000)'],
    ['rp6.200.000,00', '6200000'],
    ['IDR 6,200,000', '6200000'],
    ['6.200.000,-', '6200000 (Rp 6.200.000)'],
    ['5 juta', '5000000 (Rp 5.000.000)'],
    ['5 Juta', '5000000 (Rp 5.000.000)'],
    ['Rp 5 juta', '5000000 (Rp 5.000.000)'],
    ['5,5 jt', '5500000 (Rp 5.500.000)'],
    ['5.5jt', '5500000 (Rp 5.500.000)'],
    ['1,2345 juta', '1234500 (Rp 1.234.500)'],
    ['750 ribu', '750000 (Rp 750.000)'],
    ['750rb', '750000 (Rp 750.000)'],
    ['7,5 RB', '7500 (Rp 7.500)'],
    [4200000, '4200000'],
  ])('%s → %s', (text, expected) => {
    expect(rupiah(text)).toBe(expected);
  });

  it.each([
    ['50%', 'persen'],
    ['50 %', 'persen'],
    ['12,5 persen', 'persen'],
    ['5000000,5', 'pecahan'],
    ['5.000.000,50', 'pecahan'],
    [4200000.5, 'pecahan'],
    ['0,0000005 juta', 'pecahan'],
    ['5 M', 'satuan'],
    ['5 miliar', 'satuan'],
    ['abc', 'bukan_angka'],
    ['1.2.3', 'bukan_angka'],
  ])('%s is not a certain rupiah amount (%s)', (text, problem) => {
    expect(rupiah(text)).toBe(problem);
  });

  it('an unsettled 7.000 is ambiguous in comma and semicolon files alike', () => {
    expect(rupiah('7.000', comma)).toBe('ambigu');
    expect(rupiah('7.000', semicolon)).toBe('ambigu');
    expect(rupiah('1.250 juta', comma)).toBe('ambigu');
  });

  it('the column settles 7.000: thousands where the comma is the decimal mark; never 7 rupiah', () => {
    expect(rupiah('7.000', { ...comma, columnDecimal: ',' })).toBe('7000');
    expect(rupiah('7,000', { ...comma, columnDecimal: '.' })).toBe('7000');
    // Three decimals of a rupiah are never how an amount is written without a unit word.
    expect(rupiah('7.000', { ...comma, columnDecimal: '.' })).toBe('ambigu');
    expect(rupiah('1.250 juta', { ...comma, columnDecimal: '.' })).toBe('1250000 (Rp 1.250.000)');
    // `,-` settles the value itself.
    expect(rupiah('7.000,-', comma)).toBe('7000 (Rp 7.000)');
  });

  it('general numbers are unchanged: unit words are still ignored outside rupiah columns', () => {
    const read = (t: string) => {
      const r = parseNumberCell(t, comma);
      return r && r.ok ? r.value.toString() : 'INVALID';
    };
    expect(read('12 Dokumen')).toBe('12');
    expect(read('5 juta')).toBe('5');
    expect(read('95%')).toBe('95');
  });
});

describe('rupiah columns of pegawai and unit (fixtures/rupiah-tertulis)', () => {
  const run = runFixture('rupiah-tertulis');
  const byName = (nama: string) => run.pegawai.find((p) => p['nama'] === nama)!;
  const finding = (code: string, row: number) => run.findings.find((f) => f['kode'] === code && f['baris'] === String(row) && f['berkas'] === 'pegawai.csv');

  it('unit words and the ,- suffix are read exactly, with an info finding saying the reading', () => {
    expect(byName('Budi Santoso')).toMatchObject({ tpp_pagu: '5000000', tpp_bruto: '5000000', status_bayar: 'dibayar' });
    expect(byName('Rina Wulandari')).toMatchObject({ tpp_pagu: '6200000', status_bayar: 'dibayar' });
    expect(byName('Joko Susilo')).toMatchObject({ tpp_pagu: '5500000', status_bayar: 'dibayar' });
    expect(byName('Hendra Gunawan')).toMatchObject({ tpp_pagu: '750000', status_bayar: 'dibayar' });
    expect(finding('ANGKA_SATUAN', 2)).toMatchObject({ tingkat: 'info', kolom: 'tpp_pagu', nilai: '5 juta' });
    expect(finding('ANGKA_SATUAN', 2)!['pesan']).toContain('dibaca sebagai Rp 5.000.000');
    expect(finding('ANGKA_SATUAN', 3)!['pesan']).toContain("'Rp. 6.200.000,-' dibaca sebagai Rp 6.200.000");
    const unit = run.findings.find((f) => f['kode'] === 'ANGKA_SATUAN' && f['berkas'] === 'unit.csv');
    expect(unit).toMatchObject({ kolom: 'pagu_unit', nilai: 'Rp 58 juta' });
  });

  it('a percentage in tpp_pagu holds the employee (RUPIAH_TIDAK_VALID, persen)', () => {
    expect(finding('RUPIAH_TIDAK_VALID', 4)).toMatchObject({ tingkat: 'error', kolom: 'tpp_pagu', nilai: '50%' });
    expect(finding('RUPIAH_TIDAK_VALID', 4)!['pesan']).toContain('persen bukan jumlah rupiah');
    expect(byName('Sri Wahyuni')).toMatchObject({ status_bayar: 'ditahan', tpp_netto: '0' });
  });

  it('7.000 in a comma CSV whose column says nothing more holds the employee (RUPIAH_TIDAK_VALID, ambigu)', () => {
    expect(finding('RUPIAH_TIDAK_VALID', 5)).toMatchObject({ tingkat: 'error', kolom: 'gaji', nilai: '7.000' });
    expect(byName('Agus Prasetyo')).toMatchObject({ status_bayar: 'ditahan' });
  });

  it('a ceiling of 0 holds the employee (PAGU_TIDAK_WAJAR); an excluded employee (CLTN) is not checked', () => {
    expect(finding('PAGU_TIDAK_WAJAR', 6)).toMatchObject({ tingkat: 'error', kolom: 'tpp_pagu', nilai: '0' });
    expect(finding('PAGU_TIDAK_WAJAR', 6)!['pesan']).toContain('Rp 100.000 .. Rp 200.000.000');
    expect(byName('Dewi Lestari')).toMatchObject({ status_bayar: 'ditahan', tpp_netto: '0' });
    expect(byName('Wati Rahayu')).toMatchObject({ status_bayar: 'nihil' });
    expect(finding('PAGU_TIDAK_WAJAR', 9)).toBeUndefined();
  });

  it('every row is accounted for', () => {
    expect(run.file('pegawai.csv')).toMatchObject({ dibaca: 9, dipakai: 5, ditolak: 3, dilewati: 1 });
  });

  it('the payout list (tpp.csv) holds only the amounts read for certain: no Rp 0 line for a ceiling of 0', () => {
    const out = join(tempDir(), 'hasil');
    runCli(['run', '--period', '2026-10', '--input', fixture('rupiah-tertulis'), '--out', out, '--format', 'csv']);
    const paid = readCsv(join(out, 'tpp.csv')).map((r) => [r['nama'], r['tpp_bruto']]);
    expect(paid).toEqual([
      ['Budi Santoso', '5000000'],
      ['Joko Susilo', '5500000'],
      ['Rina Wulandari', '6200000'],
      ['Hendra Gunawan', '750000'],
    ]);
  });
});

describe('rupiah columns read with their column profile (readPegawai)', () => {
  const period = { year: 2026, month: 10 };
  async function read(csv: string, overrides: Record<string, unknown> = {}) {
    const path = join(tempDir(), 'pegawai.csv');
    writeFileSync(path, csv);
    const findings = new FindingCollector();
    const t = await readPegawai([await openTable(path)], aPack(overrides), period, findings);
    return { t, findings: findings.sorted() };
  }
  const HEAD = 'nip,nama,unit,golongan,kelas_jabatan,tpp_pagu,gaji\n';

  it('7.000 in tpp_pagu of a comma CSV is no longer Rp 7 with a warning: the employee is held', async () => {
    const { t, findings } = await read(`${HEAD}198503172010011003,Budi,BKPSDM,III/c,,7.000,4200000\n`);
    expect(t.employees[0]!.tppPagu).toBeUndefined();
    expect(findings.map((f) => [f.code, f.level, f.nip])).toEqual([['RUPIAH_TIDAK_VALID', 'error', '198503172010011003']]);
  });

  it('6.200.000 elsewhere in the column makes the point a thousands mark: 7.000 is Rp 7.000, then implausible', async () => {
    const { t, findings } = await read(`${HEAD}198503172010011003,Budi,BKPSDM,III/c,,7.000,4200000\n199001152015021002,Rina,BKPSDM,III/c,,6.200.000,4200000\n`);
    expect(t.employees.map((e) => e.tppPagu)).toEqual([7000, 6200000]);
    expect(findings.map((f) => [f.code, f.row, f.params?.['amount']])).toEqual([['PAGU_TIDAK_WAJAR', 2, '7.000']]);
  });

  it('a ceiling above tpp.pagu_wajar.maks, or a class ceiling from the pack outside the range, holds the employee', async () => {
    const { findings } = await read(
      `${HEAD}198503172010011003,Budi,BKPSDM,III/c,,250 juta,4200000\n199001152015021002,Rina,BKPSDM,III/c,9,,4200000\n198711232012122001,Sri,BKPSDM,III/b,10,,4200000\n`,
      { tpp: { pagu_per_kelas: { 9: 50000, 10: 5500000 } } },
    );
    expect(findings.filter((f) => f.code === 'PAGU_TIDAK_WAJAR').map((f) => [f.nip, f.column, f.params?.['amount'], f.params?.['source_id']])).toEqual([
      ['198503172010011003', 'tpp_pagu', '250.000.000', 'kolom tpp_pagu'],
      ['199001152015021002', 'kelas_jabatan', '50.000', 'tpp.pagu_per_kelas (kelas 9)'],
    ]);
  });

  it('the pack sets the plausible range', async () => {
    const { findings } = await read(`${HEAD}198503172010011003,Budi,BKPSDM,III/c,,50000,4200000\n`, { tpp: { pagu_wajar: { min: 10000, maks: 200000000 } } });
    expect(findings.filter((f) => f.code === 'PAGU_TIDAK_WAJAR')).toEqual([]);
  });
});

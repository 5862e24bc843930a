import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from '../../src/inputs/header-map.js';
import { newLedger, readTableRows, type ReadPlan } from '../../src/inputs/read-table-rows.js';
import type { Cell, TableRow } from '../../src/readers/cell.js';
import type { Table } from '../../src/readers/table.js';

// The column profile (date order, decimal mark) is built while the rows stream; rows whose reading
// depends on an undecided column wait for it. These tests pin that the result is what a first pass
// over the whole column followed by a second reading pass would give, and that the file is read once.

type Field = 'nip' | 'tanggal' | 'nilai';
const FIELDS: FieldSpecs<Field> = {
  nip: { aliases: ['nip'], required: true },
  tanggal: { aliases: ['tanggal'] },
  nilai: { aliases: ['nilai'] },
};
const plan: ReadPlan<Field> = {
  input: 'uji',
  detectHeader(cells, rowNumber) {
    const map = mapHeader(cells, FIELDS, rowNumber);
    return hasRequiredFields(map, FIELDS) ? { shape: 'uji', specs: FIELDS, map } : undefined;
  },
  required: { id: 'nip', en: 'nip' },
  profiled: () => ({ dates: ['tanggal'], numbers: ['nilai'] }),
};

/** An in-memory table that counts how often it is read. */
function tableOf(rows: Cell[][]): Table & { reads: number } {
  const all: TableRow[] = rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
  const table = {
    path: 'uji.csv',
    name: 'uji.csv',
    format: 'csv' as const,
    // In memory: no file behind it (readTableRows never asks).
    source: undefined as never,
    date1904: false,
    numberFallback: 'decimal' as const,
    reads: 0,
    // eslint-disable-next-line @typescript-eslint/require-await -- Table.batches is an async iterable; these rows are in memory
    async *batches() {
      table.reads += 1;
      for (let i = 0; i < all.length; i += 500) yield all.slice(i, i + 500);
    },
  };
  return table;
}

async function walk(rows: Cell[][], above: Cell[][] = []) {
  const table = tableOf([...above, ['nip', 'tanggal', 'nilai'], ...rows]);
  const findings = new FindingCollector();
  const ledger = newLedger('uji', table);
  const seen: { row: number; date?: string; value?: string; note?: string }[] = [];
  await readTableRows(table, plan, ledger, findings, (row) => {
    const date = row.dateReading('tanggal');
    const value = row.numberReading('nilai');
    seen.push({
      row: row.rowNumber,
      ...(date?.ok ? { date: date.date } : {}),
      ...(value?.ok ? { value: value.value.toString() } : {}),
      ...(value?.ok && value.note ? { note: value.note.code } : {}),
    });
    return 'used';
  });
  return { seen, findings: findings.sorted(), ledger, reads: table.reads };
}

describe('one pass over a table, with rows waiting for the column profile', () => {
  it('ISO dates and plain numbers never wait: the file is read once, the header search included', async () => {
    const { seen, reads } = await walk([
      ['1', '2026-10-01', '95'],
      ['2', '2026-10-02', '100'],
    ]);
    expect(seen.map((s) => s.row)).toEqual([2, 3]);
    expect(reads).toBe(1);
  });

  it('day-first dates before the first day above 12 wait for it and read day-first', async () => {
    const rows = Array.from({ length: 14 }, (_, i): Cell[] => ['1', `${String(i + 1).padStart(2, '0')}/10/2026`, '1']);
    const { seen, reads, findings } = await walk(rows);
    expect(seen.map((s) => s.row)).toEqual(Array.from({ length: 14 }, (_, i) => i + 2));
    expect(seen[1]!.date).toBe('2026-10-02');
    expect(seen[13]!.date).toBe('2026-10-14');
    expect(reads).toBe(1);
    expect(findings.filter((f) => f.code === 'TANGGAL_BULAN_DULU')).toEqual([]);
  });

  it('a month-first column, decided only at the end, reads every row month-first', async () => {
    const { seen, findings, reads } = await walk([
      ['1', '10/01/2026', '1'],
      ['1', '10/02/2026', '1'],
      ['1', '10/13/2026', '1'],
      ['1', '10/05/2026', '1'],
    ]);
    expect(seen.map((s) => s.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-13', '2026-10-05']);
    expect(findings.filter((f) => f.code === 'TANGGAL_BULAN_DULU').map((f) => [f.row, f.value])).toEqual([[4, '10/13/2026']]);
    expect(reads).toBe(1);
  });

  it('a header below more than 10,000 blank rows: those are not kept, the file is read again, every row counted', async () => {
    const blank: Cell[][] = Array.from({ length: 10_600 }, () => ['', '', '']);
    const { seen, ledger, reads } = await walk([['1', '2026-10-01', '95']], blank);
    expect(seen.map((s) => s.row)).toEqual([blank.length + 2]);
    expect(ledger).toMatchObject({ read: blank.length + 2, used: 1, skipped: blank.length + 1 });
    expect(reads).toBe(2);
  });

  it('when too many rows would wait, the file is profiled to its end and read again from the first waiting row', async () => {
    const rows: Cell[][] = [['1', '2026-10-01', '7']];
    for (let i = 0; i < 25_000; i++) rows.push(['1', `10/${String((i % 12) + 1).padStart(2, '0')}/2026`, '1']);
    rows.push(['1', '10/20/2026', '1']);
    const { seen, ledger, reads } = await walk(rows);
    expect(seen).toHaveLength(rows.length);
    expect(seen.map((s) => s.row)).toEqual(rows.map((_, i) => i + 2));
    expect(seen[2]!.date).toBe('2026-10-02');
    expect(seen.at(-1)!.date).toBe('2026-10-20');
    expect(ledger).toMatchObject({ read: rows.length + 1, used: rows.length, skipped: 1 });
    expect(reads).toBe(2);
  });

  it('after giving up on waiting, a later day above 12 still makes the whole column day-first', async () => {
    const rows: Cell[][] = [];
    for (let i = 0; i < 25_000; i++) rows.push(['1', `${String((i % 12) + 1).padStart(2, '0')}/10/2026`, '1']);
    rows.push(['1', '13/10/2026', '1'], ['1', '02/10/2026', '1']);
    const { seen, findings, reads } = await walk(rows);
    expect(seen.map((s) => s.row)).toEqual(rows.map((_, i) => i + 2));
    expect(seen.slice(0, 3).map((s) => s.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
    expect(seen.slice(-2).map((s) => s.date)).toEqual(['2026-10-13', '2026-10-02']);
    expect(findings.filter((f) => f.code === 'TANGGAL_BULAN_DULU')).toEqual([]);
    expect(reads).toBe(2);
  });

  it('an ambiguous 1.234 waits for the decimal mark a later value of its column establishes', async () => {
    const { seen } = await walk([
      ['1', '2026-10-01', '1.234'],
      ['2', '2026-10-01', '12,5'],
    ]);
    expect(seen.map((s) => [s.value, s.note])).toEqual([
      ['1234', undefined],
      ['12.5', undefined],
    ]);
  });

  it('an ambiguous 1.234 in a column that never decides reads by the file convention, with ANGKA_AMBIGU', async () => {
    const { seen } = await walk([
      ['1', '2026-10-01', '1.234'],
      ['2', '2026-10-01', '95'],
    ]);
    expect(seen.map((s) => [s.row, s.value, s.note])).toEqual([
      [2, '1.234', 'ANGKA_AMBIGU'],
      [3, '95', undefined],
    ]);
  });
});

/**
 * The PP 58/2023 monthly TER tables exactly as transcribed in reference/domain-notes.md §6.1
 * (upper bound in rupiah, inclusive → rate in percent; "above" is the open last row). Kept as text in
 * the notes' own layout so a reviewer can compare them line by line; the tests check the built-in
 * pack against them and use them as an independent oracle.
 */

const TEXT = {
  A: `
5.400.000 0 | 5.650.000 0.25 | 5.950.000 0.5 | 6.300.000 0.75 | 6.750.000 1 | 7.500.000 1.25 | 8.550.000 1.5 | 9.650.000 1.75 |
10.050.000 2 | 10.350.000 2.25 | 10.700.000 2.5 | 11.050.000 3 | 11.600.000 3.5 | 12.500.000 4 | 13.750.000 5 | 15.100.000 6 |
16.950.000 7 | 19.750.000 8 | 24.150.000 9 | 26.450.000 10 | 28.000.000 11 | 30.050.000 12 | 32.400.000 13 | 35.400.000 14 |
39.100.000 15 | 43.850.000 16 | 47.800.000 17 | 51.400.000 18 | 56.300.000 19 | 62.200.000 20 | 68.600.000 21 | 77.500.000 22 |
89.000.000 23 | 103.000.000 24 | 125.000.000 25 | 157.000.000 26 | 206.000.000 27 | 337.000.000 28 | 454.000.000 29 | 550.000.000 30 |
695.000.000 31 | 910.000.000 32 | 1.400.000.000 33 | above 34
`,
  B: `
6.200.000 0 | 6.500.000 0.25 | 6.850.000 0.5 | 7.300.000 0.75 | 9.200.000 1 | 10.750.000 1.5 | 11.250.000 2 | 11.600.000 2.5 |
12.600.000 3 | 13.600.000 4 | 14.950.000 5 | 16.400.000 6 | 18.450.000 7 | 21.850.000 8 | 26.000.000 9 | 27.700.000 10 |
29.350.000 11 | 31.450.000 12 | 33.950.000 13 | 37.100.000 14 | 41.100.000 15 | 45.800.000 16 | 49.500.000 17 | 53.800.000 18 |
58.500.000 19 | 64.000.000 20 | 71.000.000 21 | 80.000.000 22 | 93.000.000 23 | 109.000.000 24 | 129.000.000 25 | 163.000.000 26 |
211.000.000 27 | 374.000.000 28 | 459.000.000 29 | 555.000.000 30 | 704.000.000 31 | 957.000.000 32 | 1.405.000.000 33 | above 34
`,
  C: `
6.600.000 0 | 6.950.000 0.25 | 7.350.000 0.5 | 7.800.000 0.75 | 8.850.000 1 | 9.800.000 1.25 | 10.950.000 1.5 | 11.200.000 1.75 |
12.050.000 2 | 12.950.000 3 | 14.150.000 4 | 15.550.000 5 | 17.050.000 6 | 19.500.000 7 | 22.700.000 8 | 26.600.000 9 |
28.100.000 10 | 30.100.000 11 | 32.600.000 12 | 35.400.000 13 | 38.900.000 14 | 43.000.000 15 | 47.400.000 16 | 51.200.000 17 |
55.800.000 18 | 60.400.000 19 | 66.700.000 20 | 74.500.000 21 | 83.200.000 22 | 95.600.000 23 | 110.000.000 24 | 134.000.000 25 |
169.000.000 26 | 221.000.000 27 | 390.000.000 28 | 463.000.000 29 | 561.000.000 30 | 709.000.000 31 | 965.000.000 32 | 1.419.000.000 33 | above 34
`,
} as const;

/** One TER row: gross up to `sampai` (null: above the previous row) → `tarif` percent as written. */
export interface TerRow {
  sampai: number | null;
  tarif: string;
}

function parseTable(text: string): TerRow[] {
  return text
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell !== '')
    .map((cell) => {
      const m = /^(above|[\d.]+)\s+([\d.]+)$/.exec(cell);
      if (!m) throw new Error(`unreadable TER cell: ${cell}`);
      return { sampai: m[1] === 'above' ? null : Number(m[1]!.replace(/\./g, '')), tarif: m[2]! };
    });
}

/** The three tables by category. */
export const PP58_TER: Readonly<Record<'A' | 'B' | 'C', readonly TerRow[]>> = {
  A: parseTable(TEXT.A),
  B: parseTable(TEXT.B),
  C: parseTable(TEXT.C),
};

/**
 * PPh 21 of a gross under one table, by a route independent of src/: scaled bigint arithmetic,
 * floor to whole rupiah (rates have at most 2 decimals).
 */
export function terTaxOracle(rows: readonly TerRow[], gross: number): number {
  const row = rows.find((r) => r.sampai === null || gross <= r.sampai)!;
  const [whole, frac = ''] = row.tarif.split('.');
  const basisPoints = BigInt(whole!) * 100n + BigInt(frac.padEnd(2, '0'));
  return Number((BigInt(gross) * basisPoints) / 10_000n);
}

/** NIPs as exports and copy-paste leave them: certain repairs vs damage (unit tests of the pure readers). */
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { ContinuationRows } from '../../src/inputs/continuation-rows.js';
import { EmployeeMatcher } from '../../src/inputs/match-employee.js';
import { closestNips, compactNip, editDistanceWithin, readNipCell, visibleNipText } from '../../src/inputs/read-nip.js';
import { newLedger } from '../../src/inputs/read-table-rows.js';
import type { RowCheck } from '../../src/inputs/row-check.js';
import type { Table } from '../../src/readers/table.js';
import type { Pegawai, PegawaiTable } from '../../src/model/records.js';

const BUDI = '198503172010011003';
const DEWI = '199410272020031037';
const AGUS = '198811232014021004';

describe('readNipCell: certain repairs are reported, plain formatting stays silent', () => {
  it.each([
    [`${BUDI}\u200B`, BUDI, 'karakter tak terlihat dihapus'],
    [`\uFEFF${BUDI}`, BUDI, 'karakter tak terlihat dihapus'],
    [`1985\u00AD0317\u2060201001\u200C1003`, BUDI, 'karakter tak terlihat dihapus'],
    ['19850317\u00A0201001\u202F1\u2007003', BUDI, 'spasi khusus (NBSP) dihapus'],
    ['19941027-202003-1-037', DEWI, 'tanda hubung dihapus'],
    ['19941027\u2010202003\u20131\u2212037', DEWI, 'tanda hubung dihapus'],
    [`${BUDI}.0`, BUDI, '".0" di belakang dihapus'],
    [`'${BUDI},00`, BUDI, '".0" di belakang dihapus'],
    // The CSV text formula Excel writes (`="…"`), in every input, not only the annual ratings.
    [`="${BUDI}"`, BUDI, 'penanda teks Excel ="…" dihapus'],
    [`= "19850317 201001 1 003"`, BUDI, 'penanda teks Excel ="…" dihapus'],
  ])('%j → %s (%s)', (text, nip, what) => {
    expect(readNipCell(text)).toEqual({ kind: 'nip', nip, tidied: { id: what, en: expect.any(String) as string } });
  });

  it('a text formula with no NIP inside is not one', () => {
    expect(readNipCell('=""')).toMatchObject({ kind: 'format' });
    expect(readNipCell('="1985"')).toMatchObject({ kind: 'format' });
  });

  it('spaces, dots and the leading apostrophe of a typed NIP are how NIPs are written: no finding', () => {
    for (const text of ['19850317 201001 1 003', '19850317.201001.1.003', `'${BUDI}`, `  ${BUDI} `]) {
      expect(readNipCell(text)).toEqual({ kind: 'nip', nip: BUDI });
    }
  });

  it('a ".0" NIP that a floating-point number could have produced is damaged, not repaired', () => {
    // 198503172010011008 is exactly a double: the text may be a rounded 198503172010011003.
    expect(readNipCell('198503172010011008.0')).toMatchObject({ kind: 'damaged', prefix: '198503172010011' });
    // Sequence 000 is no NIP: the digits after the 15th were lost (LibreOffice writes 15 significant digits).
    expect(readNipCell('198503172010011000.0')).toMatchObject({ kind: 'damaged' });
  });

  it('a number cell stays damaged; a lone dash, letters or a wrong length are not NIPs', () => {
    expect(readNipCell(198503172010011000)).toMatchObject({ kind: 'damaged' });
    expect(readNipCell('1.98503E+17')).toMatchObject({ kind: 'damaged' });
    expect(readNipCell('-')).toMatchObject({ kind: 'format' });
    expect(readNipCell('19920714201903201')).toMatchObject({ kind: 'format', reason: { en: '17 digits instead of 18' } });
    expect(readNipCell('\u200B')).toEqual({ kind: 'empty' });
  });

  it('compactNip (jelaskan, atasan_nip) uses the same repairs', () => {
    expect(compactNip('19941027-202003-1-037')).toBe(DEWI);
    expect(compactNip(`${BUDI}\u200B`)).toBe(BUDI);
  });
});

describe('closest known NIP for a NIP that matches nobody', () => {
  const sorted = [BUDI, '199001152015021002', AGUS, DEWI].sort();
  it('one digit off, two swapped, one dropped: the typo finds its employee', () => {
    expect(closestNips(sorted, '198811232014021014')).toEqual([AGUS]);
    expect(closestNips(sorted, '198811232014020104')).toEqual([AGUS]);
    expect(closestNips(sorted, '19881123201402104')).toEqual([AGUS]);
  });
  it('the same first 14 digits when the sequence is wholly different; nothing when nothing is close', () => {
    expect(closestNips(sorted, '198811232014021987')).toEqual([AGUS]);
    expect(closestNips(sorted, '200001012022011001')).toEqual([]);
  });
  it('editDistanceWithin stops at its bound', () => {
    expect(editDistanceWithin('123456', '123456', 2)).toBe(0);
    expect(editDistanceWithin('123456', '124356', 2)).toBe(2);
    expect(editDistanceWithin('123456', '654321', 2)).toBe(3);
  });
});

/** A staff master knowing `nips` (only what matching reads). */
function staff(...nips: string[]): PegawaiTable {
  const byNip = new Map(nips.map((nip) => [nip, { nip } as Pegawai]));
  const indexOf = new Map(nips.map((nip, i) => [nip, i]));
  return { byNip, indexOf, sortedNips: [...nips].sort() } as unknown as PegawaiTable;
}

/** A row without a NIP nor any value of the input (a signature below the table). */
const NOTE = 'NOTE';

/** Rows of one NIP column; `codes` are what each row reported (and `finish` with). */
function rows(cells: (string | null)[]) {
  let current = 0;
  const codes: string[][] = cells.map(() => []);
  const check = {
    cell: () => (cells[current] === NOTE ? null : (cells[current] ?? null)),
    report: (code: string) => codes[current]!.push(code),
    finish: () => undefined,
    splitNoLongerMatters: () => undefined,
    row: { get rowNumber() { return current + 2; }, label: () => 'NIP' },
  } as unknown as RowCheck<'nip'>;
  return { check, codes, at: (i: number) => (current = i) };
}

describe('EmployeeMatcher: the fast path stays, a tidied NIP is reported on every row', () => {
  it('plain known NIPs report nothing; an odd NIP repeated row after row is reported each time', () => {
    const matcher = new EmployeeMatcher(staff(BUDI, DEWI), new FindingCollector());
    const { check, codes, at } = rows([BUDI, BUDI, '19941027-202003-1-037', '19941027-202003-1-037']);
    const matches = [0, 1, 2, 3].map((i) => (at(i), matcher.match(check, 'nip')));
    expect(matches.map((m) => (m.kind === 'employee' ? m.nip : m.kind))).toEqual([BUDI, BUDI, DEWI, DEWI]);
    expect(codes).toEqual([[], [], ['NIP_DIRAPIKAN'], ['NIP_DIRAPIKAN']]);
  });
});

describe('ContinuationRows: the whole file decides what a row without a NIP is', () => {
  const table = staff(BUDI, DEWI, AGUS);
  const ledger = () => newLedger('capaian', { path: 'capaian.csv', format: 'csv' } as Table);
  function read(cells: (string | null)[]) {
    const findings = new FindingCollector();
    const matcher = new EmployeeMatcher(table, findings);
    const blocks = new ContinuationRows<number>('capaian.csv', findings);
    const { check, codes, at } = rows(cells);
    const buckets = cells.map((_, i) => {
      at(i);
      const m = blocks.match(check, 'nip', matcher, () => cells[i] !== NOTE);
      if (m.kind === 'employee' && blocks.continued) blocks.keep(i + 2);
      return m.kind === 'employee' ? (blocks.continued ? `+${m.nip.slice(-3)}` : m.nip.slice(-3)) : m.kind;
    });
    const l = ledger();
    const end = blocks.end(l);
    return { buckets, codes, end, findings: findings.sorted(), ledger: l };
  }

  it('NIP once per block in every block: the rows are the employee above (info)', () => {
    const r = read([BUDI, null, null, DEWI, null, AGUS]);
    expect(r.buckets).toEqual(['003', '+003', '+003', '037', '+037', '004']);
    expect(r.end).toEqual({ taken: true, dropped: [] });
    // One line for the file's decision, naming the first block.
    expect(r.findings.map((f) => [f.code, f.level, f.row, f.params])).toEqual([['NIP_LANJUTAN', 'info', 3, { above: BUDI, rows: 3, blocks: 2 }]]);
  });

  it('a NIP repeated right below itself: a blank row is an error holding the employee above, its rows handed back', () => {
    const r = read([BUDI, BUDI, DEWI, null, AGUS]);
    expect(r.end).toEqual({ taken: false, dropped: [5] });
    expect(r.findings).toMatchObject([{ code: 'NIP_KOSONG_LANJUTAN', nip: DEWI, row: 5, level: 'error' }]);
  });

  it('a blank NIP with nobody above is NILAI_WAJIB_KOSONG, and the file is not block-style', () => {
    const r = read([null, BUDI, null, DEWI, null]);
    expect(r.buckets[0]).toBe('rejected');
    expect(r.codes[0]).toEqual(['NILAI_WAJIB_KOSONG']);
    expect(r.end.taken).toBe(false);
    expect(r.findings.map((f) => f.code)).toEqual(['NIP_KOSONG_LANJUTAN', 'NIP_KOSONG_LANJUTAN']);
  });

  it('a note below the table (no NIP, no values) is rejected as before and does not decide the file', () => {
    const r = read([BUDI, null, DEWI, null, NOTE]);
    expect(r.buckets).toEqual(['003', '+003', '037', '+037', 'rejected']);
    expect(r.codes[4]).toEqual(['NILAI_WAJIB_KOSONG']);
    expect(r.end.taken).toBe(true);
  });

  it('a heading between blocks ends the block above: a NIP-less row below it has nobody above', () => {
    const r = read([BUDI, null, NOTE, null, DEWI, null]);
    expect(r.buckets).toEqual(['003', '+003', 'rejected', 'rejected', '037', '+037']);
    expect(r.end.taken).toBe(false);
  });

  it('a single block with a blank row is not clear evidence (a one-row-per-employee file that lost a NIP)', () => {
    const r = read([BUDI, DEWI, null, AGUS]);
    expect(r.end).toEqual({ taken: false, dropped: [4] });
  });

  it('rows below an unknown NIP go with it: ignored, or rejected when the file is not block-style', () => {
    const taken = read(['197001011995031002', null, BUDI, null]);
    expect(taken.buckets).toEqual(['ignored', 'ignored', '003', '+003']);
    expect(taken.end.taken).toBe(true);
    const notTaken = read(['197001011995031002', null, BUDI, BUDI]);
    expect(notTaken.end.taken).toBe(false);
    expect(notTaken.ledger).toMatchObject({ ignored: -1, rejected: 1 });
    expect(notTaken.findings).toMatchObject([{ code: 'NIP_KOSONG_LANJUTAN', params: { held: 'tidak' } }]);
  });
});

describe('readNipCell: bidi marks from web and WhatsApp copy-paste are invisible characters', () => {
  it.each(['200E', '200F', '202A', '202B', '202C', '202D', '202E', '2066', '2067', '2068', '2069'])('U+%s around a NIP is removed and reported', (code) => {
    const mark = String.fromCharCode(parseInt(code, 16));
    expect(readNipCell(`${mark}${BUDI}${mark}`)).toEqual({ kind: 'nip', nip: BUDI, tidied: { id: 'karakter tak terlihat dihapus', en: 'invisible characters removed' } });
    expect(compactNip(`${mark}${BUDI}`)).toBe(BUDI);
  });

  it('the message shows the marks', () => {
    expect(visibleNipText(`\u202A${BUDI}\u202C`)).toBe(`⟨U+202A⟩${BUDI}⟨U+202C⟩`);
  });
});

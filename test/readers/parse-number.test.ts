import { describe, expect, it } from 'vitest';
import { decimalEvidence, parseNumberCell, type NumberContext } from '../../src/readers/parse-number.js';

const semicolon: NumberContext = { fallback: 'thousands' };
const comma: NumberContext = { fallback: 'decimal' };
const read = (text: string | number, ctx: NumberContext = semicolon) => {
  const r = parseNumberCell(text, ctx);
  return r && r.ok ? r.value.toString() : r === null ? null : 'INVALID';
};

describe('numbers (SPEC §2.2)', () => {
  it.each([
    ['95.5', '95.5'],
    ['95,5', '95.5'],
    ['95%', '95'],
    ['1.234.567', '1234567'],
    ['1,234,567', '1234567'],
    ['1.234.567,50', '1234567.5'],
    ['1,234,567.50', '1234567.5'],
    ['Rp 1.234.567', '1234567'],
    ['Rp1.234.567,00', '1234567'],
    ['Rp. 5.000.000', '5000000'],
    ['-12,5', '-12.5'],
    ['0,125', '0.125'],
    ['1234,567', '1234.567'],
    ['12 Dokumen', '12'],
    [' 7 ', '7'],
  ])('%s → %s', (text, value) => {
    expect(read(text)).toBe(value);
  });

  it.each(['abc', '1.2.3,4,5', '12a', '1,23,456', '--5', 'Rp'])('%s is not a number', (text) => {
    expect(read(text)).toBe('INVALID');
  });

  it('an empty cell is no value', () => {
    expect(read('  ')).toBeNull();
  });

  it('a numeric XLSX cell keeps its value', () => {
    expect(read(95.5)).toBe('95.5');
  });

  it('reads an ambiguous 1.234 as thousands in ;-files and decimal in ,-files, with a warning', () => {
    const a = parseNumberCell('1.234', semicolon);
    expect(a).toMatchObject({ ok: true, note: { code: 'ANGKA_AMBIGU', reading: '1234' } });
    const b = parseNumberCell('1.234', comma);
    expect(b).toMatchObject({ ok: true, note: { code: 'ANGKA_AMBIGU', reading: '1.234' } });
  });

  it('resolves 1,234 by the decimal mark the column established, without a warning', () => {
    const r = parseNumberCell('1,234', { columnDecimal: ',', fallback: 'thousands' });
    expect(r).toEqual({ ok: true, value: expect.anything() as unknown });
    expect(r && r.ok && r.value.toString()).toBe('1.234');
  });

  it('notes a unit word as info', () => {
    expect(parseNumberCell('12 Dokumen', semicolon)).toMatchObject({ ok: true, note: { code: 'ANGKA_SATUAN' } });
  });

  it.each([
    ['95,5', ','],
    ['95.5', '.'],
    ['1.234.567', ','],
    ['1,234,567', '.'],
    ['1.234,5', ','],
    ['1.234', undefined],
    ['100', undefined],
  ])('%s establishes decimal mark %s for its column', (text, mark) => {
    expect(decimalEvidence(text)).toBe(mark);
  });
});

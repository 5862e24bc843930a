/** The `keuangan.bank` pack section: a bank's layout over `*`, matched by name, and its checks. */
import { describe, expect, it } from 'vitest';
import { knownFields } from '../../src/inputs/known-fields.js';
import { bankKey, resolveBankLayout } from '../../src/rules/bank-layout.js';
import { formatPackProblem, mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import { aPack, bawaanRaw } from '../helpers/builders.js';

const messagesOf = (override: Record<string, unknown>) => {
  const result = parseRulePack(mergeRulePack(bawaanRaw(), override), knownFields);
  return 'problems' in result ? result.problems.map((p) => formatPackProblem(p, 'en')) : [];
};

describe('keuangan.bank layouts', () => {
  it('bawaan gives the generic layout: no, rekening, nama, jumlah, nip, keterangan; comma; header; whole rupiah', () => {
    expect(resolveBankLayout(aPack(), 'BRI')).toEqual({
      kolom: ['no', 'rekening', 'nama', 'jumlah', 'nip', 'keterangan'],
      pemisah: ',',
      judul: true,
      formatJumlah: 'bulat',
      keterangan: 'TPP {periode}',
    });
  });

  it("a bank's own entry overrides only what it names, matched case-insensitively after trimming", () => {
    const pack = aPack({ keuangan: { bank: { 'Bank Jateng': { pemisah: ';', format_jumlah: 'desimal_koma' } } } });
    const layout = resolveBankLayout(pack, '  BANK   jateng ');
    expect(layout).toMatchObject({ pemisah: ';', formatJumlah: 'desimal_koma', judul: true, kolom: ['no', 'rekening', 'nama', 'jumlah', 'nip', 'keterangan'] });
    // No alias is invented: "Jateng" is another name.
    expect(resolveBankLayout(pack, 'Jateng').pemisah).toBe(',');
    expect(bankKey(' Bank  Jateng ')).toBe('bank jateng');
  });

  it('a typo in a layout key names the closest key', () => {
    expect(messagesOf({ keuangan: { bank: { BRI: { pemisahh: ';' } } } })).toEqual(['keuangan.bank.BRI.pemisahh: unknown key; did you mean `pemisah`?']);
  });

  it('a layout without rekening or jumlah, or with a column twice, is refused', () => {
    expect(messagesOf({ keuangan: { bank: { BRI: { kolom: ['nama', 'nama', 'jumlah'] } } } })).toEqual([
      'keuangan.bank.BRI.kolom: column rekening is required',
      'keuangan.bank.BRI.kolom[1]: column nama is listed twice',
    ]);
  });

  it('two entries for one bank (case and spaces aside), an unknown placeholder and an incomplete default are refused', () => {
    expect(messagesOf({ keuangan: { bank: { BRI: { judul: false }, ' bri': { judul: true } } } })).toEqual([
      'keuangan.bank. bri: the same bank as "BRI" (case and spaces do not count); keep one',
    ]);
    expect(messagesOf({ keuangan: { bank: { '*': { keterangan: 'TPP {bulan}' } } } })).toEqual(['keuangan.bank.*.keterangan: {bulan} is unknown; only {periode} is available']);
    expect(messagesOf({ keuangan: { bank: { '*': null } } })).toEqual(['keuangan.bank.*: the default layout "*" must be complete; missing: kolom, pemisah, judul, format_jumlah, keterangan']);
  });

  it('an unknown column or separator is refused', () => {
    expect(messagesOf({ keuangan: { bank: { BRI: { kolom: ['rekening', 'jumlah', 'alamat'] } } } })).toEqual([expect.stringMatching(/^keuangan\.bank\.BRI\.kolom\[2\]: /)]);
    expect(messagesOf({ keuangan: { bank: { BRI: { pemisah: ':' } } } })).toEqual([expect.stringMatching(/^keuangan\.bank\.BRI\.pemisah: /)]);
  });
});

/** Merge rules of a user pack over bawaan (maps merge, lists replace, null deletes) and the hints of pack errors. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../../src/errors.js';
import { knownFields } from '../../src/inputs/known-fields.js';
import { parseGolongan } from '../../src/model/golongan.js';
import { loadRulePack } from '../../src/rules/load-rule-pack.js';
import { formatPackProblem, mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import { tarifKey } from '../../src/tpp/compute-pph21.js';
import { tempDir } from '../cli/run-cli.js';
import { aPack, bawaanRaw } from '../helpers/builders.js';

const messagesOf = (override: Record<string, unknown>, lang: 'id' | 'en' = 'en') => {
  const result = parseRulePack(mergeRulePack(bawaanRaw(), override), knownFields);
  return 'problems' in result ? result.problems.map((p) => formatPackProblem(p, lang)) : [];
};

const packError = async (yaml: string): Promise<KinerjaError> => {
  const path = join(tempDir(), 'paket.yaml');
  writeFileSync(path, yaml);
  const err = await loadRulePack(path, 'id', knownFields).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(KinerjaError);
  return err as KinerjaError;
};

describe('null deletes an inherited map key', () => {
  it('a PPPK range of bawaan can be re-split: PPPK_IX_XII deleted, IX–X and XI–XII given their own rates', () => {
    const resplit = { pajak: { tarif_golongan: { PPPK_IX_XII: null, PPPK_IX_X: 5, PPPK_XI_XII: 10 } } };
    const pack = aPack(resplit);
    expect(Object.keys(pack.pajak.tarif_golongan).sort()).toEqual(['I', 'II', 'III', 'IV', 'PPPK_IX_X', 'PPPK_I_VIII', 'PPPK_XIII_XVII', 'PPPK_XI_XII']);
    // Grade X falls in the new IX–X range at 5 %, grade XI in XI–XII at 10 %.
    expect(tarifKey(parseGolongan('X', true)!, pack.pajak.tarif_golongan)).toBe('PPPK_IX_X');
    expect(tarifKey(parseGolongan('XI', true)!, pack.pajak.tarif_golongan)).toBe('PPPK_XI_XII');
    expect(pack.pajak.tarif_golongan['PPPK_XI_XII']!.toString()).toBe('10');
  });

  it('without the deletion the same split is refused: the old range overlaps the new ones', () => {
    expect(messagesOf({ pajak: { tarif_golongan: { PPPK_IX_X: 5, PPPK_XI_XII: 10 } } })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^pajak\.tarif_golongan\.PPPK_(IX_XII|IX_X|XI_XII): grade (9|11) is also in PPPK_/)]),
    );
  });

  it('maps merge key by key, lists replace whole, null deletes: only the named keys change', () => {
    const merged = mergeRulePack({ a: { x: 1, y: 2, z: 3 }, l: [1, 2, 3] }, { a: { y: 20, z: null }, l: [9] });
    expect(merged).toEqual({ a: { x: 1, y: 20 }, l: [9] });
  });

  it('null for a key bawaan does not have stays null (and the schema judges it)', () => {
    expect(mergeRulePack({ a: {} }, { a: { b: null } })).toEqual({ a: { b: null } });
  });

  it('a schedule profile of bawaan (jadwal: a map of profiles) can be deleted the same way', () => {
    const pack = aPack({ jadwal: { ramadan: null, sekolah: { 'senin-sabtu': ['07:00', '12:00'] } } });
    expect(Object.keys(pack.jadwal).sort()).toEqual(['bawaan', 'sekolah']);
  });

  it('in a block of fixed settings null stays the value null: tk_batas_hari_tpp_nol: null switches the rule off', () => {
    // bawaan: tk_batas_hari_tpp_nol 10. The merged pack keeps the key with null, so what
    // `kinerja paket tampil` prints shows the rule is off.
    const merged = mergeRulePack(bawaanRaw(), { presensi: { tk_batas_hari_tpp_nol: null } }) as { presensi: Record<string, unknown> };
    expect(Object.hasOwn(merged.presensi, 'tk_batas_hari_tpp_nol')).toBe(true);
    expect(aPack({ presensi: { tk_batas_hari_tpp_nol: null } }).presensi.tk_batas_hari_tpp_nol).toBeNull();
  });

  it('null for a required fixed setting is an error naming it', () => {
    expect(messagesOf({ pajak: { metode: null } })).toEqual([expect.stringMatching(/^pajak\.metode: /)]);
  });
});

describe('hints in pack errors', () => {
  it.each([
    [{ tpp: { komponan: [] } }, 'tpp.komponan: unknown key; did you mean `komponen`?', 'tpp.komponan: kunci tidak dikenal; maksudnya `komponen`?'],
    [{ pembulatn: 'floor' }, 'pembulatn: unknown key; did you mean `pembulatan`?', 'pembulatn: kunci tidak dikenal; maksudnya `pembulatan`?'],
    [{ bpjs: { batas_upa: 1 } }, 'bpjs.batas_upa: unknown key; did you mean `batas_upah`?', 'bpjs.batas_upa: kunci tidak dikenal; maksudnya `batas_upah`?'],
    [{ presensi: { kode: { AP: { efek: 'hadir', cek_masu: false } } } }, 'presensi.kode.AP.cek_masu: unknown key; did you mean `cek_masuk`?', 'presensi.kode.AP.cek_masu: kunci tidak dikenal; maksudnya `cek_masuk`?'],
  ])('%j names the closest known key', (override, en, id) => {
    expect(messagesOf(override)).toEqual([en]);
    expect(messagesOf(override, 'id')).toEqual([id]);
  });

  it('a key far from every known one gets no guess', () => {
    expect(messagesOf({ bpjs: { zzzzzzzz: 1 } })).toEqual(['bpjs.zzzzzzzz: unknown key (a typo?)']);
  });

  it.each([
    ['6.200.000', '6200000'],
    ['6,200,000', '6200000'],
    ['12.000.000', '12000000'],
  ])('an amount written "%s" is told to be written %s', (given, digits) => {
    expect(messagesOf({ bpjs: { batas_upah: given } })).toEqual([
      `bpjs.batas_upah: "${given}" uses thousand separators; write the bare number without dots/commas and without quotes: ${digits}`,
    ]);
    expect(messagesOf({ bpjs: { batas_upah: given } }, 'id')[0]).toContain(`pemisah ribuan; tulis angka saja tanpa titik/koma dan tanpa tanda kutip: ${digits}`);
  });

  it.each([
    ['0,5', '0.5'],
    ['1,25', '1.25'],
  ])('a percent written with a decimal comma "%s" is told to be written %s (found by a new-user trial)', (given, dotted) => {
    expect(messagesOf({ bpjs: { persen_pegawai: given } }, 'id')).toEqual([
      `bpjs.persen_pegawai: "${given}" memakai koma desimal; di paket aturan tulis dengan titik dan tanpa tanda kutip: ${dotted}`,
    ]);
  });

  it('unquoted 6.200.000 in YAML (read as text) gets the same hint through the loader', async () => {
    const err = await packError('nama: x\nbpjs:\n  batas_upah: 6.200.000\n');
    expect(err.code).toBe('PAKET_TIDAK_VALID');
    expect(err.details).toEqual(['bpjs.batas_upah: "6.200.000" memakai pemisah ribuan; tulis angka saja tanpa titik/koma dan tanpa tanda kutip: 6200000']);
  });

  it('unquoted 12.000 (YAML reads twelve) is refused with its line, not read as 12', async () => {
    const err = await packError('nama: x\nbpjs:\n  batas_upah: 12.000\n');
    expect(err.code).toBe('PAKET_TIDAK_VALID');
    expect(err.text.id).toContain('baris 3: 12.000 terbaca sebagai 12');
    expect(err.hint?.en).toContain('(12000)');
  });

  it('a decimal written without a thousands look (0.250, 2.5, 1.25) is read as it always was', async () => {
    const path = join(tempDir(), 'paket.yaml');
    writeFileSync(path, 'nama: x\nbpjs:\n  persen_pegawai: 0.250\n');
    await expect(loadRulePack(path, 'id', knownFields)).resolves.toMatchObject({ pack: { nama: 'x' } });
  });
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, loadRulePack } from '../../src/rules/load-rule-pack.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import { bawaanRaw } from '../helpers/builders.js';
import { knownFields } from '../../src/inputs/known-fields.js';

const problemsOf = (override: Record<string, unknown>) => {
  const result = parseRulePack(mergeRulePack(bawaanRaw(), override), knownFields);
  return 'problems' in result ? result.problems.map((p) => p.path) : [];
};

describe('rule pack', () => {
  it('a believable iuran pensiun range must not be reversed (it would hold everyone who pays one)', () => {
    expect(problemsOf({ pajak: { tahunan: { iuran_pensiun_wajar_persen: { min: 10, maks: 2 } } } })).toEqual(['pajak.tahunan.iuran_pensiun_wajar_persen']);
    expect(problemsOf({ pajak: { tahunan: { iuran_pensiun_wajar_persen: { min: 8, maks: 8 } } } })).toEqual([]);
  });

  it('the built-in pack is valid', () => {
    expect(problemsOf({})).toEqual([]);
  });

  it('a special period names profiles that exist, and gives jadwal or per_profil', () => {
    expect(problemsOf({ periode_khusus: [{ per_profil: { bawaan: 'ramadan' }, dari: '2027-02-08', sampai: '2027-03-09' }] })).toEqual([]);
    expect(problemsOf({ periode_khusus: [{ per_profil: { sekolah: 'ramadan', bawaan: 'puasa' }, dari: '2027-02-08', sampai: '2027-03-09' }] })).toEqual([
      'periode_khusus[0].per_profil.sekolah',
      'periode_khusus[0].per_profil.bawaan',
    ]);
    expect(problemsOf({ periode_khusus: [{ dari: '2027-02-08', sampai: '2027-03-09' }] })).toEqual(['periode_khusus[0]']);
  });

  it('merges maps key by key and replaces arrays', () => {
    const merged = mergeRulePack({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] } }) as Record<string, unknown>;
    expect(merged).toEqual({ a: { b: 1, c: [3] }, d: 1 });
  });

  it.each([
    [{ tpp: { komponen: [{ nama: 'disiplin', bobot: 40, dasar: 'nilai_disiplin' }, { nama: 'kinerja', bobot: 'enam puluh', dasar: 'faktor_predikat' }] } }, 'tpp.komponen[1].bobot'],
    [{ tpp: { komponen: [{ nama: 'disiplin', bobot: 50, dasar: 'nilai_disiplin' }, { nama: 'kinerja', bobot: 60, dasar: 'faktor_predikat' }] } }, 'tpp.komponen'],
    [{ presensi: { terlambat: [{ kode: 'TL1', dari: 1, sampai: 30, persen: 0.5 }, { kode: 'TL2', dari: 32, persen: 1 }] } }, 'presensi.terlambat[1].dari'],
    [{ pajak: { metode: 'flat' } }, 'pajak.metode'],
    [{ pembulatn: 'floor' }, 'pembulatn'],
    [{ tpp: { komponen_x: 1 } }, 'tpp.komponen_x'],
    [{ jadwal: { bawaan: { 'senin-kamis': ['16:00', '07:30'] } } }, 'jadwal.bawaan.senin-kamis'],
    [{ periode_khusus: [{ jadwal: 'puasa', dari: '2027-02-08', sampai: '2027-03-09' }] }, 'periode_khusus[0].jadwal'],
  ])('a bad pack names the key path: %j → %s', (override, path) => {
    expect(problemsOf(override)).toContain(path);
  });

  it('accepts class ceilings keyed by numbers written as strings', () => {
    expect(problemsOf({ tpp: { pagu_per_kelas: { '9': 4_500_000, 10: 5_500_000 } } })).toEqual([]);
  });

  it('hashes the merged pack independently of key order', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
  });

  it('loading reports every problem as a KinerjaError with exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kinerja-pack-'));
    const file = join(dir, 'paket.yaml');
    await writeFile(file, 'tpp:\n  komponen:\n    - { nama: disiplin, bobot: 140, dasar: nilai_disiplin }\n');
    await expect(loadRulePack(file, 'id', knownFields)).rejects.toMatchObject({ code: 'PAKET_TIDAK_VALID', exitCode: 2, details: expect.arrayContaining([expect.stringContaining('tpp.komponen[0].bobot')]) as string[] });
    const ok = await loadRulePack(undefined, 'id', knownFields);
    expect(ok.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(ok.pack.nama).toBe('bawaan');
  });
});

describe('pembulatan: components, the sanction and the gross total', () => {
  const parsed = (override: Record<string, unknown>) => {
    const result = parseRulePack(mergeRulePack(bawaanRaw(), override), knownFields);
    if ('problems' in result) throw new Error(result.problems.map((p) => `${p.path}: ${p.en}`).join('\n'));
    return result.pack.pembulatan;
  };
  const messagesOf = (override: Record<string, unknown>) => {
    const result = parseRulePack(mergeRulePack(bawaanRaw(), override), knownFields);
    return 'problems' in result ? result.problems.map((p) => `${p.path}: ${p.id} / ${p.en}`) : [];
  };

  it('bawaan keeps today: half_up components, the sanction rounded by itself, the gross not rounded again', () => {
    expect(parsed({})).toEqual({ komponen: 'half_up', potongan: 'sendiri', bruto: 'tidak' });
  });

  it('the one-word form of older packs is the components rounding, with the other two as today', () => {
    expect(parsed({ pembulatan: 'floor_1000' })).toEqual({ komponen: 'floor_1000', potongan: 'sendiri', bruto: 'tidak' });
  });

  it('a pack names only the keys it changes; the rest come from bawaan', () => {
    expect(parsed({ pembulatan: { bruto: 'floor_1000' } })).toEqual({ komponen: 'half_up', potongan: 'sendiri', bruto: 'floor_1000' });
    expect(parsed({ pembulatan: { komponen: 'floor', potongan: 'sama_dengan_jumlah' } })).toEqual({ komponen: 'floor', potongan: 'sama_dengan_jumlah', bruto: 'tidak' });
  });

  it.each([
    // Rounding the gross up would pay money that is in no component, so it is not offered.
    [{ bruto: 'half_up_1000' }, 'pembulatan.bruto: Pilihan tidak valid: diharapkan salah satu dari "tidak"|"floor_1000" / Invalid option: expected one of "tidak"|"floor_1000"'],
    [{ potongan: 'ke_atas' }, 'pembulatan.potongan: Pilihan tidak valid: diharapkan salah satu dari "sendiri"|"sama_dengan_jumlah" / Invalid option: expected one of "sendiri"|"sama_dengan_jumlah"'],
    [{ arah: 'floor' }, 'pembulatan.arah: kunci tidak dikenal (salah ketik?) / unknown key (a typo?)'],
    // The one-word form is the components' rounding, so that is where its error points.
    ['ceil', 'pembulatan.komponen: Pilihan tidak valid: diharapkan salah satu dari "half_up"|"floor"|"floor_1000" / Invalid option: expected one of "half_up"|"floor"|"floor_1000"'],
  ])('%j is refused as %s', (pembulatan, message) => {
    expect(messagesOf({ pembulatan })).toEqual([message]);
  });
});

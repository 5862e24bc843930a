/** In-memory builders for the pure core: the bawaan pack and small records with sensible defaults. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { Exact } from '../../src/exact.js';
import { BAWAAN_PATH } from '../../src/rules/load-rule-pack.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import type { TppInput } from '../../src/tpp/compute-tpp.js';
import { parseGolongan } from '../../src/model/golongan.js';
import { ASPEK, type Aspek } from '../../src/model/domain.js';
import type { Indikator, Penilai } from '../../src/model/records.js';
import { knownFields } from '../../src/inputs/known-fields.js';

const bawaanData: unknown = parseYaml(readFileSync(BAWAAN_PATH, 'utf8'));

/** The bawaan pack with optional overrides merged over it (as a user pack would be). */
export function aPack(overrides: Record<string, unknown> = {}): RulePack {
  const result = parseRulePack(mergeRulePack(bawaanData, overrides), knownFields);
  if ('problems' in result) throw new Error(result.problems.map((p) => `${p.path}: ${p.en}`).join('\n'));
  return result.pack;
}

/** The raw bawaan data (for merge tests). */
export function bawaanRaw(): unknown {
  return structuredClone(bawaanData);
}

/** Shorthand for an exact number from a decimal string or integer. */
export const x = (v: string | number): Exact => (typeof v === 'number' ? Exact.fromNumber(v) : Exact.parse(v)!);

/** An indicator (utama, naik, bobot 1 unless said). */
export function anIndikator(over: Partial<Omit<Indikator, 'target' | 'realisasi'>> & { target?: Indikator['target'] | number; realisasi?: Exact | number } = {}): Indikator {
  const { target, realisasi, bobot, ...rest } = over;
  return {
    nip: '198503172010011003',
    indikator: 'Dokumen diverifikasi',
    target: target === undefined ? x(100) : typeof target === 'number' ? x(target) : target,
    realisasi: realisasi === undefined ? x(100) : typeof realisasi === 'number' ? x(realisasi) : realisasi,
    bobot: bobot ?? Exact.ONE,
    arah: 'naik',
    jenis: 'utama',
    inovasi: false,
    file: 'capaian.csv',
    row: 2,
    ...rest,
  };
}

/** A rater giving every aspect `score` (0..100) unless `scores` says otherwise. */
export function aPenilai(score: number, over: Partial<Penilai> & { scores?: Partial<Record<Aspek, number>> } = {}): Penilai {
  const { scores, ...rest } = over;
  const skor = Object.fromEntries(ASPEK.map((a) => [a, x(scores?.[a] ?? score)])) as Record<Aspek, Exact>;
  const asli = Object.fromEntries(ASPEK.map((a) => [a, String(scores?.[a] ?? score)])) as Record<Aspek, string>;
  return { nip: '198503172010011003', peran: 'atasan', skor, asli, file: 'perilaku.csv', row: 2, ...rest };
}

/** Adds rules to a rule-pack file: maps merge key by key (a YAML file cannot repeat a top-level key). */
export function extendPackFile(path: string, extraYaml: string): void {
  const merge = (into: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> => {
    for (const [k, v] of Object.entries(from)) {
      const have = into[k];
      into[k] = isMap(have) && isMap(v) ? merge(have, v) : v;
    }
    return into;
  };
  const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const base = parseYaml(readFileSync(path, 'utf8')) as Record<string, unknown>;
  writeFileSync(path, stringifyYaml(merge(base, parseYaml(extraYaml) as Record<string, unknown>)));
}

/**
 * A copy of another pack with what the sample agency needs to be read at all under it: its puskesmas
 * shift definitions and its acting-post rule (local data a regional pack does not carry). Returns the path.
 */
export function withSampleLocalRules(packPath: string, dir: string): string {
  const sample = parseYaml(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'contoh', 'paket-aturan.yaml'), 'utf8')) as {
    jadwal: { shift: unknown };
    tpp: { plt: unknown };
  };
  const out = join(dir, 'paket-dengan-aturan-lokal.yaml');
  writeFileSync(out, readFileSync(packPath, 'utf8'));
  extendPackFile(out, stringifyYaml({ jadwal: { shift: sample.jadwal.shift }, tpp: { plt: sample.tpp.plt } }));
  return out;
}

/** The SPEC §7 worked example's TPP input (pagu 5,000,000, nilai_disiplin 92.5, predikat 100 %, III/c), with overrides. */
export function workedExampleTpp(over: Partial<TppInput> = {}): TppInput {
  return {
    pagu: 5_000_000,
    status: 'PNS',
    hariBayar: 22,
    hariKerjaPenuh: 22,
    tk: 1,
    nilai: { nilai_disiplin: x('92.5') },
    faktorPredikat: x(100),
    persenHukdis: Exact.ZERO,
    held: false,
    golongan: parseGolongan('III/c', false)!,
    gaji: 4_200_000,
    ...over,
  };
}

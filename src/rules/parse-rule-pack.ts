/**
 * Pure validation of a merged rule pack: the zod schema, then the cross-field rules of SPEC §3
 * (weights sum to 100, bands ascend without gaps). Every problem is `path: message`.
 */
import { z } from 'zod';
import { Exact, sumExact } from '../exact.js';
import { pick, type Lang } from '../i18n.js';
import { parseGradeNumber } from '../model/golongan.js';
import { checkBankLayouts } from './bank-layout.js';
import { findAliasClashes, buildDayCodeTable, isBuiltinDayCode, type DayCode } from './day-codes.js';
import { rulePackSchema, type Band, type DayCodeDefinition, type InputName, type RulePack, type TerBand } from './rule-pack-schema.js';

/** A problem in a rule pack, located by its key path. */
export interface PackProblem {
  path: string;
  id: string;
  en: string;
}

/** Formats a problem as `path: message` in the chosen language. */
export function formatPackProblem(problem: PackProblem, lang: Lang): string {
  return `${problem.path}: ${pick(problem, lang)}`;
}

/** Writes a key path the way users read it: `tpp.komponen[1].bobot`. */
function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(akar)';
}

/**
 * Deep-merges a user pack over the base: maps merge key by key, arrays and scalars replace. In a map
 * whose keys the pack chooses (`pajak.tarif_golongan`, `jadwal`, `presensi.kode`…), `null` deletes the
 * key the base has, so `PPPK_IX_XII: null` lets a pack re-split that range; in a block of fixed
 * settings `null` is the value null (`tk_batas_hari_tpp_nol: null`: not used), as before.
 */
export function mergeRulePack(base: unknown, override: unknown, path: readonly string[] = []): unknown {
  if (isPlainObject(base) && isPlainObject(override)) {
    const merged: Record<string, unknown> = { ...base };
    const freeKeys = knownKeysAt(rulePackSchema, path) === undefined;
    for (const [key, value] of Object.entries(override)) {
      if (value === null && freeKeys && Object.hasOwn(base, key)) delete merged[key];
      else merged[key] = key in base ? mergeRulePack(base[key], value, [...path, key]) : value;
    }
    return merged;
  }
  return override === undefined ? base : override;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The field names an input's headers can map to, for the `masukan.kolom` check. The readers own
 * them (`inputs/known-fields.ts`); whoever loads a pack passes them in, so rules import no reader.
 */
export type KnownFields = (input: InputName, pack: RulePack) => readonly string[];

/** Validates a merged pack; returns the typed pack or every problem found. */
export function parseRulePack(data: unknown, knownFields: KnownFields): { pack: RulePack } | { problems: PackProblem[] } {
  const idResult = rulePackSchema.safeParse(data, { error: z.locales.id().localeError });
  if (!idResult.success) {
    const enResult = rulePackSchema.safeParse(data, { error: z.locales.en().localeError });
    const enIssues = enResult.success ? [] : enResult.error.issues;
    return {
      problems: idResult.error.issues.flatMap((issue, i) => {
        if (issue.code === 'unrecognized_keys') {
          // A typo such as `pembulatn` is named by its own path, with the closest allowed key when one is near.
          const known = knownKeysAt(rulePackSchema, issue.path) ?? [];
          return issue.keys.map((key) => {
            const near = closestKey(key, known);
            return {
              path: formatKeyPath([...issue.path, key]),
              id: near === undefined ? 'kunci tidak dikenal (salah ketik?)' : `kunci tidak dikenal; maksudnya \`${near}\`?`,
              en: near === undefined ? 'unknown key (a typo?)' : `unknown key; did you mean \`${near}\`?`,
            };
          });
        }
        const given = valueAt(data, issue.path);
        if (typeof given === 'string' && THOUSANDS.test(given.trim())) {
          const digits = given.trim().replace(/[.,]/g, '');
          return [{
            path: formatKeyPath(issue.path),
            id: `"${given}" memakai pemisah ribuan; tulis angka saja tanpa titik/koma dan tanpa tanda kutip: ${digits}`,
            en: `"${given}" uses thousand separators; write the bare number without dots/commas and without quotes: ${digits}`,
          }];
        }
        if (typeof given === 'string' && DECIMAL_COMMA.test(given.trim())) {
          const dotted = given.trim().replace(',', '.');
          return [{
            path: formatKeyPath(issue.path),
            id: `"${given}" memakai koma desimal; di paket aturan tulis dengan titik dan tanpa tanda kutip: ${dotted}`,
            en: `"${given}" uses a decimal comma; in the rule pack write it with a dot and without quotes: ${dotted}`,
          }];
        }
        const [idText, enText] = splitBilingual(issue.message, enIssues[i]?.message ?? issue.message);
        return [{ path: formatKeyPath(issue.path), id: idText, en: enText }];
      }),
    };
  }
  const problems = crossFieldProblems(idResult.data, knownFields);
  return problems.length > 0 ? { problems } : { pack: idResult.data };
}

/** An amount written with thousand separators, `6.200.000` or `6,200,000` (a string once read). */
const THOUSANDS = /^[1-9]\d{0,2}([.,]\d{3})+$/;
/** A decimal written the Indonesian way, `0,5` (YAML reads it as text): not a thousands group. */
const DECIMAL_COMMA = /^\d+,\d{1,2}$|^\d+,\d{4,}$|^0,\d+$/;

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let at = data;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** The keys a fixed-key map of the schema allows at `path`; undefined where the keys are free (a record) or the path unknown. */
function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let node: unknown = schema;
  const defOf = (n: unknown) => (n as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
  const unwrap = () => {
    for (;;) {
      const def = defOf(node);
      if (def.type === 'pipe') node = defOf(def['in']).type === 'transform' ? def['out'] : def['in'];
      else if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional'].includes(def.type)) node = def['innerType'];
      else return def;
    }
  };
  for (const key of path) {
    const def = unwrap();
    if (def.type === 'object') node = (def['shape'] as Record<string, unknown>)[String(key)] ?? freeKeysOf(def);
    else if (def.type === 'array') node = def['element'];
    else if (def.type === 'record') node = def['valueType'];
    else return undefined;
    if (node === undefined) return undefined;
  }
  const def = unwrap();
  return def.type === 'object' && freeKeysOf(def) === undefined ? Object.keys(def['shape'] as Record<string, unknown>) : undefined;
}

/** The schema of the keys an object takes besides its shape (`.catchall`, as `jadwal`'s profiles), if any. */
function freeKeysOf(def: Record<string, unknown>): unknown {
  const rest = def['catchall'] as { _zod: { def: { type: string } } } | undefined;
  return rest === undefined || rest._zod.def.type === 'never' ? undefined : rest;
}

/** The known key nearest to a typo (edit distance at most 2, or a third of its length), if any. */
function closestKey(key: string, known: readonly string[]): string | undefined {
  let best: { k: string; d: number } | undefined;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (!best || d < best.d) best = { k, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.k : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

// Custom schema messages are written "indonesian / english".
function splitBilingual(idMessage: string, enMessage: string): [string, string] {
  const parts = idMessage.split(' / ');
  if (parts.length === 2 && idMessage === enMessage) return [parts[0]!, parts[1]!];
  return [idMessage, enMessage];
}

function problem(path: string, id: string, en: string): PackProblem {
  return { path, id, en };
}

function checkBands(path: string, bands: readonly Band[]): PackProblem[] {
  const out: PackProblem[] = [];
  bands.forEach((b, i) => {
    const at = `${path}[${i}]`;
    if (i === 0 && b.dari !== 1) out.push(problem(`${at}.dari`, 'pita pertama harus mulai dari 1 menit', 'the first band must start at 1 minute'));
    if (b.sampai !== null && b.sampai < b.dari) out.push(problem(`${at}.sampai`, 'sampai harus >= dari', 'sampai must be >= dari'));
    if (b.sampai === null && i !== bands.length - 1) out.push(problem(`${at}.sampai`, 'hanya pita terakhir boleh tanpa batas atas', 'only the last band may be open-ended'));
    const prev = bands[i - 1];
    if (prev && prev.sampai !== null && b.dari !== prev.sampai + 1) {
      out.push(problem(`${at}.dari`, `harus ${prev.sampai + 1} (menyambung pita sebelumnya tanpa celah atau tumpang tindih)`, `must be ${prev.sampai + 1} (continuing the previous band with no gap or overlap)`));
    }
  });
  return out;
}

function checkGate(pack: RulePack): PackProblem[] {
  const out: PackProblem[] = [];
  const gate = pack.presensi.gerbang_kehadiran;
  const path = 'presensi.gerbang_kehadiran';
  gate.pita.forEach((b, i) => {
    const at = `${path}.pita[${i}]`;
    if (b.di_bawah.isZero()) out.push(problem(`${at}.di_bawah`, 'harus lebih dari 0', 'must be above 0'));
    const prev = gate.pita[i - 1];
    if (prev && !b.di_bawah.gt(prev.di_bawah)) out.push(problem(`${at}.di_bawah`, 'harus naik dari pita sebelumnya', 'must ascend from the previous band'));
    // More presence never pays less.
    if (prev && b.bayar.lt(prev.bayar)) out.push(problem(`${at}.bayar`, 'tidak boleh lebih kecil dari pita sebelumnya', 'cannot be below the previous band'));
  });
  const names = pack.tpp.komponen.map((k) => k.nama);
  gate.komponen.forEach((n, i) => {
    if (!names.includes(n)) out.push(problem(`${path}.komponen[${i}]`, `komponen "${n}" tidak ada di tpp.komponen`, `component "${n}" is not in tpp.komponen`));
    else if (gate.komponen.indexOf(n) !== i) out.push(problem(`${path}.komponen[${i}]`, `komponen "${n}" disebut dua kali`, `component "${n}" is named twice`));
  });
  gate.efek_hadir.forEach((e, i) => {
    if (gate.efek_hadir.indexOf(e) !== i) out.push(problem(`${path}.efek_hadir[${i}]`, `efek "${e}" disebut dua kali`, `effect "${e}" is named twice`));
  });
  return out;
}

function checkTer(path: string, bands: readonly TerBand[]): PackProblem[] {
  const out: PackProblem[] = [];
  bands.forEach((b, i) => {
    const at = `${path}[${i}]`;
    const prev = bands[i - 1];
    if (b.sampai === null && i !== bands.length - 1) out.push(problem(`${at}.sampai`, 'hanya baris terakhir boleh tanpa batas', 'only the last row may be open-ended'));
    if (prev?.sampai != null && b.sampai !== null && b.sampai <= prev.sampai) out.push(problem(`${at}.sampai`, 'batas harus naik', 'bounds must ascend'));
  });
  if (bands[bands.length - 1]?.sampai !== null) out.push(problem(path, 'baris terakhir harus tanpa "sampai" (berlaku di atasnya)', 'the last row must have no "sampai" (applies above)'));
  return out;
}

function crossFieldProblems(pack: RulePack, knownFields: KnownFields): PackProblem[] {
  const out: PackProblem[] = [];
  out.push(...checkBands('presensi.terlambat', pack.presensi.terlambat));
  out.push(...checkBands('presensi.pulang_cepat', pack.presensi.pulang_cepat));
  out.push(...checkGate(pack));

  const weights = sumExact(pack.tpp.komponen.map((k) => k.bobot));
  if (!weights.eq(Exact.HUNDRED)) {
    out.push(problem('tpp.komponen', `jumlah bobot harus 100, sekarang ${weights.toString()}`, `weights must sum to 100, now ${weights.toString()}`));
  }
  const names = pack.tpp.komponen.map((k) => k.nama);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) out.push(problem(`tpp.komponen[${i}].nama`, `nama "${n}" sudah dipakai`, `name "${n}" is used twice`));
  });
  for (const [type, t] of Object.entries(pack.hukdis.jenis)) {
    (t.komponen ?? []).forEach((k, i) => {
      if (!names.includes(k)) out.push(problem(`hukdis.jenis.${type}.komponen[${i}]`, `komponen "${k}" tidak ada di tpp.komponen (${names.join(', ')})`, `component "${k}" is not in tpp.komponen (${names.join(', ')})`));
    });
  }
  if (!('PNS' in pack.tpp.faktor_status)) out.push(problem('tpp.faktor_status', 'PNS wajib ada (status kosong = PNS)', 'PNS is required (an empty status means PNS)'));

  const angka = pack.kinerja.angka;
  if (!angka.bobot_skp.add(angka.bobot_perilaku).eq(Exact.HUNDRED)) {
    out.push(problem('kinerja.angka', 'bobot_skp + bobot_perilaku harus 100', 'bobot_skp + bobot_perilaku must be 100'));
  }
  const b = angka.batas;
  if (!(b.sangat_baik.gte(b.baik) && b.baik.gte(b.butuh_perbaikan) && b.butuh_perbaikan.gte(b.kurang))) {
    out.push(problem('kinerja.angka.batas', 'batas harus menurun: sangat_baik >= baik >= butuh_perbaikan >= kurang', 'thresholds must descend: sangat_baik >= baik >= butuh_perbaikan >= kurang'));
  }
  if (pack.kinerja.hasil_kerja.di_atas.lt(pack.kinerja.hasil_kerja.sesuai)) {
    out.push(problem('kinerja.hasil_kerja', 'di_atas harus >= sesuai', 'di_atas must be >= sesuai'));
  }
  if (pack.kinerja.perilaku.batas.di_atas.lt(pack.kinerja.perilaku.batas.sesuai)) {
    out.push(problem('kinerja.perilaku.batas', 'di_atas harus >= sesuai', 'di_atas must be >= sesuai'));
  }
  if (!pack.kinerja.perilaku.skala.min.lt(pack.kinerja.perilaku.skala.maks)) {
    out.push(problem('kinerja.perilaku.skala', 'min harus lebih kecil dari maks', 'min must be below maks'));
  }
  if (pack.kinerja.perilaku.bobot_peran.atasan.isZero()) {
    out.push(problem('kinerja.perilaku.bobot_peran.atasan', 'bobot atasan tidak boleh 0', 'the atasan weight cannot be 0'));
  }

  pack.periode_khusus.forEach((p, i) => {
    if (p.jadwal !== undefined && !(p.jadwal in pack.jadwal)) out.push(problem(`periode_khusus[${i}].jadwal`, `profil "${p.jadwal}" tidak ada di jadwal`, `profile "${p.jadwal}" is not in jadwal`));
    for (const [own, special] of Object.entries(p.per_profil ?? {})) {
      for (const name of [own, special]) {
        if (!(name in pack.jadwal)) out.push(problem(`periode_khusus[${i}].per_profil.${own}`, `profil "${name}" tidak ada di jadwal`, `profile "${name}" is not in jadwal`));
      }
    }
    if (p.sampai < p.dari) out.push(problem(`periode_khusus[${i}]`, 'sampai harus >= dari', 'sampai must be >= dari'));
  });

  const dayCodes = buildDayCodeTable(pack.presensi.kode);
  if (!dayCodes.lookup(pack.presensi.hari_tanpa_data)) {
    out.push(problem('presensi.hari_tanpa_data', `kode "${pack.presensi.hari_tanpa_data}" tidak dikenal`, `unknown code "${pack.presensi.hari_tanpa_data}"`));
  }
  for (const clash of findAliasClashes(pack.presensi.kode)) {
    out.push(problem('presensi.kode', `alias dipakai dua kode: ${clash}`, `alias used by two codes: ${clash}`));
  }
  for (const [code, def] of Object.entries(pack.presensi.kode)) out.push(...checkDayCode(code, def, dayCodes.byCode(code)!, pack));

  for (const [input, fields] of Object.entries(pack.masukan.kolom) as [InputName, Record<string, string[]>][]) {
    const known = knownFields(input, pack);
    for (const field of Object.keys(fields)) {
      if (!known.includes(field)) {
        out.push(problem(`masukan.kolom.${input}.${field}`, `field tidak dikenal; pilihan: ${known.join(', ')}`, `unknown field; choices: ${known.join(', ')}`));
      }
    }
  }

  for (const cat of ['A', 'B', 'C'] as const) out.push(...checkTer(`pajak.ter.${cat}`, pack.pajak.ter[cat]));
  out.push(...checkTer('pajak.tahunan.tarif_pasal17', pack.pajak.tahunan.tarif_pasal17));
  if (pack.pajak.metode === 'tarif_golongan') out.push(...checkTarifGolongan(pack.pajak.tarif_golongan));
  out.push(...checkBankLayouts(pack).map((p) => problem(p.path, p.id, p.en)));
  return out;
}

/** A new code needs its efek; pay rows ascend by sampai_hari and end with an open row. */
function checkDayCode(code: string, def: DayCodeDefinition, resolved: DayCode, pack: RulePack): PackProblem[] {
  const out: PackProblem[] = [];
  const path = `presensi.kode.${code}`;
  if (def.efek === undefined && !isBuiltinDayCode(code)) out.push(problem(`${path}.efek`, 'wajib untuk kode baru', 'required for a new code'));
  if (def.kelas !== undefined) {
    if (!(String(def.kelas) in pack.tpp.pagu_per_kelas)) out.push(problem(`${path}.kelas`, `kelas ${def.kelas} tidak ada di tpp.pagu_per_kelas`, `kelas ${def.kelas} is not in tpp.pagu_per_kelas`));
    if (resolved.efek === 'tidak_dibayar') {
      out.push(problem(`${path}.kelas`, 'kode ber-efek tidak_dibayar tidak dibayar sama sekali; pilih efek lain (mis. cuti)', 'a tidak_dibayar code is never paid; choose another efek (e.g. cuti)'));
    }
    if ((def.bayar ?? []).length > 0) out.push(problem(`${path}.kelas`, 'pakai bayar atau kelas, tidak keduanya', 'use bayar or kelas, not both'));
  }
  const bayar = def.bayar ?? [];
  if (bayar.length === 0) return out;
  if (resolved.efek === 'tidak_dibayar') {
    out.push(problem(`${path}.bayar`, 'kode ber-efek tidak_dibayar tidak dibayar sama sekali; hapus bayar', 'a tidak_dibayar code is never paid; remove bayar'));
  }
  bayar.forEach((row, i) => {
    const last = i === bayar.length - 1;
    const previous = i > 0 ? bayar[i - 1]!.sampai_hari : 0;
    if (!last && row.sampai_hari === null) out.push(problem(`${path}.bayar[${i}].sampai_hari`, 'wajib kecuali di baris terakhir', 'required except on the last row'));
    if (last && row.sampai_hari !== null) out.push(problem(`${path}.bayar[${i}]`, 'baris terakhir harus tanpa "sampai_hari" (berlaku untuk hari sesudahnya)', 'the last row must have no "sampai_hari" (applies to the later days)'));
    if (row.sampai_hari !== null && previous !== null && row.sampai_hari <= previous) {
      out.push(problem(`${path}.bayar[${i}].sampai_hari`, 'harus lebih besar dari baris sebelumnya', 'must be greater than the row before'));
    }
  });
  return out;
}

function checkTarifGolongan(tarif: Readonly<Record<string, Exact>>): PackProblem[] {
  const out: PackProblem[] = [];
  for (const g of ['I', 'II', 'III', 'IV']) {
    if (!(g in tarif)) out.push(problem(`pajak.tarif_golongan.${g}`, 'wajib ada untuk metode tarif_golongan', 'required by the tarif_golongan method'));
  }
  const covered = new Array<string | undefined>(18).fill(undefined);
  for (const key of Object.keys(tarif)) {
    const m = /^PPPK_([IVX]+)_([IVX]+)$/.exec(key);
    if (!m) continue;
    const from = parseGradeNumber(m[1]!);
    const to = parseGradeNumber(m[2]!);
    if (from === undefined || to === undefined || from > to) {
      out.push(problem(`pajak.tarif_golongan.${key}`, 'rentang golongan PPPK tidak valid (I..XVII, dari <= sampai)', 'invalid PPPK grade range (I..XVII, from <= to)'));
      continue;
    }
    for (let g = from; g <= to; g++) {
      if (covered[g]) out.push(problem(`pajak.tarif_golongan.${key}`, `golongan ${g} juga ada di ${covered[g]}`, `grade ${g} is also in ${covered[g]}`));
      covered[g] = key;
    }
  }
  const missing = covered.slice(1).flatMap((c, i) => (c ? [] : [i + 1]));
  if (missing.length > 0) {
    out.push(problem('pajak.tarif_golongan', `golongan PPPK tanpa tarif: ${missing.join(', ')}`, `PPPK grades without a rate: ${missing.join(', ')}`));
  }
  return out;
}

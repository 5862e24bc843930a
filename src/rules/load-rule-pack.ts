/** Reads the built-in pack and an optional user pack (YAML or JSON), merges and validates them. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { KinerjaError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { formatPackProblem, mergeRulePack, parseRulePack , type KnownFields } from './parse-rule-pack.js';
import type { RulePack } from './rule-pack-schema.js';

/** The YAML 1.2 core schema's tags: the only ones a rule pack may use. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** A rule pack ready for use, with what the reports say about it. */
export interface LoadedRulePack {
  pack: RulePack;
  /** The merged pack as plain data (what the `Aturan` sheet and `kinerja init` show). */
  merged: unknown;
  /** SHA-256 of the merged pack in canonical JSON (sorted keys). */
  sha256: string;
  /** `bawaan` or the user pack's file name. */
  source: string;
  /** The user pack's absolute path (recorded so a later `--rapel` can load the same pack). */
  path?: string;
}

/** Location of the built-in pack, next to this module in both `src/` and `dist/`. */
export const BAWAAN_PATH = fileURLToPath(new URL('./bawaan.yaml', import.meta.url));

/** The shipped rule packs: `paket/` at the package root, two levels above this module in `src/` and `dist/`. */
export const PAKET_DIR = fileURLToPath(new URL('../../paket/', import.meta.url));

/** A shipped pack as `kinerja paket` lists it. */
export interface ShippedPack {
  /** What `--policy` accepts: the file name without `.yaml` (equal to the pack's `nama`). */
  nama: string;
  /** The regulation or public app and file the pack reproduces. */
  sumber: string;
  versi: string;
  path: string;
}

/** Names of the shipped packs, sorted (`bawaan` among them). */
function shippedPackNames(): string[] {
  let files: string[];
  try {
    files = readdirSync(PAKET_DIR);
  } catch {
    return [];
  }
  return files.filter((f) => f.endsWith('.yaml')).map((f) => f.slice(0, -'.yaml'.length)).sort();
}

/** Every shipped pack with its source and version, read from its file. */
export async function listShippedPacks(): Promise<ShippedPack[]> {
  const out: ShippedPack[] = [];
  for (const nama of shippedPackNames()) {
    const path = join(PAKET_DIR, `${nama}.yaml`);
    const data = (await readPackFile(path)) as Record<string, unknown> | null;
    const text = (key: string) => (data && typeof data[key] === 'string' ? data[key] : data && typeof data[key] === 'number' ? String(data[key]) : '');
    out.push({ nama, sumber: text('sumber'), versi: text('versi'), path });
  }
  return out;
}

/**
 * What `--policy` names: a file that exists wins; otherwise a shipped pack's name (`pekalongan`), where
 * `bawaan` is no user pack at all (undefined: the same rules and hash as without --policy).
 * Anything else stops with the shipped names listed.
 */
function resolvePolicy(policy: string): string | undefined {
  if (existsSync(policy)) return policy;
  const names = shippedPackNames();
  if (policy === 'bawaan') return undefined;
  if (names.includes(policy)) return join(PAKET_DIR, `${policy}.yaml`);
  throw new KinerjaError(
    'PAKET_TIDAK_TERBACA',
    { id: `Paket aturan ${policy} tidak ada: bukan berkas, bukan pula nama paket yang dikirim bersama kinerja.`, en: `Rule pack ${policy} does not exist: neither a file nor the name of a pack shipped with kinerja.` },
    {
      id: `Periksa path-nya, atau pakai nama salah satu paket: ${names.join(', ')} (lihat: kinerja paket).`,
      en: `Check the path, or use the name of a shipped pack: ${names.join(', ')} (see: kinerja paket).`,
    },
  );
}

/** Canonical JSON: object keys sorted, so the hash does not depend on key order in the file. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

async function readPackFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new KinerjaError(
      'PAKET_TIDAK_TERBACA',
      { id: `Paket aturan ${path} tidak dapat dibaca (${(err as NodeJS.ErrnoException).code ?? 'galat'}).`, en: `Cannot read rule pack ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'}).` },
      { id: 'Periksa path pada --policy.', en: 'Check the --policy path.' },
    );
  }
  try {
    if (extname(path).toLowerCase() === '.json') return JSON.parse(text);
    // The core schema only: a tag such as !!js/function or !!set is a mistake (or an attack), not data;
    // 'silent' keeps yaml from printing its own warning on stderr.
    const lineCounter = new LineCounter();
    const doc = parseDocument(text.replace(/^\uFEFF/, ''), { schema: 'core', logLevel: 'silent', lineCounter });
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem) {
      const line = problem.linePos?.[0]?.line;
      throw new Error(`${line !== undefined ? `baris/line ${line}: ` : ''}${problem.message.split('\n')[0]}`);
    }
    // A tag the core schema resolves anyway (!!set, !!omap, !!binary, !!timestamp) is not pack data either.
    let foreign: { tag: string; line: number } | undefined;
    visit(doc, (_, node) => {
      const tag = (node as { tag?: string } | null)?.tag;
      if (foreign || !tag || CORE_TAGS.has(tag)) return;
      const offset = (node as { range?: [number, number, number] }).range?.[0] ?? 0;
      foreign = { tag, line: lineCounter.linePos(offset).line };
    });
    if (foreign) throw new Error(`baris/line ${foreign.line}: tag ${foreign.tag}`);
    const separated = thousandSeparatedNumber(doc, lineCounter);
    if (separated) {
      const { source, line } = separated;
      throw new KinerjaError(
        'PAKET_TIDAK_VALID',
        {
          id: `Paket aturan ${path} baris ${line}: ${source} terbaca sebagai ${Number(source)}, padahal titik itu tampaknya pemisah ribuan.`,
          en: `Rule pack ${path} line ${line}: ${source} reads as ${Number(source)}, but the dot looks like a thousand separator.`,
        },
        {
          id: `Tulis angka tanpa pemisah ribuan (${source.replace('.', '')}); untuk pecahan tulis tanpa nol di belakang (mis. ${Number(source)}).`,
          en: `Write the number without a thousand separator (${source.replace('.', '')}); for a fraction leave out the trailing zeros (e.g. ${Number(source)}).`,
        },
      );
    }
    return doc.toJS();
  } catch (err) {
    if (err instanceof KinerjaError) throw err;
    throw new KinerjaError(
      'PAKET_TIDAK_VALID',
      { id: `Paket aturan ${path} bukan YAML/JSON yang sah: ${(err as Error).message}`, en: `Rule pack ${path} is not valid YAML/JSON: ${(err as Error).message}` },
      { id: 'Perbaiki penulisan berkas (indentasi, tanda kutip, koma).', en: 'Fix the file syntax (indentation, quotes, commas).' },
    );
  }
}

/**
 * A plain number such as `12.000` or `6.200`: YAML reads 12 and 6.2, while whoever wrote it most
 * likely meant twelve thousand. Ambiguous, so refused with a hint rather than read either way.
 */
function thousandSeparatedNumber(doc: Document, lineCounter: LineCounter): { source: string; line: number } | undefined {
  let found: { source: string; line: number } | undefined;
  visit(doc, {
    Scalar(_, node) {
      if (found || node.type !== 'PLAIN' || typeof node.value !== 'number' || typeof node.source !== 'string') return;
      if (/^[1-9]\d{0,2}\.\d{3}$/.test(node.source)) found = { source: node.source, line: lineCounter.linePos(node.range?.[0] ?? 0).line };
    },
  });
  return found;
}

/** Loads `bawaan` merged with the pack at `policyPath` (if any); a bad pack is a KinerjaError (exit 2). */
export async function loadRulePack(policyPath: string | undefined, lang: Lang, knownFields: KnownFields): Promise<LoadedRulePack> {
  const base = await readPackFile(BAWAAN_PATH);
  let merged = base;
  const path = policyPath === undefined ? undefined : resolvePolicy(policyPath);
  if (path !== undefined) {
    const user = await readPackFile(path);
    if (user !== null && (typeof user !== 'object' || Array.isArray(user))) {
      throw new KinerjaError('PAKET_TIDAK_VALID', { id: `Paket aturan ${policyPath} harus berupa peta kunci: nilai.`, en: `Rule pack ${policyPath} must be a key: value map.` });
    }
    merged = mergeRulePack(base, user ?? {});
  }
  const result = parseRulePack(merged, knownFields);
  if ('problems' in result) {
    const where = policyPath ?? 'bawaan';
    throw new KinerjaError(
      'PAKET_TIDAK_VALID',
      { id: `Paket aturan ${where} tidak valid:`, en: `Rule pack ${where} is not valid:` },
      { id: 'Perbaiki kunci yang disebut lalu jalankan lagi.', en: 'Fix the keys named above and run again.' },
      2,
      result.problems.map((p) => formatPackProblem(p, lang)),
    );
  }
  return {
    pack: result.pack,
    merged,
    sha256: createHash('sha256').update(canonicalJson(merged)).digest('hex'),
    source: path === undefined ? 'bawaan' : basename(path),
    ...(path === undefined ? {} : { path: resolve(path) }),
  };
}

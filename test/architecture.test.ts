import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli/run-cli.js';

const FORBIDDEN = [/^node:/, /^exceljs$/, /^csv-/, /^chalk$/, /^ora$/, /^commander$/, /\/cli\//, /\/readers\//, /pipeline/];
const PURE = ['scoring', 'tpp'];

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

describe('module boundaries (STYLE: the core is pure)', () => {
  for (const folder of PURE) {
    const dir = join(ROOT, 'src', folder);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      it(`src/${folder}/${name} imports nothing that touches files, the console or spreadsheets`, () => {
        const bad = importsOf(join(dir, name)).filter((spec) => FORBIDDEN.some((re) => re.test(spec)));
        expect(bad).toEqual([]);
      });
    }
  }

  it('no console or process access in the core', () => {
    for (const folder of PURE) {
      const dir = join(ROOT, 'src', folder);
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
        const text = readFileSync(join(dir, name), 'utf8');
        expect(text, name).not.toMatch(/\bconsole\.|\bprocess\.|Date\.now\(|new Date\(\)/);
      }
    }
  });
});

/** Every `.ts` file under a folder of src/, with its imports of our own modules, as paths from src/. */
function ownImports(): Map<string, { spec: string; typeOnly: boolean }[]> {
  const out = new Map<string, { spec: string; typeOnly: boolean }[]>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(ROOT, 'src', dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(join(ROOT, 'src', rel), 'utf8');
        const found = [...text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"](\.[^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"](\.[^'"]+)['"]\s*\)/g)].map((m) => {
          const spec = m.length > 2 ? m[2]! : m[1]!;
          const target = join(dir, spec).replace(/\\/g, '/').replace(/\.js$/, '.ts');
          return { spec: target, typeOnly: m.length > 2 && m[1] !== undefined };
        });
        out.set(rel, found);
      }
    }
  };
  walk('');
  return out;
}

const layerOf = (path: string) => (path.includes('/') ? path.split('/')[0]! : path.replace(/\.ts$/, ''));

/**
 * Data flows one way: readers → inputs → scoring/tpp → reports, over the shared model (records,
 * results, calendar, and the vocabulary: predikat, dates, golongan). exact, errors and i18n import
 * nothing of ours; runtime (workers, profiling, test hooks) knows no stage. Scoring reports findings
 * through the collector's type only, and the model takes the rule pack's types only.
 */
const ALLOWED: Record<string, readonly string[]> = {
  model: ['model', 'exact', 'rules'],
  scoring: ['model', 'rules', 'exact', 'scoring', 'tpp', 'findings'],
  tpp: ['model', 'rules', 'exact', 'tpp'],
  readers: ['readers', 'errors', 'exact', 'model', 'i18n', 'runtime'],
  inputs: ['inputs', 'model', 'readers', 'rules', 'errors', 'exact', 'i18n', 'findings', 'runtime'],
  rules: ['rules', 'model', 'exact', 'errors', 'i18n'],
  // Results folders read back (paid records, earlier months): after the reports, before nothing.
  archive: ['archive', 'model', 'readers', 'errors', 'exact', 'i18n'],
  // Workers, flow control, profiling and test hooks: used by the stages, knowing none of them.
  runtime: ['runtime'],
};
const LEAVES = ['exact', 'errors', 'i18n'];

describe('import direction', () => {
  const graph = ownImports();
  for (const [layer, allowed] of Object.entries(ALLOWED)) {
    it(`src/${layer} imports only ${allowed.join(', ')}`, () => {
      const bad = [...graph].filter(([file]) => layerOf(file) === layer).flatMap(([file, specs]) => specs.filter((s) => !allowed.includes(layerOf(s.spec))).map((s) => `${file} → ${s.spec}`));
      expect(bad).toEqual([]);
    });
  }

  it('the model takes only types from the rule pack (no rule code in the model)', () => {
    const bad = [...graph].filter(([file]) => layerOf(file) === 'model').flatMap(([file, specs]) => specs.filter((s) => layerOf(s.spec) === 'rules' && !s.typeOnly).map((s) => `${file} → ${s.spec}`));
    expect(bad).toEqual([]);
  });

  it('scoring reports findings through the collector type only (no catalogue code in the core)', () => {
    const bad = [...graph].filter(([file]) => layerOf(file) === 'scoring').flatMap(([file, specs]) => specs.filter((s) => layerOf(s.spec) === 'findings' && !s.typeOnly).map((s) => `${file} → ${s.spec}`));
    expect(bad).toEqual([]);
  });

  it.each(LEAVES)('src/%s.ts imports nothing of ours but other leaves', (leaf) => {
    const specs = graph.get(`${leaf}.ts`) ?? [];
    expect(specs.filter((s) => !LEAVES.includes(layerOf(s.spec))).map((s) => s.spec)).toEqual([]);
  });

  it('the layers it checks exist (a renamed folder must not pass vacuously)', () => {
    for (const layer of Object.keys(ALLOWED)) expect([...graph.keys()].some((f) => layerOf(f) === layer), layer).toBe(true);
  });
});

/** Files and packages `src/<file>` loads before it runs: static imports only (not `import type`, not `import()`). */
function staticClosure(file: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (rel: string): void => {
    if (files.has(rel)) return;
    files.add(rel);
    const text = readFileSync(join(ROOT, 'src', rel), 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      if (m[1] !== undefined) continue;
      const spec = m[2]!;
      if (spec.startsWith('.')) visit(join(rel, '..', spec).replace(/\\/g, '/').replace(/\.js$/, '.ts'));
      else packages.add(spec);
    }
  };
  visit(file);
  return { files, packages };
}

describe('start-up', () => {
  // `kinerja --version` and `--help` should cost little more than Node itself: commands load in their action.
  it('the CLI entry loads no command module, pipeline, zod, yaml, exceljs or csv library before parsing', () => {
    const { files, packages } = staticClosure('cli/main.ts');
    expect([...files].filter((f) => f.startsWith('cli/commands/') || /pipeline|inputs\/|readers\/|rules\//.test(f))).toEqual([]);
    expect([...packages].filter((p) => /^(zod|yaml|exceljs|csv-|ora$|iconv-lite|unzipper)/.test(p))).toEqual([]);
    expect(files.has('cli/program.ts')).toBe(true);
  });
});

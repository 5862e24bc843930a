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

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOC_TABLES } from '../scripts/doc-tables.js';
import { loadRulePack } from '../src/rules/load-rule-pack.js';
import { ROOT } from './cli/run-cli.js';
import { knownFields } from '../src/inputs/known-fields.js';

/** The Markdown files of the repository's documentation, relative to the root. */
const DOC_FILES = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md', ...readdirSync(join(ROOT, 'docs')).filter((n) => n.endsWith('.md')).map((n) => `docs/${n}`)];

function read(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8');
}

/** The text without fenced code blocks (their lines become empty, so line numbers stay). */
function withoutFences(text: string): string {
  let inFence = false;
  return text
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line;
    })
    .join('\n');
}

/** GitHub's anchor for each heading of a Markdown file (github-slugger: duplicates get -1, -2, …). */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown).split('\n')) {
    const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1]!
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // links and images: their text
      .replace(/<[^>]+>/g, '') // inline HTML
      .replace(/[`*]/g, ''); // code spans and emphasis markers are not in the rendered text
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Every Markdown link target of a file outside code (fenced blocks and code spans). */
function linkTargets(markdown: string): string[] {
  const text = withoutFences(markdown).replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/** STYLE habit 6: the README and docs/ document options, exit codes, inputs and finding codes from the same source. */
describe('README and docs', async () => {
  const readme = read('README.md');
  const { pack } = await loadRulePack(undefined, 'id', knownFields);

  it('README opens with the two commands', () => {
    const firstBlock = readme.split('```')[1]!;
    expect(readme.startsWith('# kinerja\n\n```')).toBe(true);
    expect(firstBlock).toContain('npm install && npm run demo');
    expect(firstBlock).toContain('npm install && npm test');
  });

  it('README is under 12 KB (12,288 bytes)', () => {
    expect(Buffer.byteLength(readme, 'utf8')).toBeLessThan(12_288);
  });

  it.each(DOC_TABLES.map((t) => [t.name, t.file, t] as const))(
    'the %s table in %s is as the source renders it (node scripts/print-readme-tables.mjs --write)',
    (_, file, table) => {
      expect(read(file)).toContain(table.render(pack));
    },
  );

  it('the README lists every file of docs/', () => {
    for (const file of DOC_FILES.filter((f) => f.startsWith('docs/'))) expect(readme, file).toContain(`](${file})`);
  });

  it.each(DOC_FILES)('%s stands alone in a clone: no ../shared or SPEC, no npx kinerja <command>', (file) => {
    const text = read(file);
    expect(text).not.toMatch(/\.\.\/shared|SPEC\.md|SPEC §/);
    // npx would fetch a registry package of that name: examples say kinerja (installed) or node bin/kinerja.js.
    expect(text).not.toMatch(/npx kinerja [a-z-]/);
  });

  it.each(DOC_FILES)('every relative link in %s points to an existing file and heading', (file) => {
    const problems: string[] = [];
    for (const target of linkTargets(read(file))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto:
      const [rawPath, anchor] = target.split('#', 2) as [string, string | undefined];
      const path = decodeURIComponent(rawPath);
      const resolved = path === '' ? join(ROOT, file) : resolve(ROOT, dirname(file), path);
      const inRepo = relative(ROOT, resolved);
      if (inRepo.startsWith('..') || inRepo.startsWith(sep)) {
        problems.push(`${target}: outside the repository`);
        continue;
      }
      if (!existsSync(resolved)) {
        problems.push(`${target}: no such file`);
        continue;
      }
      if (anchor !== undefined) {
        if (!resolved.endsWith('.md') || statSync(resolved).isDirectory()) {
          problems.push(`${target}: anchor into a file that is not Markdown`);
        } else if (!headingAnchors(readFileSync(resolved, 'utf8')).has(decodeURIComponent(anchor))) {
          problems.push(`${target}: no heading #${anchor}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the anchor rules follow GitHub', () => {
    const anchors = headingAnchors('# A `b` c\n## Never paid on a guess: held, stopped, repaired\n## Options\n## Options\n```\n# not a heading\n```\n');
    expect([...anchors]).toEqual(['a-b-c', 'never-paid-on-a-guess-held-stopped-repaired', 'options', 'options-1']);
  });
});

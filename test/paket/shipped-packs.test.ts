/**
 * Every pack in paket/ (shipped with the package): named by its file, with its source in a header
 * comment and in `sumber`, valid over bawaan, runs the sample agency (exit 0 or 1, so the self-check
 * passed), and has its own worked-example test in test/paket/<nama>.test.ts. Adding a pack is a matter
 * of dropping the YAML file and that test.
 */
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { knownFields } from '../../src/inputs/known-fields.js';
import { loadRulePack, PAKET_DIR } from '../../src/rules/load-rule-pack.js';
import { fixture, ROOT, runCli, tempDir } from '../cli/run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';
import { withSampleLocalRules } from '../helpers/builders.js';

const NAMES = readdirSync(PAKET_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length))
  .sort();

/**
 * The sample agency, plus what a pack needs that the sample does not export: under a pack paying on
 * daily activity, a monthly activity total for everyone in the attendance export (6,000 menit each).
 */
function sampleFor(pack: Record<string, unknown>): string {
  if (pack['aktivitas'] === undefined) return fixture('contoh');
  const dir = join(tempDir(), 'contoh');
  cpSync(fixture('contoh'), dir, { recursive: true });
  const nips = new Set(readFileSync(join(dir, 'presensi_oktober_2026.csv'), 'utf8').split('\n').slice(1).map((l) => l.split(';')[1]).filter((n): n is string => n !== undefined && /^\d{18}$/.test(n)));
  writeFileSync(join(dir, 'aktivitas_oktober_2026.csv'), ['nip;bulan;menit;disetujui', ...[...nips].map((n) => `${n};2026-10;6000;ya`)].join('\n') + '\n');
  return dir;
}

describe('the shipped rule packs', () => {
  it('include the national default, Pekalongan, Manado, a 30/20/50 activity pack, a ministry tukin pack and the 6-day school', () => {
    expect(NAMES).toEqual(expect.arrayContaining(['bawaan', 'pekalongan', 'manado', 'aktivitas-30-20-50', 'kementan', 'sekolah-6-hari']));
  });

  it('ship with the package (package.json files)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('paket/');
  });

  describe.each(NAMES)('%s', (nama) => {
    const path = join(PAKET_DIR, `${nama}.yaml`);
    const text = readFileSync(path, 'utf8');
    const data = parseYaml(text) as Record<string, unknown>;

    it('starts with a header naming its source, and says it in sumber, nama and versi', () => {
      expect(text.startsWith('#')).toBe(true);
      const header = text.slice(0, text.search(/^[a-z]/m));
      expect(header).toMatch(/Sumber:/);
      expect(data).toMatchObject({ nama, versi: expect.any(String) as string, sumber: expect.any(String) as string });
    });

    it('is valid merged over bawaan', async () => {
      await expect(loadRulePack(nama, 'id', knownFields)).resolves.toMatchObject({ pack: { nama } });
    });

    it('has its own worked-example test', () => {
      expect(existsSync(join(ROOT, 'test', 'paket', `${nama}.test.ts`))).toBe(true);
    });

    it('runs the sample agency with its local shifts and Plt rule added: exit 0 or 1, every employee accounted for', () => {
      // The sample's puskesmas shifts and acting-post rule are the agency's own data, not the region's:
      // an agency adds them to a copy of the shipped pack (kinerja paket tampil <nama> > its own pack).
      const policy = withSampleLocalRules(path, tempDir());
      const out = join(tempDir(), 'hasil');
      const r = runCli(['run', '--period', '2026-10', '--input', sampleFor(data), '--policy', policy, '--out', out, '--format', 'csv,json']);
      expect([0, 1], r.stderr).toContain(r.status);
      const ringkasan = readRingkasan(out);
      expect(ringkasan.jumlah.pegawai).toBe(52);
      expect(ringkasan.paket_aturan.nama).toBe(nama);
    });
  });
});

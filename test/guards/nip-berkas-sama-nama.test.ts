/**
 * Copies across capaian/perilaku tables are told apart by reading order, not by name: two sheets of
 * one workbook have the same name (here: one file opened twice stands for two such sheets).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readCapaian } from '../../src/inputs/capaian.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { readPerilaku } from '../../src/inputs/perilaku.js';
import { openTable } from '../../src/readers/open-table.js';
import { loadRulePack } from '../../src/rules/load-rule-pack.js';
import { fixture } from '../cli/run-cli.js';
import { knownFields } from '../../src/inputs/known-fields.js';

const DIR = fixture('capaian-dua-berkas');
const RINA = '199001152015021002';
const open = (file: string) => openTable(join(DIR, file));

describe('the same rows in two tables of the same name', async () => {
  const { pack } = await loadRulePack(undefined, 'id', knownFields);
  const pegawai = await readPegawai([await open('pegawai.csv')], pack, { year: 2026, month: 10 }, new FindingCollector());

  it('capaian: the second table’s identical rows are ignored, not counted twice; one table alone keeps its own repeats', async () => {
    const findings = new FindingCollector();
    const { byNip, ledgers } = await readCapaian([await open('capaian_gabungan.csv'), await open('capaian_gabungan.csv')], pegawai, findings);
    expect(byNip.get(RINA)).toHaveLength(3);
    expect(ledgers.map((l) => [l.used, l.ignored])).toEqual([
      [15, 0],
      [0, 15],
    ]);
    expect(findings.sorted().filter((f) => f.code === 'BERKAS_BERTENTANGAN')).toEqual([]);
  });

  it('perilaku: the second table’s identical rater rows are ignored, not PENILAI_GANDA', async () => {
    const findings = new FindingCollector();
    const { byNip, ledgers } = await readPerilaku([await open('perilaku_gabungan.csv'), await open('perilaku_gabungan.csv')], pegawai, pack, findings);
    expect(byNip.get(RINA)).toHaveLength(1);
    expect(ledgers.map((l) => [l.used, l.ignored])).toEqual([
      [5, 0],
      [0, 5],
    ]);
    expect(findings.sorted().map((f) => f.code)).not.toContain('PENILAI_GANDA');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readAnnualRatings } from '../../src/inputs/penilaian.js';
import { openTable } from '../../src/readers/open-table.js';

describe('penilaian rows with bulan_skp "tahunan" (kinerja rekap --penilaian)', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'kinerja-tahunan-')), 'penilaian.csv');
  writeFileSync(
    file,
    [
      'NIP,BULAN_SKP,HASIL_AKHIR',
      "'198503172010011003,TAHUNAN,SANGAT BAIK",
      '198604182011012004,tahunan,BAIK',
      '198604182011012004,Tahunan,KURANG / MISCONDUCT',
      '198705192012011005,Oktober,KURANG',
      '198806202013012006,tahunan,Luar biasa',
    ].join('\n'),
  );
  const findings = new FindingCollector();
  const { byNip } = await readAnnualRatings([await openTable(file)], findings);

  it('reads the annual predikat (NIP written as text with an apostrophe)', () => {
    expect([...byNip]).toEqual([['198503172010011003', 'SANGAT_BAIK']]);
  });

  it('two annual rows that disagree leave the NIP without one (one folded finding for both rows), a month row is not annual, an unknown predikat is an error', () => {
    // Findings of one code, NIP and file fold into one, counting both rows.
    const codes = findings.sorted().filter((f) => f.level === 'error').map((f) => [f.code, f.row, f.count]);
    expect(codes).toEqual([['PENILAIAN_BERTENTANGAN', 3, 2], ['NILAI_TIDAK_DIKENAL', 6, 1]]);
    expect(byNip.has('198604182011012004')).toBe(false);
    expect(byNip.has('198705192012011005')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { generateAgency } from '../../scripts/bench/generate.mjs';
import { csvParseFloor } from '../../scripts/bench/library-floor.mjs';
import { tempDir } from '../cli/run-cli.js';

// The floor loads kinerja's reader from dist/: an export renamed or made private there broke `npm run bench` once.
describe('the bench csv-parse floor', () => {
  it('parses every generated input with kinerja’s reader and counts its records', async () => {
    const dir = tempDir();
    const made = generateAgency(dir, 40);
    const floor = await csvParseFloor(dir);
    const presensi = floor.find((f) => f.file.startsWith('presensi'));
    expect(presensi?.records).toBe(made.rows.presensi + 1);
    expect(floor.map((f) => f.file)).toContain('pegawai.csv');
    for (const f of floor) expect(f.ms).toBeGreaterThanOrEqual(0);
  });
});

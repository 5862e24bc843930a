/** The shipped `aktivitas-30-20-50` pack (kehadiran 30 / SKP 20 / aktivitas harian 50) on the SPEC worked example. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';

describe('--policy aktivitas-30-20-50 on the worked example with a daily activity file', () => {
  const dir = tempDir();
  cpSync(fixture('worked-example'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'aktivitas_oktober_2026.csv'),
    ['nip;tanggal;bulan;menit;disetujui', `${BUDI};01/10/2026;;2400;ya`, `${BUDI};02/10/2026;;2550;ya`, `${BUDI};05/10/2026;;600;tidak`, `${RINA};;2026-10;5400;ya`].join('\n') + '\n',
  );
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', 'aktivitas-30-20-50', '--out', out]);

  it('Budi Santoso, worked by hand', () => {
    expect(r.status, r.stderr).toBe(0);
    // target 22 working days × 300 = 6,600 menit; approved 2,400 + 2,550 = 4,950 (600 not approved) → 75 %.
    // kehadiran 5,000,000 × 30 % × 92.5 % = 1,387,500; skp × 20 % × 100 % (103.33 counts 100) = 1,000,000;
    // aktivitas × 50 % × 75 % = 1,875,000; bruto 4,262,500; PPh 5 % = 213,125; BPJS 1 % = 42,625; netto 4,006,750.
    expect(readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === BUDI)).toMatchObject({
      komponen_kehadiran: '1387500',
      komponen_skp: '1000000',
      komponen_aktivitas: '1875000',
      tpp_bruto: '4262500',
      tpp_netto: '4006750',
    });
  });
});

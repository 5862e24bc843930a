import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const BUDI = '198503172010011003';

/** The monthly-summary fixture (Budi: 21 days present, 1 TK) run under `pack` (YAML, or none). */
function run(pack?: string) {
  const dir = tempDir();
  const input = join(dir, 'masukan');
  cpSync(fixture('rekap-bulanan'), input, { recursive: true });
  const args = ['run', '--period', '2026-10', '--input', input, '--out', join(dir, 'hasil')];
  if (pack) {
    writeFileSync(join(dir, 'paket.yaml'), pack);
    args.push('--policy', join(dir, 'paket.yaml'));
  }
  const r = runCli(args);
  const status = (nip: string) => readCsv(join(dir, 'hasil', 'pegawai.csv')).find((row) => row['nip'] === nip)?.['status_bayar'];
  const validasi = () => readCsv(join(dir, 'hasil', 'validasi.csv'));
  return { r, status, validasi };
}

/**
 * A monthly summary counts leave days by kind, without dates or codes: a pack that pays a code's days by
 * length or at a kelas cannot be applied to them, so the employee with such days is held, not paid in full.
 */
describe('a monthly summary under a pack that pays leave by its own rule', () => {
  // TLP (tugas luar pagi) counts as present: the summary's 21 present days may hold some, at half pay.
  it('holds the employee whose summary counts days of such a code (REKAP_ATURAN_BAYAR)', () => {
    const { r, status, validasi } = run('presensi:\n  kode:\n    TLP: { bayar: [{ persen: 50 }] }\n');
    expect(r.status).toBe(1);
    expect(status(BUDI)).toBe('ditahan');
    const finding = validasi().find((f) => f['kode'] === 'REKAP_ATURAN_BAYAR' && f['nip'] === BUDI);
    expect(finding).toMatchObject({ tingkat: 'error' });
    expect(finding!['pesan']).toContain('TLP 21');
  });

  it('without such a rule the same summary pays him', () => {
    const { status, validasi } = run();
    expect(status(BUDI)).toBe('dibayar');
    expect(validasi().some((f) => f['kode'] === 'REKAP_ATURAN_BAYAR')).toBe(false);
  });
});

/**
 * Budi's summary has 3 late days: 2 × TL1 (0.5 %) and 1 × TL2 (1 %). Counting every 2 late days as one
 * TK converts 2 of the 3: 0.5 + 0.5 (→ 1 % replaced by a TK) or 0.5 + 1 (→ 1.5 % replaced) depending on
 * their dates, which a summary lacks. Every 3 late days: all 3 convert, the deduction is certain.
 */
describe('a monthly summary under terlambat_per_tk', () => {
  it('holds the employee when the converted late days cannot be told (REKAP_TERLAMBAT_TAK_TENTU)', () => {
    const { r, status, validasi } = run('presensi:\n  terlambat_per_tk: 2\n');
    expect(r.status).toBe(1);
    expect(status(BUDI)).toBe('ditahan');
    expect(validasi().find((f) => f['kode'] === 'REKAP_TERLAMBAT_TAK_TENTU' && f['nip'] === BUDI)).toMatchObject({ tingkat: 'error' });
  });

  it('pays him when every late day converts', () => {
    const { status, validasi } = run('presensi:\n  terlambat_per_tk: 3\n');
    expect(status(BUDI)).toBe('dibayar');
    expect(validasi().some((f) => f['kode'] === 'REKAP_TERLAMBAT_TAK_TENTU')).toBe(false);
  });
});


/**
 * NIPs pasted from a web page or WhatsApp carry bidi marks (U+200E/F, U+202A-E, U+2066-9), invisible
 * in Excel: removed as a certain repair (NIP_DIRAPIKAN, info), and the employee is paid. Also: the
 * place of a finding says "row" in English.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findingPlace } from '../../src/cli/print-summary.js';
import type { Finding } from '../../src/findings.js';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';
const SRI = '198811202014032005';

describe('bidi marks around NIPs', () => {
  it('are removed and reported; every employee is paid with all 22 days', () => {
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('nip-tanda-arah'), '--out', out, '--format', 'csv', '--lang', 'en', '--verbose']);
    expect(r.status, r.stderr).toBe(0);
    const pegawai = readCsv(join(out, 'pegawai.csv'));
    for (const nip of [BUDI, RINA, SRI]) {
      expect(pegawai.find((p) => p['nip'] === nip), nip).toMatchObject({ hadir: '22', status_bayar: 'dibayar' });
    }
    const tidied = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'NIP_DIRAPIKAN');
    expect(tidied.map((f) => [f['berkas'], f['baris'], f['nip'], f['tingkat']]).sort()).toEqual([
      ['pegawai.csv', '6', RINA, 'info'],
      ['pegawai.csv', '7', SRI, 'info'],
      ['presensi.csv', '4', BUDI, 'info'],
      ['presensi.csv', '49', SRI, 'info'],
    ]);
    expect(tidied.find((f) => f['baris'] === '7')!['nilai']).toContain('⟨U+202A⟩');
    // The place of a finding on the terminal, in English.
    expect(r.stderr).toContain('presensi.csv › row 4');
    expect(r.stderr).not.toMatch(/› baris \d/);
  });
});

describe('findingPlace', () => {
  const f = { file: 'presensi.csv', row: 12, column: 'NIP' } as Finding;
  it('says "baris" in Indonesian and "row" in English', () => {
    expect(findingPlace(f, 'id')).toBe('presensi.csv › baris 12 › NIP');
    expect(findingPlace(f, 'en')).toBe('presensi.csv › row 12 › NIP');
  });
});

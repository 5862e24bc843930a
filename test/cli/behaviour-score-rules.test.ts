/**
 * Behaviour and score rules end to end (issue 15): `cara_label: mayoritas` through a run (the Manado
 * thresholds and pay cap run in test/paket/manado.test.ts, on the shipped pack).
 */
import { writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';

/** The worked-example folder copied, with files replaced. */
function workedExampleWith(files: Record<string, string>): string {
  const dir = tempDir();
  for (const f of readdirSync(fixture('worked-example'))) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('cara_label: mayoritas through a run', () => {
  // Budi: 4 aspects "di bawah", 3 "di atas"; Rina: numbers as in the worked example.
  const perilaku = [
    'nip,penilai_nip,peran,berorientasi_pelayanan,akuntabel,kompeten,harmonis,loyal,adaptif,kolaboratif',
    `${BUDI},197203101998031004,atasan,Di Bawah Ekspektasi,Di Atas Ekspektasi,di bawah,diatas,DI_BAWAH,di atas,Dibawah Ekspektasi`,
    `${RINA},197203101998031004,atasan,92,92,92,92,92,92,92`,
  ].join('\n');
  const input = workedExampleWith({ 'perilaku.csv': perilaku + '\n', 'mayoritas.yaml': 'kinerja:\n  perilaku:\n    cara_label: mayoritas\n' });

  it('bawaan (rata_rata): 71.43 → SESUAI → BAIK at full pay', () => {
    const out = join(tempDir(), 'hasil');
    const run = runCli(['run', '--period', '2026-10', '--input', input, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const budi = readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === BUDI)!;
    // (4 × 50 + 3 × 100) / 7 = 71.43; kinerja 5,000,000 × 60 % × 100 % = 3,000,000
    expect(budi).toMatchObject({ nilai_perilaku: '71.43', rating_perilaku: 'SESUAI', predikat: 'BAIK', komponen_kinerja: '3000000' });
  });

  it('mayoritas: DI_BAWAH → KURANG at half the kinerja component; numeric scores hold the employee', () => {
    const out = join(tempDir(), 'hasil');
    const run = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'mayoritas.yaml'), '--out', out]);
    expect(run.status).toBe(1);
    const rows = readCsv(join(out, 'pegawai.csv'));
    const budi = rows.find((r) => r['nip'] === BUDI)!;
    // hasil kerja SESUAI (103.33) × perilaku DI_BAWAH → KURANG, faktor 50: 3,000,000 × 50 % = 1,500,000;
    // disiplin 1,850,000 as in the worked example → bruto 3,350,000
    expect(budi).toMatchObject({ nilai_perilaku: '71.43', rating_hasil_kerja: 'SESUAI', rating_perilaku: 'DI_BAWAH', predikat: 'KURANG', komponen_kinerja: '1500000', tpp_bruto: '3350000', status_bayar: 'dibayar' });
    expect(rows.find((r) => r['nip'] === RINA)).toMatchObject({ rating_perilaku: 'TIDAK_DINILAI', status_bayar: 'ditahan', tpp_bruto: '0' });
    const findings = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PERILAKU_BUKAN_LABEL');
    expect(findings.map((f) => [f['nip'], f['tingkat']])).toEqual([[RINA, 'error']]);
  });

  it('numbers are not held when the rating is not used: metode angka', () => {
    writeFileSync(join(input, 'angka.yaml'), 'kinerja:\n  metode: angka\n  perilaku:\n    cara_label: mayoritas\n');
    const out = join(tempDir(), 'hasil');
    const run = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'angka.yaml'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === RINA)).toMatchObject({ status_bayar: 'dibayar' });
    expect(readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PERILAKU_BUKAN_LABEL')).toEqual([]);
  });

  it('numbers are not held when the rating is given in penilaian', () => {
    const dir = workedExampleWith({ 'perilaku.csv': perilaku + '\n', 'mayoritas.yaml': 'kinerja:\n  perilaku:\n    cara_label: mayoritas\n', 'penilaian.csv': `nip,perilaku_kerja\n${RINA},Sesuai Ekspektasi\n` });
    const out = join(tempDir(), 'hasil');
    const run = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'mayoritas.yaml'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === RINA)).toMatchObject({ rating_perilaku: 'SESUAI', status_bayar: 'dibayar' });
  });

  it('reads labels from the long shape too (one row per aspect)', () => {
    const labels = ['di bawah', 'di atas', 'di bawah', 'di atas', 'di bawah', 'di atas', 'di bawah'];
    const aspek = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'];
    const long = ['nip,penilai_nip,peran,aspek,nilai', ...aspek.map((a, i) => `${BUDI},197203101998031004,atasan,${a},${labels[i]}`), ...aspek.map((a) => `${RINA},197203101998031004,atasan,${a},Sesuai Ekspektasi`)];
    const dir = workedExampleWith({ 'perilaku.csv': long.join('\n') + '\n', 'mayoritas.yaml': 'kinerja:\n  perilaku:\n    cara_label: mayoritas\n' });
    const out = join(tempDir(), 'hasil');
    const run = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'mayoritas.yaml'), '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    const rows = readCsv(join(out, 'pegawai.csv'));
    expect(rows.find((r) => r['nip'] === BUDI)).toMatchObject({ rating_perilaku: 'DI_BAWAH', predikat: 'KURANG' });
    // All 7 "sesuai" (80 each): SESUAI, paid.
    expect(rows.find((r) => r['nip'] === RINA)).toMatchObject({ nilai_perilaku: '80.00', rating_perilaku: 'SESUAI', status_bayar: 'dibayar' });
  });

  it('jelaskan shows the count of labels and the rating it gives', () => {
    const r = runCli(['jelaskan', BUDI, '--period', '2026-10', '--input', input, '--policy', join(input, 'mayoritas.yaml')]);
    expect(r.stdout).toContain('DI_ATAS 3, SESUAI 0, DI_BAWAH 4 aspek → DI_BAWAH (seri → label lebih rendah)');
    expect(r.stdout).not.toContain('ambang_bayar');
  });
});

/**
 * Behaviour and score rules end to end (issue 15): the Manado-style worked example of the domain notes
 * (§5.10) to the rupiah with a pack built here, and `cara_label: mayoritas` through a run.
 */
import { readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
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

const onlyBudi = (file: string) =>
  readFileSync(join(fixture('worked-example'), file), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith(RINA))
    .join('\n');

/**
 * Manado (domain notes §2.3, §5.3, §5.5, §5.10): disiplin 40 % with 1 point per TMK1/PKSW1 and 2 per
 * TMK2, SKP 30 % on the mean of capaian capped at 100 per indicator, perilaku 30 % on the aspect sum
 * (≤ 209 → 0, > 678 → full), the attendance gate < 25 % → 0, < 50 % → half.
 */
const MANADO_PACK = `
nama: manado-uji
versi: "1"
presensi:
  terlambat:
    - { kode: TL1, dari: 1, sampai: 30, persen: 1 }
    - { kode: TL2, dari: 31, sampai: 60, persen: 2 }
    - { kode: TL3, dari: 61, sampai: 90, persen: 3 }
    - { kode: TL4, dari: 91, persen: 4 }
  pulang_cepat:
    - { kode: PSW1, dari: 1, sampai: 30, persen: 1 }
    - { kode: PSW2, dari: 31, sampai: 60, persen: 2 }
    - { kode: PSW3, dari: 61, sampai: 90, persen: 3 }
    - { kode: PSW4, dari: 91, persen: 4 }
  gerbang_kehadiran:
    efek_hadir: [hadir, dinas_luar, cuti]
    komponen: []
    pita: [{ di_bawah: 25, bayar: 0 }, { di_bawah: 50, bayar: 50 }]
kinerja:
  capaian_maks_bayar: 100
  perilaku:
    ambang_bayar: { satuan: jumlah_aspek, nol_sampai: 209, penuh_di_atas: 678 }
tpp:
  komponen:
    - { nama: disiplin, bobot: 40, dasar: nilai_disiplin }
    - { nama: skp, bobot: 30, dasar: capaian_skp }
    - { nama: perilaku, bobot: 30, dasar: nilai_perilaku }
`;

describe('domain notes §5.10: the Manado-style worked example to the rupiah', () => {
  // Budi of the worked example without his TK day (8 Oct attended 07:25–16:05): 2 × TL1 (5, 6 Oct,
  // 07:45), 1 × TL2 (7 Oct, 08:10), 1 × PSW1; SKP 100 %, 90 %, 110 %; every aspect 80 (sum 560).
  const input = workedExampleWith({
    'pegawai.csv': onlyBudi('pegawai.csv'),
    'presensi.csv': onlyBudi('presensi.csv').replace(`${BUDI},2026-10-08,,,TK`, `${BUDI},2026-10-08,07:25,16:05,`),
    'capaian.csv': onlyBudi('capaian.csv').replace('Data SIASN dimutakhirkan,100,130', 'Data SIASN dimutakhirkan,100,110'),
    'perilaku.csv': `nip,penilai_nip,peran,berorientasi_pelayanan,akuntabel,kompeten,harmonis,loyal,adaptif,kolaboratif\n${BUDI},197203101998031004,atasan,80,80,80,80,80,80,80\n`,
    'manado.yaml': MANADO_PACK,
  });
  const out = join(tempDir(), 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'manado.yaml'), '--out', out]);

  it('pays netto Rp 4.277.000', () => {
    expect(run.status, run.stderr).toBe(0);
    const budi = readCsv(join(out, 'pegawai.csv')).find((r) => r['nip'] === BUDI)!;
    expect(budi).toMatchObject({
      // points 2 × 1 + 1 × 2 + 1 × 1 = 5 → disiplin 95; 5,000,000 × 40 % × 95 % = 1,900,000
      tl1: '2',
      tl2: '1',
      psw1: '1',
      tk: '0',
      nilai_disiplin: '95.00',
      komponen_disiplin: '1900000',
      // rating on (100 + 90 + 110) / 3 = 100 (SESUAI); pay on (100 + 90 + 100) / 3 = 96.67:
      // 5,000,000 × 30 % × 290/3 % = 1,450,000
      capaian_skp: '100.00',
      rating_hasil_kerja: 'SESUAI',
      komponen_skp: '1450000',
      // sum 560: 209 < 560 ≤ 678 → the score 80 itself; 5,000,000 × 30 % × 80 % = 1,200,000
      nilai_perilaku: '80.00',
      komponen_perilaku: '1200000',
      // 22 of 22 days present: no gate. bruto 1,900,000 + 1,450,000 + 1,200,000 = 4,550,000 (91 %)
      persen_bayar_kehadiran: '100.00',
      tpp_bruto: '4550000',
      // PPh 21 gol III 5 % = 227,500; BPJS 1 % (gaji 4,200,000 + TPP < 12,000,000) = 45,500
      pph21: '227500',
      bpjs_pegawai: '45500',
      // 4,550,000 − 227,500 − 45,500 = 4,277,000
      tpp_netto: '4277000',
      status_bayar: 'dibayar',
    });
  });

  it('jelaskan shows the capped SKP base and the behaviour thresholds', () => {
    const r = runCli(['jelaskan', BUDI, '--period', '2026-10', '--input', input, '--policy', join(input, 'manado.yaml')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('capaian_maks_bayar: tiap indikator paling besar 100%) = 96,67% (290/3)');
    expect(r.stdout).toContain('ambang_bayar, jumlah_aspek 560,00): ≤ 209 → 0, > 678 → 100, selain itu nilai perilaku; dasar = 80,00');
    const en = runCli(['jelaskan', BUDI, '--period', '2026-10', '--input', input, '--policy', join(input, 'manado.yaml'), '--lang', 'en']);
    expect(en.stdout).toContain('SKP achievement as a TPP base (capaian_maks_bayar: each indicator at most 100%)');
  });
});

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

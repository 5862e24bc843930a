import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

// The SPEC worked example (October 2026; Budi bruto 4,850,000 before any sanction) with a register
// that names only the type, under a pack whose hukdis.jenis knows it.
const BUDI = '198503172010011003';
const SEDANG = 'Hukuman Disiplin Sedang: Pemotongan Tunjangan Kinerja 25% selama 6 bulan';

/** The worked example with this register, and a pack with these hukdis rules (the SEDANG type by default). */
function agency(register: string, hukdisYaml = `  jenis:\n    sedang_tkd_25_6: { persen: 25, bulan: 6, alias: ["${SEDANG}"] }\n`): { dir: string; pack: string } {
  const dir = tempDir();
  for (const f of ['pegawai.csv', 'presensi.csv', 'capaian.csv', 'perilaku.csv']) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
  writeFileSync(join(dir, 'hukdis.csv'), register);
  const pack = join(tempDir(), 'paket-aturan.yaml');
  writeFileSync(pack, `nama: hukdis-jenis\nversi: "1"\nhukdis:\n${hukdisYaml}`);
  return { dir, pack };
}

/** Runs the period on a folder made by `agency` and reads Budi's line. */
function runAgency({ dir, pack }: { dir: string; pack: string }) {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', pack, '--out', out]);
  return { r, budi: () => readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === BUDI)! };
}

describe('a register row with only its sanction type', () => {
  it('is cut by the type: 25 % × 4,850,000 = 1,212,500, bruto 3,637,500; jelaskan lists it', () => {
    const { dir, pack } = agency(`nip,jenis,tmt\n${BUDI},"${SEDANG}",2026-08-01\n`);
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', pack, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const budi = readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === BUDI)!;
    expect([budi['potongan_hukdis'], budi['tpp_bruto'], budi['status_bayar']]).toEqual(['1212500', '3637500', 'dibayar']);
    const j = runCli(['jelaskan', BUDI, '--period', '2026-10', '--input', dir, '--policy', pack]);
    expect(j.stdout).toContain(`Hukuman disiplin ${SEDANG} (mulai 2026-08-01, 6 bulan): 25%`);
  });

  it('whose own percent disagrees with the type is held with HUKDIS_TIDAK_SESUAI_JENIS (exit 1)', () => {
    const { dir, pack } = agency(`nip,jenis,tmt,lama_bulan,persen\n${BUDI},"${SEDANG}",2026-08-01,6,20\n`);
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', pack, '--out', out]);
    expect(r.status).toBe(1);
    const budi = readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === BUDI)!;
    expect([budi['status_bayar'], budi['tpp_netto']]).toEqual(['ditahan', '0']);
    const finding = readCsv(join(out, 'validasi.csv')).find((f) => f['kode'] === 'HUKDIS_TIDAK_SESUAI_JENIS')!;
    expect(finding).toMatchObject({ tingkat: 'error', nip: BUDI, kolom: 'persen', nilai: '20' });
    expect(finding['pesan']).toContain('Jenis sedang_tkd_25_6 di paket aturan: 25, baris ini menulis 20');
  });
});

describe('hukdis.mulai_tengah_bulan: pro_rata', () => {
  const run = (_period: string, mulai: string) => runAgency(agency(`nip,tmt,lama_bulan,persen\n${BUDI},2026-10-15,6,25\n`, `  mulai_tengah_bulan: ${mulai}\n`));

  it('cuts a sanction from the 15th by its share of the working days', () => {
    // 12 of Budi's 22 October working days are from the 15th: 25 % × 12/22 = 150/11 %;
    // 4,850,000 × 150/11 % = 661,363.6 → 661,364; bruto 4,850,000 − 661,364 = 4,188,636.
    const pro = run('2026-10', 'pro_rata');
    expect(pro.r.status, pro.r.stderr).toBe(0);
    expect([pro.budi()['potongan_hukdis'], pro.budi()['tpp_bruto']]).toEqual(['661364', '4188636']);
    // penuh (bawaan): 25 % of the whole month: 1,212,500; bruto 3,637,500.
    const full = run('2026-10', 'penuh');
    expect([full.budi()['potongan_hukdis'], full.budi()['tpp_bruto']]).toEqual(['1212500', '3637500']);
  });
});

describe('a sanction type counted in points off the discipline score (poin_disiplin)', () => {
  it('takes the points off nilai_disiplin, not a percent off the money', () => {
    const folder = agency(`nip,jenis,tmt\n${BUDI},Teguran tertulis,2026-09-01\n`, '  jenis:\n    teguran_tertulis: { poin_disiplin: 10, bulan: 3 }\n');
    const { dir, pack } = folder;
    const { r, budi: line } = runAgency(folder);
    expect(r.status, r.stderr).toBe(0);
    // nilai_disiplin 92.50 − 10 points = 82.50; disiplin 5,000,000 × 40 % × 82.5 % = 1,650,000;
    // kinerja 3,000,000; no money cut: bruto 4,650,000.
    const budi = line();
    expect([budi['nilai_disiplin'], budi['komponen_disiplin'], budi['potongan_hukdis'], budi['tpp_bruto']]).toEqual(['82.50', '1650000', '0', '4650000']);
    const j = runCli(['jelaskan', BUDI, '--period', '2026-10', '--input', dir, '--policy', pack]);
    expect(j.stdout).toContain('Hukuman disiplin (hukdis.jenis, poin_disiplin): 10,00 poin ikut dipotong dari nilai disiplin');
    expect(j.stdout).toContain('Potongan disiplin: 17,50% → nilai disiplin = max(0, 100 − 17,50) = 82,50');
  });

  it('a type must give exactly one of persen and poin_disiplin', () => {
    const dir = tempDir();
    const pack = join(dir, 'paket-aturan.yaml');
    writeFileSync(pack, 'nama: poin\nversi: "1"\nhukdis:\n  jenis:\n    teguran: { persen: 5, poin_disiplin: 10, bulan: 3 }\n');
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', pack, '--out', join(dir, 'hasil')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('hukdis.jenis.teguran: isi tepat satu dari persen dan poin_disiplin');
  });
});

describe('a sanction type that cuts named components only (komponen)', () => {
  const run = (register: string, types: string) => runAgency(agency(register, `  jenis:\n${types}`));
  const TYPES = '    potong_disiplin: { persen: 50, bulan: 6, komponen: [disiplin] }\n    sedang: { persen: 25, bulan: 6 }\n';

  it('cuts only the named component', () => {
    // disiplin 1,850,000 × 50 % = 925,000; kinerja 3,000,000 untouched: bruto 4,850,000 − 925,000 = 3,925,000.
    const { r, budi } = run(`nip,jenis,tmt\n${BUDI},potong_disiplin,2026-09-01\n`, TYPES);
    expect(r.status, r.stderr).toBe(0);
    expect([budi()['potongan_hukdis'], budi()['tpp_bruto']]).toEqual(['925000', '3925000']);
  });

  it('beside a sanction on the whole TPP, each component takes the larger percent that reaches it', () => {
    // disiplin max(50, 25) = 50 %: 925,000; kinerja 25 %: 750,000; deduction 1,675,000; bruto 3,175,000.
    const { r, budi } = run(`nip,jenis,tmt\n${BUDI},potong_disiplin,2026-09-01\n${BUDI},sedang,2026-10-01\n`, TYPES);
    expect(r.status, r.stderr).toBe(0);
    expect([budi()['potongan_hukdis'], budi()['tpp_bruto']]).toEqual(['1675000', '3175000']);
  });

  it('a component the pack does not have is refused at its path', () => {
    const dir = tempDir();
    const pack = join(dir, 'paket-aturan.yaml');
    writeFileSync(pack, 'nama: komponen\nversi: "1"\nhukdis:\n  jenis:\n    x: { persen: 50, bulan: 6, komponen: [disipilin] }\n');
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', pack, '--out', join(dir, 'hasil')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('hukdis.jenis.x.komponen[0]: komponen "disipilin" tidak ada di tpp.komponen (disiplin, kinerja)');
  });
});

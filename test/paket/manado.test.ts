/** The shipped `manado` pack (40 disiplin / 30 SKP / 30 perilaku, attendance gate) on the domain worked example. */
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';

describe('--policy manado: Budi of the worked example, as the Manado example has him', () => {
  // Budi alone, attending 8 Oct (no TK): 2 × TMK1 (5, 6 Oct 07:45: 15 min), 1 × TMK2 (7 Oct 08:10: 40 min),
  // 1 × PKSW1 (9 Oct, Friday, 16:00: 30 min early); SKP 100 %, 90 %, 110 %; every aspect 80 (sum 560).
  const dir = tempDir();
  for (const f of readdirSync(fixture('worked-example'))) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
  const onlyBudi = (file: string) => readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => !l.startsWith(RINA)).join('\n');
  writeFileSync(join(dir, 'pegawai.csv'), onlyBudi('pegawai.csv'));
  writeFileSync(join(dir, 'presensi.csv'), onlyBudi('presensi.csv').replace(`${BUDI},2026-10-08,,,TK`, `${BUDI},2026-10-08,07:25,16:05,`));
  writeFileSync(join(dir, 'capaian.csv'), onlyBudi('capaian.csv').replace('Data SIASN dimutakhirkan,100,130', 'Data SIASN dimutakhirkan,100,110'));
  writeFileSync(join(dir, 'perilaku.csv'), `nip,penilai_nip,peran,berorientasi_pelayanan,akuntabel,kompeten,harmonis,loyal,adaptif,kolaboratif\n${BUDI},197203101998031004,atasan,80,80,80,80,80,80,80\n`);
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', 'manado', '--out', out]);

  it('pays netto Rp 4.277.000 to the rupiah', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === BUDI)).toMatchObject({
      // points 2 × 1 + 1 × 2 + 1 × 1 = 5 → disiplin 95: 5,000,000 × 40 % × 95 % = 1,900,000
      tmk1: '2',
      tmk2: '1',
      pksw1: '1',
      komponen_disiplin: '1900000',
      // pay on (100 + 90 + 100) / 3 = 96.67 (each indicator at most 100): 5,000,000 × 30 % × 290/3 % = 1,450,000
      komponen_skp: '1450000',
      // sum 560: 209 < 560 ≤ 678 → the score 80: 5,000,000 × 30 % × 80 % = 1,200,000
      komponen_perilaku: '1200000',
      // 22 of 22 days present: the gate pays 100 %
      persen_bayar_kehadiran: '100.00',
      // bruto 4,550,000; PPh 21 gol III 5 % = 227,500; BPJS 1 % = 45,500; netto 4,277,000
      tpp_bruto: '4550000',
      pph21: '227500',
      bpjs_pegawai: '45500',
      tpp_netto: '4277000',
    });
  });

  it('jelaskan shows the capped SKP base and the behaviour thresholds', () => {
    const args = [BUDI, '--period', '2026-10', '--input', dir, '--policy', 'manado'];
    const id = runCli(['jelaskan', ...args]);
    expect(id.status, id.stderr).toBe(0);
    expect(id.stdout).toContain('capaian_maks_bayar: tiap indikator paling besar 100%) = 96,67% (290/3)');
    expect(id.stdout).toContain('ambang_bayar, jumlah_aspek 560,00): ≤ 209 → 0, > 678 → 100, selain itu nilai perilaku; dasar = 80,00');
    const en = runCli(['jelaskan', ...args, '--lang', 'en']);
    expect(en.stdout).toContain('SKP achievement as a TPP base (capaian_maks_bayar: each indicator at most 100%)');
  });
});

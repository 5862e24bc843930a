/** The shipped `sekolah-6-hari` pack: a six-day school profile, worked by hand for October 2026. */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';

/**
 * October 2026 starts on a Thursday and has no national holiday: 22 weekdays and 5 Saturdays (3, 10,
 * 17, 24, 31), so 27 working days on the "sekolah" profile. Both teachers come at 06:55 and leave 5
 * minutes after the end (Mon–Thu 14:00, Fri 11:00, Sat 12:30); Budi, though, comes at 07:20 on
 * Saturday 3 October (20 minutes late) and has no record on Saturday 10 October.
 */
function schoolFolder(): string {
  const dir = tempDir();
  cpSync(fixture('worked-example'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'pegawai.csv'),
    [
      'nip,nama,unit,jabatan,golongan,status,tpp_pagu,gaji,tmt_masuk,jadwal',
      `${BUDI},Budi Santoso,BKPSDM,Guru Ahli Pertama,III/c,PNS,5000000,4200000,,sekolah`,
      `${RINA},Rina Wulandari,BKPSDM,Guru Ahli Pertama,III/c,PNS,5000000,4200000,,sekolah`,
    ].join('\n') + '\n',
  );
  const end = ['', '14:05', '14:05', '14:05', '14:05', '11:05', '12:35']; // by weekday, 0 = Sunday
  const rows = ['nip,tanggal,jam_masuk,jam_pulang,kode'];
  for (let day = 1; day <= 31; day++) {
    const date = `2026-10-${String(day).padStart(2, '0')}`;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday === 0) continue;
    for (const nip of [BUDI, RINA]) {
      if (nip === BUDI && day === 10) continue;
      rows.push(`${nip},${date},${nip === BUDI && day === 3 ? '07:20' : '06:55'},${end[weekday]},`);
    }
  }
  writeFileSync(join(dir, 'presensi.csv'), rows.join('\n') + '\n');
  return dir;
}

describe('--policy sekolah-6-hari', () => {
  const dir = schoolFolder();
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', 'sekolah-6-hari', '--out', out, '--format', 'csv,json']);
  const byNip = new Map(readCsv(join(out, 'pegawai.csv')).map((p) => [p['nip'], p]));

  it('exits 0', () => {
    expect(r.status, r.stderr).toBe(0);
  });

  it('Saturdays are working days: 27 in October 2026, a late Saturday and a missing one are deducted', () => {
    // Budi: Saturday 3 October, 07:20 against 07:00 → 20 minutes late → TL1 0.5%;
    //       Saturday 10 October without a record → TK 5%.
    //   nilai_disiplin = 100 − 0.5 − 5 = 94.50
    //   disiplin 40% × 5,000,000 × 94.50% = 2,000,000 × 0.945 = 1,890,000
    //   kinerja  60% × 5,000,000 × 100% (BAIK: capaian 103.33 sesuai, perilaku 92 di atas) = 3,000,000
    //   bruto 4,890,000; PPh 21 golongan III 5% = 244,500
    //   BPJS 1% × min(4,890,000, 12,000,000 − 4,200,000 = 7,800,000) = 48,900
    //   netto 4,890,000 − 244,500 − 48,900 = 4,596,600
    expect(byNip.get(BUDI)).toMatchObject({
      hari_kerja: '27',
      nilai_disiplin: '94.50',
      komponen_disiplin: '1890000',
      komponen_kinerja: '3000000',
      tpp_bruto: '4890000',
      pph21: '244500',
      bpjs_pegawai: '48900',
      tpp_netto: '4596600',
    });
    // Rina: every one of the 27 days on time → nilai_disiplin 100, bruto 2,000,000 + 3,000,000 = 5,000,000.
    expect(byNip.get(RINA)).toMatchObject({ hari_kerja: '27', nilai_disiplin: '100.00', tpp_bruto: '5000000' });
  });

  it('without the pack the profile is unknown and both teachers are held, not paid on a guess', () => {
    const bare = runCli(['run', '--period', '2026-10', '--input', dir, '--out', join(tempDir(), 'hasil'), '--format', 'csv', '--json']);
    expect(bare.status).toBe(1);
    expect(bare.stdout).toContain('"ditahan": 2');
  });
});

/**
 * Findings fold per code and file once they repeat (SPEC §6: memory grows with employees, not rows): a
 * machine log with a million scans of PINs nobody in the staff file has stays small in memory and in
 * validasi.csv.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, runCli, tempDir } from './run-cli.js';

describe('1,000,000 scans from unknown PINs', () => {
  it('peak RSS stays under 400 MB and validasi.csv under 1 MB; the known employees are paid', () => {
    const dir = join(tempDir(), 'masukan');
    const out = join(tempDir(), 'hasil');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'pegawai.csv'),
      'nip,nama,unit,golongan,status,tpp_pagu,gaji,pin\n198503172010011003,Budi Santoso,BKPSDM,III/c,PNS,5000000,4200000,1\n199001152015021002,Rina Wulandari,BKPSDM,III/c,PNS,5000000,4200000,2\n',
    );
    writeFileSync(join(dir, 'capaian.csv'), 'nip,indikator,target,realisasi\n198503172010011003,Laporan,10,10\n199001152015021002,Laporan,10,10\n');
    writeFileSync(
      join(dir, 'perilaku.csv'),
      'nip,berorientasi_pelayanan,akuntabel,kompeten,harmonis,loyal,adaptif,kolaboratif\n198503172010011003,90,90,90,90,90,90,90\n199001152015021002,90,90,90,90,90,90,90\n',
    );
    const lines: string[] = [];
    for (let d = 1; d <= 31; d++) {
      const date = `2026-10-${String(d).padStart(2, '0')}`;
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      if (weekday === 0 || weekday === 6) continue;
      for (const pin of ['1', '2']) lines.push(`${pin}\t${date} 07:2${pin}:10\t0`, `${pin}\t${date} 16:4${pin}:10\t1`);
    }
    // Honorer staff share the machine: a million scans from 50,000 PINs not in the staff file.
    for (let i = 0; i < 1_000_000; i++) lines.push(`${100 + (i % 50_000)}\t2026-10-${String(1 + (i % 28)).padStart(2, '0')} 07:${String(i % 60).padStart(2, '0')}:00\t0`);
    writeFileSync(join(dir, 'presensi_attlog.dat'), `${lines.join('\n')}\n`);
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', out, '--format', 'csv,json'], { env: { KINERJA_PROFIL: '1' } });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const profile = JSON.parse(/KINERJA_PROFIL (.*)/.exec(r.stderr)![1]!) as { maxRssKb: number };
    expect(profile.maxRssKb).toBeLessThan(400 * 1024);
    expect(readFileSync(join(out, 'validasi.csv')).length).toBeLessThan(1024 * 1024);
    const pin = readCsv(join(out, 'validasi.csv')).filter((f) => f['kode'] === 'PIN_TIDAK_DIKENAL');
    expect(pin.reduce((n, f) => n + Number(f['jumlah']), 0)).toBe(1_000_000);
    expect(readCsv(join(out, 'pegawai.csv')).map((p) => p['status_bayar'])).toEqual(['dibayar', 'dibayar']);
  }, 120_000);
});

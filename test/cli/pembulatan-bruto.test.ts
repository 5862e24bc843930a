import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

// The sample agency's pack with the gross rounded down to Rp 1,000 and the sanction rounded like what it leaves.
const dir = tempDir();
const PACK = join(dir, 'paket-aturan.yaml');
writeFileSync(PACK, `${readFileSync(join(fixture('contoh'), 'paket-aturan.yaml'), 'utf8')}\npembulatan: { potongan: sama_dengan_jumlah, bruto: floor_1000 }\n`);
const HADI = '199410272020031037';
const RINA = '198803242010022677';

describe('the sample agency with pembulatan.bruto: floor_1000', () => {
  const out = join(dir, 'hasil');
  const run = runCli(['run', '--period', '2026-10', '--input', fixture('contoh'), '--policy', PACK, '--out', out]);
  const pegawai = readCsv(join(out, 'pegawai.csv'));
  const byNip = new Map(pegawai.map((r) => [r['nip']!, r]));

  it('every paid gross is whole thousands, and each row reads bruto = components − hukdis − pembulatan_bruto', () => {
    expect(run.status, run.stderr).toBe(0);
    const header = Object.keys(pegawai[0]!);
    expect(header.slice(header.indexOf('potongan_hukdis'), header.indexOf('potongan_hukdis') + 3)).toEqual(['potongan_hukdis', 'pembulatan_bruto', 'tpp_bruto']);
    for (const r of pegawai) {
      const komponen = Number(r['komponen_disiplin']) + Number(r['komponen_kinerja']) + Number(r['tpp_plt'] ?? 0);
      const pembulatan = Number(r['pembulatan_bruto']);
      expect(komponen - Number(r['potongan_hukdis']) - pembulatan, r['nip']).toBe(Number(r['tpp_bruto']));
      expect(Number(r['tpp_bruto']) % 1000, r['nip']).toBe(0);
      expect(pembulatan >= 0 && pembulatan < 1000, r['nip']).toBe(true);
    }
    // The payout list carries the rounded gross.
    const tpp = new Map(readCsv(join(out, 'tpp.csv')).map((r) => [r['nip']!, r]));
    expect(tpp.get(RINA)).toMatchObject({ tpp_bruto: '4241000', tpp_netto: '3986540' });
  });

  it('Hadi Kurniawan (25% sanction) and Rina Oktaviani, worked by hand', () => {
    // Hadi: pagu 4,250,000, full month, nilai_disiplin 85: disiplin 40% × 85% = 1,445,000, kinerja 60% = 2,550,000,
    // subtotal 3,995,000; 75% left = 2,996,250 exactly, so the sanction is 998,750 either way;
    // gross 2,996,250 → 2,996,000 (250 off). PPh 21 III/b 5% = 149,800; BPJS 1% of 2,996,000 = 29,960,
    // 4% = 119,840; netto 2,996,000 − 149,800 − 29,960 = 2,816,240.
    expect(byNip.get(HADI)).toMatchObject({ potongan_hukdis: '998750', pembulatan_bruto: '250', tpp_bruto: '2996000', pph21: '149800', bpjs_pegawai: '29960', bpjs_pemda: '119840', tpp_netto: '2816240' });
    // Rina: 1,691,500 + 2,550,000 = 4,241,500 → 4,241,000 (500 off); PPh 21 5% = 212,050; BPJS 1% = 42,410;
    // netto 4,241,000 − 212,050 − 42,410 = 3,986,540.
    expect(byNip.get(RINA)).toMatchObject({ potongan_hukdis: '0', pembulatan_bruto: '500', tpp_bruto: '4241000', pph21: '212050', bpjs_pegawai: '42410', tpp_netto: '3986540' });
  });

  it('jelaskan shows what the rounding took off', () => {
    const r = runCli(['jelaskan', HADI, '--period', '2026-10', '--input', fixture('contoh'), '--policy', PACK]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('TPP yang tersisa dibulatkan half_up) = Rp 998.750');
    expect(r.stdout).toContain('TPP bruto = Rp 1.445.000 + Rp 2.550.000 − Rp 998.750 − pembulatan ke bawah ke Rp 1.000 Rp 250 = Rp 2.996.000');
    const json = runCli(['jelaskan', HADI, '--period', '2026-10', '--input', fixture('contoh'), '--policy', PACK, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ tpp: { pembulatan: 'half_up', pembulatan_potongan: 'sama_dengan_jumlah', pembulatan_bruto: 250, tpp_bruto: 2_996_000 } });
  });
});

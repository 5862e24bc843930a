import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

// The SPEC worked example (Budi III/c, bruto 4,850,000, gaji 4,200,000; Rina III/c, bruto 3,306,819)
// under a pack whose government bears the PPh 21, computed by tarif golongan on a taxable gross that
// holds the employer's 4 % BPJS.
function borneTaxPack(): string {
  const path = join(tempDir(), 'paket-aturan.yaml');
  writeFileSync(path, 'nama: pph-ditanggung\nversi: "1"\npajak: { metode: ditanggung, ditanggung_dengan: tarif_golongan, bruto_termasuk_bpjs_pemda: true }\n');
  return path;
}

describe('borne PPh 21 in the outputs', () => {
  const pack = borneTaxPack();
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', pack, '--out', out]);

  it('has its own column in pegawai.csv and tpp.csv, not taken off the net', () => {
    expect(r.status, r.stderr).toBe(0);
    // Budi: pemda 4 % × 4,850,000 = 194,000; 5 % × 5,044,000 = 252,200. Net 4,850,000 − 48,500.
    // Rina: pemda 4 % × 3,306,819 = 132,272.76 → 132,273; 5 % × 3,439,092 = 171,954.6 → 171,954 (floor).
    const pegawai = readCsv(join(out, 'pegawai.csv'));
    expect(pegawai.map((p) => [p['pph21'], p['pph21_ditanggung'], p['tpp_netto']])).toEqual([
      ['0', '252200', '4801500'],
      ['0', '171954', '3273751'],
    ]);
    const tpp = readFileSync(join(out, 'tpp.csv'), 'utf8').split('\n')[0];
    expect(tpp).toBe('no,nip,nama,golongan,jabatan,unit,nama_bank,nomor_rekening,tpp_bruto,pph21,pph21_ditanggung,bpjs_pegawai,tpp_netto,bpjs_pemda,nik,npwp');
    expect(readCsv(join(out, 'tpp.csv')).map((p) => p['pph21_ditanggung'])).toEqual(['252200', '171954']);
  });

  it('ringkasan.json totals it: 252,200 + 171,954', () => {
    const ringkasan = JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8')) as { total: Record<string, number>; catatan: string[] };
    expect(ringkasan.total).toEqual({ bruto: 8_156_819, pph21: 0, pph21_ditanggung: 424_154, bpjs_pegawai: 81_568, bpjs_pemda: 326_273, netto: 8_075_251 });
    expect(ringkasan.catatan).toContain('Penghasilan bruto kena PPh 21 termasuk BPJS pemda (tidak dibayarkan).');
  });

  it('the workbook payout sheet has the column and totals it', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'kinerja-2026-10.xlsx'));
    const ws = wb.getWorksheet('TPP')!;
    const header = (ws.getRow(3).values as unknown[]).slice(1);
    const col = header.indexOf('Tunjangan PPh') + 1;
    expect(col).toBeGreaterThan(0);
    let total: unknown;
    ws.eachRow((row) => {
      if ((row.values as unknown[]).includes('JUMLAH TOTAL')) total = row.getCell(col).value;
    });
    expect(total).toBe(424_154);
  });

  it('jelaskan shows the taxable base and the borne amount, in both languages and JSON', () => {
    const args = ['jelaskan', '198503172010011003', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', pack];
    const id = runCli(args);
    expect(id.status, id.stderr).toBe(0);
    expect(id.stdout).toContain('Bruto kena pajak = TPP bruto Rp 4.850.000 + BPJS pemda Rp 194.000 (tidak dibayarkan) = Rp 5.044.000');
    expect(id.stdout).toContain('PPh 21 ditanggung pemerintah Rp 252.200 (tunjangan PPh, tidak dipotong; PPh 21 dipotong Rp 0)');
    expect(id.stdout).toContain('TPP netto = Rp 4.850.000 − Rp 0 − Rp 48.500 = Rp 4.801.500');
    expect(runCli([...args, '--lang', 'en']).stdout).toContain('PPh 21 borne by the government Rp 252,200 (not deducted; PPh 21 withheld Rp 0)');
    expect(JSON.parse(runCli([...args, '--json']).stdout)).toMatchObject({
      tpp: { pph21: 0, pph21_ditanggung: 252_200, dasar_pajak: { tpp_bruto: 4_850_000, bpjs_pemda: 194_000, jumlah: 5_044_000 }, pajak: { metode: 'ditanggung', dihitung: { metode: 'tarif_golongan', kunci: 'III', tarif: '5' } } },
      baris_laporan: { pph21_ditanggung: '252200' },
    });
  });
});

describe('other packs keep their outputs', () => {
  it('the bawaan pack has no pph21_ditanggung column nor total', () => {
    const out = join(tempDir(), 'hasil');
    expect(runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'pegawai.csv'), 'utf8')).not.toContain('ditanggung');
    expect(readFileSync(join(out, 'tpp.csv'), 'utf8')).not.toContain('ditanggung');
    const ringkasan = JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8')) as { total: Record<string, number> };
    expect(ringkasan.total).not.toHaveProperty('pph21_ditanggung');
  });
});

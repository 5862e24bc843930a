import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTaxYear } from '../../src/archive/read-tax-year.js';
import { writeArchivedMonth } from '../helpers/paid-folder.js';
import { tempDir } from '../cli/run-cli.js';

const NIP = '198503172010011003';
const month = (m: number) => `2026-${String(m).padStart(2, '0')}`;

function fullYear(): string {
  const arsip = tempDir();
  for (let m = 1; m <= 11; m++) writeArchivedMonth(arsip, month(m), [{ nip: NIP, tppBruto: 5_000_000, pph21: 530_000, bpjsPemda: 200_000 }]);
  return arsip;
}

describe('January–November from the paid archive', () => {
  it('sums what was paid, month by month', async () => {
    const year = await readTaxYear(fullYear(), { year: 2026, month: 12 }, false);
    expect(year.bulanKurang).toEqual([]);
    // 11 × 5,000,000 and 11 × 530,000.
    expect(year.byNip.get(NIP)).toEqual({ bulan: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], brutoKenaPajak: 55_000_000, pph21: 5_830_000, adaRapel: false });
  });

  it("adds the employer's BPJS to the taxable gross when the pack taxes it", async () => {
    const year = await readTaxYear(fullYear(), { year: 2026, month: 12 }, true);
    // 11 × (5,000,000 + 200,000).
    expect(year.byNip.get(NIP)?.brutoKenaPajak).toBe(57_200_000);
  });

  it('takes the last paid correction of a month, not an unpaid later one', async () => {
    const arsip = fullYear();
    writeArchivedMonth(arsip, '2026-03-koreksi-1', [{ nip: NIP, tppBruto: 6_000_000, pph21: 700_000 }]);
    writeArchivedMonth(arsip, '2026-03-koreksi-2', [{ nip: NIP, tppBruto: 9_000_000, pph21: 999_000 }], false);
    const year = await readTaxYear(arsip, { year: 2026, month: 12 }, false);
    // 10 × 5,000,000 + 6,000,000; 10 × 530,000 + 700,000.
    expect(year.byNip.get(NIP)).toMatchObject({ brutoKenaPajak: 56_000_000, pph21: 6_000_000 });
  });

  it('lists months without a paid folder, and notes arrears', async () => {
    const arsip = fullYear();
    rmSync(join(arsip, month(2)), { recursive: true });
    rmSync(join(arsip, month(8), 'dibayar.json'));
    writeArchivedMonth(arsip, month(5), [{ nip: NIP, tppBruto: 5_000_000, pph21: 530_000, rapel: 1_000_000 }]);
    const year = await readTaxYear(arsip, { year: 2026, month: 12 }, false);
    expect(year.bulanKurang).toEqual([2, 8]);
    expect(year.byNip.get(NIP)?.adaRapel).toBe(true);
  });

  it('stops (exit 2) on a paid month edited since it was paid', async () => {
    const arsip = fullYear();
    writeArchivedMonth(arsip, month(4), [{ nip: NIP, tppBruto: 5_000_000, pph21: 1 }], false);
    await expect(readTaxYear(arsip, { year: 2026, month: 12 }, false)).rejects.toMatchObject({ code: 'ARSIP_DIUBAH' });
  });
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChangeReason, EmployeeChange } from '../../src/archive/compare-results.js';
import { compareResults } from '../../src/archive/compare-results.js';
import { correctionTarget } from '../../src/archive/correction-target.js';
import { folderName, lastPaidFolder } from '../../src/archive/period-folders.js';
import type { ArchivedEmployee } from '../../src/archive/read-results.js';
import { tempDir } from '../cli/run-cli.js';

const OKTOBER = { year: 2026, month: 10 };

/** A paid record of `folder` (no files listed: these folders are never verified here). */
const paidRecord = (periode: string, folder: string) => ({ alat: 'kinerja', periode, folder, dibayar_pada: '2026-11-10T03:00:00.000Z', oleh: 'uji', versi_alat: 'test', berkas: [], total: {} });

/** An archive with the given folders of 2026-10: koreksi number → paid. */
function archive(folders: [number, boolean][]): string {
  const arsip = tempDir();
  for (const [n, paid] of folders) {
    const dir = join(arsip, folderName(OKTOBER, n));
    mkdirSync(dir);
    writeFileSync(join(dir, 'ringkasan.json'), '{}');
    if (paid) writeFileSync(join(dir, 'dibayar.json'), JSON.stringify(paidRecord('2026-10', folderName(OKTOBER, n))));
  }
  return arsip;
}

describe('paid folders the archive cannot see by name stop it', () => {
  it('a paid folder renamed (2026-10 → 2026-10-oktober) stops with ARSIP_NAMA_BERUBAH, naming both names', async () => {
    const arsip = tempDir();
    mkdirSync(join(arsip, '2026-10-oktober'));
    writeFileSync(join(arsip, '2026-10-oktober', 'dibayar.json'), JSON.stringify(paidRecord('2026-10', '2026-10')));
    const err = await lastPaidFolder(arsip, OKTOBER).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'ARSIP_NAMA_BERUBAH' });
    expect((err as Error).message).toContain('2026-10-oktober');
  });

  it('a copy of a paid folder under its period name ("2026-10 - Copy") and a paid record copied into another month stop too', async () => {
    const copy = archive([[0, true]]);
    mkdirSync(join(copy, '2026-10 - Copy'));
    writeFileSync(join(copy, '2026-10 - Copy', 'dibayar.json'), JSON.stringify(paidRecord('2026-10', '2026-10')));
    await expect(lastPaidFolder(copy, OKTOBER)).rejects.toMatchObject({ code: 'ARSIP_NAMA_BERUBAH' });
    // November's folder holding October's record: found when October is looked up, and when November is.
    const moved = tempDir();
    mkdirSync(join(moved, '2026-11'));
    writeFileSync(join(moved, '2026-11', 'dibayar.json'), JSON.stringify(paidRecord('2026-10', '2026-10')));
    await expect(lastPaidFolder(moved, OKTOBER)).rejects.toMatchObject({ code: 'ARSIP_NAMA_BERUBAH' });
    await expect(lastPaidFolder(moved, { year: 2026, month: 11 })).rejects.toMatchObject({ code: 'ARSIP_NAMA_BERUBAH' });
  });

  it('a paid folder moved into a subfolder of the archive (hasil/lama/2026-10) stops too', async () => {
    const arsip = tempDir();
    mkdirSync(join(arsip, 'lama', '2026-10'), { recursive: true });
    writeFileSync(join(arsip, 'lama', '2026-10', 'dibayar.json'), JSON.stringify(paidRecord('2026-10', '2026-10')));
    await expect(lastPaidFolder(arsip, OKTOBER)).rejects.toMatchObject({ code: 'ARSIP_NAMA_BERUBAH' });
  });

  it('a crowded folder (over 1,000 entries) is searched only when it holds a results folder: a --out under $TMPDIR is not an archive', async () => {
    const crowded = tempDir();
    for (let i = 0; i < 1001; i++) writeFileSync(join(crowded, `f${i}`), '');
    mkdirSync(join(crowded, 'oktober-lama'));
    writeFileSync(join(crowded, 'oktober-lama', 'dibayar.json'), JSON.stringify(paidRecord('2026-10', '2026-10')));
    expect(await lastPaidFolder(crowded, OKTOBER)).toBeUndefined();
    mkdirSync(join(crowded, '2026-09'));
    await expect(lastPaidFolder(crowded, OKTOBER)).rejects.toMatchObject({ code: 'ARSIP_NAMA_BERUBAH' });
  });

  it('a missing correction below a later one (koreksi-1 gone, koreksi-2 there) stops with ARSIP_TIDAK_LENGKAP', async () => {
    const arsip = archive([[0, true], [2, false]]);
    await expect(correctionTarget(join(arsip, '2026-10'))).rejects.toMatchObject({ code: 'ARSIP_TIDAK_LENGKAP' });
    const ownGone = archive([[1, true]]);
    await expect(lastPaidFolder(ownGone, OKTOBER)).rejects.toMatchObject({ code: 'ARSIP_TIDAK_LENGKAP' });
  });

  it('an unpaid folder of another name is left alone', async () => {
    const arsip = archive([[0, true]]);
    mkdirSync(join(arsip, '2026-10-percobaan'));
    writeFileSync(join(arsip, '2026-10-percobaan', 'ringkasan.json'), '{}');
    expect((await lastPaidFolder(arsip, OKTOBER))?.name).toBe('2026-10');
  });
});

describe('correctionTarget: where a run into a paid folder goes', () => {
  it.each([
    ['nothing paid: no correction', [[0, false]], undefined, undefined],
    ['own folder paid: koreksi-1 against it', [[0, true]], 1, '2026-10'],
    ['koreksi-1 unpaid: reused (replacing it still needs --force)', [[0, true], [1, false]], 1, '2026-10'],
    ['koreksi-1 paid: koreksi-2 against koreksi-1', [[0, true], [1, true]], 2, '2026-10-koreksi-1'],
    ['koreksi-2 unpaid after a paid koreksi-1', [[0, true], [1, true], [2, false]], 2, '2026-10-koreksi-1'],
  ] as [string, [number, boolean][], number | undefined, string | undefined][])('%s', async (_title, folders, nomor, dibanding) => {
    const arsip = archive(folders);
    const target = await correctionTarget(join(arsip, '2026-10'));
    expect(target?.nomor).toBe(nomor);
    expect(target?.paid.name).toBe(dibanding);
    if (target) expect(target.dir).toBe(join(arsip, `2026-10-koreksi-${nomor}`));
    expect((await lastPaidFolder(arsip, OKTOBER))?.name).toBe(dibanding);
  });

  it('an explicit --out of a correction belongs to the same family', async () => {
    const arsip = archive([[0, true], [1, true]]);
    expect((await correctionTarget(join(arsip, '2026-10-koreksi-1')))?.dir).toBe(join(arsip, '2026-10-koreksi-2'));
  });

  it('any --out name works, not only periods', async () => {
    const arsip = tempDir();
    mkdirSync(join(arsip, 'oktober.final'));
    writeFileSync(join(arsip, 'oktober.final', 'dibayar.json'), JSON.stringify(paidRecord('2026-10', 'oktober.final')));
    // The dot is literal: `oktoberxfinal-koreksi-1` is not of this family.
    mkdirSync(join(arsip, 'oktoberxfinal-koreksi-1'));
    expect((await correctionTarget(join(arsip, 'oktober.final')))?.dir).toBe(join(arsip, 'oktober.final-koreksi-1'));
  });
});

function employee(nip: string, tppNetto: number, fields: Record<string, string> = {}): ArchivedEmployee {
  return {
    nip, nama: `N${nip}`, unit: 'U', status: 'PNS', statusBayar: 'dibayar', predikat: 'BAIK', tppPagu: 1_000_000,
    tppBruto: tppNetto, pph21: 0, bpjsPegawai: 0, bpjsPemda: 0, tppNetto, rapel: 0, keterangan: [],
    fields: { predikat: 'BAIK', ...fields },
  };
}

describe('compareResults in a correction: someone paid and now held or gone is in doubt, not overpaid', () => {
  it('held or missing: jenis belum_pasti, outside kekurangan/kelebihan and bersih; an ordinary change still counts', () => {
    const held = { ...employee('2', 0), statusBayar: 'ditahan' as const };
    const paid = new Map([['1', employee('1', 1_000_000)], ['2', employee('2', 500_000)], ['3', employee('3', 800_000)]]);
    const fresh = new Map([['1', employee('1', 900_000)], ['2', held]]);
    const c = compareResults(paid, fresh, new Map(), { correction: true });
    expect(c.changes.map((x) => [x.nip, x.selisih, x.jenis])).toEqual([
      ['3', -800_000, 'belum_pasti'],
      ['2', -500_000, 'belum_pasti'],
      ['1', -100_000, 'kelebihan_bayar'],
    ]);
    expect(c.totals).toMatchObject({ kekuranganBayar: 0, kelebihanBayar: 100_000, bersih: -100_000, pegawaiBelumPasti: 2 });
    // Between two months (bandingkan), a change is what it is.
    expect(compareResults(paid, fresh).changes.map((x) => x.jenis)).toEqual(['kelebihan_bayar', 'kelebihan_bayar', 'kelebihan_bayar']);
  });
});

describe('compareResults (what selisih.csv lists)', () => {
  it('a lower predikat, a new employee and an unchanged one', () => {
    const paid = new Map([['1', employee('1', 1_000_000)], ['2', employee('2', 500_000)]]);
    const fresh = new Map([['1', employee('1', 750_000, { predikat: 'BUTUH_PERBAIKAN' })], ['2', employee('2', 500_000)], ['3', employee('3', 200_000)]]);
    const { changes, totals } = compareResults(paid, fresh);
    const first: EmployeeChange = changes[0]!;
    const reasons: ChangeReason[] = first.alasan;
    expect(reasons).toEqual(['PREDIKAT']);
    // 750,000 − 1,000,000 = −250,000 (overpaid); the new employee 200,000 − 0 (underpaid).
    expect(first).toMatchObject({ nip: '1', selisih: -250_000, jenis: 'kelebihan_bayar', alasan: ['PREDIKAT'] });
    expect(changes[1]).toMatchObject({ nip: '3', selisih: 200_000, jenis: 'kekurangan_bayar', alasan: ['BARU'] });
    expect(changes).toHaveLength(2);
    // 1,500,000 paid, 1,450,000 due: −50,000 net.
    expect(totals).toEqual({ nettoA: 1_500_000, nettoB: 1_450_000, kekuranganBayar: 200_000, kelebihanBayar: 250_000, bersih: -50_000, pegawaiBerubah: 2, pegawaiBelumPasti: 0 });
  });
});

/**
 * One difference, two unpaid channels: Novita, held in paid October, is owed her October once its
 * input is fixed. A later month can pay it as rapel (`run --rapel 2026-10`, in its bank file), and a
 * correction of October can pay it as kekurangan bayar (selisih.csv). Each counts the other only once
 * marked paid, and finance transfers before marking: whichever is computed second stops (exit 2)
 * until the first is settled (docs/keuangan.md).
 *
 * Worked by hand under the sample's pack (fixtures/contoh/paket-aturan.yaml: pph 5 %, BPJS 1 %):
 * Novita's October once fixed is bruto 6,500,000 − PPh 21 325,000 − BPJS 65,000 = netto 6,110,000,
 * all of it owed (held when October was paid, nothing paid since).
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pendingArrears, pendingArrearsConflict, pendingCorrection } from '../../src/archive/pending-payments.js';
import { byNip, NOVITA, octoberPaidWithNovitaHeld } from '../helpers/month-end.js';
import { writeArchivedMonth } from '../helpers/paid-folder.js';
import { readRingkasan } from '../helpers/ringkasan.js';
import { writeSampleMonth } from '../helpers/sample-months.js';
import { readCsv, tempDir } from './run-cli.js';

const OWED = 6_110_000;

describe('a correction of October while November, not yet marked paid, carries her October as rapel', () => {
  it('stops the correction (KOREKSI_RAPEL_TERTUNDA, exit 2, nothing written); once November is marked paid it counts the rapel (difference 0)', () => {
    const { root, arsip, oktober, run, pay } = octoberPaidWithNovitaHeld();
    expect(run('2026-11', writeSampleMonth(join(root, 'november'), 2026, 11), ['--rapel', '2026-10']).status).toBe(0);
    expect(byNip(readCsv(join(arsip, '2026-11', 'rapel.csv')), NOVITA)).toMatchObject({ rapel: String(OWED), status: 'dibayar' });

    const stopped = run('2026-10', oktober);
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toContain('KOREKSI_RAPEL_TERTUNDA');
    expect(stopped.stderr).toContain(`2026-11 (belum ditandai dibayar) membawa rapel 2026-10 untuk ${NOVITA} (Rp 6.110.000)`);
    expect(stopped.stderr).toContain('tandai dibayar dulu (kinerja tandai-dibayar 2026-11)');
    expect(stopped.stderr).toContain('jalankan ulang 2026-11 tanpa --rapel 2026-10');
    expect(existsSync(join(arsip, '2026-10-koreksi-1'))).toBe(false);
    const english = run('2026-10', oktober, ['--lang', 'en']);
    expect(english.status).toBe(2);
    expect(english.stderr).toContain(`2026-11 (not marked paid) carries arrears of 2026-10 for ${NOVITA} (Rp 6,110,000)`);

    // November was transferred: marked paid, its rapel counts as paid in October, nothing more is due.
    expect(pay('2026-11').status).toBe(0);
    expect(run('2026-10', oktober).status).toBe(0);
    const row = byNip(readCsv(join(arsip, '2026-10-koreksi-1', 'selisih.csv')), NOVITA)!;
    expect(row).toMatchObject({ netto_dibayar: String(OWED), netto_baru: String(OWED), selisih: '0', jenis: 'sama' });
    expect(row['alasan']).toContain('RAPEL');
    expect(readRingkasan(join(arsip, '2026-10-koreksi-1')).selisih).toMatchObject({ kekurangan_bayar: 0, kelebihan_bayar: 0, rapel_dibayar: OWED });
    expect(pay('2026-10').status).toBe(0);
  }, 300_000);

  it('November not transferred: run again without --rapel, the correction pays her 6,110,000, and a later --rapel pays nothing more', () => {
    const { root, arsip, oktober, run, pay } = octoberPaidWithNovitaHeld();
    const november = writeSampleMonth(join(root, 'november'), 2026, 11);
    expect(run('2026-11', november, ['--rapel', '2026-10']).status).toBe(0);
    expect(run('2026-10', oktober).status).toBe(2);
    expect(run('2026-11', november, ['--force']).status).toBe(0);
    expect(existsSync(join(arsip, '2026-11', 'rapel.csv'))).toBe(false);
    expect(run('2026-10', oktober).status).toBe(0);
    expect(byNip(readCsv(join(arsip, '2026-10-koreksi-1', 'selisih.csv')), NOVITA)).toMatchObject({ netto_dibayar: '0', netto_baru: String(OWED), selisih: String(OWED), jenis: 'kekurangan_bayar' });
    expect(pay('2026-10').status).toBe(0);
    // Paid through the correction, she is no longer held in October's folder paid last: no arrears.
    expect(run('2026-11', november, ['--rapel', '2026-10', '--force']).status).toBe(0);
    expect(byNip(readCsv(join(arsip, '2026-11', 'rapel.csv')), NOVITA)).toBeUndefined();
    expect(readRingkasan(join(arsip, '2026-11')).total.rapel).toBe(0);
  }, 300_000);

  it('tandai-dibayar refuses such a correction left from before (KOREKSI_RAPEL_TERTUNDA); marking November warns and the correction is computed again', () => {
    const { root, arsip, oktober, run, pay } = octoberPaidWithNovitaHeld();
    // Both computed (as an earlier version allowed): the correction, then November with the rapel
    // while the correction was out of the archive's sight.
    expect(run('2026-10', oktober).status).toBe(0);
    const koreksi = join(arsip, '2026-10-koreksi-1');
    expect(byNip(readCsv(join(koreksi, 'selisih.csv')), NOVITA)).toMatchObject({ selisih: String(OWED), jenis: 'kekurangan_bayar' });
    renameSync(koreksi, join(root, 'koreksi-disisihkan'));
    expect(run('2026-11', writeSampleMonth(join(root, 'november'), 2026, 11), ['--rapel', '2026-10']).status).toBe(0);
    renameSync(join(root, 'koreksi-disisihkan'), koreksi);

    const refused = pay('2026-10');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('KOREKSI_RAPEL_TERTUNDA');
    expect(refused.stderr).toContain(`membawa rapel 2026-10 untuk ${NOVITA} (Rp 6.110.000)`);
    expect(existsSync(join(koreksi, 'dibayar.json'))).toBe(false);
    expect(pay('2026-10', ['--lang', 'en']).stderr).toContain('cannot be marked paid: 2026-11 (not marked paid) carries arrears of 2026-10');

    // November is the month's own transfer: it is marked, with a warning naming the correction …
    // (said even with --quiet: it is what finance must not transfer).
    const november = pay('2026-11', ['--quiet']);
    expect(november.status).toBe(0);
    expect(november.stderr).toContain(`PERINGATAN 2026-10-koreksi-1 (belum ditandai dibayar) juga membayar selisih 2026-10 untuk ${NOVITA} (Rp 6.110.000)`);
    expect(november.stderr).toContain('Jangan transfer baris kekurangan_bayar-nya');
    // … which is then stale until computed again, and then asks nothing more for her.
    expect(pay('2026-10').stderr).toContain('KOREKSI_USANG');
    expect(run('2026-10', oktober, ['--force']).status).toBe(0);
    expect(byNip(readCsv(join(koreksi, 'selisih.csv')), NOVITA)).toMatchObject({ netto_dibayar: String(OWED), selisih: '0', jenis: 'sama' });
    expect(pay('2026-10').status).toBe(0);
  }, 300_000);
});

describe('run --rapel 2026-10 while a correction of October, not yet marked paid, pays her the same difference', () => {
  it('stops November (RAPEL_KOREKSI_TERTUNDA, exit 2, nothing written); once the correction is marked paid, the rapel is 0', () => {
    const { root, arsip, oktober, run, pay } = octoberPaidWithNovitaHeld();
    expect(run('2026-10', oktober).status).toBe(0);
    expect(byNip(readCsv(join(arsip, '2026-10-koreksi-1', 'selisih.csv')), NOVITA)).toMatchObject({ netto_dibayar: '0', netto_baru: String(OWED), selisih: String(OWED), jenis: 'kekurangan_bayar' });

    const november = writeSampleMonth(join(root, 'november'), 2026, 11);
    const stopped = run('2026-11', november, ['--rapel', '2026-10']);
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toContain('RAPEL_KOREKSI_TERTUNDA');
    expect(stopped.stderr).toContain(`2026-10-koreksi-1 (belum ditandai dibayar) membayar selisih 2026-10 untuk ${NOVITA} (Rp 6.110.000)`);
    expect(stopped.stderr).toContain('tandai dibayar dulu (kinerja tandai-dibayar 2026-10)');
    expect(existsSync(join(arsip, '2026-11'))).toBe(false);
    const english = run('2026-11', november, ['--rapel', '2026-10', '--lang', 'en']);
    expect(english.status).toBe(2);
    expect(english.stderr).toContain(`2026-10-koreksi-1 (not marked paid) pays a difference of 2026-10 to ${NOVITA} (Rp 6,110,000)`);

    // The correction's difference was transferred: marked paid, November's rapel pays her nothing.
    expect(pay('2026-10').status).toBe(0);
    expect(run('2026-11', november, ['--rapel', '2026-10']).status).toBe(0);
    expect(byNip(readCsv(join(arsip, '2026-11', 'rapel.csv')), NOVITA)).toBeUndefined();
    expect(readRingkasan(join(arsip, '2026-11')).total.rapel).toBe(0);
    const tpp = byNip(readCsv(join(arsip, '2026-11', 'tpp.csv')), NOVITA)!;
    expect(tpp['rapel']).toBe('0');
    expect(tpp['jumlah_transfer']).toBe(tpp['tpp_netto']);
  }, 300_000);
});

describe('what counts as pending (pure reads of the archive)', () => {
  const rapelCsv = (rows: [string, string, number][]) => `nip,nama,periode,netto_seharusnya,sudah_dibayar,rapel,status\n${rows.map(([nip, periode, rapel]) => `${nip},X,${periode},${rapel},0,${rapel},${rapel > 0 ? 'dibayar' : 'lunas'}`).join('\n')}\n`;
  const line = { nip: '1', tppBruto: 1_000_000, pph21: 0 };

  it('arrears of the period in unpaid folders only, rapel > 0 only', async () => {
    const arsip = tempDir();
    writeFileSync(join(writeArchivedMonth(arsip, '2026-11', [line], true), 'rapel.csv'), rapelCsv([['A', '2026-10', 100]]));
    writeFileSync(join(writeArchivedMonth(arsip, '2026-12', [line], false), 'rapel.csv'), rapelCsv([['B', '2026-10', 2_816_475], ['C', '2026-10', 0], ['D', '2026-09', 50]]));
    expect(await pendingArrears(arsip, '2026-10')).toEqual([{ folder: '2026-12', nip: 'B', rapel: 2_816_475 }]);
  });

  it("a period's correction counts while it is its latest folder, unpaid and newer than the folder paid last; only non-zero differences", async () => {
    const arsip = tempDir();
    const period = { year: 2026, month: 10 };
    writeArchivedMonth(arsip, '2026-10', [line], true);
    const koreksi = writeArchivedMonth(arsip, '2026-10-koreksi-1', [line], false);
    writeFileSync(join(koreksi, 'selisih.csv'), 'nip,nama,selisih,jenis\nB,X,2816475,kekurangan_bayar\nE,X,-197400,kelebihan_bayar\nF,X,0,sama\n');
    expect(await pendingCorrection(arsip, period)).toEqual({ folder: '2026-10-koreksi-1', differences: new Map([['B', 2_816_475], ['E', -197_400]]) });
    writeArchivedMonth(arsip, '2026-10-koreksi-1', [line], true);
    expect(await pendingCorrection(arsip, period)).toBeUndefined();
  });

  it('names three employees with their amounts in the message and every one in the details', () => {
    const conflicts = ['1', '2', '3', '4'].map((nip) => ({ folder: '2026-11', nip, rapel: 1_000_000 }));
    const err = pendingArrearsConflict('2026-10', conflicts);
    expect(err.code).toBe('KOREKSI_RAPEL_TERTUNDA');
    expect(err.exitCode).toBe(2);
    expect(err.text.id).toContain('untuk 1 (Rp 1.000.000), 2 (Rp 1.000.000), 3 (Rp 1.000.000), … (4)');
    expect(err.details).toEqual(['1', '2', '3', '4'].map((nip) => `2026-11 rapel 2026-10: ${nip}: 1000000`));
  });
});

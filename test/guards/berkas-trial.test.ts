/**
 * From the review and the new-user trial of the input folder: ordinary names that carry a date are
 * read (a staff list as of the end of last month, an export stamped with date and time, a year's
 * targets named by a month range); look-alike names get a suggestion that is the input's name and
 * advice a user can follow from any folder; a file given with its flag is not "not used"; two versions
 * of one file say that the run stopped and what to do.
 */
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixture, runCli, tempDir } from '../cli/run-cli.js';

import { BUDI, RINA, copyOf, employee, galat, ringkasan, run } from './folder-run.js';

describe('ordinary names with dates are read', () => {
  it('pegawai per 30 September 2026, presensi_20261101_2015, capaian_skp_januari-desember_2026: all read, exit 0', () => {
    const r = run(fixture('berkas-nama-wajar'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('BERKAS_PERIODE_LAIN');
    expect(ringkasan(r.out).berkas.map((b) => b.nama).sort()).toEqual([
      'capaian_skp_januari-desember_2026.csv',
      'hukdis.csv',
      'pegawai per 30 September 2026.csv',
      'perilaku_oktober_2026.csv',
      'presensi_20261101_2015.csv',
    ]);
    expect(employee(r.out, BUDI)['hadir']).toBe('22');
    expect(employee(r.out, RINA)['potongan_hukdis']).toBe('1237500');
  });

  it.each([
    ['pegawai per 30 September 2026.csv', 'pegawai_per_30_09_2026.csv'],
    ['pegawai per 30 September 2026.csv', 'pegawai_30-sep-2026.csv'],
    ['presensi_20261101_2015.csv', 'attlog_20261101_2030.csv'],
  ])('%s renamed %s is read too', (from, to) => {
    const dir = copyOf('berkas-nama-wajar');
    renameSync(join(dir, from), join(dir, to));
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(ringkasan(r.out).berkas.map((b) => b.nama)).toContain(to);
  });

  it.each([
    // Last month's targets, attendance or scores are last month's data, whatever the date says.
    ['capaian_skp_januari-desember_2026.csv', 'capaian-per-30-sep-2026.csv', '"30-sep-2026" (September 2026)'],
    ['presensi_20261101_2015.csv', 'presensi_20260930_1700.csv', '"20260930_1700" (September 2026)'],
    ['perilaku_oktober_2026.csv', 'perilaku_per_30_09_2026.csv', '"30_09_2026" (September 2026)'],
    // A range of months that does not hold October.
    ['capaian_skp_januari-desember_2026.csv', 'capaian_skp_januari-juni_2026.csv', '"januari-juni" (Januari–Juni)'],
    // A staff list dated two months back is stale.
    ['pegawai per 30 September 2026.csv', 'pegawai per 31 Agustus 2026.csv', '"31 Agustus 2026" (Agustus 2026)'],
  ])('%s renamed %s stops the run (BERKAS_PERIODE_LAIN)', (from, to, named) => {
    const dir = copyOf('berkas-nama-wajar');
    renameSync(join(dir, from), join(dir, to));
    const e = galat(dir);
    expect(e.status).toBe(2);
    expect(e.kode).toBe('BERKAS_PERIODE_LAIN');
    expect(e.pesan).toContain(`${to} (masukan`);
    expect(e.pesan).toContain(named);
  });
});

describe('look-alike names: the suggestion is the input, once', () => {
  it.each([
    ['pegawai per 30 September 2026.csv', 'nominatif_pegawai.csv', 'pegawai', 'pegawai.csv', 'pegawai_pegawai'],
    ['pegawai per 30 September 2026.csv', 'pegawaiaktif.csv', 'pegawai', 'pegawai_aktif.csv', 'pegawai_pegawaiaktif'],
  ])('%s renamed %s: looks like %s, suggests %s', (from, to, input, suggested, wrong) => {
    const dir = copyOf('berkas-nama-wajar');
    renameSync(join(dir, from), join(dir, to));
    const e = galat(dir);
    expect(e.kode).toBe('BERKAS_MIRIP_MASUKAN');
    expect(e.pesan).toContain(`${to} mirip masukan ${input} `);
    expect(e.saran).toContain(`(mis. ${suggested})`);
    expect(e.saran).not.toContain(wrong);
  });

  it('skpd.csv (a list of agencies) looks like unit, not capaian, and suggests unit.csv', () => {
    const dir = copyOf('berkas-nama-wajar');
    writeFileSync(join(dir, 'skpd.csv'), '\uFEFFkode;nama_unit;pagu_unit\nBKPSDM;Badan Kepegawaian dan Pengembangan SDM;Rp 180.000.000\n');
    const e = galat(dir);
    expect(e.kode).toBe('BERKAS_MIRIP_MASUKAN');
    expect(e.pesan).toContain('skpd.csv mirip masukan unit ("skpd")');
    expect(e.pesan).not.toContain('capaian');
    expect(e.saran).toContain('(mis. unit.csv)');
    expect(e.saran).toContain('--unit ');
  });
});

describe('advice that works from where the user is', () => {
  it('the --hukdis advice names the file as typed from the working folder; followed, the run reads it and does not list it as not used', () => {
    const input = relative(ROOT, fixture('berkas-hukdis-nama'));
    const first = run(input);
    expect(first.status).toBe(2);
    const typed = join(input, 'hukuman_disiplin.csv');
    expect(first.stderr).toContain(`--hukdis ${typed}`);
    // Copied as printed: the option ends its line.
    const advice = /--hukdis (\S+)$/m.exec(first.stderr)![1]!;
    expect(advice).toBe(typed);
    const second = run(input, ['--hukdis', advice]);
    expect(second.status, second.stderr).toBe(0);
    expect(employee(second.out, RINA)['potongan_hukdis']).toBe('1237500');
    expect(ringkasan(second.out).berkas_tidak_dipakai).toEqual([]);
    expect(second.stderr).not.toContain('tidak dipakai');
  });

  it('a name with a space is quoted, and the advice holds from the input folder itself', () => {
    const dir = copyOf('berkas-hukdis-nama');
    renameSync(join(dir, 'hukuman_disiplin.csv'), join(dir, 'Hukuman Disiplin.csv'));
    const parent = join(dir, '..');
    const fromParent = runCli(['run', '--period', '2026-10', '--input', 'berkas-hukdis-nama', '--out', join(tempDir(), 'hasil')], { cwd: parent });
    expect(fromParent.stderr).toContain('--hukdis "berkas-hukdis-nama/Hukuman Disiplin.csv"');
    const fromInside = runCli(['run', '--period', '2026-10', '--input', '.', '--out', join(tempDir(), 'hasil')], { cwd: dir });
    expect(fromInside.stderr).toContain('--hukdis "Hukuman Disiplin.csv"');
  });

  it('an input given with its flag from inside the input folder is read, not listed as not used', () => {
    const dir = fixture('berkas-nama-wajar');
    const r = run(dir, ['--presensi', join(dir, 'presensi_20261101_2015.csv'), '--pegawai', join(dir, '.', 'pegawai per 30 September 2026.csv')]);
    expect(r.status, r.stderr).toBe(0);
    expect(ringkasan(r.out).berkas_tidak_dipakai).toEqual([]);
    expect(ringkasan(r.out).berkas.map((b) => b.nama)).toContain('presensi_20261101_2015.csv');
  });
});

describe('two versions of one file', () => {
  it('the message says the run stopped and what to do: keep one, or name real parts apart', () => {
    const dir = copyOf('berkas-kembar');
    unlinkSync(join(dir, 'presensi (1).csv'));
    writeFileSync(join(dir, 'presensi_revisi.csv'), readFileSync(join(dir, 'presensi.csv'), 'utf8').replace('07.21', '07.22'));
    const e = galat(dir);
    expect(e.kode).toBe('BERKAS_VERSI_GANDA');
    expect(e.pesan).toContain('Proses dihentikan');
    expect(e.pesan).not.toContain('akan dibaca dan barisnya digabung');
    expect(e.saran).toContain('Sisakan satu versi');
    expect(e.saran).toContain('presensi_mesin1.csv dan presensi_mesin2.csv');
    const en = galat(dir, ['--lang', 'en']);
    expect(en.pesan).toContain('The run stopped');
    expect(en.pesan).not.toContain('all would be read');
  });
});

/**
 * The input folder, end to end: every file is used or listed as not used with why; a file that looks
 * like an input but would not be read, a format that cannot be read, or another month's file stops the
 * run (exit 2) before anything is read; identical copies are read once; links are followed.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, tempDir } from '../cli/run-cli.js';

import { BUDI, RINA, copyOf, employee, galat, ringkasan, run } from './folder-run.js';

describe('a sanctions register under a name kinerja does not read', () => {
  it('hukuman_disiplin.csv stops the run, says it looks like hukdis and how to name it; nobody is paid', () => {
    const r = run(fixture('berkas-hukdis-nama'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('BERKAS_MIRIP_MASUKAN');
    expect(r.stderr).toContain('hukuman_disiplin.csv mirip masukan hukdis');
    expect(r.stderr).toContain('hukdis.csv');
    // As the user types it: the input folder joined with the name.
    expect(r.stderr).toContain(`--hukdis ${join(fixture('berkas-hukdis-nama'), 'hukuman_disiplin.csv')}`);
    expect(existsSync(join(r.out, 'pegawai.csv'))).toBe(false);
  });

  it.each(['Hukuman Disiplin.csv', 'hukdisoktober.csv', 'HUKDISOKTOBER.csv', 'sanksi_pegawai.csv', 'Register Hukdis.xlsx', 'hukuman_disiplin.ods'])('%s stops the run too', (name) => {
    const dir = copyOf('berkas-hukdis-nama');
    renameSync(join(dir, 'hukuman_disiplin.csv'), join(dir, name));
    const e = galat(dir);
    expect(e.status).toBe(2);
    expect(e.kode).toBe('BERKAS_MIRIP_MASUKAN');
    expect(e.pesan).toContain(name);
  });

  it('hukdisOktober.csv (a camelCase boundary right after the prefix) is taken: the sanction is applied', () => {
    const dir = copyOf('berkas-hukdis-nama');
    renameSync(join(dir, 'hukuman_disiplin.csv'), join(dir, 'hukdisOktober.csv'));
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(employee(r.out, RINA)['potongan_hukdis']).toBe('1237500');
    expect(employee(r.out, BUDI)['potongan_hukdis']).toBe('0');
  });

  it('given with --hukdis, the same file is read and the sanction applied', () => {
    const dir = fixture('berkas-hukdis-nama');
    const r = run(dir, ['--hukdis', join(dir, 'hukuman_disiplin.csv')]);
    expect(r.status, r.stderr).toBe(0);
    expect(employee(r.out, RINA)['potongan_hukdis']).toBe('1237500');
  });

  it('"Penilaian Perilaku.csv" is behaviour scores, not the BKN appraisal report: it stops as a perilaku lookalike', () => {
    const dir = copyOf('berkas-hukdis-nama');
    unlinkSync(join(dir, 'hukuman_disiplin.csv'));
    renameSync(join(dir, 'perilaku.csv'), join(dir, 'Penilaian Perilaku.csv'));
    const e = galat(dir);
    expect(e.kode).toBe('BERKAS_MIRIP_MASUKAN');
    expect(e.pesan).toContain('mirip masukan perilaku');
  });

  it('every problem of the folder is listed at once', () => {
    const dir = copyOf('berkas-hukdis-nama');
    writeFileSync(join(dir, 'Rekap Absensi.csv'), readFileSync(join(dir, 'presensi.csv')));
    writeFileSync(join(dir, 'capaian_september.csv'), readFileSync(join(dir, 'capaian.csv')));
    const e = galat(dir);
    expect(e.status).toBe(2);
    expect(e.rincian).toHaveLength(3);
    expect(e.rincian.join('\n')).toMatch(/BERKAS_MIRIP_MASUKAN: Rekap Absensi\.csv mirip masukan presensi/);
    expect(e.rincian.join('\n')).toMatch(/BERKAS_PERIODE_LAIN: capaian_september\.csv/);
    expect(e.rincian.join('\n')).toMatch(/BERKAS_MIRIP_MASUKAN: hukuman_disiplin\.csv/);
  });
});

describe('files of another month', () => {
  it('capaian_september.csv and presensi-09-2026.csv stop an October run, both named', () => {
    const e = galat(fixture('berkas-periode-lain'));
    expect(e.status).toBe(2);
    expect(e.kode).toBe('BERKAS_PERIODE_LAIN');
    expect(e.rincian).toHaveLength(2);
    expect(e.rincian[0]).toContain('capaian_september.csv (masukan capaian) menyebut "september" (September)');
    expect(e.rincian[1]).toContain('presensi-09-2026.csv (masukan presensi) menyebut "09-2026" (September 2026)');
    expect(e.rincian[1]).toContain('pindahkan dari folder masukan');
  });

  it('moved into a subfolder, they are left out and the folder is listed as not read', () => {
    const dir = copyOf('berkas-periode-lain');
    mkdirSync(join(dir, 'arsip'));
    for (const f of ['capaian_september.csv', 'presensi-09-2026.csv']) renameSync(join(dir, f), join(dir, 'arsip', f));
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(ringkasan(r.out).berkas.map((b) => b.nama).sort()).toEqual(['capaian_oktober_2026.csv', 'pegawai.csv', 'perilaku.csv', 'presensi.csv']);
    expect(ringkasan(r.out).berkas_tidak_dipakai).toEqual([{ nama: 'arsip', alasan: 'folder; isinya tidak dibaca' }]);
    expect(employee(r.out, BUDI)['capaian_skp']).toBe('100.00');
  });

  it('presensi_2025.csv (a year only) stops a 2026 run; --lang en says so in English', () => {
    const dir = copyOf('berkas-hukdis-nama');
    unlinkSync(join(dir, 'hukuman_disiplin.csv'));
    renameSync(join(dir, 'presensi.csv'), join(dir, 'presensi_2025.csv'));
    const e = galat(dir, ['--lang', 'en']);
    expect(e.kode).toBe('BERKAS_PERIODE_LAIN');
    expect(e.pesan).toContain('presensi_2025.csv (input presensi) names "2025" (2025), but the period computed is 2026-10');
  });
});

describe('identical copies', () => {
  it('"presensi (1).csv", byte-identical to presensi.csv, is read once with a warning', () => {
    const r = run(fixture('berkas-kembar'));
    expect(r.status, r.stderr).toBe(0);
    const s = ringkasan(r.out);
    expect(s.berkas.filter((b) => b.nama.startsWith('presensi'))).toMatchObject([{ nama: 'presensi.csv', dipakai: 66 }]);
    expect(s.berkas_tidak_dipakai).toEqual([{ nama: 'presensi (1).csv', alasan: 'salinan kembar dari presensi.csv (isinya sama persis)' }]);
    const warning = readCsv(join(r.out, 'validasi.csv')).find((f) => f['kode'] === 'BERKAS_KEMBAR');
    expect(warning).toMatchObject({ tingkat: 'peringatan', berkas: 'presensi (1).csv' });
    expect(r.stderr).toContain('PERINGATAN BERKAS_KEMBAR');
    expect(r.stderr).toContain('presensi (1).csv — salinan kembar dari presensi.csv');
    expect(employee(r.out, BUDI)['hadir']).toBe('22');
  });

  it.each(['presensi (1).csv', 'presensi_revisi.csv', 'presensi - Copy.csv', 'presensi_v2.csv', 'presensi.xlsx'])(
    'a version that differs (%s next to presensi.csv) is neither dropped nor merged: the run stops',
    (name) => {
      const dir = copyOf('berkas-kembar');
      unlinkSync(join(dir, 'presensi (1).csv'));
      writeFileSync(join(dir, name), readFileSync(join(dir, 'presensi.csv'), 'utf8').replace('07.21', '07.22'));
      const e = galat(dir);
      expect(e.status).toBe(2);
      expect(e.kode).toBe('BERKAS_VERSI_GANDA');
      expect(e.pesan).toContain(name);
      expect(e.pesan).toContain('presensi.csv');
    },
  );

  it('differently named parts of one input (two machines) are both read', () => {
    const dir = copyOf('berkas-kembar');
    unlinkSync(join(dir, 'presensi (1).csv'));
    const lines = readFileSync(join(dir, 'presensi.csv'), 'utf8').split('\n');
    renameSync(join(dir, 'presensi.csv'), join(dir, 'presensi_mesin1.csv'));
    writeFileSync(join(dir, 'presensi_mesin1.csv'), lines.slice(0, 23).join('\n') + '\n');
    writeFileSync(join(dir, 'presensi_mesin2.csv'), [lines[0], ...lines.slice(23)].join('\n'));
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(ringkasan(r.out).berkas.filter((b) => b.nama.startsWith('presensi')).map((b) => [b.nama, b.dipakai])).toEqual([['presensi_mesin1.csv', 22], ['presensi_mesin2.csv', 44]]);
  });
});

describe('files that are not inputs', () => {
  it('are listed with why (hidden, Excel temporary, no matching name, an unreadable unrelated workbook, a document) and the run goes on', () => {
    const r = run(fixture('berkas-tak-dipakai'));
    expect(r.status, r.stderr).toBe(0);
    expect(ringkasan(r.out).berkas_tidak_dipakai).toEqual([
      { nama: '.DS_Store', alasan: 'berkas tersembunyi' },
      { nama: 'CATATAN OPERATOR.md', alasan: 'nama tidak cocok dengan masukan mana pun' },
      { nama: 'SK Hukuman Disiplin Budi.pdf', alasan: 'mirip masukan hukdis, tetapi bukan berkas data (.pdf)' },
      { nama: 'foto_apel_pagi.jpg', alasan: 'nama tidak cocok dengan masukan mana pun' },
      { nama: 'laporan_keuangan.xlsx', alasan: 'nama tidak cocok dengan masukan mana pun, dan buku kerjanya tidak dapat dibaca (XLSX_RUSAK)' },
      { nama: '~$pegawai.csv', alasan: 'berkas sementara Excel (~$), ada selama berkasnya terbuka di Excel' },
    ]);
    expect(r.stderr).toContain('Berkas di folder masukan yang tidak dipakai:');
    expect(r.stderr).toContain('laporan_keuangan.xlsx — nama tidak cocok');
    expect(employee(r.out, RINA)['potongan_hukdis']).toBe('1237500');
  });

  it('a link to the register is followed; a broken link is listed, or stops the run when named like an input', () => {
    const dir = copyOf('berkas-tak-dipakai');
    const elsewhere = join(tempDir(), 'register-hukdis.csv');
    renameSync(join(dir, 'hukdis.csv'), elsewhere);
    symlinkSync(elsewhere, join(dir, 'hukdis.csv'));
    symlinkSync(join(dir, 'tidak-ada.txt'), join(dir, 'catatan.txt'));
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(employee(r.out, RINA)['potongan_hukdis']).toBe('1237500');
    expect(ringkasan(r.out).berkas.map((b) => b.nama)).toContain('hukdis.csv');
    expect(ringkasan(r.out).berkas_tidak_dipakai).toContainEqual({ nama: 'catatan.txt', alasan: 'tautan rusak (tujuannya tidak ada)' });

    symlinkSync(join(dir, 'tidak-ada.csv'), join(dir, 'hukdis_tambahan.csv'));
    const e = galat(dir);
    expect(e.kode).toBe('BERKAS_TIDAK_TERBACA');
    expect(e.pesan).toContain('hukdis_tambahan.csv (masukan hukdis) adalah tautan yang tujuannya tidak ada');
  });

  it('a folder named like an input stops the run: subfolders are not read', () => {
    const dir = copyOf('berkas-tak-dipakai');
    mkdirSync(join(dir, 'hukdis_2026'));
    const e = galat(dir);
    expect(e.kode).toBe('BERKAS_MIRIP_MASUKAN');
    expect(e.pesan).toContain('hukdis_2026 adalah folder');
  });
});

describe('formats named like an input', () => {
  it('a CSV export named .xls is read as text, with a note', () => {
    const r = run(fixture('berkas-xls-teks'));
    expect(r.status, r.stderr).toBe(0);
    expect(ringkasan(r.out).berkas.find((b) => b.nama === 'presensi_oktober_2026.xls')).toMatchObject({ dipakai: 66 });
    expect(readCsv(join(r.out, 'validasi.csv')).find((f) => f['kode'] === 'XLS_DIBACA_TEKS')).toMatchObject({ tingkat: 'info', berkas: 'presensi_oktober_2026.xls' });
    expect(employee(r.out, BUDI)['hadir']).toBe('22');
  });

  it('an .xls that is a web page is refused as such', () => {
    const dir = copyOf('berkas-xls-teks');
    writeFileSync(
      join(dir, 'hukdis.xls'),
      '\uFEFF\r\n  <html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>NIP</td><td>TMT</td></tr><tr><td>199001152015021002</td><td>01/08/2026</td></tr></table></body></html>',
    );
    const e = galat(dir);
    expect(e.kode).toBe('XLS_HALAMAN_WEB');
    expect(e.pesan).toContain('halaman web (HTML)');
    expect(e.saran).toContain('.xlsx');
  });

  it('a real Excel 97-2003 .xls keeps the refusal', () => {
    const dir = copyOf('berkas-xls-teks');
    const ole2 = Buffer.alloc(1024);
    Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(ole2);
    writeFileSync(join(dir, 'hukdis.xls'), ole2);
    const e = galat(dir);
    expect(e.kode).toBe('XLS_TIDAK_DIDUKUNG');
    expect(e.saran).toContain('.xlsx');
  });

  it.each(['hukdis.ods', 'hukdis_oktober.xlsm', 'hukdis.numbers', 'hukdis.pdf', 'hukdis.zip'])('%s is refused by name, with what to do', (name) => {
    const dir = copyOf('berkas-xls-teks');
    writeFileSync(join(dir, name), 'PK\u0003\u0004');
    const e = galat(dir);
    expect(e.kode).toBe('FORMAT_TIDAK_DIDUKUNG');
    expect(e.pesan).toContain(`${name} bernama seperti masukan hukdis`);
    expect(e.saran).toMatch(/\.xlsx|Ekstrak/);
  });
});

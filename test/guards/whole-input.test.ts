/**
 * Doubts about a whole input stop the run (exit 2, only the validation report written): damaged copies
 * of the sample agency, as a clerk would make them.
 */
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';
import { readRingkasan } from '../helpers/ringkasan.js';
import { extendPackFile } from '../helpers/builders.js';

const PRESENSI = 'presensi_oktober_2026.csv';

/** A copy of the sample agency with one file rewritten. */
function damagedCopy(file: string, change: (text: string) => string): string {
  const dir = join(tempDir(), 'masukan');
  cpSync(fixture('contoh'), dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return dir;
}

/** Keeps the header and the lines for which `keep` is true. */
const filterLines = (keep: (line: string) => boolean) => (text: string) => {
  const [header, ...lines] = text.split('\n');
  return [header, ...lines.filter((l) => l === '' || keep(l))].join('\n');
};

function run(dir: string, extra: string[] = []) {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'paket-aturan.yaml'), '--out', out, ...extra]);
  const validasi = existsSync(join(out, 'validasi.csv')) ? readCsv(join(out, 'validasi.csv')) : [];
  const ringkasan = existsSync(join(out, 'ringkasan.json')) ? readRingkasan(out) : undefined;
  return { ...r, out, validasi, ringkasan, finding: (code: string) => validasi.find((f) => f['kode'] === code) };
}

const dayOf = (line: string) => Number(/;(\d\d)\/10\/2026;/.exec(line)?.[1] ?? 0);

describe('an attendance export that stops on the 20th', () => {
  const dir = damagedCopy(PRESENSI, filterLines((l) => dayOf(l) <= 20));
  const stopped = run(dir);

  it('stops the run: exit 2, PRESENSI_TIDAK_LENGKAP names the missing working days, nothing but the validation report', () => {
    expect(stopped.status, stopped.stderr).toBe(2);
    expect(stopped.finding('PRESENSI_TIDAK_LENGKAP')?.['pesan']).toContain('2026-10-21, 2026-10-22, 2026-10-23, 2026-10-24, 2026-10-25, 2026-10-26');
    expect(existsSync(join(stopped.out, 'validasi.csv'))).toBe(true);
    for (const f of ['pegawai.csv', 'tpp.csv', 'unit.csv', 'ringkasan.json']) expect(existsSync(join(stopped.out, f)), f).toBe(false);
  });

  it('says so first on the terminal, with the three ways out', () => {
    expect(stopped.stderr.split('\n')[0]).toMatch(/^PROSES DIHENTIKAN/);
    expect(stopped.stderr).toContain('--acknowledge-days 2026-10-21,2026-10-22,2026-10-23,2026-10-24,2026-10-25,2026-10-26,2026-10-27,2026-10-28,2026-10-29,2026-10-30,2026-10-31');
  });

  it('runs once the dates are acknowledged: they count as TK for everyone, and ringkasan.json records them', () => {
    const acknowledged = run(dir, ['--acknowledge-days', '2026-10-21,2026-10-22,2026-10-23,2026-10-24,2026-10-25', '--acknowledge-days', '2026-10-26,2026-10-27,2026-10-28,2026-10-29,2026-10-30,2026-10-31']);
    expect(acknowledged.status).not.toBe(2);
    expect(acknowledged.ringkasan?.hari_diakui).toEqual(['2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25', '2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31']);
    expect(acknowledged.finding('HARI_DIAKUI')?.['tingkat']).toBe('info');
    const budi = readCsv(join(acknowledged.out, 'pegawai.csv')).find((p) => p['nip'] === '196912131992011060')!;
    expect(Number(budi['tk'])).toBeGreaterThanOrEqual(8);
  });

  it('jelaskan stops too (exit 2) and says why, instead of explaining pay built on the gap', () => {
    const r = runCli(['jelaskan', '196912131992011060', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'paket-aturan.yaml')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('[PROSES_DIHENTIKAN]');
    expect(r.stderr).toContain('PRESENSI_TIDAK_LENGKAP');
  });

  it('--quiet keeps one line, which says the run stopped', () => {
    const out = join(tempDir(), 'q');
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'paket-aturan.yaml'), '--out', out, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('DIHENTIKAN');
  });
});

describe('one working day missing for everybody', () => {
  // Everybody on office hours (scheduled 07:30); the puskesmas's shift rows stay: a roster works holidays.
  const dir = damagedCopy(PRESENSI, filterLines((l) => dayOf(l) !== 14 || !l.includes(';07:30;')));
  it('stops with HARI_TANPA_PRESENSI naming 2026-10-14 and its share', () => {
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.finding('HARI_TANPA_PRESENSI')?.['pesan']).toMatch(/2026-10-14 hanya tercatat untuk 2\/\d+ pegawai/);
  });
  it('runs when the day is a holiday in a libur file (no one docked)', () => {
    writeFileSync(join(dir, 'libur.csv'), 'tanggal,keterangan\n2026-10-14,Libur daerah\n');
    const r = run(dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.ringkasan?.hari_kerja_periode).toBe(21);
  });
});

describe('a pack acknowledges a day without attendance', () => {
  it('presensi.tanggal_diakui lifts the stop and is named in the finding', () => {
    const dir = damagedCopy(PRESENSI, filterLines((l) => dayOf(l) !== 14));
    extendPackFile(join(dir, 'paket-aturan.yaml'), 'presensi:\n  tanggal_diakui: ["2026-10-14"]\n');
    const r = run(dir);
    expect(r.status).not.toBe(2);
    expect(r.finding('HARI_DIAKUI')?.['pesan']).toContain('presensi.tanggal_diakui');
  });
});

describe('required inputs that are present but empty or thin', () => {
  it('a header-only capaian export stops the run (MASUKAN_KOSONG) instead of taking everyone’s kinerja component', () => {
    const r = run(damagedCopy('capaian_skp.csv', (t) => `${t.split('\n')[0]}\n`));
    expect(r.status).toBe(2);
    expect(r.finding('MASUKAN_KOSONG')).toMatchObject({ berkas: 'capaian_skp.csv', tingkat: 'error' });
  });

  it('capaian for only some units (over 20 % of employees without SKP) stops with the share', () => {
    const r = run(damagedCopy('capaian_skp.csv', filterLines((l) => !/^19(7|8)/.test(l))));
    expect(r.status).toBe(2);
    expect(r.finding('CAPAIAN_TIDAK_LENGKAP')?.['pesan']).toMatch(/^\d+ dari 51 pegawai dengan hari kerja \(\d+(\.\d)?%\)/);
  });

  it('one employee without SKP stays an individual warning (same pay for everyone else)', () => {
    const r = run(damagedCopy('capaian_skp.csv', filterLines((l) => !l.startsWith('196912131992011060'))));
    expect(r.status).toBe(0);
    expect(r.finding('SKP_TIDAK_ADA')?.['nip']).toBe('196912131992011060');
  });
});

describe('physical lines (text exports)', () => {
  it('a stray quote that swallows 20 lines holds every employee on them; ringkasan.json shows lines beside records', () => {
    const dir = damagedCopy('capaian_skp.csv', (t) => {
      const lines = t.split('\n');
      lines[10] = lines[10]!.replace(';', ';"');
      lines[30] = lines[30]!.replace(/;([^;]*);/, ';$1";');
      return lines.join('\n');
    });
    const r = run(dir);
    expect(r.status).toBe(1);
    const merged = r.validasi.filter((f) => f['kode'] === 'BARIS_TERGABUNG');
    expect(merged.length).toBeGreaterThan(1);
    expect(merged[0]!['pesan']).toContain('Baris fisik 11-31');
    const pegawai = readCsv(join(r.out, 'pegawai.csv'));
    for (const f of merged) expect(pegawai.find((p) => p['nip'] === f['nip'])?.['status_bayar']).toBe('ditahan');
    const file = r.ringkasan?.berkas.find((b) => b.nama === 'capaian_skp.csv');
    expect(file?.baris_fisik, 'physical lines of capaian_skp.csv').toBeDefined();
    expect(file!.baris_fisik! - file!.dibaca).toBe(20);
  });

  it('a stray quote in the staff master stops the run: the swallowed employees would vanish from the payout', () => {
    const dir = join(tempDir(), 'masukan');
    cpSync(fixture('worked-example'), dir, { recursive: true });
    const path = join(dir, 'pegawai.csv');
    const lines = readFileSync(path, 'utf8').split('\n');
    lines.push(...['197001012000011001', '197001012000011002', '197001012000011003'].map((n, i) => `${n},${i === 0 ? '"' : ''}Pegawai ${i},BKPSDM,,III/a,PNS,5000000,4200000`));
    lines[lines.length - 1] += '"';
    writeFileSync(path, `${lines.join('\n')}\n`);
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', out]);
    expect(r.status).toBe(2);
    expect(readCsv(join(out, 'validasi.csv')).find((f) => f['kode'] === 'BARIS_TERGABUNG_TAK_TERBACA')).toBeDefined();
  });

  it('a CRLF export with LF lines appended is read line by line: same pay, an info finding', () => {
    const dir = damagedCopy('capaian_skp.csv', (t) => {
      // The export is CRLF; the last rows were appended by an editor that writes LF.
      const lines = t.split(/\r?\n/);
      return `${lines.slice(0, 120).join('\r\n')}\r\n${lines.slice(120).join('\n')}`;
    });
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.finding('BARIS_AKHIR_CAMPUR')?.['tingkat']).toBe('info');
    expect(r.ringkasan?.total.netto).toBe(229337966);
  });
});

describe('a schedule column that differs by weekday (16:00 Monday to Thursday, 16:30 on Friday)', () => {
  it('is never read as the leave scan when the real scan column has another name: the run stops and names it', () => {
    const r = run(damagedCopy(PRESENSI, (t) => t.replace('Scan Pulang', 'Fingerprint Out')));
    expect(r.status).toBe(2);
    const stop = r.validasi.find((f) => f['kode'] === 'KOLOM_JADWAL' && f['kolom'] === 'Jam Pulang');
    expect(stop?.['pesan']).toContain('jam_pulang: ["Fingerprint Out"]');
  });
});

describe('an empty employment status', () => {
  it('holds an employee whose NIP shows a recent CPNS start (possibly still a CPNS, paid 80 %); others stay PNS as SPEC says', async () => {
    const dir = join(tempDir(), 'masukan');
    cpSync(fixture('contoh'), dir, { recursive: true });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'pegawai.xlsx'));
    const sheet = book.worksheets[0]!;
    let statusColumn = 0;
    sheet.eachRow((row) => {
      row.eachCell((cell, column) => {
        if (cell.text.trim() === 'Status') statusColumn = column;
      });
    });
    expect(statusColumn).toBeGreaterThan(0);
    sheet.eachRow((row) => {
      if (row.getCell(statusColumn).text === 'CPNS') row.getCell(statusColumn).value = null;
    });
    await book.xlsx.writeFile(join(dir, 'pegawai.xlsx'));
    const r = run(dir);
    expect(r.status).toBe(1);
    const held = r.validasi.filter((f) => f['kode'] === 'STATUS_KOSONG').map((f) => f['nip']).sort();
    expect(held).toEqual(['199801242025061897', '199911112025062291']);
    const pegawai = readCsv(join(r.out, 'pegawai.csv'));
    for (const nip of held) expect(pegawai.find((p) => p['nip'] === nip)?.['status_bayar']).toBe('ditahan');
    expect(pegawai.filter((p) => p['status_bayar'] === 'dibayar')).toHaveLength(48);
  });
});

describe('found by the review of this change', () => {
  const splitDir = (name: string, presensi: (lines: string[]) => Record<string, string[]>) => {
    const dir = join(tempDir(), name);
    cpSync(fixture('contoh'), dir, { recursive: true });
    const text = readFileSync(join(dir, PRESENSI), 'utf8');
    const [header, ...lines] = text.split(/\r?\n/).filter((l) => l !== '');
    rmSync(join(dir, PRESENSI));
    for (const [file, rows] of Object.entries(presensi(lines))) writeFileSync(join(dir, file), `${[header, ...rows].join('\n')}\n`);
    return dir;
  };
  const BUDI = '196912131992011060';

  it('one unit’s attendance file that stops on the 20th, beside files that cover the month, stops the run naming that file', () => {
    const dir = splitDir('per-berkas', (lines) => ({
      'presensi_bkpsdm_oktober_2026.csv': lines.filter((l) => l.includes(BUDI) && dayOf(l) <= 20),
      'presensi_lain_oktober_2026.csv': lines.filter((l) => !l.includes(BUDI)),
    }));
    const r = run(dir);
    expect(r.status).toBe(2);
    const stop = r.validasi.find((f) => f['kode'] === 'PRESENSI_TIDAK_LENGKAP');
    expect(stop).toMatchObject({ berkas: 'presensi_bkpsdm_oktober_2026.csv' });
    expect(stop!['pesan']).toContain('2026-10-21');
  });

  it('a second file that only repeats one week of the same days is not an incomplete export', () => {
    const dir = splitDir('koreksi', (lines) => ({
      'presensi_oktober_2026.csv': lines,
      'presensi_koreksi_minggu2_oktober_2026.csv': lines.filter((l) => dayOf(l) >= 12 && dayOf(l) <= 16),
    }));
    const r = run(dir);
    expect(r.status).toBe(0);
    expect(r.ringkasan?.total.netto).toBe(229337966);
  });

  it('a large CRLF export with LF lines appended, parsed in two halves, loses no line', () => {
    const dir = damagedCopy(PRESENSI, (t) => {
      const lines = t.split(/\r?\n/);
      return `${lines.slice(0, 900).join('\r\n')}\r\n${lines.slice(900).join('\n')}`;
    });
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'paket-aturan.yaml'), '--out', out], {
      env: { KINERJA_TEST_WORKER_MIN_BYTES: '1', KINERJA_TEST_SPLIT_MIN_BYTES: '1' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(readRingkasan(out).total.netto).toBe(229337966);
  });

  it('a small office: one absence without a row is not a thin day, a day with no record at all is', () => {
    const copy = (keep: (line: string) => boolean) => {
      const dir = join(tempDir(), 'kecil');
      cpSync(fixture('worked-example'), dir, { recursive: true });
      const path = join(dir, 'presensi.csv');
      const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
      writeFileSync(path, [header, ...lines.filter((l) => l === '' || keep(l))].join('\n'));
      return dir;
    };
    const out = () => join(tempDir(), 'hasil');
    const one = runCli(['run', '--period', '2026-10', '--input', copy((l) => !l.startsWith('199001152015021002,2026-10-14')), '--out', out()]);
    expect(one.status).not.toBe(2);
    const none = runCli(['run', '--period', '2026-10', '--input', copy((l) => !l.includes(',2026-10-14,')), '--out', out()]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('HARI_TANPA_PRESENSI');
  });

  it('one unit without any capaian row, under the agency-wide share, still stops naming the unit', () => {
    const pegawai = readCsv(join(run(join(fixture('contoh'))).out, 'pegawai.csv'));
    const bappeda = new Set(pegawai.filter((p) => p['unit'] === 'BAPPEDA').map((p) => p['nip']));
    expect(bappeda.size).toBeGreaterThanOrEqual(3);
    const dir = damagedCopy('capaian_skp.csv', filterLines((l) => !bappeda.has(l.split(';')[0])));
    // BAPPEDA is 10 of 45: above the default 20 %; with 30 % only the unit rule can stop the run.
    writeFileSync(join(dir, 'paket-aturan.yaml'), `${readFileSync(join(dir, 'paket-aturan.yaml'), 'utf8')}\nmasukan:\n  maks_tanpa_capaian_persen: 30\n`);
    const r = run(dir);
    expect(r.status).toBe(2);
    expect(r.finding('CAPAIAN_TIDAK_LENGKAP')?.['pesan']).toContain('di unit BAPPEDA');
  });

  it('a monthly summary with the band counts and a total in minutes beside them is read, not stopped', () => {
    const dir = join(tempDir(), 'rekap');
    cpSync(fixture('rekap-bulanan'), dir, { recursive: true });
    const path = join(dir, 'presensi_rekap.csv');
    const lines = readFileSync(path, 'utf8').split('\n');
    writeFileSync(path, lines.map((l, i) => (l === '' ? l : `${l};${i === 0 ? 'Terlambat (menit)' : '75'}`)).join('\n'));
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', join(tempDir(), 'hasil')]);
    expect(r.status).not.toBe(2);
  });

  it('one employee’s file whose arrival is exactly the scheduled start on every day is a schedule column', () => {
    const dir = join(tempDir(), 'satu');
    cpSync(fixture('worked-example'), dir, { recursive: true });
    const path = join(dir, 'presensi.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/,07:\d\d,/g, ',07:30,'));
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', join(tempDir(), 'hasil')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('KOLOM_JADWAL');
  });
});

describe('a "Unicode text" export saved without its byte-order mark', () => {
  it('is read as UTF-16 (every other byte NUL), not refused with NUL bytes on the terminal', () => {
    const dir = join(tempDir(), 'utf16');
    cpSync(fixture('worked-example'), dir, { recursive: true });
    const text = readFileSync(join(dir, 'presensi.csv'), 'utf8').replace(/,/g, '\t');
    rmSync(join(dir, 'presensi.csv'));
    writeFileSync(join(dir, 'presensi.txt'), Buffer.from(text, 'utf16le'));
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('\u0000');
    const budi = readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === '198503172010011003')!;
    expect(budi['tpp_netto']).toBe('4559000');
  });
});

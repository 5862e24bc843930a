import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, openSync, readdirSync, readFileSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { writeZip } from '../helpers/write-zip.js';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixture, readCsv, ROOT, runCli, tempDir } from './run-cli.js';

/** The worked example with one file replaced, run under a small heap so unbounded reading would crash. */
function runWith(replace: (dir: string) => void, heapMb = 96): { status: number; stderr: string } {
  const dir = tempDir();
  for (const f of readdirSync(fixture('worked-example'))) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
  replace(dir);
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, join(ROOT, 'bin', 'kinerja.js'), 'validate', '--period', '2026-10', '--input', dir, '--out', join(dir, 'hasil')], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status ?? -1, stderr: r.stderr };
}

/**
 * A well-formed workbook whose shared-strings part holds one string of `mib` MiB of one letter, in
 * about 1/1000 of that: deflate segments ending in a full flush repeat verbatim.
 */
function zipBomb(path: string, mib: number): void {
  const stored = (text: string) => ({ data: Buffer.from(text), method: 0 as const });
  const chunk = Buffer.alloc(1024 * 1024, 'A');
  const segment = zlib.deflateRawSync(chunk, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const head = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>');
  const tail = Buffer.from('</t></si></sst>');
  const deflate = (b: Buffer) => zlib.deflateRawSync(b, { finishFlush: zlib.constants.Z_FULL_FLUSH });
  let crc = zlib.crc32(head);
  for (let i = 0; i < mib; i++) crc = zlib.crc32(chunk, crc);
  crc = zlib.crc32(tail, crc);
  const bombParts = [deflate(head), ...Array.from({ length: mib }, () => segment), deflate(tail), Buffer.from([0x03, 0x00])];
  const entries = [
    { name: '[Content_Types].xml', ...stored('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>') },
    { name: '_rels/.rels', ...stored('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>') },
    { name: 'xl/workbook.xml', ...stored('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="pegawai" sheetId="1" r:id="rId1"/></sheets></workbook>') },
    { name: 'xl/_rels/workbook.xml.rels', ...stored('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>') },
    { name: 'xl/sharedStrings.xml', data: Buffer.concat(bombParts), method: 8 as const, crc, size: head.length + mib * chunk.length + tail.length },
    { name: 'xl/worksheets/sheet1.xml', ...stored('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>') },
  ];
  writeZip(path, entries);
}

describe('inputs that are not what they claim end with a clear error and bounded memory', () => {
  it('a 200 MB line in a CSV', () => {
    const r = runWith((dir) => {
      const fd = openSync(join(dir, 'presensi.csv'), 'a');
      const chunk = Buffer.alloc(4 * 1024 * 1024, 'x');
      for (let i = 0; i < 50; i++) writeSync(fd, chunk);
      closeSync(fd);
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('BERKAS_RUSAK');
    expect(r.stderr).not.toMatch(/heap|at .*\.js:\d+/);
  });

  it('a capaian export with a column of notes and no header on every row stops (exit 2): the file, not each row', () => {
    const r = runWith((dir) => {
      const file = join(dir, 'capaian.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      writeFileSync(file, lines.map((l, i) => (i > 0 && l.trim() !== '' ? `${l},sudah diverifikasi` : l)).join('\n'));
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('STOP KOLOM_TANPA_JUDUL capaian.csv');
    expect(r.stderr).toContain("'sudah diverifikasi' di kolom 8");
  });

  it('a holiday note with an unquoted comma: a calendar row is everyone\'s, so the run stops instead of dropping the holiday', () => {
    const r = runWith((dir) => writeFileSync(join(dir, 'libur.csv'), 'tanggal,keterangan\n2026-10-20,Cuti bersama, hari jadi kabupaten\n'));
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('STOP BARIS_TERGESER libur.csv');
  });

  it('a start date read in the other order (12 October as 10 December): nihil contradicted by her attendance, so she is held', () => {
    const r = runWith((dir) => {
      const file = join(dir, 'pegawai.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('2026-10-12', '2026-12-10'));
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/MASA_KERJA_BERTENTANGAN[\s\S]*tmt_masuk \(NIP 199001152015021002\)/);
    expect(r.stderr).toContain('Menurut tmt_masuk 2026-12-10');
  });

  it('the nihil start date is checked against attendance however many other starters have rows before their own tmt_masuk', () => {
    // 1,001 starters of 15 October with a row on the 1st, read before Rina's rows: more distinct
    // employees than one code keeps lines for in one file (the rest fold into one line without a NIP).
    const dir = tempDir();
    for (const f of readdirSync(fixture('worked-example'))) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
    const starters = Array.from({ length: 1001 }, (_, i) => `198001012005${String(1 + Math.floor(i / 900)).padStart(2, '0')}1${String((i % 900) + 1).padStart(3, '0')}`);
    const staff = readFileSync(join(dir, 'pegawai.csv'), 'utf8').replace('2026-10-12', '2026-12-10');
    writeFileSync(join(dir, 'pegawai.csv'), staff + starters.map((nip, i) => `${nip},Pegawai ${i},BKPSDM,Analis Kepegawaian,III/c,PNS,5000000,4200000,2026-10-15\n`).join(''));
    const [header, ...rows] = readFileSync(join(dir, 'presensi.csv'), 'utf8').split('\n');
    writeFileSync(join(dir, 'presensi.csv'), [header, ...starters.map((nip) => `${nip},2026-10-01,07:25,16:05,`), ...rows].join('\n'));
    // The starters have no capaian, perilaku or later attendance: the run stops, its validation report says who is held.
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--out', join(dir, 'hasil')]);
    expect(r.status, r.stderr).toBe(2);
    const validasi = readCsv(join(dir, 'hasil', 'validasi.csv'));
    expect(validasi.filter((f) => f['kode'] === 'PRESENSI_LUAR_MASA_KERJA' && f['nip'] === '')).toHaveLength(1);
    expect(validasi.filter((f) => f['kode'] === 'MASA_KERJA_BERTENTANGAN').map((f) => [f['nip'], f['kolom'], f['nilai']])).toEqual([['199001152015021002', 'tmt_masuk', '2026-12-10']]);
  });

  it('an attendance export whose every NIP Excel turned into 1.98503E+17 stops (exit 2) with one instruction, instead of holding everyone', () => {
    const r = runWith((dir) => {
      const file = join(dir, 'presensi.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^1985\d{14}/gm, '1.98503E+17').replace(/^1990\d{14}/gm, '1.99002E+17'));
    });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/STOP NIP_BERKAS_RUSAK presensi\.csv\n {4}\d+ dari \d+ baris/);
  });

  it('a value split in a row of someone not in the staff file (ignored anyway) is a warning: exit 0', () => {
    const r = runWith((dir) => {
      const file = join(dir, 'presensi.csv');
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n199107242015031004,2026-10-01,07:25,16:05,,honorer\n`);
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/PERINGATAN BARIS_KOLOM_BERLEBIH/);
  });

  it('a CSV with 10,000 columns', () => {
    const r = runWith((dir) => {
      const header = ['nip', 'tanggal', ...Array.from({ length: 9998 }, (_, i) => `kolom_${i}`)];
      writeFileSync(join(dir, 'presensi.csv'), `${header.join(',')}\n${header.map(() => '1').join(',')}\n`);
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('KOLOM_TERLALU_BANYAK');
  });

  it('an .xlsx that is not a zip', () => {
    const r = runWith((dir) => {
      unlinkSync(join(dir, 'pegawai.csv'));
      writeFileSync(join(dir, 'pegawai.xlsx'), 'nip,nama\n198503172010011003,Budi\n');
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('XLSX_RUSAK');
  });

  it('an .xlsx that is a zip bomb (1 MB inflating to 1 GB)', () => {
    const r = runWith((dir) => {
      unlinkSync(join(dir, 'pegawai.csv'));
      zipBomb(join(dir, 'pegawai.xlsx'), 1024);
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('XLSX_TERLALU_BESAR');
    expect(r.stderr).toContain('xl/sharedStrings.xml');
  });
});

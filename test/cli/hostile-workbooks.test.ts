import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeatedEntry, sharedStringsXml, sheetParts, sheetXml, writeWorkbook } from '../helpers/write-zip.js';
import { fixture, ROOT, tempDir } from './run-cli.js';

const HEAP_MB = 128;

/**
 * `run` on the worked example with pegawai.csv replaced by a hostile pegawai.xlsx, under a small heap:
 * whatever the zip headers declare, reading must stop with a finding, not a V8 fatal error.
 */
function runOn(write: (path: string) => void): { status: number; stderr: string; left: string[] } {
  const dir = tempDir();
  for (const f of readdirSync(fixture('worked-example'))) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
  unlinkSync(join(dir, 'pegawai.csv'));
  write(join(dir, 'pegawai.xlsx'));
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, join(ROOT, 'bin', 'kinerja.js'), 'run', '--period', '2026-10', '--input', dir, '--out', join(dir, 'hasil')], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status ?? -1, stderr: r.stderr, left: readdirSync(dir) };
}

/** Exit 2 with the code, no stack or V8 text, and no results, lock or staging folder left behind. */
function expectStopped(r: ReturnType<typeof runOn>, code: string): void {
  expect(r.stderr).toContain(code);
  expect(r.status).toBe(2);
  expect(r.stderr).not.toMatch(/heap|Fatal|at .*\.js:\d+/);
  expect(r.left.filter((name) => name.startsWith('.') || name === 'hasil')).toEqual([]);
}

const LIE = 1000;

describe('an .xlsx whose zip headers lie about sizes is measured as it inflates', () => {
  it('shared strings declared as 1 KB that inflate to 600 MB', () => {
    const r = runOn((path) =>
      writeWorkbook(path, 'pegawai', {
        sheet: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
        sharedStrings: repeatedEntry('xl/sharedStrings.xml', { ...sharedStringsXml, unit: `<si><t>${'nip nama '.repeat(110)}</t></si>`, times: 600_000 }, LIE),
      }),
    );
    expectStopped(r, 'XLSX_TERLALU_BESAR');
    expect(r.stderr).toContain('xl/sharedStrings.xml');
  });

  it('a sheet declared as 1 KB holding one 300 MB cell text', () => {
    const r = runOn((path) =>
      writeWorkbook(path, 'pegawai', {
        sheet: repeatedEntry('xl/worksheets/sheet1.xml', { head: `${sheetParts.head}<row r="1"><c r="A1" t="inlineStr"><is><t>`, unit: 'A'.repeat(1024), times: 300 * 1024, tail: `</t></is></c></row>${sheetParts.tail}` }, LIE),
      }),
    );
    expectStopped(r, 'XLSX_TERLALU_BESAR');
    expect(r.stderr).toMatch(/satu teks|one text/);
  });

  it('4,000,001 shared strings', () => {
    const r = runOn((path) =>
      writeWorkbook(path, 'pegawai', {
        sheet: sheetXml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
        sharedStrings: repeatedEntry('xl/sharedStrings.xml', { ...sharedStringsXml, unit: '<si><t>a</t></si>', times: 4_000_001 }, LIE),
      }),
    );
    expectStopped(r, 'XLSX_TERLALU_BESAR');
    expect(r.stderr).toContain('4.000.000');
  });

  it('one row of 20 MB of cells', () => {
    const r = runOn((path) =>
      writeWorkbook(path, 'pegawai', {
        sheet: repeatedEntry('xl/worksheets/sheet1.xml', { head: `${sheetParts.head}<row r="1">`, unit: '<c t="inlineStr"><is><t>x</t></is></c>', times: 600_000, tail: `</row>${sheetParts.tail}` }, LIE),
      }),
    );
    expectStopped(r, 'XLSX_TERLALU_BESAR');
    expect(r.stderr).toMatch(/satu baris|one row/);
  });

  it('a small part whose headers give another size than it holds', () => {
    const sheet = sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>nip</t></is></c></row>');
    const r = runOn((path) => writeWorkbook(path, 'pegawai', { sheet: { ...repeatedEntry('xl/worksheets/sheet1.xml', { head: sheet, unit: ' ', times: 0, tail: '' }), size: sheet.length + 10 } }));
    expectStopped(r, 'XLSX_RUSAK');
    expect(r.stderr).toContain('xl/worksheets/sheet1.xml');
  });
});

describe('a workbook cut short (a copy or download that did not finish)', () => {
  // The sample agency's staff workbook, cut after 1/4, 1/2, 2/3 and all but its last 10 bytes: the
  // streaming zip parser used to wait forever for the rest (Node ended with exit 13, lock and staging left).
  it.each([0.25, 0.5, 0.66, -10])('cut at %s', (at) => {
    const whole = readFileSync(join(fixture('contoh'), 'pegawai.xlsx'));
    const r = runOn((path) => writeFileSync(path, whole.subarray(0, at < 0 ? whole.length + at : Math.floor(whole.length * at))));
    expectStopped(r, 'XLSX_RUSAK');
    expect(r.stderr).toMatch(/tidak utuh|tidak dapat dibaca sebagai XLSX/);
  });
});


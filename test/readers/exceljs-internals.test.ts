/**
 * `src/readers/load-exceljs.ts` reaches into exceljs's private modules (not part of its API, so any
 * release may move or reshape them; package.json pins exceljs to `~4.4.0` for that reason):
 *
 * - `exceljs/lib/xlsx/xform/book/workbook-properties-xform.js`, whose `prototype.parseOpen` is wrapped
 *   so that LibreOffice's `<workbookPr date1904="true">` reads as the 1904 date system;
 * - `exceljs/lib/stream/xlsx/workbook-writer.js`, the streaming writer loaded without the rest of exceljs
 *   (since round 5 only by the tests' exceljs writer, test/helpers/exceljs-workbook.ts);
 * - `exceljs/lib/xlsx/xml/theme1.js`, the Office theme that src/reports/xlsx-stream.ts writes.
 *
 * When this file fails after an exceljs upgrade, read load-exceljs.ts again against the new release
 * before moving the pin: the patch may no longer apply, or may no longer be needed.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadExcelJs } from '../../src/readers/load-exceljs.js';
import { loadWorkbookWriter } from '../helpers/exceljs-workbook.js';
import { readWorkbookInfo } from '../../src/readers/read-workbook-table.js';

const require = createRequire(import.meta.url);
const XFORM_MODULE = 'exceljs/lib/xlsx/xform/book/workbook-properties-xform.js';
const WRITER_MODULE = 'exceljs/lib/stream/xlsx/workbook-writer.js';
const THEME_MODULE = 'exceljs/lib/xlsx/xml/theme1.js';
const FIXTURE = join(import.meta.dirname, '../../fixtures/xlsx-1904-angka-teks');

interface Xform {
  model?: { date1904?: boolean };
  parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
}
type XformClass = (new () => Xform) & { prototype: { parseOpen?: unknown } };

/** Fails with a message that names the private module, instead of "Cannot find module". */
function requirePrivate(id: string): unknown {
  try {
    return require(id);
  } catch (err) {
    throw new Error(
      `exceljs private module ${id} is gone (${(err as Error).message}); ` +
        'src/readers/load-exceljs.ts requires it: adapt it to this exceljs release or keep the ~4.4.0 pin',
    );
  }
}

// Taken before anything in this file calls loadExcelJs(), which replaces it (test files run isolated).
const XformAtStart = requirePrivate(XFORM_MODULE) as XformClass;
const pristineParseOpen = XformAtStart.prototype.parseOpen;

function parse(date1904: string): { handled: boolean; model: Xform['model'] } {
  const Xform = requirePrivate(XFORM_MODULE) as XformClass;
  const xform = new Xform();
  const handled = xform.parseOpen({ name: 'workbookPr', attributes: { date1904 } });
  return { handled, model: xform.model };
}

describe('exceljs internals used by src/readers/load-exceljs.ts', () => {
  it('pins the exceljs minor whose internals are used', () => {
    const version = (require('exceljs/package.json') as { version: string }).version;
    expect(version, `exceljs ${version} is installed; load-exceljs.ts was written against 4.4.x`).toMatch(/^4\.4\./);
  });

  it('the workbook-properties xform is a class with a parseOpen method', () => {
    expect(typeof XformAtStart, `${XFORM_MODULE} no longer exports a class`).toBe('function');
    expect(typeof pristineParseOpen, `${XFORM_MODULE}: prototype.parseOpen is no longer a function`).toBe('function');
  });

  it('unpatched, parseOpen sets model.date1904 from "1" only (the gap the patch fills)', () => {
    const call = (date1904: string) => {
      const xform = new XformAtStart();
      const handled = (pristineParseOpen as Xform['parseOpen']).call(xform, { name: 'workbookPr', attributes: { date1904 } });
      return { handled, date1904: xform.model?.date1904 };
    };
    expect(call('1'), 'parseOpen no longer returns true and sets this.model.date1904 for <workbookPr date1904="1">').toEqual({
      handled: true,
      date1904: true,
    });
    expect(
      call('true').date1904,
      'exceljs now reads date1904="true" by itself: the patch in load-exceljs.ts can go (or was this already patched?)',
    ).toBe(false);
    expect((pristineParseOpen as Xform['parseOpen']).call(new XformAtStart(), { name: 'sheet', attributes: {} })).toBe(false);
  });

  it('after loadExcelJs(), parseOpen accepts both spellings of date1904', async () => {
    await loadExcelJs();
    const Xform = requirePrivate(XFORM_MODULE) as XformClass;
    expect(Xform.prototype.parseOpen, 'loadExcelJs() did not replace prototype.parseOpen').not.toBe(pristineParseOpen);
    expect(parse('true')).toEqual({ handled: true, model: { date1904: true } });
    expect(parse('1')).toEqual({ handled: true, model: { date1904: true } });
    expect(parse('TRUE').model?.date1904).toBe(true);
    expect(parse('false')).toEqual({ handled: true, model: { date1904: false } });
    expect(parse('0').model?.date1904).toBe(false);
    expect(new Xform().parseOpen({ name: 'sheet', attributes: {} })).toBe(false);
  });

  it('a LibreOffice workbook with date1904="true" reads as 1904, by the streaming and the full reader', async () => {
    // presensi.xlsx was saved by LibreOffice with date1904="true", pegawai.xlsx with date1904="false".
    const lost = 'date1904="true" no longer reads as the 1904 system: every date of a LibreOffice workbook moves by four years';
    expect((await readWorkbookInfo(join(FIXTURE, 'presensi.xlsx'))).date1904, lost).toBe(true);
    expect((await readWorkbookInfo(join(FIXTURE, 'pegawai.xlsx'))).date1904).toBe(false);
    const ExcelJS = await loadExcelJs();
    const full = new ExcelJS.Workbook();
    await full.xlsx.readFile(join(FIXTURE, 'presensi.xlsx'));
    expect((full.properties as { date1904?: boolean }).date1904, `${lost} (full reader)`).toBe(true);
  });

  it('the streaming workbook writer module is the class exceljs exports, and writes a workbook', async () => {
    const Writer = loadWorkbookWriter();
    expect(typeof Writer, `${WRITER_MODULE} no longer exports a class`).toBe('function');
    const ExcelJS = await loadExcelJs();
    expect(Writer, `${WRITER_MODULE} is no longer exceljs's stream.xlsx.WorkbookWriter`).toBe(ExcelJS.stream.xlsx.WorkbookWriter);

    const chunks: Buffer[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk);
        done();
      },
    });
    // The options write-xlsx.ts passes.
    const workbook = new Writer({ stream, useStyles: true, useSharedStrings: false });
    const sheet = workbook.addWorksheet('uji');
    sheet.addRow(['nip', 'nilai']).commit();
    sheet.addRow(['198503172010011003', 89]).commit();
    sheet.commit();
    await workbook.commit();

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(back.getWorksheet('uji')?.getRow(2).values).toEqual([undefined, '198503172010011003', 89]);
  });

  it('the theme module is the Office theme as XML text', () => {
    const theme = requirePrivate(THEME_MODULE);
    expect(typeof theme, `${THEME_MODULE} no longer exports the theme's XML`).toBe('string');
    expect(theme as string).toMatch(/^<\?xml[^]*<a:theme [^]*name="Office Theme"[^]*<\/a:theme>\s*$/);
  });
});

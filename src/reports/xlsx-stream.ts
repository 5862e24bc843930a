/**
 * A streaming .xlsx writer of our own for the report workbook (write-xlsx.ts): each sheet's XML is
 * built as text and streamed into archiver (zip container and deflate; zlib runs on libuv's thread
 * pool), a row at a time, so a sheet is never held whole. It writes only what the report uses: number
 * and text cells, cell styles (number format, bold font and size, solid fill, thin bottom border,
 * wrapped middle alignment), column widths and styles, a frozen header, an autofilter, expression
 * conditional formats, page setup, a footer and print titles. The parts mirror those exceljs's
 * streaming writer produced (same styles, `t="str"` text cells, same page-setup attributes): exceljs
 * reads every sheet back the same (test/reports/workbook-equivalence.test.ts) and LibreOffice reads
 * the demo's totals (test/reports/libreoffice.test.ts).
 */
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { PassThrough, type Writable } from 'node:stream';
import archiver from 'archiver';

/** A cell as the workbook holds it. */
export type WorkbookValue = string | number | null;

/** A cell style: the subset of exceljs's Style that the report uses. */
export interface CellStyle {
  numFmt?: string;
  font?: { bold?: boolean; size?: number };
  /** ARGB of a solid fill. */
  fill?: string;
  bottomBorder?: 'thin';
  /** Vertical middle, wrapped (the header's alignment). */
  wrapMiddle?: boolean;
}

export interface SheetOptions {
  /** Frozen rows at the top. */
  frozenRows: number;
  columns: { width: number; style?: number }[];
  /** Autofilter over row 1, all columns. */
  autoFilter?: boolean;
  pageSetup?: {
    paperSize?: number;
    /** fitToPage with this width and height (0: as many pages as needed). */
    fitToWidth: number;
    fitToHeight: number;
    margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
    /** Rows repeated on each printed page, e.g. `3:3`. */
    printTitlesRow?: string;
  };
  oddFooter?: string;
}

/** XML 1.0 forbids C0 controls but tab, LF and CR, and U+FFFE/U+FFFF; exceljs drops DEL too. */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const XML_SPECIAL = /["&'<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/;
const XML_SPECIAL_ALL = new RegExp(XML_SPECIAL.source, 'g');
const ENTITIES: Readonly<Record<string, string>> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** Text escaped for XML content or attributes; characters XML cannot hold are dropped, as exceljs does. */
function xmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, (c) => ENTITIES[c] ?? '') : text;
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Built-in number formats (ECMA-376 §18.8.30); others get ids from 164. */
const BUILTIN_NUMFMTS: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '@': 49 };
/** exceljs's default font, written as it writes it, so default-styled cells read back alike. */
const DEFAULT_FONT = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
/** zlib's output buffer: each of its turns on the thread pool deflates up to this much before calling back. */
const ZLIB_CHUNK = 128 * 1024;
/** Sheet text is handed to the zip in chunks of about this many characters. */
const CHUNK_CHARS = 64 * 1024;

/** Interns XML fragments: the index of each distinct one, in first-use order. */
class Table {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  constructor(initial: string[]) {
    for (const item of initial) this.add(item);
  }
  add(item: string): number {
    let i = this.index.get(item);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(item, i);
    }
    return i;
  }
}

/** The workbook's styles.xml, built as cells ask for styles. */
class Styles {
  private readonly numFmts = new Map<string, number>();
  private readonly fonts = new Table([DEFAULT_FONT]);
  private readonly fills = new Table(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Table(['<border><left/><right/><top/><bottom/><diagonal/></border>']);
  private readonly xfs = new Table(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs: string[] = [];

  /** The cellXfs index of a style (0: the default). */
  style(s: CellStyle): number {
    const numFmtId = s.numFmt === undefined ? 0 : this.numFmtId(s.numFmt);
    const font = s.font && (s.font.bold || s.font.size) ? `<font>${s.font.bold ? '<b/>' : ''}${s.font.size ? `<sz val="${s.font.size}"/>` : ''}</font>` : undefined;
    const fontId = font ? this.fonts.add(font) : 0;
    const fillId = s.fill ? this.fills.add(`<fill><patternFill patternType="solid"><fgColor rgb="${s.fill}"/></patternFill></fill>`) : 0;
    const borderId = s.bottomBorder ? this.borders.add(`<border><left/><right/><top/><bottom style="${s.bottomBorder}"/><diagonal/></border>`) : 0;
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) attrs += ' applyNumberFormat="1"';
    if (fontId) attrs += ' applyFont="1"';
    if (fillId) attrs += ' applyFill="1"';
    if (borderId) attrs += ' applyBorder="1"';
    const xf = s.wrapMiddle ? `<xf ${attrs} applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>` : `<xf ${attrs}/>`;
    return this.xfs.add(xf);
  }

  /** A differential format for a conditional format: a solid background; its dxfId. */
  dxfFill(argb: string): number {
    this.dxfs.push(`<dxf><fill><patternFill patternType="solid"><bgColor rgb="${argb}"/></patternFill></fill></dxf>`);
    return this.dxfs.length - 1;
  }

  private numFmtId(format: string): number {
    const builtin = BUILTIN_NUMFMTS[format];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(format);
    if (id === undefined) this.numFmts.set(format, (id = 164 + this.numFmts.size));
    return id;
  }

  xml(): string {
    const list = (tag: string, items: readonly string[]) => `<${tag} count="${items.length}">${items.join('')}</${tag}>`;
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length ? list('numFmts', numFmts) : '') +
      list('fonts', this.fonts.items) +
      list('fills', this.fills.items) +
      list('borders', this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list('cellXfs', this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list('dxfs', this.dxfs) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}

/** The first error of the file or the zip, kept and thrown at the writers' next pause. */
class Failure {
  error: Error | undefined;
  /** Rejects with the first error (handled, so an unawaited failure is no unhandled rejection). */
  readonly promise: Promise<never>;
  private rejectWith!: (err: Error) => void;
  constructor() {
    this.promise = new Promise<never>((_, reject) => (this.rejectWith = reject));
    this.promise.catch(() => undefined);
  }
  set(err: Error): void {
    if (this.error) return;
    this.error = err;
    this.rejectWith(err);
  }
  check(): void {
    if (this.error) throw this.error;
  }
}

/** One worksheet being written: rows in order, then its closing parts. */
export class SheetWriter {
  private buffer = '';
  private rowNumber = 0;
  private readonly cellHeads: string[] = [];
  private readonly styleParts: StyleParts[] = [];
  private readonly conditional: string[] = [];

  constructor(
    private readonly out: PassThrough,
    private readonly styles: Styles,
    private readonly failure: Failure,
    private readonly options: SheetOptions,
  ) {
    this.buffer = sheetHead(options);
  }

  /**
   * Adds a row; `styles[i]` is cell i's style index (0: none). An empty cell is written only when
   * styled, as exceljs writes it, so it reads back with its column's number format.
   */
  addRow(values: readonly WorkbookValue[], styles: readonly number[]): void {
    const r = String(++this.rowNumber);
    let xml = '<row r="' + r + '">';
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      const s = styles[i] ?? 0;
      // A cell's text around its row number and value, made once per column and style.
      const head = (this.cellHeads[i] ??= `<c r="${columnLetters(i + 1)}`);
      const parts = (this.styleParts[s] ??= styleParts(s));
      if (v === null || v === undefined) {
        if (s) xml += head + r + parts.empty;
      } else if (typeof v === 'number') {
        xml += head + r + parts.number + v + '</v></c>';
      } else {
        xml += head + r + parts.text + xmlText(v) + '</v></c>';
      }
    }
    this.buffer += xml + '</row>';
    if (this.buffer.length >= CHUNK_CHARS) this.flush();
  }

  /** An empty row (nothing is written for it). */
  skipRow(): void {
    this.rowNumber += 1;
  }

  /** A conditional format over `ref`: rows where `formula` holds get a solid `fill`. */
  addConditionalFormat(ref: string, formula: string, fill: string): void {
    const dxf = this.styles.dxfFill(fill);
    this.conditional.push(`<conditionalFormatting sqref="${ref}"><cfRule type="expression" dxfId="${dxf}" priority="1"><formula>${xmlText(formula)}</formula></cfRule></conditionalFormatting>`);
  }

  private flush(): void {
    if (this.buffer === '') return;
    this.out.write(this.buffer);
    this.buffer = '';
  }

  /**
   * A pause for the zip: waits while the sheet's text is ahead of the compressor, and throws the
   * file's first error, if any (a full disk must not leave the writer waiting for a drain).
   */
  async breathe(): Promise<void> {
    this.failure.check();
    // The stream's own state, not a flag set at the write: the drain may have come while the writer
    // awaited its next rows (the worker's channel), and waiting for it then would wait forever.
    if (this.out.writableNeedDrain) {
      await Promise.race([once(this.out, 'drain'), this.failure.promise]);
    } else {
      // A turn of the event loop: zlib's finished chunks wait for it before it takes the next.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Writes the closing parts and ends the sheet's entry. */
  async close(): Promise<void> {
    const o = this.options;
    const columns = o.columns.length;
    let tail = '</sheetData>';
    if (o.autoFilter) tail += `<autoFilter ref="A1:${columnLetters(columns)}1"/>`;
    tail += this.conditional.join('');
    const m = o.pageSetup?.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
    tail += `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
    const p = o.pageSetup;
    tail += p
      ? `<pageSetup${p.paperSize !== undefined ? ` paperSize="${p.paperSize}"` : ''} orientation="landscape" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="${p.fitToWidth}" fitToHeight="${p.fitToHeight}"/>`
      : '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/>';
    if (o.oddFooter !== undefined) tail += `<headerFooter><oddFooter>${xmlText(o.oddFooter)}</oddFooter></headerFooter>`;
    this.buffer += `${tail}</worksheet>`;
    this.flush();
    await this.breathe();
    this.out.end();
  }
}

/** What follows a cell's reference, by what the cell holds. */
interface StyleParts {
  empty: string;
  number: string;
  text: string;
}

function styleParts(style: number): StyleParts {
  const s = style ? `" s="${style}"` : '"';
  return { empty: `${s}/>`, number: `${s}><v>`, text: `${s} t="str"><v>` };
}

function sheetHead(o: SheetOptions): string {
  let xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">`;
  if (o.pageSetup) xml += '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  xml += `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${o.frozenRows}" topLeftCell="A${o.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`;
  xml += '<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>';
  // Runs of equal columns in one <col>, as exceljs writes them.
  const cols: string[] = [];
  for (let i = 0; i < o.columns.length; ) {
    const c = o.columns[i]!;
    let j = i + 1;
    while (j < o.columns.length && o.columns[j]!.width === c.width && o.columns[j]!.style === c.style) j++;
    cols.push(`<col min="${i + 1}" max="${j}" width="${c.width}"${c.style ? ` style="${c.style}"` : ''} customWidth="1"/>`);
    i = j;
  }
  if (cols.length) xml += `<cols>${cols.join('')}</cols>`;
  return `${xml}<sheetData>`;
}

interface SheetEntry {
  name: string;
  printTitlesRow?: string;
}

/** A workbook written to `file`: sheets one after another, then styles and the workbook parts. */
export class XlsxWriter {
  private readonly zip: archiver.Archiver;
  private readonly styleTable = new Styles();
  private readonly failure = new Failure();
  private readonly sheets: SheetEntry[] = [];
  private readonly closed: Promise<unknown>;

  /** `level`: zlib's compression level (1 fastest, 9 smallest). */
  constructor(file: Writable, level: number) {
    this.zip = archiver('zip', { zlib: { level, chunkSize: ZLIB_CHUNK } });
    this.zip.on('error', (err: Error) => this.failure.set(err));
    this.zip.on('warning', (err: Error) => this.failure.set(err));
    file.on('error', (err: Error) => this.failure.set(err));
    this.closed = once(file, 'close');
    this.closed.catch(() => undefined);
    this.zip.pipe(file);
  }

  /** The index of a cell style, for `addRow`'s styles and columns. */
  style(s: CellStyle): number {
    return this.styleTable.style(s);
  }

  /** Starts the next sheet; the one before must be closed. */
  addSheet(name: string, options: SheetOptions): SheetWriter {
    this.failure.check();
    this.sheets.push({ name, ...(options.pageSetup?.printTitlesRow ? { printTitlesRow: options.pageSetup.printTitlesRow } : {}) });
    const out = new PassThrough({ highWaterMark: 4 * CHUNK_CHARS });
    this.zip.append(out, { name: `xl/worksheets/sheet${this.sheets.length}.xml` });
    return new SheetWriter(out, this.styleTable, this.failure, options);
  }

  /** Adds the remaining parts and waits until the file is written and closed. */
  async finish(): Promise<void> {
    this.failure.check();
    const n = this.sheets.length;
    const sheetIds = this.sheets.map((_, i) => i + 1);
    const parts: [string, string][] = [
      ['xl/styles.xml', this.styleTable.xml()],
      ['xl/theme/theme1.xml', themeXml()],
      ['xl/workbook.xml', this.workbookXml()],
      [
        'xl/_rels/workbook.xml.rels',
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL_NS}/theme" Target="theme/theme1.xml"/>${sheetIds
          .map((i) => `<Relationship Id="rId${i + 2}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i}.xml"/>`)
          .join('')}</Relationships>`,
      ],
      [
        '[Content_Types].xml',
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetIds
          .map((i) => `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
          .join(
            '',
          )}<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
      ],
      [
        '_rels/.rels',
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
      ],
      [
        'docProps/app.xml',
        `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>kinerja</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${n}" baseType="lpstr">${this.sheets
          .map((s) => `<vt:lpstr>${xmlText(s.name)}</vt:lpstr>`)
          .join('')}</vt:vector></TitlesOfParts></Properties>`,
      ],
      ['docProps/core.xml', coreXml(new Date())],
    ];
    for (const [name, xml] of parts) this.zip.append(xml, { name });
    await Promise.race([this.zip.finalize(), this.failure.promise]);
    await Promise.race([this.closed, this.failure.promise]);
    this.failure.check();
  }

  private workbookXml(): string {
    const sheets = this.sheets.map((s, i) => `<sheet sheetId="${i + 1}" name="${xmlText(s.name)}" state="visible" r:id="rId${i + 3}"/>`).join('');
    // A sheet name in a formula is quoted, its apostrophes doubled.
    const titles = this.sheets.flatMap((s, i) => {
      if (!s.printTitlesRow) return [];
      const [from, to] = s.printTitlesRow.split(':');
      return [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`'${s.name.replaceAll("'", "''")}'!$${from}:$${to}`)}</definedName>`];
    });
    return (
      `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/>` +
      `<sheets>${sheets}</sheets>` +
      (titles.length ? `<definedNames>${titles.join('')}</definedNames>` : '') +
      '<calcPr calcId="171027"/></workbook>'
    );
  }
}

function coreXml(now: Date): string {
  const at = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>kinerja</dc:creator><cp:lastModifiedBy>kinerja</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`;
}

/**
 * The Office theme exceljs writes (its default font's colour refers to it), taken from exceljs's
 * package rather than copied here; test/readers/exceljs-internals.test.ts checks the module is there.
 */
function themeXml(): string {
  return createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js') as string;
}

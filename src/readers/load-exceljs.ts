/** exceljs, loaded on first use: it costs ~0.4 s at start-up and many runs never read a workbook. */
import { createRequire } from 'node:module';
import type ExcelJSModule from 'exceljs';

let cached: Promise<typeof ExcelJSModule> | undefined;

interface XformPrototype {
  parseOpen(this: { model?: { date1904?: boolean } }, node: { name: string; attributes: Record<string, string> }): boolean;
}

/**
 * exceljs 4.4 reads `<workbookPr date1904="1">` but not `date1904="true"`, which LibreOffice writes:
 * every date of such a workbook would move by four years. Accept both spellings (OOXML allows both).
 */
function acceptDate1904True(): void {
  const require = createRequire(import.meta.url);
  const Xform = require('exceljs/lib/xlsx/xform/book/workbook-properties-xform.js') as { prototype: XformPrototype };
  // Called below with the instance as `this`.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = Xform.prototype.parseOpen;
  Xform.prototype.parseOpen = function (node) {
    const handled = original.call(this, node);
    if (handled && node.name === 'workbookPr' && this.model) {
      const flag = String(node.attributes['date1904'] ?? '').toLowerCase();
      this.model.date1904 = flag === '1' || flag === 'true';
    }
    return handled;
  };
}

/** The exceljs module. */
export function loadExcelJs(): Promise<typeof ExcelJSModule> {
  cached ??= import('exceljs').then((m) => {
    acceptDate1904True();
    return (m as unknown as { default: typeof ExcelJSModule }).default ?? (m);
  });
  return cached;
}

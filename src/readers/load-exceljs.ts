/** exceljs, loaded on first use: it costs ~0.4 s at start-up and many runs never touch a workbook. */
import type ExcelJSModule from 'exceljs';

let cached: Promise<typeof ExcelJSModule> | undefined;

/** The exceljs module. */
export function loadExcelJs(): Promise<typeof ExcelJSModule> {
  cached ??= import('exceljs').then((m) => (m as unknown as { default: typeof ExcelJSModule }).default ?? (m as unknown as typeof ExcelJSModule));
  return cached;
}

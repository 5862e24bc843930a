/** The format-independent view of an input file that every input module reads. */
import type { TableRow } from './cell.js';
import type { Separator, TextEncoding } from './detect-text-format.js';
import type { SourceFile } from './source-file.js';

/** An opened input table; `batches()` streams its rows from the start each time it is called. */
export interface Table {
  path: string;
  /** File name as shown in findings (`berkas`). */
  name: string;
  format: 'csv' | 'xlsx';
  /** The file as opened, and the hash of what its complete readings took from it. */
  source: SourceFile;
  encoding?: TextEncoding;
  separator?: Separator;
  /** A text export whose lines end both with CRLF and with LF (read with both as line ends). */
  mixedLineEnds?: boolean;
  /**
   * Extra header names by field, normalised, that the reading input takes before its built-in aliases
   * (the rule pack's `masukan.kolom` for that input).
   */
  packHeaderNames?: ReadonlyMap<string, readonly string[]>;
  /** Sheet read, for workbooks. */
  sheet?: string;
  /** The workbook counts dates from 1904 (old Mac Excel). */
  date1904: boolean;
  /** How an ambiguous `1.234` reads when its column does not decide (SPEC §2.2). */
  numberFallback: 'thousands' | 'decimal';
  batches(): AsyncGenerator<TableRow[]>;
  /** Starts parsing ahead (in a worker) for the next `batches()` call, while other inputs are read. */
  prefetch?(): void;
  /** The same file read with the other plausible separators, best first (text exports only). */
  alternatives?(): Table[];
}

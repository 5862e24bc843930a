/**
 * What the CLI passes down to a run besides its command-line options: fault hooks for tests and
 * overrides of the sizes from which work goes to worker threads. Modules that use them take them as
 * an option, passed from the command through the pipeline; none means the defaults.
 */
import type { FaultHooks } from './faults.js';

/** Sizes from which work goes to worker threads; each module has its own default. */
export interface Thresholds {
  /** A text export of this many bytes or more is parsed in a worker. */
  csvWorkerMinBytes: number;
  /** An order-free text export of this many bytes or more is parsed in two halves by two workers. */
  csvSplitMinBytes: number;
  /** Bytes of text exports, all files together, that one reading may parse to their end however far behind its reader is. */
  csvParseAheadBytes: number;
  /** A period of this many employees or more has its workbook written by a worker. */
  xlsxWorkerMinEmployees: number;
  /** A period of this many employees or more has its CSV files written by a worker. */
  csvWriterMinEmployees: number;
  /** Data rows per workbook sheet before it continues in "Name (2)" (tests use a few). */
  xlsxMaxSheetRows: number;
}

export interface RuntimeOptions {
  faults?: FaultHooks;
  /** Overrides of the modules' thresholds (tests use small files). */
  thresholds?: Partial<Thresholds>;
}

/** The options passed, else none (the defaults). */
export function runtimeOptions(passed?: RuntimeOptions): RuntimeOptions {
  return passed ?? {};
}

/** A threshold: the override in `options`, else the module's own value. */
export function threshold(options: RuntimeOptions, name: keyof Thresholds, otherwise: number): number {
  return options.thresholds?.[name] ?? otherwise;
}

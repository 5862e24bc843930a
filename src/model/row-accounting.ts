/** Row accounting: every input row ends in exactly one bucket, and each file's counts add up. */

/** The bucket an input row ends in. */
export type RowBucket = 'used' | 'rejected' | 'ignored' | 'skipped';

/** Row accounting and provenance of one input file, as `ringkasan.json` reports it. */
export interface FileLedger {
  input: string;
  name: string;
  path: string;
  format: 'csv' | 'xlsx';
  sheet?: string;
  encoding?: string;
  separator?: string;
  shape: string;
  /** SHA-256 of the bytes the rows were read from. */
  sha256: string;
  /** Text exports: physical lines read (more than `read` when records span lines). */
  lines?: number;
  read: number;
  used: number;
  rejected: number;
  ignored: number;
  skipped: number;
}

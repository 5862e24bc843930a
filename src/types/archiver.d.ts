/**
 * The part of archiver 5's API that reports/xlsx-stream.ts uses. @types/archiver is not installed
 * (archiver, a direct dependency, is the one exceljs also installs); these few lines stand in for it.
 */
declare module 'archiver' {
  import type { Readable, Transform } from 'node:stream';

  namespace archiver {
    interface Archiver extends Transform {
      append(source: Readable | Buffer | string, data: { name: string }): this;
      finalize(): Promise<void>;
    }
    interface ArchiverOptions {
      zlib?: { level?: number; chunkSize?: number };
    }
  }

  function archiver(format: 'zip', options?: archiver.ArchiverOptions): archiver.Archiver;
  export default archiver;
}

/**
 * What was read of one input file: its size and modification time when it was opened, and the
 * SHA-256 of the bytes each complete reading pass took from it. The hash reports record is the hash of
 * the bytes the rows came from, not of the file as it was at some other moment.
 */
import { createHash, type Hash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { KinerjaError } from '../errors.js';
import { hashFile } from './hash-file.js';

interface FileState {
  size: number;
  mtimeMs: number;
}

async function stateOf(path: string): Promise<FileState | undefined> {
  try {
    const s = await stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return undefined;
  }
}

function changed(path: string, detail: { id: string; en: string }): KinerjaError {
  return new KinerjaError(
    'BERKAS_BERUBAH',
    { id: `Berkas ${path} berubah selagi dibaca (${detail.id}).`, en: `File ${path} changed while it was being read (${detail.en}).` },
    {
      id: 'Tunggu sampai penyalinan atau ekspornya selesai (atau tutup aplikasi yang sedang menyimpannya), lalu jalankan lagi.',
      en: 'Wait until copying or exporting it has finished (or close the application saving it), then run again.',
    },
  );
}

/** One input file as it is read; shared by every table opened on it (e.g. other separators). */
export class SourceFile {
  private readonly hashes = new Set<string>();
  private lastHash: string | undefined;

  private constructor(
    readonly path: string,
    private readonly opened: FileState,
  ) {}

  /** Records the file's size and modification time as it is opened; throws when it cannot be read. */
  static async open(path: string): Promise<SourceFile> {
    const s = await stat(path);
    if (!s.isFile()) throw new Error(`${path} is not a file`);
    return new SourceFile(path, { size: s.size, mtimeMs: s.mtimeMs });
  }

  /** A hasher for one reading pass: feed it every byte read, in order, and call `complete()` at the end. */
  pass(): { update: (chunk: Buffer) => void; complete: () => void } {
    const hash: Hash = createHash('sha256');
    return {
      update: (chunk) => void hash.update(chunk),
      complete: () => this.completedPass(hash.digest('hex')),
    };
  }

  /** A pass that read every byte of the file ended with this hash. */
  completedPass(sha256: string): void {
    this.hashes.add(sha256);
    this.lastHash = sha256;
  }

  /**
   * The SHA-256 of what was read. Stops the run (`BERKAS_BERUBAH`) when the file's size or time
   * changed since it was opened, or when two complete passes read different bytes.
   */
  async settle(): Promise<string> {
    const now = await stateOf(this.path);
    if (!now) throw changed(this.path, { id: 'berkas itu hilang', en: 'it is gone' });
    if (now.size !== this.opened.size) {
      throw changed(this.path, { id: `ukurannya ${this.opened.size} menjadi ${now.size} bita`, en: `its size went from ${this.opened.size} to ${now.size} bytes` });
    }
    if (now.mtimeMs !== this.opened.mtimeMs) {
      throw changed(this.path, { id: 'waktu ubahnya bergeser', en: 'its modification time moved' });
    }
    if (this.hashes.size > 1) throw changed(this.path, { id: 'dua kali baca memberi isi berbeda', en: 'two readings gave different contents' });
    // No pass read the file to its end (a reader stopped early): hash it now, still unchanged.
    return this.lastHash ?? (await hashFile(this.path));
  }
}

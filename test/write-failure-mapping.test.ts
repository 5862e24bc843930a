import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../src/errors.js';
import { writeFailure } from '../src/output-folder.js';

const errno = (code: string) => Object.assign(new Error(`${code}: from the system`), { code });

describe('writeFailure: what a failed write of the results tells the officer', () => {
  it.each([
    ['ENOSPC', 'disk penuh', 'Kosongkan ruang disk'],
    ['EDQUOT', 'kuota disk habis', 'Kosongkan ruang disk'],
    ['EFBIG', 'batas ukuran sistem berkas', 'FAT32'],
    ['EACCES', 'tidak ada izin menulis', 'Pilih --out'],
    ['EPERM', 'sedang dibuka program lain', 'Tutup berkas hasil'],
    ['EROFS', 'disk hanya-baca', 'Pilih --out'],
    ['EIO', 'galat perangkat disk', 'Periksa disk'],
    ['EMFILE', 'terlalu banyak berkas terbuka', 'ulimit -n'],
    ['ENFILE', 'terlalu banyak berkas terbuka', 'ulimit -n'],
    ['EBUSY', 'sedang dipakai program lain', 'Tutup berkas hasil'],
  ])('%s: says "%s" and what to do ("%s"), in both languages, keeping the system error', (code, reason, hint) => {
    const cause = errno(code);
    const mapped = writeFailure(cause, '/data/hasil') as KinerjaError;
    expect(mapped).toBeInstanceOf(KinerjaError);
    expect(mapped.code).toBe('KELUARAN_GAGAL_DITULIS');
    expect(mapped.exitCode).toBe(2);
    expect(mapped.text.id).toMatch(/^Hasil tidak dapat ditulis untuk \/data\/hasil: /);
    expect(mapped.text.id).toContain(reason);
    expect(mapped.text.id).toContain(`(${code}). Hasil sebelumnya di folder itu tidak diubah.`);
    expect(mapped.text.en).toContain(`(${code}). The previous results in that folder were not changed.`);
    expect(mapped.hint!.id).toContain(hint);
    expect(mapped.hint!.en).not.toBe(mapped.hint!.id);
    expect(mapped.cause).toBe(cause);
  });

  it('leaves other errors alone: a program error, an unknown errno, a KinerjaError', () => {
    const bug = new TypeError('x is undefined');
    const unknown = errno('ENOTDIR');
    const locked = new KinerjaError('KELUARAN_TERKUNCI', { id: 'terkunci', en: 'locked' });
    expect(writeFailure(bug, '/data/hasil')).toBe(bug);
    expect(writeFailure(unknown, '/data/hasil')).toBe(unknown);
    expect(writeFailure(locked, '/data/hasil')).toBe(locked);
    expect(writeFailure(undefined, '/data/hasil')).toBe(undefined);
  });
});

import { describe, expect, it } from 'vitest';
import { detectEncoding, detectSeparator } from '../../src/readers/detect-text-format.js';

describe('encoding', () => {
  it.each([
    [Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'utf8'],
    [Buffer.from([0xff, 0xfe, 0x41, 0x00]), 'utf16le'],
    [Buffer.from([0xfe, 0xff, 0x00, 0x41]), 'utf16be'],
    [Buffer.from('nama,Désy', 'utf8'), 'utf8'],
    [Buffer.from([0x44, 0xe9, 0x73, 0x79]), 'win1252'],
  ])('%j → %s', (bytes, encoding) => {
    expect(detectEncoding(bytes)).toBe(encoding);
  });

  it('a UTF-8 character cut at the end of the sample is still UTF-8', () => {
    const bytes = Buffer.from('nama;Désy', 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 3))).toBe('utf8');
  });
});

describe('separator', () => {
  it.each([
    ['nip,nama,nilai\n1,Budi,95.5\n2,Ani,90\n', ','],
    ['nip;nama;nilai\n1;Budi;95,5\n2;Ani;90,25\n', ';'],
    ['nip\tnama\n1\tBudi\n2\tAni\n', '\t'],
    ['nip|nama\n1|Budi\n2|Ani\n', '|'],
    ['LAPORAN PRESENSI OKTOBER 2026\n\nnip;nama;tanggal\n1;Budi, S.Kom;01/10/2026\n2;Ani;01/10/2026\n', ';'],
    ['"nip","nama"\n"1","Budi; S.E."\n"2","Ani"\n', ','],
    ['1  2026-10-01 07:31:05  0  1\n2  2026-10-01 07:40:00  0  1\n', 'spaces'],
  ])('%j → %j', (sample, sep) => {
    expect(detectSeparator(sample)).toBe(sep);
  });
});

describe('separator ranking', () => {
  it('keeps the other plausible separators for the header search to try', async () => {
    const { rankSeparators } = await import('../../src/readers/detect-text-format.js');
    expect(rankSeparators('nip|tanggal|jam_masuk\n,\n95,5\n!\n')).toEqual([',', '|']);
  });
});

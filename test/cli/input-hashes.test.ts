import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './run-cli.js';

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * ringkasan.json records each input's SHA-256 from the bytes its rows were read from: in the reading
 * thread, in one parse worker, or in two workers on two halves (the second hashes the first half as
 * it counts its records). Every way must give the file's own hash.
 */
describe('ringkasan.json hashes each input as it was read', () => {
  const ways: [string, Record<string, string>][] = [
    ['in the reading thread', {}],
    ['in one worker', { KINERJA_TEST_WORKER_MIN_BYTES: '0' }],
    ['in two workers on two halves', { KINERJA_TEST_WORKER_MIN_BYTES: '0', KINERJA_TEST_SPLIT_MIN_BYTES: '0' }],
  ];
  it.each(ways)('%s', (_, env) => {
    const input = fixture('contoh');
    const out = join(tempDir(), 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', input, '--policy', join(input, 'paket-aturan.yaml'), '--out', out], { env });
    expect(r.status).toBe(0);
    const files = (JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8')) as { berkas: { nama: string; sha256: string }[] }).berkas;
    expect(files.map((f) => f.nama).sort()).toEqual(['capaian_skp.csv', 'hukdis.csv', 'jadwal_oktober_2026.csv', 'mutasi_oktober_2026.csv', 'pegawai.xlsx', 'perilaku.csv', 'plt_oktober_2026.csv', 'presensi_oktober_2026.csv', 'unit.csv']);
    for (const f of files) expect(f.sha256, f.nama).toBe(sha256(join(input, f.nama)));
  });
});

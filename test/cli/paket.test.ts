/** `kinerja paket` / `rules`: the shipped packs, one of them merged over bawaan, and `--policy <nama>`. */
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fixture, ROOT, runCli, tempDir } from './run-cli.js';

describe('kinerja paket', () => {
  it('--json lists every shipped pack as { nama, sumber, versi }', () => {
    const r = runCli(['paket', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const list = JSON.parse(r.stdout) as { nama: string; sumber: string; versi: string }[];
    expect(list.map((p) => p.nama)).toEqual(expect.arrayContaining(['bawaan', 'pekalongan', 'sekolah-6-hari']));
    for (const p of list) {
      expect(Object.keys(p)).toEqual(['nama', 'sumber', 'versi']);
      expect(p.sumber.length, p.nama).toBeGreaterThan(10);
    }
    expect(list.find((p) => p.nama === 'pekalongan')?.sumber).toContain('tabeltppbcall_v3');
  });

  it('`rules` is the same command; the list is printed with each source, in English with --lang en', () => {
    const r = runCli(['rules', '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Rule packs shipped with kinerja');
    expect(r.stderr).toMatch(/^ {2}pekalongan +2026\.1 +Aplikasi presensi Kota Pekalongan/m);
    expect(runCli(['paket']).stderr).toContain('Paket aturan yang dikirim bersama kinerja');
  });

  it('tampil prints the pack merged over bawaan as YAML: its own rules and every inherited one', () => {
    const r = runCli(['paket', 'tampil', 'pekalongan']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# Paket aturan pekalongan digabung di atas bawaan/);
    const shown = parseYaml(r.stdout) as { nama: string; tpp: { komponen: { nama: string }[] }; pajak: { metode: string }; bpjs: { batas_upah: number } };
    expect(shown.nama).toBe('pekalongan');
    expect(shown.tpp.komponen.map((k) => k.nama)).toEqual(['tetap', 'presensi', 'kinerja']);
    expect(shown.pajak.metode).toBe('ter');
    // Inherited from bawaan (Perpres 75/2019), not written in the pack.
    expect(shown.bpjs.batas_upah).toBe(12_000_000);
  });

  it('what tampil prints is a pack that runs as it is (same rules, same hash)', () => {
    const dir = tempDir();
    const shown = runCli(['rules', 'show', 'sekolah-6-hari']);
    writeFileSync(join(dir, 'paket.yaml'), shown.stdout);
    const byName = JSON.parse(runCli(['paket', 'tampil', 'sekolah-6-hari', '--json']).stdout) as unknown;
    const byFile = JSON.parse(runCli(['paket', 'tampil', join(dir, 'paket.yaml'), '--json']).stdout) as unknown;
    expect(byFile).toEqual(byName);
    expect(shown.stdout).toContain('sekolah:');
  });

  it('an unknown name stops (exit 2) listing the shipped names', () => {
    const r = runCli(['paket', 'tampil', 'pekalongn']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('PAKET_TIDAK_TERBACA');
    expect(r.stderr).toContain('aktivitas-30-20-50, bawaan, kementan, manado, pekalongan, sekolah-6-hari');
  });
});

describe('--policy <nama>', () => {
  it('a shipped name is used when no such file exists', () => {
    const out = join(tempDir(), 'hasil');
    const r = runCli(['validate', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', 'sekolah-6-hari', '--out', out, '--json']);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ paket_aturan: { nama: 'sekolah-6-hari', sumber: 'sekolah-6-hari.yaml' } });
  });

  it('a file of that name in the working folder wins over the shipped pack', () => {
    const cwd = tempDir();
    copyFileSync(join(ROOT, 'fixtures', 'contoh', 'paket-aturan.yaml'), join(cwd, 'pekalongan'));
    const r = runCli(['validate', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', 'pekalongan', '--out', join(cwd, 'hasil'), '--json'], { cwd });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ paket_aturan: { nama: 'contoh-kabupaten' } });
  });

  it('the summary names the pack file when the pack kept bawaan\'s name (it looked ignored); a shipped pack is not named twice', () => {
    const dir = tempDir();
    const policy = join(dir, 'paket-kota.yaml');
    writeFileSync(policy, 'kinerja:\n  perilaku:\n    skala: { min: 0, maks: 100 }\n');
    const own = runCli(['validate', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', policy, '--out', join(dir, 'a')]);
    expect(own.stdout + own.stderr).toContain('— paket aturan bawaan 2026.1 (paket-kota.yaml)');
    const shipped = runCli(['validate', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', 'sekolah-6-hari', '--out', join(dir, 'b')]);
    expect(shipped.stdout + shipped.stderr).toMatch(/— paket aturan sekolah-6-hari \S+\n/);
  });

  it('neither a file nor a shipped name: exit 2 with the shipped names', () => {
    const r = runCli(['run', '--period', '2026-10', '--input', fixture('worked-example'), '--policy', 'jakarta', '--out', join(tempDir(), 'hasil'), '--json']);
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ galat: { kode: 'PAKET_TIDAK_TERBACA', saran: expect.stringContaining('aktivitas-30-20-50, bawaan, kementan, manado, pekalongan, sekolah-6-hari') as string } });
  });
});

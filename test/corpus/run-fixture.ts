/** Runs the CLI on a fixture folder and reads back what it wrote. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';

/** What one run of a fixture produced. */
export interface FixtureRun {
  status: number;
  stderr: string;
  pegawai: Record<string, string>[];
  findings: Record<string, string>[];
  ringkasan: {
    berkas: { nama: string; bentuk: string; encoding?: string; pemisah?: string; dibaca: number; dipakai: number; ditolak: number; diabaikan: number; dilewati: number }[];
    jumlah: Record<string, number>;
  };
  /** A finding by code (and optionally row). */
  finding(code: string, row?: number): Record<string, string> | undefined;
  /** The pegawai.csv row of a NIP. */
  employee(nip: string): Record<string, string>;
  /** Row accounting of one input file. */
  file(name: string): FixtureRun['ringkasan']['berkas'][number];
}

/** Runs `kinerja run --period 2026-10` on `fixtures/<name>` (CSV and JSON only). */
export function runFixture(name: string, extra: string[] = [], env: Record<string, string> = {}): FixtureRun {
  const out = join(tempDir(), 'hasil');
  const r = runCli(['run', '--period', '2026-10', '--input', fixture(name), '--out', out, '--format', 'csv,json', ...extra], { env });
  const findings = readCsv(join(out, 'validasi.csv'));
  const ringkasan = JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8')) as FixtureRun['ringkasan'];
  const pegawai = readCsv(join(out, 'pegawai.csv'));
  return {
    status: r.status,
    stderr: r.stderr,
    pegawai,
    findings,
    ringkasan,
    finding: (code, row) => findings.find((f) => f['kode'] === code && (row === undefined || f['baris'] === String(row))),
    employee: (nip) => pegawai.find((p) => p['nip'] === nip)!,
    file: (n) => ringkasan.berkas.find((b) => b.nama === n)!,
  };
}

export const BUDI = '198503172010011003';
export const RINA = '199001152015021002';

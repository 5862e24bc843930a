/**
 * The start of every arrears-and-correction case: the sample agency's October paid with Novita held
 * (her realisasi typed as a word), and October's input folder fixed since. `run` writes into the
 * archive, `pay` marks a period as `kinerja tandai-dibayar` does.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { fixture, runCli, tempDir } from '../cli/run-cli.js';

export const NOVITA = '197810202007032326';
export const ERNA = '197611252002032427';

/** The row of `nip` in a CSV read by readCsv. */
export const byNip = (rows: Record<string, string>[], nip: string) => rows.find((r) => r['nip'] === nip);

/** Novita's realisasi "7" typed as a word in a capaian_skp.csv text: the run holds her. */
export function novitaTypo(capaian: string): string {
  const damaged = capaian.replace('RKPD 2027 yang diselesaikan;6;7;', 'RKPD 2027 yang diselesaikan;6;tujuh;');
  expect(damaged).not.toBe(capaian);
  return damaged;
}

/**
 * An archive under the sample's own pack whose October is paid with Novita held, and October's input
 * folder fixed since. `run` and `pay` take extra arguments (e.g. `--force`, `--lang en`).
 */
export function octoberPaidWithNovitaHeld() {
  const root = tempDir();
  const arsip = join(root, 'hasil');
  const oktober = join(root, 'oktober');
  const capaian = join(oktober, 'capaian_skp.csv');
  const original = readFileSync(join(fixture('contoh'), 'capaian_skp.csv'), 'utf8');
  // The sample's own pack (its shifts and Plt rule), for every month.
  const pack = join(fixture('contoh'), 'paket-aturan.yaml');
  const run = (period: string, input: string, extra: string[] = []) => runCli(['run', '--period', period, '--input', input, '--policy', pack, '--out', join(arsip, period), ...extra]);
  const pay = (period: string, extra: string[] = []) => runCli(['tandai-dibayar', period, '--arsip', arsip, '--oleh', 'Bendahara Uji', ...extra]);
  cpSync(fixture('contoh'), oktober, { recursive: true });
  writeFileSync(capaian, novitaTypo(original));
  expect(run('2026-10', oktober).status).toBe(1);
  expect(pay('2026-10').status).toBe(0);
  writeFileSync(capaian, original);
  /** Puts Novita's typo back into October's input (`false`: fixes it again). */
  const octoberTypo = (on: boolean) => writeFileSync(capaian, on ? novitaTypo(original) : original);
  return { root, arsip, oktober, run, pay, octoberTypo };
}

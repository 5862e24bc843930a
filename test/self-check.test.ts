import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { KinerjaError } from '../src/errors.js';
import { selfCheck } from '../src/self-check.js';
import { runPeriod } from '../src/pipeline.js';
import { runOptions } from './helpers/run-options.js';
import { fixture, tempDir } from './cli/run-cli.js';

// A TPP computation that is one rupiah off for one employee: the bug the self-check exists to catch.
const BROKEN_NIP = '198503172010011003';
const breakage = vi.hoisted((): { on: boolean; kind: 'netto' | 'bruto' | 'pembulatan' | 'plt' | 'ditanggung' } => ({ on: false, kind: 'netto' }));
vi.mock('../src/tpp/compute-tpp.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/tpp/compute-tpp.js')>();
  return {
    ...real,
    createTppCalculator: (...args: Parameters<typeof real.createTppCalculator>) => {
      const calculator = real.createTppCalculator(...args);
      return {
        compute(input: Parameters<typeof calculator.compute>[0]) {
          const result = calculator.compute(input);
          // TppInput carries no NIP; in the worked example only Budi has 22 paid days.
          if (!breakage.on || input.hariBayar !== 22) return result;
          if (breakage.kind === 'netto') return { ...result, tppNetto: result.tppNetto + 1 };
          if (breakage.kind === 'bruto') return { ...result, tppBruto: result.tppBruto + 1, tppNetto: result.tppNetto + 1 };
          // An acting addition in the gross that no acting post's line holds.
          if (breakage.kind === 'plt') return { ...result, tppPlt: 1, tppBruto: result.tppBruto + 1, tppNetto: result.tppNetto + 1 };
          // Borne tax beside withheld tax: the employee would be taxed twice on the slips.
          if (breakage.kind === 'ditanggung') return { ...result, pph21Ditanggung: 1 };
          // A gross "rounded" up by a rupiah: every sum still holds, but money appears that no component has.
          return { ...result, pembulatanBruto: -1, tppBruto: result.tppBruto + 1, tppNetto: result.tppNetto + 1 };
        },
      };
    },
  };
});

const options = (out: string) => runOptions(fixture('worked-example'), out);

describe('the self-check before writing (SPEC §5)', () => {
  it('passes on a correct run, which writes its reports', async () => {
    breakage.on = false;
    const out = join(tempDir(), 'hasil');
    const outcome = await runPeriod(options(out));
    expect(outcome.exitCode).toBe(0);
    expect(existsSync(join(out, 'pegawai.csv'))).toBe(true);
  });

  it.each(['netto', 'bruto', 'pembulatan', 'plt', 'ditanggung'] as const)('a %s that does not reconcile is exit 3 with the figures, and nothing is written', async (kind) => {
    breakage.on = true;
    breakage.kind = kind;
    const out = join(tempDir(), 'hasil');
    const failure = await runPeriod(options(out)).then(
      () => undefined,
      (err: unknown) => err,
    );
    breakage.on = false;
    expect(failure).toBeInstanceOf(KinerjaError);
    const err = failure as KinerjaError;
    expect([err.code, err.exitCode]).toEqual(['PEMERIKSAAN_DIRI_GAGAL', 3]);
    if (kind === 'netto') expect(err.details).toContain(`${BROKEN_NIP}: tpp_netto 4559001 ≠ 4850000 − 242500 − 48500`);
    else if (kind === 'bruto') expect(err.details).toContain(`${BROKEN_NIP}: tpp_bruto 4850001 ≠ komponen 4850000 − hukdis 0`);
    else if (kind === 'plt') expect(err.details).toContain(`${BROKEN_NIP}: tpp_plt 1 ≠ jumlah baris Plt 0`);
    // The run total is worked from the same lines, so only the line is reported here too.
    else if (kind === 'ditanggung') expect(err.details).toContain(`${BROKEN_NIP}: pph21_ditanggung 1 bersama pph21 242500`);
    else expect(err.details).toContain(`${BROKEN_NIP}: pembulatan_bruto -1 di luar 0..999 / outside 0..999`);
    // The unit and run totals still equal the sum of the (wrong) lines, so only the line is reported.
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dirname(out))).toEqual([]);
  });
});

describe('selfCheck: row accounting', () => {
  const ledger = { input: 'presensi', name: 'presensi.csv', path: 'presensi.csv', format: 'csv' as const, shape: 'harian', sha256: '', read: 100, used: 90, rejected: 4, ignored: 3, skipped: 3 };

  it('accepts read = used + rejected + ignored + skipped', () => {
    expect(selfCheck([ledger], undefined)).toEqual([]);
  });

  it('reports a row that went nowhere, with the figures', () => {
    expect(selfCheck([{ ...ledger, used: 89 }], undefined)).toEqual(['presensi.csv: dibaca 100 ≠ dipakai 89 + ditolak 4 + diabaikan 3 + dilewati 3']);
  });
});

describe('selfCheck: arrears (rapel)', () => {
  it('reports arrears paid on a line that is not paid, to a held employee, or not adding up to the total', async () => {
    const outcome = await runPeriod(options(join(tempDir(), 'hasil')));
    const results = outcome.results!;
    const budi = results.employees.find((e) => e.pegawai.nip === BROKEN_NIP)!;
    const line = { nip: BROKEN_NIP, nama: 'Budi', periode: '2026-09', nettoSeharusnya: 4_559_000, sudahDibayar: 0, rapel: 4_559_000, status: 'dibayar' as const };
    const paid = { ...budi, tpp: { ...budi.tpp, rapel: { jumlah: 4_559_000, lines: [line] } } };
    const run = (employee: typeof budi, total: number) => selfCheck([], { ...results, employees: [employee], rapel: { periods: [], lines: employee.tpp.rapel?.lines ?? [], jumlah: total } });
    // Budi alone: his lines, his total. The unit totals are of all employees, so only the rapel lines are asserted.
    expect(run(paid, 4_559_000).filter((p) => p.includes('rapel'))).toEqual([]);
    expect(run({ ...paid, tpp: { ...paid.tpp, rapel: { jumlah: 4_559_000, lines: [{ ...line, status: 'ditahan' }] } } }, 4_559_000)).toContain(`${BROKEN_NIP}: rapel 2026-09 4559000 pada baris berstatus ditahan`);
    expect(run({ ...paid, tpp: { ...paid.tpp, rapel: { jumlah: 1, lines: [line] } } }, 1)).toContain(`${BROKEN_NIP}: rapel 1 ≠ jumlah baris rapel 4559000`);
    expect(run({ ...paid, tpp: { ...paid.tpp, statusBayar: 'ditahan' } }, 4_559_000)).toContain(`${BROKEN_NIP}: rapel 4559000 untuk pegawai ditahan`);
    expect(run(paid, 1)).toContain('total rapel 1 ≠ jumlah rapel pegawai 4559000');
  });
});

import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indikatorSchema } from '../../src/inputs/capaian.js';
import { hukdisSchema } from '../../src/inputs/hukdis.js';
import { liburSchema } from '../../src/inputs/libur.js';
import { pegawaiSchema } from '../../src/inputs/pegawai.js';
import { penilaiSchema } from '../../src/inputs/perilaku.js';
import { unitSchema } from '../../src/inputs/unit.js';
import { computeFromInputs, preparePeriod, type ReadOptions } from '../../src/pipeline.js';
import { fixture, tempDir } from '../cli/run-cli.js';

/**
 * The readers check records field by field (RowCheck); the zod schemas state the same contract in one
 * place and are typed against the model (`satisfies`). Every record read from the sample agency must
 * pass its schema: a reader that lets a value out of range (a kelas 18, a month count of 0) fails here.
 */
/** The worked example with the staff file's optional columns filled (kelas, jenis, PIN, PTKP, dates) and a holiday file. */
function fullStaffFolder(): string {
  const dir = tempDir();
  for (const f of readdirSync(fixture('worked-example'))) copyFileSync(join(fixture('worked-example'), f), join(dir, f));
  const [header, ...rows] = readFileSync(join(dir, 'pegawai.csv'), 'utf8').trim().split('\n');
  const extra = (i: number) => [String(5 + i), i % 2 ? 'fungsional' : 'pelaksana', String(100 + i), 'K/1', '2026-12-31'];
  writeFileSync(join(dir, 'libur.csv'), 'tanggal,keterangan\n2026-10-20,Hari jadi kabupaten\n');
  writeFileSync(join(dir, 'pegawai.csv'), [`${header},kelas_jabatan,jenis_jabatan,pin,status_ptkp,tmt_keluar`, ...rows.map((r, i) => [r, ...extra(i)].join(','))].join('\n') + '\n');
  return dir;
}

describe('every record the readers deliver passes its schema', async () => {
  const read = async (inputDir: string, policy?: string) => {
    const options: ReadOptions = { period: { year: 2026, month: 10 }, inputDir, explicit: {}, ...(policy ? { policy } : {}), lang: 'id' };
    return (await computeFromInputs(options, await preparePeriod(options))).data;
  };
  const all = [await read(fixture('contoh'), join(fixture('contoh'), 'paket-aturan.yaml')), await read(fullStaffFolder())];
  const cases: [string, { safeParse(v: unknown): { success: boolean } }, readonly unknown[]][] = [
    ['pegawai', pegawaiSchema, all.flatMap((d) => d.pegawai.employees)],
    ['capaian', indikatorSchema, all.flatMap((d) => [...d.capaian.values()].flat())],
    ['perilaku', penilaiSchema, all.flatMap((d) => [...d.perilaku.values()].flat())],
    ['hukdis', hukdisSchema, all.flatMap((d) => [...d.hukdis.values()].flat())],
    ['unit', unitSchema, all.flatMap((d) => [...(d.units?.values() ?? [])])],
    ['libur', liburSchema, all.flatMap((d) => [...d.calendar.holidays].filter(([, name]) => name === 'Hari jadi kabupaten').map(([tanggal, keterangan]) => ({ tanggal, keterangan })))],
  ];
  it('the staff records include every optional field (so the schema is tried on them)', () => {
    expect(all[1]!.pegawai.employees[0]).toMatchObject({ kelasJabatan: 5, jenisJabatan: 'pelaksana', pin: '100', statusPtkp: 'K/1', tmtKeluar: '2026-12-31' });
  });
  it.each(cases)('%s', (_, schema, records) => {
    expect(records.length).toBeGreaterThan(0);
    const failing = records.filter((r) => !schema.safeParse(r).success);
    expect(failing).toEqual([]);
  });
});

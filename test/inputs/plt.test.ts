import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { inputOfFileName, lookalikeInputs, otherPeriodMentions } from '../../src/inputs/file-names.js';
import { pltSchema, readPlt } from '../../src/inputs/plt.js';
import { openTable } from '../../src/readers/open-table.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { tempDir } from '../cli/run-cli.js';
import { aPack } from '../helpers/builders.js';
import { fixtureTable } from './read-input-helpers.js';

const period = { year: 2026, month: 10 };
const RULE = { cara: 'tambahan_persen', persen: 20, minimal_hari: 3, jenis: ['Plt', 'Plh'] };
const pack = aPack({ tpp: { pagu_per_kelas: { 9: 4_500_000 }, plt: RULE } });
const AGUS = '198204122006041005';
const DEWI = '199507202024032001';
const HENDRA = '197911032005011004';
const SRI = '198806152011012008';

async function read(file: string | { text: string }, p: RulePack = pack) {
  const findings = new FindingCollector();
  const pegawai = await readPegawai(await fixtureTable('plt', 'pegawai.csv'), p, period, findings);
  let tables;
  if (typeof file === 'string') tables = await fixtureTable('plt', file);
  else {
    const path = join(tempDir(), 'plt.csv');
    writeFileSync(path, file.text);
    tables = [await openTable(path)];
  }
  const { byNip, ledgers } = await readPlt(tables, pegawai, p, period, findings);
  return { byNip, ledger: ledgers[0]!, findings, codes: findings.sorted().map((f) => [f.code, f.row, f.nip ?? '']) };
}

const HEADER = 'nip;jenis;jabatan;kelas_jabatan;tpp_pagu;tmt_mulai;tmt_selesai\n';

describe('plt: the acting posts file of fixtures/plt (";", day-first dates, a damaged row)', async () => {
  const { byNip, ledger, findings, codes } = await read('plt.csv');

  it('reads the posts touching October 2026, the ceiling from tpp_pagu or from the kelas', () => {
    expect(byNip.get(AGUS)).toEqual([
      expect.objectContaining({ jenis: 'Plt', jabatan: 'Kepala Bidang Pendidikan Dasar', pagu: 9_000_000, sumberPagu: 'tpp_pagu', tmtMulai: '2026-10-01', tmtSelesai: '2026-12-31', row: 2 }),
    ]);
    expect(byNip.get(DEWI)).toEqual([expect.objectContaining({ jenis: 'Plt', kelasJabatan: 9, pagu: 4_500_000, sumberPagu: 'kelas_jabatan', tmtMulai: '2026-10-15', tmtSelesai: '2026-10-31' })]);
    expect(byNip.get(HENDRA)?.map((p) => [p.jenis, p.pagu])).toEqual([['Plh', 10_500_000]]);
    for (const list of byNip.values()) for (const p of list) expect(pltSchema.safeParse(p).success).toBe(true);
  });

  it('accounts for every row: the header skipped, 3 used, the damaged date and the unknown NIP rejected, the August term ignored', () => {
    expect([ledger.read, ledger.skipped, ledger.used, ledger.rejected, ledger.ignored, ledger.separator]).toEqual([7, 1, 3, 2, 1, ';']);
  });

  it('a date that cannot be read holds the employee; an unknown NIP in force this month is an error (it may be a typo); a term outside the month is info', () => {
    expect(codes).toEqual(
      expect.arrayContaining([
        ['TANGGAL_TIDAK_VALID', 5, SRI],
        ['NIP_TIDAK_DIKENAL_UBAH_BAYAR', 6, ''],
        ['PLT_LUAR_PERIODE', 7, AGUS],
      ]),
    );
    expect(findings.isHeld(SRI)).toBe(true);
    expect(findings.isHeld(AGUS)).toBe(false);
    expect(byNip.has(SRI)).toBe(false);
  });
});

describe('plt: doubts hold the employee, never pay on a guess', () => {
  it('tmt_selesai before tmt_mulai', async () => {
    const { codes, ledger, findings } = await read({ text: `${HEADER}${AGUS};Plt;Kabid;;9000000;20/10/2026;05/10/2026\n` });
    expect(codes).toEqual([['PLT_TANGGAL_TERBALIK', 2, AGUS]]);
    expect([ledger.rejected, findings.isHeld(AGUS)]).toEqual([1, true]);
  });

  it('no ceiling: neither tpp_pagu nor a kelas, or a kelas the pack has no ceiling for', async () => {
    const { codes, findings } = await read({ text: `${HEADER}${AGUS};Plt;Kabid;;;01/10/2026;31/10/2026\n${DEWI};Plt;Kasi;11;;01/10/2026;31/10/2026\n` });
    expect(codes).toEqual([
      ['PLT_PAGU_TIDAK_ADA', 2, AGUS],
      ['PLT_PAGU_TIDAK_ADA', 3, DEWI],
    ]);
    expect([findings.isHeld(AGUS), findings.isHeld(DEWI)]).toEqual([true, true]);
  });

  it('a ceiling outside tpp.pagu_wajar (9.000 read as nine thousand rupiah, not nine million)', async () => {
    const { codes, findings } = await read({ text: `${HEADER}${AGUS};Plt;Kabid;;9000;01/10/2026;31/10/2026\n` });
    expect(codes).toEqual([['NILAI_DI_LUAR_RENTANG', 2, AGUS]]);
    expect(findings.isHeld(AGUS)).toBe(true);
  });

  it('an unknown kind of acting post is rejected; "Pelaksana Tugas" reads as Plt', async () => {
    const { codes, byNip } = await read({ text: `${HEADER}${AGUS};Pjs;Kabid;;9000000;01/10/2026;31/10/2026\n${DEWI};Pelaksana Tugas;Kasi;9;;01/10/2026;31/10/2026\n` });
    expect(codes).toEqual([['NILAI_TIDAK_DIKENAL', 2, AGUS]]);
    expect(byNip.get(DEWI)?.[0]?.jenis).toBe('Plt');
  });

  it('a kind the pack does not pay (Plh under jenis: [Plt]) is ignored, with an info', async () => {
    const onlyPlt = aPack({ tpp: { plt: { ...RULE, jenis: ['Plt'] } } });
    const { codes, ledger, findings } = await read({ text: `${HEADER}${AGUS};Plh;Sekdis;;9000000;01/10/2026;03/10/2026\n` }, onlyPlt);
    expect(codes).toEqual([['PLT_JENIS_TIDAK_DIBAYAR', 2, AGUS]]);
    expect([ledger.ignored, findings.isHeld(AGUS)]).toEqual([1, false]);
  });

  it('a pack without tpp.plt (bawaan) holds an employee acting in the period, and only then', async () => {
    const { codes, ledger, findings } = await read(
      { text: `${HEADER}${AGUS};Plt;Kabid;;9000000;01/10/2026;31/10/2026\n${DEWI};Plt;Kasi;;5000000;01/08/2026;30/09/2026\n` },
      aPack(),
    );
    expect(codes).toEqual([
      ['PLT_TANPA_ATURAN', 2, AGUS],
      ['PLT_LUAR_PERIODE', 3, DEWI],
    ]);
    expect([ledger.rejected, ledger.ignored, findings.isHeld(AGUS), findings.isHeld(DEWI)]).toEqual([1, 1, true, false]);
  });
});

describe('plt: a date whose day/month order the column does not settle', () => {
  it('holds the employee when the two readings give different acting days in the month (TANGGAL_AMBIGU)', async () => {
    // 11/01/2026 is 11 January day-first, 1 November month-first: the term to 15/11/2026 covers October
    // read one way and misses it the other.
    const { codes, findings } = await read({ text: `${HEADER}${AGUS};Plt;Kabid;;9000000;11/01/2026;15/11/2026\n` });
    expect(codes).toEqual([['TANGGAL_AMBIGU', 2, AGUS]]);
    expect(findings.isHeld(AGUS)).toBe(true);
  });

  it('reads it day-first when both readings give the same days (a term over the whole month and beyond)', async () => {
    // 08/01/2026 is 8 January or 1 August; to 31/12/2026 both cover October.
    const { codes, byNip } = await read({ text: `${HEADER}${AGUS};Plt;Kabid;;9000000;08/01/2026;31/12/2026\n` });
    expect(codes).toEqual([]);
    expect(byNip.get(AGUS)?.[0]).toMatchObject({ tmtMulai: '2026-01-08', tmtSelesai: '2026-12-31' });
  });
});

describe('plt: found by name like the other inputs, whatever month the name carries', () => {
  it.each(['plt.csv', 'plt_2026.xlsx', 'Plh-Oktober.csv', 'pltJuli2026.csv'])('%s is the plt input', (name) => {
    expect(inputOfFileName(name)).toBe('plt');
    expect(otherPeriodMentions(name, 'plt', period)).toEqual([]);
  });

  it('"daftar pelaksana tugas.xlsx" only looks like it (the run then stops and suggests the name)', () => {
    expect(inputOfFileName('daftar pelaksana tugas.xlsx')).toBeUndefined();
    expect(lookalikeInputs('daftar pelaksana tugas.xlsx')[0]).toMatchObject({ input: 'plt' });
  });
});

/**
 * The sanction type table (`hukdis.jenis`) and when a sanction starting mid-month first counts
 * (`hukdis.mulai_tengah_bulan`), read for October 2026.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readHukdis } from '../../src/inputs/hukdis.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { openTable } from '../../src/readers/open-table.js';
import { knownFields } from '../../src/inputs/known-fields.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import { tempDir } from '../cli/run-cli.js';
import { aPack, bawaanRaw } from '../helpers/builders.js';
import { fixtureTable } from './read-input-helpers.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';
const SRI = '198711232012122001';
const period = { year: 2026, month: 10 };
const SEDANG = 'Hukuman Disiplin Sedang: Pemotongan Tunjangan Kinerja 25% selama 6 bulan';
const TABLE = {
  jenis: {
    sedang_tkd_25_6: { persen: 25, bulan: 6, alias: [SEDANG] },
    sedang_tkd_25_9: { persen: 25, bulan: 9 },
  },
};

async function read(text: string, hukdis: Record<string, unknown> = TABLE) {
  const pack = aPack({ hukdis });
  const findings = new FindingCollector();
  const pegawai = await readPegawai(await fixtureTable('hukdis-pecahan', 'pegawai.csv'), pack, period, findings);
  const path = join(tempDir(), 'hukdis.csv');
  writeFileSync(path, text);
  const { active, ledgers } = await readHukdis([await openTable(path)], pegawai, pack.hukdis, period, findings);
  const sanctions = [...active.values()].flat().map((h) => [h.nip, h.persen.toString(), h.lamaBulan]);
  const codes = findings.sorted().filter((f) => f.code !== 'HUKDIS_TIDAK_AKTIF').map((f) => [f.code, f.nip ?? null]);
  return { sanctions, codes, held: [BUDI, RINA, SRI].filter((n) => findings.isHeld(n)), ledger: ledgers[0]!, findings };
}

describe('hukdis.jenis: a row may give only its type', () => {
  it('takes percent and months from the type, by key or alias, whatever the case and punctuation', async () => {
    const r = await read(`nip,jenis,tmt\n${BUDI},"${SEDANG}",2026-08-01\n${RINA},Sedang TKD 25 9,2026-02-01\n`);
    // Budi: August + 6 months → Aug..Jan, active in October. Rina: Feb + 9 → Feb..Oct, active.
    expect(r.sanctions).toEqual([
      [BUDI, '25', 6],
      [RINA, '25', 9],
    ]);
    expect(r.codes).toEqual([]);
  });

  it('a row that writes the same values as its type is used as it is', async () => {
    const r = await read(`nip,jenis,tmt,lama_bulan,persen\n${BUDI},"${SEDANG}",2026-08-01,6,25\n`);
    expect(r.sanctions).toEqual([[BUDI, '25', 6]]);
    expect(r.codes).toEqual([]);
  });

  it('a row whose own values differ from its type holds the employee, naming both', async () => {
    const r = await read(`nip,jenis,tmt,lama_bulan,persen\n${BUDI},"${SEDANG}",2026-08-01,6,50\n${RINA},sedang_tkd_25_6,2026-08-01,3,\n`);
    expect(r.sanctions).toEqual([]);
    expect(r.codes).toEqual([
      ['HUKDIS_TIDAK_SESUAI_JENIS', BUDI],
      ['HUKDIS_TIDAK_SESUAI_JENIS', RINA],
    ]);
    expect(r.held).toEqual([BUDI, RINA]);
    const budi = r.findings.sorted().find((f) => f.nip === BUDI)!;
    expect(budi.params).toMatchObject({ jenis: 'sedang_tkd_25_6', tabel: '25', baris: '50' });
    expect(r.ledger).toMatchObject({ used: 0, rejected: 2 });
  });

  it('a type the table lacks, without values, holds the employee; with values the row is used as before', async () => {
    const r = await read(`nip,jenis,tmt,lama_bulan,persen\n${BUDI},Teguran lisan,2026-10-01,,\n${RINA},Teguran lisan,2026-10-01,1,20\n`);
    expect(r.codes).toEqual([['HUKDIS_JENIS_TIDAK_DIKENAL', BUDI]]);
    expect(r.held).toEqual([BUDI]);
    expect(r.sanctions).toEqual([[RINA, '20', 1]]);
  });

  it('without a table the register still needs persen and lama_bulan columns (the header is not found)', async () => {
    const noTable = await read(`nip,jenis,tmt\n${BUDI},"${SEDANG}",2026-08-01\n`, {}).then(
      () => 'read',
      (e: unknown) => (e as { code?: string }).code,
    );
    expect(noTable).toBe('HEADER_TIDAK_DITEMUKAN');
  });

  it('without a table an empty persen is NILAI_WAJIB_KOSONG, as before', async () => {
    const r = await read(`nip,jenis,tmt,lama_bulan,persen\n${BUDI},"${SEDANG}",2026-08-01,6,\n`, {});
    expect(r.codes).toEqual([['NILAI_WAJIB_KOSONG', BUDI]]);
  });
});

describe('hukdis.mulai_tengah_bulan', () => {
  // Budi from 15 September for 1 month; Rina from 15 October for 1 month; Sri from 1 October for 1 month.
  const register = `nip,jenis,tmt,lama_bulan,persen\n${BUDI},a,2026-09-15,1,25\n${RINA},b,2026-10-15,1,25\n${SRI},c,2026-10-01,1,25\n`;

  it('penuh (bawaan): the month of tmt counts whole, so only Rina and Sri are cut in October', async () => {
    const r = await read(register, {});
    expect(r.sanctions.map(([nip]) => nip)).toEqual([RINA, SRI]);
  });

  it('bulan_berikut: a tmt after the 1st starts the next month, so Budi (October) and Sri (1 October) are cut, Rina not yet', async () => {
    const r = await read(register, { mulai_tengah_bulan: 'bulan_berikut' });
    expect(r.sanctions.map(([nip]) => nip)).toEqual([BUDI, SRI]);
  });
});

describe('the hukdis rules in the pack', () => {
  const problemsOf = (hukdis: Record<string, unknown>) => {
    const result = parseRulePack(mergeRulePack(bawaanRaw(), { hukdis }), knownFields);
    return 'problems' in result ? result.problems.map((p) => `${p.path}: ${p.en}`) : [];
  };

  it('bawaan has an empty table and penuh', () => {
    expect(aPack().hukdis).toEqual({ jenis: {}, mulai_tengah_bulan: 'penuh' });
  });

  it('refuses an alias that is another type, a fraction, a bad key and an unknown option, each at its path', () => {
    expect(problemsOf({ jenis: { a: { persen: 25, bulan: 6 }, b: { persen: 25, bulan: 9, alias: ['A'] } } })).toEqual(['hukdis.jenis.b.alias[0]: same as type a']);
    expect(problemsOf({ jenis: { a: { persen: 0.25, bulan: 6 } } })).toEqual(['hukdis.jenis.a.persen: percent 0..100, not a fraction']);
    expect(problemsOf({ jenis: { 'Sedang 25': { persen: 25, bulan: 6 } } })[0]).toMatch(/^hukdis\.jenis\.Sedang 25/);
    expect(problemsOf({ mulai_tengah_bulan: 'separuh' })[0]).toMatch(/^hukdis\.mulai_tengah_bulan: /);
  });
});

/**
 * A date such as 08/01/2026 in a column no value settles (no part above 12) reads day-first; when the
 * month-first reading points elsewhere (a 1st of a month, as TMT dates are, while day-first is not) and
 * changes what is paid (a sanction active or not, other working days), the employee is held
 * (TANGGAL_AMBIGU) instead of paid on the day-first guess.
 */
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readHukdis } from '../../src/inputs/hukdis.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { openTable } from '../../src/readers/open-table.js';
import { runFixture } from '../corpus/run-fixture.js';
import { fixture, readCsv, runCli, tempDir } from '../cli/run-cli.js';
import { aPack } from '../helpers/builders.js';
import { fixtureTable } from '../inputs/read-input-helpers.js';

const BUDI = '198503172010011003';
const RINA = '199001152015021002';
const SRI = '198711232012122001';
const AGUS = '199205092019031004';
const period = { year: 2026, month: 10 };

describe('fixtures/tanggal-ambigu: hukdis tmt and pegawai TMT Masuk with no value above 12', () => {
  const run = runFixture('tanggal-ambigu');

  it('08/01/2026 for 6 months: active read month-first (1 August), not day-first: Budi is held, not paid in full', () => {
    const f = run.finding('TANGGAL_AMBIGU', 3);
    expect(f).toMatchObject({ tingkat: 'error', berkas: 'hukdis.csv', kolom: 'TMT Hukuman', nilai: '08/01/2026', nip: BUDI });
    expect(f!['pesan']).toContain('8 Januari 2026 (hari/bulan) atau 1 Agustus 2026 (bulan/hari');
    expect(f!['pesan']).toContain('2026-08-01 atau 1 Agustus 2026');
    expect(run.employee(BUDI)).toMatchObject({ status_bayar: 'ditahan', tpp_netto: '0' });
    expect(run.finding('HUKDIS_TIDAK_AKTIF')).toBeUndefined();
  });

  it('05/03/2026 for 12 months is active under both readings: applied as before', () => {
    expect(run.findings.filter((f) => f['kode'] === 'TANGGAL_AMBIGU' && f['nip'] === RINA)).toEqual([]);
    expect(run.employee(RINA)).toMatchObject({ status_bayar: 'dibayar', potongan_hukdis: '1250000' });
  });

  it('TMT Masuk 06/10/2026 reads day-first (6 October, the convention: the month-first 10 June is no 1st of a month, so no doubt); 01/10/2026 does not hold Agus', () => {
    expect(run.findings.filter((f) => f['kode'] === 'TANGGAL_AMBIGU' && f['nip'] === SRI)).toEqual([]);
    expect(run.employee(SRI)).toMatchObject({ status_bayar: 'dibayar', hari_kerja: '19' });
    expect(run.employee(AGUS)).toMatchObject({ status_bayar: 'dibayar' });
    expect(run.findings.filter((f) => f['kode'] === 'TANGGAL_AMBIGU')).toHaveLength(1);
  });

  it('every hukdis row is accounted for (the ambiguous one rejected)', () => {
    expect(run.file('hukdis.csv')).toMatchObject({ dibaca: 4, dipakai: 1, ditolak: 1, diabaikan: 0, dilewati: 2 });
  });
});

describe('fixtures/contoh with the register typed on a US-locale PC (08/01/2026 for 1 August 2026)', () => {
  it('the sanctioned employee is held instead of paid in full', () => {
    const dir = tempDir();
    for (const f of readdirSync(fixture('contoh'))) copyFileSync(join(fixture('contoh'), f), join(dir, f));
    const hukdis = join(dir, 'hukdis.csv');
    writeFileSync(hukdis, readFileSync(hukdis, 'utf8').replace('2026-08-01', '08/01/2026').replace('2025-01-01', '01/01/2025'));
    const out = join(dir, 'hasil');
    const r = runCli(['run', '--period', '2026-10', '--input', dir, '--policy', join(dir, 'paket-aturan.yaml'), '--out', out, '--format', 'csv', '--lang', 'en']);
    expect(r.status).toBe(1);
    const findings = readCsv(join(out, 'validasi.csv'));
    const f = findings.find((x) => x['kode'] === 'TANGGAL_AMBIGU');
    expect(f).toMatchObject({ tingkat: 'error', nip: '199410272020031037' });
    expect(f!['pesan']).toContain('8 January 2026 (day/month) or 1 August 2026 (month/day');
    expect(readCsv(join(out, 'pegawai.csv')).find((p) => p['nip'] === '199410272020031037')).toMatchObject({ status_bayar: 'ditahan' });
  });
});

describe('the column order, once settled, removes the doubt', () => {
  async function hukdisFindings(text: string) {
    const pack = aPack();
    const findings = new FindingCollector();
    const pegawai = await readPegawai(await fixtureTable('hukdis-pecahan', 'pegawai.csv'), pack, period, findings);
    const path = join(tempDir(), 'hukdis.csv');
    writeFileSync(path, text);
    const { active } = await readHukdis([await openTable(path)], pegawai, pack.hukdis, period, findings);
    return { codes: findings.sorted().map((f) => [f.code, f.nip]), active: [...active.keys()] };
  }
  const head = 'NIP;Jenis;TMT;Lama Bulan;Persen\n';

  it('a day above 12 elsewhere in the column settles it day-first: 08/01/2026 is 8 January (not active), no doubt', async () => {
    const r = await hukdisFindings(`${head}${BUDI};a;08/01/2026;6;25\n${RINA};b;15/01/2026;3;25\n`);
    expect(r.codes.filter(([c]) => c === 'TANGGAL_AMBIGU')).toEqual([]);
    expect(r.active).toEqual([]);
  });

  it('a second part above 12 settles it month-first: 08/01/2026 is 1 August (active), no doubt', async () => {
    const r = await hukdisFindings(`${head}${BUDI};a;08/01/2026;6;25\n${RINA};b;01/15/2026;3;25\n`);
    expect(r.codes.filter(([c]) => c === 'TANGGAL_AMBIGU')).toEqual([]);
    expect(r.active).toEqual([BUDI]);
  });

  it('unsettled: the doubt holds the employee; identical parts (10/10/2026) or ISO dates are never in doubt', async () => {
    const r = await hukdisFindings(`${head}${BUDI};a;08/01/2026;6;25\n${RINA};b;10/10/2026;1;25\n${SRI};c;2026-01-08;6;25\n`);
    expect(r.codes.filter(([c]) => c === 'TANGGAL_AMBIGU')).toEqual([['TANGGAL_AMBIGU', BUDI]]);
    expect(r.active).toEqual([RINA]);
  });
});

describe('a sanction under a NIP not in the master', () => {
  it('active under either reading of 08/01/2026: not set aside as old, the closest employee is held', async () => {
    const pack = aPack();
    const findings = new FindingCollector();
    const pegawai = await readPegawai(await fixtureTable('hukdis-pecahan', 'pegawai.csv'), pack, period, findings);
    const path = join(tempDir(), 'hukdis.csv');
    writeFileSync(path, `NIP;Jenis;TMT;Lama Bulan;Persen\n198503172010011004;a;08/01/2026;6;25\n`);
    await readHukdis([await openTable(path)], pegawai, pack.hukdis, period, findings);
    expect(findings.sorted().map((f) => f.code)).toContain('HUKDIS_NIP_TIDAK_DIKENAL');
    expect(findings.isHeld(BUDI)).toBe(true);
  });
});

describe('pegawai tmt_keluar', () => {
  async function pegawaiFindings(keluar: string) {
    const findings = new FindingCollector();
    const path = join(tempDir(), 'pegawai.csv');
    writeFileSync(path, `NIP;Nama;Unit;TMT Keluar\n${BUDI};Budi;BKPSDM;${keluar}\n${RINA};Rina;BKPSDM;\n`);
    await readPegawai([await openTable(path)], aPack(), period, findings);
    return findings.sorted().filter((f) => f.code === 'TANGGAL_AMBIGU').map((f) => [f.nip, f.params?.['dmy'], f.params?.['mdy']]);
  }

  it('11/01/2026 (11 January: gone before October; 1 November: the whole month) holds; 10/11/2026 (month-first no 1st) and 12/11/2026 do not', async () => {
    expect(await pegawaiFindings('11/01/2026')).toEqual([[BUDI, '2026-01-11', '2026-11-01']]);
    expect(await pegawaiFindings('10/11/2026')).toEqual([]);
    expect(await pegawaiFindings('12/11/2026')).toEqual([]);
    expect(await pegawaiFindings('2026-10-11')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { readPresensi } from '../../src/inputs/presensi.js';
import { buildDayCodeTable } from '../../src/rules/day-codes.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { aPack } from '../helpers/builders.js';
import { fixtureTable } from './read-input-helpers.js';

const period = { year: 2026, month: 10 };
const pack = aPack();
const BUDI = '198503172010011003';

describe('presensi daily-log rules (fixtures/presensi-aturan-harian)', async () => {
  const findings = new FindingCollector();
  const pegawai = await readPegawai(await fixtureTable('presensi-aturan-harian', 'pegawai.csv'), pack, period, findings);
  const calendar = buildCalendar(period, pack, []);
  const codes = buildDayCodeTable(pack.presensi.kode);
  const { ledger, ledgers } = await readPresensi(await fixtureTable('presensi-aturan-harian', 'presensi.csv'), { pegawai, calendar, pack, codes, period, findings });
  const budi = pegawai.indexOf.get(BUDI)!;
  const day = (d: number) => ledger.dayRecord(budi, d - 1);
  const at = (code: string) => findings.sorted().filter((f) => f.code === code).map((f) => [f.row, f.count]);

  it('merges the rows of one day: earliest in, latest out', () => {
    expect(day(1)).toMatchObject({ code: { code: 'H' }, masuk: 7 * 3600 + 20 * 60, pulang: 16 * 3600 + 10 * 60 });
  });

  it('a non-H code other than TK wins over H rows, with an info', () => {
    expect(day(2)?.code.code).toBe('DL');
    expect(findings.sorted().find((f) => f.code === 'PRESENSI_KODE_MENIMPA')).toMatchObject({ level: 'info', row: 5 });
  });

  it('TK together with scans, or two different codes, is PRESENSI_BERTENTANGAN (error, held)', () => {
    expect(at('PRESENSI_BERTENTANGAN')).toEqual([[7, 2]]);
    expect(findings.isHeld(BUDI)).toBe(true);
  });

  it('a check-out before the check-in is JAM_TERBALIK; an unknown code names the known ones', () => {
    expect(at('JAM_TERBALIK')).toEqual([[10, 1]]);
    const unknown = findings.sorted().find((f) => f.code === 'KODE_TIDAK_DIKENAL')!;
    expect(unknown).toMatchObject({ row: 11, column: 'kode', value: 'XYZ' });
    expect(String(unknown.params['choices'])).toContain('CLTN');
  });

  it('sets aside rows outside the period, on days off, before tmt_masuk and without code or times', () => {
    expect(at('PRESENSI_LUAR_PERIODE')).toEqual([[12, 1]]);
    expect(at('PRESENSI_HARI_LIBUR')).toEqual([[13, 1]]);
    expect(at('PRESENSI_LUAR_MASA_KERJA')).toEqual([[14, 1]]);
    expect(at('PRESENSI_TANPA_CATATAN')).toEqual([[15, 1]]);
  });

  it('reads codes by alias, dotted times and dd/mm/yyyy in one column', () => {
    expect(day(13)?.code.code).toBe('I');
    expect(day(30)).toMatchObject({ code: { code: 'H' }, pulang: 16 * 3600 + 35 * 60 });
  });

  it('accounts for every row', () => {
    const l = ledgers[0]!;
    expect(l.read).toBe(l.used + l.rejected + l.ignored + l.skipped);
    expect(l).toMatchObject({ read: 17, skipped: 1, rejected: 4 });
  });
});

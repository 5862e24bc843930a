/** Attendance columns, in process: header meanings, the pack's extra header names, shape checks. */
import { describe, expect, it } from 'vitest';
import { FindingCollector } from '../../src/findings.js';
import { mapHeader, packHeaderNames } from '../../src/inputs/header-map.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { DAILY_FIELDS, readPresensi } from '../../src/inputs/presensi.js';
import { isTimeLike, summaryMeaning, timeFieldByName } from '../../src/inputs/presensi-shape.js';
import { parseRulePack, mergeRulePack } from '../../src/rules/parse-rule-pack.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { buildDayCodeTable } from '../../src/rules/day-codes.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { aPack, bawaanRaw } from '../helpers/builders.js';
import { fixtureTable } from '../inputs/read-input-helpers.js';
import { knownFields } from '../../src/inputs/known-fields.js';

const period = { year: 2026, month: 10 };


describe('summary headers by meaning', () => {
  it.each([
    ['terlambat_(kali)', { group: 'tl', minutes: false }],
    ['jumlah_terlambat', { group: 'tl', minutes: false }],
    ['tl_1_(kali)', { group: 'tl', band: 'tl1', minutes: false }],
    ['psw4_(hari)', { group: 'psw', band: 'psw4', minutes: false }],
    ['pulang_cepat_(kali)', { group: 'psw', minutes: false }],
    ['terlambat_(menit)', { group: 'tl', minutes: true }],
    ['menit_pulang_cepat', { group: 'psw', minutes: true }],
    ['alpha', { group: 'tk', minutes: false }],
    ['alpa_(hari)', { group: 'tk', minutes: false }],
  ])('%s', (key, meaning) => {
    expect(summaryMeaning(key)).toEqual(meaning);
  });
  it('other headers mean nothing', () => {
    for (const key of ['nama', 'no', 'jabatan', 'hadir']) expect(summaryMeaning(key)).toBeUndefined();
  });
});

describe('time columns by name and content', () => {
  it.each([
    ['jam_datang_kerja', 'jam_masuk'],
    ['fingerprint_in', 'jam_masuk'],
    ['clock_in', 'jam_masuk'],
    ['checkin', 'jam_masuk'],
    ['jam_pulang_kerja', 'jam_pulang'],
    ['fingerprint_out', 'jam_pulang'],
    ['check_out', 'jam_pulang'],
    ['jam_keluar_kantor', 'jam_pulang'],
  ])('%s → %s', (key, field) => {
    expect(timeFieldByName(key)).toBe(field);
  });
  it('counts and minutes are not times: pulang cepat, terlambat (menit); names with both or neither say nothing', () => {
    for (const key of ['pulang_cepat', 'terlambat_(menit)', 'nama', 'jam_masuk_pulang', 'status_kehadiran']) expect(timeFieldByName(key)).toBeUndefined();
  });
  it('time-like values: 07:31, 7.31, 07:31:05, Excel fractions, time cells, date-time texts', () => {
    for (const cell of ['07:31', '7.31', '07:31:05', 0.3146, new Date(Date.UTC(1899, 11, 30, 7, 31)), '2026-10-05 07:31']) expect(isTimeLike(cell)).toBe(true);
    for (const cell of ['Budi Santoso', '12', 12, 1, '12,5', 'H', null, '198503172010011003']) expect(isTimeLike(cell)).toBe(false);
  });
  it('a daily log never reads "Pulang Cepat" as the leave time; "Datang" and "Jam Keluar" are known', () => {
    expect(mapHeader(['NIP', 'Tanggal', 'Pulang Cepat'], DAILY_FIELDS, 1).columns.jam_pulang).toBeUndefined();
    expect(mapHeader(['NIP', 'Tanggal', 'Datang', 'Jam Keluar'], DAILY_FIELDS, 1).columns).toMatchObject({ jam_masuk: 2, jam_pulang: 3 });
  });
});

describe('masukan.kolom: extra header names from the pack', () => {
  it('are normalised like headers and tried before the built-in aliases; the built-in match becomes a duplicate', () => {
    const names = packHeaderNames({ presensi: { jam_masuk: ['Fingerprint  IN'] } }, 'presensi');
    const map = mapHeader(['NIP', 'Tanggal', 'Scan Masuk', 'Fingerprint In'], DAILY_FIELDS, 1, names);
    expect(map.columns.jam_masuk).toBe(3);
    expect(map.duplicates).toEqual([{ field: 'jam_masuk', column: 2, usedColumn: 3 }]);
  });
  it('a name mapped for one input does not apply to another', () => {
    const names = packHeaderNames({ capaian: { jam_masuk: ['Fingerprint In'] } }, 'presensi');
    expect(mapHeader(['NIP', 'Tanggal', 'Fingerprint In'], DAILY_FIELDS, 1, names).columns.jam_masuk).toBeUndefined();
  });
  it('a column the pack names is not taken by a built-in alias of an earlier field', () => {
    const names = packHeaderNames({ presensi: { kode: ['Tanggal'] } }, 'presensi');
    const map = mapHeader(['NIP', 'Tgl', 'Tanggal'], DAILY_FIELDS, 1, names);
    expect(map.columns).toMatchObject({ kode: 2, tanggal: 1 });
  });
  it('an unknown field name is a rule-pack problem naming the key and the choices', () => {
    const parsed = parseRulePack(mergeRulePack(bawaanRaw(), { masukan: { kolom: { presensi: { jam_datang: ['Datang'], jam_masuk: ['Jam Datang Kerja'] } } } }), knownFields);
    expect('problems' in parsed).toBe(true);
    const problems = (parsed as { problems: { path: string; en: string }[] }).problems;
    expect(problems.map((p) => p.path)).toEqual(['masukan.kolom.presensi.jam_datang']);
    expect(problems[0]!.en).toContain('jam_masuk');
    expect('pack' in parseRulePack(mergeRulePack(bawaanRaw(), { masukan: { kolom: { presensi: { tl1: ['Telat 1-30'] }, pegawai: { golongan: ['Pangkat'] } } } }), knownFields)).toBe(true);
  });
});

async function read(dir: string, file: string, pack: RulePack = aPack()) {
  const findings = new FindingCollector();
  const pegawai = await readPegawai(await fixtureTable(dir, 'pegawai.csv'), pack, period, findings);
  const calendar = buildCalendar(period, pack, []);
  const { ledger, ledgers } = await readPresensi(await fixtureTable(dir, file), { pegawai, calendar, pack, codes: buildDayCodeTable(pack.presensi.kode), period, findings });
  return { findings, ledger, ledgers, of: (code: string) => findings.sorted().filter((f) => f.code === code) };
}

describe('attendance shape checks on files', () => {
  it('a schedule-only file (Jam Masuk 07:30 on every row) stops with KOLOM_JADWAL and no scan to point at', async () => {
    const r = await read('presensi-jadwal', 'varian/jadwal_saja.csv');
    const found = r.of('KOLOM_JADWAL');
    // Jam Pulang (16:00 Monday to Thursday, 16:30 on Friday) is one value per weekday: a schedule too.
    expect(found.map((f) => f.column).sort()).toEqual(['Jam Masuk', 'Jam Pulang']);
    const f = found.find((x) => x.column === 'Jam Masuk');
    expect(f).toMatchObject({ value: '07:30', params: { share: 100, field: 'jam_masuk' } });
    expect(f!.params['other_id']).toBeUndefined();
    expect(r.ledger.columnsStopped).toBe(true);
  });
  it('a time column the pack maps by name is the user\'s statement: no schedule guard on it', async () => {
    const pack = aPack({ masukan: { kolom: { presensi: { jam_masuk: ['Jam Masuk'], jam_pulang: ['Jam Pulang'] } } } });
    const r = await read('presensi-jadwal', 'varian/jadwal_saja.csv', pack);
    expect(r.of('KOLOM_JADWAL')).toEqual([]);
    expect(r.findings.stopsRun).toBe(false);
  });
  it('a daily log with a leave time but no arrival column stops; its rows are not folded', async () => {
    const r = await read('presensi-jam-datang-kerja', 'varian/hanya_pulang.csv');
    const [f] = r.of('KOLOM_PRESENSI_KURANG');
    expect(f!.params).toMatchObject({ missing: 'jam_masuk', unknown: "'No', 'Nama', 'Jam Datang Kerja'" });
    expect(String(f!.params['suggest_en'])).toContain("Column 'Jam Datang Kerja' may be jam_masuk (similar name; it holds times, e.g. 07:29)");
    expect(r.ledger.columnsStopped).toBe(true);
    expect(r.ledgers[0]).toMatchObject({ used: 0, ignored: 88 });
    expect(r.of('PRESENSI_TANPA_CATATAN')).toEqual([]);
  });
  it('a codes-only daily log (Keterangan, no time-like column) is legal: times are not checked', async () => {
    const r = await read('presensi-jam-datang-kerja', 'varian/kode_saja.csv');
    expect(r.findings.stopsRun).toBe(false);
    expect(r.ledger.dayRecord(0, 0)).toMatchObject({ code: { code: 'H' }, timesKnown: false });
    expect(r.ledgers[0]).toMatchObject({ used: 88, rejected: 0 });
  });
  it('minutes cannot become band counts, even with one TL and one PSW band', async () => {
    const pack = aPack({ presensi: { terlambat: [{ kode: 'TL', dari: 1, persen: 0.5 }], pulang_cepat: [{ kode: 'PSW', dari: 1, persen: 0.5 }] } });
    const r = await read('rekap-terlambat-kali', 'varian/rekap_menit.csv', pack);
    expect(r.of('KOLOM_REKAP_TIDAK_COCOK').map((f) => [f.column, f.params['meaning_en']])).toEqual([
      ['Pulang Cepat (menit)', 'minutes of early leaves; minutes cannot be turned into day counts per band'],
      ['Terlambat (menit)', 'minutes of late arrivals; minutes cannot be turned into day counts per band'],
    ]);
    // The file's rows are not folded (nor reported one by one); every row is still accounted for.
    expect(r.ledger.summaries.size).toBe(0);
    expect(r.ledgers[0]).toMatchObject({ read: 7, ignored: 4, skipped: 3 });
  });
  it('one band count maps where the pack has one band; several bands cannot be split', async () => {
    const r = await read('rekap-terlambat-kali', 'presensi_rekap.csv', aPack({ presensi: { terlambat: [{ kode: 'TL', dari: 1, persen: 0.5 }] } }));
    // Terlambat (kali) maps to the only TL band; Pulang Cepat (kali) cannot be split into PSW1..PSW4.
    expect(r.of('KOLOM_REKAP_TIDAK_COCOK').map((f) => f.column)).toEqual(['Pulang Cepat (kali)']);
    expect(r.of('KOLOM_PRESENSI_KURANG')).toEqual([]);
  });
  it('a summary without a band column of the pack stops with KOLOM_PRESENSI_KURANG naming it', async () => {
    const terlambat = [
      { kode: 'TL1', dari: 1, sampai: 30, persen: 0.5 },
      { kode: 'TL2', dari: 31, sampai: 60, persen: 1 },
      { kode: 'TL3', dari: 61, sampai: 90, persen: 1.25 },
      { kode: 'TL4', dari: 91, sampai: 120, persen: 1.5 },
      { kode: 'TL5', dari: 121, persen: 2 },
    ];
    const r = await read('rekap-tidak-seimbang', 'presensi_rekap.csv', aPack({ presensi: { terlambat } }));
    expect(r.of('KOLOM_PRESENSI_KURANG').map((f) => [f.params['missing'], f.params['shape_en']])).toEqual([['TL5', 'monthly summary']]);
  });
});

/**
 * Pay share by day count for a day code (rule pack `presensi.kode.<KODE>.bayar`), with amounts worked
 * by hand. October 2026 has 22 working days on the `bawaan` schedule: Thu 1, Fri 2, then Mon–Fri
 * 5–9, 12–16, 19–23, 26–30. Sick leave S is paid 100 % for its first 14 days in the month, 75 % after.
 */
import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import { parseGolongan } from '../../src/model/golongan.js';
import { AttendanceGrid } from '../../src/inputs/attendance-grid.js';
import { buildDayCodeTable } from '../../src/rules/day-codes.js';
import { mergeRulePack, parseRulePack } from '../../src/rules/parse-rule-pack.js';
import type { RulePack } from '../../src/rules/rule-pack-schema.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { computeDiscipline } from '../../src/scoring/compute-discipline.js';
import { paidDaysCut } from '../../src/scoring/paid-days-cut.js';
import { computeTpp } from '../../src/tpp/compute-tpp.js';
import { knownFields } from '../../src/inputs/known-fields.js';
import { aPack, bawaanRaw, x } from '../helpers/builders.js';

const t = (hhmm: string) => {
  const [h, m] = hhmm.split(':');
  return Number(h) * 3600 + Number(m) * 60;
};

/** One employee's October 2026: the first `sick` working days coded `code`, the rest present on time. */
function october(pack: RulePack, sick: number, code = 'S') {
  const calendar = buildCalendar({ year: 2026, month: 10 }, pack, []);
  const codes = buildDayCodeTable(pack.presensi.kode);
  const grid = new AttendanceGrid(1, calendar.days, codes);
  const workingDays = calendar.workingDays('bawaan');
  workingDays.forEach((d, i) => {
    if (i < sick) grid.mergeDaily(0, d, codes.lookup(code)!, undefined, undefined, true);
    else grid.mergeDaily(0, d, grid.present, t('07:25'), t('16:45'), true);
    grid.markRowSeen(0);
  });
  return computeDiscipline({ calendar, pack, jadwal: 'bawaan', workingDays, attendance: grid, employeeIndex: 0, hariTanpaData: codes.lookup('TK')!, withDetails: true });
}

const sickPay = () => aPack({ presensi: { kode: { S: { bayar: [{ sampai_hari: 14, persen: 100 }, { persen: 75 }] } } } });

/** TPP of Rp 5.000.000 pagu (bawaan: disiplin 40 % on nilai_disiplin, kinerja 60 % on faktor_predikat 100). */
function tppOf(pack: RulePack, sick: number, code = 'S') {
  const d = october(pack, sick, code);
  const tpp = computeTpp({
    pagu: 5_000_000, status: 'PNS', hariBayar: 22 - d.tidakDibayar, potonganHariBayar: paidDaysCut(d, 5_000_000, pack), hariKerjaPenuh: 22, tk: d.tk,
    nilai: { nilai_disiplin: d.nilai }, faktorPredikat: x(100), persenHukdis: Exact.ZERO, held: false,
    golongan: parseGolongan('III/c', false)!, gaji: 4_200_000,
  }, pack);
  return { d, tpp };
}

describe('presensi.kode.S.bayar: first 14 sick days 100 %, after that 75 %', () => {
  it('3 sick days: all within the first 14, paid in full', () => {
    const { d, tpp } = tppOf(sickPay(), 3);
    // 3 days × (100 − 100) % = 0 days cut → faktor_hari 22/22 = 1
    // disiplin 5,000,000 × 40 % × 1 × 100 % = 2,000,000; kinerja 5,000,000 × 60 % × 1 = 3,000,000
    expect([d.sakit, d.hadir, d.potonganHariBayar.toString(), d.nilai.toString()]).toEqual([3, 19, '0', '100']);
    expect(tpp.faktorHari.toString()).toBe('1');
    expect(tpp.komponen.map((k) => k.jumlah)).toEqual([2_000_000, 3_000_000]);
    expect(tpp.tppBruto).toBe(5_000_000);
  });

  it('14 sick days: exactly the 100 % band, paid in full', () => {
    const { d, tpp } = tppOf(sickPay(), 14);
    // days 1–14 of S are all ≤ sampai_hari 14 → 0 days cut → bruto 2,000,000 + 3,000,000 = 5,000,000
    expect([d.sakit, d.potonganHariBayar.toString()]).toEqual([14, '0']);
    expect(tpp.tppBruto).toBe(5_000_000);
  });

  it('20 sick days: the 15th to 20th are paid 75 %', () => {
    const { d, tpp } = tppOf(sickPay(), 20);
    // S days 15..20 = 6 days × (100 − 75) % = 1.5 days cut → faktor_hari (22 − 1.5)/22 = 20.5/22 = 41/44
    // disiplin 2,000,000 × 41/44 = 1,863,636.36… → 1,863,636 (half_up)
    // kinerja  3,000,000 × 41/44 = 2,795,454.54… → 2,795,455; bruto 4,659,091
    expect([d.sakit, d.tidakDibayar, d.potonganHariBayar.toString()]).toEqual([20, 0, '1.5']);
    expect(tpp.faktorHari.toString()).toBe('41/44');
    expect(tpp.komponen.map((k) => k.jumlah)).toEqual([1_863_636, 2_795_455]);
    expect(tpp.tppBruto).toBe(4_659_091);
    // Discipline counts the days as S's efek (sakit) says: no points off.
    expect([d.potongan.toString(), d.nilai.toString()]).toEqual(['0', '100']);
  });

  it('bawaan has no pay rules: 20 sick days are paid in full, as before', () => {
    const { d, tpp } = tppOf(aPack(), 20);
    expect([d.sakit, d.potonganHariBayar.toString(), tpp.faktorHari.toString(), tpp.tppBruto]).toEqual([20, '0', '1', 5_000_000]);
  });

  it('a code counted as worked for discipline can still cut pay', () => {
    const pack = aPack({ presensi: { kode: { PK: { alias: ['PIKET_KURANG'], efek: 'hadir', cek_masuk: false, cek_pulang: false, bayar: [{ persen: 50 }] } } } });
    const { d, tpp } = tppOf(pack, 2, 'PK');
    // 2 days × 50 % = 1 day cut → faktor_hari 21/22; both days count as hadir (22 hadir in all)
    // disiplin 2,000,000 × 21/22 = 1,909,090.90… → 1,909,091; kinerja 3,000,000 × 21/22 = 2,863,636.36… → 2,863,636
    expect([d.hadir, d.potonganHariBayar.toString()]).toEqual([22, '1']);
    expect(tpp.faktorHari.toString()).toBe('21/22');
    expect(tpp.komponen.map((k) => k.jumlah)).toEqual([1_909_091, 2_863_636]);
  });
});

describe('presensi.kode.<KODE>.kelas: days paid at the pagu of a fixed kelas (tugas belajar)', () => {
  // Tugas belajar counted as leave for discipline, paid at kelas 7 (Rp 2.750.000) instead of the own Rp 5.000.000.
  const studyPack = () => aPack({ tpp: { pagu_per_kelas: { 7: 2_750_000 } }, presensi: { kode: { TB: { efek: 'cuti', kelas: 7 } } } });

  it('a whole month of TB pays exactly the kelas 7 pagu', () => {
    const { d, tpp } = tppOf(studyPack(), 22, 'TB');
    // cut = 22 days × (1 − 2,750,000/5,000,000) = 22 × 0.45 = 9.9 → faktor_hari (22 − 9.9)/22 = 0.55
    // dasar 5,000,000 × 0.55 = 2,750,000; disiplin 40 % = 1,100,000; kinerja 60 % = 1,650,000
    expect([d.cuti, d.tidakDibayar, d.hariKelasTetap]).toEqual([22, 0, [{ kelas: 7, hari: 22 }]]);
    expect(paidDaysCut(d, 5_000_000, studyPack()).toString()).toBe('9.9');
    expect(tpp.faktorHari.toString()).toBe('0.55');
    expect(tpp.komponen.map((k) => k.jumlah)).toEqual([1_100_000, 1_650_000]);
    expect(tpp.tppBruto).toBe(2_750_000);
  });

  it('half a month of TB blends the two pagu', () => {
    const { tpp } = tppOf(studyPack(), 11, 'TB');
    // cut = 11 × 0.45 = 4.95 → faktor_hari 17.05/22 = 0.775
    // dasar = (11 × 5,000,000 + 11 × 2,750,000)/22 = 85,250,000/22 = 3,875,000; 40 % = 1,550,000; 60 % = 2,325,000
    expect(tpp.faktorHari.toString()).toBe('0.775');
    expect(tpp.komponen.map((k) => k.jumlah)).toEqual([1_550_000, 2_325_000]);
  });

  it('excluded from pay yet worked for discipline: bayar 0 %', () => {
    const pack = aPack({ presensi: { kode: { PX: { efek: 'hadir', cek_masuk: false, cek_pulang: false, bayar: [{ persen: 0 }] } } } });
    const { d, tpp } = tppOf(pack, 3, 'PX');
    // 3 days × 100 % = 3 days cut → faktor_hari 19/22; all 22 days are hadir
    // disiplin 2,000,000 × 19/22 = 1,727,272.72… → 1,727,273; kinerja 3,000,000 × 19/22 = 2,590,909.09… → 2,590,909
    expect([d.hadir, tpp.faktorHari.toString()]).toEqual([22, '19/22']);
    expect(tpp.komponen.map((k) => k.jumlah)).toEqual([1_727_273, 2_590_909]);
  });
});

describe('presensi.kode.*.bayar in the pack', () => {
  const problemsOf = (kode: Record<string, unknown>) => {
    const result = parseRulePack(mergeRulePack(bawaanRaw(), { presensi: { kode } }), knownFields);
    return 'problems' in result ? result.problems.map((p) => `${p.path}: ${p.en}`) : [];
  };

  it('a built-in code takes pay rules without restating its efek; a new code needs one', () => {
    expect(problemsOf({ S: { bayar: [{ sampai_hari: 14, persen: 100 }, { persen: 75 }] } })).toEqual([]);
    expect(problemsOf({ AP: { alias: ['APEL'], efek: 'hadir', cek_masuk: false, cek_pulang: true, persen: 0 } })).toEqual([]);
    expect(problemsOf({ XY: { bayar: [{ persen: 50 }] } })).toEqual(['presensi.kode.XY.efek: required for a new code']);
  });

  it('names the bad row', () => {
    expect(problemsOf({ S: { bayar: [{ sampai_hari: 14, persen: 100 }, { sampai_hari: 20, persen: 75 }] } })).toEqual([
      'presensi.kode.S.bayar[1]: the last row must have no "sampai_hari" (applies to the later days)',
    ]);
    expect(problemsOf({ S: { bayar: [{ sampai_hari: 14, persen: 100 }, { sampai_hari: 10, persen: 75 }, { persen: 50 }] } })).toEqual([
      'presensi.kode.S.bayar[1].sampai_hari: must be greater than the row before',
    ]);
    expect(problemsOf({ S: { bayar: [{ persen: 100 }, { persen: 75 }] } })).toEqual(['presensi.kode.S.bayar[0].sampai_hari: required except on the last row']);
    expect(problemsOf({ TB: { bayar: [{ persen: 50 }] } })).toEqual(['presensi.kode.TB.bayar: a tidak_dibayar code is never paid; remove bayar']);
    expect(problemsOf({ S: { bayar: [{ persen: 120 }] } }).map((p) => p.split(':')[0])).toEqual(['presensi.kode.S.bayar[0].persen']);
  });

  it('checks kelas', () => {
    // bawaan has no pagu_per_kelas, so any kelas is unknown there.
    expect(problemsOf({ TB: { efek: 'cuti', kelas: 7 } })).toEqual(['presensi.kode.TB.kelas: kelas 7 is not in tpp.pagu_per_kelas']);
    expect(problemsOf({ TB: { kelas: 7 } })).toContain('presensi.kode.TB.kelas: a tidak_dibayar code is never paid; choose another efek (e.g. cuti)');
    expect(problemsOf({ TB: { efek: 'cuti', kelas: 7, bayar: [{ persen: 50 }] } })).toContain('presensi.kode.TB.kelas: use bayar or kelas, not both');
    expect(problemsOf({ TB: { efek: 'cuti', kelas: 18 } }).map((p) => p.split(':')[0])).toEqual(['presensi.kode.TB.kelas']);
  });
});

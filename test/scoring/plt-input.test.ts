import { describe, expect, it } from 'vitest';
import { Exact } from '../../src/exact.js';
import { FindingCollector } from '../../src/findings.js';
import type { Pegawai, Plt } from '../../src/model/records.js';
import type { DisciplineResult } from '../../src/model/results.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { pltInputOf } from '../../src/scoring/plt-input.js';
import { aPack } from '../helpers/builders.js';

const NIP = '198204122006041005';
const pack = aPack({ tpp: { plt: { cara: 'tambahan_persen', persen: 20, minimal_hari: 5, jenis: ['Plt'] } } });
const calendar = buildCalendar({ year: 2026, month: 10 }, pack, []);
const e = { nip: NIP, jadwal: 'bawaan' } as Pegawai;
const aPlt = (tmtMulai: string, tmtSelesai: string, row: number): Plt => ({ nip: NIP, jenis: 'Plt', pagu: 9_000_000, sumberPagu: 'tpp_pagu', tmtMulai, tmtSelesai, file: 'plt.csv', row });
const disiplin = (tidakDibayar: number) => ({ tidakDibayar }) as DisciplineResult;

describe('an employee acting posts before pay is decided', () => {
  it('counts each post acting days; a post below minimal_hari is an info and nothing else', () => {
    const findings = new FindingCollector();
    const input = pltInputOf([aPlt('2026-10-01', '2026-10-07', 2), aPlt('2026-10-26', '2026-10-31', 3)], e, pack, calendar, disiplin(0), Exact.ZERO, findings);
    // 1–7 October: Thu, Fri, Mon–Wed = 5 days; 26–31 October: Mon–Fri = 5 days.
    expect(input?.periods.map((p) => p.hari)).toEqual([5, 5]);
    expect(findings.sorted()).toEqual([]);
    const short = new FindingCollector();
    pltInputOf([aPlt('2026-10-29', '2026-10-31', 2)], e, pack, calendar, disiplin(0), Exact.ZERO, short);
    expect(short.sorted().map((f) => [f.code, f.level])).toEqual([['PLT_KURANG_HARI', 'info']]);
    expect(short.isHeld(NIP)).toBe(false);
  });

  it('overlapping terms hold the employee', () => {
    const findings = new FindingCollector();
    pltInputOf([aPlt('2026-10-01', '2026-10-15', 2), aPlt('2026-10-15', '2026-10-31', 3)], e, pack, calendar, disiplin(0), Exact.ZERO, findings);
    expect(findings.sorted().map((f) => [f.code, f.row])).toEqual([['PLT_TUMPANG_TINDIH', 3]]);
    expect(findings.isHeld(NIP)).toBe(true);
  });

  it('unpaid or partly paid days beside a paid acting post hold the employee; beside one below the minimum they do not', () => {
    const unpaid = new FindingCollector();
    pltInputOf([aPlt('2026-10-01', '2026-10-31', 2)], e, pack, calendar, disiplin(2), Exact.ZERO, unpaid);
    expect(unpaid.isHeld(NIP)).toBe(true);
    const partly = new FindingCollector();
    pltInputOf([aPlt('2026-10-01', '2026-10-31', 2)], e, pack, calendar, disiplin(0), Exact.of(3, 2), partly);
    expect(partly.sorted().map((f) => f.code)).toEqual(['PLT_HARI_TIDAK_PASTI']);
    const below = new FindingCollector();
    pltInputOf([aPlt('2026-10-30', '2026-10-31', 2)], e, pack, calendar, disiplin(2), Exact.ZERO, below);
    expect(below.isHeld(NIP)).toBe(false);
  });

  it('nothing without acting posts or without a rule', () => {
    expect(pltInputOf(undefined, e, pack, calendar, disiplin(0), Exact.ZERO, new FindingCollector())).toBeUndefined();
    expect(pltInputOf([aPlt('2026-10-01', '2026-10-31', 2)], e, aPack(), calendar, disiplin(0), Exact.ZERO, new FindingCollector())).toBeUndefined();
  });
});

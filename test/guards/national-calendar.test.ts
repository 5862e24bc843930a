import { describe, expect, it } from 'vitest';
import { buildCalendar, hasNationalCalendar } from '../../src/scoring/build-calendar.js';
import { aPack } from '../helpers/builders.js';

const working = (year: number, month: number, overrides: Record<string, unknown> = {}) => buildCalendar({ year, month }, aPack(overrides), []);

describe('the national calendar shipped in bawaan (SKB 3 Menteri)', () => {
  it('covers 2025, 2026 and 2027, every date with its name and decree', () => {
    const pack = aPack();
    for (const year of [2025, 2026, 2027]) expect(hasNationalCalendar(pack, { year, month: 1 })).toBe(true);
    expect(hasNationalCalendar(pack, { year: 2028, month: 1 })).toBe(false);
    for (const h of pack.kalender.nasional) {
      expect(h.nama.length).toBeGreaterThan(3);
      expect(h.dasar).toMatch(/^SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor \d+ Tahun 20\d\d/);
    }
    // SKB 1497/2/5 Tahun 2025: 17 libur and 8 cuti bersama in 2026.
    const y2026 = pack.kalender.nasional.filter((h) => h.tanggal.startsWith('2026-'));
    expect(y2026.filter((h) => h.jenis === 'libur')).toHaveLength(17);
    expect(y2026.filter((h) => h.jenis === 'cuti_bersama')).toHaveLength(8);
  });

  it('25 December and the cuti bersama of 24 December 2026 are not working days', () => {
    const c = working(2026, 12);
    expect(c.holidays.get('2026-12-25')).toBe('Kelahiran Yesus Kristus');
    expect(c.holidays.has('2026-12-24')).toBe(true);
    // December 2026: 23 weekdays less 24 and 25 December.
    expect(c.hariKerjaPeriode).toBe(21);
  });

  it('an office that works on cuti bersama switches them off; national holidays stay', () => {
    const c = working(2026, 12, { kalender: { cuti_bersama: false } });
    expect(c.holidays.has('2026-12-24')).toBe(false);
    expect(c.holidays.has('2026-12-25')).toBe(true);
    expect(c.hariKerjaPeriode).toBe(22);
  });

  it('17 August 2026 (a Monday) is a holiday; October 2026 keeps its 22 working days (SPEC §7)', () => {
    expect(working(2026, 8).holidays.get('2026-08-17')).toBe('Proklamasi Kemerdekaan');
    expect(working(2026, 10).hariKerjaPeriode).toBe(22);
  });

  it('the 2025 amendment (SKB 933/1/3 Tahun 2025) adds the cuti bersama of 18 August 2025', () => {
    const entry = aPack().kalender.nasional.find((h) => h.tanggal === '2025-08-18');
    expect(entry).toMatchObject({ jenis: 'cuti_bersama' });
    expect(entry!.dasar).toContain('Nomor 933 Tahun 2025');
  });
});

import { describe, expect, it } from 'vitest';
import { cumulativeThreshold, summarizeYear, type MonthEmployee, type MonthInput } from '../../src/archive/year-summary.js';

const NIP = '198503172010011003';

/** One employee's month: 22 working days, present throughout, Baik, paid 1,000,000 unless told otherwise. */
function emp(over: Partial<MonthEmployee> = {}): MonthEmployee {
  return {
    nip: NIP,
    nama: 'Budi',
    unit: 'U1',
    status: 'PNS',
    predikat: 'BAIK',
    statusBayar: 'dibayar',
    rapel: 0,
    tppDibayar: 1_000_000,
    tk: 0,
    hariKerja: 22,
    tkBeruntun: 0,
    tkAwalBulan: 0,
    tkAkhirBulan: 0,
    jenjangJf: '',
    ...over,
  };
}

/** Twelve months; `given[m]` is month m's employee (or a state without employees). */
function year(given: Record<number, MonthEmployee | 'tidak_ada' | { belum: MonthEmployee }>): MonthInput[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const g = given[month];
    if (g === undefined || g === 'tidak_ada') return { month, state: 'tidak_ada' as const, employees: new Map() };
    if ('belum' in g) return { month, state: 'belum_dibayar' as const, folder: `2026-${String(month).padStart(2, '0')}`, employees: new Map([[NIP, g.belum]]) };
    return { month, state: 'dibayar' as const, folder: `2026-${String(month).padStart(2, '0')}`, employees: new Map([[NIP, g]]) };
  });
}

const full = (over: Partial<MonthEmployee> = {}) => Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, emp(over)]));

describe('TPP paid over the year', () => {
  it('paid months add up; a month not yet paid shows no TPP and is named; a missing month is neither', () => {
    // Jan, Feb paid 1,000,000 and 1,250,000 (netto 1,000,000 + rapel 250,000 in pegawai.csv); Mar not paid yet; the rest missing.
    const s = summarizeYear(2026, year({ 1: emp(), 2: emp({ tppDibayar: 1_250_000 }), 3: { belum: emp() } }));
    const e = s.employees[0]!;
    expect(e.tpp.slice(0, 4)).toEqual([1_000_000, 1_250_000, undefined, undefined]);
    expect(e.tppTotal).toBe(2_250_000);
    expect(e.bulanBelumDibayar).toEqual([3]);
    expect(e.predikat.slice(0, 4)).toEqual(['BAIK', 'BAIK', 'BAIK', undefined]);
    expect(s.months.map((m) => m.state).slice(0, 4)).toEqual(['dibayar', 'dibayar', 'belum_dibayar', 'tidak_ada']);
    expect(s.months.map((m) => m.tppDibayar).slice(0, 4)).toEqual([1_000_000, 1_250_000, 0, 0]);
    expect(s.total.tppDibayar).toBe(2_250_000);
  });

  it('a held employee is paid nothing that month', () => {
    const s = summarizeYear(2026, year({ 1: emp({ statusBayar: 'ditahan', tppDibayar: 0 }) }));
    expect([s.employees[0]!.tppTotal, s.months[0]!.dibayar]).toEqual([0, 0]);
  });
});

describe('PP 94/2021 cumulative TK thresholds (days in the year)', () => {
  it.each([
    [2, undefined],
    [3, 'TEGURAN_LISAN'],
    [4, 'TEGURAN_TERTULIS'],
    [6, 'TEGURAN_TERTULIS'],
    [7, 'PERNYATAAN_TIDAK_PUAS'],
    [10, 'PERNYATAAN_TIDAK_PUAS'],
    [11, 'POTONGAN_TUKIN_25_6_BULAN'],
    [13, 'POTONGAN_TUKIN_25_6_BULAN'],
    [14, 'POTONGAN_TUKIN_25_9_BULAN'],
    [16, 'POTONGAN_TUKIN_25_9_BULAN'],
    [17, 'POTONGAN_TUKIN_25_12_BULAN'],
    [20, 'POTONGAN_TUKIN_25_12_BULAN'],
    [21, 'PENURUNAN_JABATAN'],
    [24, 'PENURUNAN_JABATAN'],
    [25, 'PEMBEBASAN_JABATAN'],
    [27, 'PEMBEBASAN_JABATAN'],
    [28, 'PEMBERHENTIAN'],
    [60, 'PEMBERHENTIAN'],
  ])('%i days → %s', (days, kode) => {
    expect(cumulativeThreshold(days)?.kode).toBe(kode);
  });

  it('TK 2 in Jan, 3 in Apr, 7 in Sep: 12 days, 25 % for 6 months, reached in September (2 + 3 = 5 < 11 ≤ 12)', () => {
    const s = summarizeYear(2026, year({ 1: emp({ tk: 2 }), 4: emp({ tk: 3 }), 9: emp({ tk: 7 }) }));
    const e = s.employees[0]!;
    expect([e.tkKumulatif, e.sanksi.map((t) => t.kode), e.tkKumulatifBulanTercapai]).toEqual([12, ['POTONGAN_TUKIN_25_6_BULAN'], 9]);
  });
});

describe('the longest TK run chains months exactly', () => {
  it('6 TK days ending March + 4 starting April = 10 in a row: PEMBERHENTIAN_10_HARI_BERTURUT (March–April)', () => {
    const s = summarizeYear(2026, year({ 3: emp({ tk: 6, tkBeruntun: 6, tkAkhirBulan: 6 }), 4: emp({ tk: 4, tkBeruntun: 4, tkAwalBulan: 4 }) }));
    const e = s.employees[0]!;
    // Cumulative 6 + 4 = 10: pernyataan tidak puas (7–10); the run of 10 is the dismissal threshold.
    expect([e.tkBeruntunTerpanjang, e.tkBeruntunBulan, e.sanksi.map((t) => t.kode)]).toEqual([10, [3, 4], ['PERNYATAAN_TIDAK_PUAS', 'PEMBERHENTIAN_10_HARI_BERTURUT']]);
  });

  it('a month entirely TK chains through: 2 at the end of May + all 21 of June + 3 at the start of July = 26', () => {
    const s = summarizeYear(
      2026,
      year({
        5: emp({ tk: 2, tkBeruntun: 2, tkAkhirBulan: 2 }),
        6: emp({ tk: 21, hariKerja: 21, tkBeruntun: 21, tkAwalBulan: 21, tkAkhirBulan: 21 }),
        7: emp({ tk: 3, tkBeruntun: 3, tkAwalBulan: 3 }),
      }),
    );
    const e = s.employees[0]!;
    // Cumulative 2 + 21 + 3 = 26: pembebasan jabatan (25–27); run 26 ≥ 10.
    expect([e.tkBeruntunTerpanjang, e.tkBeruntunBulan, e.tkKumulatif, e.sanksi.map((t) => t.kode)]).toEqual([26, [5, 7], 26, ['PEMBEBASAN_JABATAN', 'PEMBERHENTIAN_10_HARI_BERTURUT']]);
  });

  it('a present day at the start of the next month breaks the chain: 6 + 0, longest 6 (run of 6 within March)', () => {
    const s = summarizeYear(2026, year({ 3: emp({ tk: 6, tkBeruntun: 6, tkAkhirBulan: 6 }), 4: emp({ tk: 4, tkBeruntun: 4, tkAwalBulan: 0 }) }));
    expect(s.employees[0]!.tkBeruntunTerpanjang).toBe(6);
  });

  it('a month missing from the archive breaks the chain (never assumed TK or present)', () => {
    const s = summarizeYear(2026, year({ 3: emp({ tk: 6, tkBeruntun: 6, tkAkhirBulan: 6 }), 4: 'tidak_ada', 5: emp({ tk: 5, tkBeruntun: 5, tkAwalBulan: 5 }) }));
    expect(s.employees[0]!.tkBeruntunTerpanjang).toBe(6);
  });

  it('a month without the run columns is unknown, not 0: named, and the chain does not pass through it', () => {
    const s = summarizeYear(2026, year({ 3: emp({ tk: 6, tkBeruntun: 6, tkAkhirBulan: 6 }), 4: emp({ tk: 4, tkBeruntun: undefined, tkAwalBulan: undefined, tkAkhirBulan: undefined }) }));
    const e = s.employees[0]!;
    expect([e.tkBeruntunTerpanjang, e.tkBeruntunTidakDiketahui]).toEqual([6, [4]]);
  });

  it('no month with run columns: the longest run is unknown (undefined), never 0', () => {
    const s = summarizeYear(2026, year({ 1: emp({ tkBeruntun: undefined, tkAwalBulan: undefined, tkAkhirBulan: undefined }) }));
    expect([s.employees[0]!.tkBeruntunTerpanjang, s.employees[0]!.tkBeruntunTidakDiketahui]).toEqual([undefined, [1]]);
  });
});

describe('angka kredit (PermenPANRB 1/2023): koefisien/12 × predikat share per month', () => {
  it('Ahli Pertama, Baik all year: 12 × 12.5/12 × 100 % = 12.5', () => {
    expect(summarizeYear(2026, year(full({ jenjangJf: 'AHLI_PERTAMA' }))).employees[0]!.angkaKredit?.toFixed(3)).toBe('12.500');
  });

  it('Ahli Muda, 6 months Sangat Baik and 6 Baik: 6 × 25/12 × 150 % + 6 × 25/12 × 100 % = 18.75 + 12.5 = 31.25', () => {
    const months = full({ jenjangJf: 'AHLI_MUDA' });
    for (let m = 1; m <= 6; m++) months[m] = emp({ jenjangJf: 'AHLI_MUDA', predikat: 'SANGAT_BAIK' });
    expect(summarizeYear(2026, year(months)).employees[0]!.angkaKredit?.toFixed(3)).toBe('31.250');
  });

  it('Pemula, one month Sangat Baik: 3.75/12 × 150 % = 0.46875 → 0.469 (half up, once)', () => {
    expect(summarizeYear(2026, year({ 1: emp({ jenjangJf: 'PEMULA', predikat: 'SANGAT_BAIK' }) })).employees[0]!.angkaKredit?.toFixed(3)).toBe('0.469');
  });

  it('an annual predikat (penilaian tahunan) replaces the months’ predikat: Ahli Madya, Kurang given for the year, 12 months: 37.5 × 50 % = 18.75', () => {
    const s = summarizeYear(2026, year(full({ jenjangJf: 'AHLI_MADYA' })), new Map([[NIP, 'KURANG' as const]]));
    expect([s.employees[0]!.predikatTahunan, s.employees[0]!.angkaKredit?.toFixed(3)]).toEqual(['KURANG', '18.750']);
  });

  it('a jenjang promotion in July: 6 × 12.5/12 + 6 × 25/12 (Baik) = 6.25 + 12.5 = 18.75', () => {
    const months = full({ jenjangJf: 'AHLI_PERTAMA' });
    for (let m = 7; m <= 12; m++) months[m] = emp({ jenjangJf: 'AHLI_MUDA' });
    const e = summarizeYear(2026, year(months)).employees[0]!;
    expect([e.angkaKredit?.toFixed(3), e.jenjangJf]).toEqual(['18.750', 'AHLI_MUDA']);
  });

  it('TIDAK_DINILAI months add nothing; no jenjang: no angka kredit; an unknown jenjang is named, never guessed', () => {
    const months = full({ jenjangJf: 'TERAMPIL', predikat: 'TIDAK_DINILAI' });
    months[1] = emp({ jenjangJf: 'TERAMPIL' });
    expect(summarizeYear(2026, year(months)).employees[0]!.angkaKredit?.toFixed(3)).toBe('0.417'); // 5/12 = 0.41666…
    expect(summarizeYear(2026, year(full())).employees[0]!.angkaKredit).toBeUndefined();
    const bad = summarizeYear(2026, year({ 1: emp({ jenjangJf: 'Ahli Sedang' }) })).employees[0]!;
    expect([bad.jenjangJf, bad.jenjangJfTidakDikenal, bad.angkaKredit]).toEqual([undefined, 'Ahli Sedang', undefined]);
  });
});

describe('months the employee was held', () => {
  it('are named, so the discipline officer checks their TK before any sanction (the TK still counts)', () => {
    // March held with 12 TK days (a data error may be behind them), April paid with 0.
    const s = summarizeYear(2026, year({ 3: emp({ statusBayar: 'ditahan', tppDibayar: 0, tk: 12 }), 4: emp() }));
    const e = s.employees[0]!;
    expect(e.bulanDitahan).toEqual([3]);
    expect(e.tkKumulatif).toBe(12);
  });
});

describe('the annual predikat (kinerja.predikat_tahunan)', () => {
  const monthsOf = (predikat: Record<number, string>) => year(Object.fromEntries(Object.entries(predikat).map(([m, p]) => [Number(m), emp({ predikat: p })])));
  const twelve = (p: (m: number) => string) => Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, p(i + 1)]));

  it('penilaian (the default): only an annual rating sets it; without one it is empty, whatever the months say', () => {
    const months = monthsOf(twelve(() => 'SANGAT_BAIK'));
    expect(summarizeYear(2026, months).employees[0]!).toMatchObject({ predikatTahunan: undefined, predikatTahunanDasar: { kind: 'tanpa_penilaian' } });
    const given = summarizeYear(2026, months, new Map([[NIP, 'KURANG' as const]]), 'bulan_terakhir').employees[0]!;
    expect([given.predikatTahunan, given.predikatTahunanDasar]).toEqual(['KURANG', { kind: 'penilaian' }]);
  });

  it('bulan_terakhir: the last month the employee is in, even if earlier months are missing', () => {
    // January–May missing; June–December Baik, December Butuh Perbaikan.
    const months = monthsOf(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [i + 6, i + 6 === 12 ? 'BUTUH_PERBAIKAN' : 'BAIK'])));
    const e = summarizeYear(2026, months, new Map(), 'bulan_terakhir').employees[0]!;
    expect([e.predikatTahunan, e.predikatTahunanDasar]).toEqual(['BUTUH_PERBAIKAN', { kind: 'bulan_terakhir', month: 12 }]);
  });

  it('bulan_terakhir: a missing month after the last one found leaves it empty (the employee may be in it); an unassessed last month too', () => {
    const gap = summarizeYear(2026, monthsOf({ 9: 'BAIK', 10: 'BAIK' }), new Map(), 'bulan_terakhir').employees[0]!;
    expect([gap.predikatTahunan, gap.predikatTahunanDasar]).toEqual([undefined, { kind: 'bulan_tidak_ada', months: [11, 12] }]);
    const unassessed = summarizeYear(2026, monthsOf(twelve((m) => (m === 12 ? 'TIDAK_DINILAI' : 'BAIK'))), new Map(), 'bulan_terakhir').employees[0]!;
    expect([unassessed.predikatTahunan, unassessed.predikatTahunanDasar]).toEqual([undefined, { kind: 'tidak_dinilai', month: 12 }]);
  });

  it('bulan_terakhir: an employee who left in June is judged on June when every later month is in the archive', () => {
    const months = year({ ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [i + 1, emp({ predikat: i === 5 ? 'KURANG' : 'BAIK' })])) });
    // July–December are in the archive without this employee.
    const other = emp({ nip: '199001012015011001' });
    const withOthers = months.map((m) => (m.month > 6 ? { month: m.month, state: 'dibayar' as const, folder: `2026-${m.month}`, employees: new Map([[other.nip, other]]) } : m));
    const e = summarizeYear(2026, withOthers, new Map(), 'bulan_terakhir').employees.find((x) => x.nip === NIP)!;
    expect([e.predikatTahunan, e.predikatTahunanDasar]).toEqual(['KURANG', { kind: 'bulan_terakhir', month: 6 }]);
  });

  it('terbanyak: the predikat most months have; unassessed months are not counted but shown in the base', () => {
    // 5 Sangat Baik, 6 Baik, 1 not assessed.
    const e = summarizeYear(2026, monthsOf(twelve((m) => (m <= 5 ? 'SANGAT_BAIK' : m === 12 ? 'TIDAK_DINILAI' : 'BAIK'))), new Map(), 'terbanyak').employees[0]!;
    expect([e.predikatTahunan, e.predikatTahunanDasar]).toEqual(['BAIK', { kind: 'terbanyak', count: 6, of: 12 }]);
  });

  it('terbanyak: a tie goes to the lower predikat; any month missing from the archive leaves it empty', () => {
    const tie = summarizeYear(2026, monthsOf(twelve((m) => (m % 2 === 0 ? 'SANGAT_BAIK' : 'BUTUH_PERBAIKAN'))), new Map(), 'terbanyak').employees[0]!;
    expect([tie.predikatTahunan, tie.predikatTahunanDasar]).toEqual(['BUTUH_PERBAIKAN', { kind: 'terbanyak', count: 6, of: 12 }]);
    const missing = summarizeYear(2026, monthsOf(twelve((m) => (m === 3 ? '' : 'BAIK'))).map((m) => (m.month === 3 ? { month: 3, state: 'tidak_ada' as const, employees: new Map() } : m)), new Map(), 'terbanyak').employees[0]!;
    expect([missing.predikatTahunan, missing.predikatTahunanDasar]).toEqual([undefined, { kind: 'bulan_tidak_ada', months: [3] }]);
  });

  it('the angka kredit follows the annual predikat a rule set (Ahli Muda all year, bulan_terakhir Kurang: 25 × 50 % = 12.5)', () => {
    const months = year(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, emp({ jenjangJf: 'AHLI_MUDA', predikat: i === 11 ? 'KURANG' : 'SANGAT_BAIK' })])));
    expect(summarizeYear(2026, months, new Map(), 'bulan_terakhir').employees[0]!.angkaKredit?.toFixed(3)).toBe('12.500');
    // Under penilaian each month's own predikat counts: 11 × 25/12 × 150 % + 25/12 × 50 % = 35.417.
    expect(summarizeYear(2026, months).employees[0]!.angkaKredit?.toFixed(3)).toBe('35.417');
  });
});

describe('held months and months without working days in the annual predikat and angka kredit', () => {
  const months = (f: (m: number) => Partial<MonthEmployee>) => year(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [i + 1, emp(f(i + 1))])));

  it('bulan_terakhir: a held December decides nothing (its predikat came from data with an error)', () => {
    const e = summarizeYear(2026, months((m) => (m === 12 ? { statusBayar: 'ditahan', tppDibayar: 0 } : {})), new Map(), 'bulan_terakhir').employees[0]!;
    expect([e.predikatTahunan, e.predikatTahunanDasar]).toEqual([undefined, { kind: 'ditahan', months: [12] }]);
  });

  it('terbanyak: any held month leaves it empty, naming the months', () => {
    const e = summarizeYear(2026, months((m) => (m === 3 || m === 7 ? { statusBayar: 'ditahan', tppDibayar: 0 } : {})), new Map(), 'terbanyak').employees[0]!;
    expect([e.predikatTahunan, e.predikatTahunanDasar]).toEqual([undefined, { kind: 'ditahan', months: [3, 7] }]);
  });

  it('months before the TMT (0 working days, rating rows copied forward) count for neither: 3 of 3 months Sangat Baik, Ahli Pertama 3 × 12.5/12 × 150 % = 4.688', () => {
    const joinedOctober = months((m) => (m < 10 ? { hariKerja: 0, predikat: 'BAIK', jenjangJf: 'AHLI_PERTAMA' } : { predikat: 'SANGAT_BAIK', jenjangJf: 'AHLI_PERTAMA' }));
    const e = summarizeYear(2026, joinedOctober, new Map(), 'terbanyak').employees[0]!;
    expect([e.predikatTahunan, e.predikatTahunanDasar]).toEqual(['SANGAT_BAIK', { kind: 'terbanyak', count: 3, of: 3 }]);
    expect([e.angkaKredit?.toFixed(3), e.angkaKreditDasar]).toEqual(['4.688', { kind: 'predikat_tahunan', months: 3 }]);
  });

  it('bulan_terakhir: someone who left in September (no working days after) is judged on September', () => {
    const e = summarizeYear(2026, months((m) => (m > 9 ? { hariKerja: 0, predikat: 'BAIK' } : m === 9 ? { predikat: 'KURANG' } : {})), new Map(), 'bulan_terakhir').employees[0]!;
    expect([e.predikatTahunan, e.predikatTahunanDasar]).toEqual(['KURANG', { kind: 'bulan_terakhir', month: 9 }]);
  });

  it('angka kredit from monthly predikat: a held month leaves it empty (ditahan); an annual predikat settles it', () => {
    const withHeld = months((m) => ({ jenjangJf: 'AHLI_MUDA', ...(m === 5 ? { statusBayar: 'ditahan' as const, tppDibayar: 0 } : {}) }));
    const monthly = summarizeYear(2026, withHeld).employees[0]!;
    expect([monthly.angkaKredit, monthly.angkaKreditDasar]).toEqual([undefined, { kind: 'ditahan', months: [5] }]);
    const annual = summarizeYear(2026, withHeld, new Map([[NIP, 'BAIK' as const]])).employees[0]!;
    expect([annual.angkaKredit?.toFixed(3), annual.angkaKreditDasar]).toEqual(['25.000', { kind: 'predikat_tahunan', months: 12 }]);
    const clean = summarizeYear(2026, months(() => ({ jenjangJf: 'AHLI_MUDA' }))).employees[0]!;
    expect([clean.angkaKredit?.toFixed(3), clean.angkaKreditDasar]).toEqual(['25.000', { kind: 'predikat_bulanan', months: 12 }]);
  });
});

describe('an annual rating in doubt (a rejected --penilaian row may be the employee\'s)', () => {
  const jf = year(full({ jenjangJf: 'AHLI_MUDA' }));

  it('gives neither an annual predikat nor an angka kredit, whatever the pack rule, and wins over a given rating', () => {
    for (const rule of ['penilaian', 'bulan_terakhir', 'terbanyak'] as const) {
      const e = summarizeYear(2026, jf, new Map(), rule, new Set([NIP])).employees[0]!;
      expect([e.predikatTahunan, e.predikatTahunanDasar, e.angkaKredit, e.angkaKreditDasar]).toEqual([undefined, { kind: 'penilaian_ditolak' }, undefined, { kind: 'penilaian_ditolak' }]);
    }
    const given = summarizeYear(2026, jf, new Map([[NIP, 'KURANG' as const]]), 'bulan_terakhir', new Set([NIP])).employees[0]!;
    expect([given.predikatTahunan, given.angkaKredit]).toEqual([undefined, undefined]);
    // Without the doubt: bulan_terakhir Baik, 25 × 100 % = 25.
    const clear = summarizeYear(2026, jf, new Map(), 'bulan_terakhir', new Set(['199001012015011001'])).employees[0]!;
    expect([clear.predikatTahunan, clear.angkaKredit?.toFixed(3), clear.angkaKreditDasar]).toEqual(['BAIK', '25.000', { kind: 'predikat_tahunan', months: 12 }]);
  });

  it('an employee without a jenjang has no angka kredit basis', () => {
    const e = summarizeYear(2026, year(full()), new Map(), 'bulan_terakhir', new Set([NIP])).employees[0]!;
    expect([e.predikatTahunanDasar, e.angkaKredit, e.angkaKreditDasar]).toEqual([{ kind: 'penilaian_ditolak' }, undefined, undefined]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Aspek, Predikat } from '../../src/model/domain.js';
import type { Exact } from '../../src/exact.js';
import { buildFollowUp, weakestAspect } from '../../src/scoring/build-follow-up.js';
import { aPack, aPenilai, x } from '../helpers/builders.js';
import type { Pegawai, Penilai } from '../../src/model/records.js';
import type { FollowUpMember } from '../../src/model/results.js';

let serial = 0;
function aPegawai(over: Partial<Pegawai> = {}): Pegawai {
  serial += 1;
  return { nip: `1985031720100110${String(serial).padStart(2, '0')}`, nama: `Pegawai ${serial}`, unit: 'BKPSDM', status: 'PNS', jadwal: 'bawaan', file: 'pegawai.csv', row: serial + 1, ...over };
}

function aMember(over: Partial<Omit<FollowUpMember, 'nilaiDisiplin'>> & { predikat?: Predikat; disiplin?: number; perAspek?: Partial<Record<Aspek, Exact>> } = {}): FollowUpMember {
  const { disiplin, ...rest } = over;
  return {
    pegawai: aPegawai(),
    hariKerja: 22,
    predikat: 'BAIK',
    held: false,
    perAspek: {},
    raters: [],
    ...(disiplin !== undefined ? { nilaiDisiplin: x(disiplin) } : { nilaiDisiplin: x(100) }),
    ...rest,
  };
}

const PELATIHAN = { harmonis: 'Komunikasi efektif', adaptif: 'Literasi digital' };
const pack = aPack({ tindak_lanjut: { pelatihan: PELATIHAN } });

describe('weakestAspect', () => {
  it('the lowest mean wins; ties go to the first aspect in SPEC §2.4 order', () => {
    expect(weakestAspect({ akuntabel: x(80), harmonis: x(70), adaptif: x(75) })).toBe('harmonis');
    expect(weakestAspect({ adaptif: x(70), harmonis: x(70), loyal: x(90) })).toBe('harmonis');
    expect(weakestAspect({ kolaboratif: x(60), berorientasi_pelayanan: x(60) })).toBe('berorientasi_pelayanan');
    expect(weakestAspect({})).toBeUndefined();
  });
});

describe('pembinaan (coaching)', () => {
  it('lists a coaching predikat, with the weakest aspect and its training from the pack', () => {
    const m = aMember({ predikat: 'BUTUH_PERBAIKAN', perAspek: { harmonis: x(62), akuntabel: x(80) } });
    const [row] = buildFollowUp([m], new Map(), pack);
    expect(row).toEqual({ daftar: 'pembinaan', nip: m.pegawai.nip, nama: m.pegawai.nama, unit: 'BKPSDM', alasan: 'predikat BUTUH_PERBAIKAN', aspekTerlemah: 'harmonis', saranPelatihan: 'Komunikasi efektif' });
  });

  it('lists a nilai_disiplin below 75, not at 75; the training is empty when the map has no entry', () => {
    const below = aMember({ disiplin: 74.99, perAspek: { loyal: x(70) } });
    const at = aMember({ disiplin: 75 });
    const rows = buildFollowUp([below, at], new Map(), pack);
    expect(rows.map((r) => r.nip)).toEqual([below.pegawai.nip]);
    expect(rows[0]).toMatchObject({ alasan: 'nilai_disiplin 74.99 < 75', aspekTerlemah: 'loyal' });
    expect(rows[0]!.saranPelatihan).toBeUndefined();
  });

  it('gives both reasons in one row, and skips employees without working days', () => {
    const both = aMember({ predikat: 'KURANG', disiplin: 50 });
    const absent = aMember({ predikat: 'SANGAT_KURANG', hariKerja: 0 });
    const rows = buildFollowUp([both, absent], new Map(), pack);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.alasan).toBe('predikat KURANG; nilai_disiplin 50.00 < 75');
  });
});

describe('penghargaan (reward candidates)', () => {
  it('SANGAT_BAIK with nilai_disiplin >= 95 and not held', () => {
    const yes = aMember({ predikat: 'SANGAT_BAIK', disiplin: 95, perAspek: { adaptif: x(88), loyal: x(95) } });
    const lowDiscipline = aMember({ predikat: 'SANGAT_BAIK', disiplin: 94.5 });
    const held = aMember({ predikat: 'SANGAT_BAIK', disiplin: 100, held: true });
    const baik = aMember({ predikat: 'BAIK', disiplin: 100 });
    const rows = buildFollowUp([yes, lowDiscipline, held, baik], new Map(), pack);
    expect(rows).toEqual([
      { daftar: 'penghargaan', nip: yes.pegawai.nip, nama: yes.pegawai.nama, unit: 'BKPSDM', alasan: 'predikat SANGAT_BAIK; nilai_disiplin 95.00', aspekTerlemah: 'adaptif', saranPelatihan: 'Literasi digital' },
    ]);
  });
});

describe('kalibrasi (rater calibration)', () => {
  // Each ratee gets one rater who gives every aspect the same score.
  function ratedBy(rater: string, score: number, count: number): FollowUpMember[] {
    return Array.from({ length: count }, () => {
      const m = aMember();
      const penilai: Penilai = aPenilai(score, { nip: m.pegawai.nip, penilaiNip: rater, peran: 'atasan' });
      return { ...m, raters: [penilai] };
    });
  }
  const LENIENT = '197001011995031001';
  const SEVERE = '197001011995031002';
  const ORDINARY = '197001011995031003';
  const FEW = '197001011995031004';

  it('flags raters more than 15 points above or below the mean of all scores, with at least 3 ratees', () => {
    const members = [...ratedBy(LENIENT, 98, 3), ...ratedBy(SEVERE, 50, 3), ...ratedBy(ORDINARY, 80, 6), ...ratedBy(FEW, 20, 2)];
    const known = new Map([[LENIENT, aPegawai({ nip: LENIENT, nama: 'Kepala Bidang A', unit: 'BAPPEDA' })]]);
    const rows = buildFollowUp(members, known, pack).filter((r) => r.daftar === 'kalibrasi');
    // mean of all = (3×98 + 3×50 + 6×80 + 2×20) / 14 = 964/14 = 68.86; ORDINARY is +11.14, FEW has 2 ratees
    expect(rows).toEqual([
      { daftar: 'kalibrasi', nip: SEVERE, nama: '', unit: '', alasan: 'keras: rata-rata diberikan 50.00, rata-rata semua 68.86' },
      { daftar: 'kalibrasi', nip: LENIENT, nama: 'Kepala Bidang A', unit: 'BAPPEDA', alasan: 'lunak: rata-rata diberikan 98.00, rata-rata semua 68.86' },
    ]);
  });

  it('counts a rater\'s distinct ratees: one ratee rated twice (two roles) is one, so 2 ratees stay under 3', () => {
    const twice = ratedBy(LENIENT, 98, 2);
    const first = twice[0]!;
    twice[0] = { ...first, raters: [...first.raters, aPenilai(98, { nip: first.pegawai.nip, penilaiNip: LENIENT, peran: 'rekan' })] };
    const members = [...twice, ...ratedBy(ORDINARY, 60, 6)];
    expect(buildFollowUp(members, new Map(), pack).filter((r) => r.nip === LENIENT)).toEqual([]);
    // A third ratee makes three: flagged, read from a one-pass iterable as the pipeline gives it.
    const more = [...members, ...ratedBy(LENIENT, 98, 1)];
    function* once(): Generator<FollowUpMember> {
      yield* more;
    }
    expect(buildFollowUp(once(), new Map(), pack).filter((r) => r.nip === LENIENT).map((r) => r.alasan.split(':')[0])).toEqual(['lunak']);
  });

  it('exactly 15 points away is not flagged', () => {
    const members = [...ratedBy(LENIENT, 95, 3), ...ratedBy(ORDINARY, 65, 3)];
    expect(buildFollowUp(members, new Map(), pack).filter((r) => r.daftar === 'kalibrasi')).toEqual([]);
  });
});

/**
 * Follow-up lists (SPEC §4.9): coaching (pembinaan), reward candidates (penghargaan) with the weakest
 * BerAKHLAK aspect and a training suggestion, and rater calibration (lenient / severe raters).
 */
import { ASPEK, type Aspek } from '../model/domain.js';
import { ExactSum, type Exact } from '../exact.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import type { Pegawai } from '../model/records.js';
import type { FollowUpMember, FollowUpRow } from '../model/results.js';

/** The aspect with the lowest mean score (ties: the first in SPEC §2.4 order). */
export function weakestAspect(perAspek: Partial<Record<Aspek, Exact>>): Aspek | undefined {
  let best: Aspek | undefined;
  for (const a of ASPEK) {
    const v = perAspek[a];
    if (v !== undefined && (best === undefined || v.lt(perAspek[best]!))) best = a;
  }
  return best;
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the three lists, sorted by list, unit and NIP. `members` is read once, in one pass: a
 * province's half a million members need not be held at once.
 */
export function buildFollowUp(members: Iterable<FollowUpMember>, employees: ReadonlyMap<string, Pegawai>, pack: RulePack): FollowUpRow[] {
  const rules = pack.tindak_lanjut;
  const rows: FollowUpRow[] = [];
  const withAspect = (m: FollowUpMember, daftar: FollowUpRow['daftar'], alasan: string): FollowUpRow => {
    const aspek = weakestAspect(m.perAspek);
    const saran = aspek === undefined ? undefined : rules.pelatihan[aspek];
    return {
      daftar,
      nip: m.pegawai.nip,
      nama: m.pegawai.nama,
      unit: m.pegawai.unit,
      alasan,
      ...(aspek !== undefined ? { aspekTerlemah: aspek } : {}),
      ...(saran !== undefined ? { saranPelatihan: saran } : {}),
    };
  };
  // Running sums and counts rather than lists of every score: the means are the same exact values.
  // A member's raters come together, so a rater's distinct ratees are counted by the last one seen.
  const given = new Map<string, { sum: ExactSum; count: number; ratees: number; lastRatee: string }>();
  const all = new ExactSum();
  let allCount = 0;
  for (const m of members) {
    for (const r of m.raters) {
      for (const a of ASPEK) all.add(r.skor[a]);
      allCount += ASPEK.length;
      if (r.penilaiNip === undefined) continue;
      let own = given.get(r.penilaiNip);
      if (!own) given.set(r.penilaiNip, (own = { sum: new ExactSum(), count: 0, ratees: 0, lastRatee: '' }));
      for (const a of ASPEK) own.sum.add(r.skor[a]);
      own.count += ASPEK.length;
      if (own.lastRatee !== m.pegawai.nip) {
        own.ratees += 1;
        own.lastRatee = m.pegawai.nip;
      }
    }
    if (m.hariKerja <= 0) continue;
    const reasons: string[] = [];
    if (rules.pembinaan.predikat.includes(m.predikat)) reasons.push(`predikat ${m.predikat}`);
    if (m.nilaiDisiplin !== undefined && m.nilaiDisiplin.lt(rules.pembinaan.nilai_disiplin_di_bawah)) {
      reasons.push(`nilai_disiplin ${m.nilaiDisiplin.toFixed(2)} < ${rules.pembinaan.nilai_disiplin_di_bawah.toString()}`);
    }
    if (reasons.length > 0) rows.push(withAspect(m, 'pembinaan', reasons.join('; ')));
    if (
      !m.held &&
      rules.penghargaan.predikat.includes(m.predikat) &&
      m.nilaiDisiplin !== undefined &&
      m.nilaiDisiplin.gte(rules.penghargaan.nilai_disiplin_minimal)
    ) {
      rows.push(withAspect(m, 'penghargaan', `predikat ${m.predikat}; nilai_disiplin ${m.nilaiDisiplin.toFixed(2)}`));
    }
  }
  if (allCount > 0) {
    const overall = all.dividedBy(allCount);
    for (const [rater, scores] of given) {
      if (scores.ratees < rules.kalibrasi.minimal_dinilai) continue;
      const mean = scores.sum.dividedBy(scores.count);
      const diff = mean.sub(overall);
      const kind = diff.gt(rules.kalibrasi.selisih_poin) ? 'lunak' : diff.neg().gt(rules.kalibrasi.selisih_poin) ? 'keras' : undefined;
      if (!kind) continue;
      const known = employees.get(rater);
      rows.push({
        daftar: 'kalibrasi',
        nip: rater,
        nama: known?.nama ?? '',
        unit: known?.unit ?? '',
        alasan: `${kind}: rata-rata diberikan ${mean.toFixed(2)}, rata-rata semua ${overall.toFixed(2)}`,
      });
    }
  }
  return rows.sort((a, b) => byCodePoint(a.daftar, b.daftar) || byCodePoint(a.unit, b.unit) || byCodePoint(a.nip, b.nip));
}

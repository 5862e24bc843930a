/**
 * Units (SPEC §4.6): predikat counts, exact means, TPP totals as sums of rounded lines, and the
 * distribution-curve check of SE MenPANRB 3/2023 — reported, never enforced.
 */
import { ASSESSED_PREDIKAT, PREDIKAT, type Predikat } from '../model/domain.js';
import { Exact, sumExact } from '../exact.js';
import type { FindingInput } from '../findings.js';
import type { CurveRule, RulePack } from '../rules/rule-pack-schema.js';
import type { UnitRecord } from '../model/records.js';
import type { CurveCheck, MoneyTotals, UnitMember, UnitResult } from '../model/results.js';

/** Zero totals. */
export function emptyTotals(): MoneyTotals {
  return { bruto: 0, pph21: 0, pph21Ditanggung: 0, bpjsPegawai: 0, bpjsPemda: 0, netto: 0 };
}

/** Adds one employee's rounded amounts to totals. */
export function addToTotals(totals: MoneyTotals, m: Pick<UnitMember, 'tppBruto' | 'pph21' | 'pph21Ditanggung' | 'bpjsPegawai' | 'bpjsPemda' | 'tppNetto'>): void {
  totals.bruto += m.tppBruto;
  totals.pph21 += m.pph21;
  totals.pph21Ditanggung += m.pph21Ditanggung;
  totals.bpjsPegawai += m.bpjsPegawai;
  totals.bpjsPemda += m.bpjsPemda;
  totals.netto += m.tppNetto;
}

function roundCount(value: Exact, mode: 'floor' | 'ceil' | 'round'): number {
  const v = mode === 'floor' ? value.floor() : mode === 'ceil' ? value.ceil() : value.roundHalfUp();
  return Number(v);
}

/** Checks one unit's predikat counts against the curve rules of its organisation predikat. */
function checkCurve(rules: readonly CurveRule[], counts: Record<Predikat, number>, n: number, pack: RulePack): CurveCheck[] {
  return rules.map((rule) => {
    const have = rule.predikat.reduce((sum, p) => sum + counts[p], 0);
    if (rule.maks !== undefined) {
      const allowed = roundCount(rule.maks.mul(Exact.of(n)).div(Exact.HUNDRED), pack.kurva.pembulatan.maks);
      return { predikat: rule.predikat, kind: 'maks', batas: rule.maks, have, allowed, ok: have <= allowed };
    }
    if (rule.min !== undefined) {
      const allowed = roundCount(rule.min.mul(Exact.of(n)).div(Exact.HUNDRED), pack.kurva.pembulatan.min);
      return { predikat: rule.predikat, kind: 'min', batas: rule.min, have, allowed, ok: have >= allowed };
    }
    const k = rule.min_orang ?? 0;
    return { predikat: rule.predikat, kind: 'min_orang', batas: Exact.of(k), have, allowed: k, ok: have >= k };
  });
}

const CURVE_CODE = { maks: 'KURVA_MAKS', min: 'KURVA_MIN', min_orang: 'KURVA_MIN_ORANG' } as const;

/**
 * Summarises employees per unit. `units` is the unit file (undefined when none was given: units come
 * from `pegawai.unit` and no curve is checked).
 */
export function summarizeUnits(
  members: readonly UnitMember[],
  units: ReadonlyMap<string, UnitRecord> | undefined,
  pack: RulePack,
): { units: UnitResult[]; findings: FindingInput[] } {
  const codes = new Set<string>(members.map((m) => m.unit));
  if (units) for (const k of units.keys()) codes.add(k);
  const byUnit = new Map<string, UnitMember[]>();
  for (const m of members) {
    const list = byUnit.get(m.unit) ?? [];
    list.push(m);
    byUnit.set(m.unit, list);
  }
  const findings: FindingInput[] = [];
  const results: UnitResult[] = [];
  for (const kode of [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const list = byUnit.get(kode) ?? [];
    const record = units?.get(kode);
    const counts = Object.fromEntries(PREDIKAT.map((p) => [p, 0])) as Record<Predikat, number>;
    const totals = emptyTotals();
    const disiplin: Exact[] = [];
    const capaian: Exact[] = [];
    for (const m of list) {
      counts[m.predikat] += 1;
      addToTotals(totals, m);
      if (m.hariKerja > 0 && m.nilaiDisiplin !== undefined) disiplin.push(m.nilaiDisiplin);
      if (m.hariKerja > 0 && m.capaianSkp !== undefined) capaian.push(m.capaianSkp);
    }
    const dinilai = ASSESSED_PREDIKAT.reduce((sum, p) => sum + counts[p], 0);
    const rules = record?.predikatOrganisasi ? pack.kurva.aturan[record.predikatOrganisasi] : undefined;
    const checked = pack.kurva.aktif && record !== undefined && rules !== undefined && dinilai > 0;
    const checks = checked ? checkCurve(rules, counts, dinilai, pack) : [];
    for (const c of checks) {
      if (c.ok) continue;
      findings.push({
        code: CURVE_CODE[c.kind],
        file: record!.file,
        row: record!.row,
        column: 'predikat_organisasi',
        value: record!.predikatOrganisasi!,
        params: {
          unit: kode,
          org: record!.predikatOrganisasi!,
          predikat: c.predikat.join('+'),
          have: c.have,
          n: dinilai,
          allowed: c.allowed,
          percent: c.batas.toString(),
        },
      });
    }
    if (record?.paguUnit !== undefined && totals.bruto > record.paguUnit) {
      findings.push({
        code: 'PAGU_UNIT_TERLAMPAUI',
        file: record.file,
        row: record.row,
        column: 'pagu_unit',
        value: String(record.paguUnit),
        params: { unit: kode, bruto: totals.bruto, pagu: record.paguUnit },
      });
    }
    results.push({
      kode,
      ...(record?.nama !== undefined ? { nama: record.nama } : {}),
      ...(record?.induk !== undefined ? { induk: record.induk } : {}),
      ...(record?.predikatOrganisasi !== undefined ? { predikatOrganisasi: record.predikatOrganisasi } : {}),
      ...(record?.paguUnit !== undefined ? { paguUnit: record.paguUnit } : {}),
      terdaftar: record !== undefined,
      jumlahPegawai: list.length,
      counts,
      dinilai,
      kurva: checked ? (checks.every((c) => c.ok) ? 'sesuai' : 'tidak_sesuai') : 'tidak_dicek',
      checks,
      ...(disiplin.length > 0 ? { rataNilaiDisiplin: sumExact(disiplin).div(Exact.of(disiplin.length)) } : {}),
      ...(capaian.length > 0 ? { rataCapaianSkp: sumExact(capaian).div(Exact.of(capaian.length)) } : {}),
      totals,
    });
  }
  return { units: results, findings };
}

/**
 * Ratings already given (`penilaian`, SPEC §2.4), e.g. the BKN e-Kinerja "Laporan Penilaian SKP":
 * upper-case ratings, `-` for not assessed, Plt/Plh rows and rows of other months set aside, and the
 * latest `periode_akhir_skp` of a NIP winning after a transfer.
 */
import { formatPeriod, predikatSchema, type AssessedPredikat, type GivenRating, type Period, type Predikat } from '../model/domain.js';
import { compactNip } from './read-nip.js';
import type { FindingCollector } from '../findings.js';
import type { LocalDate } from '../model/local-date.js';
import type { Table } from '../readers/table.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { EmployeeMatcher } from './match-employee.js';
import { readRatingLabel } from './perilaku.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { PegawaiTable, RatingOverride } from '../model/records.js';
import type { FileLedger } from '../model/row-accounting.js';

type PenilaianField = 'nip' | 'hasil_kerja' | 'perilaku_kerja' | 'hasil_akhir' | 'bulan_skp' | 'periode_akhir_skp' | 'plt';

/** Header aliases of `penilaian`. */
export const PENILAIAN_FIELDS: FieldSpecs<PenilaianField> = {
  nip: { aliases: ['nip', 'nip_baru'], required: true },
  hasil_kerja: { aliases: ['hasil_kerja', 'rating_hasil_kerja'] },
  perilaku_kerja: { aliases: ['perilaku_kerja', 'rating_perilaku', 'perilaku'] },
  hasil_akhir: { aliases: ['hasil_akhir', 'predikat', 'predikat_kinerja'] },
  bulan_skp: { aliases: ['bulan_skp', 'bulan'] },
  periode_akhir_skp: { aliases: ['periode_akhir_skp', 'periode_akhir'] },
  plt: { aliases: ['is_skp_plt_plh_pjb', 'is_plt_plh', 'plt_plh'] },
};

/** One row of ratings as read. */
interface PenilaianRow extends RatingOverride {
  nip: string;
  periodeAkhir?: string;
}

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, feb: 2, februari: 2, mar: 3, maret: 3, apr: 4, april: 4, mei: 5, jun: 6, juni: 6,
  jul: 7, juli: 7, agu: 8, agt: 8, ags: 8, agustus: 8, sep: 9, september: 9, okt: 10, oktober: 10,
  nov: 11, november: 11, des: 12, desember: 12,
};

const penilaianPlan: ReadPlan<PenilaianField> = {
  input: 'penilaian',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, PENILAIAN_FIELDS, rowNumber, packNames);
    const anyRating = map.columns.hasil_kerja !== undefined || map.columns.perilaku_kerja !== undefined || map.columns.hasil_akhir !== undefined;
    return hasRequiredFields(map, PENILAIAN_FIELDS) && anyRating ? { shape: 'penilaian', specs: PENILAIAN_FIELDS, map } : undefined;
  },
  required: { id: 'nip dan hasil_kerja / perilaku_kerja / hasil_akhir', en: 'nip and hasil_kerja / perilaku_kerja / hasil_akhir' },
  profiled: () => ({ dates: ['periode_akhir_skp'], numbers: [] }),
};

const NOT_ASSESSED = /^[-–—]+$|^tidak\s+(dinilai|membuat\s+skp)$/i;

/** Reads a predikat such as `SANGAT BAIK`, `KURANG / MISCONDUCT`, `Butuh Perbaikan`. */
function readPredikatLabel(text: string): Exclude<Predikat, 'TIDAK_DINILAI'> | undefined {
  const code = text
    .toUpperCase()
    .replace(/\/\s*MIS\w*/g, '')
    .replace(/\(.*\)/g, '')
    .trim()
    .replace(/[\s-]+/g, '_');
  const parsed = predikatSchema.exclude(['TIDAK_DINILAI']).safeParse(code === 'CUKUP' ? 'BUTUH_PERBAIKAN' : code);
  return parsed.success ? parsed.data : undefined;
}

function monthOf(text: string): number | undefined {
  const t = text.trim().toLowerCase();
  if (/^\d{1,2}$/.test(t)) return Number(t);
  return MONTHS[t];
}

/** Reads the penilaian files; returns the override per NIP. */
export async function readPenilaian(
  tables: readonly Table[],
  pegawai: PegawaiTable,
  period: Period,
  findings: FindingCollector,
): Promise<{ byNip: Map<string, RatingOverride>; ledgers: FileLedger[] }> {
  const candidates = new Map<string, { row: PenilaianRow; ledger: FileLedger }[]>();
  const ledgers: FileLedger[] = [];
  const matcher = new EmployeeMatcher(pegawai, findings);
  for (const table of tables) {
    const ledger = newLedger('penilaian', table);
    ledgers.push(ledger);
    await readTableRows(table, penilaianPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const match = matcher.match(check, 'nip');
      if (match.kind !== 'employee') return match.kind;
      const plt = check.text('plt')?.toLowerCase();
      if (plt !== undefined && ['1', 'true', 'ya', 'y', 'yes'].includes(plt)) {
        check.report('PENILAIAN_PLT', 'plt');
        check.finish(match.nip);
        return 'ignored';
      }
      const bulanText = check.text('bulan_skp');
      if (bulanText !== undefined && monthOf(bulanText) !== period.month) {
        check.report('PENILAIAN_BULAN_LAIN', 'bulan_skp', { period: formatPeriod(period) });
        check.finish(match.nip);
        return 'ignored';
      }
      const rating = (field: 'hasil_kerja' | 'perilaku_kerja'): GivenRating | undefined => {
        const text = check.text(field);
        if (text === undefined || NOT_ASSESSED.test(text)) return undefined;
        const label = readRatingLabel(text);
        if (!label) check.report('NILAI_TIDAK_DIKENAL', field, { choices: 'DIATAS EKSPEKTASI, SESUAI EKSPEKTASI, DIBAWAH EKSPEKTASI, -' });
        return label;
      };
      const hasilKerja = rating('hasil_kerja');
      const perilaku = rating('perilaku_kerja');
      const akhirText = check.text('hasil_akhir');
      let hasilAkhir: PenilaianRow['hasilAkhir'];
      if (akhirText !== undefined && !NOT_ASSESSED.test(akhirText)) {
        hasilAkhir = readPredikatLabel(akhirText);
        if (!hasilAkhir) check.report('NILAI_TIDAK_DIKENAL', 'hasil_akhir', { choices: 'SANGAT BAIK, BAIK, BUTUH PERBAIKAN, KURANG, SANGAT KURANG, -' });
      }
      const periodeAkhir: LocalDate | undefined = check.date('periode_akhir_skp');
      check.finish(match.nip);
      if (check.errors > 0) return 'rejected';
      const record: PenilaianRow = {
        nip: match.nip,
        file: table.name,
        row: row.rowNumber,
        ...(hasilKerja ? { hasilKerja } : {}),
        ...(perilaku ? { perilaku } : {}),
        ...(hasilAkhir ? { hasilAkhir } : {}),
        ...(periodeAkhir ? { periodeAkhir } : {}),
      };
      const list = candidates.get(match.nip) ?? [];
      list.push({ row: record, ledger });
      candidates.set(match.nip, list);
      return 'used';
    });
  }

  const byNip = new Map<string, RatingOverride>();
  for (const [nip, list] of candidates) {
    const latest = list.reduce((best, c) => ((c.row.periodeAkhir ?? '') > best ? (c.row.periodeAkhir ?? '') : best), '');
    const winners = list.filter((c) => (c.row.periodeAkhir ?? '') === latest);
    const same = (a: PenilaianRow, b: PenilaianRow) => a.hasilKerja === b.hasilKerja && a.perilaku === b.perilaku && a.hasilAkhir === b.hasilAkhir;
    const chosen = winners[0]!;
    for (const c of list) {
      if (c === chosen) continue;
      const tieConflict = winners.includes(c) && !same(c.row, chosen.row);
      c.ledger.used -= 1;
      if (tieConflict) {
        c.ledger.rejected += 1;
        findings.add({ code: 'PENILAIAN_BERTENTANGAN', file: c.row.file, row: c.row.row, nip });
      } else {
        c.ledger.ignored += 1;
        findings.add({ code: 'PENILAIAN_DIGANTI', file: c.row.file, row: c.row.row, nip });
      }
    }
    const r = chosen.row;
    if (!r.hasilKerja && !r.perilaku && !r.hasilAkhir) continue;
    const override: RatingOverride = {
      file: r.file,
      row: r.row,
      ...(r.hasilKerja ? { hasilKerja: r.hasilKerja } : {}),
      ...(r.perilaku ? { perilaku: r.perilaku } : {}),
      ...(r.hasilAkhir ? { hasilAkhir: r.hasilAkhir } : {}),
    };
    byNip.set(nip, override);
    const given = [r.hasilKerja && `hasil_kerja ${r.hasilKerja}`, r.perilaku && `perilaku ${r.perilaku}`, r.hasilAkhir && `hasil_akhir ${r.hasilAkhir}`].filter(Boolean).join(', ');
    findings.add({ code: 'RATING_DARI_PENILAIAN', file: r.file, row: r.row, nip, value: given, params: { what: 'Rating' } });
  }
  return { byNip, ledgers };
}

/** A year's label in `bulan_skp` (the BKN e-Kinerja "tahunan" report). */
const ANNUAL = /^(tahunan|tahun|annual|year)$/i;

/**
 * The predikat of the year given in penilaian rows with `bulan_skp: tahunan` (kinerja rekap); rows of
 * months are left aside. Two annual rows of one NIP that disagree leave it without one (never guessed).
 */
export async function readAnnualRatings(tables: readonly Table[], findings: FindingCollector): Promise<{ byNip: Map<string, AssessedPredikat>; ledgers: FileLedger[] }> {
  const rows = new Map<string, { predikat: AssessedPredikat; file: string; row: number; ledger: FileLedger }[]>();
  const ledgers: FileLedger[] = [];
  for (const table of tables) {
    const ledger = newLedger('penilaian', table);
    ledgers.push(ledger);
    await readTableRows(table, penilaianPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const nipText = check.requiredText('nip');
      const bulan = check.text('bulan_skp');
      if (nipText === undefined || bulan === undefined || !ANNUAL.test(bulan.trim())) return 'ignored';
      const nip = compactNip(nipText);
      const akhir = check.text('hasil_akhir');
      const predikat = akhir === undefined || NOT_ASSESSED.test(akhir) ? undefined : readPredikatLabel(akhir);
      if (akhir === undefined) check.report('NILAI_WAJIB_KOSONG', 'hasil_akhir');
      else if (!predikat && !NOT_ASSESSED.test(akhir)) check.report('NILAI_TIDAK_DIKENAL', 'hasil_akhir', { choices: 'SANGAT BAIK, BAIK, BUTUH PERBAIKAN, KURANG, SANGAT KURANG, -' });
      check.finish(nip);
      if (check.errors > 0) return 'rejected';
      if (!predikat) return 'ignored';
      const list = rows.get(nip) ?? [];
      list.push({ predikat, file: table.name, row: row.rowNumber, ledger });
      rows.set(nip, list);
      return 'used';
    });
  }
  const byNip = new Map<string, AssessedPredikat>();
  for (const [nip, list] of rows) {
    if (list.every((r) => r.predikat === list[0]!.predikat)) {
      byNip.set(nip, list[0]!.predikat);
      continue;
    }
    for (const r of list) {
      r.ledger.used -= 1;
      r.ledger.rejected += 1;
      findings.add({ code: 'PENILAIAN_BERTENTANGAN', file: r.file, row: r.row, nip });
    }
  }
  return { byNip, ledgers };
}

/**
 * Acting posts (`plt`, SPEC §2.4): an employee acting as Plt/Plh of another post for a term. Only
 * terms that touch the period are kept; every doubt about one (dates, ceiling, no rule in the pack)
 * holds the employee, since the acting addition would otherwise be paid, or left out, on a guess.
 */
import { z } from 'zod';
import type { Period } from '../model/domain.js';
import type { FindingCollector } from '../findings.js';
import { daysInMonth, OPEN_END, type LocalDate } from '../model/local-date.js';
import type { Table } from '../readers/table.js';
import type { RulePack } from '../rules/rule-pack-schema.js';
import { hasRequiredFields, mapHeader, type FieldSpecs } from './header-map.js';
import { EmployeeMatcher, holdClosestToUnknown, settleUnmatched } from './match-employee.js';
import { newLedger, readTableRows, type ReadPlan } from './read-table-rows.js';
import { RowCheck } from './row-check.js';
import type { JenisPlt, PegawaiTable, Plt } from '../model/records.js';
import type { FileLedger } from '../model/row-accounting.js';

type PltField = 'nip' | 'nama' | 'jenis' | 'jabatan' | 'kelas_jabatan' | 'tpp_pagu' | 'tmt_mulai' | 'tmt_selesai';

/** Header aliases of `plt`. */
export const PLT_FIELDS: FieldSpecs<PltField> = {
  nip: { aliases: ['nip', 'nip_baru'], required: true },
  nama: { aliases: ['nama', 'nama_pegawai'] },
  jenis: { aliases: ['jenis', 'jenis_plt', 'plt_plh'], required: true },
  jabatan: { aliases: ['jabatan', 'jabatan_plt', 'jabatan_yang_dirangkap'] },
  kelas_jabatan: { aliases: ['kelas_jabatan', 'kelas', 'kelas_jabatan_plt'] },
  tpp_pagu: { aliases: ['tpp_pagu', 'pagu_tpp', 'pagu', 'pagu_plt'] },
  tmt_mulai: { aliases: ['tmt_mulai', 'tanggal_mulai', 'mulai', 'tmt'], required: true },
  tmt_selesai: { aliases: ['tmt_selesai', 'tanggal_selesai', 'selesai', 'sampai'] },
};

/** An acting post touching the period (the single source of the `Plt` type). */
export const pltSchema = z.object({
  nip: z.string(),
  jenis: z.enum(['Plt', 'Plh']),
  jabatan: z.string().optional(),
  kelasJabatan: z.number().int().min(1).max(17).optional(),
  pagu: z.number().int().min(1),
  sumberPagu: z.enum(['tpp_pagu', 'kelas_jabatan']),
  tmtMulai: z.string(),
  tmtSelesai: z.string(),
  file: z.string(),
  row: z.number().int(),
}) satisfies z.ZodType<Plt>;

const pltPlan: ReadPlan<PltField> = {
  input: 'plt',
  detectHeader(cells, rowNumber, packNames) {
    const map = mapHeader(cells, PLT_FIELDS, rowNumber, packNames);
    return hasRequiredFields(map, PLT_FIELDS) ? { shape: 'register', specs: PLT_FIELDS, map } : undefined;
  },
  required: { id: 'nip, jenis, tmt_mulai', en: 'nip, jenis, tmt_mulai' },
  profiled: () => ({ dates: ['tmt_mulai', 'tmt_selesai'], numbers: ['tpp_pagu'] }),
};

/** `Plt`, `PLT`, `Pelaksana Tugas` → Plt; `Plh`, `Pelaksana Harian` → Plh. */
function jenisOf(text: string): JenisPlt | undefined {
  const t = text.toLowerCase().replace(/[^a-z]/g, '');
  if (t === 'plt' || t === 'pelaksanatugas') return 'Plt';
  if (t === 'plh' || t === 'pelaksanaharian') return 'Plh';
  return undefined;
}

/** The first and last day of the period, `YYYY-MM-DD`. */
function periodBounds(period: Period): { first: LocalDate; last: LocalDate } {
  const mm = String(period.month).padStart(2, '0');
  const days = daysInMonth(period.year, period.month);
  return { first: `${period.year}-${mm}-01`, last: `${period.year}-${mm}-${String(days).padStart(2, '0')}` };
}

/** The part of [mulai, selesai] in the period, as text (empty when none): what a reading decides. */
function inPeriod(mulai: string, selesai: string, bounds: { first: string; last: string }): string {
  const from = mulai > bounds.first ? mulai : bounds.first;
  const to = selesai < bounds.last ? selesai : bounds.last;
  return from <= to ? `${from}..${to}` : '';
}

/** Reads the acting posts; returns those touching the period, by NIP. */
export async function readPlt(
  tables: readonly Table[],
  pegawai: PegawaiTable,
  pack: RulePack,
  period: Period,
  findings: FindingCollector,
): Promise<{ byNip: Map<string, Plt[]>; ledgers: FileLedger[] }> {
  const byNip = new Map<string, Plt[]>();
  const ledgers: FileLedger[] = [];
  const periodText = `${period.year}-${String(period.month).padStart(2, '0')}`;
  const bounds = periodBounds(period);
  const rule = pack.tpp.plt;
  const matcher = new EmployeeMatcher(pegawai, findings);
  for (const table of tables) {
    const ledger = newLedger('plt', table);
    ledgers.push(ledger);
    await readTableRows(table, pltPlan, ledger, findings, (row) => {
      const check = new RowCheck(row, table.name, findings);
      const resolved = matcher.resolve(check, 'nip');
      if (resolved.kind === 'unknown') {
        // An acting post in force this month for a NIP no one has is likely a typo of someone it pays.
        const from = check.date('tmt_mulai');
        const to = check.date('tmt_selesai') ?? OPEN_END;
        if (from === undefined || inPeriod(from, to, bounds) !== '') return holdClosestToUnknown(check, 'nip', resolved, pegawai, findings, 'NIP_TIDAK_DIKENAL_UBAH_BAYAR', { input: 'plt' });
      }
      const match = settleUnmatched(check, 'nip', resolved);
      if (match.kind !== 'employee') return match.kind;
      const jenisText = check.text('jenis');
      const jenis = jenisText === undefined ? undefined : jenisOf(jenisText);
      if (jenisText === undefined) check.report('NILAI_WAJIB_KOSONG', 'jenis');
      else if (jenis === undefined) check.report('NILAI_TIDAK_DIKENAL', 'jenis', { choices: 'Plt, Plh' });
      const mulai = check.date('tmt_mulai');
      if (mulai === undefined && check.cell('tmt_mulai') === null) check.report('NILAI_WAJIB_KOSONG', 'tmt_mulai');
      // An SK Plt often runs "until a definitive official is appointed": no end date is an open end.
      const selesai = check.cell('tmt_selesai') === null ? OPEN_END : check.date('tmt_selesai');
      if (mulai !== undefined && selesai !== undefined && mulai > selesai) check.report('PLT_TANGGAL_TERBALIK', 'tmt_selesai', { mulai, selesai });
      if (mulai !== undefined && selesai !== undefined && mulai <= selesai) checkAmbiguousDates(check, mulai, selesai, bounds);
      const kelas = check.integer('kelas_jabatan', 1, 17);
      const paguCell = check.rupiah('tpp_pagu');
      const jabatan = check.text('jabatan');
      const base = { nip: match.nip, jabatan, kelasJabatan: kelas };
      if (check.errors > 0 || jenis === undefined || mulai === undefined || selesai === undefined) {
        check.finish(match.nip);
        return 'rejected';
      }
      const touches = inPeriod(mulai, selesai, bounds) !== '';
      if (!touches) {
        check.report('PLT_LUAR_PERIODE', undefined, { jenis, mulai, selesai, period: periodText });
        check.finish(match.nip);
        return 'ignored';
      }
      if (rule === undefined) {
        check.report('PLT_TANPA_ATURAN', undefined, { jenis, mulai, selesai });
        check.finish(match.nip);
        return 'rejected';
      }
      if (!rule.jenis.includes(jenis)) {
        check.report('PLT_JENIS_TIDAK_DIBAYAR', 'jenis', { jenis: rule.jenis.join(', ') }, jenis);
        check.finish(match.nip);
        return 'ignored';
      }
      const fromKelas = kelas === undefined ? undefined : pack.tpp.pagu_per_kelas[String(kelas)];
      const pagu = paguCell ?? fromKelas;
      if (pagu === undefined) {
        check.report('PLT_PAGU_TIDAK_ADA', kelas === undefined ? 'tpp_pagu' : 'kelas_jabatan', { jenis, kelas: kelas ?? '' });
      } else if (pagu === 0 || pagu < pack.tpp.pagu_wajar.min || pagu > pack.tpp.pagu_wajar.maks) {
        check.report('NILAI_DI_LUAR_RENTANG', paguCell === undefined ? 'kelas_jabatan' : 'tpp_pagu', { range: `${pack.tpp.pagu_wajar.min}..${pack.tpp.pagu_wajar.maks} (tpp.pagu_wajar)` }, String(pagu));
      }
      check.finish(match.nip);
      if (check.errors > 0 || pagu === undefined) return 'rejected';
      const record: Plt = {
        ...base,
        jenis,
        pagu,
        sumberPagu: paguCell === undefined ? 'kelas_jabatan' : 'tpp_pagu',
        tmtMulai: mulai,
        tmtSelesai: selesai,
        file: table.name,
        row: row.rowNumber,
      };
      if (record.jabatan === undefined) delete record.jabatan;
      if (record.kelasJabatan === undefined) delete record.kelasJabatan;
      const list = byNip.get(match.nip) ?? [];
      list.push(record);
      byNip.set(match.nip, list);
      return 'used';
    });
  }
  return { byNip, ledgers };
}

/**
 * A date such as 08/10/2026 in a column no value settles: read day-first as always, unless read
 * month-first the acting days in the period differ; then the addition is a guess.
 */
function checkAmbiguousDates(check: RowCheck<PltField>, mulai: string, selesai: string, bounds: { first: string; last: string }): void {
  const otherMulai = check.row.otherDateReading('tmt_mulai');
  const otherSelesai = check.row.otherDateReading('tmt_selesai');
  if (otherMulai === undefined && otherSelesai === undefined) return;
  const usual = inPeriod(mulai, selesai, bounds);
  const other = inPeriod(otherMulai ?? mulai, otherSelesai ?? selesai, bounds);
  if (usual === other) return;
  const field: PltField = otherMulai !== undefined ? 'tmt_mulai' : 'tmt_selesai';
  const describe = (part: string, lang: 'id' | 'en') => (part === '' ? (lang === 'id' ? 'tidak mengenai periode' : 'outside the period') : part);
  check.report('TANGGAL_AMBIGU', field, {
    dmy: field === 'tmt_mulai' ? mulai : selesai,
    mdy: (field === 'tmt_mulai' ? otherMulai : otherSelesai) ?? '',
    effect_id: `dibaca hari dulu masa Plt di periode ${describe(usual, 'id')}, dibaca bulan dulu ${describe(other, 'id')}`,
    effect_en: `read day-first the acting days in the period are ${describe(usual, 'en')}, read month-first ${describe(other, 'en')}`,
  });
}

/**
 * The zod schema of a rule pack (SPEC §3): the single source of the `RulePack` type. Percentages and
 * scores become `Exact` values; schedules become per-weekday start/end seconds.
 */
import { z } from 'zod';
import {
  aspekSchema,
  assessedPredikatSchema,
  DASAR_KOMPONEN,
  efekHariSchema,
  GIVEN_RATING,
  ORG_PREDIKAT,
  PERAN,
  PREDIKAT,
} from '../model/domain.js';
import { Exact } from '../exact.js';
import { parseIsoDate } from '../model/local-date.js';

/** Names of the inputs of SPEC §2.1, in discovery order. */
export const INPUT_NAMES = ['pegawai', 'presensi', 'capaian', 'perilaku', 'unit', 'hukdis', 'libur', 'penilaian', 'mutasi', 'plt', 'jadwal', 'aktivitas'] as const;
export type InputName = (typeof INPUT_NAMES)[number];

const exactNumber = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z.number().min(min).max(max).transform((n) => Exact.fromNumber(n));
const percent = exactNumber(0, 100);
const rupiah = z.number().int().min(0).max(1e13);
const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

const isoDate = z.string().refine((s) => parseIsoDate(s) !== undefined, {
  message: 'harus tanggal YYYY-MM-DD / must be a YYYY-MM-DD date',
});

const TIME = /^([01]\d|2[0-3])[:.]([0-5]\d)$/;
const timeOfDay = z
  .string()
  .regex(TIME, { message: 'harus jam HH:MM / must be a HH:MM time' })
  .transform((s) => {
    const m = TIME.exec(s)!;
    return Number(m[1]) * 3600 + Number(m[2]) * 60;
  });

/** Indonesian weekday names → JS weekday number (0 = Sunday). */
const HARI: Readonly<Record<string, number>> = {
  minggu: 0,
  ahad: 0,
  senin: 1,
  selasa: 2,
  rabu: 3,
  kamis: 4,
  jumat: 5,
  "jum'at": 5,
  sabtu: 6,
};
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** Start and end of a working day, seconds after midnight. */
export interface WorkHours {
  mulai: number;
  selesai: number;
}
/** A schedule profile: working hours per weekday (index 0 = Sunday), null for a day off. */
type ScheduleProfile = readonly (WorkHours | null)[];

function expandDaySpec(spec: string): number[] | undefined {
  const parts = spec.toLowerCase().replace(/\s+/g, '').split('-');
  if (parts.length === 1) {
    const day = HARI[parts[0]!];
    return day === undefined ? undefined : [day];
  }
  if (parts.length !== 2) return undefined;
  const from = HARI[parts[0]!];
  const to = HARI[parts[1]!];
  if (from === undefined || to === undefined) return undefined;
  const a = WEEK_ORDER.indexOf(from);
  const b = WEEK_ORDER.indexOf(to);
  if (a > b) return undefined;
  return WEEK_ORDER.slice(a, b + 1);
}

const scheduleProfile = z
  .record(z.string(), z.tuple([timeOfDay, timeOfDay]))
  .transform((entries, ctx): ScheduleProfile => {
    const week: (WorkHours | null)[] = [null, null, null, null, null, null, null];
    for (const [spec, [mulai, selesai]] of Object.entries(entries)) {
      const days = expandDaySpec(spec);
      if (!days) {
        ctx.addIssue({
          code: 'custom',
          path: [spec],
          message: 'hari harus senin..minggu atau rentang seperti senin-kamis / day must be senin..minggu or a range such as senin-kamis',
        });
        continue;
      }
      if (selesai <= mulai) {
        ctx.addIssue({ code: 'custom', path: [spec], message: 'jam selesai harus setelah jam mulai / end must be after start' });
      }
      for (const d of days) {
        if (week[d]) ctx.addIssue({ code: 'custom', path: [spec], message: 'hari ini sudah diatur di entri lain / day set twice' });
        week[d] = { mulai, selesai };
      }
    }
    return week;
  });

/** Name of the reserved key under `jadwal` that holds the shift definitions (not a profile). */
const SHIFT_KEY = 'shift';

/** Shift definitions by upper-case name; null is a rest day (`libur`). */
type ShiftTable = Readonly<Record<string, WorkHours | null>>;

const SHIFT_NAME = /^[A-Z0-9_]+$/;
const SHIFT_FORM = 'harus { masuk: "HH:MM", pulang: "HH:MM" } atau libur / must be { masuk: "HH:MM", pulang: "HH:MM" } or libur';

/**
 * The shifts of rosters (`jadwal.shift.<NAMA>`): `{ masuk, pulang }`, or `libur` for a roster rest day.
 * A `pulang` earlier than `masuk` ends on the next day: its end is kept as seconds after the start
 * day's midnight (above 86 400), so lateness, early leave and the middle of the shift compare as on any
 * day. Checked by hand so that each problem says its path and what is expected, in both languages.
 */
const shiftTable = z
  .record(z.string(), z.unknown(), {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? 'jadwal.shift khusus untuk definisi shift ({ PAGI: { masuk, pulang }, LIBUR: libur }); profil jadwal tidak boleh bernama "shift" / jadwal.shift holds shift definitions; a profile cannot be named "shift"'
        : undefined,
  })
  .transform((entries, ctx): ShiftTable => {
    const out: Record<string, WorkHours | null> = {};
    for (const [name, def] of Object.entries(entries)) {
      if (!SHIFT_NAME.test(name)) {
        ctx.addIssue({ code: 'custom', path: [name], message: 'nama shift huruf besar, mis. PAGI (profil jadwal tidak boleh bernama "shift") / upper-case shift name, e.g. PAGI (a profile cannot be named "shift")' });
        continue;
      }
      if (def === 'libur') {
        out[name] = null;
        continue;
      }
      if (typeof def !== 'object' || def === null || Array.isArray(def)) {
        ctx.addIssue({ code: 'custom', path: [name], message: SHIFT_FORM });
        continue;
      }
      const extra = Object.keys(def).filter((k) => k !== 'masuk' && k !== 'pulang');
      if (extra.length > 0) ctx.addIssue({ code: 'custom', path: [name, extra[0]!], message: SHIFT_FORM });
      const time = (key: 'masuk' | 'pulang'): number | undefined => {
        const text = (def as Record<string, unknown>)[key];
        const m = typeof text === 'string' ? TIME.exec(text) : null;
        if (!m) ctx.addIssue({ code: 'custom', path: [name, key], message: 'harus jam HH:MM / must be a HH:MM time' });
        return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 : undefined;
      };
      const masuk = time('masuk');
      const pulang = time('pulang');
      if (masuk === undefined || pulang === undefined || extra.length > 0) continue;
      if (masuk === pulang) {
        ctx.addIssue({ code: 'custom', path: [name, 'pulang'], message: 'jam pulang sama dengan jam masuk / pulang equals masuk' });
        continue;
      }
      out[name] = { mulai: masuk, selesai: pulang < masuk ? pulang + 86_400 : pulang };
    }
    return out;
  });

const band = z.strictObject({
  kode: z.string().min(1),
  dari: wholeNumber(1, 100_000),
  sampai: wholeNumber(1, 100_000).nullish().transform((v) => v ?? null),
  persen: percent,
});
/** A lateness or early-leave band: minutes [dari, sampai] → percent off the discipline score. */
export type Band = z.output<typeof band>;

/** A pay-share row of a day code: the code's days up to `sampai_hari` in the month are paid `persen`. */
const payShare = z.strictObject({
  sampai_hari: wholeNumber(1, 31).nullish().transform((v) => v ?? null),
  persen: percent,
});
/** A pay-share row (`presensi.kode.<KODE>.bayar[i]`). */
export type PayShare = z.output<typeof payShare>;

const dayCodeDefinition = z.strictObject({
  alias: z.array(z.string().min(1)).default([]),
  // Optional so a pack can give a built-in code (S, CS…) pay rules without restating it; required for a new code.
  efek: efekHariSchema.optional(),
  cek_masuk: z.boolean().optional(),
  cek_pulang: z.boolean().optional(),
  persen: percent.optional(),
  bayar: z.array(payShare).optional(),
  // Tugas belajar and the like: the code's days are paid at the pagu of this kelas instead of the employee's.
  kelas: wholeNumber(1, 17).optional(),
});
/** A presence-gate band: a presence share below `di_bawah` percent pays `bayar` percent. */
const gateBand = z.strictObject({ di_bawah: exactNumber(0, 100), bayar: percent });

/** An extra or changed day code from the pack (`presensi.kode`). */
export type DayCodeDefinition = z.output<typeof dayCodeDefinition>;

/**
 * Behaviour thresholds for pay (`kinerja.perilaku.ambang_bayar`), on nilai_perilaku (0..100) or on the
 * aspect sum (`jumlah_aspek` = nilai × 7, 0..700: Manado's "S ≤ 209 → 0, S > 678 → full").
 */
const perilakuPayThresholds = z
  .strictObject({ satuan: z.enum(['nilai', 'jumlah_aspek']), nol_sampai: exactNumber(0, 700), penuh_di_atas: exactNumber(0, 700) })
  .superRefine((t, ctx) => {
    // Zod runs a refinement also after a field failed: check only what parsed to a number.
    if (!(t.nol_sampai instanceof Exact && t.penuh_di_atas instanceof Exact)) return;
    const top = Exact.of(t.satuan === 'nilai' ? 100 : 700);
    for (const key of ['nol_sampai', 'penuh_di_atas'] as const) {
      if (t[key].gt(top)) ctx.addIssue({ code: 'custom', path: [key], message: `paling besar ${top.toString()} untuk satuan ${t.satuan} / at most ${top.toString()} for satuan ${t.satuan}` });
    }
    if (!t.nol_sampai.lt(t.penuh_di_atas)) ctx.addIssue({ code: 'custom', path: ['penuh_di_atas'], message: 'harus lebih besar dari nol_sampai / must be greater than nol_sampai' });
  });

const curveRule = z
  .strictObject({
    predikat: z.array(assessedPredikatSchema).min(1),
    maks: percent.optional(),
    min: percent.optional(),
    min_orang: wholeNumber(0, 1_000_000).optional(),
  })
  .refine((r) => [r.maks, r.min, r.min_orang].filter((v) => v !== undefined).length === 1, {
    message: 'isi tepat satu dari maks, min, min_orang / set exactly one of maks, min, min_orang',
  });
/** One rule of the distribution curve for an organisation predikat. */
export type CurveRule = z.output<typeof curveRule>;

const terBand = z.strictObject({
  sampai: rupiah.nullish().transform((v) => v ?? null),
  tarif: percent,
});
/** A TER bracket: gross up to `sampai` (inclusive; null = above the previous) → rate percent. */
export type TerBand = z.output<typeof terBand>;

/** PTKP per status (UU HPP): a year's amount for each of the eight statuses. */
const ptkpTable = z.strictObject(Object.fromEntries(['TK/0', 'TK/1', 'TK/2', 'TK/3', 'K/0', 'K/1', 'K/2', 'K/3'].map((s) => [s, rupiah])) as Record<'TK/0' | 'TK/1' | 'TK/2' | 'TK/3' | 'K/0' | 'K/1' | 'K/2' | 'K/3', typeof rupiah>);

/** The December annual recalculation (PMK 168/2023): Pasal 17 brackets, biaya jabatan and PTKP. */
const annualTax = z.strictObject({
  /** Pasal 17 brackets on the year's PKP: up to `sampai` (inclusive) → rate; null = above. */
  tarif_pasal17: z.array(terBand).min(1),
  biaya_jabatan: z.strictObject({ persen: percent, maks_sebulan: rupiah }),
  ptkp: ptkpTable,
  /** A believable monthly iuran pensiun above 0, in percent of gaji (else penghasilan_bruto): outside it is a typo. */
  iuran_pensiun_wajar_persen: z.strictObject({ min: percent, maks: percent }).refine((r) => !r.min.gt(r.maks), {
    message: 'min tidak boleh di atas maks / min must not exceed maks',
  }),
});

const rounding = z.enum(['half_up', 'floor', 'floor_1000']);

/**
 * `pembulatan` of TPP money. The scalar form of older packs (`pembulatan: floor_1000`) is the
 * components' rounding, with the sanction rounded on its own and the gross not rounded again.
 */
const tppRounding = z.preprocess(
  (v) => (typeof v === 'string' ? { komponen: v, potongan: 'sendiri', bruto: 'tidak' } : v),
  z.strictObject({
    komponen: rounding,
    /** sendiri: the sanction rounds by itself; sama_dengan_jumlah: the amount it leaves rounds as components do. */
    potongan: z.enum(['sendiri', 'sama_dengan_jumlah']),
    /** Only downwards: a rounded gross never holds money that is not in the components. */
    bruto: z.enum(['tidak', 'floor_1000']),
  }),
);
/** How the TPP rounds its components, the sanction and the gross total. */
export type TppRounding = z.output<typeof tppRounding>;
const countRounding = z.enum(['floor', 'ceil', 'round']);

const predikatFactors = z.strictObject(
  Object.fromEntries(PREDIKAT.map((p) => [p, exactNumber(0, 1000)])) as Record<
    (typeof PREDIKAT)[number],
    ReturnType<typeof exactNumber>
  >,
);

const TARIF_KEY = /^(I|II|III|IV|PPPK_[IVX]+_[IVX]+)$/;

/**
 * What an acting post (Plt/Plh, the `plt` input) pays: `tambahan_persen` adds persen % of the acting
 * post's ceiling; `pagu_tertinggi` pays the higher of the two ceilings (the difference, when the acting
 * one is higher). Pro rata by the acting working days; nothing below `minimal_hari` of them.
 */
const pltRule = z
  .strictObject({
    cara: z.enum(['tambahan_persen', 'pagu_tertinggi']),
    persen: percent.optional(),
    minimal_hari: wholeNumber(0, 31),
    jenis: z.array(z.enum(['Plt', 'Plh'])).min(1),
  })
  .refine((r) => (r.cara === 'tambahan_persen') === (r.persen !== undefined), {
    message: 'persen wajib untuk tambahan_persen dan hanya untuknya / persen is required for tambahan_persen and only for it',
  });
/** A validated `tpp.plt` rule. */
export type PltRule = z.output<typeof pltRule>;

/**
 * Daily activity reports (the `aktivitas` input, `dasar: aktivitas`): the unit counted, the monthly
 * target (fixed, or per working day × the employee's working days) and the most the base can reach.
 */
const aktivitasRule = z
  .strictObject({
    satuan: z.enum(['menit', 'poin']),
    target_bulanan: exactNumber(0, 1_000_000).optional(),
    target_per_hari_kerja: exactNumber(0, 100_000).optional(),
    maks_persen: percent.default(() => Exact.HUNDRED),
  })
  .refine((r) => (r.target_bulanan === undefined) !== (r.target_per_hari_kerja === undefined), {
    message: 'isi tepat satu dari target_bulanan dan target_per_hari_kerja / give exactly one of target_bulanan and target_per_hari_kerja',
  })
  .refine((r) => !(r.target_bulanan ?? r.target_per_hari_kerja)?.isZero(), { message: 'target harus > 0 / the target must be > 0' });

/** Criteria of a TPP ceiling (Permendagri TPP guidance): each row's shares must sum to 100. */
const KRITERIA_PAGU = ['beban_kerja', 'prestasi_kerja', 'kondisi_kerja', 'kelangkaan_profesi', 'tempat_bertugas'] as const;

/** One row of the richer ceiling table `tpp.pagu`: the most specific matching row in force wins. */
const paguRow = z
  .strictObject({
    kelas: wholeNumber(1, 17),
    jenis_jabatan: z.enum(['struktural', 'fungsional', 'pelaksana']).optional(),
    unit: z.string().min(1).optional(),
    berlaku_mulai: isoDate.optional(),
    berlaku_sampai: isoDate.optional(),
    jumlah: rupiah.min(1),
    kriteria: z.partialRecord(z.enum(KRITERIA_PAGU), percent).optional(),
  })
  .refine((r) => r.berlaku_mulai === undefined || r.berlaku_sampai === undefined || r.berlaku_mulai <= r.berlaku_sampai, {
    message: 'berlaku_mulai sesudah berlaku_sampai / berlaku_mulai is after berlaku_sampai',
    path: ['berlaku_sampai'],
  })
  .refine((r) => r.kriteria === undefined || Object.values(r.kriteria).reduce((sum, v) => sum.add(v), Exact.ZERO).eq(Exact.HUNDRED), {
    message: 'bagian kriteria harus berjumlah 100 / criterion shares must sum to 100',
    path: ['kriteria'],
  });

/** A validated `aktivitas` rule. */
export type AktivitasRule = z.output<typeof aktivitasRule>;

/**
 * A sanction type's register text normalised for lookup: lower case, every run of other characters
 * one `_`, none at the ends ("Hukuman Disiplin Sedang: Pemotongan TKD 25%" → hukuman_disiplin_sedang_pemotongan_tkd_25).
 */
export function normaliseJenis(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * The hukdis rules: sanction types (PP 94/2021 levels) with their percent and months, so a register
 * row may give only its `jenis`; and when a sanction starting after the 1st first counts.
 */
const hukdisRule = z.strictObject({
  jenis: z
    .record(
      z.string().regex(/^[a-z0-9_]+$/, { message: 'kunci huruf kecil, angka, _ / lower-case letters, digits, _' }),
      z
        .strictObject({
          persen: z.number().min(0).max(100).refine((n) => n === 0 || n >= 1, { message: 'persen 0..100, bukan pecahan / percent 0..100, not a fraction' }).transform((n) => Exact.fromNumber(n)).optional(),
          // Points off the discipline score (out of 100) instead of a percent of the TPP (e.g. Manado).
          poin_disiplin: exactNumber(0, 100).optional(),
          // The percent cuts only these TPP components (names of tpp.komponen); all of the TPP when absent.
          komponen: z.array(z.string().min(1)).min(1).optional(),
          bulan: wholeNumber(1, 600),
          alias: z.array(z.string().min(1)).optional(),
        })
        .refine((t) => (t.persen === undefined) !== (t.poin_disiplin === undefined), { message: 'isi tepat satu dari persen dan poin_disiplin / give exactly one of persen and poin_disiplin' }),
    )
    .superRefine((table, ctx) => {
      // One register text must lead to one type: an alias may not be another type's key or alias.
      const owner = new Map<string, string>();
      for (const [key, type] of Object.entries(table)) {
        for (const [i, name] of [key, ...(type.alias ?? [])].entries()) {
          const norm = normaliseJenis(name);
          const other = owner.get(norm);
          if (norm === '' || (other !== undefined && other !== key)) {
            ctx.addIssue({ code: 'custom', path: i === 0 ? [key] : [key, 'alias', i - 1], message: norm === '' ? 'alias kosong / empty alias' : `sama dengan jenis ${other} / same as type ${other}` });
          }
          owner.set(norm, key);
        }
      }
    }),
  mulai_tengah_bulan: z.enum(['penuh', 'bulan_berikut', 'pro_rata']),
});
export type HukdisRule = z.output<typeof hukdisRule>;

/** Columns a bank transfer file can hold (`keuangan.bank.<bank>.kolom`). */
export const BANK_COLUMNS = ['no', 'rekening', 'nama', 'jumlah', 'nip', 'keterangan', 'nama_bank', 'nik', 'npwp', 'unit'] as const;
/** How a bank file writes the amount: `1234567`, `1234567,00` or `1234567.00`. */
export const BANK_AMOUNT_FORMATS = ['bulat', 'desimal_koma', 'desimal_titik'] as const;

/** One bank file layout; a bank's own entry only says what differs from `*`. */
const bankLayout = z.strictObject({
  kolom: z.array(z.enum(BANK_COLUMNS)).min(1).optional(),
  pemisah: z.enum([',', ';', '|', '\t']).optional(),
  judul: z.boolean().optional(),
  format_jumlah: z.enum(BANK_AMOUNT_FORMATS).optional(),
  keterangan: z.string().max(200).optional(),
  /** The digit counts this bank's account numbers have; another count keeps the employee out of the bank file. */
  panjang_rekening: z.array(z.number().int().min(5).max(30)).min(1).optional(),
});

const packObject = z.strictObject({
  nama: z.string().min(1),
  versi: z.union([z.string().min(1), z.number().transform((n) => String(n))]),
  /** Where a shipped pack's rules come from (regulation number, or the public app and file read). */
  sumber: z.string().min(1).optional(),
  masukan: z.strictObject({
    lembar: z.partialRecord(z.enum(INPUT_NAMES), z.string().min(1)),
    /** Extra header names per input and field, e.g. { presensi: { jam_masuk: ["Jam Datang Kerja"] } }. */
    kolom: z.partialRecord(z.enum(INPUT_NAMES), z.record(z.string().min(1), z.array(z.string().min(1)))),
    maks_tanpa_capaian_persen: percent,
    maks_tanpa_perilaku_persen: percent,
  }),
  kalender: z.strictObject({
    libur: z.array(isoDate),
    /** National holidays and cuti bersama (SKB 3 Menteri), each with its decree. */
    nasional: z.array(
      z.strictObject({ tanggal: isoDate, nama: z.string().min(1), jenis: z.enum(['libur', 'cuti_bersama']), dasar: z.string().min(1) }),
    ),
    /** False for offices that work on cuti bersama days. */
    cuti_bersama: z.boolean(),
  }),
  // `jadwal.shift` is reserved for the shift definitions of rosters; every other key is a profile.
  jadwal: z
    .object({ [SHIFT_KEY]: shiftTable.optional() })
    .catchall(scheduleProfile)
    .refine((p) => 'bawaan' in p, {
      message: 'profil "bawaan" wajib ada / the "bawaan" profile is required',
    }),
  periode_khusus: z.array(
    z
      .strictObject({ jadwal: z.string().min(1).optional(), per_profil: z.record(z.string().min(1), z.string().min(1)).optional(), dari: isoDate, sampai: isoDate })
      .refine((p) => p.jadwal !== undefined || p.per_profil !== undefined, { message: 'isi jadwal atau per_profil / give jadwal or per_profil' }),
  ),
  presensi: z.strictObject({
    toleransi_detik: wholeNumber(0, 86_399),
    jeda_scan_menit: wholeNumber(0, 1440),
    pakai_status_mesin: z.boolean(),
    hari_tanpa_data: z.string().min(1),
    /** A working day on which fewer employees (with attendance that month) have a record stops the run. */
    hari_tercatat_minimal_persen: percent,
    /** Working days acknowledged as without (enough) attendance. */
    tanggal_diakui: z.array(isoDate),
    terlambat: z.array(band).min(1),
    pulang_cepat: z.array(band).min(1),
    tk_persen_per_hari: percent,
    tk_batas_hari_tpp_nol: wholeNumber(1, 31).nullable(),
    /** Pay share by presence share; no bands = no gate. */
    gerbang_kehadiran: z.strictObject({
      /** Day effects (and so the codes carrying them) that count as present. */
      efek_hadir: z.array(z.enum(['hadir', 'dinas_luar', 'izin', 'sakit', 'cuti'])).min(1),
      /** Components the gate multiplies; empty = every component. */
      komponen: z.array(z.string().min(1)),
      pita: z.array(gateBand),
    }),
    /** Every this many late (TL) days count as one TK day; null = not used. */
    terlambat_per_tk: wholeNumber(1, 31).nullable(),
    /** A run of this many consecutive TK working days gives the TK_BERTURUT warning; null = off. */
    tk_berturut_peringatan: wholeNumber(1, 31).nullable(),
    kode: z.record(z.string().regex(/^[A-Z0-9_]+$/, { message: 'kode huruf besar / upper-case code' }), dayCodeDefinition),
  }),
  kinerja: z.strictObject({
    metode: z.enum(['matriks', 'angka']),
    capaian_maks: exactNumber(100, 1000),
    /** Cap on each indicator's capaian (and the SKP's) as a TPP component base only; null: capaian_maks (and 100 as a base). */
    capaian_maks_bayar: exactNumber(1, 1000).nullable(),
    tambahan: z.strictObject({ poin: exactNumber(0, 100), maks: exactNumber(0, 100) }),
    hasil_kerja: z.strictObject({ di_atas: exactNumber(0, 1000), sesuai: exactNumber(0, 1000) }),
    perilaku: z.strictObject({
      skala: z.strictObject({ min: exactNumber(-1e6, 1e6), maks: exactNumber(-1e6, 1e6) }),
      label: z.strictObject(
        Object.fromEntries(GIVEN_RATING.map((r) => [r, percent])) as Record<(typeof GIVEN_RATING)[number], typeof percent>,
      ),
      bobot_peran: z.strictObject(
        Object.fromEntries(PERAN.map((r) => [r, percent])) as Record<(typeof PERAN)[number], typeof percent>,
      ),
      batas: z.strictObject({ di_atas: percent, sesuai: percent }),
      /** rata_rata: the rating from nilai against batas; mayoritas: the label most of the atasan's aspects have. */
      cara_label: z.enum(['rata_rata', 'mayoritas']),
      /** A nilai_perilaku component pays 0 up to `nol_sampai` and 100 above `penuh_di_atas`; null: no thresholds. */
      ambang_bayar: perilakuPayThresholds.nullable(),
    }),
    /** The annual predikat in `rekap` without an annual rating (see AnnualRule in archive/year-summary.ts). */
    predikat_tahunan: z.enum(['penilaian', 'bulan_terakhir', 'terbanyak']),
    angka: z.strictObject({
      bobot_skp: percent,
      bobot_perilaku: percent,
      batas: z.strictObject({
        sangat_baik: exactNumber(0, 1000),
        baik: exactNumber(0, 1000),
        butuh_perbaikan: exactNumber(0, 1000),
        kurang: exactNumber(0, 1000),
      }),
    }),
  // Zod runs a refinement also after a field failed: check only what parsed to a number.
  }).refine((k) => !(k.capaian_maks_bayar instanceof Exact && k.capaian_maks instanceof Exact) || k.capaian_maks_bayar.lte(k.capaian_maks), {
    path: ['capaian_maks_bayar'],
    message: 'paling besar capaian_maks (capaian sudah dibatasi di sana) / at most capaian_maks (capaian is already capped there)',
  }),
  kurva: z.strictObject({
    aktif: z.boolean(),
    pembulatan: z.strictObject({ maks: countRounding, min: countRounding }),
    aturan: z.partialRecord(z.enum(ORG_PREDIKAT), z.array(curveRule)),
  }),
  tpp: z.strictObject({
    pagu_per_kelas: z.record(
      z.string().regex(/^(1[0-7]|[1-9])$/, { message: 'kelas jabatan 1..17 / job class 1..17' }),
      rupiah,
    ),
    /** Ceilings by kelas × jenis jabatan × unit with dates and criteria; before pagu_per_kelas (absent: that alone). */
    pagu: z.array(paguRow).optional(),
    faktor_status: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: 'status huruf besar / upper-case status' }), exactNumber(0, 1000)),
    komponen: z
      .array(z.strictObject({ nama: z.string().regex(/^[a-z][a-z0-9_]*$/), bobot: percent, dasar: z.enum(DASAR_KOMPONEN) }))
      .min(1),
    faktor_predikat: predikatFactors,
    pengecualian: z.array(z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: 'kode huruf besar / upper-case code' })),
    /** A ceiling outside this range (or 0) holds the employee: a misread amount, not a ceiling. */
    pagu_wajar: z.strictObject({ min: rupiah, maks: rupiah }),
    /** Acting posts (the `plt` input); absent: the pack says nothing of them, and a plt row holds its employee. */
    plt: pltRule.optional(),
  }),
  pajak: z.strictObject({
    metode: z.enum(['tarif_golongan', 'ter', 'ditanggung', 'tidak_ada']),
    tarif_golongan: z.record(z.string().regex(TARIF_KEY, { message: 'kunci I..IV atau PPPK_<dari>_<sampai> / key I..IV or PPPK_<from>_<to>' }), percent),
    pembulatan: rounding,
    ter: z.strictObject({ A: z.array(terBand).min(1), B: z.array(terBand).min(1), C: z.array(terBand).min(1) }),
    /** Under `ditanggung`: how the borne tax is computed as an amount (absent: no amount, as before). */
    ditanggung_dengan: z.enum(['tarif_golongan', 'ter']).optional(),
    /** The employer's BPJS share (bpjs_pemda) joins the taxable gross; it is never paid out. */
    bruto_termasuk_bpjs_pemda: z.boolean(),
    /** Under `ter`, December: `tahunan` recalculates the year (Pasal 17) from the archive; `ter` keeps the monthly rate. */
    desember: z.enum(['tahunan', 'ter']),
    tahunan: annualTax,
  }).refine((p) => p.ditanggung_dengan === undefined || p.metode === 'ditanggung', {
    path: ['ditanggung_dengan'],
    message: 'hanya untuk metode: ditanggung / only with metode: ditanggung',
  }),
  bpjs: z.strictObject({ persen_pegawai: percent, persen_pemda: percent, batas_upah: rupiah }),
  hukdis: hukdisRule,
  pembulatan: tppRounding,
  tindak_lanjut: z.strictObject({
    pembinaan: z.strictObject({ predikat: z.array(z.enum(PREDIKAT)), nilai_disiplin_di_bawah: percent }),
    penghargaan: z.strictObject({ predikat: z.array(z.enum(PREDIKAT)), nilai_disiplin_minimal: percent }),
    kalibrasi: z.strictObject({ selisih_poin: percent, minimal_dinilai: wholeNumber(1, 100_000) }),
    pelatihan: z.partialRecord(aspekSchema, z.string()),
  }),
  /** Daily activity reports; absent: no component may use `dasar: aktivitas`. */
  aktivitas: aktivitasRule.optional(),
  /** Finance exports: bank transfer file layouts (`*` is the default, other keys are nama_bank values); bawaan gives `*`. */
  keuangan: z.strictObject({ bank: z.record(z.string().min(1), bankLayout) }),
  laporan: z.strictObject({
    penandatangan: z.array(z.strictObject({ jabatan: z.string(), nama: z.string(), nip: z.string().optional() })),
  }),
});

/**
 * The rule pack schema (the merged pack is validated against it). `jadwal` comes out as the schedule
 * profiles only; its reserved `shift` key becomes `shift` (empty when the pack defines no shifts).
 */
export const rulePackSchema = packObject
  .superRefine((p, ctx) => {
    p.tpp.komponen.forEach((k, i) => {
      if (k.dasar === 'aktivitas' && p.aktivitas === undefined) {
        ctx.addIssue({ code: 'custom', path: ['tpp', 'komponen', i, 'dasar'], message: 'dasar aktivitas perlu blok aktivitas (satuan, target) / dasar aktivitas needs an aktivitas block (satuan, target)' });
      }
    });
  })
  .transform(({ jadwal, ...rest }) => {
  const { [SHIFT_KEY]: shift, ...profiles } = jadwal;
  return { ...rest, jadwal: profiles, shift: shift ?? {} };
});

/** A validated, merged rule pack. */
export type RulePack = z.output<typeof rulePackSchema>;

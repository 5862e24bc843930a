/**
 * The explanation of one employee (`kinerja jelaskan`), pure: every step from working days to net
 * TPP, built from the same result as `pegawai.csv` so the two can never disagree. Decimals are text
 * with `.` (as in the CSV), exact fractions are added where a decimal would not reproduce the result.
 */
import { ASPEK, formatPeriod, PERAN, type Aspek, type Period, type Peran } from '../model/domain.js';
import { Exact } from '../exact.js';
import { maskIdentity, type Finding } from '../findings.js';
import { formatTime, OPEN_END } from '../model/local-date.js';
import type { LoadedRulePack } from '../rules/load-rule-pack.js';
import { pegawaiColumns } from './build-report.js';
import { csvCellText } from './format-cell.js';
import { bearsTaxAmount } from '../tpp/compute-pph21.js';
import type { Calendar } from '../model/calendar.js';
import type { Hukdis } from '../model/records.js';
import type { EmployeeResult, Pph21Detail, PltResult } from '../model/results.js';
import { paguFor, paguSource } from '../rules/pagu.js';
import { recalculatesYear } from '../rules/tax-method.js';

const d2 = (x: Exact) => x.toFixed(2);
/** An exact value as shown (2 decimals) and, when that is not exact, as a fraction. */
function exact(x: Exact, places = 2): { nilai: string; pecahan?: string } {
  const shown = x.toFixed(places);
  return Exact.parse(shown)!.eq(x) ? { nilai: shown } : { nilai: shown, pecahan: x.toString() };
}

/** One day that cost discipline points. */
interface DayLine {
  tanggal: string;
  kode: string;
  jadwal?: string;
  masuk?: string;
  pulang?: string;
  tanpa_catatan: boolean;
  terlambat?: { menit: number | null; pita: string; jadi_tk?: true };
  pulang_cepat?: { menit: number | null; pita: string };
  persen: string;
}

/** The explanation of one employee for one period. */
export interface Explanation {
  periode: string;
  paket_aturan: { nama: string; versi: string; sha256: string };
  /** `nik` and `npwp` are masked (`3201********0001`): an explanation is shown on screens. */
  pegawai: { nip: string; nama: string; unit: string; jabatan?: string; golongan?: string; status: string; jadwal: string; tmt_masuk?: string; tmt_keluar?: string; nik?: string; npwp?: string };
  hari: { hari_kerja_periode: number; hari_kerja_penuh: number; hari_kerja: number; hari_bayar: number; tidak_dibayar: number; potongan_hari_bayar?: string };
  disiplin:
    | {
        sumber: 'harian' | 'rekap_bulanan';
        hadir: number;
        tl: Record<string, number>;
        psw: Record<string, number>;
        tk: number;
        izin: number;
        sakit: number;
        cuti: number;
        dinas_luar: number;
        hari_potongan: DayLine[];
        hari_tanpa_catatan: string[];
        /** Only when the pack counts late days as TK (`presensi.terlambat_per_tk`). */
        tk_dari_terlambat?: { tk: number; per: number };
        /** Only when the pack warns on runs (`presensi.tk_berturut_peringatan`) and there was one. */
        tk_berturut?: { hari: number; dari: string };
        potongan: string;
        /** Points an active sanction took off (included in potongan). */
        poin_hukdis?: string;
        nilai: string;
      }
    | { tidak_ada: string };
  hasil_kerja: {
    indikator: {
      indikator: string;
      jenis: string;
      arah: string;
      target: string;
      target_dipakai?: string;
      realisasi: string;
      bobot: string;
      capaian: { nilai: string; pecahan?: string };
      berkas: string;
      baris: number;
    }[];
    poin_tambahan: string;
    capaian_skp?: { nilai: string; pecahan?: string };
    /** With `kinerja.capaian_maks_bayar`: the capaian SKP a component takes as its base, each indicator capped at `maks`. */
    capaian_skp_bayar?: { nilai: string; pecahan?: string; maks: string };
    nilai_skp?: { nilai: string; pecahan?: string };
    rating_dihitung: string;
    rating: string;
    batas: { di_atas: string; sesuai: string };
  };
  perilaku: {
    penilai: { penilai_nip?: string; peran: Peran; nilai: Record<Aspek, string>; asli: Record<Aspek, string>; rata_rata: { nilai: string; pecahan?: string } }[];
    per_peran: Partial<Record<Peran, string>>;
    bobot_peran: Partial<Record<Peran, string>>;
    nilai?: { nilai: string; pecahan?: string };
    rating_dihitung: string;
    rating: string;
    batas: { di_atas: string; sesuai: string };
    /** With `cara_label: mayoritas`: the atasan's aspects per label and those given as a number. */
    mayoritas?: { DI_ATAS: number; SESUAI: number; DI_BAWAH: number; bukan_label: number };
    /** With `ambang_bayar`: the value compared, the thresholds and the base a nilai_perilaku component takes. */
    ambang_bayar?: { satuan: string; dibanding: string; nol_sampai: string; penuh_di_atas: string; dasar: string };
  };
  predikat: { metode: string; sumber: string; rating_hasil_kerja: string; rating_perilaku: string; predikat: string; nilai_kinerja?: string; faktor_predikat: string };
  tpp: {
    pagu?: number;
    faktor_status?: string;
    faktor_hari: { nilai: string; pecahan: string };
    dasar?: { nilai: string; pecahan?: string };
    /** Only for an employee whose post changed within the month: each segment's post, days and amount. */
    segmen?: {
      dari: string;
      sampai: string;
      unit: string;
      jabatan?: string;
      kelas_jabatan?: number;
      status: string;
      hari_kerja: number;
      hari_bayar: number;
      pagu?: number;
      faktor_status?: string;
      faktor_hari?: { nilai: string; pecahan: string };
      komponen: number[];
      jumlah: number;
    }[];
    /** Only when the pack has a presence gate (`presensi.gerbang_kehadiran`). */
    kehadiran?: { hari_hadir: number; hari_bayar: number; persen_hadir: { nilai: string; pecahan?: string }; di_bawah?: string; persen_bayar: string; komponen: string[] };
    /** The ceiling's row of the pack's tpp.pagu table (not for tpp_pagu or pagu_per_kelas), with its criterion shares. */
    pagu_tabel?: { sumber: string; kriteria: { nama: string; persen: string; jumlah: string }[] };
    /** Daily activity against its target (`dasar: aktivitas`), when the employee has activity rows. */
    aktivitas?: { satuan: string; realisasi: string; target: string; maks_persen: string; nilai: { nilai: string; pecahan?: string }; baris: number; tidak_disetujui: number };
    komponen: { nama: string; bobot: string; dasar: string; nilai_dasar: string; jumlah: number; gerbang?: string }[];
    pembulatan: string;
    /** `pembulatan.potongan`, when the sanction does not round on its own. */
    pembulatan_potongan?: string;
    hukdis: { jenis?: string; tmt: string; lama_bulan: number; persen: string; komponen?: readonly string[] }[];
    persen_hukdis: string;
    potongan_hukdis: number;
    /** Acting posts (Plt/Plh), when the employee is paid and has any in the period. */
    plt?: {
      cara: string;
      persen?: string;
      minimal_hari: number;
      jenis: string[];
      jabatan: {
        jenis: string;
        jabatan?: string;
        kelas_jabatan?: number;
        pagu: number;
        sumber_pagu: string;
        tmt_mulai: string;
        tmt_selesai: string;
        hari: number;
        hari_kerja_penuh: number;
        dasar: { nilai: string; pecahan?: string };
        cukup_hari: boolean;
        jumlah: number;
      }[];
      jumlah: number;
    };
    /** Taken off by rounding the gross down (`pembulatan.bruto`), when the pack rounds it. */
    pembulatan_bruto?: number;
    tpp_bruto: number;
    pph21: number;
    /** TER tax the TPP could not bear (withheld elsewhere). */
    pph21_kurang?: number;
    pajak?: PajakLine;
    /** Borne tax (never deducted): only under a pack that computes it. */
    pph21_ditanggung?: number;
    /** The taxable gross when it includes the employer's BPJS (`bruto_termasuk_bpjs_pemda`). */
    dasar_pajak?: { tpp_bruto: number; bpjs_pemda: number; jumlah: number };
    bpjs: { upah?: number; batas_upah: number; dasar_bpjs: number; persen_pegawai: string; persen_pemda: string; bpjs_pegawai: number; bpjs_pemda: number };
    tpp_netto: number;
    status_bayar: string;
    alasan_nihil: string[];
    /** Arrears of earlier paid periods (`--rapel`), when this employee was held in one. */
    rapel?: { baris: { periode: string; netto_seharusnya: number; sudah_dibayar: number; rapel: number; status: string }[]; jumlah: number; jumlah_transfer: number };
  };
  keterangan: string[];
  temuan: { tingkat: string; kode: string; berkas: string; baris?: number; kolom?: string; nilai?: string; jumlah: number }[];
  /** The employee's `pegawai.csv` row, keyed by column (what the reports say). */
  baris_laporan: Record<string, string>;
}

/** How PPh 21 was computed. */
interface PajakLine {
  metode: string;
  kunci?: string;
  tarif?: string;
  kategori?: string;
  bruto_lain?: number;
  tarif_total?: string;
  tarif_lain?: string;
  pajak_total?: number;
  pajak_lain?: number;
  /** Under `ditanggung`: how the borne amount was computed. */
  dihitung?: PajakLine;
  /** TER in a December the pack recalculates (`desember: tahunan`): the year could not be (see PPH21_DESEMBER_TER). */
  desember_ter?: true;
  /** December's annual recalculation (metode `tahunan`): the year's steps. */
  tahunan?: {
    bulan: number;
    bruto_lain: number;
    gaji_setahun: number;
    tpp_sebelumnya: number;
    tpp_desember: number;
    bruto_setahun: number;
    /** Exact, 2 decimals (5 % of whole rupiah). */
    biaya_jabatan: string;
    biaya_jabatan_gaji: string;
    biaya_jabatan_maks: number;
    /** The iuran pensiun/THT of the months counted, deducted from gaji + TPP and from gaji alone. */
    iuran_pensiun: number;
    ptkp: number;
    pkp: number;
    pkp_gaji: number;
    pajak_setahun: number;
    pajak_gaji: number;
    pajak_tpp: number;
    dipotong: number;
    pajak_desember: number;
  };
}

function pajakOf(detail: Pph21Detail): PajakLine {
  switch (detail.metode) {
    case 'ditanggung':
      return { metode: detail.metode, ...(detail.dihitung ? { dihitung: pajakOf(detail.dihitung) } : {}) };
    case 'tarif_golongan':
      return { metode: detail.metode, kunci: detail.kunci, tarif: detail.tarif.toString() };
    case 'ter':
      return {
        metode: detail.metode,
        kategori: detail.kategori,
        bruto_lain: detail.brutoLain,
        tarif_total: detail.tarifTotal.toString(),
        tarif_lain: detail.tarifLain.toString(),
        pajak_total: detail.pajakTotal,
        pajak_lain: detail.pajakLain,
      };
    case 'tidak_ada':
      return { metode: detail.metode };
    case 'tahunan':
      return {
        metode: detail.metode,
        tahunan: {
          bulan: detail.bulan,
          bruto_lain: detail.brutoLain,
          gaji_setahun: detail.gajiSetahun,
          tpp_sebelumnya: detail.tppSebelumnya,
          tpp_desember: detail.tppDesember,
          bruto_setahun: detail.gajiSetahun + detail.tppSebelumnya + detail.tppDesember,
          biaya_jabatan: detail.biayaJabatan.toFixed(2),
          biaya_jabatan_gaji: detail.biayaJabatanGaji.toFixed(2),
          biaya_jabatan_maks: detail.biayaJabatanMaks,
          iuran_pensiun: detail.iuranPensiunSetahun,
          ptkp: detail.ptkp,
          pkp: detail.pkp,
          pkp_gaji: detail.pkpGaji,
          pajak_setahun: detail.pajakSetahun,
          pajak_gaji: detail.pajakGaji,
          pajak_tpp: detail.pajakTpp,
          dipotong: detail.dipotong,
          pajak_desember: detail.pajakDesember,
        },
      };
  }
}

/** What the explanation of one employee is built from. */
interface ExplanationInput {
  result: EmployeeResult;
  period: Period;
  calendar: Calendar;
  pack: LoadedRulePack;
  sanctions: readonly Hukdis[];
  findings: readonly Finding[];
  /** The run paid arrears (`--rapel`): the report row has the rapel column. */
  rapel?: boolean;
}

/** Marks monthly TER in a December that was to recalculate the year, so it is not read as the normal case. */
function withDecemberTer(tpp: Explanation['tpp'], period: Period, pack: RulePack): Explanation['tpp'] {
  if (!recalculatesYear(pack, period) || tpp.pajak?.metode !== 'ter') return tpp;
  return { ...tpp, pajak: { ...tpp.pajak, desember_ter: true } };
}

/** Builds the explanation of one computed employee. */
export function buildExplanation(input: ExplanationInput): Explanation {
  const { result: r, pack: loaded } = input;
  const pack = loaded.pack;
  return {
    periode: formatPeriod(input.period),
    paket_aturan: { nama: pack.nama, versi: pack.versi, sha256: loaded.sha256 },
    pegawai: employeeOf(r, input.calendar),
    hari: {
      hari_kerja_periode: input.calendar.hariKerjaPeriode,
      hari_kerja_penuh: r.hariKerjaPenuh,
      hari_kerja: r.hariKerja,
      hari_bayar: r.hariBayar,
      tidak_dibayar: r.disiplin?.tidakDibayar ?? 0,
      ...(r.potonganHariBayar.isZero() ? {} : { potongan_hari_bayar: r.potonganHariBayar.toString() }),
    },
    disiplin: disciplineOf(r, pack),
    hasil_kerja: workResultOf(r, pack),
    perilaku: behaviourOf(r, pack),
    predikat: predikatOf(r, pack),
    tpp: withDecemberTer({ ...tppOf(r, pack, input.sanctions), ...paguTableOf(r, pack, input.period), ...rapelOf(r) }, input.period, pack),
    keterangan: r.keterangan,
    temuan: input.findings.map(findingOf),
    baris_laporan: reportRowOf(r, loaded, input.rapel === true),
  };
}

type RulePack = LoadedRulePack['pack'];

/** The tpp.pagu row an employee's ceiling came from, split by its criteria (one post in the month only). */
function paguTableOf(r: EmployeeResult, pack: RulePack, period: Period): Pick<Explanation['tpp'], 'pagu_tabel'> {
  const e = r.pegawai;
  if (e.tppPagu !== undefined || r.segmen) return {};
  const choice = paguFor(pack, period, e);
  if (choice.kind !== 'found' || choice.baris === undefined) return {};
  const kriteria = Object.entries(choice.kriteria ?? {}).map(([nama, persen]) => ({
    nama,
    persen: persen.toString(),
    jumlah: Exact.of(choice.jumlah).mul(persen).div(Exact.HUNDRED).toString(),
  }));
  return { pagu_tabel: { sumber: paguSource(choice), kriteria } };
}

/** hari_bayar/hari_kerja_penuh, or (hari_bayar − days cut by code pay shares)/hari_kerja_penuh. */
/** Each segment's post, days and what it pays (amounts 0 for an employee not paid). */
function segmentsOf(r: EmployeeResult): NonNullable<Explanation['tpp']['segmen']> {
  return (r.segmen ?? []).map((d, i) => {
    const s = d.segmen;
    const paid = r.tpp.segmen?.[i];
    const cut = d.potonganHariBayar;
    return {
      dari: s.dari,
      sampai: s.sampai,
      unit: s.unit,
      ...(s.jabatan !== undefined ? { jabatan: s.jabatan } : {}),
      ...(s.kelasJabatan !== undefined ? { kelas_jabatan: s.kelasJabatan } : {}),
      status: s.status,
      hari_kerja: d.hariKerja,
      hari_bayar: d.hariBayar,
      ...(paid
        ? {
            pagu: paid.pagu,
            faktor_status: paid.faktorStatus.toString(),
            faktor_hari: { nilai: paid.faktorHari.toFixed(4), pecahan: cut.isZero() ? `${d.hariBayar}/${r.hariKerjaPenuh}` : `(${d.hariBayar} − ${cut.toString()})/${r.hariKerjaPenuh}` },
          }
        : {}),
      komponen: paid?.komponen ?? [],
      jumlah: paid?.jumlah ?? 0,
    };
  });
}

function dayFraction(r: EmployeeResult): string {
  const cut = r.potonganHariBayar;
  return !cut.isZero() ? `(${r.hariBayar} − ${cut.toString()})/${r.hariKerjaPenuh}` : `${r.hariBayar}/${r.hariKerjaPenuh}`;
}

/** The employee's master data; `jadwal` is `shift` for an employee on a roster (the roster replaces the profile). */
function employeeOf(r: EmployeeResult, calendar: Calendar): Explanation['pegawai'] {
  const e = r.pegawai;
  return {
    nip: e.nip,
    nama: e.nama,
    unit: e.unit,
    ...(e.jabatan ? { jabatan: e.jabatan } : {}),
    ...(e.golongan || e.golonganText ? { golongan: e.golongan?.text ?? e.golonganText! } : {}),
    status: e.status,
    jadwal: calendar.isRoster(calendar.scheduleOf(e)) ? 'shift' : e.jadwal,
    ...(e.tmtMasuk ? { tmt_masuk: e.tmtMasuk } : {}),
    ...(e.tmtKeluar ? { tmt_keluar: e.tmtKeluar } : {}),
    ...(e.nik ? { nik: maskIdentity(e.nik) } : {}),
    ...(e.npwp ? { npwp: maskIdentity(e.npwp) } : {}),
  };
}

type Deduction = NonNullable<NonNullable<EmployeeResult['disiplin']>['deductions']>[number];

/** One day that cost discipline points, with its times as `HH:MM`. */
function dayLineOf(day: Deduction): DayLine {
  return {
    tanggal: day.date,
    kode: day.code,
    ...(day.jam ? { jadwal: `${formatTime(day.jam.mulai)}-${formatTime(day.jam.selesai)}` } : {}),
    ...(day.masuk !== undefined ? { masuk: formatTime(day.masuk) } : {}),
    ...(day.pulang !== undefined ? { pulang: formatTime(day.pulang) } : {}),
    tanpa_catatan: day.tanpaCatatan,
    ...(day.terlambat ? { terlambat: { menit: day.terlambat.menit, pita: day.terlambat.band, ...(day.terlambat.jadiTk ? { jadi_tk: true as const } : {}) } } : {}),
    ...(day.pulangCepat ? { pulang_cepat: { menit: day.pulangCepat.menit, pita: day.pulangCepat.band } } : {}),
    persen: day.persen.toString(),
  };
}

function disciplineOf(r: EmployeeResult, pack: RulePack): Explanation['disiplin'] {
  const d = r.disiplin;
  if (!d) return { tidak_ada: r.hariKerja === 0 ? 'TIDAK_ADA_HARI_KERJA' : 'PRESENSI_TIDAK_ADA' };
  return {
    sumber: d.fromSummary ? 'rekap_bulanan' : 'harian',
    hadir: d.hadir,
    tl: Object.fromEntries(pack.presensi.terlambat.map((b, i) => [b.kode, d.tl[i] ?? 0])),
    psw: Object.fromEntries(pack.presensi.pulang_cepat.map((b, i) => [b.kode, d.psw[i] ?? 0])),
    tk: d.tk,
    izin: d.izin,
    sakit: d.sakit,
    cuti: d.cuti,
    dinas_luar: d.dinasLuar,
    hari_potongan: (d.deductions ?? []).map(dayLineOf),
    hari_tanpa_catatan: d.tanpaCatatan,
    ...(pack.presensi.terlambat_per_tk !== null ? { tk_dari_terlambat: { tk: d.tkDariTerlambat, per: pack.presensi.terlambat_per_tk } } : {}),
    ...(pack.presensi.tk_berturut_peringatan !== null && d.tkBerturutDari ? { tk_berturut: { hari: d.tkBerturut, dari: d.tkBerturutDari } } : {}),
    potongan: d2(d.potongan),
    ...(d.poinHukdis ? { poin_hukdis: d2(d.poinHukdis) } : {}),
    nilai: d2(d.nilai),
  };
}

type Indicator = EmployeeResult['hasilKerja']['indikator'][number];

function indicatorOf(i: Indicator): Explanation['hasil_kerja']['indikator'][number] {
  const target = i.indikator.target;
  return {
    indikator: i.indikator.indikator,
    jenis: i.indikator.jenis,
    arah: i.indikator.arah,
    target: target instanceof Exact ? target.toString() : `${target.dari.toString()}-${target.sampai.toString()}`,
    ...(i.targetDipakai ? { target_dipakai: i.targetDipakai.toString() } : {}),
    realisasi: i.indikator.realisasi.toString(),
    bobot: i.indikator.bobot.toString(),
    capaian: exact(i.capaian),
    berkas: i.indikator.file,
    baris: i.indikator.row,
  };
}

function workResultOf(r: EmployeeResult, pack: RulePack): Explanation['hasil_kerja'] {
  const hk = r.hasilKerja;
  return {
    indikator: hk.indikator.map(indicatorOf),
    poin_tambahan: hk.poinTambahan.toString(),
    ...(hk.capaianSkp ? { capaian_skp: exact(hk.capaianSkp) } : {}),
    ...(hk.capaianSkpBayar && pack.kinerja.capaian_maks_bayar !== null ? { capaian_skp_bayar: { ...exact(hk.capaianSkpBayar), maks: pack.kinerja.capaian_maks_bayar.toString() } } : {}),
    ...(hk.nilaiSkp ? { nilai_skp: exact(hk.nilaiSkp) } : {}),
    rating_dihitung: hk.rating,
    rating: r.ratingHasilKerja,
    batas: { di_atas: pack.kinerja.hasil_kerja.di_atas.toString(), sesuai: pack.kinerja.hasil_kerja.sesuai.toString() },
  };
}

function behaviourOf(r: EmployeeResult, pack: RulePack): Explanation['perilaku'] {
  const pr = r.perilaku;
  const ambang = pack.kinerja.perilaku.ambang_bayar;
  const roles = PERAN.filter((p) => pr.perPeran[p]);
  return {
    penilai: pr.raters.map((rater) => ({
      ...(rater.penilai.penilaiNip ? { penilai_nip: rater.penilai.penilaiNip } : {}),
      peran: rater.penilai.peran,
      nilai: Object.fromEntries(ASPEK.map((a) => [a, d2(rater.penilai.skor[a])])) as Record<Aspek, string>,
      asli: rater.penilai.asli,
      rata_rata: exact(rater.rataRata),
    })),
    per_peran: Object.fromEntries(roles.map((p) => [p, d2(pr.perPeran[p]!)])),
    bobot_peran: Object.fromEntries(roles.map((p) => [p, pack.kinerja.perilaku.bobot_peran[p].toString()])),
    ...(pr.nilai ? { nilai: exact(pr.nilai) } : {}),
    rating_dihitung: pr.rating,
    rating: r.ratingPerilaku,
    batas: { di_atas: pack.kinerja.perilaku.batas.di_atas.toString(), sesuai: pack.kinerja.perilaku.batas.sesuai.toString() },
    ...(pr.mayoritas ? { mayoritas: { DI_ATAS: pr.mayoritas.DI_ATAS, SESUAI: pr.mayoritas.SESUAI, DI_BAWAH: pr.mayoritas.DI_BAWAH, bukan_label: pr.mayoritas.bukanLabel } } : {}),
    ...(ambang && pr.nilai && pr.nilaiBayar
      ? {
          ambang_bayar: {
            satuan: ambang.satuan,
            dibanding: d2(ambang.satuan === 'jumlah_aspek' ? pr.nilai.mul(Exact.of(ASPEK.length)) : pr.nilai),
            nol_sampai: ambang.nol_sampai.toString(),
            penuh_di_atas: ambang.penuh_di_atas.toString(),
            dasar: d2(pr.nilaiBayar),
          },
        }
      : {}),
  };
}

function predikatOf(r: EmployeeResult, pack: RulePack): Explanation['predikat'] {
  return {
    metode: pack.kinerja.metode,
    sumber: r.sumberPredikat,
    rating_hasil_kerja: r.ratingHasilKerja,
    rating_perilaku: r.ratingPerilaku,
    predikat: r.predikat,
    ...(r.nilaiKinerja ? { nilai_kinerja: d2(r.nilaiKinerja) } : {}),
    faktor_predikat: r.tpp.faktorPredikat.toString(),
  };
}

function gateOf(g: NonNullable<EmployeeResult['kehadiran']>, gated: readonly string[]): NonNullable<Explanation['tpp']['kehadiran']> {
  return {
    hari_hadir: g.hariHadir,
    hari_bayar: g.hariDasar,
    persen_hadir: exact(g.persenHadir),
    ...(g.diBawah ? { di_bawah: g.diBawah.toString() } : {}),
    persen_bayar: g.persenBayar.toString(),
    komponen: [...gated],
  };
}

function tppOf(r: EmployeeResult, pack: RulePack, sanctions: readonly Hukdis[]): Explanation['tpp'] {
  const t = r.tpp;
  const gate = r.kehadiran;
  const named = pack.presensi.gerbang_kehadiran.komponen;
  const gated = named.length === 0 ? pack.tpp.komponen.map((k) => k.nama) : named;
  return {
    ...(t.pagu !== undefined ? { pagu: t.pagu } : {}),
    ...(t.faktorStatus ? { faktor_status: t.faktorStatus.toString() } : {}),
    faktor_hari: { nilai: t.faktorHari.toFixed(4), pecahan: dayFraction(r) },
    ...(t.dasar ? { dasar: exact(t.dasar) } : {}),
    ...(r.segmen ? { segmen: segmentsOf(r) } : {}),
    ...(gate ? { kehadiran: gateOf(gate, gated) } : {}),
    ...(r.aktivitas && pack.aktivitas
      ? {
          aktivitas: {
            satuan: r.aktivitas.satuan,
            realisasi: r.aktivitas.realisasi.toString(),
            target: r.aktivitas.target.toString(),
            maks_persen: pack.aktivitas.maks_persen.toString(),
            nilai: exact(r.aktivitas.nilai),
            baris: r.aktivitas.baris,
            tidak_disetujui: r.aktivitas.tidakDisetujui,
          },
        }
      : {}),
    komponen: t.komponen.map((k) => ({
      nama: k.nama,
      bobot: k.bobot.toString(),
      dasar: k.dasar,
      nilai_dasar: d2(k.nilaiDasar),
      jumlah: k.jumlah,
      ...(gate && gated.includes(k.nama) ? { gerbang: gate.persenBayar.toString() } : {}),
    })),
    pembulatan: pack.pembulatan.komponen,
    // Only packs that use the newer rounding rules add keys, so older explanations stay as they were.
    ...(pack.pembulatan.potongan !== 'sendiri' ? { pembulatan_potongan: pack.pembulatan.potongan } : {}),
    hukdis: sanctions.map((h) => ({ ...(h.jenis ? { jenis: h.jenis } : {}), tmt: h.tmt, lama_bulan: h.lamaBulan, persen: h.persen.toString(), ...(h.komponen ? { komponen: h.komponen } : {}) })),
    persen_hukdis: t.persenHukdis.toString(),
    potongan_hukdis: t.potonganHukdis,
    ...(t.plt ? { plt: pltOf(t.plt, r.hariKerjaPenuh) } : {}),
    ...(pack.pembulatan.bruto !== 'tidak' ? { pembulatan_bruto: t.pembulatanBruto } : {}),
    tpp_bruto: t.tppBruto,
    pph21: t.pph21,
    ...(t.pph21Kurang !== undefined ? { pph21_kurang: t.pph21Kurang } : {}),
    ...(t.pph21Detail ? { pajak: pajakOf(t.pph21Detail) } : {}),
    ...(bearsTaxAmount(pack) ? { pph21_ditanggung: t.pph21Ditanggung } : {}),
    ...(pack.pajak.bruto_termasuk_bpjs_pemda && t.pph21Detail ? { dasar_pajak: { tpp_bruto: t.tppBruto, bpjs_pemda: t.bpjsPemdaKenaPajak, jumlah: t.tppBruto + t.bpjsPemdaKenaPajak } } : {}),
    bpjs: bpjsOf(r, pack),
    tpp_netto: t.tppNetto,
    status_bayar: t.statusBayar,
    alasan_nihil: t.alasanNihil,
  };
}

function pltOf(p: PltResult, hariKerjaPenuh: number): NonNullable<Explanation['tpp']['plt']> {
  return {
    cara: p.rule.cara,
    ...(p.rule.persen !== undefined ? { persen: p.rule.persen.toString() } : {}),
    minimal_hari: p.rule.minimal_hari,
    jenis: [...p.rule.jenis],
    jabatan: p.lines.map((l) => ({
      jenis: l.plt.jenis,
      ...(l.plt.jabatan !== undefined ? { jabatan: l.plt.jabatan } : {}),
      ...(l.plt.kelasJabatan !== undefined ? { kelas_jabatan: l.plt.kelasJabatan } : {}),
      pagu: l.plt.pagu,
      sumber_pagu: l.plt.sumberPagu,
      tmt_mulai: l.plt.tmtMulai,
      tmt_selesai: l.plt.tmtSelesai === OPEN_END ? '…' : l.plt.tmtSelesai,
      hari: l.hari,
      hari_kerja_penuh: hariKerjaPenuh,
      dasar: exact(l.dasar),
      cukup_hari: l.cukupHari,
      jumlah: l.jumlah,
    })),
    jumlah: p.jumlah,
  };
}

function bpjsOf(r: EmployeeResult, pack: RulePack): Explanation['tpp']['bpjs'] {
  return {
    ...(r.pegawai.gaji !== undefined ? { upah: r.pegawai.gaji } : {}),
    batas_upah: pack.bpjs.batas_upah,
    dasar_bpjs: r.tpp.dasarBpjs,
    persen_pegawai: pack.bpjs.persen_pegawai.toString(),
    persen_pemda: pack.bpjs.persen_pemda.toString(),
    bpjs_pegawai: r.tpp.bpjsPegawai,
    bpjs_pemda: r.tpp.bpjsPemda,
  };
}

function findingOf(f: Finding): Explanation['temuan'][number] {
  return {
    tingkat: f.level,
    kode: f.code,
    berkas: f.file,
    ...(f.row !== undefined ? { baris: f.row } : {}),
    ...(f.column !== undefined ? { kolom: f.column } : {}),
    ...(f.value !== undefined ? { nilai: f.value } : {}),
    jumlah: f.count,
  };
}

/** The employee's `pegawai.csv` row as the CSV writes it, keyed by column. */
function reportRowOf(r: EmployeeResult, pack: LoadedRulePack, rapel: boolean): Record<string, string> {
  return Object.fromEntries(pegawaiColumns(pack, { rapel }).map((c) => [c.key, csvCellText(c.value(r), c.type, 'intl')]));
}

/** The arrears lines, when the employee has any. */
function rapelOf(r: EmployeeResult): Pick<Explanation['tpp'], 'rapel'> {
  const rapel = r.tpp.rapel;
  if (!rapel) return {};
  return {
    rapel: {
      baris: rapel.lines.map((l) => ({ periode: l.periode, netto_seharusnya: l.nettoSeharusnya, sudah_dibayar: l.sudahDibayar, rapel: l.rapel, status: l.status })),
      jumlah: rapel.jumlah,
      jumlah_transfer: r.tpp.tppNetto + rapel.jumlah,
    },
  };
}

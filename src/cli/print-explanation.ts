/** `kinerja jelaskan` for people: the explanation model as numbered steps, in id or en. */
import type { Lang } from '../i18n.js';
import type { Explanation } from '../reports/build-explanation.js';
import { labelsFor, type Labeller } from '../reports/labels.js';
import { formatRupiah, type Terminal } from './terminal.js';
import { visibleText } from './visible-text.js';

/** The decimal and thousands marks of each language. */
const MARKS: Record<Lang, { decimal: string; group: string }> = {
  id: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** The labels and number formats of one language. */
interface Text {
  lang: Lang;
  t: Labeller;
  /** A decimal of the model (`.`) with the language's mark. */
  num: (s: string) => string;
  pct: (s: string) => string;
  rp: (n: number) => string;
  /** Rupiah with decimals (the unrounded base), the zero decimals dropped. */
  rpExact: (s: string) => string;
}

function textFor(lang: Lang): Text {
  const marks = MARKS[lang];
  const num = (s: string) => s.replace(/\./g, marks.decimal);
  return {
    lang,
    t: labelsFor(lang),
    num,
    pct: (s) => `${num(s)}%`,
    rp: (n) => formatRupiah(n, lang),
    rpExact: (s) => {
      const [int = '0', frac] = s.split('.');
      const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, marks.group);
      return `Rp ${grouped}${frac && !/^0+$/.test(frac) ? marks.decimal + frac : ''}`;
    },
  };
}

function headerLines(x: Explanation, { t }: Text): string[] {
  const p = x.pegawai;
  return [
    t('explain.title', { nip: p.nip, nama: p.nama, unit: p.unit, periode: x.periode }),
    t('explain.pack', { nama: x.paket_aturan.nama, versi: x.paket_aturan.versi, status: p.status, golongan: p.golongan }),
    // Masked already (build-explanation): identity numbers are never shown in full on a screen.
    ...(p.nik || p.npwp ? [t('explain.identity', { nik: p.nik, npwp: p.npwp })] : []),
  ];
}

function workingDayLines(x: Explanation, { t, num }: Text): string[] {
  const p = x.pegawai;
  const masa = [p.tmt_masuk ? t('explain.days.from', { date: p.tmt_masuk }) : '', p.tmt_keluar ? t('explain.days.until', { date: p.tmt_keluar }) : ''].filter(Boolean).join(', ');
  return [
    `1. ${t('explain.days.head')}`,
    `   ${t('explain.days.period', { n: x.hari.hari_kerja_periode })}`,
    `   ${t('explain.days.employee', { jadwal: p.jadwal, masa, hari: x.hari.hari_kerja, penuh: x.hari.hari_kerja_penuh })}`,
    `   ${t('explain.days.paid', { hari: x.hari.hari_kerja, tidak: x.hari.tidak_dibayar, bayar: x.hari.hari_bayar })}`,
    ...(x.hari.potongan_hari_bayar ? [`   ${t('explain.days.payShare', { hari: num(x.hari.potongan_hari_bayar) })}`] : []),
  ];
}

type Discipline = Exclude<Explanation['disiplin'], { tidak_ada: string }>;
type DeductionDay = Discipline['hari_potongan'][number];

/** Why one day cost points: no record, late, early (or just its code). */
function deductionDayLine(day: DeductionDay, { t, pct }: Text): string {
  const why: string[] = [];
  if (day.tanpa_catatan) why.push(t('explain.day.no_record', { kode: day.kode }));
  if (day.terlambat) {
    const { menit, pita } = day.terlambat;
    why.push(menit === null ? t('explain.day.no_check_in', { pita }) : t('explain.day.late', { time: day.masuk, jadwal: day.jadwal, menit, pita }));
  }
  if (day.pulang_cepat) {
    const { menit, pita } = day.pulang_cepat;
    why.push(menit === null ? t('explain.day.no_check_out', { pita }) : t('explain.day.early', { time: day.pulang, jadwal: day.jadwal, menit, pita }));
  }
  if (day.terlambat?.jadi_tk) why.push(t('explain.day.late_to_tk'));
  if (why.length === 0) why.push(day.kode);
  const weekday = t('explain.weekday', { day: new Date(`${day.tanggal}T00:00:00Z`).getUTCDay() });
  return `     ${day.tanggal} ${weekday}  ${why.join('; ')}: ${pct(day.persen)}`;
}

function disciplineLines(x: Explanation, text: Text): string[] {
  const { t, num, pct } = text;
  const out = [`2. ${t('explain.discipline.head')}`];
  if ('tidak_ada' in x.disiplin) {
    out.push(`   ${t(x.disiplin.tidak_ada === 'PRESENSI_TIDAK_ADA' ? 'explain.discipline.no_attendance' : 'explain.discipline.no_working_days')}`);
    return out;
  }
  const dz = x.disiplin;
  const bands = [...Object.entries(dz.tl), ...Object.entries(dz.psw)].filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`);
  const counts = t('explain.discipline.counts', { hadir: dz.hadir, bands, tk: dz.tk, izin: dz.izin, sakit: dz.sakit, cuti: dz.cuti, dl: dz.dinas_luar });
  out.push(`   ${t(dz.sumber === 'rekap_bulanan' ? 'explain.discipline.from_summary' : 'explain.discipline.from_daily', { counts })}`);
  if (dz.hari_potongan.length > 0) out.push(`   ${t('explain.discipline.days')}`);
  for (const day of dz.hari_potongan) out.push(deductionDayLine(day, text));
  if (dz.tk_dari_terlambat && dz.tk_dari_terlambat.tk > 0) out.push(`   ${t('explain.discipline.late_to_tk', dz.tk_dari_terlambat)}`);
  if (dz.tk_berturut) out.push(`   ${t('explain.discipline.tk_run', dz.tk_berturut)}`);
  if (dz.poin_hukdis !== undefined) out.push(`   ${t('explain.discipline.sanction_points', { poin: num(dz.poin_hukdis) })}`);
  out.push(`   ${t('explain.discipline.result', { persen: pct(dz.potongan), potongan: num(dz.potongan), nilai: num(dz.nilai) })}`);
  return out;
}

type WorkResult = Explanation['hasil_kerja'];

/** One SKP indicator: its target (and the one used), and how its achievement was computed. */
function indicatorLine(i: WorkResult['indikator'][number], { t, num, pct }: Text): string {
  const target = i.target_dipakai && i.target_dipakai !== i.target ? t('explain.work.target_used', { target: num(i.target), used: num(i.target_dipakai) }) : num(i.target);
  const used = num(i.target_dipakai ?? i.target);
  const formula = i.arah === 'turun' ? `(2 − ${num(i.realisasi)}/${used}) × 100` : `${num(i.realisasi)}/${used} × 100`;
  // A range target met by the realisation scores 100 without a ratio.
  const shown = i.target_dipakai === undefined && i.target.includes('-') ? t('explain.work.within_range') : formula;
  return `   ${t('explain.work.indicator', { indikator: i.indikator, jenis: i.jenis, arah: i.arah, bobot: num(i.bobot), target, shown, capaian: pct(i.capaian.nilai) })}`;
}

function workResultLines(hk: WorkResult, text: Text): string[] {
  const { t, num, pct } = text;
  const out = [`3. ${t('explain.work.head')}`, ...hk.indikator.map((i) => indicatorLine(i, text))];
  if (hk.capaian_skp) {
    const capaian = pct(hk.capaian_skp.nilai);
    out.push(`   ${t('explain.work.skp', { bonus: hk.poin_tambahan !== '0' ? num(hk.poin_tambahan) : undefined, capaian, pecahan: hk.capaian_skp.pecahan })}`);
    out.push(`   ${t('explain.work.rating', { capaian, rating: hk.rating_dihitung, di_atas: pct(hk.batas.di_atas), sesuai: pct(hk.batas.sesuai) })}`);
    const bayar = hk.capaian_skp_bayar;
    if (bayar) out.push(`   ${t('explain.work.skp_pay', { maks: pct(bayar.maks), capaian: pct(bayar.nilai), pecahan: bayar.pecahan })}`);
    out.push(`   ${t('explain.work.nilai_skp', { nilai: num(hk.nilai_skp!.nilai) })}`);
  } else {
    out.push(`   ${t('explain.work.none')}`);
  }
  if (hk.rating !== hk.rating_dihitung) out.push(`   ${t('explain.rating_from_file', { rating: hk.rating })}`);
  return out;
}

function behaviourLines(pr: Explanation['perilaku'], { t, num }: Text): string[] {
  const out = [`4. ${t('explain.behaviour.head')}`];
  for (const r of pr.penilai) out.push(`   ${t('explain.behaviour.rater', { peran: r.peran, nip: r.penilai_nip ?? '', skor: Object.values(r.asli).join(' '), rata: num(r.rata_rata.nilai) })}`);
  if (pr.nilai) {
    const roles = Object.entries(pr.per_peran).map(([peran, v]) => `${peran} ${num(v)} × ${pr.bobot_peran[peran as keyof typeof pr.bobot_peran]}`);
    if (pr.mayoritas) {
      out.push(`   ${t('explain.behaviour.score_mean', { roles: roles.join(' + '), nilai: num(pr.nilai.nilai) })}`);
      out.push(`   ${t('explain.behaviour.majority', { ...pr.mayoritas, rating: pr.rating_dihitung })}`);
    } else {
      out.push(`   ${t('explain.behaviour.score', { roles: roles.join(' + '), nilai: num(pr.nilai.nilai), rating: pr.rating_dihitung, di_atas: pr.batas.di_atas, sesuai: pr.batas.sesuai })}`);
    }
    const a = pr.ambang_bayar;
    if (a) out.push(`   ${t('explain.behaviour.pay', { satuan: a.satuan, dibanding: num(a.dibanding), nol: num(a.nol_sampai), penuh: num(a.penuh_di_atas), dasar: num(a.dasar) })}`);
  } else {
    out.push(`   ${t('explain.behaviour.none')}`);
  }
  if (pr.rating !== pr.rating_dihitung) out.push(`   ${t('explain.rating_from_file', { rating: pr.rating })}`);
  return out;
}

function predikatLines(pk: Explanation['predikat'], { t, num, pct }: Text): string[] {
  const out = [`5. ${t('explain.predikat.head')}`];
  if (pk.sumber === 'penilaian' && pk.metode === 'matriks') out.push(`   ${t('explain.predikat.from_file', { predikat: pk.predikat })}`);
  else if (pk.metode === 'angka') out.push(`   ${t('explain.predikat.from_score', { nilai: num(pk.nilai_kinerja ?? '-'), predikat: pk.predikat })}`);
  else out.push(`   ${t('explain.predikat.matrix', { hasil: pk.rating_hasil_kerja, perilaku: pk.rating_perilaku, predikat: pk.predikat })}`);
  if (pk.nilai_kinerja && pk.metode !== 'angka') out.push(`   ${t('explain.predikat.score', { nilai: num(pk.nilai_kinerja) })}`);
  out.push(`   ${t('explain.predikat.factor', { faktor: pct(pk.faktor_predikat) })}`);
  return out;
}

type Tpp = Explanation['tpp'];

/** One line per segment of a month with a post change: its post, days, base and amount. */
function segmentLines(tp: Tpp, { t, num, pct, rp }: Text): string[] {
  const out = [`   ${t('explain.tpp.segments', { count: tp.segmen!.length })}`];
  tp.segmen!.forEach((s, i) => {
    out.push(
      `   ${t('explain.tpp.segment', {
        n: i + 1,
        dari: s.dari,
        sampai: s.sampai,
        unit: s.unit,
        jabatan: [s.jabatan, s.kelas_jabatan === undefined ? undefined : `${t('explain.tpp.class')} ${s.kelas_jabatan}`, s.status].filter(Boolean).join(', '),
        hari_kerja: s.hari_kerja,
        hari_bayar: s.hari_bayar,
        pagu: s.pagu === undefined ? '-' : rp(s.pagu),
        faktor_status: pct(s.faktor_status ?? '0'),
        faktor_hari: s.faktor_hari === undefined ? '-' : num(s.faktor_hari.pecahan),
        komponen: s.komponen.map((k) => rp(k)).join(' + ') || '-',
        jumlah: rp(s.jumlah),
      })}`,
    );
  });
  return out;
}

function tppBaseLine(tp: Tpp, { t, num, pct, rp, rpExact }: Text): string {
  if (tp.pagu === undefined) return `   ${t('explain.tpp.no_ceiling')}`;
  const dasar = tp.dasar ? rpExact(tp.dasar.nilai) : '-';
  return `   ${t('explain.tpp.base', { pagu: rp(tp.pagu), faktor_status: pct(tp.faktor_status ?? '0'), faktor_hari: num(tp.faktor_hari.pecahan), dasar, tepat: tp.dasar?.pecahan })}`;
}

/** Components, sanctions and the gross TPP of a paid employee. */
function grossLines(tp: Tpp, { t, pct, rp, rpExact }: Text): string[] {
  const out: string[] = [];
  tp.komponen.forEach((k, i) => {
    const gerbang = k.gerbang === undefined ? {} : { gerbang: pct(k.gerbang) };
    if (tp.segmen) {
      const parts = tp.segmen.map((s) => rp(s.komponen[i] ?? 0)).join(' + ');
      out.push(`   ${t('explain.tpp.component_segments', { nama: k.nama, bobot: pct(k.bobot), nilai: pct(k.nilai_dasar), dasar: k.dasar, pembulatan: tp.pembulatan, bagian: parts, jumlah: rp(k.jumlah), ...gerbang })}`);
      return;
    }
    out.push(`   ${t('explain.tpp.component', { nama: k.nama, bobot: pct(k.bobot), nilai: pct(k.nilai_dasar), dasar: k.dasar, pembulatan: tp.pembulatan, jumlah: rp(k.jumlah), ...gerbang })}`);
  });
  if (tp.plt) out.push(...pltLines(tp.plt, { t, pct, rp, rpExact }));
  for (const h of tp.hukdis) out.push(`   ${t('explain.tpp.sanction', { jenis: `${h.jenis ?? ''}${h.komponen ? ` [${h.komponen.join(', ')}]` : ''}`, tmt: h.tmt, bulan: h.lama_bulan, persen: pct(h.persen) })}`);
  const persen = pct(tp.persen_hukdis);
  out.push(
    tp.pembulatan_potongan === undefined
      ? `   ${t('explain.tpp.sanction_deduction', { persen, jumlah: rp(tp.potongan_hukdis) })}`
      : `   ${t('explain.tpp.sanction_deduction_as_amount', { persen, pembulatan: tp.pembulatan, jumlah: rp(tp.potongan_hukdis) })}`,
  );
  const komponen = [...tp.komponen.map((k) => rp(k.jumlah)), ...(tp.plt ? [rp(tp.plt.jumlah)] : [])].join(' + ');
  out.push(
    tp.pembulatan_bruto === undefined
      ? `   ${t('explain.tpp.gross', { komponen, potongan: rp(tp.potongan_hukdis), bruto: rp(tp.tpp_bruto) })}`
      : `   ${t('explain.tpp.gross_rounded', { komponen, potongan: rp(tp.potongan_hukdis), selisih: rp(tp.pembulatan_bruto), bruto: rp(tp.tpp_bruto) })}`,
  );
  return out;
}

/** The pack's acting-post rule and each acting post: days, base and amount. */
function pltLines(plt: NonNullable<Tpp['plt']>, { t, pct, rp, rpExact }: Pick<Text, 't' | 'pct' | 'rp' | 'rpExact'>): string[] {
  const out = [`   ${t('explain.tpp.plt_rule', { cara: plt.cara, persen: pct(plt.persen ?? '0'), minimal: plt.minimal_hari, jenis: plt.jenis.join(', ') })}`];
  for (const j of plt.jabatan) {
    const jabatan = [j.jabatan, j.kelas_jabatan === undefined ? undefined : `kelas ${j.kelas_jabatan}`].filter((x) => x !== undefined).join(', ');
    out.push(
      `   - ${t('explain.tpp.plt', {
        jenis: j.jenis,
        jabatan: jabatan === '' ? '-' : jabatan,
        pagu: rp(j.pagu),
        sumber: j.sumber_pagu,
        mulai: j.tmt_mulai,
        selesai: j.tmt_selesai,
        hari: j.hari,
        penuh: j.hari_kerja_penuh,
        dasar: rpExact(j.dasar.nilai),
        jumlah: rp(j.jumlah),
        cukup: j.cukup_hari,
        minimal: plt.minimal_hari,
      })}`,
    );
  }
  return out;
}

function taxLines(tp: Tpp, { t, pct, rp, rpExact }: Text): string[] {
  const out: string[] = [];
  // The taxable gross, when it holds the employer's BPJS besides the gross TPP.
  const dp = tp.dasar_pajak;
  if (dp) out.push(`   ${t('explain.tax.base', { bruto: rp(dp.tpp_bruto), pemda: rp(dp.bpjs_pemda), jumlah: rp(dp.jumlah) })}`);
  const borne = tp.pajak?.metode === 'ditanggung' ? tp.pajak.dihitung : undefined;
  const pj = borne ?? tp.pajak;
  const amount = borne ? (tp.pph21_ditanggung ?? 0) : tp.pph21;
  if (pj?.metode === 'tarif_golongan') out.push(`   ${t('explain.tax.grade', { kunci: pj.kunci, tarif: pct(pj.tarif ?? '0'), pph21: rp(amount) })}`);
  else if (pj?.metode === 'ter') {
    out.push(
      `   ${t('explain.tax.ter', {
        kategori: pj.kategori,
        bruto_total: rp(pj.bruto_lain! + (dp?.jumlah ?? tp.tpp_bruto)),
        tarif_total: pct(pj.tarif_total!),
        pajak_total: rp(pj.pajak_total!),
        bruto_lain: rp(pj.bruto_lain!),
        tarif_lain: pct(pj.tarif_lain!),
        pajak_lain: rp(pj.pajak_lain!),
        pph21: rp(amount),
      })}`,
    );
    if (tp.pph21_kurang !== undefined) out.push(`   ${t('explain.tax.capped', { pph21: rp(tp.pph21), kurang: rp(tp.pph21_kurang) })}`);
    out.push(`   ${t(pj.desember_ter ? 'explain.tax.december_ter' : 'explain.tax.no_annual')}`);
  } else if (pj?.tahunan) {
    const y = pj.tahunan;
    out.push(`   ${t('explain.tax.annual.head', { bulan: y.bulan })}`);
    out.push(`   ${t('explain.tax.annual.gross', { bulan: y.bulan, bruto_lain: rp(y.bruto_lain), gaji: rp(y.gaji_setahun), tpp_sebelumnya: rp(y.tpp_sebelumnya), tpp_desember: rp(y.tpp_desember), bruto: rp(y.bruto_setahun) })}`);
    out.push(`   ${t('explain.tax.annual.deductions', { biaya_jabatan: rpExact(y.biaya_jabatan), biaya_jabatan_gaji: rpExact(y.biaya_jabatan_gaji), maks: rp(y.biaya_jabatan_maks), iuran: rp(y.iuran_pensiun), ptkp: rp(y.ptkp) })}`);
    out.push(`   ${t('explain.tax.annual.pkp', { pkp: rp(y.pkp), pkp_gaji: rp(y.pkp_gaji), pajak: rp(y.pajak_setahun), pajak_gaji: rp(y.pajak_gaji), pajak_tpp: rp(y.pajak_tpp) })}`);
    out.push(`   ${t('explain.tax.annual.december', { pajak_tpp: rp(y.pajak_tpp), dipotong: rp(y.dipotong), desember: rp(y.pajak_desember) })}`);
    if (tp.pph21_kurang !== undefined) out.push(`   ${t('explain.tax.capped', { pph21: rp(tp.pph21), kurang: rp(tp.pph21_kurang) })}`);
    if (y.pajak_desember < 0) out.push(`   ${t('explain.tax.annual.refund', { kembali: rp(-y.pajak_desember) })}`);
  }
  if (borne) out.push(`   ${t('explain.tax.borne_amount', { jumlah: rp(amount), nol: rp(0) })}`);
  else if (pj === undefined || pj.metode === 'ditanggung' || pj.metode === 'tidak_ada') {
    out.push(`   ${t(pj?.metode === 'ditanggung' ? 'explain.tax.borne' : 'explain.tax.not_withheld', { nol: rp(0) })}`);
  }
  return out;
}

function netLines(tp: Tpp, text: Text): string[] {
  const { t, pct, rp } = text;
  const b = tp.bpjs;
  return [
    `7. ${t('explain.net.head')}`,
    ...taxLines(tp, text),
    `   ${t('explain.bpjs', {
      bruto: rp(tp.tpp_bruto),
      batas: rp(b.batas_upah),
      upah: rp(b.upah ?? 0),
      dasar: rp(b.dasar_bpjs),
      persen_pegawai: pct(b.persen_pegawai),
      pegawai: rp(b.bpjs_pegawai),
      persen_pemda: pct(b.persen_pemda),
      pemda: rp(b.bpjs_pemda),
    })}`,
    `   ${t('explain.net', { bruto: rp(tp.tpp_bruto), pph21: rp(tp.pph21), bpjs: rp(b.bpjs_pegawai), netto: rp(tp.tpp_netto) })}`,
  ];
}

/** Steps 6 and 7: the TPP and, when it is paid, tax, BPJS and net; otherwise why it is not. */
function payLines(x: Explanation, text: Text): string[] {
  const tp = x.tpp;
  const out = [`6. ${text.t('explain.tpp.head')}`, ...(tp.segmen ? segmentLines(tp, text) : [tppBaseLine(tp, text)])];
  const g = tp.kehadiran;
  if (g) {
    const { t, pct } = text;
    out.push(`   ${t('explain.tpp.gate', { hadir: g.hari_hadir, hari: g.hari_bayar, persen: pct(g.persen_hadir.nilai), di_bawah: g.di_bawah === undefined ? undefined : pct(g.di_bawah), bayar: pct(g.persen_bayar), komponen: g.komponen.join(', ') })}`);
  }
  const pt = tp.pagu_tabel;
  if (pt) {
    const { t, pct, rpExact } = text;
    const kriteria = pt.kriteria.map((k) => `${k.nama} ${pct(k.persen)} = ${rpExact(k.jumlah)}`).join('; ');
    out.push(`   ${t('explain.tpp.pagu_tabel', { sumber: pt.sumber, kriteria: kriteria === '' ? undefined : kriteria })}`);
  }
  const a = tp.aktivitas;
  if (a) {
    const { t, pct } = text;
    out.push(`   ${t('explain.tpp.aktivitas', { satuan: a.satuan, realisasi: a.realisasi, target: a.target, maks: pct(a.maks_persen), nilai: pct(a.nilai.nilai), baris: a.baris, tidak: a.tidak_disetujui })}`);
  }
  if (tp.status_bayar === 'dibayar') return [...out, ...grossLines(tp, text), '', ...netLines(tp, text)];
  const keterangan = x.keterangan.join('; ');
  return [...out, `   ${text.t(tp.status_bayar === 'ditahan' ? 'explain.tpp.held' : 'explain.tpp.nil', { keterangan })}`];
}

/** Step 8, only with --rapel for an employee held in a named period: each period's arrears. */
function rapelLines(x: Explanation, text: Text): string[] {
  const r = x.tpp.rapel;
  if (!r) return [];
  const { t, rp } = text;
  return [
    `8. ${t('explain.rapel.head')}`,
    ...r.baris.map((b) => `   ${t('explain.rapel.line', { periode: b.periode, seharusnya: rp(b.netto_seharusnya), sudah: rp(b.sudah_dibayar), rapel: rp(b.rapel), status: b.status })}`),
    `   ${t('explain.rapel.transfer', { netto: rp(x.tpp.tpp_netto), rapel: rp(r.jumlah), jumlah: rp(r.jumlah_transfer) })}`,
    '',
  ];
}

function closingLines(x: Explanation, { t }: Text): string[] {
  const out = [t('explain.pay_status', { status: x.tpp.status_bayar, keterangan: x.keterangan.length > 0 ? x.keterangan.join('; ') : undefined })];
  if (x.temuan.length > 0) {
    out.push(t('explain.findings'));
    for (const f of x.temuan) {
      const place = [f.berkas, f.baris !== undefined ? t('place.row', { row: f.baris }) : '', f.kolom ?? ''].filter(Boolean).join(' › ');
      out.push(`  ${f.tingkat} ${f.kode} ${place}${f.jumlah > 1 ? ` (${f.jumlah}×)` : ''}`);
    }
  }
  return out;
}

/** Renders an explanation as lines of text. */
function explanationLines(x: Explanation, lang: Lang): string[] {
  const text = textFor(lang);
  return [
    ...headerLines(x, text),
    '',
    ...workingDayLines(x, text),
    '',
    ...disciplineLines(x, text),
    '',
    ...workResultLines(x.hasil_kerja, text),
    '',
    ...behaviourLines(x.perilaku, text),
    '',
    ...predikatLines(x.predikat, text),
    '',
    ...payLines(x, text),
    '',
    ...rapelLines(x, text),
    ...closingLines(x, text),
  ];
}

/** Prints an explanation on stdout: it is what the command produces (`> penjelasan.txt` keeps it). */
export function printExplanation(term: Terminal, x: Explanation): void {
  process.stdout.write(`${explanationLines(x, term.lang).map(visibleText).join('\n')}\n`);
}

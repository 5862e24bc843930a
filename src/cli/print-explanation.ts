/** `kinerja jelaskan` for people: the explanation model as numbered steps, in id or en. */
import type { Lang } from '../i18n.js';
import type { Explanation } from '../reports/build-explanation.js';
import { formatRupiah, type Terminal } from './terminal.js';
import { visibleText } from './visible-text.js';

const WEEKDAY: Record<Lang, string[]> = {
  id: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** Renders an explanation as lines of text. */
export function explanationLines(x: Explanation, lang: Lang): string[] {
  const en = lang === 'en';
  const t = (id: string, english: string) => (en ? english : id);
  const num = (s: string) => (en ? s : s.replace(/\./g, ','));
  const rp = (n: number) => formatRupiah(n, lang);
  const pct = (s: string) => `${num(s)}%`;
  const rpExact = (s: string) => {
    const [int = '0', frac] = s.split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, en ? ',' : '.');
    return `Rp ${grouped}${frac && !/^0+$/.test(frac) ? (en ? '.' : ',') + frac : ''}`;
  };
  const out: string[] = [];
  const p = x.pegawai;
  out.push(`${t('Penjelasan TPP', 'TPP explanation')} — ${p.nip} ${p.nama} (${p.unit}), ${t('periode', 'period')} ${x.periode}`);
  out.push(`${t('Paket aturan', 'Rule pack')}: ${x.paket_aturan.nama} ${x.paket_aturan.versi}; ${t('status', 'status')} ${p.status}${p.golongan ? `, ${t('golongan', 'grade')} ${p.golongan}` : ''}`);
  out.push('');

  out.push(`1. ${t('Hari kerja', 'Working days')}`);
  out.push(`   ${t('Hari kerja periode (jadwal bawaan)', 'Working days of the period (bawaan schedule)')}: ${x.hari.hari_kerja_periode}`);
  const masa = [p.tmt_masuk ? `${t('mulai', 'from')} ${p.tmt_masuk}` : '', p.tmt_keluar ? `${t('sampai', 'until')} ${p.tmt_keluar}` : ''].filter(Boolean).join(', ');
  out.push(`   ${t('Hari kerja pegawai', 'Employee working days')} (${t('jadwal', 'schedule')} ${p.jadwal}${masa ? `, ${masa}` : ''}): ${x.hari.hari_kerja} ${t('dari', 'of')} ${x.hari.hari_kerja_penuh}`);
  out.push(`   ${t('Hari dibayar', 'Paid days')}: ${x.hari.hari_kerja} − ${x.hari.tidak_dibayar} (CLTN/TB) = ${x.hari.hari_bayar}`);
  out.push('');

  out.push(`2. ${t('Disiplin', 'Discipline')}`);
  if ('tidak_ada' in x.disiplin) {
    out.push(
      `   ${x.disiplin.tidak_ada === 'PRESENSI_TIDAK_ADA' ? t('Tidak ada satu pun baris presensi: nilai disiplin tidak dihitung (pegawai ditahan).', 'No attendance row at all: no discipline score (employee held).') : t('Tidak ada hari kerja dalam periode ini.', 'No working days in this period.')}`,
    );
  } else {
    const dz = x.disiplin;
    const counts = [`${t('hadir', 'present')} ${dz.hadir}`, ...Object.entries(dz.tl).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`), ...Object.entries(dz.psw).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`), `TK ${dz.tk}`, `${t('izin', 'leave')} ${dz.izin}`, `${t('sakit', 'sick')} ${dz.sakit}`, `${t('cuti', 'annual leave')} ${dz.cuti}`, `DL ${dz.dinas_luar}`];
    out.push(`   ${dz.sumber === 'rekap_bulanan' ? t('Dari rekap bulanan', 'From the monthly summary') : t('Dari catatan harian', 'From daily records')}: ${counts.join(', ')}`);
    if (dz.hari_potongan.length > 0) out.push(`   ${t('Hari dengan potongan', 'Days with a deduction')}:`);
    for (const day of dz.hari_potongan) {
      const wd = WEEKDAY[lang][new Date(`${day.tanggal}T00:00:00Z`).getUTCDay()];
      const why: string[] = [];
      if (day.tanpa_catatan) why.push(t('tanpa catatan presensi, dihitung', 'no attendance record, counted as') + ` ${day.kode}`);
      if (day.terlambat) {
        why.push(
          day.terlambat.menit === null
            ? `${t('tanpa scan masuk', 'no check-in')} → ${day.terlambat.pita}`
            : `${t('masuk', 'in')} ${day.masuk} (${t('jadwal', 'schedule')} ${day.jadwal}): ${t('terlambat', 'late')} ${day.terlambat.menit} ${t('menit', 'min')} → ${day.terlambat.pita}`,
        );
      }
      if (day.pulang_cepat) {
        why.push(
          day.pulang_cepat.menit === null
            ? `${t('tanpa scan pulang', 'no check-out')} → ${day.pulang_cepat.pita}`
            : `${t('pulang', 'out')} ${day.pulang} (${t('jadwal', 'schedule')} ${day.jadwal}): ${t('lebih awal', 'early')} ${day.pulang_cepat.menit} ${t('menit', 'min')} → ${day.pulang_cepat.pita}`,
        );
      }
      if (why.length === 0) why.push(day.kode);
      out.push(`     ${day.tanggal} ${wd}  ${why.join('; ')}: ${pct(day.persen)}`);
    }
    out.push(`   ${t('Potongan disiplin', 'Discipline deduction')}: ${pct(dz.potongan)} → ${t('nilai disiplin', 'discipline score')} = max(0, 100 − ${num(dz.potongan)}) = ${num(dz.nilai)}`);
  }
  out.push('');

  const hk = x.hasil_kerja;
  out.push(`3. ${t('Hasil kerja (capaian SKP)', 'Work result (SKP achievement)')}`);
  for (const i of hk.indikator) {
    const target = i.target_dipakai && i.target_dipakai !== i.target ? `${num(i.target)} (${t('dipakai', 'using')} ${num(i.target_dipakai)})` : num(i.target);
    const formula = i.arah === 'turun' ? `(2 − ${num(i.realisasi)}/${num(i.target_dipakai ?? i.target)}) × 100` : `${num(i.realisasi)}/${num(i.target_dipakai ?? i.target)} × 100`;
    const shown = i.target_dipakai === undefined && i.target.includes('-') ? t('dalam rentang → 100', 'within the range → 100') : formula;
    out.push(`   - ${i.indikator} [${i.jenis}, ${i.arah}, ${t('bobot', 'weight')} ${num(i.bobot)}, target ${target}]: ${shown} = ${pct(i.capaian.nilai)}`);
  }
  if (hk.capaian_skp) {
    out.push(
      `   ${t('Capaian SKP', 'SKP achievement')} = ${t('rata-rata berbobot indikator utama', 'weighted mean of the utama indicators')}${hk.poin_tambahan !== '0' ? ` + ${num(hk.poin_tambahan)} ${t('poin tambahan', 'bonus points')}` : ''} = ${pct(hk.capaian_skp.nilai)}${hk.capaian_skp.pecahan ? ` (${hk.capaian_skp.pecahan})` : ''}`,
    );
    out.push(
      `   ${t('Rating hasil kerja dari capaian', 'Work result rating from the achievement')} ${pct(hk.capaian_skp.nilai)}: ${hk.rating_dihitung} (DI_ATAS ≥ ${pct(hk.batas.di_atas)}, SESUAI ≥ ${pct(hk.batas.sesuai)})`,
    );
    out.push(`   ${t('Nilai SKP (PermenPANRB 8/2021, untuk nilai kinerja)', 'SKP score (PermenPANRB 8/2021, for the performance score)')} = ${num(hk.nilai_skp!.nilai)}`);
  } else {
    out.push(`   ${t('Tidak ada indikator utama: hasil kerja TIDAK_DINILAI', 'No utama indicator: work result TIDAK_DINILAI')}`);
  }
  if (hk.rating !== hk.rating_dihitung) out.push(`   ${t('Rating dari berkas penilaian', 'Rating from the penilaian file')}: ${hk.rating}`);
  out.push('');

  const pr = x.perilaku;
  out.push(`4. ${t('Perilaku kerja (BerAKHLAK)', 'Behaviour (BerAKHLAK)')}`);
  for (const r of pr.penilai) {
    out.push(`   - ${r.peran} ${r.penilai_nip ?? ''}: ${Object.values(r.asli).join(' ')} → ${t('rata-rata', 'mean')} ${num(r.rata_rata.nilai)}`);
  }
  if (pr.nilai) {
    const roles = Object.entries(pr.per_peran).map(([peran, v]) => `${peran} ${num(v)} × ${pr.bobot_peran[peran as keyof typeof pr.bobot_peran]}`);
    out.push(`   ${t('Nilai perilaku', 'Behaviour score')} = (${roles.join(' + ')}) / ${t('jumlah bobot', 'sum of weights')} = ${num(pr.nilai.nilai)}; rating = ${pr.rating_dihitung} (≥ ${pr.batas.di_atas}: DI_ATAS, ≥ ${pr.batas.sesuai}: SESUAI)`);
  } else {
    out.push(`   ${t('Tanpa penilaian atasan: perilaku TIDAK_DINILAI', 'No atasan rating: behaviour TIDAK_DINILAI')}`);
  }
  if (pr.rating !== pr.rating_dihitung) out.push(`   ${t('Rating dari berkas penilaian', 'Rating from the penilaian file')}: ${pr.rating}`);
  out.push('');

  const pk = x.predikat;
  out.push(`5. ${t('Predikat', 'Predikat')}`);
  if (pk.sumber === 'penilaian' && pk.metode === 'matriks') out.push(`   ${t('Dari berkas penilaian', 'From the penilaian file')}: ${pk.predikat}`);
  else if (pk.metode === 'angka') out.push(`   ${t('Nilai kinerja', 'Performance score')} ${num(pk.nilai_kinerja ?? '-')} → ${pk.predikat} (PP 30/2019)`);
  else out.push(`   ${t('Matriks', 'Matrix')}: ${t('hasil kerja', 'work result')} ${pk.rating_hasil_kerja} × ${t('perilaku', 'behaviour')} ${pk.rating_perilaku} → ${pk.predikat} (PermenPANRB 6/2022)`);
  if (pk.nilai_kinerja && pk.metode !== 'angka') out.push(`   ${t('Nilai kinerja', 'Performance score')}: ${num(pk.nilai_kinerja)}`);
  out.push(`   ${t('Faktor predikat', 'Predikat factor')}: ${pct(pk.faktor_predikat)}`);
  out.push('');

  const tp = x.tpp;
  out.push(`6. TPP`);
  if (tp.pagu === undefined) out.push(`   ${t('Pagu TPP tidak ada', 'No TPP ceiling')}`);
  else {
    out.push(
      `   ${t('Dasar', 'Base')} = ${t('pagu', 'ceiling')} ${rp(tp.pagu)} × ${t('faktor status', 'status factor')} ${pct(tp.faktor_status ?? '0')} × ${t('faktor hari', 'day factor')} ${tp.faktor_hari.pecahan} = ${tp.dasar ? rpExact(tp.dasar.nilai) : '-'}${tp.dasar?.pecahan ? ` (${t('tepat', 'exactly')} ${tp.dasar.pecahan})` : ''}`,
    );
  }
  if (tp.status_bayar === 'dibayar') {
    for (const k of tp.komponen) {
      out.push(`   ${t('Komponen', 'Component')} ${k.nama} = ${t('dasar', 'base')} × ${pct(k.bobot)} × ${pct(k.nilai_dasar)} (${k.dasar}), ${t('dibulatkan', 'rounded')} ${tp.pembulatan} = ${rp(k.jumlah)}`);
    }
    for (const h of tp.hukdis) out.push(`   ${t('Hukuman disiplin', 'Sanction')} ${h.jenis ?? ''} (${t('mulai', 'from')} ${h.tmt}, ${h.lama_bulan} ${t('bulan', 'months')}): ${pct(h.persen)}`);
    out.push(`   ${t('Potongan hukdis', 'Sanction deduction')} (${t('terbesar', 'largest')} ${pct(tp.persen_hukdis)}) = ${rp(tp.potongan_hukdis)}`);
    out.push(`   ${t('TPP bruto', 'Gross TPP')} = ${tp.komponen.map((k) => rp(k.jumlah)).join(' + ')} − ${rp(tp.potongan_hukdis)} = ${rp(tp.tpp_bruto)}`);
    out.push('');
    out.push(`7. ${t('Pajak, BPJS dan netto', 'Tax, BPJS and net')}`);
    const pj = tp.pajak;
    if (pj?.metode === 'tarif_golongan') out.push(`   PPh 21 (${t('tarif golongan', 'rate for grade')} ${pj.kunci}: ${pct(pj.tarif ?? '0')}) = ${rp(tp.pph21)}`);
    else if (pj?.metode === 'ter') {
      out.push(`   PPh 21 TER ${t('kategori', 'category')} ${pj.kategori}: TER(${rp(pj.bruto_lain! + tp.tpp_bruto)}) ${pct(pj.tarif_total!)} = ${rp(pj.pajak_total!)} − TER(${rp(pj.bruto_lain!)}) ${pct(pj.tarif_lain!)} = ${rp(pj.pajak_lain!)} → ${rp(tp.pph21)}`);
      if (tp.pph21_kurang !== undefined) {
        out.push(`   ${t('Dibatasi TPP setelah BPJS', 'Capped at the TPP after BPJS')}: ${t('dipotong', 'withheld')} ${rp(tp.pph21)}, ${t('kekurangan', 'shortfall')} ${rp(tp.pph21_kurang)} ${t('dipotong dari penghasilan lain', 'to be withheld from other income')}`);
      }
      out.push(`   ${t('(Perhitungan ulang tahunan Desember tidak termasuk.)', '(The December annual recalculation is not included.)')}`);
    } else out.push(`   PPh 21: ${rp(0)} (${pj?.metode === 'ditanggung' ? t('ditanggung pemerintah', 'borne by the government') : t('tidak dipotong', 'not withheld')})`);
    const b = tp.bpjs;
    out.push(`   BPJS: ${t('dasar', 'base')} = min(${rp(tp.tpp_bruto)}, ${rp(b.batas_upah)} − ${t('gaji', 'wage')} ${rp(b.upah ?? 0)}) = ${rp(b.dasar_bpjs)}; ${t('pegawai', 'employee')} ${pct(b.persen_pegawai)} = ${rp(b.bpjs_pegawai)}; ${t('pemda', 'employer')} ${pct(b.persen_pemda)} = ${rp(b.bpjs_pemda)} (${t('tidak dipotong', 'not deducted')})`);
    out.push(`   ${t('TPP netto', 'Net TPP')} = ${rp(tp.tpp_bruto)} − ${rp(tp.pph21)} − ${rp(tp.bpjs.bpjs_pegawai)} = ${rp(tp.tpp_netto)}`);
  } else {
    out.push(
      `   ${tp.status_bayar === 'ditahan' ? t('Ditahan: ada error pada data pegawai ini; semua kolom uang 0 sampai diperbaiki.', 'Held: this employee has data errors; every money column is 0 until they are fixed.') : t('Nihil', 'Nil')}: ${x.keterangan.join('; ')}`,
    );
  }
  out.push('');
  out.push(`${t('Status bayar', 'Pay status')}: ${tp.status_bayar}${x.keterangan.length > 0 ? ` (${x.keterangan.join('; ')})` : ''}`);
  if (x.temuan.length > 0) {
    out.push(`${t('Temuan', 'Findings')}:`);
    for (const f of x.temuan) out.push(`  ${f.tingkat} ${f.kode} ${[f.berkas, f.baris !== undefined ? `${t('baris', 'row')} ${f.baris}` : '', f.kolom ?? ''].filter(Boolean).join(' › ')}${f.jumlah > 1 ? ` (${f.jumlah}×)` : ''}`);
  }
  return out;
}

/** Prints an explanation on stdout: it is what the command produces (`> penjelasan.txt` keeps it). */
export function printExplanation(term: Terminal, x: Explanation): void {
  process.stdout.write(`${explanationLines(x, term.lang).map(visibleText).join('\n')}\n`);
}

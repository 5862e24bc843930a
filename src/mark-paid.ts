/**
 * `kinerja tandai-dibayar`: records that a period's latest results folder was paid (`dibayar.json`
 * with the SHA-256 of every file), under the folder's lock so no run replaces it meanwhile. From then
 * on the folder is never replaced; a later run of the period writes a correction beside it.
 */
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { changedFiles, PAID_RECORD, parsePaidRecord, readPaidRecord, verifyPaidFolder, type PaidRecord } from './archive/paid-record.js';
import { checkPaidLedger, recordInLedger } from './archive/paid-ledger.js';
import { lastPaidFolder, periodFolders, type ResultsFolder } from './archive/period-folders.js';
import { correctionDifferences, pendingArrears, pendingArrearsConflict, pendingCorrection, pendingCorrectionWarning } from './archive/pending-payments.js';
import { paidArrears, RAPEL_FILE, readRapelCsv } from './archive/rapel.js';
import { parseResultCsv, readArchivedResults } from './archive/read-results.js';
import { KinerjaError, type Bilingual } from './errors.js';
import { formatPeriod, type Period } from './model/domain.js';
import { parsePeriod } from './model/month.js';
import { lockOutputFolder, writeFailure } from './output-folder.js';
import { hashFile } from './readers/hash-file.js';

/** What to mark. */
export interface MarkPaidOptions {
  arsip: string;
  period: Period;
  oleh: string;
  version: string;
  /** Clock for `dibayar_pada` (injected so tests can fix it). */
  now: () => Date;
}

/** What was marked. */
export interface MarkPaidOutcome {
  dir: string;
  record: PaidRecord;
  notes: Bilingual[];
  /** What finance must act on although the folder was marked (shown in every output mode). */
  warnings: Bilingual[];
  /** A correction's differences (what marking it paid settles). */
  selisih?: { kekurangan_bayar: number; kelebihan_bayar: number } | undefined;
}

/** The period's latest folder (own or latest correction); exit 2 when the period has none. */
async function latestFolder(arsip: string, period: Period): Promise<ResultsFolder> {
  const latest = (await periodFolders(arsip, period)).at(-1);
  if (latest) return latest;
  const p = formatPeriod(period);
  throw new KinerjaError(
    'HASIL_TIDAK_ADA',
    { id: `Tidak ada folder hasil ${p} di ${arsip} (dicari ${p} dan ${p}-koreksi-<n>).`, en: `There is no results folder of ${p} in ${arsip} (looked for ${p} and ${p}-koreksi-<n>).` },
    {
      id: `Jalankan dulu kinerja run --period ${p}, atau tunjuk folder yang memuat hasilnya dengan --arsip.`,
      en: `Run kinerja run --period ${p} first, or point --arsip at the folder that holds the results.`,
    },
  );
}

function notPayable(dir: string, why: Bilingual): KinerjaError {
  return new KinerjaError(
    'HASIL_TIDAK_BISA_DIBAYAR',
    { id: `${dir} tidak dapat ditandai dibayar: ${why.id}`, en: `${dir} cannot be marked paid: ${why.en}` },
    {
      id: 'Perbaiki datanya dan jalankan kinerja run lagi untuk periode itu (dengan --format yang memuat csv, bawaan), periksa hasilnya, lalu tandai lagi.',
      en: 'Fix the data and run kinerja run again for that period (with a --format that includes csv, the default), check the results, then mark again.',
    },
  );
}

/** Refuses a folder that was already paid, that holds a stopped or validation-only run, or lacks the CSV files. */
async function checkPayable(dir: string): Promise<{ total: Record<string, number>; selisih: MarkPaidOutcome['selisih']; warnings: Bilingual[] }> {
  const paid = await readPaidRecord(dir);
  // A paid folder edited since is said first: "nothing to do" would hide it.
  if (paid) await verifyPaidFolder(dir, paid);
  if (paid) {
    throw new KinerjaError(
      'HASIL_SUDAH_DIBAYAR',
      {
        id: `${dir} sudah ditandai dibayar pada ${paid.dibayar_pada} oleh ${paid.oleh}.`,
        en: `${dir} was already marked paid on ${paid.dibayar_pada} by ${paid.oleh}.`,
      },
      {
        id: 'Tidak ada yang perlu dilakukan. Untuk membetulkan bulan itu jalankan kinerja run lagi: hasilnya masuk folder -koreksi-<n>, yang ditandai dibayar setelah diperiksa.',
        en: 'Nothing to do. To correct that month run kinerja run again: it writes a -koreksi-<n> folder, marked paid once checked.',
      },
    );
  }
  const names = new Set(await readdir(dir));
  if (!names.has('ringkasan.json')) {
    throw notPayable(dir, { id: 'folder itu hanya berisi laporan validasi (proses dihentikan atau validate).', en: 'it holds only a validation report (a stopped run or validate).' });
  }
  let ringkasan: { dihentikan?: unknown; total?: unknown };
  try {
    ringkasan = JSON.parse(await readFile(join(dir, 'ringkasan.json'), 'utf8')) as typeof ringkasan;
  } catch {
    throw notPayable(dir, { id: 'ringkasan.json tidak terbaca.', en: 'ringkasan.json cannot be read.' });
  }
  if (ringkasan.dihentikan === true) throw notPayable(dir, { id: 'prosesnya dihentikan (ringkasan: dihentikan), tidak ada yang dibayar.', en: 'its run was stopped (ringkasan: dihentikan); nothing was paid.' });
  const missing = ['pegawai.csv', 'tpp.csv'].filter((n) => !names.has(n));
  if (missing.length > 0) {
    throw notPayable(dir, { id: `${missing.join(' dan ')} tidak ada (proses dengan --format tanpa csv).`, en: `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing (a run with a --format without csv).` });
  }
  // Read back as a correction would read it: a folder that cannot be compared later is not paid from.
  const results = await readArchivedResults(dir);
  // The run's self-check made the totals the sums of the employee lines; a difference now means a
  // result file was edited after the run, and an edited folder is not recorded as paid.
  let netto = 0;
  let bruto = 0;
  for (const e of results.employees.values()) {
    if (e.statusBayar !== 'dibayar') continue;
    netto += e.tppNetto;
    bruto += e.tppBruto;
  }
  const total = results.ringkasan.total;
  if (netto !== total['netto'] || bruto !== total['bruto']) {
    throw notPayable(dir, {
      id: `jumlah pegawai.csv (bruto ${bruto}, netto ${netto}) tidak sama dengan total ringkasan.json (bruto ${total['bruto']}, netto ${total['netto']}): berkas hasil disunting sesudah proses.`,
      en: `the sums of pegawai.csv (gross ${bruto}, net ${netto}) differ from the totals of ringkasan.json (gross ${total['bruto']}, net ${total['netto']}): result files were edited after the run.`,
    });
  }
  await refuseEditedOutputs(dir, results.ringkasan['sha256_keluaran']);
  await refuseStaleCorrection(dir, results.ringkasan);
  await refuseStaleArrears(dir, results.ringkasan);
  await refusePendingArrears(dir, results.ringkasan);
  await refuseNewlyHeld(dir, results.ringkasan);
  return { total, selisih: results.ringkasan['selisih'] as MarkPaidOutcome['selisih'], warnings: await pendingCorrectionWarnings(dir, results.ringkasan) };
}

/** Every file as the run wrote it (its SHA-256 in ringkasan.json), and no other: an edited transfer file is not paid from. */
async function refuseEditedOutputs(dir: string, recorded: unknown): Promise<void> {
  if (typeof recorded !== 'object' || recorded === null) return;
  const changed: string[] = [];
  const listed = recorded as Record<string, unknown>;
  // A file the run did not write (a copy such as "bank_bri (1).csv") is not paid from either.
  for (const name of await readdir(dir)) if (!(name in listed) && name !== 'ringkasan.json' && name !== PAID_RECORD) changed.push(`${name} (bukan tulisan kinerja / not written by kinerja)`);
  changed.push(...(await changedFiles(dir, Object.entries(listed).map(([nama, sha256]) => ({ nama, sha256: String(sha256) })))));
  if (changed.length > 0) {
    throw notPayable(dir, {
      id: `berkas ini berubah sesudah proses menulisnya: ${changed.join(', ')}. Yang dibayar hanya berkas seperti yang ditulis kinerja.`,
      en: `these files changed after the run wrote them: ${changed.join(', ')}. Only files as kinerja wrote them are paid from.`,
    });
  }
}

/**
 * An employee paid before and held in the correction has a doubt, not an overpayment: marking the
 * correction paid would settle a recovery of their whole month. Their data is fixed first.
 */
async function refuseNewlyHeld(dir: string, ringkasan: Record<string, unknown>): Promise<void> {
  if (ringkasan['selisih'] === undefined) return;
  const path = join(dir, 'selisih.csv');
  const { keys, rows } = parseResultCsv(path, await readFile(path, 'utf8'));
  const at = (key: string) => keys.indexOf(key);
  // Held, or gone from the correction's staff file: compareResults marks them belum_pasti.
  const held = rows.filter((r) => r[at('jenis')] === 'belum_pasti').map((r) => r[at('nip')] ?? '');
  if (held.length === 0) return;
  throw notPayable(dir, {
    id: `${held.length} pegawai yang sudah dibayar kini ditahan atau tidak ada di data pegawai koreksi ini (${held.slice(0, 3).join(', ')}${held.length > 3 ? ', …' : ''}): keraguan atas datanya bukan kelebihan bayar yang ditagih kembali. Perbaiki datanya (validasi.csv menyebut apa; pegawai yang pensiun atau pindah tetap dimuat untuk bulan yang dikoreksi), lalu jalankan koreksinya lagi dengan --force.`,
    en: `${held.length} employee(s) paid before are held or not in the staff file of this correction (${held.slice(0, 3).join(', ')}${held.length > 3 ? ', …' : ''}): a doubt about their data is not an overpayment to recover. Fix their data (validasi.csv says what; someone who retired or moved since stays in the staff file of the month corrected), then run the correction again with --force.`,
  });
}

/**
 * A month that pays arrears computed them against what was paid then: the period's last paid folder
 * and the arrears already paid. If either changed since (another month paid them, or a correction of
 * the period was paid), paying this month would pay them twice: it is computed again first.
 */
async function refuseStaleArrears(dir: string, ringkasan: Record<string, unknown>): Promise<void> {
  const periods = ringkasan['rapel'];
  if (!Array.isArray(periods) || periods.length === 0) return;
  const arsip = dirname(dir);
  const paidNow = await paidArrears(arsip);
  const lines = await readRapelCsv(join(dir, RAPEL_FILE));
  const changed: string[] = [];
  for (const entry of periods as { periode?: unknown; folder_dibayar?: unknown }[]) {
    if (typeof entry.periode !== 'string') continue;
    const period = parsePeriod(entry.periode);
    const last = period && (await lastPaidFolder(arsip, period));
    // Recorded as the folder's path (older runs) or name.
    if (last === undefined || typeof entry.folder_dibayar !== 'string' || basename(entry.folder_dibayar) !== last.name) changed.push(entry.periode);
  }
  for (const line of lines) {
    if (line.rapel === 0 || line.sudahDibayar === undefined) continue;
    if ((paidNow.get(line.periode)?.get(line.nip) ?? 0) !== line.sudahDibayar && !changed.includes(line.periode)) changed.push(line.periode);
  }
  if (changed.length === 0) return;
  const list = changed.join(', ');
  throw new KinerjaError(
    'RAPEL_USANG',
    {
      id: `${dir} tidak dapat ditandai dibayar: sejak bulan ini dihitung, rapel atau koreksi periode ${list} sudah dibayar lewat folder lain; rapel di bulan ini bisa membayar dua kali.`,
      en: `${dir} cannot be marked paid: since this month was computed, arrears or a correction of ${list} were paid through another folder; this month's rapel could pay twice.`,
    },
    {
      id: 'Jalankan lagi bulan ini dengan --rapel yang sama dan --force (rapel.csv yang baru memperhitungkan yang sudah dibayar), lalu tandai dibayar.',
      en: "Run this month again with the same --rapel and --force (the new rapel.csv counts what was paid), then mark it paid.",
    },
  );
}

/**
 * A correction whose differences include an employee whose arrears of the period a later month not
 * yet marked paid carries: that month's bank file may be at the bank already, so marking the
 * correction could pay them twice. The month is settled first (marked paid, or run again without
 * --rapel), then the correction computed again.
 */
async function refusePendingArrears(dir: string, ringkasan: Record<string, unknown>): Promise<void> {
  if (ringkasan['selisih'] === undefined || typeof ringkasan['periode'] !== 'string') return;
  const pending = await pendingArrears(dirname(dir), ringkasan['periode']);
  if (pending.length === 0) return;
  const differences = await correctionDifferences(dir);
  const conflicts = pending.filter((p) => differences.has(p.nip));
  if (conflicts.length > 0) throw pendingArrearsConflict(ringkasan['periode'], conflicts, dir);
}

/**
 * A month carrying arrears that an unpaid correction of their period also pays is still marked (its
 * bank file is the month's own transfer, and refusing both would leave no order to settle them in);
 * the correction is then refused until computed again (KOREKSI_USANG). Finance is warned which.
 */
async function pendingCorrectionWarnings(dir: string, ringkasan: Record<string, unknown>): Promise<Bilingual[]> {
  if (!Array.isArray(ringkasan['rapel']) || ringkasan['rapel'].length === 0) return [];
  const byPeriod = new Map<string, string[]>();
  for (const line of await readRapelCsv(join(dir, RAPEL_FILE))) if (line.rapel > 0) byPeriod.set(line.periode, [...(byPeriod.get(line.periode) ?? []), line.nip]);
  const warnings: Bilingual[] = [];
  for (const [periode, nips] of [...byPeriod].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const period = parsePeriod(periode);
    const pending = period && (await pendingCorrection(dirname(dir), period));
    const twice = pending ? nips.filter((nip) => pending.differences.has(nip)).sort() : [];
    if (pending && twice.length > 0) warnings.push(pendingCorrectionWarning(periode, pending, twice));
  }
  return warnings;
}

/**
 * A correction counts the arrears of its period paid so far (`selisih.rapel_dibayar`). If more were
 * paid since it was computed, its selisih.csv would ask for them again: it is computed again first.
 */
async function refuseStaleCorrection(dir: string, ringkasan: Record<string, unknown>): Promise<void> {
  const selisih = ringkasan['selisih'] as { rapel_dibayar?: unknown } | undefined;
  if (selisih === undefined || typeof ringkasan['periode'] !== 'string') return;
  const counted = typeof selisih.rapel_dibayar === 'number' ? selisih.rapel_dibayar : 0;
  const paidNow = [...((await paidArrears(dirname(dir))).get(ringkasan['periode'])?.values() ?? [])].reduce((sum, n) => sum + n, 0);
  if (paidNow === counted) return;
  throw new KinerjaError(
    'KOREKSI_USANG',
    {
      id: `${dir} tidak dapat ditandai dibayar: sejak koreksi ini dihitung, rapel periode ${ringkasan['periode']} yang dibayar berubah (dulu Rp ${counted.toLocaleString('id-ID')}, kini Rp ${paidNow.toLocaleString('id-ID')}); selisih.csv-nya bisa meminta pembayaran yang sudah dilakukan.`,
      en: `${dir} cannot be marked paid: since this correction was computed, the arrears paid for ${ringkasan['periode']} changed (then Rp ${counted.toLocaleString('en-US')}, now Rp ${paidNow.toLocaleString('en-US')}); its selisih.csv could ask for a payment already made.`,
    },
    {
      id: `Jalankan lagi koreksinya (kinerja run --period ${ringkasan['periode']} ... --force): selisih.csv yang baru memperhitungkan rapel itu. Lalu tandai dibayar.`,
      en: `Run the correction again (kinerja run --period ${ringkasan['periode']} ... --force): the new selisih.csv counts those arrears. Then mark it paid.`,
    },
  );
}

/** Every file of the folder but the paid record, by code-point order, with its SHA-256. */
async function hashFolder(dir: string): Promise<PaidRecord['berkas']> {
  const names = (await readdir(dir)).filter((n) => n !== PAID_RECORD).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const berkas: PaidRecord['berkas'] = [];
  for (const nama of names) {
    if (!(await stat(join(dir, nama))).isFile()) throw notPayable(dir, { id: `${nama} bukan berkas hasil kinerja.`, en: `${nama} is not a kinerja result file.` });
    berkas.push({ nama, sha256: await hashFile(join(dir, nama)) });
  }
  return berkas;
}

/** Writes the record beside the folder, then renames it in: the record is there whole or not at all. */
async function writeRecordAtomically(dir: string, parent: string, name: string, record: PaidRecord): Promise<void> {
  // Named like a staging folder, so a run that finds it left by a killed process removes it.
  const temp = join(parent, `.${name}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(`${JSON.stringify(record, null, 2)}\n`, 'utf8');
      await handle.datasync();
    } finally {
      await handle.close();
    }
    await rename(temp, join(dir, PAID_RECORD));
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/** Marks the period's latest results folder as paid. */
export async function markPaid(options: MarkPaidOptions): Promise<MarkPaidOutcome> {
  const latest = await latestFolder(options.arsip, options.period);
  // A paid folder of the period deleted, and the month run again: marking it would pay it twice.
  await checkPaidLedger(dirname(latest.dir), options.period);
  const lock = await lockOutputFolder(latest.dir);
  try {
    const { total, selisih, warnings } = await checkPayable(lock.target);
    const record = parsePaidRecord({
      alat: 'kinerja',
      periode: formatPeriod(options.period),
      folder: basename(latest.dir),
      dibayar_pada: options.now().toISOString(),
      oleh: options.oleh,
      versi_alat: options.version,
      berkas: await hashFolder(lock.target),
      total,
    });
    if (!record) throw notPayable(latest.dir, { id: 'total di ringkasan.json bukan rupiah bulat.', en: 'the totals in ringkasan.json are not whole rupiah.' });
    await writeRecordAtomically(lock.target, lock.parent, lock.name, record).catch((err: unknown) => {
      throw writeFailure(err, latest.dir);
    });
    await recordInLedger(dirname(latest.dir), record).catch((err: unknown) => {
      throw writeFailure(err, latest.dir);
    });
    return { dir: latest.dir, record, notes: lock.notes, warnings, selisih };
  } finally {
    await lock.unlock();
  }
}

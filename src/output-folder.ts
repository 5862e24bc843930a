/**
 * The output folder (SPEC §5): files are written to a temporary sibling folder that is renamed into
 * place only when complete; an existing result folder needs `--force`; a lock file next to the
 * folder keeps two runs from interleaving, and a lock left by a dead process is taken over.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readdir, readFile, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { PAID_RECORD } from './archive/paid-record.js';
import { KinerjaError } from './errors.js';
import { pauseForTest } from './runtime/faults.js';
import { runtimeOptions, type RuntimeOptions } from './runtime/options.js';

const OUTPUT_FILE =
  /^(validasi\.(csv|xlsx)|pegawai\.csv|unit\.csv|tpp\.csv|rapel\.csv|tindak_lanjut\.csv|ringkasan\.json|kinerja-.*\.xlsx|selisih\.csv|dibayar\.json|sipd_nominatif\.csv|bank_[a-z0-9_]+\.csv|tanpa_rekening\.csv|rekap_tahunan\.csv|disiplin_tk\.csv|ringkasan_rekap\.json)$/;
/** The summary each kind of results folder holds: its presence means results (`--force` to replace). */
const SUMMARY_FILES = ['ringkasan.json', 'ringkasan_rekap.json'];

/** A folder being written. */
export interface OutputFolder {
  target: string;
  /** Where files are written until `commit()`. */
  staging: string;
  /** Notes for the user (e.g. a stale lock taken over). */
  notes: { id: string; en: string }[];
  /** Renames the staging folder into place (replacing the old one only now). */
  commit(): Promise<void>;
  /**
   * Puts a validation report beside results already in the target (`<target>-validasi`) instead of
   * replacing them: a run that wrote no results never removes good ones. Returns the folder used.
   */
  commitBeside(): Promise<string>;
  /** True when the target already holds results of a `run` (a `ringkasan.json`). */
  holdsResults(): Promise<boolean>;
  /** Removes the staging folder and the lock. */
  release(): Promise<void>;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A folder marked paid (`dibayar.json`) is never replaced or written into, whatever `--force` says:
 * what was paid stays as it was paid, and a correction goes into a `-koreksi-<n>` folder beside it.
 */
export async function refusePaidFolder(dir: string): Promise<void> {
  if (!(await exists(join(dir, PAID_RECORD)))) return;
  throw new KinerjaError(
    'HASIL_SUDAH_DIBAYAR',
    { id: `Folder ${dir} sudah ditandai dibayar (${PAID_RECORD}); folder itu tidak pernah diganti atau ditulisi, juga dengan --force.`, en: `Folder ${dir} is marked paid (${PAID_RECORD}); it is never replaced or written into, not even with --force.` },
    {
      id: 'Perbaikan atas bulan yang sudah dibayar dibuat dengan kinerja run untuk periode itu: hasilnya masuk folder <folder>-koreksi-<n> beserta selisih.csv. Untuk keperluan lain pilih folder lain.',
      en: 'A correction of a paid month is made with kinerja run for that period: it goes into a <folder>-koreksi-<n> folder with selisih.csv. For anything else choose another folder.',
    },
  );
}

/**
 * Refuses a target that holds results (a `ringkasan.json`) unless `force`, or that holds files this
 * tool did not write. A folder with only a validation report may be replaced.
 */
async function checkTarget(target: string, force: boolean): Promise<void> {
  if (!(await exists(target))) return;
  const info = await stat(target);
  if (!info.isDirectory()) {
    throw new KinerjaError('KELUARAN_BUKAN_FOLDER', { id: `${target} sudah ada dan bukan folder.`, en: `${target} exists and is not a folder.` }, { id: 'Pilih --out lain.', en: 'Choose another --out.' });
  }
  await refusePaidFolder(target);
  const names = await readdir(target);
  if (names.some((n) => SUMMARY_FILES.includes(n)) && !force) {
    throw new KinerjaError(
      'HASIL_SUDAH_ADA',
      { id: `Folder ${target} sudah berisi hasil perhitungan.`, en: `Folder ${target} already holds results.` },
      { id: 'Tambahkan --force untuk menggantinya (hasil lama diganti hanya setelah hasil baru lengkap), atau pilih --out lain.', en: 'Add --force to replace it (the old results are replaced only once the new ones are complete), or choose another --out.' },
    );
  }
  const foreign = names.filter((n) => !OUTPUT_FILE.test(n));
  if (foreign.length > 0) {
    throw new KinerjaError(
      'KELUARAN_BERISI_LAIN',
      { id: `Folder ${target} berisi berkas yang bukan keluaran kinerja (${foreign.slice(0, 3).join(', ')}).`, en: `Folder ${target} holds files kinerja did not write (${foreign.slice(0, 3).join(', ')}).` },
      { id: 'Pilih --out lain; folder ini tidak akan ditimpa.', en: 'Choose another --out; this folder will not be overwritten.' },
    );
  }
}

/** What a lock file says: the process, its host and when it took the lock (older locks: the PID only). */
interface LockOwner {
  pid: number;
  host?: string;
  lockedAt?: number;
}

function parseLock(text: string): LockOwner {
  const [pid = '', host, lockedAt] = text.split('\n').map((l) => l.trim());
  return { pid: Number(pid), ...(host ? { host } : {}), ...(lockedAt && Number.isFinite(Number(lockedAt)) ? { lockedAt: Number(lockedAt) } : {}) };
}

/**
 * When a process started (ms since the epoch), from /proc on Linux; undefined elsewhere. The kernel
 * counts a process's start in clock ticks since boot (USER_HZ, 100 on every Linux this runs on).
 */
async function processStartedAt(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[19]);
    const btime = /^btime (\d+)$/m.exec(await readFile('/proc/stat', 'utf8'))?.[1];
    if (!Number.isFinite(ticks) || btime === undefined) return undefined;
    return Number(btime) * 1000 + (ticks * 1000) / 100;
  } catch {
    return undefined;
  }
}

/**
 * Whether the lock's owner may still be writing: its PID is alive on this host and the process with
 * that PID is not younger than the lock (a PID reused by another program after a crash is not the owner).
 */
async function ownerMayRun(owner: LockOwner): Promise<boolean> {
  if (owner.host !== undefined && owner.host !== hostname()) return true;
  if (!processAlive(owner.pid) || owner.pid === process.pid) return false;
  if (owner.lockedAt === undefined) return true;
  const started = await processStartedAt(owner.pid);
  // Clock ticks and the lock time are each rounded: a process started up to 2 s after is the same one.
  return started === undefined || started <= owner.lockedAt + 2000;
}

async function takeLock(lockPath: string, notes: OutputFolder['notes']): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(`${process.pid}\n${hostname()}\n${Date.now()}\n`);
      await handle.close();
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = parseLock(await readFile(lockPath, 'utf8').catch(() => ''));
      const pid = owner.pid;
      if (await ownerMayRun(owner)) {
        const elsewhere = owner.host !== undefined && owner.host !== hostname();
        throw new KinerjaError(
          'KELUARAN_TERKUNCI',
          elsewhere
            ? { id: `Proses ${pid} di komputer ${owner.host} sedang (atau pernah) menulis ke folder keluaran ini.`, en: `Process ${pid} on host ${owner.host} is (or was) writing to this output folder.` }
            : { id: `Proses lain (pid ${pid}) sedang menulis ke folder keluaran ini.`, en: `Another process (pid ${pid}) is writing to this output folder.` },
          elsewhere
            ? { id: `Tunggu sampai selesai; bila proses di ${owner.host} sudah berhenti, hapus kuncinya: ${lockPath}`, en: `Wait for it to finish; if the run on ${owner.host} has ended, remove the lock: ${lockPath}` }
            : { id: `Tunggu sampai selesai, atau pilih --out lain. Kunci: ${lockPath}`, en: `Wait for it to finish, or choose another --out. Lock: ${lockPath}` },
        );
      }
      notes.push({
        id: `Kunci lama dari proses ${pid || '?'} yang sudah tidak berjalan diambil alih (${basename(lockPath)}).`,
        en: `Took over a stale lock from process ${pid || '?'}, which no longer runs (${basename(lockPath)}).`,
      });
      await unlink(lockPath).catch(() => undefined);
    }
  }
  throw new KinerjaError('KELUARAN_TERKUNCI', { id: `Tidak dapat mengunci ${lockPath}.`, en: `Cannot lock ${lockPath}.` });
}

const FREE_SPACE = {
  id: 'Kosongkan ruang disk (atau minta kuota ditambah), lalu jalankan lagi.',
  en: 'Free disk space (or ask for a larger quota), then run again.',
};
const PERMISSION = {
  id: 'Pilih --out di folder yang boleh ditulis oleh pengguna ini (atau minta izin tulis), lalu jalankan lagi.',
  en: 'Choose an --out in a folder this user may write to (or ask for write permission), then run again.',
};

/** What an operating-system error while writing reports means to the officer, and what to do, by errno code. */
const WRITE_FAILURES: Record<string, { reason: { id: string; en: string }; hint: { id: string; en: string } }> = {
  ENOSPC: { reason: { id: 'disk penuh', en: 'the disk is full' }, hint: FREE_SPACE },
  EDQUOT: { reason: { id: 'kuota disk habis', en: 'the disk quota is used up' }, hint: FREE_SPACE },
  EFBIG: {
    reason: { id: 'berkas melebihi batas ukuran sistem berkas', en: 'a file exceeds the file system\'s size limit' },
    hint: { id: 'Tulis ke disk ber-sistem berkas lain (mis. bukan FAT32), atau kurangi --format.', en: 'Write to a disk with another file system (e.g. not FAT32), or fewer --format outputs.' },
  },
  EACCES: { reason: { id: 'tidak ada izin menulis', en: 'no permission to write' }, hint: PERMISSION },
  // Windows also says EPERM when a result file is open in another program.
  EPERM: {
    reason: { id: 'tidak ada izin menulis, atau berkas hasil sedang dibuka program lain', en: 'no permission to write, or a result file is open in another program' },
    hint: {
      id: 'Tutup berkas hasil yang terbuka (mis. di Excel) atau pilih --out yang boleh ditulis, lalu jalankan lagi.',
      en: 'Close the open result files (e.g. in Excel) or choose an --out you may write to, then run again.',
    },
  },
  EROFS: { reason: { id: 'disk hanya-baca', en: 'the disk is read-only' }, hint: PERMISSION },
  EIO: {
    reason: { id: 'galat perangkat disk', en: 'a disk device error' },
    hint: { id: 'Periksa disk (atau sambungan jaringan ke folder itu), lalu jalankan lagi.', en: 'Check the disk (or the network connection to that folder), then run again.' },
  },
  EMFILE: {
    reason: { id: 'terlalu banyak berkas terbuka', en: 'too many open files' },
    hint: { id: 'Tutup program lain atau naikkan batas berkas terbuka (ulimit -n), lalu jalankan lagi.', en: 'Close other programs or raise the open-file limit (ulimit -n), then run again.' },
  },
};
WRITE_FAILURES['ENFILE'] = WRITE_FAILURES['EMFILE']!;
WRITE_FAILURES['EBUSY'] = {
  reason: { id: 'folder atau berkas hasil sedang dipakai program lain', en: 'the result folder or a file in it is in use by another program' },
  hint: { id: 'Tutup berkas hasil yang terbuka (mis. di Excel), lalu jalankan lagi.', en: 'Close the open result files (e.g. in Excel), then run again.' },
};

/**
 * A failure to write into the output location, as the officer can act on it instead of as a program
 * error. Nothing is renamed into place until every file is written, so the results already in
 * `target` are untouched. Other errors are returned as they are.
 */
export function writeFailure(err: unknown, target: string): unknown {
  const errno = (err as { code?: unknown } | null)?.code;
  const code = typeof errno === 'string' ? errno : undefined;
  const known = code === undefined ? undefined : WRITE_FAILURES[code];
  if (!known) return err;
  const failure = new KinerjaError(
    'KELUARAN_GAGAL_DITULIS',
    { id: `Hasil tidak dapat ditulis untuk ${target}: ${known.reason.id} (${code}). Hasil sebelumnya di folder itu tidak diubah.`, en: `The results for ${target} could not be written: ${known.reason.en} (${code}). The previous results in that folder were not changed.` },
    known.hint,
  );
  failure.cause = err;
  return failure;
}

/**
 * Cleans up after runs that were killed (we hold the lock, so none of them is running): a staging
 * folder is removed; an `.old-` folder is the previous results moved aside just before a kill, so it
 * is put back when the target is missing and removed otherwise.
 */
async function recoverKilledRuns(parent: string, name: string, target: string, notes: OutputFolder['notes']): Promise<void> {
  const leftover = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)-[0-9a-f]+$`);
  for (const entry of await readdir(parent)) {
    const match = leftover.exec(entry);
    if (!match || processAlive(Number(match[2]))) continue;
    const path = join(parent, entry);
    if (match[1] === 'old' && !(await exists(target))) {
      await rename(path, target);
      notes.push({ id: `Hasil sebelumnya dipulihkan dari proses ${match[2]} yang terhenti.`, en: `Restored the previous results left by process ${match[2]}, which was stopped.` });
    } else {
      await rm(path, { recursive: true, force: true });
    }
  }
}

async function realFolder(path: string): Promise<string> {
  const isLink = await lstat(path).then((s) => s.isSymbolicLink(), () => false);
  if (!isLink) return path;
  try {
    return await realpath(path);
  } catch {
    throw new KinerjaError(
      'KELUARAN_TIDAK_BISA_DIBUAT',
      { id: `--out ${path} adalah tautan ke tempat yang tidak ada.`, en: `--out ${path} is a link to a place that does not exist.` },
      { id: 'Perbaiki tautannya atau pilih --out lain.', en: 'Fix the link or choose another --out.' },
    );
  }
}

/** A folder's lock (`.NAME.lock` beside it), held while the folder is written or marked paid. */
export interface FolderLock {
  /** The folder (for a link to a folder: the folder it points to). */
  target: string;
  parent: string;
  name: string;
  /** Notes for the user (a stale lock taken over, results put back). */
  notes: OutputFolder['notes'];
  unlock(): Promise<void>;
}

/**
 * Takes the lock of an output folder and cleans up what killed runs left beside it. `run` and
 * `tandai-dibayar` both hold it, so a folder cannot be marked paid while a run replaces it.
 */
export async function lockOutputFolder(targetPath: string): Promise<FolderLock> {
  // An --out that is a link to a folder: the results go into the folder it points to (staged beside
  // it and swapped there), and the link stays a link.
  const target = await realFolder(resolve(targetPath));
  const parent = dirname(target);
  const name = basename(target);
  try {
    await mkdir(parent, { recursive: true });
  } catch {
    throw new KinerjaError('KELUARAN_TIDAK_BISA_DIBUAT', { id: `Folder ${parent} tidak dapat dibuat.`, en: `Cannot create folder ${parent}.` });
  }
  const notes: OutputFolder['notes'] = [];
  const lockPath = join(parent, `.${name}.lock`);
  await takeLock(lockPath, notes).catch((err: unknown) => {
    throw writeFailure(err, target);
  });
  const unlock = () => unlink(lockPath).catch(() => undefined);
  try {
    await recoverKilledRuns(parent, name, target, notes);
  } catch (err) {
    await unlock();
    throw writeFailure(err, target);
  }
  return { target, parent, name, notes, unlock };
}

/**
 * Locks the target and prepares a staging folder next to it. `runtime`: test hooks (the kill-during-run
 * test pauses the commit), else those of the run in progress (runtime/options.ts).
 */
export async function openOutputFolder(targetPath: string, force: boolean, options: { runtime?: RuntimeOptions } = {}): Promise<OutputFolder> {
  const { faults } = runtimeOptions(options.runtime);
  const lock = await lockOutputFolder(targetPath);
  const { target, parent, name, notes } = lock;
  let staging = '';
  try {
    await checkTarget(target, force);
    staging = join(parent, `.${name}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    await mkdir(staging);
  } catch (err) {
    await lock.unlock();
    throw writeFailure(err, target);
  }
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    await lock.unlock();
  };
  return {
    target,
    staging,
    notes,
    async commit() {
      await pauseForTest(faults, 'sebelum-ganti');
      // We hold the lock, so nobody marks it paid meanwhile; checked again because nothing may replace it.
      await refusePaidFolder(target);
      const old = join(parent, `.${name}.old-${process.pid}-${randomBytes(4).toString('hex')}`);
      const hadOld = await exists(target);
      if (hadOld) await rename(target, old);
      if (hadOld) await pauseForTest(faults, 'tengah-ganti');
      try {
        await rename(staging, target);
      } catch (err) {
        if (hadOld) await rename(old, target).catch(() => undefined);
        throw err;
      }
      // The new results are in place; an old folder that cannot be removed now is removed by the next run.
      if (hadOld) await rm(old, { recursive: true, force: true }).catch(() => undefined);
      await release();
    },
    async commitBeside() {
      const beside = `${target}-validasi`;
      // Only a folder with a validation report (or none) may be replaced there, as for any --out.
      await checkTarget(beside, false);
      if (await exists(beside)) await rm(beside, { recursive: true, force: true });
      await rename(staging, beside);
      await release();
      return beside;
    },
    holdsResults: async () => (await exists(join(target, 'ringkasan.json'))),
    release,
  };
}

/**
 * The sample agency for any month of 2026: the same staff, units, sanctions, SKP and behaviour
 * scores as fixtures/contoh, with a plain month of attendance (everyone in on time on every weekday).
 * The month-end scenario (paid months, a correction, an arrear, December's tax) is built from it.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fixture, ROOT } from '../cli/run-cli.js';

const COPIED = ['pegawai.xlsx', 'unit.csv', 'hukdis.csv', 'capaian_skp.csv', 'perilaku.csv'] as const;

/** NIP and name of every employee in the sample's attendance export. */
function sampleStaff(): [string, string][] {
  const lines = readFileSync(join(fixture('contoh'), 'presensi_oktober_2026.csv'), 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1);
  const staff = new Map<string, string>();
  for (const line of lines) {
    const [, nip, nama] = line.split(';');
    if (nip && nama && !staff.has(nip)) staff.set(nip, nama);
  }
  return [...staff];
}

/** Staff of the sample who join later (their tmt_masuk in pegawai.xlsx): no scans before it. */
const STARTS: Readonly<Record<string, string>> = { '198708162013121792': '2026-10-12' };

const pad = (n: number) => String(n).padStart(2, '0');
const hhmm = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The national holidays and cuti bersama the default rule pack knows (the sample's staff do not work on them). */
function nationalDays(): Set<string> {
  const pack = parseYaml(readFileSync(join(ROOT, 'src', 'rules', 'bawaan.yaml'), 'utf8')) as { kalender: { nasional: { tanggal: string }[] } };
  return new Set(pack.kalender.nasional.map((d) => d.tanggal));
}

/**
 * Writes `dir` as the sample agency's input folder for `year`-`month`: every employee present
 * between 07:05 and 07:24 and leaving between 16:02 and 16:26 (Fridays half an hour later) on every
 * weekday that is not a national holiday (times vary, as scans do; a column of one time is a schedule).
 * `edit` may change the copied files (e.g. damage one NIP) before they are written.
 */
export function writeSampleMonth(dir: string, year: number, month: number, edit: (name: string, text: string) => string = (_, t) => t): string {
  mkdirSync(dir, { recursive: true });
  for (const name of COPIED) {
    if (name.endsWith('.xlsx')) copyFileSync(join(fixture('contoh'), name), join(dir, name));
    else writeFileSync(join(dir, name), edit(name, readFileSync(join(fixture('contoh'), name), 'utf8')));
  }
  const rows = ['No;NIP;Nama;Tanggal;Jam Masuk;Jam Pulang;Scan Masuk;Scan Pulang;Keterangan'];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const holidays = nationalDays();
  let no = 0;
  sampleStaff().forEach(([nip, nama], i) => {
    for (let d = 1; d <= days; d++) {
      const weekday = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
      const date = `${year}-${pad(month)}-${pad(d)}`;
      if (weekday === 0 || weekday === 6 || holidays.has(date) || date < (STARTS[nip] ?? '')) continue;
      const late = weekday === 5 ? 30 : 0;
      const masuk = hhmm(7 * 60 + 5 + ((d * 7 + i * 3) % 20));
      const pulang = hhmm(16 * 60 + 2 + late + ((d * 5 + i) % 25));
      rows.push(`${++no};${nip};${nama};${pad(d)}/${pad(month)}/${year};07:30;${late ? '16:30' : '16:00'};${masuk};${pulang};`);
    }
  });
  writeFileSync(join(dir, `presensi_${year}_${pad(month)}.csv`), edit('presensi', `\uFEFF${rows.join('\n')}\n`));
  return dir;
}

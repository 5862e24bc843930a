/**
 * Arrears (`run --rapel`): the sample agency's October is paid with one employee held (a realisasi
 * typed as text), the input is fixed, and November pays her October netto once; December does not
 * pay it again.
 *
 * Novita Anggraeni (197810202007032326, BAPPEDA) in a clean October: bruto 6,500,000, PPh 21 5 % =
 * 325,000, BPJS 1 % = 65,000, netto 6,500,000 − 325,000 − 65,000 = 6,110,000.
 * November and December (a small folder, bawaan pack, 21 working days all present, pagu 5,000,000,
 * capaian 100 %, perilaku 85 → BAIK): disiplin 40 % × 100 % = 2,000,000, kinerja 60 % = 3,000,000,
 * bruto 5,000,000, PPh 21 III/c 5 % = 250,000, BPJS 1 % = 50,000, netto 4,700,000.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { markPaid } from '../helpers/mark-paid.js';
import { readRingkasan } from '../helpers/ringkasan.js';
import { fixture, readCsv, runCli, tempDir } from './run-cli.js';

const NOVITA = '197810202007032326';
const RINA = '199001152015021002';
const CAPAIAN_ROW = 142;

/** Replaces one line of a file (1-based). */
function editLine(path: string, line: number, edit: (text: string) => string): void {
  const lines = readFileSync(path, 'utf8').split('\n');
  lines[line - 1] = edit(lines[line - 1]!);
  writeFileSync(path, lines.join('\n'));
}

/** A month's small input folder (attendance as a monthly summary, so any month reads it). */
interface Person {
  nip: string;
  nama: string;
  unit: string;
  realisasi?: string;
}

function monthFolder(dir: string, people: readonly Person[]): string {
  const rows = (f: (p: Person) => string) => people.map(f).join('\n');
  writeFileSync(join(dir, 'pegawai.csv'), `nip,nama,unit,golongan,status,tpp_pagu,gaji\n${rows((p) => `${p.nip},${p.nama},${p.unit},III/c,PNS,5000000,4200000`)}\n`);
  writeFileSync(join(dir, 'presensi_rekap.csv'), `NIP;Hari Kerja;Hadir;TL1;TL2;TL3;TL4;PSW1;PSW2;PSW3;PSW4;TK;Izin;Sakit;Cuti;Dinas Luar;CLTN;TB\n${rows((p) => `${p.nip};21;21;0;0;0;0;0;0;0;0;0;0;0;0;0;0;0`)}\n`);
  writeFileSync(join(dir, 'capaian.csv'), `nip,indikator,target,realisasi\n${rows((p) => `${p.nip},Laporan,10,${p.realisasi ?? '10'}`)}\n`);
  writeFileSync(join(dir, 'perilaku.csv'), `nip,penilai_nip,berorientasi_pelayanan,akuntabel,kompeten,harmonis,loyal,adaptif,kolaboratif\n${rows((p) => `${p.nip},196805121990031002,85,85,85,85,85,85,85`)}\n`);
  return dir;
}

const BOTH: readonly Person[] = [
  { nip: NOVITA, nama: 'Novita Anggraeni', unit: 'BAPPEDA' },
  { nip: RINA, nama: 'Rina Wulandari', unit: 'BKPSDM' },
];

describe('run --rapel: arrears of a paid period', () => {
  const root = tempDir();
  const arsip = join(root, 'hasil');
  const oktober = join(root, 'oktober');
  const month = (name: string, people = BOTH) => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    return monthFolder(dir, people);
  };
  const run = (period: string, input: string, out: string, ...extra: string[]) => runCli(['run', '--period', period, '--input', input, '--out', out, '--arsip', arsip, '--format', 'csv,json', ...extra]);
  let cleanNetto = 0;

  beforeAll(() => {
    cpSync(fixture('contoh'), oktober, { recursive: true });
    const policy = ['--policy', join(oktober, 'paket-aturan.yaml')];
    // The clean October, outside the archive: what Novita should have been paid.
    expect(run('2026-10', oktober, join(root, 'bersih', '2026-10'), ...policy).status).toBe(0);
    cleanNetto = Number(readCsv(join(root, 'bersih', '2026-10', 'pegawai.csv')).find((r) => r['nip'] === NOVITA)!['tpp_netto']);
    // October as paid: her realisasi typed as a word holds her.
    editLine(join(oktober, 'capaian_skp.csv'), CAPAIAN_ROW, (l) => l.replace(';6;7;bab;', ';6;tujuh;bab;'));
    expect(run('2026-10', oktober, join(arsip, '2026-10'), ...policy).status).toBe(1);
    markPaid(join(arsip, '2026-10'));
  }, 120_000);

  it('the clean October pays Novita 6,110,000 and the paid October held her', () => {
    expect(cleanNetto).toBe(6_110_000);
    const paid = readCsv(join(arsip, '2026-10', 'pegawai.csv')).find((r) => r['nip'] === NOVITA)!;
    expect(paid).toMatchObject({ status_bayar: 'ditahan', tpp_netto: '0' });
    // Without --rapel the reports keep their columns: no rapel column.
    expect(Object.keys(paid)).not.toContain('rapel');
    expect(readRingkasan(join(arsip, '2026-10')).folder_masukan).toBe(oktober);
  });

  it('while October is not fixed, she is listed as still held and nothing is paid', () => {
    const out = join(root, 'coba', '2026-11');
    const r = run('2026-11', month('nov-coba'), out, '--rapel', '2026-10');
    expect(r.status, r.stderr).toBe(0);
    expect(readCsv(join(out, 'rapel.csv'))).toEqual([{ nip: NOVITA, nama: 'Novita Anggraeni, S.E.', periode: '2026-10', netto_seharusnya: '0', sudah_dibayar: '0', rapel: '0', status: 'masih_ditahan' }]);
    expect(readRingkasan(out).total.rapel).toBe(0);
    expect(r.stderr).toContain('tidak ada berkas masukan yang berubah');
  });

  describe('after the fix', () => {
    beforeAll(() => {
      editLine(join(oktober, 'capaian_skp.csv'), CAPAIAN_ROW, (l) => l.replace(';6;tujuh;bab;', ';6;7;bab;'));
    });

    it('November pays her October netto as rapel: 6,110,000, transferred 4,700,000 + 6,110,000 = 10,810,000', async () => {
      const out = join(arsip, '2026-11');
      const r = run('2026-11', month('november'), out, '--rapel', '2026-10', '--format', 'csv,json,xlsx');
      expect(r.status, r.stderr).toBe(0);
      expect(readCsv(join(out, 'rapel.csv'))).toEqual([
        { nip: NOVITA, nama: 'Novita Anggraeni, S.E.', periode: '2026-10', netto_seharusnya: String(cleanNetto), sudah_dibayar: '0', rapel: '6110000', status: 'dibayar' },
      ]);
      const tpp = readCsv(join(out, 'tpp.csv'));
      expect(tpp.find((x) => x['nip'] === NOVITA)).toMatchObject({ tpp_netto: '4700000', rapel: '6110000', jumlah_transfer: '10810000' });
      expect(tpp.find((x) => x['nip'] === RINA)).toMatchObject({ tpp_netto: '4700000', rapel: '0', jumlah_transfer: '4700000' });
      expect(readCsv(join(out, 'pegawai.csv')).find((x) => x['nip'] === NOVITA)).toMatchObject({ tpp_netto: '4700000', rapel: '6110000' });
      const ringkasan = readRingkasan(out);
      // Netto 2 × 4,700,000; the arrears beside it.
      expect(ringkasan.total).toMatchObject({ netto: 9_400_000, rapel: 6_110_000 });
      expect(ringkasan.rapel).toEqual([
        expect.objectContaining({ periode: '2026-10', folder_masukan: oktober, masukan_berubah: ['capaian_skp.csv'], dibayar: 1, jumlah: 6_110_000, masih_ditahan: 0, berubah_bukan_rapel: 0 }),
      ]);
      expect(r.stderr).toContain('capaian_skp.csv');
      // The workbook's payout list totals the arrears and the transfer: 6,110,000 and 10,810,000 + 4,700,000.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, 'kinerja-2026-11.xlsx'));
      const sheet = wb.getWorksheet('TPP')!;
      const header = (sheet.getRow(3).values as unknown[]).map(String);
      const transfer = header.indexOf('Jumlah Ditransfer');
      // The grand total is the last row with an amount (the signature block follows it).
      const grand = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(sheet.rowCount - i).values as unknown[]).find((v) => typeof v[transfer] === 'number')!;
      expect(grand[header.indexOf('Rapel')]).toBe(6_110_000);
      expect(grand[transfer]).toBe(15_510_000);
    });

    it('jelaskan --rapel shows her October line and the transfer, and its report row is pegawai.csv\'s', () => {
      const args = ['jelaskan', NOVITA, '--period', '2026-11', '--input', join(root, 'november'), '--arsip', arsip, '--rapel', '2026-10'];
      const r = runCli(args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toContain('2026-10: seharusnya Rp 6.110.000, sudah dibayar Rp 0, dibayar sekarang Rp 6.110.000 (dibayar)');
      expect(r.stdout).toContain('Ditransfer = TPP netto + rapel = Rp 4.700.000 + Rp 6.110.000 = Rp 10.810.000');
      const json = JSON.parse(runCli([...args, '--json']).stdout) as { baris_laporan: Record<string, string>; tpp: { rapel: { jumlah: number } } };
      expect(json.tpp.rapel.jumlah).toBe(6_110_000);
      expect(json.baris_laporan).toEqual(readCsv(join(arsip, '2026-11', 'pegawai.csv')).find((x) => x['nip'] === NOVITA));
    });

    it('held this month: her arrears are held with her; not in this month\'s staff file: pending', () => {
      const held = join(root, 'ditahan', '2026-11');
      // Against October's paid folder alone (another archive without November's payment).
      const arsip2 = join(root, 'arsip2');
      cpSync(join(arsip, '2026-10'), join(arsip2, '2026-10'), { recursive: true });
      const r1 = runCli(['run', '--period', '2026-11', '--input', month('nov-ditahan', [{ ...BOTH[0]!, realisasi: 'sepuluh' }, BOTH[1]!]), '--out', held, '--arsip', arsip2, '--format', 'csv,json', '--rapel', '2026-10']);
      expect(r1.status, r1.stderr).toBe(1);
      expect(readCsv(join(held, 'rapel.csv'))[0]).toMatchObject({ nip: NOVITA, rapel: '0', status: 'ditahan' });
      expect(readRingkasan(held).total.rapel).toBe(0);
      const gone = join(root, 'keluar', '2026-11');
      const r2 = runCli(['run', '--period', '2026-11', '--input', month('nov-keluar', [BOTH[1]!]), '--out', gone, '--arsip', arsip2, '--format', 'csv,json', '--rapel', '2026-10']);
      expect(r2.status, r2.stderr).toBe(0);
      expect(readCsv(join(gone, 'rapel.csv'))[0]).toMatchObject({ nip: NOVITA, netto_seharusnya: '6110000', rapel: '0', status: 'tertunda' });
    });

    it('another employee whose October pay would change is counted and sent to a correction run, not paid', () => {
      const perilaku = join(oktober, 'perilaku.csv');
      const before = readFileSync(perilaku, 'utf8');
      try {
        // Sri Wahyuningsih (not held in October): her supervisor's scores drop to 50.
        writeFileSync(perilaku, before.replace('197009151998042852,196912131992011060,atasan,92,92,94,83,95,92,96', '197009151998042852,196912131992011060,atasan,50,50,50,50,50,50,50'));
        const out = join(root, 'lain', '2026-11');
        const r = run('2026-11', month('nov-lain'), out, '--rapel', '2026-10');
        expect(r.status, r.stderr).toBe(0);
        expect(readRingkasan(out).rapel?.[0]).toMatchObject({ berubah_bukan_rapel: 1, masukan_berubah: ['capaian_skp.csv', 'perilaku.csv'] });
        expect(r.stderr).toContain('2026-10-koreksi-<n>');
      } finally {
        writeFileSync(perilaku, before);
      }
    });

    it('a changed rule pack stops the run (exit 2): October is paid by October\'s rules', () => {
      const pack = join(oktober, 'paket-aturan.yaml');
      const before = readFileSync(pack, 'utf8');
      try {
        writeFileSync(pack, before.replace('versi: "2026.1"', 'versi: "2026.2"'));
        const out = join(root, 'paket', '2026-11');
        const r = run('2026-11', month('nov-paket'), out, '--rapel', '2026-10');
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('RAPEL_PAKET_BERBEDA');
        expect(() => readFileSync(join(out, 'pegawai.csv'))).toThrow();
      } finally {
        writeFileSync(pack, before);
      }
    });

    it('a doubt about a whole input of October stops this run (exit 2) naming the period', () => {
      const presensi = join(oktober, 'presensi_oktober_2026.csv');
      const before = readFileSync(presensi, 'utf8');
      try {
        // 15 October, a Thursday, loses every attendance row: a working day without data stops a run.
        writeFileSync(presensi, before.split('\n').filter((l) => !l.includes(';15/10/2026;')).join('\n'));
        const out = join(root, 'henti', '2026-11');
        const r = run('2026-11', month('nov-henti'), out, '--rapel', '2026-10');
        expect(r.status).toBe(2);
        expect(r.stderr).toContain('RAPEL_DIHENTIKAN');
        expect(r.stderr).toContain('Rapel 2026-10');
        expect(() => readFileSync(join(out, 'pegawai.csv'))).toThrow();
        // A missing input file of October is named as October's too.
        writeFileSync(presensi, before);
        const capaian = join(oktober, 'capaian_skp.csv');
        const kept = readFileSync(capaian);
        rmSync(capaian);
        try {
          const r2 = run('2026-11', month('nov-henti2'), join(root, 'henti2', '2026-11'), '--rapel', '2026-10');
          expect(r2.status).toBe(2);
          expect(r2.stderr).toContain('Rapel 2026-10');
        } finally {
          writeFileSync(capaian, kept);
        }
      } finally {
        writeFileSync(presensi, before);
      }
    });

    it('a missing input folder stops (exit 2) and says to name it with --rapel P=DIR', () => {
      const r = run('2026-11', month('nov-tanpa'), join(root, 'tanpa', '2026-11'), '--rapel', `2026-10=${join(root, 'tidak-ada')}`);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('RAPEL_MASUKAN_TIDAK_ADA');
      expect(r.stderr).toContain('--rapel 2026-10=FOLDER');
    });

    it('a period that was never paid stops (exit 2) and says what to do', () => {
      const r = run('2026-11', month('nov-belum'), join(root, 'belum', '2026-11'), '--rapel', '2026-09');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('RAPEL_BELUM_DIBAYAR');
      expect(r.stderr).toContain('tandai-dibayar');
    });

    it('a period not before this one is a usage error (exit 2)', () => {
      const r = run('2026-11', month('nov-sama'), join(root, 'sama', '2026-11'), '--rapel', '2026-11');
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('RAPEL_PERIODE_SALAH');
    });

    // Last: once November is paid, November is never run again outside the archive (PERIODE_SUDAH_DIBAYAR).
    it('December, after November was paid, pays her nothing more for October (never twice)', () => {
      markPaid(join(arsip, '2026-11'));
      const out = join(arsip, '2026-12');
      const r = run('2026-12', month('desember'), out, '--rapel', '2026-10');
      expect(r.status, r.stderr).toBe(0);
      expect(readCsv(join(out, 'rapel.csv'))).toEqual([
        { nip: NOVITA, nama: 'Novita Anggraeni, S.E.', periode: '2026-10', netto_seharusnya: '6110000', sudah_dibayar: '6110000', rapel: '0', status: 'lunas' },
      ]);
      expect(readCsv(join(out, 'tpp.csv')).find((x) => x['nip'] === NOVITA)).toMatchObject({ rapel: '0', jumlah_transfer: '4700000' });
      expect(readRingkasan(out).total.rapel).toBe(0);
    });
  });
});

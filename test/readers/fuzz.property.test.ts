import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KinerjaError } from '../../src/errors.js';
import { FindingCollector } from '../../src/findings.js';
import { readCapaian } from '../../src/inputs/capaian.js';
import { readPegawai } from '../../src/inputs/pegawai.js';
import { readPerilaku } from '../../src/inputs/perilaku.js';
import { readPresensi } from '../../src/inputs/presensi.js';
import { openTable } from '../../src/readers/open-table.js';
import { buildDayCodeTable } from '../../src/rules/day-codes.js';
import { buildCalendar } from '../../src/scoring/build-calendar.js';
import { aPack } from '../helpers/builders.js';
import { fixtureTable } from '../inputs/read-input-helpers.js';
import type { PegawaiTable } from '../../src/model/records.js';
import type { FileLedger } from '../../src/model/row-accounting.js';

const period = { year: 2026, month: 10 };
const pack = aPack();
const dir = mkdtempSync(join(tmpdir(), 'kinerja-fuzz-'));
let counter = 0;

async function pegawaiTable(): Promise<PegawaiTable> {
  return readPegawai(await fixtureTable('worked-example', 'pegawai.csv'), pack, period, new FindingCollector());
}

/** Reads a file as one of the large inputs; a KinerjaError (cannot read at all) is an allowed outcome. */
async function readAs(kind: 'presensi' | 'capaian' | 'perilaku', content: Buffer | string, pegawai: PegawaiTable): Promise<FileLedger[] | 'refused'> {
  const path = join(dir, `${kind}-${counter++}.csv`);
  writeFileSync(path, content);
  const findings = new FindingCollector();
  try {
    const tables = [await openTable(path)];
    if (kind === 'presensi') {
      const calendar = buildCalendar(period, pack, []);
      return (await readPresensi(tables, { pegawai, calendar, pack, codes: buildDayCodeTable(pack.presensi.kode), period, findings })).ledgers;
    }
    if (kind === 'capaian') return (await readCapaian(tables, pegawai, findings)).ledgers;
    return (await readPerilaku(tables, pegawai, pack, findings)).ledgers;
  } catch (err) {
    if (err instanceof KinerjaError) return 'refused';
    throw err;
  }
}

const accounted = (ledgers: FileLedger[] | 'refused') =>
  ledgers === 'refused' || ledgers.every((l) => l.read === l.used + l.rejected + l.ignored + l.skipped && l.used >= 0 && l.rejected >= 0 && l.ignored >= 0);

const cellText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '-', '07:31', '7.31', '25:00', '01/10/2026', '31/02/2026', '2026-10-05', '46296', '1.234', '95,5', 'Rp 1.000', 'H', 'TK', 'DL', 'XYZ', '=1+1', '198503172010011003', '1.98503E+17', '199001152015021002', 'Diatas Ekspektasi', '120', '-5'),
);

describe('readers never crash and account for every row', () => {
  it('random bytes as any large input', async () => {
    const pegawai = await pegawaiTable();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.constantFrom('presensi', 'capaian', 'perilaku'), async (bytes, kind) => {
        expect(accounted(await readAs(kind, Buffer.from(bytes), pegawai))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('random cell values under a valid header, in any separator', async () => {
    const pegawai = await pegawaiTable();
    const headers = {
      presensi: ['nip', 'tanggal', 'jam_masuk', 'jam_pulang', 'kode'],
      capaian: ['nip', 'indikator', 'target', 'realisasi', 'bobot', 'arah', 'jenis'],
      perilaku: ['nip', 'penilai_nip', 'peran', 'aspek', 'nilai'],
    } as const;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<keyof typeof headers>('presensi', 'capaian', 'perilaku'),
        fc.array(fc.array(cellText, { minLength: 0, maxLength: 7 }), { maxLength: 25 }),
        fc.constantFrom(',', ';', '\t', '|'),
        async (kind, rows, delimiter) => {
          const csv = stringify([headers[kind], ...rows], { delimiter });
          const ledgers = await readAs(kind, csv, pegawai);
          expect(ledgers).not.toBe('refused');
          expect(accounted(ledgers)).toBe(true);
          if (ledgers !== 'refused') expect(ledgers[0]!.read).toBe(rows.length + 1);
        },
      ),
      { numRuns: 80 },
    );
  });
});

/**
 * The parse worker's body and protocol, run from the sources (in this thread, over the same channel
 * as in a worker thread): same rows and hash as reading in the reading thread, a reader that stops
 * early, and csv-parse's errors with their code and their line in the whole file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StructuredError } from '../../src/runtime/channel.js';
import type { RuntimeOptions } from '../../src/runtime/options.js';
import type { TableRow } from '../../src/readers/cell.js';
import fc from 'fast-check';
import { csvRecordBatches } from '../../src/readers/csv-records.js';
import { packRecords, unpackRecords } from '../../src/runtime/packed-records.js';
import { openTextTable, ParseAheadBudget, startParseWorker, workerCursor } from '../../src/readers/read-text-table.js';
import { SourceFile } from '../../src/readers/source-file.js';
import { tempDir } from '../cli/run-cli.js';

const IN_THREAD: RuntimeOptions = { thresholds: { csvWorkerMinBytes: Number.POSITIVE_INFINITY } };
const ONE_WORKER: RuntimeOptions = { thresholds: { csvWorkerMinBytes: 0 } };
const TWO_HALVES: RuntimeOptions = { thresholds: { csvWorkerMinBytes: 0, csvSplitMinBytes: 0 } };

/** An attendance-like export of `rows` records (a header first), LF line ends, no quotes. */
function writeLog(rows: number, edit?: (lines: string[]) => void): string {
  const lines = ['nip;tanggal;masuk;pulang'];
  for (let i = 0; i < rows; i++) lines.push(`1985031720100110${String(i % 97).padStart(2, '0')};${String((i % 28) + 1).padStart(2, '0')}/10/2026;07:${String(i % 60).padStart(2, '0')};16:00`);
  edit?.(lines);
  const path = join(tempDir(), 'presensi.csv');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const marks = (name: string) => performance.getEntriesByName(`kinerja:${name}`, 'mark').length;

async function readRows(path: string, runtime: RuntimeOptions, orderFree = false): Promise<{ rows: TableRow[]; sha256: string }> {
  const source = await SourceFile.open(path);
  const table = await openTextTable(path, 'presensi.csv', source, { orderFree, runtime });
  const rows: TableRow[] = [];
  for await (const batch of table.batches()) rows.push(...batch);
  rows.sort((a, b) => a.rowNumber - b.rowNumber);
  return { rows, sha256: await source.settle() };
}

describe('the parse worker from the sources', () => {
  it('a batch packed for the channel unpacks to the same records (any text, any field count)', () => {
    const records = fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 20 }), { maxLength: 8 }), { maxLength: 30 });
    fc.assert(
      fc.property(records, (batch) => {
        expect(unpackRecords(structuredClone(packRecords(batch)))).toEqual(batch);
      }),
    );
    const nip = '198503172010011003';
    const fixed = [['a', '', 'ü😀\uD800'], [], ['"x";y\r\nz'], [nip, 'Nama Yang Panjang Sekali', '01/10/2026'], [nip, 'Nama Yang Panjang Sekali'], ['x', nip], [nip, nip]];
    expect(unpackRecords(structuredClone(packRecords(fixed)))).toEqual(fixed);
    // Records drawn from few texts, so long fields repeat the one above them.
    const repeating = fc.array(fc.array(fc.constantFrom('', 'H', nip, '199001152015021002', 'Rina Nugroho Saja'), { maxLength: 4 }), { maxLength: 20 });
    fc.assert(
      fc.property(repeating, (batch) => {
        expect(unpackRecords(structuredClone(packRecords(batch)))).toEqual(batch);
      }),
    );
  });


  it('one worker, and two on two halves, give the rows and hash of reading in the reading thread', async () => {
    const path = writeLog(4000);
    const inThread = await readRows(path, IN_THREAD);
    expect(inThread.rows).toHaveLength(4001);
    expect(inThread.sha256).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    const workers = marks('pekerja-csv');
    expect(await readRows(path, ONE_WORKER)).toEqual(inThread);
    expect(marks('pekerja-csv')).toBe(workers + 1);
    const split = marks('csv-dibelah');
    expect(await readRows(path, TWO_HALVES, true)).toEqual(inThread);
    expect([marks('pekerja-csv'), marks('csv-dibelah')]).toEqual([workers + 3, split + 1]);
  });

  it('a reader that stops after the first batch stops the worker; the file can be read again', async () => {
    const path = writeLog(20_000);
    const table = await openTextTable(path, 'presensi.csv', await SourceFile.open(path), { runtime: ONE_WORKER });
    for await (const batch of table.batches()) {
      expect(batch[0]!.rowNumber).toBe(1);
      break;
    }
    let rows = 0;
    for await (const batch of table.batches()) rows += batch.length;
    expect(rows).toBe(20_001);
  });

  it('a worker without a window parses to the end with nothing taken; with one it waits that many batches ahead', async () => {
    const path = writeLog(3999); // 8 batches of 500 records with the header
    const unbounded = startParseWorker(path, 'utf8', ';', false, undefined);
    // Its end arrives behind its 8 batches, none of them taken.
    await expect(unbounded.channel.outcome).resolves.toMatch(/^[0-9a-f]{64}$/);
    const windowed = startParseWorker(path, 'utf8', ';', false, 2);
    const waited = await Promise.race([windowed.channel.outcome.then(() => 'ended'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 300))]);
    expect(waited).toBe('waiting');
    const cursor = workerCursor(windowed, 0);
    let batches = 0;
    while ((await cursor.next()) !== undefined) batches++;
    cursor.close();
    expect(batches).toBe(8);
  });

  it('a broken record in the second half: the error keeps csv-parse\'s code, and its line is moved to the whole file\'s', async () => {
    const path = writeLog(4000, (lines) => (lines[3500] = `"${lines[3500]}`));
    // What the reading thread's csv-parse says over the whole file.
    const whole = await (async () => {
      for await (const batch of csvRecordBatches(path, 'utf8', ';', 500)) void batch;
    })().catch((e: unknown) => e as StructuredError);
    expect(whole).toMatchObject({ code: 'CSV_QUOTE_NOT_CLOSED' });
    expect(whole!.line).toBeGreaterThan(3000);

    const size = readFileSync(path).length;
    const at = readFileSync(path).indexOf(0x0a, Math.floor(size / 2)) + 1;
    const second = startParseWorker(path, 'utf8', ';', false, 32, { part: 'second', at });
    const verdict = await second.channel.next();
    expect(verdict.value).toMatchObject({ kind: 'split' });
    const before = (verdict.value as { recordsBefore: number }).recordsBefore;
    const cursor = workerCursor(second, before);
    const err = await (async () => {
      while ((await cursor.next()) !== undefined);
    })().catch((e: unknown) => e as StructuredError);
    cursor.close();
    expect(err).toMatchObject({ code: 'CSV_QUOTE_NOT_CLOSED', line: whole!.line });
    // The text is csv-parse's own, not rewritten.
    expect(err!.message).not.toContain(`line ${whole!.line}`);
  });
});

describe('the parse-ahead budget of one reading', () => {
  it('files parse ahead while their sizes fit in it together; one that does not fit leaves the rest for smaller ones', () => {
    const budget = new ParseAheadBudget({ thresholds: { csvParseAheadBytes: 100 } });
    expect([budget.take(60), budget.take(50), budget.take(40), budget.take(1)]).toEqual([true, false, true, false]);
  });
});

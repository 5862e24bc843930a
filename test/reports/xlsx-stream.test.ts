/**
 * The sheet writer's pause (`breathe`) when the drain it needs came while the writer was awaiting its
 * next rows: in the workbook worker the rows arrive over a channel, so the event loop turns between a
 * full write and the next pause. An M run hung there with the workbook half written (round 5).
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { XlsxWriter } from '../../src/reports/xlsx-stream.js';
import { readZipDirectory } from '../../src/readers/workbook-limits.js';
import { tempDir } from '../cli/run-cli.js';

describe('the sheet writer waits for a drain only while one is due', () => {
  it('a drain that came between the write and the pause does not leave the pause waiting forever', async () => {
    const path = join(tempDir(), 'a.xlsx');
    const writer = new XlsxWriter(createWriteStream(path), 1);
    const sheet = writer.addSheet('Data', { frozenRows: 1, columns: [{ width: 20 }], autoFilter: false });
    const text = 'x'.repeat(1000);
    // Far past the stream's buffer in one go: the write says wait for a drain.
    for (let i = 0; i < 2000; i++) sheet.addRow([text], [0]);
    // The zip takes it all meanwhile, as it does while the worker awaits its next batch: the drain
    // comes before the pause (the sheet's stream, reached as the test's only way to see it).
    const out = (sheet as unknown as { out: PassThrough }).out;
    expect(out.writableNeedDrain).toBe(true);
    await once(out, 'drain');
    const outcome = await Promise.race([sheet.breathe().then(() => 'went on'), delay(3000).then(() => 'waited forever')]);
    expect(outcome).toBe('went on');
    await sheet.close();
    await writer.finish();
    const parts = (await readZipDirectory(path)).map((e) => e.path);
    expect(parts).toContain('xl/worksheets/sheet1.xml');
  });
});

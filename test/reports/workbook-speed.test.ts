/**
 * The workbook writers alone, on the same sheets: `KINERJA_BENCH_XLSX=<input folder> npx vitest run
 * test/reports/workbook-speed.test.ts` (e.g. a bench agency, /tmp/kinerja-bench-M-g1) builds the
 * report model once (its rows too), then writes it with exceljs's writer (test/helpers/exceljs-workbook.ts) and with
 * ours, alternately, in this thread, and prints each time and file size. Skipped without the variable
 * (docs/performa.md, round 5, has the figures).
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runPeriod } from '../../src/pipeline.js';
import type { ReportModel } from '../../src/reports/build-report.js';
import { workbookCellValue } from '../../src/reports/format-cell.js';
import { writeWorkbook } from '../../src/reports/write-xlsx.js';
import type { RuntimeOptions } from '../../src/runtime/options.js';
import { tempDir } from '../cli/run-cli.js';
import { writeWorkbookWithExcelJs } from '../helpers/exceljs-workbook.js';
import { runOptions } from '../helpers/run-options.js';

const captured = vi.hoisted(() => [] as unknown[]);
vi.mock(import('../../src/reports/write-xlsx.js'), async (original) => {
  const real = await original();
  return {
    ...real,
    writeWorkbook: (path: string, model: ReportModel, options?: { runtime?: RuntimeOptions }) => {
      captured.push(model);
      return real.writeWorkbook(path, model, options);
    },
  };
});

const input = process.env['KINERJA_BENCH_XLSX'];
const ROUNDS = Number(process.env['KINERJA_BENCH_XLSX_RUNS'] ?? 3);
/** In this thread, as the bench's own writer would be timed: no worker start-up in the figures. */
const DIRECT: RuntimeOptions = { thresholds: { xlsxWorkerMinEmployees: Number.POSITIVE_INFINITY } };

if (!input) {
  describe('the workbook writers on the same model', () => {
    it.skip('a measurement run by hand, not a check (npm run bench measures speed): skipped without KINERJA_BENCH_XLSX=<input folder>', () => {});
  });
}

describe.skipIf(!input)('the workbook writers on the same model', () => {
  it('times exceljs and ours, alternately', async () => {
    const dir = tempDir();
    await runPeriod({ ...runOptions(input!, join(dir, 'hasil'), { formats: new Set(['xlsx', 'csv', 'json']), runtime: DIRECT }) });
    const model = captured.at(-1) as ReportModel;
    // The rows built once, so that the times are the writers' own (the follow-up and SIPD lists are
    // computed as they are read, the same cost under either writer).
    for (const table of [...Object.values(model.tables), ...(model.selisih ? [model.selisih] : [])]) {
      const rows = [...table.rows()];
      table.rows = () => rows;
    }
    const ms: Record<'exceljs' | 'ours', number[]> = { exceljs: [], ours: [] };
    // CPU time of the process (this thread and zlib's threads), less moved by other load than wall time.
    const cpu: Record<'exceljs' | 'ours', number[]> = { exceljs: [], ours: [] };
    const time = async (who: 'exceljs' | 'ours', write: () => Promise<void>) => {
      const start = performance.now();
      const used = process.cpuUsage();
      await write();
      const { user, system } = process.cpuUsage(used);
      ms[who].push(performance.now() - start);
      cpu[who].push((user + system) / 1000);
    };
    for (let round = 0; round < ROUNDS; round++) {
      await time('exceljs', () => writeWorkbookWithExcelJs(join(dir, 'exceljs.xlsx'), model, { runtime: DIRECT }));
      await time('ours', () => writeWorkbook(join(dir, 'ours.xlsx'), model, { runtime: DIRECT }));
    }
    // What both writers do alike: every cell turned into its workbook value (write-xlsx.ts's batches).
    const tables = [...Object.values(model.tables), ...(model.selisih ? [model.selisih] : [])];
    const shared: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const start = performance.now();
      let cells = 0;
      for (const table of tables) {
        const types = table.columns.map((c) => c.type);
        for (const row of table.rows()) for (let i = 0; i < row.length; i++) if (workbookCellValue(row[i]!, types[i]!) !== undefined) cells++;
      }
      shared.push(performance.now() - start);
      expect(cells).toBeGreaterThan(0);
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    const size = (name: string) => (statSync(join(dir, name)).size / 1e6).toFixed(1);
    const seconds = (v: number[]) => v.map((t) => (t / 1000).toFixed(2)).join(' ');
    console.log(
      `${model.results.employees.length} employees, ${ROUNDS} rounds: exceljs ${seconds(ms.exceljs)} s (${size('exceljs.xlsx')} MB), ` +
        `ours ${seconds(ms.ours)} s (${size('ours.xlsx')} MB); median ratio ${(median(ms.exceljs) / median(ms.ours)).toFixed(1)}x; ` +
        `CPU exceljs ${seconds(cpu.exceljs)} s, ours ${seconds(cpu.ours)} s, median ratio ${(median(cpu.exceljs) / median(cpu.ours)).toFixed(1)}x; ` +
        `cells to workbook values alone ${seconds(shared)} s, ratio without them ${((median(ms.exceljs) - median(shared)) / (median(ms.ours) - median(shared))).toFixed(1)}x`,
    );
    expect(ms.ours.length).toBe(ROUNDS);
  }, 600_000);
});

/** Reads back the run summary a run wrote (`ringkasan.json`) or printed (`--json`), typed as src describes it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Ringkasan } from '../../src/reports/build-report.js';

/** What `--json` prints: the run summary and where the files went, or the error that stopped the run. */
interface JsonSummary extends Partial<Ringkasan> {
  keluaran?: { folder: string; berkas: string[] };
  galat?: { kode: string; pesan: string; rincian: string[]; saran: string | null };
}

/** `<out>/ringkasan.json`. */
export function readRingkasan(out: string): Ringkasan {
  return JSON.parse(readFileSync(join(out, 'ringkasan.json'), 'utf8')) as Ringkasan;
}

/** The one JSON object `--json` prints on stdout. */
export function parseJsonSummary(stdout: string): JsonSummary {
  return JSON.parse(stdout) as JsonSummary;
}

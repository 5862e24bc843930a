/** A month being processed, in its own module so the CLI can parse `--period` without loading zod. */
export interface Period {
  year: number;
  month: number;
}

/** `YYYY-MM` text of a period. */
export function formatPeriod(period: Period): string {
  return `${period.year}-${String(period.month).padStart(2, '0')}`;
}

/** Reads `YYYY-MM`; undefined when it is not a real month. */
export function parsePeriod(text: string): Period | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12 || year < 1900 || year > 2999) return undefined;
  return { year, month };
}

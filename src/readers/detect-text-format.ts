/**
 * Encoding and separator of a text export (SPEC §2.2): UTF-8 with or without BOM, UTF-16 LE/BE with
 * BOM (Excel "Unicode Text"), else Windows-1252; separator among `,` `;` tab `|`, or runs of spaces
 * for headerless punch logs.
 */
import iconv from 'iconv-lite';

/** A text encoding the readers can decode. */
export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'win1252';

/** A field separator; `spaces` means runs of white space (headerless punch logs only). */
export type Separator = ',' | ';' | '\t' | '|' | 'spaces';

/**
 * UTF-16 saved without a BOM: text in the Latin range has a NUL in every other byte (odd positions for
 * little-endian, even for big-endian), which no UTF-8 or Windows-1252 export has.
 */
function utf16WithoutBom(head: Buffer): TextEncoding | undefined {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 16) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZeros += 1;
    if (head[i + 1] === 0) oddZeros += 1;
  }
  const pairs = n / 2;
  if (oddZeros > 0.4 * pairs && evenZeros < 0.05 * pairs) return 'utf16le';
  if (evenZeros > 0.4 * pairs && oddZeros < 0.05 * pairs) return 'utf16be';
  return undefined;
}

/** Detects the encoding from the first bytes of a file. */
export function detectEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  const withoutBom = utf16WithoutBom(head);
  if (withoutBom) return withoutBom;
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf8';
  } catch {
    return 'win1252';
  }
}

/** Decodes a sample of the file for separator detection (BOM removed). */
export function decodeSample(head: Buffer, encoding: TextEncoding): string {
  return iconv.decode(head, encoding === 'utf8' ? 'utf8' : encoding).replace(/^\uFEFF/, '');
}

const CANDIDATES: readonly Exclude<Separator, 'spaces'>[] = [';', '\t', ',', '|'];
const PUNCH_LINE = /^\s*\S+\s+\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}/;

function mode(values: number[]): { value: number; count: number } {
  const counts = new Map<number, number>();
  for (const v of values) if (v > 0) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = { value: 0, count: 0 };
  for (const [value, count] of counts) if (count > best.count || (count === best.count && value > best.value)) best = { value, count };
  return best;
}

/**
 * Ranks the separators by how many sample lines they split into the same number of fields (then by
 * that number). Quoted text is ignored; title lines (no separator) do not count against a candidate.
 * The header search tries them in this order (SPEC §2.2: the header decides).
 */
export function rankSeparators(sample: string): Separator[] {
  // The limit stops the split after 60 lines: the sample is up to 4 MB.
  const lines = sample.split(/\r\n|\n|\r/, 60).filter((l) => l.trim() !== '');
  if (lines.length > 1) lines.pop(); // the last sampled line may be cut short
  const unquoted = lines.map((l) => l.replace(/"(?:[^"]|"")*"/g, '""'));
  const scored = CANDIDATES.map((sep, order) => {
    const m = mode(unquoted.map((l) => l.split(sep).length - 1));
    return { sep, score: m.count, fields: m.value, order };
  })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || b.fields - a.fields || a.order - b.order)
    .map((c) => c.sep as Separator);
  if (scored.length === 0 && lines.length > 0 && lines.every((l) => PUNCH_LINE.test(l))) return ['spaces'];
  return scored.length > 0 ? scored : [','];
}

/** The most likely separator of a sample. */
export function detectSeparator(sample: string): Separator {
  return rankSeparators(sample)[0]!;
}

/** Records packed for crossing a thread: plain data, any stage may use it. */

/**
 * A batch of records as it crosses between threads (parse workers to the reading thread, the writing
 * thread to the CSV writer): the short fields' texts joined into one string, the long fields as
 * strings of their own, and per record its field count then each field's length. Structured clone of a few strings and one typed array costs the parse worker about half of
 * what 500 × ~6 small strings in arrays cost, and the reading thread less than a third (round 4,
 * docs/performa.md); the texts are the same.
 */
export interface PackedRecords {
  text: string;
  long: string[];
  lengths: Uint32Array;
}

/**
 * From this length V8 makes a slice of a string a view that keeps the whole string alive: a kept
 * field (a name, an indicator) would keep its batch's text. Such fields cross as strings of their own.
 */
const VIEW_MIN = 13;

/** In `lengths`: a long field equal to the one above it (the NIP of a log's consecutive days), sent once. */
const SAME_AS_ABOVE = 0xffffffff;

export function packRecords(records: readonly (readonly string[])[]): PackedRecords {
  let count = records.length;
  for (let r = 0; r < records.length; r++) count += records[r]!.length;
  const lengths = new Uint32Array(count);
  const parts: string[] = [];
  const long: string[] = [];
  let above: readonly string[] = [];
  let at = 0;
  for (let r = 0; r < records.length; r++) {
    const record = records[r]!;
    lengths[at++] = record.length;
    for (let f = 0; f < record.length; f++) {
      const field = record[f]!;
      if (field.length < VIEW_MIN) {
        lengths[at++] = field.length;
        parts.push(field);
      } else if (field === above[f]) {
        lengths[at++] = SAME_AS_ABOVE;
      } else {
        lengths[at++] = field.length;
        long.push(field);
      }
    }
    above = record;
  }
  return { text: parts.join(''), long, lengths };
}

/** The records again; a repeated long field is one string (its hash, computed once, serves every lookup). */
export function unpackRecords({ text, long, lengths }: PackedRecords): string[][] {
  const records: string[][] = [];
  let above: string[] = [];
  let offset = 0;
  let next = 0;
  for (let at = 0; at < lengths.length; ) {
    const fields = lengths[at++]!;
    const record = new Array<string>(fields);
    for (let f = 0; f < fields; f++) {
      const length = lengths[at++]!;
      if (length === SAME_AS_ABOVE) record[f] = above[f]!;
      else if (length >= VIEW_MIN) record[f] = long[next++]!;
      else {
        record[f] = text.slice(offset, offset + length);
        offset += length;
      }
    }
    records.push(record);
    above = record;
  }
  return records;
}

/**
 * Keeps one copy of each repeated text (indicator names, units, scores as written): every cell a CSV
 * reader hands over is a fresh string, and records held for the whole run would keep them all.
 */

/** Returns a function mapping a text to the first equal text it saw (forgetting all past `limit`). */
export function textInterner(limit = 65_536): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    const known = seen.get(text);
    if (known !== undefined) return known;
    if (seen.size >= limit) seen.clear();
    seen.set(text, text);
    return text;
  };
}

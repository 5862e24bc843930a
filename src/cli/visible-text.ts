/**
 * Text that came from an input (a name, a NIP, a file name, a cell) may hold control characters: an
 * ANSI/OSC escape could recolour the terminal, retitle the window or clear the screen. Before such text
 * reaches a terminal its C0, DEL and C1 characters are written as visible escapes (`\x1b`).
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** The text with every control character made visible (`\x1b`, `\x07`, `\x9b`, …). */
export function visibleText(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

 
const JSON_UNESCAPED_CONTROL = /[\u007f-\u009f]/g;

/** JSON for a terminal: JSON.stringify escapes C0 characters; DEL and C1 are escaped too (`\u009b`). */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNESCAPED_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

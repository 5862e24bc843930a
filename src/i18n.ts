/** Language of messages and report labels (SPEC §1: Bahasa Indonesia by default, `--lang en`). */
export type Lang = 'id' | 'en';

/** Picks the text of a bilingual pair. */
export function pick(text: { id: string; en: string }, lang: Lang): string {
  return lang === 'en' ? text.en : text.id;
}

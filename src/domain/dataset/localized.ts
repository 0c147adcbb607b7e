/** Text in one or more languages; English is the fallback. Kept apart from the schema so
 * the first view does not load the validator. */
export type LocalizedText = { en: string } & Record<string, string>;

/** Picks the text in `lang`, else English. */
export function localized(text: LocalizedText | undefined, lang: string): string {
  if (!text) return '';
  return text[lang] ?? text.en;
}

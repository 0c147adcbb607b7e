/**
 * The interface languages, as a leaf module: the store and the catalogues both import it,
 * and it imports nothing. Adding a language = its code here and its catalogue in
 * `src/i18n/i18n.ts` (the compiler then asks for every message).
 */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français' };
/** BCP 47 locale used for Intl formatting in each language. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The first supported language among the browser's preferences, else English. */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

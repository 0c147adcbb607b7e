import { en, type MessageKey, type Messages } from './messages.en';
import { fr } from './messages.fr';

/** Adding a language = one new catalogue here. */
export const CATALOGUES = { en, fr } as const satisfies Record<string, Messages>;
export type Lang = keyof typeof CATALOGUES;
export const LANGS = Object.keys(CATALOGUES) as Lang[];
export const LANG_NAMES: Record<Lang, string> = { en: 'English', fr: 'Français' };
/** BCP 47 locale used for Intl formatting in each language. */
export const LOCALES: Record<Lang, string> = { en: 'en-GB', fr: 'fr-FR' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(CATALOGUES, value);
}

/** The first supported language among the browser's preferences, else English. */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return 'en';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Fills `{name}` slots; numbers are formatted for the language (100,000 / 100 000). */
export function fillMessage(
  text: string,
  vars: Record<string, string | number> | undefined,
  numbers: Intl.NumberFormat,
): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!Object.hasOwn(vars, name)) return m;
    const value = vars[name];
    return typeof value === 'number' ? numbers.format(value) : String(value);
  });
}

export function translator(lang: Lang): Translate {
  const messages = CATALOGUES[lang];
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  return (key, vars) => fillMessage(messages[key], vars, numbers);
}

import { en, type MessageKey, type Messages } from './messages.en';
import { fr } from './messages.fr';
import { LANGS, LANG_NAMES, LOCALES, isLang, detectLang, type Lang } from '../domain/lang';

/** Adding a language = its code in `src/domain/lang.ts` and one new catalogue here. */
export const CATALOGUES = { en, fr } as const satisfies Record<Lang, Messages>;
export { LANGS, LANG_NAMES, LOCALES, isLang, detectLang, type Lang };

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

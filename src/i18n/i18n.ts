import { en, type MessageKey, type Messages } from './messages.en';
import { LANGS, LANG_NAMES, LOCALES, isLang, detectLang, type Lang } from '../domain/lang';
import { typeset } from '../domain/text/typography';

/**
 * Adding a language = its code in `src/domain/lang.ts` and one new catalogue here. English is
 * in the first bundle (the fallback, and what the types check against); every other catalogue
 * is a chunk of its own, loaded for the language in use (`loadCatalogue`), so the first view
 * downloads one language.
 */
const LOADERS: { readonly [L in Exclude<Lang, 'en'>]: () => Promise<Messages> } = {
  fr: () => import('./messages.fr').then((m) => m.fr),
};

/** The catalogues; a language not loaded yet reads English until `loadCatalogue` resolves. */
export const CATALOGUES: Record<Lang, Messages> = { en, fr: en };
const loaded = new Set<Lang>(['en']);
const loading = new Map<Lang, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

export function isCatalogueLoaded(lang: Lang): boolean {
  return loaded.has(lang);
}

/** Loads `lang`'s catalogue (at once when it is already there). */
export function loadCatalogue(lang: Lang): Promise<void> {
  if (lang === 'en' || loaded.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = LOADERS[lang]().then(
      (messages) => {
        CATALOGUES[lang] = messages;
        loaded.add(lang);
        version += 1;
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        loading.delete(lang);
        throw error;
      },
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** For `useSyncExternalStore`: a number that changes each time a catalogue arrives. */
export function subscribeCatalogues(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function cataloguesVersion(): number {
  return version;
}
export { LANGS, LANG_NAMES, LOCALES, isLang, detectLang, type Lang };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * A plural choice, in ICU's syntax: `{n, plural, one {# day} other {# days}}`. The form is
 * chosen by `Intl.PluralRules` for the language (French: "1,5 jour", English "1.5 days");
 * `#` is the number, and a form may hold `{name}` slots.
 */
const PLURAL =
  /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const PLURAL_FORM = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();
function pluralRulesFor(numbers: Intl.NumberFormat): Intl.PluralRules {
  const locale = numbers.resolvedOptions().locale;
  let rules = pluralRulesByLocale.get(locale);
  if (!rules) pluralRulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function choosePlurals(
  text: string,
  vars: Record<string, string | number>,
  numbers: Intl.NumberFormat,
): string {
  if (!text.includes(', plural,')) return text;
  return text.replace(PLURAL, (m, name: string, body: string) => {
    const value = vars[name];
    if (typeof value !== 'number') return m;
    const forms = new Map<string, string>();
    for (const [, key, form] of body.matchAll(PLURAL_FORM)) forms.set(key!, form!);
    const form =
      forms.get(`=${value}`) ??
      forms.get(pluralRulesFor(numbers).select(value)) ??
      forms.get('other');
    return form === undefined ? m : form.replace(/#/g, numbers.format(value));
  });
}

/** The interface language whose numbers `numbers` formats (its typography follows). */
const langByNumbers = new WeakMap<Intl.NumberFormat, Lang>();
function langOf(numbers: Intl.NumberFormat): Lang {
  let lang = langByNumbers.get(numbers);
  if (!lang) {
    const locale = numbers.resolvedOptions().locale.toLowerCase();
    lang = LANGS.find((l) => locale.split('-')[0] === LOCALES[l].toLowerCase().split('-')[0]);
    langByNumbers.set(numbers, (lang ??= 'en'));
  }
  return lang;
}

/**
 * Fills `{name}` slots and plural choices; numbers are formatted for the language
 * (100,000 / 100 000). This is where the language's typography is set (`typeset`: the
 * French narrow no-break spaces), on the catalogue's text and never on the values filled in.
 */
export function fillMessage(
  text: string,
  vars: Record<string, string | number> | undefined,
  numbers: Intl.NumberFormat,
): string {
  text = typeset(langOf(numbers), text);
  if (!vars) return text;
  return choosePlurals(text, vars, numbers).replace(/\{(\w+)\}/g, (m, name: string) => {
    if (!Object.hasOwn(vars, name)) return m;
    const value = vars[name];
    return typeof value === 'number' ? numbers.format(value) : String(value);
  });
}

/** One number format per language: an Intl constructor costs far more than a message. */
const numberFormats = new Map<Lang, Intl.NumberFormat>();
function numbersFor(lang: Lang): Intl.NumberFormat {
  let numbers = numberFormats.get(lang);
  if (!numbers) numberFormats.set(lang, (numbers = new Intl.NumberFormat(LOCALES[lang])));
  return numbers;
}

/**
 * Makes the language's number and plural formats now: the first Intl constructor of a page
 * costs 30-100 ms (ICU's start-up). main.tsx calls it while the page waits for its data and
 * chunks, so the first render does not pay it.
 */
export function warmFormats(lang: Lang): void {
  pluralRulesFor(numbersFor(lang));
}

export function translator(lang: Lang): Translate {
  const messages = CATALOGUES[lang];
  const numbers = numbersFor(lang);
  return (key, vars) => fillMessage(messages[key], vars, numbers);
}

/** A feature's translator: its own catalogue (loaded with the feature) merged over the app's. */
export type FeatureTranslate<K extends string> = (
  key: MessageKey | K,
  vars?: Record<string, string | number>,
) => string;

export function featureTranslator<K extends string>(
  lang: Lang,
  own: Record<Lang, Record<K, string>>,
): FeatureTranslate<K> {
  // Typed by key: a message missing from a catalogue fails the type-check, never shows its key.
  const messages: Record<MessageKey | K, string> = { ...CATALOGUES[lang], ...own[lang] };
  const numbers = numbersFor(lang);
  return (key, vars) => fillMessage(messages[key], vars, numbers);
}

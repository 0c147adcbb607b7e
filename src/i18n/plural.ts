/**
 * Plural forms through Intl.PluralRules: `plural('fr', 1.5, { one: '…', other: '…' })`.
 * (A small helper; if the i18n layer grows its own, this one folds into it.)
 */
export type PluralForms = { readonly other: string } & Partial<
  Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>
>;

const rules = new Map<string, Intl.PluralRules>();

export function pluralRules(locale: string): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(locale, r);
  }
  return r;
}

export function plural(locale: string, n: number, forms: PluralForms): string {
  return forms[pluralRules(locale).select(n)] ?? forms.other;
}

/** The catalogue suffix for `n` where a catalogue has only `_one` and `_other` keys. */
export function oneOrOther(locale: string, n: number): 'one' | 'other' {
  return pluralRules(locale).select(n) === 'one' ? 'one' : 'other';
}

/** One cache of Intl.DisplayNames for regions, per locale. */
const cache = new Map<string, Intl.DisplayNames>();

/**
 * The name of a country in the interface's locale: an ISO 3166-1 alpha-2 code ("SA") becomes
 * its name ("Saudi Arabia", « Arabie saoudite »); any other text (a country as a record
 * names it, "U.S.S.R.") is shown as it is.
 */
export function countryName(value: string, locale: string): string {
  if (!/^[A-Z]{2}$/.test(value)) return value;
  let names = cache.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    cache.set(locale, names);
  }
  try {
    return names.of(value) ?? value;
  } catch {
    return value;
  }
}

/**
 * The one typography rule for the interface text of a language. French puts a narrow
 * no-break space (U+202F) before `: ; ! ?` and `»` and after `«`; the catalogues are written
 * without those spaces (or with any space) and `typeset` sets them, once, when a message is
 * filled. Addresses (`https://…`, `www.…`), times and ratios (`10:30`, `4.5:1`) are left
 * alone, and running it twice changes nothing.
 */
import type { Lang } from '../lang';

export const NARROW_NBSP = '\u202f';

/** Any space a writer may have typed before the punctuation (plain, no-break, thin, narrow). */
const SPACES = '[ \\u00a0\\u2009\\u202f]';
/** Addresses keep their `:` and `?` as they are. */
const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s«»"“”]*/giu;
/** A mark with the spaces before it, or `«` with the spaces after it. */
const MARK = new RegExp(`${SPACES}*([:;!?»])|«${SPACES}*`, 'gu');

/** French typography for a text, leaving addresses as they are. Idempotent. */
export function frenchTypography(text: string): string {
  const addresses = [...text.matchAll(ADDRESS)].map((m) => [m.index, m.index + m[0].length]);
  const inAddress = (i: number) => addresses.some(([a, b]) => i >= a! && i < b!);
  return text.replace(MARK, (match: string, mark: string | undefined, offset: number) => {
    if (mark === undefined) {
      // « and the spaces after it.
      const next = text[offset + match.length];
      return next === undefined || /[:;!?»]/u.test(next) || inAddress(offset)
        ? match
        : `«${NARROW_NBSP}`;
    }
    const at = offset + match.length - 1; // the mark
    if (inAddress(at)) return match;
    const prev = text[offset - 1];
    const next = text[at + 1];
    const spaced = match.length > 1;
    // Nothing to stand after (start of the text, or of a line, or a « that has its space).
    if (prev === undefined || (!spaced && /\s/u.test(prev))) return match;
    // "?!" and "!!" keep together; the first mark already has its space.
    if (!spaced && (mark === '!' || mark === '?') && (prev === '!' || prev === '?')) return match;
    // 10:30, 4.5:1 and C:/ are not punctuation.
    if (mark === ':' && !spaced && next !== undefined && /[\d/\\]/u.test(next)) return match;
    return NARROW_NBSP + mark;
  });
}

const RULES: Record<Lang, (text: string) => string> = {
  en: (text) => text,
  fr: frenchTypography,
};

/** The typography of `lang` applied to an interface text. */
export function typeset(lang: Lang, text: string): string {
  return RULES[lang](text);
}

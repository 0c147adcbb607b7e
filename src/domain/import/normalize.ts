/**
 * Name normalisation shared by the gazetteer, the country table and the column guesser:
 * case- and accent-insensitive, punctuation-blind, with a few abbreviations expanded
 * ("St." → "saint"), so "SAINT-PÉTERSBOURG", "St. Petersburg" and "saint petersburg"
 * compare equal.
 */
import { slug } from '../text/slug';

/** Letters that Unicode decomposition does not split into a base letter and a mark. */
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŀ: 'l',
};
const SPECIAL_RE = /[ßæœøłđðþıħŧŀ]/g;

const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  ft: 'fort',
  mt: 'mount',
};

const PLAIN = /^[A-Za-z0-9 ]*$/;
/** A word that ABBREVIATIONS expands (checked before splitting: most names have none). */
const ABBREVIATED = /(?:^| )(?:st|ste|ft|mt)(?: |$)/;

/** Lower case, no accents, no punctuation, single spaces; '' for blank input. */
export function normalizeName(text: string): string {
  const base = PLAIN.test(text) ? text.toLowerCase().replace(/ {2,}/g, ' ').trim() : slowBase(text);
  if (!base || !ABBREVIATED.test(base)) return base;
  const words = base.split(' ');
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const full = Object.hasOwn(ABBREVIATIONS, words[i]!) ? ABBREVIATIONS[words[i]!] : undefined;
    if (full) {
      words[i] = full;
      changed = true;
    }
  }
  return changed ? words.join(' ') : base;
}

function slowBase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL[c] ?? c)
    .replace(/[’'`´ʻʼ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A file's name without its extension ("trips.2025.csv" → "trips.2025"), at most 120 characters. */
export function fileBaseName(file: string): string {
  return file.replace(/\.[^.]+$/, '').slice(0, 120) || file;
}

/** Words for "saint" in the languages of place names; one key for all of them. */
const SAINTS = /\b(?:saint|sainte|san|santo|santa|sao|sankt|sant|st|ste|s)\b/g;
/** Prefixes a name is also written without: "Bad Nauheim" = "Nauheim". */
const DROPPED_PREFIX = /^(?:bad|the|el|al|la|le|ad|an|ciudad|cidade|ciudad de|cidade de|city of) /;

/**
 * A normalised name (normalizeName) made forgiving: without a "Bad"/"the"/"al"/"Ciudad" prefix,
 * every "saint" word alike, and no spaces ("Da Nang" = "Danang").
 */
export function looseName(normalized: string): string {
  return normalized.replace(DROPPED_PREFIX, '').replace(SAINTS, 'st').replace(/ /g, '');
}

/** An id-safe slug: letters, digits and dashes (ids allow A-Z a-z 0-9 _ . : -). */
export function slugify(text: string, fallback = 'item'): string {
  // Names that normalise alike ("St. Petersburg", "Saint-Pétersbourg") give one slug.
  return slug(normalizeName(text), fallback);
}

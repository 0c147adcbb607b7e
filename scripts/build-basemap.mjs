#!/usr/bin/env node
/**
 * `npm run basemap`: prepares the offline base map, src/data/basemap.v1.json, from Natural
 * Earth's 1:50m countries (the world-atlas package): rings unwrapped at the antimeridian,
 * projected to Web Mercator and written as SVG path data in world units, with the copies
 * 360° east and west that can be in view (src/domain/geo/baseMapPaths.ts, bundled once
 * with Vite so Node can run it). The page then decodes and projects nothing at start.
 * tests/unit/geo/baseMapPaths.test.ts fails when the file is out of date.
 *
 * Usage: node scripts/build-basemap.mjs [--check]   (--check: fail if the output would change)
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import { ROOT, loadDomainModule, writeOrCheck } from './lib/loadDomainModule.mjs';

const OUT = join(ROOT, 'src', 'data', 'basemap.v1.json');

const { baseMapText } = await loadDomainModule('geo/baseMapPaths.ts');
const topology = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
);
const text = baseMapText(feature(topology, topology.objects.countries));

writeOrCheck(OUT, text, { check: process.argv.includes('--check'), command: 'npm run basemap' });

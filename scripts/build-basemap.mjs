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
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { feature } from 'topojson-client';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src', 'data', 'basemap.v1.json');
const check = process.argv.includes('--check');

async function loadBuilder() {
  const { build } = await import('vite');
  const outDir = join(ROOT, 'node_modules', '.cache', 'basemap-gen');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      lib: {
        entry: join(ROOT, 'src', 'domain', 'geo', 'baseMapPaths.ts'),
        formats: ['es'],
        fileName: () => 'baseMapPaths.mjs',
      },
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      reportCompressedSize: false,
    },
  });
  const url = pathToFileURL(join(outDir, 'baseMapPaths.mjs'));
  url.search = `?t=${Date.now()}`;
  return import(url.href);
}

const { baseMapText } = await loadBuilder();
const topology = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-50m.json'), 'utf8'),
);
const text = baseMapText(feature(topology, topology.objects.countries));

if (check) {
  let old = '';
  try {
    old = readFileSync(OUT, 'utf8');
  } catch {
    /* missing */
  }
  if (old !== text) {
    console.error(`${OUT} is out of date: run npm run basemap`);
    process.exit(1);
  }
  console.log('up to date');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT} (${(text.length / 1024).toFixed(0)} KB)`);
}

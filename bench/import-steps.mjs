#!/usr/bin/env node
/**
 * Times the import's pure steps in Node on the bench's CSV (default 100,000 rows):
 * `node bench/import-steps.mjs [rows]`; add `--cpu-prof` before the script
 * (`node --cpu-prof --cpu-prof-dir=bench/results bench/import-steps.mjs`) for a CPU profile.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(ROOT, 'node_modules', '.cache', 'bench-import-steps');
const { build } = await import('vite');
await build({
  configFile: false,
  root: ROOT,
  logLevel: 'warn',
  publicDir: false,
  build: {
    lib: {
      entry: join(ROOT, 'bench', 'importSteps.ts'),
      formats: ['es'],
      fileName: () => 'steps.mjs',
    },
    outDir,
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    reportCompressedSize: false,
    rollupOptions: { external: [/^node:/] },
  },
});
const mod = await import(`${pathToFileURL(join(outDir, 'steps.mjs')).href}?t=${Date.now()}`);
mod.run(join(ROOT, 'public', 'gazetteer', 'cities.v1.tsv'), Number(process.argv[2] ?? 100_000));

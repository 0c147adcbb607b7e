/**
 * Node cannot import the TypeScript of src/domain directly: the generators (build-basemap,
 * build-records) bundle the one module they need with Vite into node_modules/.cache and
 * import that. The domain is pure (no DOM, no React), so the bundle runs in Node as is.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Bundles `src/domain/<path>` (e.g. 'geo/baseMapPaths.ts') for Node and imports it.
 * @param {string} path the module, relative to src/domain
 * @returns {Promise<Record<string, unknown>>} the module's exports
 */
export async function loadDomainModule(path) {
  const name = basename(path, extname(path));
  return loadForNode(join(ROOT, 'src', 'domain', path), join('domain-modules', name));
}

/**
 * Bundles any TypeScript entry of the repository for Node (into node_modules/.cache/<cache>)
 * and imports it: the domain modules above, and the bench's Node probes.
 * @param {string} entry the entry file
 * @param {string} cache its folder under node_modules/.cache
 * @returns {Promise<Record<string, unknown>>} the module's exports
 */
export async function loadForNode(entry, cache) {
  const { build } = await import('vite');
  const name = basename(entry, extname(entry));
  const outDir = join(ROOT, 'node_modules', '.cache', cache);
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      lib: { entry, formats: ['es'], fileName: () => `${name}.mjs` },
      outDir,
      emptyOutDir: true,
      minify: false,
      target: 'node20',
      reportCompressedSize: false,
      rollupOptions: { external: [/^node:/] },
    },
  });
  const url = pathToFileURL(join(outDir, `${name}.mjs`));
  url.search = `?t=${Date.now()}`;
  return import(url.href);
}

/**
 * Writes a generated file, or with `check` only compares it: exits 1 when the committed
 * file differs from `text` (the generators' `--check`).
 * @param {string} out the file
 * @param {string} text its new content
 * @param {{ check: boolean, command: string }} options `command` rebuilds it (for the message)
 */
export function writeOrCheck(out, text, { check, command }) {
  if (check) {
    let old = '';
    try {
      old = readFileSync(out, 'utf8');
    } catch {
      /* missing */
    }
    if (old !== text) {
      console.error(`${out} is out of date: run ${command}`);
      process.exit(1);
    }
    console.log('up to date');
  } else {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
    console.log(`wrote ${out} (${(text.length / 1024).toFixed(0)} KB)`);
  }
}

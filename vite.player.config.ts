/**
 * The single-file player (`dist/player.html`): a second build of the app from
 * `player.html` with every script, style and asset (the offline base map included)
 * inlined by vite-plugin-singlefile. `vite.config.ts` runs it during the main build,
 * adds its Content-Security-Policy and emits it into dist, where the service worker
 * precaches it; the Share dialog fills its data element with the open story.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';

const STUBS = fileURLToPath(new URL('./src/player/stubs.tsx', import.meta.url));
/** Modules the player leaves out (import worker, saved datasets, sharing). */
const LEFT_OUT = [
  '/src/import/ImportControl.tsx',
  '/src/share/ShareButton.tsx',
  '/src/share/SharedStoryBarLazy.tsx',
];

function leaveOut(): Plugin {
  return {
    name: 'player-leave-out',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved && LEFT_OUT.some((p) => resolved.id.replace(/\\/g, '/').endsWith(p)))
        return STUBS;
      return resolved;
    },
  };
}

const COUNTRIES = 'world-atlas/countries-50m.json?url';
const COUNTRIES_MODULE = '\0player-countries';

/**
 * The base map's country outlines as text in the code (760 KB) rather than a base64
 * data: address (1 MB): the layer fetches them from a blob: address made at start.
 */
function inlineCountries(): Plugin {
  return {
    name: 'player-inline-countries',
    enforce: 'pre',
    resolveId(source) {
      return source === COUNTRIES ? COUNTRIES_MODULE : null;
    },
    load(id) {
      if (id !== COUNTRIES_MODULE) return null;
      return [
        "import text from 'world-atlas/countries-50m.json?raw';",
        "export default URL.createObjectURL(new Blob([text], { type: 'application/json' }));",
      ].join('\n');
    },
  };
}

export default defineConfig({
  plugins: [
    inlineCountries(),
    leaveOut(),
    react(),
    viteSingleFile({ removeViteModuleLoader: true }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    outDir: 'dist-player',
    emptyOutDir: false,
    // Everything inline, the base map too (read with fetch from a data: address).
    assetsInlineLimit: 100 * 1024 * 1024,
    rollupOptions: { input: fileURLToPath(new URL('./player.html', import.meta.url)) },
  },
  logLevel: 'warn',
});

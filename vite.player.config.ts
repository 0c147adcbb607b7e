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
import { trimLeafletScript } from './scripts/lib/trimLeafletJs.mjs';
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

/** JSON assets the player reads with fetch: inlined as text, read from blob: addresses. */
const INLINED_JSON = [
  // The base map: the map's base layer and the hand-out maps (src/data/baseMap.ts).
  { url: './basemap.v1.json?url', raw: '/src/data/basemap.v1.json?raw' },
];
const INLINED_PREFIX = '\0player-json:';

/**
 * JSON assets as text in the code (the base map's 614 KB) rather than base64 data:
 * addresses (a third more): each is fetched from a blob: address made at start.
 */
function inlineJson(): Plugin {
  return {
    name: 'player-inline-json',
    enforce: 'pre',
    resolveId(source) {
      const i = INLINED_JSON.findIndex((a) => a.url === source);
      return i >= 0 ? `${INLINED_PREFIX}${i}` : null;
    },
    load(id) {
      if (!id.startsWith(INLINED_PREFIX)) return null;
      const asset = INLINED_JSON[Number(id.slice(INLINED_PREFIX.length))];
      if (!asset) return null;
      return [
        `import text from ${JSON.stringify(asset.raw)};`,
        "export default URL.createObjectURL(new Blob([text], { type: 'application/json' }));",
      ].join('\n');
    },
  };
}

export default defineConfig({
  plugins: [
    inlineJson(),
    leaveOut(),
    trimLeafletScript(),
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

/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { trimLeafletCss } from './scripts/lib/trimLeafletCss.mjs';
import { trimLeafletScript } from './scripts/lib/trimLeafletJs.mjs';

/**
 * Content-Security-Policy for the built app: no inline script, no foreign script origins.
 * Added at build time only, because the dev server injects an inline React-refresh preamble.
 * Servers should send the same policy as a header (see README).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https://tile.openstreetmap.org",
  "connect-src 'self' https:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * Starts the download of the bundled story (fetched as data by `src/app/loadBundledStory.ts`)
 * and of the offline base map (`src/map/layers/BaseMapLayer.tsx`) with the page's scripts,
 * rather than after them.
 */
function preloadBundledStory(): Plugin {
  return {
    name: 'preload-bundled-story',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) => {
        const files = Object.keys(ctx.bundle ?? {});
        const data = [
          files.find((f) => /(^|\/)afp-2025-02-26-[\w-]+\.json$/.test(f)),
          files.find((f) => /(^|\/)basemap\.v\d+-[\w-]+\.json$/.test(f)),
        ];
        return data.flatMap((file) =>
          file
            ? [
                {
                  tag: 'link',
                  attrs: {
                    rel: 'preload',
                    href: `/${file}`,
                    as: 'fetch',
                    crossorigin: 'anonymous',
                  },
                  injectTo: 'head' as const,
                },
              ]
            : [],
        );
      },
    },
  };
}

/**
 * Leaflet's stylesheet without the parts the app never uses (popups, tooltips, the layers
 * and scale controls, the default icon and its inlined images): scripts/lib/trimLeafletCss.mjs.
 */
function trimLeafletStylesheet(): Plugin {
  return {
    name: 'trim-leaflet-css',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]leaflet[\\/]dist[\\/]leaflet\.css$/.test(id.split('?')[0] ?? '')) return null;
      return { code: trimLeafletCss(code), map: null };
    },
  };
}

/**
 * The single-file player's policy: its own inline scripts only (by hash), no foreign
 * script, no network but the optional OpenStreetMap tiles; the inlined base map is read
 * from a blob: address.
 */
export function playerContentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.map((h) => `'sha256-${h}'`).join(' ')}`,
    "style-src 'unsafe-inline'",
    'img-src data: blob: https://tile.openstreetmap.org',
    'connect-src data: blob:',
    'font-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** Adds the policy to the built player page, hashing each inline script it runs. */
export function withPlayerCsp(html: string): string {
  const hashes: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/i.test(attrs)) throw new Error('player.html must not load scripts');
    if (/type=["']?application\/json/i.test(attrs)) continue;
    hashes.push(
      createHash('sha256')
        .update(m[2] ?? '', 'utf8')
        .digest('base64'),
    );
  }
  const meta = `<meta http-equiv="Content-Security-Policy" content="${playerContentSecurityPolicy(hashes)}">`;
  // Right after the charset, which must come first.
  const charset = /<meta charset="UTF-8"\s*\/?>/i;
  if (!charset.test(html)) throw new Error('player.html has no charset meta');
  return html.replace(charset, (m) => `${m}\n    ${meta}`);
}

/**
 * Builds the single-file player (vite.player.config.ts) during the main build and emits it
 * as dist/player.html, so the service worker precaches it with the rest.
 */
function singleFilePlayer(): Plugin {
  return {
    name: 'single-file-player',
    apply: 'build',
    async generateBundle() {
      const { build } = await import('vite');
      const result = await build({
        configFile: fileURLToPath(new URL('./vite.player.config.ts', import.meta.url)),
        build: { write: false },
      });
      const outputs = Array.isArray(result) ? result : [result];
      const page = outputs
        .flatMap((o) => ('output' in o ? o.output : []))
        .find((f) => f.fileName.endsWith('.html'));
      if (!page || page.type !== 'asset') throw new Error('the player build made no HTML page');
      this.emitFile({
        type: 'asset',
        fileName: 'player.html',
        source: withPlayerCsp(String(page.source)),
      });
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    trimLeafletScript(),
    trimLeafletStylesheet(),
    contentSecurityPolicy(),
    preloadBundledStory(),
    singleFilePlayer(),
    // Offline after the first visit: the app shell, the base map and the bundled data are
    // precached; the import gazetteer is cached the first time an import needs it.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'Diplomatic travel explorer',
        short_name: 'Travel explorer',
        description: 'A map and a timeline of diplomatic travel, kept in step.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b3d5c',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
        globIgnores: ['bench-data/**', 'gazetteer/**'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.includes('/gazetteer/'),
            handler: 'CacheFirst',
            options: { cacheName: 'gazetteer' },
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    // No modulepreload polyfill in the first bundle: a browser without <link rel=modulepreload>
    // (Safari before 17) fetches those chunks when the entry imports them, and still works.
    modulePreload: { polyfill: false },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/helpers/setupStore.ts'],
          // Property tests run 10,000 cases each; a loaded 2-core CI machine needs room.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/component/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['tests/helpers/setupDom.ts', 'tests/helpers/setupStore.ts'],
          // A whole import through the dialog takes seconds on a loaded 2-core machine.
          testTimeout: 30_000,
        },
      },
    ],
  },
});

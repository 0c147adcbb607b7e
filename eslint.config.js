import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import { readdirSync } from 'node:fs';

/** Untrusted text never becomes HTML: the sinks of the DOM, React and Leaflet. */
const HTML_SINKS = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Data never becomes HTML: set textContent or build DOM nodes.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Data never becomes HTML: insert DOM nodes (insertAdjacentElement/Text).',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: 'document.write parses HTML: build DOM nodes.',
  },
  {
    // As a JSX attribute, in an object spread into props, or passed to createElement.
    selector:
      ":matches(JSXIdentifier, Identifier)[name='dangerouslySetInnerHTML'], Literal[value='dangerouslySetInnerHTML']",
    message: 'Data never becomes HTML: render text as React children.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(bindPopup|bindTooltip|setContent|setPopupContent|setTooltipContent)$/][arguments.0.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]',
    message: 'Leaflet parses a string as HTML: pass a DOM node built from text.',
  },
  {
    selector:
      ":matches(CallExpression[callee.property.name='divIcon'], CallExpression[callee.name='divIcon'], NewExpression[callee.property.name='DivIcon']) Property[key.name='html'][value.type=/^(Literal|TemplateLiteral|BinaryExpression)$/]",
    message: 'A divIcon html string is parsed as HTML: pass a DOM node built from text.',
  },
];

/** What only a browser has: the domain runs in node and in a worker as well. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'matchMedia',
  'alert',
  'HTMLElement',
  'Element',
];
const PURE = 'src/domain is pure: no browser globals (pass values in).';

/**
 * Every folder of src/ but the domain, read from the tree so that a new folder (src/studio,
 * src/charts…) is above the domain the day it is created, not when someone adds it here.
 */
const ABOVE_DOMAIN = readdirSync(new URL('./src/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'domain')
  .map((entry) => `./src/${entry.name}`)
  .sort();

/** Leaflet loaded later (`import('leaflet')`): the import rules see only static imports. */
const LEAFLET_LOADED_LATER = {
  selector: 'ImportExpression[source.value=/^(react-)?leaflet(\\u002F|$)/]',
  message: 'Leaflet is imported only under src/map.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/results',
      // Files that must fail lint, linted by tests/unit/lint/boundaries.test.ts.
      'tests/lint/fixtures',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': ['error', ...HTML_SINKS],
    },
  },
  {
    // Which folder may import which (resolved paths, not import strings).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ABOVE_DOMAIN,
              message: 'src/domain depends on nothing above it.',
            },
            {
              target: './src/store',
              // The store's sync modules (editingSync.ts) may talk to storage, as urlSync
              // talks to the address; nothing of the UI.
              from: ABOVE_DOMAIN.filter((dir) => dir !== './src/store' && dir !== './src/storage'),
              message: 'The store depends on the domain only (languages: src/domain/lang.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // Leaflet lives under src/map only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['leaflet', 'leaflet/*', 'react-leaflet', 'react-leaflet/*'],
              message: 'Leaflet is imported only under src/map.',
            },
          ],
        },
      ],
      'no-restricted-syntax': ['error', ...HTML_SINKS, LEAFLET_LOADED_LATER],
    },
  },
  {
    // Under src/map: Leaflet is a trimmed ES module (scripts/lib/trimLeafletJs.mjs) that lacks
    // the parts react-leaflet's index re-exports (and has no default export: `import * as L`).
    files: ['src/map/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'react-leaflet',
              message:
                "Import react-leaflet's parts by path (react-leaflet/MapContainer, react-leaflet/hooks): its index names components whose Leaflet classes the build leaves out (scripts/lib/trimLeafletJs.mjs).",
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure (this block comes last so it wins over the one above).
    files: ['src/domain/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({ name, message: PURE })),
        { name: 'self', message: PURE },
      ],
      // The same names reached through globalThis (self, a worker's global, is banned above).
      'no-restricted-properties': [
        'error',
        ...BROWSER_GLOBALS.map((property) => ({ object: 'globalThis', property, message: PURE })),
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/domain is pure TypeScript.' },
            {
              group: ['leaflet', 'leaflet/*', 'react-leaflet'],
              message: 'src/domain is pure TypeScript.',
            },
            { group: ['zustand', 'zustand/*'], message: 'src/domain knows nothing of the store.' },
            {
              group: ['**/store/**', '**/map/**', '**/timeline/**', '**/panels/**', '**/app/**'],
              message: 'src/domain depends on nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain holds no components.
    files: ['src/domain/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...HTML_SINKS,
        LEAFLET_LOADED_LATER,
        { selector: 'Program', message: 'src/domain is pure TypeScript: no .tsx files.' },
      ],
    },
  },
);

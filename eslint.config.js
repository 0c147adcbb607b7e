import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data never becomes HTML: render text as React children.',
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
    },
  },
  {
    // The domain is pure (this block comes last so it wins over the one above).
    files: ['src/domain/**/*.ts'],
    rules: {
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
);

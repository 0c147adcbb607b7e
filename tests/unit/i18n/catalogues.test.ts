/**
 * Every catalogue, found by its file (`src/i18n/<name>.en.ts` and its French twin): a new
 * catalogue is checked the day its files exist. The main catalogue, its parts and each
 * feature's own (loaded with the feature) get the same checks.
 */
import { describe, it, expect } from 'vitest';
import { LANGS, featureTranslator, type Lang } from '../../../src/i18n/i18n';
import { en as main } from '../../../src/i18n/messages.en';

const english = import.meta.glob<Record<string, unknown>>('../../../src/i18n/*.en.ts', {
  eager: true,
});
const french = import.meta.glob<Record<string, unknown>>('../../../src/i18n/*.fr.ts', {
  eager: true,
});
const byLang: Record<Lang, Record<string, Record<string, unknown>>> = { en: english, fr: french };

/** The app's code, catalogues left out: where a key must be used to earn its place. */
const code = Object.entries(
  import.meta.glob<string>('../../../src/**/*.{ts,tsx}', {
    eager: true,
    query: '?raw',
    import: 'default',
  }),
)
  .filter(([path]) => !/\/src\/i18n\/[^/]+\.(en|fr)\.ts$/.test(path))
  .map(([, text]) => text)
  .join('\n');

/**
 * Whether the code names `key`: as a string ('key'), a property (.key) or, for keys like
 * `kind_visit`, a key made from its prefix (`kind_${…}`).
 */
function isUsed(key: string): boolean {
  const quoted = new RegExp(`['"\`]${key}['"\`]|\\.${key}\\b`);
  const made = key.includes('_') ? `\`${key.slice(0, key.lastIndexOf('_') + 1)}\${` : null;
  return quoted.test(code) || (made !== null && code.includes(made));
}

/** The keys of a catalogue object, nested objects (problem texts) as `a.b`. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' || typeof v === 'function' ? [prefix + k] : keysOf(v, `${prefix}${k}.`),
  );
}

/** The `{name}` slots and plural choices (`{n, plural, …}`) of a text, each once, sorted. */
const slots = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]!))].sort();

const isFlat = (catalogue: unknown): catalogue is Record<string, string> =>
  typeof catalogue === 'object' &&
  catalogue !== null &&
  Object.values(catalogue).every((text) => typeof text === 'string');

/** Each catalogue module, by file: its exports in every language (in the same order). */
const modules = Object.keys(english).map((path) => ({
  path,
  name: path
    .split('/')
    .pop()!
    .replace(/\.en\.ts$/, ''),
  exports: Object.fromEntries(
    LANGS.map((lang) => [lang, byLang[lang][path.replace(/\.en\.ts$/, `.${lang}.ts`)]]),
  ) as Record<Lang, Record<string, unknown> | undefined>,
}));

/** The flat catalogues (all but the problem texts, whose texts may be functions). */
const flat = modules.flatMap(({ name, exports }) =>
  Object.values(exports.en!).flatMap((catalogue, i) =>
    isFlat(catalogue)
      ? [
          {
            name,
            catalogues: Object.fromEntries(
              LANGS.map((lang) => [lang, Object.values(exports[lang] ?? {})[i] ?? {}]),
            ) as Record<Lang, Record<string, string>>,
          },
        ]
      : [],
  ),
);

describe('catalogues', () => {
  it('are found (the glob is not empty), the feature catalogues among them', () => {
    expect(modules.length).toBeGreaterThan(5);
    for (const name of ['messages', 'controls', 'studio', 'importDialog', 'shareDialog'])
      expect(flat.map((c) => c.name)).toContain(name);
  });

  describe.each(modules)('$name', ({ exports }) => {
    it('has a twin in every language with every key', () => {
      const en = Object.values(exports.en!);
      for (const lang of LANGS) {
        expect(exports[lang], `the ${lang} module`).toBeDefined();
        const other = Object.values(exports[lang]!);
        expect(other, lang).toHaveLength(en.length);
        en.forEach((catalogue, i) => {
          const missing = keysOf(catalogue).filter((k) => !keysOf(other[i]).includes(k));
          expect(missing, `English keys missing in ${lang}`).toEqual([]);
          const extra = keysOf(other[i]).filter((k) => !keysOf(catalogue).includes(k));
          expect(extra, `${lang} keys English has not`).toEqual([]);
        });
      }
    });
  });

  describe.each(flat)('$name', ({ catalogues }) => {
    const keys = Object.keys(catalogues.en);

    it('has no empty text and the same slots in every language', () => {
      for (const lang of LANGS)
        for (const key of keys) {
          const text = catalogues[lang][key] ?? '';
          expect(text.trim(), `${lang} ${key}`).not.toBe('');
          expect(slots(text), `${lang} ${key}`).toEqual(slots(catalogues.en[key]!));
        }
    });

    it('has no text the app never shows (every key is used in src)', () => {
      expect(keys.filter((key) => !isUsed(key))).toEqual([]);
    });

    it('is a part of the main catalogue or a feature’s own, with no key in both', () => {
      const shared = keys.filter((key) => Object.hasOwn(main, key));
      if (shared.length !== keys.length) expect(shared, 'keys also in the main one').toEqual([]);
    });

    it('gives plain text for every plural message and count', () => {
      for (const lang of LANGS) {
        const t = featureTranslator(lang, catalogues) as (
          key: string,
          vars: Record<string, number>,
        ) => string;
        for (const key of keys) {
          const text = catalogues[lang][key] ?? '';
          if (!text.includes(', plural,')) continue;
          for (const n of [0, 0.5, 1, 2, 5, 21]) {
            const vars = Object.fromEntries(slots(text).map((name) => [name, n]));
            expect(t(key, vars), `${lang} ${key} ${n}`).not.toMatch(/[{}#]|plural/);
          }
        }
      }
    });
  });
});

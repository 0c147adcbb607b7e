import { describe, it, expect } from 'vitest';
import { CATALOGUES, LANGS } from '../../../src/i18n/i18n';
import { STUDIO_CATALOGUES, studioTranslator } from '../../../src/studio/useStudioT';

// The editor's catalogue loads with the editor, apart from the main one: the same checks.
describe('the story editor catalogue', () => {
  it('has the same keys in every language, none empty, none also in the main catalogue', () => {
    const keys = Object.keys(STUDIO_CATALOGUES.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(STUDIO_CATALOGUES[lang]).sort(), lang).toEqual(keys);
      for (const [key, text] of Object.entries(STUDIO_CATALOGUES[lang])) {
        expect(String(text).trim(), `${lang} ${key}`).not.toBe('');
        expect(Object.hasOwn(CATALOGUES[lang], key), `${lang} ${key} twice`).toBe(false);
      }
    }
  });

  it('translates the editor text and the app text in both languages', () => {
    expect(studioTranslator('en')('doneEditing')).toBe('Done editing');
    expect(studioTranslator('fr')('doneEditing')).toBe('Terminer la modification');
    expect(studioTranslator('fr')('chronology')).toBe('Chronologie');
  });

  it('gives plain text for every plural message and count', () => {
    for (const lang of LANGS) {
      const t = studioTranslator(lang) as (k: string, v: Record<string, number>) => string;
      for (const [key, text] of Object.entries(STUDIO_CATALOGUES[lang])) {
        if (!text.includes(', plural,')) continue;
        const names = [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]!);
        for (const n of [0, 1, 2, 21]) {
          const vars = Object.fromEntries(names.map((name) => [name, n]));
          expect(t(key, vars), `${lang} ${key} ${n}`).not.toMatch(/[{}#]|plural/);
        }
      }
    }
  });
});

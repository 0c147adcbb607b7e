import { describe, it, expect } from 'vitest';
import { CATALOGUES, LANGS } from '../../../src/i18n/i18n';
import { CONTROLS_CATALOGUES, controlsTranslator } from '../../../src/ui/useControlsT';

// The header controls' catalogue loads with them, apart from the main one: the same checks.
describe("the header controls' catalogue", () => {
  it('has the same keys in every language, none empty, none also in the main catalogue', () => {
    const keys = Object.keys(CONTROLS_CATALOGUES.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(CONTROLS_CATALOGUES[lang]).sort(), lang).toEqual(keys);
      for (const [key, text] of Object.entries(CONTROLS_CATALOGUES[lang])) {
        expect(String(text).trim(), `${lang} ${key}`).not.toBe('');
        expect(Object.hasOwn(CATALOGUES[lang], key), `${lang} ${key} twice`).toBe(false);
      }
    }
  });

  it('translates the controls’ text and the app text in both languages', () => {
    expect(controlsTranslator('en')('importData')).toBe('Import data');
    expect(controlsTranslator('fr')('importData')).toBe('Importer des données');
    expect(controlsTranslator('fr')('chronology')).toBe('Chronologie');
    expect(controlsTranslator('en')('datasetsEventCount', { n: 2, date: '2025-02-26' })).toBe(
      '2 events, saved 2025-02-26',
    );
  });
});

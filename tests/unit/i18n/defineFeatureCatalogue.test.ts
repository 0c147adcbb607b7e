import { describe, it, expect } from 'vitest';
import type { Lang } from '../../../src/i18n/i18n';
import { defineFeatureCatalogue } from '../../../src/i18n/useFeatureT';
import { controlsTranslator } from '../../../src/ui/useControlsT';
import { studioTranslator } from '../../../src/studio/useStudioT';
import { importTranslator } from '../../../src/import/useImportT';
import { shareTranslator } from '../../../src/share/useShareT';

describe('defineFeatureCatalogue', () => {
  const feature = defineFeatureCatalogue({
    en: { greeting: 'Hello {name}' },
    fr: { greeting: 'Bonjour {name}' },
  });

  it('translates the feature’s own text and the app’s, in each language', () => {
    expect(feature.catalogues.fr.greeting).toBe('Bonjour {name}');
    expect(feature.translator('en')('greeting', { name: 'Ada' })).toBe('Hello Ada');
    expect(feature.translator('fr')('greeting', { name: 'Ada' })).toBe('Bonjour Ada');
    expect(feature.translator('fr')('chronology')).toBe('Chronologie');
  });

  it('types French and the keys by the English catalogue', () => {
    // Never called: they only have to fail the type-check (tsc -b covers the tests).
    const wrong = () => {
      // @ts-expect-error French misses a key that English has
      defineFeatureCatalogue({ en: { a: 'A', b: 'B' }, fr: { a: 'A' } });
      // @ts-expect-error French has a key that English has not
      defineFeatureCatalogue({ en: { a: 'A' }, fr: { a: 'A', c: 'C' } });
      // @ts-expect-error a key neither the feature nor the app has
      feature.translator('en')('noSuchMessage');
    };
    void wrong;
  });

  // Each feature's catalogues are its own, English and French the right way round (their
  // keys, text and slots are checked for every catalogue in catalogues.test.ts).
  const read = (lang: Lang) => ({
    controls: controlsTranslator(lang)('datasetsEventCount', { n: 2, date: '2025-02-26' }),
    studio: studioTranslator(lang)('doneEditing'),
    import: importTranslator(lang)('importDialogTitle'),
    share: shareTranslator(lang)('shareTitle'),
  });
  it.each([
    ['controls', '2 events, saved 2025-02-26', '2 événements, enregistré le 2025-02-26'],
    ['studio', 'Done editing', 'Terminer la modification'],
    ['import', 'Import data', 'Importer des données'],
    ['share', 'Share this story', 'Partager ce récit'],
  ] as const)('the %s translator reads its own text', (feature, en, fr) => {
    expect(read('en')[feature]).toBe(en);
    expect(read('fr')[feature]).toBe(fr);
  });
});

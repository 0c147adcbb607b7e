import { describe, it, expect } from 'vitest';
import { defineFeatureCatalogue } from '../../../src/i18n/useFeatureT';

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
});

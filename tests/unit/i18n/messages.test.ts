/** Plural forms and complete catalogues: no "Import 1 events", no message missing. */
import { describe, it, expect } from 'vitest';
import { CATALOGUES, LANGS, translator } from '../../../src/i18n/i18n';
import { importTranslator } from '../../../src/import/useImportT';
import type { MessageKey } from '../../../src/i18n/messages.en';
import type { TravelEvent } from '../../../src/domain/dataset/schema';
import type { LoadFailure } from '../../../src/app/loadFromAddress';
import type { BrokenRecord } from '../../../src/storage/repository';
import { CONTROLS_CATALOGUES } from '../../../src/ui/useControlsT';

describe('plural forms', () => {
  it('follow each language: French uses the singular below 2, English only for 1', () => {
    const en = translator('en');
    const fr = translator('fr');
    expect(fr('speedOption', { n: 0.5, label: '½' })).toBe('½ jour par seconde');
    expect(fr('speedOption', { n: 1, label: 1 })).toBe('1 jour par seconde');
    expect(fr('speedOption', { n: 2, label: 2 })).toBe('2 jours par seconde');
    expect(en('speedOption', { n: 0.5, label: '½' })).toBe('½ days per second');
    expect(en('speedOption', { n: 1, label: 1 })).toBe('1 day per second');
    expect(en('speedOption', { n: 7, label: 7 })).toBe('7 days per second');
    expect(en('moreEventsToday', { n: 1 })).toBe('1 more event this day');
    expect(fr('moreEventsToday', { n: 3 })).toBe('3 autres événements ce jour-là');
  });

  it('say "1 event" and "12,000 events" in the import dialog', () => {
    const en = importTranslator('en');
    const fr = importTranslator('fr');
    expect(en('importDone', { title: 'Trips', n: 1 })).toBe('“Trips” is open: 1 event.');
    expect(en('importDone', { title: 'Trips', n: 12000 })).toBe('“Trips” is open: 12,000 events.');
    expect(fr('importAppDataset', { events: 1, places: 3 })).toBe(
      'Un jeu de données de cette application\u202f: 1 événement, 3 lieux.',
    );
    expect(en('importMoreProblems', { n: 1 })).toBe('… and 1 more problem');
  });

  it('say "Import 1 event" and "without the 1 row left out" on the import button', () => {
    const en = importTranslator('en');
    const fr = importTranslator('fr');
    expect(en('importConfirm', { n: 1 }) + en('importLeavingOut', { m: 1 })).toBe(
      'Import 1 event without the 1 row left out',
    );
    expect(en('importConfirm', { n: 2 }) + en('importLeavingOut', { m: 3 })).toBe(
      'Import 2 events without the 3 rows left out',
    );
    expect(fr('importConfirm', { n: 1 }) + fr('importLeavingOut', { m: 1 })).toBe(
      'Importer 1 événement sans 1 ligne écartée',
    );
    expect(fr('importConfirm', { n: 2 }) + fr('importLeavingOut', { m: 2 })).toBe(
      'Importer 2 événements sans les 2 lignes écartées',
    );
  });
});

describe('catalogues', () => {
  it('hold every key the app builds from a value (kinds, statuses, precisions, reasons)', () => {
    // `satisfies` makes each list complete: a new value fails the type-check until listed.
    const kinds = { meeting: 1, visit: 1, statement: 1, call: 1 } satisfies Record<
      TravelEvent['kind'],
      1
    >;
    const statuses = { verified: 1, partly: 1, unverified: 1 } satisfies Record<
      NonNullable<TravelEvent['status']>,
      1
    >;
    const precisions = { day: 1, week: 1, month: 1, year: 1 } satisfies Record<
      TravelEvent['precision'],
      1
    >;
    const reasons = {
      http: 1,
      tooLarge: 1,
      fetch: 1,
      json: 1,
      schema: 1,
      cancelled: 1,
      storyLink: 1,
    } satisfies Record<LoadFailure, 1>;
    const broken = { corrupt: 1, newer: 1, missing: 1 } satisfies Record<BrokenRecord['reason'], 1>;
    const keys = [
      ...Object.keys(kinds).map((k) => `kind_${k}`),
      ...Object.keys(statuses).map((k) => `status_${k}`),
      ...Object.keys(precisions).map((k) => `precision_${k}`),
      ...Object.keys(reasons).map((k) => `loadReason_${k}`),
    ];
    // The datasets menu's reasons are in the header controls' catalogue, loaded with the menu.
    const controlsKeys = Object.keys(broken).map((k) => `datasetsBrokenReason_${k}`);
    for (const lang of LANGS) {
      for (const key of keys)
        expect(Object.hasOwn(CATALOGUES[lang], key as MessageKey), `${lang} ${key}`).toBe(true);
      for (const key of controlsKeys)
        expect(Object.hasOwn(CONTROLS_CATALOGUES[lang], key), `${lang} ${key}`).toBe(true);
    }
  });
});

import { describe, it, expect } from 'vitest';
import { translator } from '../../../src/i18n/i18n';
import { exploreTranslator } from '../../../src/explore/useExploreT';

/** The record's filter summary and visit counts agree in number with what they count. */
describe('record counts take the singular for one', () => {
  const en = translator('en');
  const fr = translator('fr');
  const exploreEn = exploreTranslator('en');
  const exploreFr = exploreTranslator('fr');
  const summary = { period: '', country: '' };

  it('says "1 event" and « 1 personne … 1 événement »', () => {
    expect(exploreEn('filterSummary', { ...summary, people: 1, total: 34, events: 1 })).toBe(
      '1 of 34 people: 1 event',
    );
    expect(exploreFr('filterSummary', { ...summary, people: 1, total: 34, events: 1 })).toBe(
      '1 personne sur 34\u202f: 1 événement',
    );
  });

  it('keeps the plural for more, with grouped numbers', () => {
    expect(exploreEn('filterSummary', { ...summary, people: 2, total: 34, events: 3439 })).toBe(
      '2 of 34 people: 3,439 events',
    );
    expect(exploreFr('filterSummary', { ...summary, people: 2, total: 34, events: 3439 })).toBe(
      '2 personnes sur 34\u202f: 3\u202f439 événements',
    );
  });

  it('counts visits to a place in number', () => {
    expect(en('placeVisits', { place: 'Riyadh', n: 1, m: 1 })).toBe('Riyadh: 1 visit by 1 person');
    expect(fr('placeVisits', { place: 'Riyad', n: 12, m: 5 })).toBe(
      'Riyad\u202f: 12 visites par 5 personnes',
    );
  });
});

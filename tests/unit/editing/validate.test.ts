import { describe, it, expect } from 'vitest';
import {
  actorErrors,
  eventErrors,
  fieldError,
  placeErrors,
  sourceErrors,
  stepErrors,
} from '../../../src/domain/editing/validate';

const event = {
  id: 'e1',
  date: '2025-02-24',
  precision: 'day',
  kind: 'visit',
  placeIds: ['ankara'],
  actorIds: [],
  participants: [],
  title: { en: 'Visit' },
  sources: [],
};

describe('schema errors per field', () => {
  it('a valid event has none', () => {
    expect(eventErrors(event)).toEqual({});
  });

  it('names the field: date, end date, title, places, source link', () => {
    expect(eventErrors({ ...event, date: '2025-02-30' })).toEqual({ date: 'date' });
    expect(eventErrors({ ...event, endDate: '2025-02-20' })).toEqual({ endDate: 'endBeforeStart' });
    expect(eventErrors({ ...event, title: { en: '' } })).toMatchObject({ 'title.en': 'required' });
    expect(eventErrors({ ...event, placeIds: [] })).toEqual({ placeIds: 'placeRequired' });
    expect(eventErrors({ ...event, kind: 'call' })).toEqual({ placeIds: 'callTwoPlaces' });
    expect(
      eventErrors({
        ...event,
        sources: [{ kind: 'outside', title: 'T', url: 'javascript:alert(1)' }],
      }),
    ).toEqual({ 'sources.0.url': 'url' });
  });

  it('checks one value at its field', () => {
    expect(fieldError('event', event, 'date', '24/02/2025')).toBe('date');
    expect(fieldError('event', event, 'date', '2025-02-25')).toBeNull();
    expect(fieldError('source', { kind: 'outside', title: 'T' }, 'url', 'ftp://x')).toBe('url');
    expect(
      fieldError('source', { kind: 'outside', title: 'T' }, 'url', 'https://a.example/'),
    ).toBeNull();
  });

  it('places, actors, sources and steps', () => {
    const place = { id: 'p', name: 'P', country: 'CH', lat: 46, lon: 6 };
    expect(placeErrors({ ...place, lat: 91 })).toEqual({ lat: 'latitude' });
    expect(placeErrors({ ...place, lon: -181 })).toEqual({ lon: 'longitude' });
    expect(placeErrors({ ...place, country: 'ch' })).toEqual({ country: 'country' });
    const actor = {
      id: 'a',
      name: 'A',
      initials: 'A',
      kind: 'person',
      country: 'FR',
      color: '#123456',
    };
    expect(actorErrors({ ...actor, initials: 'ABCD' })).toEqual({ initials: 'initials' });
    expect(actorErrors({ ...actor, color: 'red' })).toEqual({ color: 'color' });
    expect(sourceErrors({ kind: 'article', title: '' })).toEqual({ title: 'required' });
    expect(
      stepErrors({ eventId: 'e1', caption: 'c', view: { center: [10, 200], zoom: 3 } }),
    ).toEqual({
      'view.center.1': 'longitude',
    });
  });
});

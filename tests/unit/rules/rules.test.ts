/** The rules that have one home each: ids, http(s) links, slugs, file names, date order. */
import { describe, it, expect } from 'vitest';
import { isId, MAX_ID_LENGTH } from '../../../src/domain/dataset/ids';
import { httpUrl, safeHttpUrl } from '../../../src/domain/url';
import { slug } from '../../../src/domain/text/slug';
import { fileBaseName, slugify } from '../../../src/domain/import/normalize';
import { detectDateOrder, mappedDateOrder } from '../../../src/domain/import/dates';
import { parseHash } from '../../../src/store/urlSync';
import { parseDataset } from '../../../src/domain/dataset/schema';
import { twoTrips } from '../../fixtures/storeFixtures';

describe('ids', () => {
  it('are 1 to 120 letters, digits and _ . : -', () => {
    expect(isId('lavrov-ankara')).toBe(true);
    expect(isId('a.b:c_d')).toBe(true);
    expect(isId('x'.repeat(MAX_ID_LENGTH))).toBe(true);
    for (const bad of ['', 'x'.repeat(MAX_ID_LENGTH + 1), 'a b', '<script>', 'é', '../x/y'])
      expect(isId(bad), bad).toBe(false);
  });

  it('mean the same in the address and in the schema', () => {
    const long = 'x'.repeat(MAX_ID_LENGTH + 1);
    expect(parseHash(`#event=${long}`).event).toBeUndefined();
    const withLong = { ...twoTrips, id: long };
    expect(parseDataset(withLong).ok).toBe(false);
    expect(parseDataset({ ...twoTrips, id: 'x'.repeat(MAX_ID_LENGTH) }).ok).toBe(true);
  });
});

describe('http(s) links', () => {
  it('keep http and https, refuse every other scheme', () => {
    expect(httpUrl('https://example.org/a')?.href).toBe('https://example.org/a');
    expect(httpUrl('/data.json', 'http://127.0.0.1:4173/')?.href).toBe(
      'http://127.0.0.1:4173/data.json',
    );
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'x', ''])
      expect(httpUrl(bad), bad).toBeNull();
    expect(safeHttpUrl('JAVASCRIPT:alert(1)')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });

  it('are what the schema accepts for a source', () => {
    const withUrl = (url: string) => ({
      ...twoTrips,
      events: twoTrips.events.map((e, i) =>
        i === 0 ? { ...e, sources: [{ kind: 'outside' as const, title: 't', url }] } : e,
      ),
    });
    expect(parseDataset(withUrl('https://example.org')).ok).toBe(true);
    expect(parseDataset(withUrl('javascript:alert(1)')).ok).toBe(false);
  });
});

describe('slugs and file names', () => {
  it('slug: ASCII letters and digits joined by dashes, with a fallback', () => {
    expect(slug('Lavrov’s trips — février 2025!', 'dataset')).toBe('lavrov-s-trips-fevrier-2025');
    expect(slug('***', 'dataset')).toBe('dataset');
    expect(slug('a'.repeat(100), 'x')).toHaveLength(60);
  });

  it('slugify gives one slug to names that normalise alike', () => {
    expect(slugify('St. Petersburg')).toBe(slugify('Saint-Petersburg'));
  });

  it('a file base name drops only the last extension', () => {
    expect(fileBaseName('trips.2025.csv')).toBe('trips.2025');
    expect(fileBaseName('README')).toBe('README');
    expect(fileBaseName('.csv')).toBe('.csv');
  });
});

describe('the day/month order of an import', () => {
  it('is the first mapped date column that tells, start before end', () => {
    const unclear = detectDateOrder(['03/04/2025']);
    const dmy = detectDateOrder(['25/02/2025']);
    const mdy = detectDateOrder(['02/25/2025']);
    expect(mappedDateOrder({ date: 0, end: 1 }, [unclear, dmy])).toBe('dmy');
    expect(mappedDateOrder({ date: 1, end: 0 }, [mdy, dmy])).toBe('dmy');
    expect(mappedDateOrder({ date: 0 }, [unclear, mdy])).toBeNull();
    expect(mappedDateOrder({}, [dmy])).toBeNull();
  });
});

import { describe, it, expect } from 'vitest';
import { formatProblem } from '../../../src/i18n/problems';
import bundled from '../../../src/data/afp-2025-02-26.json';
import { parseDataset, localized, type DatasetInput } from '../../../src/domain/dataset/schema';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** A verified source kept in the repository (tests/fixtures/sources, see its README). */
function source(name: string): string {
  return readFileSync(new URL(`../../fixtures/sources/${name}`, import.meta.url), 'utf8');
}

/** The rows of a CSV source, by header. */
function csvRows(name: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(source(name), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function minimal(): DatasetInput {
  return {
    schemaVersion: 1,
    id: 'mini',
    title: 'Mini',
    places: [{ id: 'a', name: 'A', country: 'FR', lat: 48.85, lon: 2.35 }],
    actors: [
      { id: 'x', name: 'X', initials: 'X', kind: 'person', country: 'FR', color: '#123456' },
    ],
    events: [{ id: 'e1', date: '2024-05-01', placeIds: ['a'], actorIds: ['x'], title: 'E1' }],
  };
}

describe('the bundled dataset', () => {
  const result = parseDataset(bundled);

  it('is valid against the schema', () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has the eleven verified events, each with a date, place, title and a French article quote', () => {
    if (!result.ok) throw new Error('invalid');
    const { events } = result.dataset;
    expect(events).toHaveLength(11);
    const verified = csvRows('events-verified.csv').map((row) => row.start_date);
    expect(verified).toHaveLength(11);
    // Every verified date appears as often in the dataset as in the verified table.
    const ours = events.map((e) => e.date).sort();
    expect(ours).toEqual([...verified].sort());
    for (const e of events) {
      const article = e.sources.find((s) => s.kind === 'article');
      expect(article, e.id).toBeDefined();
      expect(article!.quoteLang).toBe('fr');
      expect(article!.quote!.length).toBeGreaterThan(10);
      expect(e.dateProvenance, e.id).toBeDefined();
    }
  });

  it('quotes the dispatch word for word', () => {
    if (!result.ok) throw new Error('invalid');
    const dispatch = source('afp-2025-02-26-dispatch.txt');
    for (const e of result.dataset.events) {
      for (const s of e.sources.filter((x) => x.kind === 'article')) {
        const quote = s.quote!.replace(/ … /g, ' ');
        expect(dispatch, `${e.id}: ${quote}`).toContain(quote);
      }
    }
  });

  it('places the five cities and the context places at the verified coordinates', () => {
    if (!result.ok) throw new Error('invalid');
    const byName = new Map(
      csvRows('places.csv').map((r) => [r.place!, { lat: Number(r.lat), lon: Number(r.lon) }]),
    );
    for (const name of [
      'Riyadh',
      'Istanbul',
      'Ankara',
      'Tehran',
      'Doha',
      'Moscow',
      'Washington',
      'Antalya',
      'Kyiv',
    ]) {
      const place = result.dataset.places.find((p) => p.name.en === name);
      expect(place, name).toBeDefined();
      expect(place!.lat).toBeCloseTo(byName.get(name)!.lat, 4);
      expect(place!.lon).toBeCloseTo(byName.get(name)!.lon, 4);
    }
  });

  it('only links to http(s) sources', () => {
    if (!result.ok) throw new Error('invalid');
    for (const e of result.dataset.events)
      for (const s of e.sources) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
  });
});

describe('parseDataset', () => {
  it('accepts a minimal dataset and fills defaults', () => {
    const r = parseDataset(minimal());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.dataset.events[0]!.precision).toBe('day');
    expect(r.dataset.events[0]!.title).toEqual({ en: 'E1' });
    expect(r.dataset.places[0]!.prominence).toBe('primary');
  });

  it('rejects non-objects without throwing', () => {
    for (const input of [null, 42, 'text', [], undefined]) {
      const r = parseDataset(input);
      expect(r.ok).toBe(false);
      expect(formatProblem(r.problems[0]!, 'en').message).toMatch(/object/);
    }
  });

  it('names a newer schema version', () => {
    const r = parseDataset({ ...minimal(), schemaVersion: 9 });
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.path).toBe('schemaVersion');
    expect(formatProblem(r.problems[0]!, 'en').message).toMatch(/newer/);
  });

  it('reports an impossible date with its path', () => {
    const d = clone(minimal());
    d.events[0]!.date = '2025-02-30';
    const r = parseDataset(d);
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual(
      expect.objectContaining({ path: 'events[0].date', value: '2025-02-30' }),
    );
  });

  it('reports unknown references and duplicate ids', () => {
    const d = clone(minimal());
    d.events.push({
      id: 'e1',
      date: '2024-05-02',
      placeIds: ['nowhere'],
      actorIds: ['ghost'],
      title: 'E2',
    });
    const r = parseDataset(d);
    expect(r.ok).toBe(false);
    const paths = r.problems.map((p) => p.path);
    expect(paths).toContain('events[1].id');
    expect(paths).toContain('events[1].placeIds[0]');
    expect(paths).toContain('events[1].actorIds[0]');
  });

  it('reports an end before its start', () => {
    const d = clone(minimal());
    d.events[0]!.endDate = '2024-04-01';
    const r = parseDataset(d);
    expect(r.ok).toBe(false);
    expect(formatProblem(r.problems[0]!, 'en').message).toMatch(/before the start/);
  });

  it('refuses javascript: source links', () => {
    const d = clone(minimal());
    d.events[0]!.sources = [{ kind: 'outside', title: 'x', url: 'javascript:alert(1)' }];
    const r = parseDataset(d);
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.path).toBe('events[0].sources[0].url');
  });

  it('refuses out-of-range coordinates', () => {
    const d = clone(minimal());
    d.places[0]!.lat = 123;
    expect(parseDataset(d).ok).toBe(false);
  });
});

describe('localized', () => {
  it('falls back to English', () => {
    expect(localized({ en: 'Riyadh', fr: 'Riyad' }, 'fr')).toBe('Riyad');
    expect(localized({ en: 'Riyadh' }, 'fr')).toBe('Riyadh');
    expect(localized(undefined, 'fr')).toBe('');
  });
});

import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readImportText } from '../../../src/domain/import/pipeline';

const RUNS = 10_000;

const position = fc.oneof(
  fc.tuple(fc.double(), fc.double()),
  fc.tuple(fc.integer({ min: -200, max: 200 }), fc.integer({ min: -100, max: 100 })),
  fc.constant([]),
  fc.string(),
);
const properties = fc.dictionary(
  fc.constantFrom('name', 'title', 'date', 'start', 'end', 'person', 'city', 'country', 'x'),
  fc.oneof(
    fc.string(),
    fc.integer(),
    fc.constant(null),
    fc.constant('2024-02-30'),
    fc.constant('12/02/2024'),
  ),
);
const feature = fc.record({
  type: fc.constantFrom('Feature', 'feature', 'Point', 1),
  geometry: fc.oneof(
    fc.record({ type: fc.constantFrom('Point', 'LineString', 'Polygon'), coordinates: position }),
    fc.constant(null),
  ),
  properties: fc.oneof(properties, fc.constant(null)),
});

describe('GeoJSON and app JSON reading never throws (fast-check)', () => {
  it('random FeatureCollections give a table or problems', () => {
    fc.assert(
      fc.property(fc.array(feature, { maxLength: 8 }), (features) => {
        const out = readImportText(JSON.stringify({ type: 'FeatureCollection', features }));
        expect(['table', 'dataset', 'failed']).toContain(out.kind);
        if (out.kind === 'failed') expect(out.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });

  it('random JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json({ maxDepth: 5 }), fc.string({ maxLength: 200 })), (text) => {
        const out = readImportText(text);
        expect(['table', 'dataset', 'failed']).toContain(out.kind);
      }),
      { numRuns: RUNS },
    );
  });
});

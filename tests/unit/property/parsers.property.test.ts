import { describe, it, expect } from 'vitest';
import { formatProblem } from '../../../src/i18n/problems';
import fc from 'fast-check';
import { parseHash, formatHash } from '../../../src/store/urlSync';
import { parseDataset } from '../../../src/domain/dataset/schema';
import {
  parseIsoDay,
  parseIsoPartial,
  toDayNumber,
  fromDayNumber,
  formatIso,
} from '../../../src/domain/time/calendar';
import bundled from '../../../src/data/afp-2025-02-26.json';

const RUNS = 10_000;
// Whole-dataset runs take a few milliseconds each; the timeouts below allow for a loaded CI machine.

/** Mutates JSON-like values: drops keys, swaps types, injects odd strings and numbers. */
function mutate(value: unknown, rnd: () => number): unknown {
  const r = rnd();
  if (Array.isArray(value)) {
    if (r < 0.1) return {};
    return value.filter(() => rnd() > 0.1).map((v) => mutate(v, rnd));
  }
  if (value !== null && typeof value === 'object') {
    if (r < 0.05) return [];
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (rnd() < 0.08) continue;
      out[rnd() < 0.02 ? `${k}_x` : k] = mutate(v, rnd);
    }
    if (rnd() < 0.05) out['__proto__'] = { polluted: true };
    return out;
  }
  if (r < 0.05) return null;
  if (r < 0.1) return '<script>alert(1)</script>';
  if (r < 0.15) return Number.NaN;
  if (r < 0.2) return -1e308;
  if (r < 0.25) return '2025-02-30';
  if (r < 0.3) return ['nested', { deep: [value] }];
  return value;
}

describe('parsers never throw (fast-check)', () => {
  it('parseHash: any string gives a well-formed state, and what it keeps round-trips', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const state = parseHash(s);
        if (state.date !== undefined) expect(Number.isInteger(state.date)).toBe(true);
        if (state.map) expect(Math.abs(state.map.lat)).toBeLessThanOrEqual(90);
        if (state.event) expect(state.event).toMatch(/^[A-Za-z0-9_.:-]+$/);
        for (const id of state.hide ?? []) expect(id).toMatch(/^[A-Za-z0-9_.:-]+$/);
      }),
      { numRuns: RUNS },
    );
  });

  it('parseHash: key=value soup built from real parameter names', () => {
    const key = fc.constantFrom(
      'date',
      'event',
      'step',
      'map',
      'hide',
      'speed',
      'lang',
      'present',
      'view',
      'x',
    );
    const pair = fc.tuple(key, fc.string({ maxLength: 40 }));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 12 }), (pairs) => {
        const hash = '#' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const state = parseHash(hash);
        if (state.date !== undefined) {
          const again = parseHash(formatHash({ currentDay: state.date, selectedEventId: null }));
          expect(again.date).toBe(state.date);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('parseDataset: mutated copies of the bundled story give a dataset or problems, never an exception', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let x = seed >>> 0 || 1;
        const rnd = () => {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          return (x >>> 0) / 4294967296;
        };
        const input = mutate(bundled, rnd);
        const result = parseDataset(input);
        if (result.ok) expect(result.dataset.schemaVersion).toBe(1);
        else expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('parseDataset: arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = parseDataset(value);
        expect(result.ok).toBe(false);
        for (const p of result.problems)
          expect(formatProblem(p, 'en').message.length).toBeGreaterThan(5);
      }),
      { numRuns: RUNS },
    );
  });

  it('calendar parsing: any string is a valid date or null; valid dates round-trip', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^-?\d{4}-\d{2}(-\d{2})?$/)),
        (s) => {
          const d = parseIsoDay(s);
          if (d) {
            expect(formatIso(fromDayNumber(toDayNumber(d)))).toBe(formatIso(d));
          }
          const p = parseIsoPartial(s);
          if (p) expect(['day', 'month', 'year']).toContain(p.precision);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

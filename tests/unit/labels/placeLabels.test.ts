import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  labelRect,
  overlaps,
  placeLabels,
  type LabelCandidate,
  type PlacedLabel,
} from '../../../src/domain/labels/placeLabels';

const label = (id: string, x: number, y: number, priority = 1, w = 60, h = 20): LabelCandidate => ({
  id,
  x,
  y,
  radius: 6,
  w,
  h,
  priority,
});

function noTwoOverlap(placed: readonly PlacedLabel[]): boolean {
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) if (overlaps(placed[i]!, placed[j]!)) return false;
  return true;
}

describe('placeLabels', () => {
  it('puts a lone label to the right of its dot', () => {
    const [p] = placeLabels([label('a', 100, 100)], { gap: 4 });
    expect(p).toMatchObject({ id: 'a', side: 'right', x: 110, y: 90, w: 60, h: 20 });
  });

  it('moves the second of two close places to another side instead of overlapping', () => {
    // Istanbul and Ankara at a low zoom: 20 px apart on the same row.
    const placed = placeLabels([label('istanbul', 100, 100), label('ankara', 120, 104)]);
    expect(placed.map((p) => p.id).sort()).toEqual(['ankara', 'istanbul']);
    expect(noTwoOverlap(placed)).toBe(true);
  });

  it('gives the place to the primary label when only one fits', () => {
    // Two dots on one spot: only one label can be placed around it without overlap... in bounds.
    const bounds = { x: 0, y: 0, w: 200, h: 40 };
    const placed = placeLabels(
      [label('context', 100, 20, 1, 90, 20), label('primary', 100, 20, 5, 90, 20)],
      { bounds, sides: ['right'] },
    );
    expect(placed.map((p) => p.id)).toEqual(['primary']);
  });

  it('keeps labels off other dots', () => {
    // A dot right where the first label would go.
    const placed = placeLabels([label('a', 100, 100, 2), label('b', 130, 100, 1, 10, 10)]);
    const a = placed.find((p) => p.id === 'a')!;
    expect(overlaps(a, { x: 124, y: 94, w: 12, h: 12 })).toBe(false);
  });

  it('keeps labels inside the bounds, leaving out one that fits nowhere', () => {
    const bounds = { x: 0, y: 0, w: 100, h: 100 };
    const placed = placeLabels([label('edge', 95, 50, 1, 200, 20)], { bounds });
    expect(placed).toEqual([]);
    const [left] = placeLabels([label('right-edge', 90, 50)], { bounds });
    expect(left!.side).toBe('left');
  });

  it('names a place at the edge of the view on its inner side, and still names one that fits no inner side', () => {
    const view = { x: 0, y: 0, w: 100, h: 100 };
    const [inner] = placeLabels([label('right-edge', 90, 50)], { prefer: view });
    expect(inner!.side).toBe('left');
    expect(inner!.x + inner!.w).toBeLessThanOrEqual(100);
    // Wider than the view on either side: it keeps its first side, crossing the edge.
    const [wide] = placeLabels([label('wide', 50, 50, 1, 200, 20)], { prefer: view });
    expect(wide!.side).toBe('right');
    // An inner side taken by a busier label: the quieter one crosses the edge instead of vanishing.
    const placed = placeLabels(
      [label('busy', 90, 50, 5, 40, 12), label('quiet', 92, 50, 1, 40, 12)],
      {
        prefer: view,
      },
    );
    expect(placed.map((p) => p.id).sort()).toEqual(['busy', 'quiet']);
    // ...unless it is below keepCutFrom: then it is left out rather than shown cut.
    const strict = placeLabels(
      [label('busy', 90, 50, 5, 40, 12), label('quiet', 92, 50, 1, 40, 12)],
      { prefer: view, keepCutFrom: 3, sides: ['right', 'left'] },
    );
    expect(strict.map((p) => p.id)).toEqual(['busy']);
  });

  it('keeps labels off obstacles (travellers’ markers): another side, or left out', () => {
    // A traveller's marker where the label would go on the right: the label takes the left.
    const chip = { x: 108, y: 88, w: 32, h: 32 };
    const [moved] = placeLabels([label('nairobi', 100, 100)], { obstacles: [chip] });
    expect(moved!.side).toBe('left');
    expect(overlaps(moved!, chip)).toBe(false);
    // Markers all around the dot: no side is free, the label is left out like one with no room.
    const around = [
      { x: 40, y: 40, w: 120, h: 50 },
      { x: 40, y: 110, w: 120, h: 50 },
      { x: 0, y: 80, w: 95, h: 40 },
      { x: 105, y: 80, w: 95, h: 40 },
    ];
    expect(placeLabels([label('boxed', 100, 100)], { obstacles: around })).toEqual([]);
    // An obstacle on the label's own dot (a marker above its place) still keeps it off.
    const [own] = placeLabels([label('own', 100, 100)], {
      obstacles: [{ x: 88, y: 66, w: 20, h: 22 }],
      sides: ['above', 'right'],
    });
    expect(own!.side).toBe('right');
  });

  it('keeps labels off soft boxes (markers, map controls) unless a kept name fits nowhere else', () => {
    const around = [
      { x: 40, y: 40, w: 120, h: 50 },
      { x: 40, y: 110, w: 120, h: 50 },
      { x: 0, y: 80, w: 95, h: 40 },
      { x: 105, y: 80, w: 95, h: 40 },
    ];
    // A free side is taken first.
    const chip = { x: 108, y: 88, w: 32, h: 32 };
    const [free] = placeLabels([label('a', 100, 100, 300)], { soft: [chip], keepCutFrom: 200 });
    expect(free!.side).toBe('left');
    // Boxed in: a quiet name is left out; the active place (from keepCutFrom) keeps its name,
    // on its first side, over the box rather than not at all.
    expect(placeLabels([label('quiet', 100, 100, 10)], { soft: around, keepCutFrom: 200 })).toEqual(
      [],
    );
    const [kept] = placeLabels([label('active', 100, 100, 300)], {
      soft: around,
      keepCutFrom: 200,
    });
    expect(kept).toMatchObject({ id: 'active', side: 'right' });
    // Hard obstacles (dots) stay out of reach even for a kept name.
    expect(
      placeLabels([label('active', 100, 100, 300)], { obstacles: around, keepCutFrom: 200 }),
    ).toEqual([]);
    // Inside the preferred area first: a kept name at the right edge goes left, over the box.
    const [inner] = placeLabels([label('edge', 100, 100, 300)], {
      soft: around,
      keepCutFrom: 200,
      prefer: { x: 0, y: 0, w: 150, h: 200 },
    });
    expect(inner!.side).toBe('left');
  });

  it('never places a label over an obstacle', () => {
    const box = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      w: fc.integer({ min: 10, max: 60 }),
      h: fc.integer({ min: 8, max: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(box, { maxLength: 40 }),
        fc.array(box, { maxLength: 12 }),
        (raw, obstacles) => {
          const cands = raw.map((r, i) => ({ id: `p${i}`, radius: 5, priority: i % 3, ...r }));
          const placed = placeLabels(cands, { obstacles });
          expect(noTwoOverlap(placed)).toBe(true);
          for (const p of placed)
            for (const o of obstacles)
              expect(overlaps(p, o), `${p.id} over an obstacle`).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never places two overlapping labels, and never drops a higher priority for a lower one', () => {
    const candidate = fc.record({
      x: fc.integer({ min: 0, max: 400 }),
      y: fc.integer({ min: 0, max: 300 }),
      w: fc.integer({ min: 10, max: 120 }),
      h: fc.integer({ min: 8, max: 30 }),
      priority: fc.integer({ min: 0, max: 4 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), (raw) => {
        const cands = raw.map((r, i) => ({ id: `p${i}`, radius: 5, ...r }));
        const placed = placeLabels(cands);
        expect(noTwoOverlap(placed)).toBe(true);
        const ids = new Set(placed.map((p) => p.id));
        expect(ids.size).toBe(placed.length);
        // Each placed label stays clear of every other dot.
        for (const p of placed)
          for (const c of cands)
            if (c.id !== p.id)
              expect(
                overlaps(p, { x: c.x - 5, y: c.y - 5, w: 10, h: 10 }),
                `${p.id} over dot ${c.id}`,
              ).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('places higher-priority labels first: a primary is placed whenever one side is clear of dots', () => {
    const sides = ['right', 'left', 'above', 'below'] as const;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ x: fc.integer({ min: 0, max: 300 }), y: fc.integer({ min: 0, max: 200 }) }),
          { minLength: 2, maxLength: 20 },
        ),
        (points) => {
          // One primary, given last, among context places.
          const cands = points.map((p, i) =>
            label(`p${i}`, p.x, p.y, i === points.length - 1 ? 9 : 1),
          );
          const primary = cands[cands.length - 1]!;
          const placed = placeLabels(cands, { sides, gap: 4 });
          const clearSide = sides.some((side) => {
            const r = labelRect(primary, side, 4);
            return cands.every(
              (c) => c === primary || !overlaps(r, { x: c.x - 6, y: c.y - 6, w: 12, h: 12 }),
            );
          });
          expect(placed[0]?.id === primary.id).toBe(clearSide);
        },
      ),
      { numRuns: 500 },
    );
  });
});

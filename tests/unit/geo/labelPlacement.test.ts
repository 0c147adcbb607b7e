import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from '../../../src/domain/geo/labelPlacement';

/** A place at (x, y) with a label `w` wide, 20 high, 6 px from a 18 px dot. */
function place(id: string, x: number, y: number, w: number, priority = 1): LabelCandidate {
  return {
    id,
    priority,
    dot: { x: x - 9, y: y - 9, width: 18, height: 18 },
    right: { x: x + 15, y: y - 10, width: w, height: 20 },
    left: { x: x - 15 - w, y: y - 10, width: w, height: 20 },
  };
}

describe('placeLabels', () => {
  it('keeps every label on the right when none collide', () => {
    const out = placeLabels([place('a', 0, 0, 60), place('b', 0, 100, 60)]);
    expect([...out.values()]).toEqual(['right', 'right']);
  });

  it('moves a label to the left of its dot when the right is taken', () => {
    // Riyadh and Doha on a phone: Riyadh's label would run into Doha's.
    const out = placeLabels([place('doha', 100, 0, 50, 0), place('riyadh', 40, 5, 70, 1)]);
    expect(out.get('doha')).toBe('right');
    expect(out.get('riyadh')).toBe('left');
  });

  it('hides the lower-priority label when neither side is free', () => {
    const out = placeLabels([
      place('ankara', 100, 0, 60, 0),
      place('istanbul', 0, 0, 60, 0),
      place('antalya', 50, 2, 60, 2),
    ]);
    expect(out.get('antalya')).toBe('hidden');
    expect(out.get('ankara')).toBe('right');
  });

  it('never leaves two shown labels overlapping', () => {
    const cands = Array.from({ length: 40 }, (_, i) =>
      place(`p${i}`, (i * 37) % 300, (i * 53) % 200, 40 + (i % 5) * 10, i % 3),
    );
    const out = placeLabels(cands);
    const shown = cands
      .filter((c) => out.get(c.id) !== 'hidden')
      .map((c) => (out.get(c.id) === 'right' ? c.right : c.left));
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) {
        const a = shown[i]!;
        const b = shown[j]!;
        const hit =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(hit).toBe(false);
      }
  });
});

import { describe, expect, it } from 'vitest';
import { freeAreaPadding } from '../../../src/domain/geo/viewPadding';

const map = { width: 1920, height: 900 };

describe('freeAreaPadding', () => {
  it('leaves the whole map, less the margin, when nothing covers it', () => {
    expect(freeAreaPadding(map, null, 40)).toEqual({ topLeft: [40, 40], bottomRight: [40, 40] });
    // An obstacle entirely outside the map covers nothing.
    expect(freeAreaPadding(map, { left: 0, top: 950, right: 400, bottom: 1000 }, 40, 100)).toEqual({
      topLeft: [40, 40],
      bottomRight: [140, 40],
    });
  });

  it('keeps places right of a tall card in the lower left of a wide map', () => {
    const card = { left: 24, top: 500, right: 730, bottom: 876 };
    const p = freeAreaPadding(map, card, 40);
    expect(p.topLeft[0]).toBe(770); // right of the card
    expect(p.bottomRight).toEqual([40, 40]);
  });

  it('keeps places above a card that spans the width of a phone', () => {
    const phone = { width: 390, height: 600 };
    const card = { left: 8, top: 380, right: 382, bottom: 592 };
    const p = freeAreaPadding(phone, card, 20);
    expect(p.bottomRight[1]).toBe(600 - 380 + 20);
    expect(p.topLeft).toEqual([20, 20]);
  });

  it('never leaves a framed point under the card', () => {
    // Any obstacle: the free area it picks does not intersect the obstacle.
    const cards = [
      { left: 24, top: 400, right: 900, bottom: 876 },
      { left: 1200, top: 24, right: 1900, bottom: 300 },
      { left: 0, top: 0, right: 1920, bottom: 200 },
    ];
    for (const c of cards) {
      const { topLeft, bottomRight } = freeAreaPadding(map, c, 30, 80);
      const free = {
        left: topLeft[0],
        top: topLeft[1],
        right: map.width - bottomRight[0],
        bottom: map.height - bottomRight[1],
      };
      const overlaps =
        free.left < c.right && free.right > c.left && free.top < c.bottom && free.bottom > c.top;
      expect(overlaps).toBe(false);
      expect(free.right - free.left).toBeGreaterThan(0);
      expect(free.bottom - free.top).toBeGreaterThan(0);
    }
  });
});

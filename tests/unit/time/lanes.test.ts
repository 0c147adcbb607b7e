import { describe, expect, it } from 'vitest';
import { LANE_PX, MIN_LANE_PX, laneLayout } from '../../../src/domain/time/lanes';

const people = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }));

describe('laneLayout', () => {
  it('gives every actor of a small story a lane, in view or not', () => {
    const few = people(5);
    expect(laneLayout(few, new Set(['p1']))).toEqual({ actors: few, height: LANE_PX });
  });

  it('with many actors, gives lanes to those in view only, in the dataset order', () => {
    const many = people(34);
    const r = laneLayout(many, new Set(['p20', 'p3', 'p4']));
    expect(r.actors.map((a) => a.id)).toEqual(['p3', 'p4', 'p20']);
    expect(r.height).toBe(LANE_PX);
  });

  it('thins the lanes when many are in view, down to a minimum', () => {
    const many = people(34);
    const twenty = laneLayout(many, new Set(many.slice(0, 20).map((a) => a.id)));
    expect(twenty.height).toBe(11);
    const all = laneLayout(many, new Set(many.map((a) => a.id)));
    expect(all.actors).toHaveLength(34);
    expect(all.height).toBe(MIN_LANE_PX);
  });
});

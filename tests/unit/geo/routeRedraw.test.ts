import { describe, expect, it } from 'vitest';
import { planRouteRedraw, type RouteSpan } from '../../../src/domain/geo/routeRedraw';

const span = (from: number, to: number, done: number): RouteSpan => ({ from, to, done });
const fresh = { network: false, travelled: false };

describe('planRouteRedraw', () => {
  it('draws both canvases whole the first time', () => {
    const plan = planRouteRedraw([null, null], [span(0, 10, 3), span(0, 5, 0)], fresh);
    expect(plan).toEqual({ networkWhole: true, travelledWhole: true, forward: [] });
  });

  it('adds only the legs completed since the last frame when the date moves forward', () => {
    const plan = planRouteRedraw(
      [span(0, 10, 3), span(0, 5, 1), span(0, 8, 8)],
      [span(0, 10, 6), span(0, 5, 1), span(0, 8, 8)],
      fresh,
    );
    expect(plan).toEqual({
      networkWhole: false,
      travelledWhole: false,
      forward: [{ index: 0, from: 3, to: 6 }],
    });
  });

  it('draws nothing when no actor completed a leg', () => {
    const spans = [span(0, 10, 3), null];
    expect(planRouteRedraw(spans, spans, fresh)).toEqual({
      networkWhole: false,
      travelledWhole: false,
      forward: [],
    });
  });

  it('redraws the travelled legs whole on a step back, and keeps the network', () => {
    const plan = planRouteRedraw(
      [span(0, 10, 6), span(0, 5, 1)],
      [span(0, 10, 4), span(0, 5, 2)],
      fresh,
    );
    expect(plan).toEqual({ networkWhole: false, travelledWhole: true, forward: [] });
  });

  it('redraws both when a span moves (trails) or an actor is shown or hidden', () => {
    expect(planRouteRedraw([span(2, 5, 5)], [span(3, 6, 6)], fresh).networkWhole).toBe(true);
    expect(planRouteRedraw([span(0, 5, 1), null], [span(0, 5, 1), span(0, 4, 0)], fresh)).toEqual({
      networkWhole: true,
      travelledWhole: true,
      forward: [],
    });
    expect(planRouteRedraw([span(0, 5, 1)], [null], fresh).travelledWhole).toBe(true);
  });

  it('counts a done past the end of the span as the end (nothing more to draw)', () => {
    const plan = planRouteRedraw([span(0, 5, 5)], [span(0, 5, 9)], fresh);
    expect(plan).toEqual({ networkWhole: false, travelledWhole: false, forward: [] });
  });

  it('draws whole what a new view or style made stale', () => {
    const spans = [span(0, 10, 3)];
    expect(planRouteRedraw(spans, spans, { network: true, travelled: false })).toEqual({
      networkWhole: true,
      travelledWhole: false,
      forward: [],
    });
    expect(planRouteRedraw(spans, [span(0, 10, 4)], { network: false, travelled: true })).toEqual({
      networkWhole: false,
      travelledWhole: true,
      forward: [],
    });
  });
});

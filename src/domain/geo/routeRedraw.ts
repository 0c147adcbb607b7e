/**
 * What a frame of the routes canvases must draw (src/map/layers/routeCanvas.ts), from what
 * they show now and what each actor should show: the network canvas (legs [from, to),
 * faint) is redrawn whole only when an actor's span or visibility changed; the travelled
 * canvas (legs [from, done)) gets only the legs completed since the last frame when every
 * change is a step forward, and is redrawn whole otherwise.
 */

/** How one actor's legs are drawn: legs [from, to) of its journey, split at `done`. */
export interface RouteSpan {
  /** First leg drawn. */
  from: number;
  /** End of the legs drawn (exclusive). */
  to: number;
  /** Legs before this one are travelled (solid, opaque), the others future (faint). */
  done: number;
}

export interface RouteRedraw {
  /** Clear and draw the network canvas again. */
  networkWhole: boolean;
  /** Clear and draw the travelled canvas again (every travelled leg). */
  travelledWhole: boolean;
  /**
   * Otherwise, per actor index, the travelled legs to add on top: [from, to). Empty when
   * nothing moved forward.
   */
  forward: { index: number; from: number; to: number }[];
}

/**
 * @param drawn what the canvases show per actor (null: hidden or not drawn)
 * @param now what each actor should show (null: hidden)
 * @param stale the canvases must be drawn whole whatever the spans (new view, style, …)
 */
export function planRouteRedraw(
  drawn: readonly (RouteSpan | null)[],
  now: readonly (RouteSpan | null)[],
  stale: { network: boolean; travelled: boolean },
): RouteRedraw {
  let networkWhole = stale.network;
  let travelledWhole = stale.travelled;
  const forward: RouteRedraw['forward'] = [];
  now.forEach((span, index) => {
    const was = drawn[index] ?? null;
    if (!span || !was) {
      // Shown or hidden since the last frame.
      if (span !== was) networkWhole = travelledWhole = true;
      return;
    }
    if (was.from !== span.from || was.to !== span.to) {
      networkWhole = travelledWhole = true;
      return;
    }
    const split = (s: RouteSpan) => Math.max(s.from, Math.min(s.to, s.done));
    const before = split(was);
    const after = split(span);
    if (after > before) forward.push({ index, from: before, to: after });
    else if (after < before) travelledWhole = true;
  });
  return { networkWhole, travelledWhole, forward: travelledWhole ? [] : forward };
}

/**
 * "One lane per actor" with many actors (34 Secretaries over 160 years): a lane for each
 * person with an event in the visible window (everyone when there are few), in the
 * dataset's order, and lanes that get thinner past MAX_FULL_LANES so that the timeline
 * does not push the map off the screen.
 */

/** Up to this many actors, every one has a lane, whatever is in view. */
export const FEW_ACTORS = 8;
/** Lane height in px while the lanes are few enough. */
export const LANE_PX = 22;
/** Lanes drawn at LANE_PX; past this many they share MAX_FULL_LANES × LANE_PX. */
export const MAX_FULL_LANES = 10;
/** The thinnest lane, in px. */
export const MIN_LANE_PX = 8;

export interface LaneLayout<A> {
  readonly actors: A[];
  /** Height of one lane, in px. */
  readonly height: number;
}

export function laneLayout<A extends { readonly id: string }>(
  actors: readonly A[],
  inView: ReadonlySet<string>,
): LaneLayout<A> {
  const shown = actors.length <= FEW_ACTORS ? [...actors] : actors.filter((a) => inView.has(a.id));
  const height =
    shown.length <= MAX_FULL_LANES
      ? LANE_PX
      : Math.max(MIN_LANE_PX, Math.floor((LANE_PX * MAX_FULL_LANES) / shown.length));
  return { actors: shown, height };
}

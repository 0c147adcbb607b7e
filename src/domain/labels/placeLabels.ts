/**
 * Map labels placed by a greedy, collision-avoiding pass: the most important labels are
 * placed first, each at the first of a few positions around its dot that overlaps no label
 * already placed, no dot and no obstacle; a label that fits nowhere is left out. Pure: screen pixels in,
 * rectangles out (no DOM, no Leaflet).
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelCandidate {
  id: string;
  /** The dot's centre on screen, in pixels. */
  x: number;
  y: number;
  /** The dot's radius: labels keep clear of every dot. */
  radius: number;
  /** The label's box (text plus padding), in pixels. */
  w: number;
  h: number;
  /** Higher first: e.g. selected or focused > active > primary > recent > context. */
  priority: number;
}

export type LabelSide =
  'right' | 'left' | 'above' | 'below' | 'upRight' | 'downRight' | 'upLeft' | 'downLeft';

export interface PlacedLabel extends Rect {
  id: string;
  side: LabelSide;
}

export interface PlaceLabelsOptions {
  /** Gap between dot and label, in pixels. */
  gap?: number;
  /** Labels must lie inside this rectangle (the visible map); omitted: anywhere. */
  bounds?: Rect;
  /**
   * Sides that keep the label inside this rectangle (the visible map) are tried first. A
   * label that fits no such side crosses its edge only from priority `keepCutFrom` up (the
   * chosen or active place keeps its name, even cut); a quieter one is left out rather than
   * shown cut ("Tehr" for Tehran).
   */
  prefer?: Rect;
  /** See `prefer`; default: every label may cross the edge. */
  keepCutFrom?: number;
  /** Which sides to try, in order. */
  sides?: readonly LabelSide[];
  /** Boxes no label may overlap (dots without a label), avoided like other dots. */
  obstacles?: readonly Rect[];
  /**
   * Boxes labels keep off (the travellers' markers, the map's controls), except a label
   * from priority `keepCutFrom` that fits nowhere else: the active place keeps its name.
   */
  soft?: readonly Rect[];
}

const DEFAULT_SIDES: readonly LabelSide[] = [
  'right',
  'left',
  'above',
  'below',
  'upRight',
  'downRight',
  'upLeft',
  'downLeft',
];

/** The label's box on one side of its dot. */
export function labelRect(c: LabelCandidate, side: LabelSide, gap: number): Rect {
  const r = c.radius + gap;
  switch (side) {
    case 'right':
      return { x: c.x + r, y: c.y - c.h / 2, w: c.w, h: c.h };
    case 'left':
      return { x: c.x - r - c.w, y: c.y - c.h / 2, w: c.w, h: c.h };
    case 'above':
      return { x: c.x - c.w / 2, y: c.y - r - c.h, w: c.w, h: c.h };
    case 'below':
      return { x: c.x - c.w / 2, y: c.y + r, w: c.w, h: c.h };
    case 'upRight':
      return { x: c.x + r * 0.7, y: c.y - r * 0.7 - c.h, w: c.w, h: c.h };
    case 'downRight':
      return { x: c.x + r * 0.7, y: c.y + r * 0.7, w: c.w, h: c.h };
    case 'upLeft':
      return { x: c.x - r * 0.7 - c.w, y: c.y - r * 0.7 - c.h, w: c.w, h: c.h };
    case 'downLeft':
      return { x: c.x - r * 0.7 - c.w, y: c.y + r * 0.7, w: c.w, h: c.h };
  }
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function inside(a: Rect, b: Rect): boolean {
  return a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;
}

/** A uniform grid of buckets, so each test looks only at nearby rectangles. */
class Grid {
  private readonly cells = new Map<number, Rect[]>();
  constructor(private readonly size: number) {}
  private keys(r: Rect, visit: (key: number) => boolean | void): boolean {
    const x0 = Math.floor(r.x / this.size);
    const x1 = Math.floor((r.x + r.w) / this.size);
    const y0 = Math.floor(r.y / this.size);
    const y1 = Math.floor((r.y + r.h) / this.size);
    for (let gx = x0; gx <= x1; gx++)
      for (let gy = y0; gy <= y1; gy++) if (visit(gx * 73_856_093 + gy * 19_349_663)) return true;
    return false;
  }
  add(r: Rect): void {
    this.keys(r, (k) => {
      let cell = this.cells.get(k);
      if (!cell) this.cells.set(k, (cell = []));
      cell.push(r);
    });
  }
  hits(r: Rect, except?: Rect): boolean {
    return this.keys(r, (k) => this.cells.get(k)?.some((o) => o !== except && overlaps(o, r)));
  }
}

/**
 * Places labels in priority order (ties: the order given). No two returned rectangles
 * overlap, none covers a dot of another candidate or an obstacle, and a lower-priority label never takes
 * a place a higher-priority one could have had.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  options: PlaceLabelsOptions = {},
): PlacedLabel[] {
  const gap = options.gap ?? 4;
  const sides = options.sides ?? DEFAULT_SIDES;
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.priority - a.c.priority || a.i - b.i);
  const cellSize = Math.max(32, ...candidates.slice(0, 200).map((c) => Math.max(c.w, c.h)));
  const labels = new Grid(cellSize);
  const dots = new Grid(cellSize);
  const dotOf = new Map<LabelCandidate, Rect>();
  for (const c of candidates) {
    const d = { x: c.x - c.radius, y: c.y - c.radius, w: c.radius * 2, h: c.radius * 2 };
    dotOf.set(c, d);
    dots.add(d);
  }
  for (const o of options.obstacles ?? []) dots.add(o);
  const soft = new Grid(cellSize);
  for (const o of options.soft ?? []) soft.add(o);
  const placed: PlacedLabel[] = [];
  for (const { c } of order) {
    const ownDot = dotOf.get(c);
    const later: LabelSide[] = [];
    const tryOn = (
      candidateSides: readonly LabelSide[],
      preferred: boolean,
      avoidSoft = true,
    ): boolean => {
      for (const side of candidateSides) {
        const r = labelRect(c, side, gap);
        if (options.bounds && !inside(r, options.bounds)) continue;
        if (preferred && options.prefer && !inside(r, options.prefer)) {
          later.push(side);
          continue;
        }
        if (labels.hits(r) || dots.hits(r, ownDot) || (avoidSoft && soft.hits(r))) continue;
        labels.add(r);
        placed.push({ id: c.id, side, ...r });
        return true;
      }
      return false;
    };
    if (tryOn(sides, true) || c.priority < (options.keepCutFrom ?? -Infinity)) continue;
    if (tryOn(later, false)) continue;
    // Kept names that fit nowhere free: over a marker or a control rather than not at all,
    // inside the preferred area first.
    const inPrefer = sides.filter((side) => !later.includes(side));
    if (!tryOn(inPrefer, false, false)) tryOn(later, false, false);
  }
  return placed;
}

/**
 * The routes' drawing on two canvases, without Leaflet or the page's document, so that it
 * runs in the routes worker (routeWorker.ts, on canvases handed to it with
 * `transferControlToOffscreen`) or, where a browser cannot, on the page (routeCanvas.ts).
 *
 * Each leg's great-circle arc is made once per level of detail and projected once per zoom
 * (src/domain/geo/routeGeometry.ts); a frame strokes only the legs in view, one path per
 * actor and style. The lower canvas holds each actor's network (legs [from, to)) in the
 * faint "not yet travelled" style; it changes only with the view, the style, an actor shown
 * or hidden or a new span. The upper one holds the travelled legs [from, done): as the date
 * moves forward, a frame strokes only the legs completed since the last one on top of what
 * is there (src/domain/geo/routeRedraw.ts); anything else redraws it whole.
 */
import {
  detailLevel,
  legLine,
  projectedCopies,
  type ProjectedLine,
} from '../../domain/geo/routeGeometry';
import {
  beginArcs,
  sameView,
  sizeSurface,
  traceArcs,
  type Context2D,
  type DrawnView,
  type Surface,
} from './arcPaint';
import { planRouteRedraw, type RouteSpan } from '../../domain/geo/routeRedraw';
import { latLng } from '../../domain/geo/latlng';
import { isDrawnLeg, type Journey } from '../../domain/journeys/journeys';

/** A leg's kind on the canvas: not drawn (a gap, or no distance), stated, inferred (dashed). */
export const LegKind = { Hidden: 0, Stated: 1, Inferred: 2 } as const;
type LegKindValue = (typeof LegKind)[keyof typeof LegKind];

/** One actor's legs as the worker receives them (structured-clone friendly). */
export interface PackedRoute {
  readonly color: string;
  /** Per leg: lat, lon of its start, lat, lon of its end. */
  readonly ends: Float64Array;
  /** Per leg: its LegKind. */
  readonly kinds: Uint8Array;
}

export function packRoutes(list: readonly { journey: Journey; color: string }[]): PackedRoute[] {
  return list.map(({ journey, color }) => {
    const legs = journey.legs;
    const ends = new Float64Array(legs.length * 4);
    const kinds = new Uint8Array(legs.length);
    legs.forEach((leg, i) => {
      const a = journey.stops[leg.fromIndex]!.position;
      const b = journey.stops[leg.toIndex]!.position;
      ends.set([a.lat, a.lon, b.lat, b.lon], i * 4);
      kinds[i] = !isDrawnLeg(leg)
        ? LegKind.Hidden
        : leg.inferred
          ? LegKind.Inferred
          : LegKind.Stated;
    });
    return { color, ends, kinds };
  });
}

/** What a frame shows: the view, each actor's span (null: hidden), the network's opacity. */
export interface RouteFrame {
  readonly view: DrawnView;
  readonly spans: readonly (RouteSpan | null)[];
  /** Opacity of legs not yet travelled (0: hidden). */
  readonly futureOpacity: number;
}

/** Spans as one array for a message: from, to, done per actor; from −1 when hidden. */
export function packSpans(spans: readonly (RouteSpan | null)[]): Int32Array {
  const out = new Int32Array(spans.length * 3);
  spans.forEach((s, i) => {
    if (s) out.set([s.from, s.to, s.done], i * 3);
    else out[i * 3] = -1;
  });
  return out;
}

export function unpackSpans(packed: Int32Array): (RouteSpan | null)[] {
  const out: (RouteSpan | null)[] = [];
  for (let i = 0; i < packed.length; i += 3)
    out.push(
      packed[i]! < 0 ? null : { from: packed[i]!, to: packed[i + 1]!, done: packed[i + 2]! },
    );
  return out;
}

const TRAVELLED = { width: 4, opacity: 0.9 } as const;
const FUTURE_WIDTH = 3;
const DASH = [8, 8];

/** Draws frames of the routes on a network and a travelled surface (see the file's head). */
export class RoutePainter {
  private zoom = Number.NaN;
  private level = Number.NaN;
  /** Per actor and leg, its copies in Web Mercator pixels at `zoom` (made on first use). */
  private pixels: (ProjectedLine[] | undefined)[][];
  private drawn: (RouteSpan | null)[];
  private networkView: DrawnView | null = null;
  private travelledView: DrawnView | null = null;
  private networkOpacity = Number.NaN;
  private networkEmpty = true;
  /** Whole redraws and increments of the travelled canvas, for tests. */
  draws = 0;
  increments = 0;

  constructor(private readonly routes: readonly PackedRoute[]) {
    this.pixels = routes.map(() => []);
    this.drawn = routes.map(() => null);
  }

  paint(network: Surface, travelled: Surface, frame: RouteFrame) {
    const { view, spans, futureOpacity } = frame;
    if (view.zoom !== this.zoom) {
      this.zoom = view.zoom;
      this.level = detailLevel(view.zoom);
      this.pixels = this.routes.map(() => []);
    }
    sizeSurface(network, view);
    sizeSurface(travelled, view);
    const plan = planRouteRedraw(this.drawn, spans, {
      network: !sameView(this.networkView, view) || futureOpacity !== this.networkOpacity,
      travelled: !sameView(this.travelledView, view),
    });
    this.networkView = view;
    this.travelledView = view;
    this.networkOpacity = futureOpacity;

    // An actor whose legs are all travelled (always so for trails) has no network to show.
    const withNetwork: number[] = [];
    if (futureOpacity > 0)
      spans.forEach((s, i) => {
        if (s && s.done < s.to) withNetwork.push(i);
      });
    // A canvas left empty needs no clearing again (trails change span every few frames).
    if (plan.networkWhole && (withNetwork.length || !this.networkEmpty)) {
      const ctx = beginArcs(network, view.dpr);
      if (ctx)
        for (const i of withNetwork) {
          const { from, to } = spans[i]!;
          this.strokeBoth(ctx, view, i, from, to, FUTURE_WIDTH, futureOpacity);
        }
      this.networkEmpty = withNetwork.length === 0;
    }
    const ctx = plan.travelledWhole ? beginArcs(travelled, view.dpr) : travelled.getContext('2d');
    if (ctx) {
      if (plan.travelledWhole) {
        this.draws++;
        spans.forEach((s, i) => {
          if (!s) return;
          const split = Math.max(s.from, Math.min(s.to, s.done));
          this.strokeBoth(ctx, view, i, s.from, split, TRAVELLED.width, TRAVELLED.opacity);
        });
      } else if (plan.forward.length) {
        // Only the legs completed since the last frame, on top of what is there.
        this.increments++;
        for (const f of plan.forward)
          this.strokeBoth(ctx, view, f.index, f.from, f.to, TRAVELLED.width, TRAVELLED.opacity);
      }
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
    }
    this.drawn = spans.map((s) => (s ? { ...s } : null));
  }

  private strokeBoth(
    ctx: Context2D,
    view: DrawnView,
    actor: number,
    from: number,
    to: number,
    width: number,
    opacity: number,
  ) {
    this.stroke(ctx, view, actor, from, to, LegKind.Stated, width, opacity);
    this.stroke(ctx, view, actor, from, to, LegKind.Inferred, width, opacity);
  }

  /** Strokes one actor's legs [from, to) of one kind as one path. */
  private stroke(
    ctx: Context2D,
    view: DrawnView,
    actor: number,
    from: number,
    to: number,
    kind: LegKindValue,
    width: number,
    opacity: number,
  ) {
    if (opacity <= 0 || from >= to) return;
    const route = this.routes[actor]!;
    ctx.beginPath();
    let any = false;
    for (let i = from; i < to; i++) {
      if (route.kinds[i] !== kind) continue;
      if (traceArcs(ctx, view, this.pixelsOf(actor, i))) any = true;
    }
    if (!any) return;
    ctx.globalAlpha = opacity;
    ctx.lineWidth = width;
    ctx.strokeStyle = route.color;
    ctx.setLineDash(kind === LegKind.Inferred ? DASH : []);
    ctx.stroke();
  }

  private pixelsOf(actor: number, leg: number): ProjectedLine[] {
    const cache = this.pixels[actor]!;
    let copies = cache[leg];
    if (!copies) {
      const e = this.routes[actor]!.ends;
      const k = leg * 4;
      const line = legLine(latLng(e[k]!, e[k + 1]!), latLng(e[k + 2]!, e[k + 3]!), this.level);
      copies = cache[leg] = projectedCopies(line, 256 * 2 ** this.zoom);
    }
    return copies;
  }
}

/** What the page sends the routes worker. */
export type ToRouteWorker =
  | {
      type: 'init';
      network: OffscreenCanvas;
      travelled: OffscreenCanvas;
      routes: PackedRoute[];
    }
  | { type: 'frame'; seq: number; view: DrawnView; spans: Int32Array; futureOpacity: number }
  | { type: 'snapshot'; seq: number; canvas: 'network' | 'travelled' };

/** What the routes worker answers: a frame drawn, or a canvas's image (for tests). */
export type FromRouteWorker =
  { type: 'painted'; seq: number; zoom: number } | { type: 'snapshot'; seq: number; image: Blob };

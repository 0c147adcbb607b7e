import L from 'leaflet';
import type { Journey } from '../../domain/journeys/journeys';
import { isDrawnLeg } from '../../domain/journeys/journeys';
import { legLine, type ProjectedLine } from '../../domain/geo/routeGeometry';
import { planRouteRedraw, type RouteSpan } from '../../domain/geo/routeRedraw';
import { ArcCanvasLayer, type DrawnView } from './arcCanvas';

export type { RouteSpan };

export interface RouteStyle {
  /** Opacity of legs not yet travelled (0: hidden). */
  futureOpacity: number;
}

interface ActorRoute {
  journey: Journey;
  color: string;
  shown: boolean;
  span: RouteSpan;
  /**
   * Each leg's copies (see wrapShifts) as Web Mercator pixels at the current zoom, made on
   * first use from its arc at the current level of detail; forgotten on a zoom.
   */
  pixels: (ProjectedLine[] | undefined)[];
}

const TRAVELLED = { width: 4, opacity: 0.9 } as const;
const FUTURE_WIDTH = 3;
const DASH = [8, 8];

/**
 * Routes drawn on two canvases from typed arrays: each leg's great-circle arc is computed
 * once per level of detail and projected once per zoom (src/domain/geo/routeGeometry.ts),
 * and a frame only strokes the legs in view, one path per actor and style. Replaces
 * Leaflet's vector layers for large networks, whose regrouping made a LatLng object per
 * point and projected, clipped and simplified every leg again each time a leg was completed
 * (and repainted the whole network on each date).
 *
 * The lower canvas holds each actor's network (legs [from, to)) in the faint "not yet
 * travelled" style; it changes only with the view, the style, an actor shown or hidden or a
 * new span. The upper one holds the travelled legs [from, done): as the date moves forward,
 * a frame strokes only the legs completed since the last one on top of what is there, so a
 * forward scrub or playback costs the legs it completes, not the whole network. Anything
 * else (a step back, a new view) redraws it whole. Redrawn at most once per animation frame.
 */
export class RouteCanvasLayer extends ArcCanvasLayer {
  private networkView: DrawnView | null = null;
  private travelledView: DrawnView | null = null;
  private readonly routes: ActorRoute[];
  /** Per actor, the span the canvases show now (null: not drawn, or to be redrawn whole). */
  private drawn: (RouteSpan | null)[];
  private networkStale = true;
  private networkEmpty = true;
  private travelledStale = true;
  private style: RouteStyle;
  /** Redraws counted, for tests and the benchmark's profile: whole canvases and increments. */
  draws = 0;
  increments = 0;

  constructor(
    journeys: readonly { journey: Journey; color: string }[],
    style: RouteStyle,
    pane: string,
  ) {
    super(pane, 'route-canvas', 2);
    this.style = style;
    this.routes = journeys.map(({ journey, color }) => ({
      journey,
      color,
      shown: false,
      span: { from: 0, to: 0, done: 0 },
      pixels: [],
    }));
    this.drawn = this.routes.map(() => null);
  }

  override onAdd(map: L.Map): this {
    this.networkEmpty = true;
    this.networkView = null;
    this.travelledView = null;
    return super.onAdd(map);
  }

  /** Which actors are drawn, by index in the journeys given. */
  setShown(index: number, shown: boolean) {
    const r = this.routes[index];
    if (!r || r.shown === shown) return;
    r.shown = shown;
    this.networkStale = true;
    this.travelledStale = true;
    this.schedule();
  }

  /** What an actor shows now; nothing is redrawn when it is the same. */
  setSpan(index: number, span: RouteSpan) {
    const r = this.routes[index];
    if (!r) return;
    const s = r.span;
    if (s.from === span.from && s.to === span.to && s.done === span.done) return;
    r.span = span;
    if (r.shown) this.schedule();
  }

  setStyle(style: RouteStyle) {
    this.style = style;
    this.networkStale = true;
    this.schedule();
  }

  protected forgetPixels() {
    for (const r of this.routes) r.pixels = [];
  }

  private pixelsOf(r: ActorRoute, legIndex: number): ProjectedLine[] {
    let copies = r.pixels[legIndex];
    if (!copies) {
      const leg = r.journey.legs[legIndex]!;
      const line = legLine(
        r.journey.stops[leg.fromIndex]!.position,
        r.journey.stops[leg.toIndex]!.position,
        this.level,
      );
      copies = r.pixels[legIndex] = this.project(line);
    }
    return copies;
  }

  protected draw() {
    const map = this._map;
    const [network, travelled] = this.canvasList;
    if (!map || !network || !travelled) return;
    const [networkView, networkMoved] = this.fit(network, this.networkView);
    const [travelledView, travelledMoved] = this.fit(travelled, this.travelledView);
    this.networkView = networkView;
    this.travelledView = travelledView;

    const plan = planRouteRedraw(
      this.drawn,
      this.routes.map((r) => (r.shown ? r.span : null)),
      {
        network: this.networkStale || networkMoved,
        travelled: this.travelledStale || travelledMoved,
      },
    );
    const { networkWhole, travelledWhole } = plan;

    const future = this.style.futureOpacity;
    // An actor whose legs are all travelled (always so for trails) has no network to show.
    const withNetwork =
      future > 0 ? this.routes.filter((r) => r.shown && r.span.done < r.span.to) : [];
    // A canvas left empty needs no clearing again (trails change span every few frames).
    if (networkWhole && (withNetwork.length || !this.networkEmpty)) {
      this.draws++;
      const ctx = RouteCanvasLayer.begin(network, networkView.dpr);
      if (ctx)
        for (const r of withNetwork) {
          const { from, to } = r.span;
          this.stroke(ctx, networkView, r, from, to, false, FUTURE_WIDTH, future);
          this.stroke(ctx, networkView, r, from, to, true, FUTURE_WIDTH, future);
        }
      this.networkEmpty = withNetwork.length === 0;
    }
    const ctx = travelledWhole
      ? RouteCanvasLayer.begin(travelled, travelledView.dpr)
      : travelled.getContext('2d');
    if (ctx) {
      const strokeTravelled = (r: ActorRoute, from: number, to: number) => {
        this.stroke(ctx, travelledView, r, from, to, false, TRAVELLED.width, TRAVELLED.opacity);
        this.stroke(ctx, travelledView, r, from, to, true, TRAVELLED.width, TRAVELLED.opacity);
      };
      if (travelledWhole) {
        this.draws++;
        for (const r of this.routes) {
          if (!r.shown) continue;
          const { from, to, done } = r.span;
          strokeTravelled(r, from, Math.max(from, Math.min(to, done)));
        }
      } else if (plan.forward.length) {
        // Only the legs completed since the last frame, on top of what is there.
        this.increments++;
        for (const f of plan.forward) strokeTravelled(this.routes[f.index]!, f.from, f.to);
      }
      ctx.globalAlpha = 1;
      ctx.setLineDash([]);
    }
    this.drawn = this.routes.map((r) => (r.shown ? { ...r.span } : null));
    this.networkStale = false;
    this.travelledStale = false;
  }

  /** Strokes one actor's legs [from, to) of one kind (stated or inferred) as one path. */
  private stroke(
    ctx: CanvasRenderingContext2D,
    view: DrawnView,
    r: ActorRoute,
    from: number,
    to: number,
    inferred: boolean,
    width: number,
    opacity: number,
  ) {
    if (opacity <= 0 || from >= to) return;
    ctx.beginPath();
    let any = false;
    for (let i = from; i < to; i++) {
      const leg = r.journey.legs[i]!;
      if (leg.inferred !== inferred || !isDrawnLeg(leg)) continue;
      if (RouteCanvasLayer.trace(ctx, view, this.pixelsOf(r, i))) any = true;
    }
    if (!any) return;
    ctx.globalAlpha = opacity;
    ctx.lineWidth = width;
    ctx.strokeStyle = r.color;
    ctx.setLineDash(inferred ? DASH : []);
    ctx.stroke();
  }
}

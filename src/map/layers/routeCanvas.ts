import L from 'leaflet';
import type { Journey } from '../../domain/journeys/journeys';
import { isDrawnLeg } from '../../domain/journeys/journeys';
import { detailLevel, legLine, projectLine, wrapShifts } from '../../domain/geo/routeGeometry';
import { planRouteRedraw, type RouteSpan } from '../../domain/geo/routeRedraw';
import { FrameScheduler, fitCanvasToView } from './viewCanvas';

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
  pixels: (Projected[] | undefined)[];
}

/** One copy of a leg: its points and their bounding box, in Web Mercator pixels. */
interface Projected {
  px: Float64Array;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

function projected(px: Float64Array): Projected {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let k = 0; k < px.length; k += 2) {
    const x = px[k]!;
    const y = px[k + 1]!;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return { px, minX, maxX, minY, maxY };
}

const TRAVELLED = { width: 4, opacity: 0.9 } as const;
const FUTURE_WIDTH = 3;
const DASH = [8, 8];

/** Where a canvas was last drawn: a new view means a full redraw. */
interface DrawnView {
  ox: number;
  oy: number;
  w: number;
  h: number;
  dpr: number;
  zoom: number;
}

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
export class RouteCanvasLayer extends L.Layer {
  private network: HTMLCanvasElement | null = null;
  private travelled: HTMLCanvasElement | null = null;
  private networkView: DrawnView | null = null;
  private travelledView: DrawnView | null = null;
  private readonly routes: ActorRoute[];
  /** Per actor, the span the canvases show now (null: not drawn, or to be redrawn whole). */
  private drawn: (RouteSpan | null)[];
  private networkStale = true;
  private networkEmpty = true;
  private travelledStale = true;
  private style: RouteStyle;
  private readonly frames = new FrameScheduler(() => this.draw());
  private zoom = Number.NaN;
  private level = Number.NaN;
  private readonly paneName: string;
  /** Redraws counted, for tests and the benchmark's profile: whole canvases and increments. */
  draws = 0;
  increments = 0;

  constructor(
    journeys: readonly { journey: Journey; color: string }[],
    style: RouteStyle,
    pane: string,
  ) {
    super();
    this.style = style;
    this.paneName = pane;
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
    const pane = map.getPane(this.paneName) ?? map.getPanes().overlayPane;
    const make = () => {
      const canvas = document.createElement('canvas');
      canvas.className = 'route-canvas leaflet-zoom-hide';
      canvas.setAttribute('aria-hidden', 'true');
      canvas.style.pointerEvents = 'none';
      pane.append(canvas);
      return canvas;
    };
    this.network = make();
    this.travelled = make();
    this.networkEmpty = true;
    this.networkView = null;
    this.travelledView = null;
    this.reproject();
    return this;
  }

  override onRemove(): this {
    this.frames.cancel();
    this.network?.remove();
    this.travelled?.remove();
    this.network = null;
    this.travelled = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      zoomend: this.reproject,
      viewreset: this.reproject,
      move: this.schedule,
      resize: this.schedule,
    };
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

  /** Draws now (instead of at the next frame). */
  flush() {
    this.frames.flush();
  }

  private readonly reproject = () => {
    const map = this._map;
    if (!map) return;
    const zoom = map.getZoom();
    if (zoom !== this.zoom) {
      this.zoom = zoom;
      const level = detailLevel(zoom);
      // The arcs are made again only for a new level of detail; pixels for any new zoom.
      this.level = level;
      for (const r of this.routes) r.pixels = [];
    }
    this.schedule();
  };

  private readonly schedule = () => {
    if (this._map) this.frames.schedule();
  };

  private pixelsOf(r: ActorRoute, legIndex: number): Projected[] {
    let copies = r.pixels[legIndex];
    if (!copies) {
      const leg = r.journey.legs[legIndex]!;
      const line = legLine(
        r.journey.stops[leg.fromIndex]!.position,
        r.journey.stops[leg.toIndex]!.position,
        this.level,
      );
      const worldPx = 256 * 2 ** this.zoom;
      copies = r.pixels[legIndex] = wrapShifts(line).map((shift) =>
        projected(projectLine(line, shift, worldPx)),
      );
    }
    return copies;
  }

  /**
   * Places `canvas` over the view; true when the view is not the one it was drawn for
   * (it must then be drawn whole: its bitmap was cleared or its content is elsewhere).
   */
  private fit(canvas: HTMLCanvasElement, last: DrawnView | null): [DrawnView, boolean] {
    const map = this._map!;
    const { size, dpr, topLeft } = fitCanvasToView(map, canvas);
    const origin = map.getPixelOrigin();
    const view: DrawnView = {
      ox: origin.x + topLeft.x,
      oy: origin.y + topLeft.y,
      w: size.x,
      h: size.y,
      dpr,
      zoom: map.getZoom(),
    };
    const moved =
      !last ||
      last.ox !== view.ox ||
      last.oy !== view.oy ||
      last.w !== view.w ||
      last.h !== view.h ||
      last.dpr !== view.dpr ||
      last.zoom !== view.zoom;
    return [view, moved];
  }

  private draw() {
    const map = this._map;
    const network = this.network;
    const travelled = this.travelled;
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
      const ctx = this.begin(network, networkView);
      if (ctx)
        for (const r of withNetwork) {
          const { from, to } = r.span;
          this.stroke(ctx, networkView, r, from, to, false, FUTURE_WIDTH, future);
          this.stroke(ctx, networkView, r, from, to, true, FUTURE_WIDTH, future);
        }
      this.networkEmpty = withNetwork.length === 0;
    }
    const ctx = travelledWhole ? this.begin(travelled, travelledView) : travelled.getContext('2d');
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

  /** Clears `canvas` for a whole redraw and sets its transform; null without a context. */
  private begin(canvas: HTMLCanvasElement, view: DrawnView): CanvasRenderingContext2D | null {
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(view.dpr, 0, 0, view.dpr, 0, 0);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    return ctx;
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
    // Web Mercator pixels → canvas pixels: subtract the view's top-left in world pixels.
    const { ox, oy, w, h } = view;
    const margin = 8;
    ctx.beginPath();
    let any = false;
    for (let i = from; i < to; i++) {
      const leg = r.journey.legs[i]!;
      if (leg.inferred !== inferred || !isDrawnLeg(leg)) continue;
      for (const copy of this.pixelsOf(r, i)) {
        // Legs wholly outside the view are skipped (their bounding box).
        if (
          copy.maxX - ox < -margin ||
          copy.minX - ox > w + margin ||
          copy.maxY - oy < -margin ||
          copy.minY - oy > h + margin
        )
          continue;
        const px = copy.px;
        ctx.moveTo(px[0]! - ox, px[1]! - oy);
        for (let k = 2; k < px.length; k += 2) ctx.lineTo(px[k]! - ox, px[k + 1]! - oy);
        any = true;
      }
    }
    if (!any) return;
    ctx.globalAlpha = opacity;
    ctx.lineWidth = width;
    ctx.strokeStyle = r.color;
    ctx.setLineDash(inferred ? DASH : []);
    ctx.stroke();
  }
}

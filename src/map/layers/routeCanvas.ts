import L from 'leaflet';
import type { Journey } from '../../domain/journeys/journeys';
import { isDrawnLeg } from '../../domain/journeys/journeys';
import { detailLevel, legLine, projectLine, wrapShifts } from '../../domain/geo/routeGeometry';
import { FrameScheduler, fitCanvasToView } from './viewCanvas';

/** How one actor's legs are drawn now: legs [from, to) of the journey, split at `done`. */
export interface RouteSpan {
  /** First leg drawn. */
  from: number;
  /** End of the legs drawn (exclusive). */
  to: number;
  /** Legs before this one are travelled (solid, opaque), the others future (faint). */
  done: number;
}

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

/**
 * Routes drawn on one canvas from typed arrays: each leg's great-circle arc is computed once
 * per level of detail and projected once per zoom (src/domain/geo/routeGeometry.ts), and a
 * frame only strokes the legs in view, one path per actor and style. Replaces Leaflet's
 * vector layers for large networks, whose regrouping made a LatLng object per point and
 * projected, clipped and simplified every leg again each time a leg was completed.
 * Redrawn at most once per animation frame, and only when a span, the style, the view or
 * an actor's visibility changed.
 */
export class RouteCanvasLayer extends L.Layer {
  private canvas: HTMLCanvasElement | null = null;
  private ctx: CanvasRenderingContext2D | null = null;
  private readonly routes: ActorRoute[];
  private style: RouteStyle;
  private readonly frames = new FrameScheduler(() => this.draw());
  private zoom = Number.NaN;
  private level = Number.NaN;
  private readonly paneName: string;
  /** Redraws counted, for tests and the benchmark's profile. */
  draws = 0;

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
  }

  override onAdd(map: L.Map): this {
    const canvas = document.createElement('canvas');
    canvas.className = 'route-canvas leaflet-zoom-hide';
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.pointerEvents = 'none';
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    (map.getPane(this.paneName) ?? map.getPanes().overlayPane).append(canvas);
    this.reproject();
    return this;
  }

  override onRemove(): this {
    this.frames.cancel();
    this.canvas?.remove();
    this.canvas = null;
    this.ctx = null;
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

  private draw() {
    const map = this._map;
    const canvas = this.canvas;
    const ctx = this.ctx;
    if (!map || !canvas || !ctx) return;
    this.draws++;
    const { size, dpr, topLeft } = fitCanvasToView(map, canvas);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    // Web Mercator pixels → canvas pixels: subtract the view's top-left in world pixels.
    const origin = map.getPixelOrigin();
    const ox = origin.x + topLeft.x;
    const oy = origin.y + topLeft.y;
    const margin = 8;
    const w = size.x;
    const h = size.y;
    const future = this.style.futureOpacity;

    const stroke = (
      r: ActorRoute,
      from: number,
      to: number,
      inferred: boolean,
      width: number,
      opacity: number,
    ) => {
      if (opacity <= 0 || from >= to) return;
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
    };

    // As Leaflet's layers were stacked: per actor, travelled (stated, inferred), then future.
    for (const r of this.routes) {
      if (!r.shown) continue;
      const { from, to, done } = r.span;
      const split = Math.max(from, Math.min(to, done));
      stroke(r, from, split, false, TRAVELLED.width, TRAVELLED.opacity);
      stroke(r, from, split, true, TRAVELLED.width, TRAVELLED.opacity);
      stroke(r, split, to, false, FUTURE_WIDTH, future);
      stroke(r, split, to, true, FUTURE_WIDTH, future);
    }
    ctx.globalAlpha = 1;
    ctx.setLineDash([]);
  }
}

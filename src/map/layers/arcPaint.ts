/**
 * Drawing arcs on a canvas, shared by the link layer (linkCanvas.ts, on the page) and the
 * routes' painter (routePainter.ts, in a worker or on the page): no Leaflet, no document.
 */
import { offView, type ProjectedLine } from '../../domain/geo/routeGeometry';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** A canvas element or an OffscreenCanvas. */
export interface Surface {
  width: number;
  height: number;
  getContext(kind: '2d'): Context2D | null;
}

/** Where a canvas sits in Web Mercator pixels and how large it is (CSS pixels). */
export interface CanvasBox {
  readonly ox: number;
  readonly oy: number;
  readonly w: number;
  readonly h: number;
}

/** Where a canvas is drawn: a new view means a whole redraw. */
export interface DrawnView extends CanvasBox {
  readonly dpr: number;
  readonly zoom: number;
}

export function sameView(a: DrawnView | null, b: DrawnView): boolean {
  return (
    !!a &&
    a.ox === b.ox &&
    a.oy === b.oy &&
    a.w === b.w &&
    a.h === b.h &&
    a.dpr === b.dpr &&
    a.zoom === b.zoom
  );
}

/** Clears `surface` for a whole redraw and sets its transform; null without a context. */
export function beginArcs(surface: Surface, dpr: number): Context2D | null {
  const ctx = surface.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, surface.width, surface.height);
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  return ctx;
}

/**
 * Adds the copies in view to the context's current path, in canvas pixels (world pixels
 * less the canvas's top-left); true when any was added.
 */
export function traceArcs(ctx: Context2D, box: CanvasBox, copies: readonly ProjectedLine[]) {
  const { ox, oy, w, h } = box;
  let any = false;
  for (const copy of copies) {
    // Lines wholly outside the view are skipped (their bounding box).
    if (offView(copy, ox, oy, w, h, 8)) continue;
    const px = copy.px;
    ctx.moveTo(px[0]! - ox, px[1]! - oy);
    for (let k = 2; k < px.length; k += 2) ctx.lineTo(px[k]! - ox, px[k + 1]! - oy);
    any = true;
  }
  return any;
}

/** Sizes a surface's bitmap for a view (reallocated only when the size changes). */
export function sizeSurface(surface: Surface, view: DrawnView) {
  const width = Math.round(view.w * view.dpr);
  const height = Math.round(view.h * view.dpr);
  if (surface.width !== width || surface.height !== height) {
    surface.width = width;
    surface.height = height;
  }
}

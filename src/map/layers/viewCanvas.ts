/**
 * What the map's canvas layers (places, routes) share: one redraw per animation frame
 * however many changes ask for it, and a canvas laid over the map's visible view at the
 * screen's pixel ratio.
 */
import * as L from 'leaflet';

/** Coalesces redraw requests into one `draw` per animation frame. */
export class FrameScheduler {
  private frame = 0;
  constructor(private readonly draw: () => void) {}

  /** Draws at the next frame (once, however often it is asked before then). */
  readonly schedule = (): void => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  };

  /** Draws now, instead of at the next frame. */
  flush(): void {
    this.cancel();
    this.draw();
  }

  /** Drops a pending redraw (the layer left the map). */
  cancel(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

export interface CanvasView {
  /** The map's size in CSS pixels. */
  readonly size: L.Point;
  readonly dpr: number;
  /** The view's top-left corner in layer pixels (where the canvas now sits). */
  readonly topLeft: L.Point;
}

/**
 * Moves `canvas` to the map's visible view at its size in CSS pixels, leaving its bitmap
 * alone (a canvas handed to a worker has its bitmap sized there).
 */
export function placeCanvasOverView(map: L.Map, canvas: HTMLCanvasElement): CanvasView {
  const size = map.getSize();
  const dpr = window.devicePixelRatio || 1;
  const topLeft = map.containerPointToLayerPoint([0, 0]);
  L.DomUtil.setPosition(canvas, topLeft);
  const width = `${size.x}px`;
  const height = `${size.y}px`;
  if (canvas.style.width !== width || canvas.style.height !== height) {
    canvas.style.width = width;
    canvas.style.height = height;
  }
  return { size, dpr, topLeft };
}

/**
 * Moves `canvas` to the map's visible view and sizes it for the screen's pixel ratio (its
 * bitmap is reallocated only when the size changes). The caller sets its own transform.
 */
export function fitCanvasToView(map: L.Map, canvas: HTMLCanvasElement): CanvasView {
  const placed = placeCanvasOverView(map, canvas);
  const width = Math.round(placed.size.x * placed.dpr);
  const height = Math.round(placed.size.y * placed.dpr);
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  return placed;
}

/**
 * Calls `onChange` when the page's colours may have changed: the theme, contrast or style
 * attributes of <html> or of the app around `container`, or the system's colour scheme,
 * contrast or forced colours. Returns what stops watching.
 */
export function watchTheme(container: HTMLElement, onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  const targets = new Set<Element>([document.documentElement]);
  const app = container.closest('.app');
  if (app) targets.add(app);
  for (const t of targets)
    observer.observe(t, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  const media = [
    '(prefers-color-scheme: dark)',
    '(prefers-contrast: more)',
    '(forced-colors: active)',
  ].map((q) => window.matchMedia(q));
  for (const m of media) m.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    for (const m of media) m.removeEventListener('change', onChange);
  };
}

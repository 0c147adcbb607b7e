import L from 'leaflet';

/**
 * Leaflet's canvas renderer, made safe to remove at any moment. Leaflet 1.9 deletes the
 * drawing context when the renderer leaves the map but can still run a redraw it had queued
 * (a race its maintainers describe in Leaflet#6030 and Leaflet#9542), which throws
 * "Cannot read properties of undefined (reading 'clearRect')" when a large dataset's routes
 * are replaced during a zoom. A redraw with no context does nothing; a removed renderer
 * forgets its queued frame, so that one added again draws again.
 */
interface CanvasInternals {
  _ctx?: CanvasRenderingContext2D;
  _redrawRequest: number | null;
}

const SafeCanvas = L.Canvas.extend({
  _redraw(this: L.Canvas & CanvasInternals) {
    if (!this._ctx) {
      this._redrawRequest = null;
      return;
    }
    (L.Canvas.prototype as unknown as { _redraw: () => void })._redraw.call(this);
  },
  _destroyContainer(this: L.Canvas & CanvasInternals) {
    (L.Canvas.prototype as unknown as { _destroyContainer: () => void })._destroyContainer.call(
      this,
    );
    this._redrawRequest = null;
  },
}) as unknown as new (options?: L.RendererOptions) => L.Canvas;

export function canvasRenderer(options?: L.RendererOptions): L.Canvas {
  return new SafeCanvas(options);
}

import * as L from 'leaflet';
import { detailLevel, projectedCopies, type ProjectedLine } from '../../domain/geo/routeGeometry';
import { FrameScheduler, fitCanvasToView, placeCanvasOverView } from './viewCanvas';
import { sameView, type DrawnView } from './arcPaint';

/**
 * What the route and link canvases share: canvases in a pane over the view, a redraw at
 * most once per animation frame when the view moves, and arcs at the level of detail of
 * the zoom, projected once per zoom into typed arrays (forgotten on a zoom, made again on
 * first use).
 */
export abstract class ArcCanvasLayer extends L.Layer {
  protected readonly frames = new FrameScheduler(() => this.draw());
  protected zoom = Number.NaN;
  protected level = Number.NaN;
  private canvases: HTMLCanvasElement[] = [];

  constructor(
    private readonly paneName: string,
    private readonly canvasClass: string,
    private readonly canvasCount: number,
  ) {
    super();
  }

  /** Draws the canvases (at most once per frame, see `schedule`). */
  protected abstract draw(): void;
  /** The zoom changed: projected arcs are to be made again. */
  protected abstract forgetPixels(): void;

  /** The canvases, bottom first, while the layer is on a map (else empty). */
  protected get canvasList(): readonly HTMLCanvasElement[] {
    return this.canvases;
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane(this.paneName) ?? map.getPanes().overlayPane;
    this.canvases = Array.from({ length: this.canvasCount }, () => {
      const canvas = document.createElement('canvas');
      canvas.className = `${this.canvasClass} leaflet-zoom-hide`;
      canvas.setAttribute('aria-hidden', 'true');
      canvas.style.pointerEvents = 'none';
      pane.append(canvas);
      return canvas;
    });
    this.reproject();
    return this;
  }

  override onRemove(): this {
    this.frames.cancel();
    for (const canvas of this.canvases) canvas.remove();
    this.canvases = [];
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

  /** Draws now (instead of at the next frame). */
  flush() {
    this.frames.flush();
  }

  protected readonly reproject = () => {
    const map = this._map;
    if (!map) return;
    const zoom = map.getZoom();
    if (zoom !== this.zoom) {
      this.zoom = zoom;
      // The arcs are made again only for a new level of detail; pixels for any new zoom.
      this.level = detailLevel(zoom);
      this.forgetPixels();
    }
    this.schedule();
  };

  protected readonly schedule = () => {
    if (this._map) this.frames.schedule();
  };

  /**
   * Places `canvas` over the view (and sizes its bitmap unless `bitmap` is false: a canvas
   * handed to a worker); true when the view is not the one it was drawn for (it must then
   * be drawn whole: its bitmap was cleared or its content is elsewhere).
   */
  protected fit(
    canvas: HTMLCanvasElement,
    last: DrawnView | null,
    bitmap = true,
  ): [DrawnView, boolean] {
    const map = this._map!;
    const { size, dpr, topLeft } = (bitmap ? fitCanvasToView : placeCanvasOverView)(map, canvas);
    const origin = map.getPixelOrigin();
    const view: DrawnView = {
      ox: origin.x + topLeft.x,
      oy: origin.y + topLeft.y,
      w: size.x,
      h: size.y,
      dpr,
      zoom: map.getZoom(),
    };
    return [view, !sameView(last, view)];
  }

  /** Every copy of an arc ([lat, lon, …]) in Web Mercator pixels at the current zoom. */
  protected project(line: Float64Array): ProjectedLine[] {
    return projectedCopies(line, 256 * 2 ** this.zoom);
  }
}

import L from 'leaflet';
import {
  detailLevel,
  offView,
  projectedCopies,
  type ProjectedLine,
} from '../../domain/geo/routeGeometry';
import { FrameScheduler, fitCanvasToView } from './viewCanvas';

/** Where a canvas sits in Web Mercator pixels and how large it is (CSS pixels). */
export interface CanvasBox {
  readonly ox: number;
  readonly oy: number;
  readonly w: number;
  readonly h: number;
}

/** Where a canvas was drawn: a new view means a whole redraw. */
export interface DrawnView extends CanvasBox {
  readonly dpr: number;
  readonly zoom: number;
}

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
   * Places `canvas` over the view; true when the view is not the one it was drawn for
   * (it must then be drawn whole: its bitmap was cleared or its content is elsewhere).
   */
  protected fit(canvas: HTMLCanvasElement, last: DrawnView | null): [DrawnView, boolean] {
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

  /** Clears `canvas` for a whole redraw and sets its transform; null without a context. */
  protected static begin(canvas: HTMLCanvasElement, dpr: number): CanvasRenderingContext2D | null {
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    return ctx;
  }

  /** Every copy of an arc ([lat, lon, …]) in Web Mercator pixels at the current zoom. */
  protected project(line: Float64Array): ProjectedLine[] {
    return projectedCopies(line, 256 * 2 ** this.zoom);
  }

  /**
   * Adds the copies in view to the context's current path, in canvas pixels (world pixels
   * less the canvas's top-left); true when any was added.
   */
  protected static trace(
    ctx: CanvasRenderingContext2D,
    box: CanvasBox,
    copies: readonly ProjectedLine[],
  ): boolean {
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
}

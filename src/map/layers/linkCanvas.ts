import type L from 'leaflet';
import type { LatLng } from '../../domain/geo/latlng';
import { legLine, type ProjectedLine } from '../../domain/geo/routeGeometry';
import { ArcCanvasLayer } from './arcCanvas';
import { watchTheme } from './viewCanvas';
import { beginArcs, traceArcs } from './arcPaint';

export interface LinkStyle {
  /** A CSS custom property of the map's container (it follows the theme), and its fallback. */
  readonly colorVar: string;
  readonly color: string;
  readonly width: number;
  readonly opacity: number;
  readonly dash: readonly number[];
}

interface DrawnLink {
  /** The places the link joins, in order: one arc between each two. */
  readonly points: readonly LatLng[];
  shown: boolean;
  /** Every arc's copies in Web Mercator pixels at the current zoom; made on first draw. */
  pixels: ProjectedLine[] | null;
}

/**
 * Many call links drawn on one canvas from typed arrays: each arc is computed once per
 * level of detail and projected once per zoom (src/domain/geo/routeGeometry.ts), and the
 * canvas is drawn again only when the view or the links shown change, never as the date
 * moves. Replaces one Leaflet polyline per link, which kept a LatLng and a Point object
 * per point of every arc (100,000 events: about 1,200 links, 5 MB of heap).
 */
export class LinkCanvasLayer extends ArcCanvasLayer {
  private readonly links: DrawnLink[];
  /** Whole redraws, for tests. */
  draws = 0;
  private unwatchTheme: (() => void) | null = null;
  /**
   * The theme's colour, read once per theme: reading it on every draw (the day's links are
   * drawn again on each frame of a scrub) made the browser compute the page's style then.
   */
  private themed: string | null = null;

  constructor(
    links: readonly (readonly LatLng[])[],
    private readonly style: LinkStyle,
    pane: string,
  ) {
    super(pane, 'link-canvas', 1);
    this.links = links.map((points) => ({ points, shown: false, pixels: null }));
  }

  override onAdd(map: L.Map): this {
    // Drawn again in the colours of a new theme (a projector's dark room, high contrast).
    this.unwatchTheme = watchTheme(map.getContainer(), () => {
      this.themed = null;
      this.schedule();
    });
    return super.onAdd(map);
  }

  override onRemove(): this {
    this.unwatchTheme?.();
    this.unwatchTheme = null;
    return super.onRemove();
  }

  /** Whether a link (by index in the links given) is drawn. */
  setShown(index: number, shown: boolean) {
    const link = this.links[index];
    if (!link || link.shown === shown) return;
    link.shown = shown;
    this.schedule();
  }

  protected forgetPixels() {
    for (const link of this.links) link.pixels = null;
  }

  private pixelsOf(link: DrawnLink): ProjectedLine[] {
    if (!link.pixels) {
      const copies: ProjectedLine[] = [];
      for (let i = 0; i + 1 < link.points.length; i++)
        copies.push(...this.project(legLine(link.points[i]!, link.points[i + 1]!, this.level)));
      link.pixels = copies;
    }
    return link.pixels;
  }

  protected draw() {
    const [canvas] = this.canvasList;
    if (!this._map || !canvas) return;
    const [view] = this.fit(canvas, null);
    const ctx = beginArcs(canvas, view.dpr);
    if (!ctx) return;
    this.draws++;
    const { colorVar, color, width, opacity, dash } = this.style;
    this.themed ??= getComputedStyle(this._map.getContainer()).getPropertyValue(colorVar).trim();
    ctx.globalAlpha = opacity;
    ctx.lineWidth = width;
    ctx.strokeStyle = this.themed || color;
    ctx.setLineDash([...dash]);
    // One stroke per link: Chromium rasterizes 300 dotted arcs stroked one by one in less
    // than half the time it takes for one path of all of them (31 against 75 ms in a test
    // page), the raster that the commit after a redraw waits for.
    for (const link of this.links) {
      if (!link.shown) continue;
      ctx.beginPath();
      if (traceArcs(ctx, view, this.pixelsOf(link))) ctx.stroke();
    }
  }
}

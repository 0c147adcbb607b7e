import * as L from 'leaflet';
import type { Journey } from '../../domain/journeys/journeys';
import type { RouteSpan } from '../../domain/geo/routeRedraw';
import { ArcCanvasLayer } from './arcCanvas';
import type { DrawnView } from './arcPaint';
import {
  packRoutes,
  packSpans,
  RoutePainter,
  type FromRouteWorker,
  type PackedRoute,
  type RouteFrame,
  type ToRouteWorker,
} from './routePainter';

export type { RouteSpan };

export interface RouteStyle {
  /** Opacity of legs not yet travelled (0: hidden). */
  futureOpacity: number;
}

/** A route canvas: its image as a PNG, once every frame asked for is drawn (for tests). */
export interface RouteCanvasElement extends HTMLCanvasElement {
  routeSnapshot?: () => Promise<Blob>;
}

/** Whether this browser can hand a canvas to a worker (jsdom and old browsers cannot). */
function canDrawInWorker(canvas: HTMLCanvasElement): boolean {
  return (
    typeof Worker !== 'undefined' &&
    typeof OffscreenCanvas !== 'undefined' &&
    typeof canvas.transferControlToOffscreen === 'function'
  );
}

/**
 * Routes drawn on two canvases from typed arrays (the drawing is routePainter.ts): the
 * network of legs not yet travelled, and the travelled legs, to which a step forward only
 * adds the legs it completed. Replaces Leaflet's vector layers for large networks.
 *
 * The canvases are handed to a worker (routeWorker.ts) where the browser can: a trail of
 * hundreds of arcs is stroked and rasterized again on each date of a scrub, and on the
 * page's thread that was a third to a half of a frame. The page only places the canvases
 * over the view and posts each frame's view and spans, at most one frame in flight (the
 * latest is sent when the worker answers). After a zoom the canvases stay hidden until the
 * worker has drawn the new zoom, so that the old one is never shown at the new scale.
 * Elsewhere the same painter draws on the page.
 */
export class RouteCanvasLayer extends ArcCanvasLayer {
  private readonly spans: (RouteSpan | null)[];
  private readonly shown: boolean[];
  private style: RouteStyle;
  private painter: RoutePainter | null = null;
  private worker: Worker | null = null;
  private seq = 0;
  private inFlight = false;
  private pending = false;
  private hiddenUntilZoom: number | null = null;
  private idle: (() => void)[] = [];
  private snapshots = new Map<number, (image: Blob) => void>();

  constructor(
    private readonly journeys: readonly { journey: Journey; color: string }[],
    style: RouteStyle,
    pane: string,
  ) {
    super(pane, 'route-canvas', 2);
    this.style = style;
    this.spans = journeys.map(() => ({ from: 0, to: 0, done: 0 }));
    this.shown = journeys.map(() => false);
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    const [network, travelled] = this.canvasList as RouteCanvasElement[];
    const routes: PackedRoute[] = packRoutes(this.journeys);
    if (network && travelled && canDrawInWorker(network)) {
      const worker = new Worker(new URL('./routeWorker.ts', import.meta.url), { type: 'module' });
      const offscreen = {
        network: network.transferControlToOffscreen(),
        travelled: travelled.transferControlToOffscreen(),
      };
      this.worker = worker;
      worker.onmessage = (event: MessageEvent<FromRouteWorker>) => this.received(event.data);
      this.post({ type: 'init', ...offscreen, routes }, [
        offscreen.network,
        offscreen.travelled,
        ...routes.flatMap((r) => [r.ends.buffer, r.kinds.buffer]),
      ]);
      network.routeSnapshot = () => this.snapshot('network');
      travelled.routeSnapshot = () => this.snapshot('travelled');
    } else {
      this.painter = new RoutePainter(routes);
      for (const canvas of [network, travelled])
        if (canvas)
          canvas.routeSnapshot = () =>
            new Promise((resolve, reject) =>
              canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no image')))),
            );
    }
    return this;
  }

  override onRemove(): this {
    this.worker?.terminate();
    this.worker = null;
    this.painter = null;
    this.inFlight = this.pending = false;
    this.hiddenUntilZoom = null;
    for (const resolve of this.idle.splice(0)) resolve();
    return super.onRemove();
  }

  /** Which actors are drawn, by index in the journeys given. */
  setShown(index: number, shown: boolean) {
    if (index >= this.shown.length || this.shown[index] === shown) return;
    this.shown[index] = shown;
    this.schedule();
  }

  /** What an actor shows now; nothing is redrawn when it is the same. */
  setSpan(index: number, span: RouteSpan) {
    const s = this.spans[index];
    if (!s || (s.from === span.from && s.to === span.to && s.done === span.done)) return;
    this.spans[index] = span;
    if (this.shown[index]) this.schedule();
  }

  setStyle(style: RouteStyle) {
    this.style = style;
    this.schedule();
  }

  protected forgetPixels() {
    // The painter forgets its pixels when a frame comes at a new zoom. In the worker, the
    // canvases keep the old zoom's image until the new one is drawn: hide them until then.
    if (!this.worker) return;
    this.hiddenUntilZoom = this.zoom;
    for (const canvas of this.canvasList) canvas.style.visibility = 'hidden';
  }

  protected draw() {
    const [network, travelled] = this.canvasList;
    if (!this._map || !network || !travelled) return;
    if (this.worker && this.inFlight) {
      // One frame at a time: the latest state goes when the worker answers.
      this.pending = true;
      return;
    }
    const [view] = this.fit(network, null, !this.worker);
    this.fit(travelled, null, !this.worker);
    const frame: RouteFrame = {
      view,
      spans: this.spans.map((s, i) => (this.shown[i] ? s : null)),
      futureOpacity: this.style.futureOpacity,
    };
    if (this.painter) this.painter.paint(network, travelled, frame);
    else this.postFrame(view, frame);
  }

  private postFrame(view: DrawnView, frame: RouteFrame) {
    this.inFlight = true;
    this.pending = false;
    const spans = packSpans(frame.spans);
    this.post({ type: 'frame', seq: ++this.seq, view, spans, futureOpacity: frame.futureOpacity }, [
      spans.buffer,
    ]);
  }

  private post(message: ToRouteWorker, transfer: Transferable[] = []) {
    this.worker?.postMessage(message, transfer);
  }

  private received(message: FromRouteWorker) {
    if (message.type === 'snapshot') {
      this.snapshots.get(message.seq)?.(message.image);
      this.snapshots.delete(message.seq);
      return;
    }
    this.inFlight = false;
    if (this.hiddenUntilZoom !== null && message.zoom === this.hiddenUntilZoom) {
      this.hiddenUntilZoom = null;
      for (const canvas of this.canvasList) canvas.style.visibility = '';
    }
    if (this.pending) this.draw();
    else for (const resolve of this.idle.splice(0)) resolve();
  }

  /** A canvas's image once every change asked for so far is drawn. */
  private async snapshot(canvas: 'network' | 'travelled'): Promise<Blob> {
    this.flush();
    if (this.inFlight || this.pending) await new Promise<void>((r) => this.idle.push(r));
    const seq = ++this.seq;
    return new Promise((resolve) => {
      this.snapshots.set(seq, resolve);
      this.post({ type: 'snapshot', seq, canvas });
    });
  }
}

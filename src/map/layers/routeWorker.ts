/**
 * The routes worker: draws the routes' two canvases, handed over by the page with
 * `transferControlToOffscreen`, so that stroking and rasterizing hundreds of arcs per frame
 * (trails move on every date of a scrub) happens off the page's thread. Started by
 * routeCanvas.ts; the drawing is routePainter.ts, the messages its ToRouteWorker and
 * FromRouteWorker.
 */
import {
  RoutePainter,
  unpackSpans,
  type FromRouteWorker,
  type ToRouteWorker,
} from './routePainter';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToRouteWorker>) => void) | null;
  postMessage(message: FromRouteWorker): void;
}
const scope = self as unknown as WorkerScope;

let painter: RoutePainter | null = null;
let canvases: { network: OffscreenCanvas; travelled: OffscreenCanvas } | null = null;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'init') {
    painter = new RoutePainter(message.routes);
    canvases = { network: message.network, travelled: message.travelled };
  } else if (message.type === 'frame') {
    if (!painter || !canvases) return;
    const { view, spans, futureOpacity } = message;
    painter.paint(canvases.network, canvases.travelled, {
      view,
      spans: unpackSpans(spans),
      futureOpacity,
    });
    scope.postMessage({ type: 'painted', seq: message.seq, zoom: view.zoom });
  } else if (canvases) {
    const { seq } = message;
    void canvases[message.canvas]
      .convertToBlob()
      .then((image) => scope.postMessage({ type: 'snapshot', seq, image }));
  }
};

import { describe, expect, it } from 'vitest';
import {
  LegKind,
  packRoutes,
  packSpans,
  RoutePainter,
  unpackSpans,
  type RouteFrame,
} from '../../../src/map/layers/routePainter';
import type { Surface } from '../../../src/map/layers/arcPaint';
import type { Journey } from '../../../src/domain/journeys/journeys';
import { latLng } from '../../../src/domain/geo/latlng';

/** A 2D context that records what is drawn: clears, and each stroke's style and pieces. */
class RecordingContext {
  log: string[] = [];
  private pieces = 0;
  globalAlpha = 1;
  lineWidth = 1;
  strokeStyle = '';
  lineCap = '';
  lineJoin = '';
  private dash: number[] = [];
  setTransform() {}
  clearRect() {
    this.log.push('clear');
  }
  beginPath() {
    this.pieces = 0;
  }
  moveTo() {
    this.pieces++;
  }
  lineTo() {}
  setLineDash(dash: number[]) {
    this.dash = dash;
  }
  stroke() {
    const dashed = this.dash.length ? ' dashed' : '';
    this.log.push(`${this.strokeStyle} ${this.globalAlpha}${dashed} ×${this.pieces}`);
  }
}

function surface(): Surface & { ctx: RecordingContext } {
  const ctx = new RecordingContext();
  return {
    width: 0,
    height: 0,
    ctx,
    getContext: () => ctx as unknown as CanvasRenderingContext2D,
  };
}

const paris = latLng(48.86, 2.35);
const berlin = latLng(52.52, 13.4);
const rome = latLng(41.9, 12.5);
const madrid = latLng(40.42, -3.7);

/** A journey through `stops`, one leg between each; `inferred` and `gaps` by leg index. */
function journey(stops: ReturnType<typeof latLng>[], inferred: number[] = [], gaps: number[] = []) {
  return {
    stops: stops.map((position) => ({ position })),
    legs: stops.slice(1).map((_, i) => ({
      fromIndex: i,
      toIndex: i + 1,
      inferred: inferred.includes(i),
      gap: gaps.includes(i),
      distanceKm: 1000,
    })),
  } as unknown as Journey;
}

// The whole of Europe in a 1024×1024 view at zoom 2 (world 1024 px wide).
const view = { ox: 0, oy: 0, w: 1024, h: 1024, dpr: 1, zoom: 2 };

describe('the routes worker protocol', () => {
  it('packs each leg’s ends and kind: stated, inferred (dashed), or not drawn (a gap)', () => {
    const [route] = packRoutes([
      { journey: journey([paris, berlin, rome, madrid], [1], [2]), color: '#f00' },
    ]);
    expect(route!.color).toBe('#f00');
    expect([...route!.kinds]).toEqual([LegKind.Stated, LegKind.Inferred, LegKind.Hidden]);
    expect([...route!.ends.slice(0, 8)]).toEqual([
      48.86, 2.35, 52.52, 13.4, 52.52, 13.4, 41.9, 12.5,
    ]);
  });

  it('packs spans into one array and back, hidden actors included', () => {
    const spans = [{ from: 0, to: 5, done: 2 }, null, { from: 3, to: 4, done: 4 }];
    const packed = packSpans(spans);
    expect(packed).toBeInstanceOf(Int32Array);
    expect(unpackSpans(packed)).toEqual(spans);
  });
});

describe('RoutePainter', () => {
  const routes = packRoutes([
    { journey: journey([paris, berlin, rome, madrid, paris], [1]), color: 'red' },
    { journey: journey([madrid, rome]), color: 'blue' },
  ]);
  /** A painter and its two recording surfaces; `paint` draws one frame on them. */
  function setup() {
    const painter = new RoutePainter(routes);
    const network = surface();
    const travelled = surface();
    const paint = (spans: RouteFrame['spans'], v = view, futureOpacity = 0.3) =>
      painter.paint(network, travelled, { view: v, spans, futureOpacity });
    return { painter, network, travelled, paint };
  }

  it('draws the network faint and the travelled legs solid, sized for the view', () => {
    const { network, travelled, paint } = setup();
    paint([{ from: 0, to: 4, done: 1 }, null]);
    expect([network.width, network.height, travelled.width]).toEqual([1024, 1024, 1024]);
    // The network is every leg of the span, under the travelled ones: legs 0, 2 and 3
    // stated, leg 1 inferred (dashed).
    expect(network.ctx.log).toEqual(['clear', 'red 0.3 ×3', 'red 0.3 dashed ×1']);
    expect(travelled.ctx.log).toEqual(['clear', 'red 0.9 ×1']);
  });

  it('a step forward adds only the legs it completed; a step back draws all again', () => {
    const { painter, travelled, paint } = setup();
    paint([
      { from: 0, to: 4, done: 1 },
      { from: 0, to: 1, done: 0 },
    ]);
    travelled.ctx.log = [];
    paint([
      { from: 0, to: 4, done: 3 },
      { from: 0, to: 1, done: 0 },
    ]);
    expect(travelled.ctx.log).toEqual(['red 0.9 ×1', 'red 0.9 dashed ×1']);
    expect(painter.increments).toBe(1);
    travelled.ctx.log = [];
    paint([
      { from: 0, to: 4, done: 2 },
      { from: 0, to: 1, done: 0 },
    ]);
    expect(travelled.ctx.log).toEqual(['clear', 'red 0.9 ×1', 'red 0.9 dashed ×1']);
    expect(painter.draws).toBe(2);
  });

  it('a new view, a hidden actor or a hidden network draws whole, without what is hidden', () => {
    const { network, travelled, paint } = setup();
    const spans = [
      { from: 0, to: 4, done: 4 },
      { from: 0, to: 1, done: 1 },
    ];
    paint(spans);
    travelled.ctx.log = [];
    paint(spans, { ...view, ox: 10 });
    expect(travelled.ctx.log[0]).toBe('clear');
    expect(travelled.ctx.log.some((l) => l.startsWith('blue'))).toBe(true);
    travelled.ctx.log = [];
    paint([spans[0]!, null], { ...view, ox: 10 });
    expect(travelled.ctx.log[0]).toBe('clear');
    expect(travelled.ctx.log.some((l) => l.startsWith('blue'))).toBe(false);

    network.ctx.log = [];
    paint([{ from: 0, to: 4, done: 0 }, null], view, 0);
    expect(network.ctx.log).toEqual([]);
  });

  it('skips legs wholly out of view', () => {
    const { travelled, paint } = setup();
    // A view far east of Europe at zoom 2 (world 1024 px): nothing to stroke.
    paint([{ from: 0, to: 4, done: 4 }, null], { ...view, ox: 700, w: 200 });
    expect(travelled.ctx.log).toEqual(['clear']);
  });
});

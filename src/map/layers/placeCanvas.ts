import * as L from 'leaflet';
import { FrameScheduler, fitCanvasToView, watchTheme, type CanvasView } from './viewCanvas';
import {
  placeLabels,
  type LabelCandidate,
  type PlacedLabel,
  type Rect,
} from '../../domain/labels/placeLabels';
import { chipsOn } from '../travellerChips';

/** What the canvas needs to know about one place. */
export interface CanvasPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  prominence: 'primary' | 'context';
}

/** Per-place state that changes with the day, the selection, focus and hover. */
export interface PlaceState {
  /** 0 (quiet) … 1 (an event today); in between: visited in the last days. */
  activity: number;
  selected: boolean;
}

/** Canvas colours and sizes, read from CSS custom properties once per theme change. */
interface Theme {
  dot: string;
  dotRing: string;
  dotContext: string;
  active: string;
  activeRing: string;
  activeHalo: string;
  ink: string;
  inkSoft: string;
  labelBg: string;
  labelBgContext: string;
  labelBorder: string;
  labelActiveBg: string;
  labelActiveBorder: string;
  selected: string;
  labelPx: number;
  labelContextPx: number;
  labelBorderPx: number;
  fontFamily: string;
}

/** Radius of the drawn dot (with its white ring), in CSS pixels. */
export const DOT_RADIUS = { primary: 10.5, context: 6.5 } as const;
const LABEL_PAD_X = 7;
const LABEL_PAD_Y = 2;
const LABEL_GAP = 4;
/** Room kept between a label and a traveller's marker (its shadow), in CSS pixels. */
const CHIP_ROOM = 2;
/** A traveller marker's size in styles.css with room around it (until it is measured). */
const CHIP_GUESS = { w: 32 + 2 * CHIP_ROOM, h: 32 + 2 * CHIP_ROOM };
const NO_SIZE = { w: 0, h: 0 };
/** From this priority (the place at the current date, chosen, focused or hovered) a name may be
 * cut by the map's edge when no side inside it is free; a quieter name is left out instead. */
const KEEP_CUT_FROM = 200;
/**
 * While places change state every frame (a scrub, playback), labels are placed again at
 * most this often (a greedy pass over every labelled place and dot); in between, the
 * labels already placed are drawn and a place that has just become active gets its name
 * at the next pass. A lone change (one day, a selection) is placed at once.
 */
export const PLACE_INTERVAL_MS = 200;
/** Room around a label's box in its sprite, for the selection ring (CSS pixels). */
const SPRITE_PAD = 3;
/** Sprites kept at most (a place has a few looks: quiet, active, selected…). */
const MAX_SPRITES = 4000;

interface Item {
  place: CanvasPlace;
  /** Position in layer pixels at the current zoom. */
  point: L.Point;
  state: PlaceState;
  labelW: number;
  labelH: number;
  proxy: HTMLElement;
  proxyLabel: HTMLElement;
  placed: PlacedLabel | null;
  /** The label's box last written to its proxy element ('' hidden). */
  labelBox: string;
}

export interface PlaceCanvasOptions {
  /** Always-labelled places (small datasets) or only those with something happening. */
  labelAll: boolean;
  onSelect: (placeId: string) => void;
}

function readTheme(el: HTMLElement): Theme {
  const s = getComputedStyle(el);
  // places.css gives every one of them a value, in every theme.
  const css = (name: string) => s.getPropertyValue(name).trim();
  const num = (name: string, fallback: number) => {
    const n = parseFloat(css(name));
    return Number.isFinite(n) ? n : fallback;
  };
  return {
    dot: css('--place-dot'),
    dotRing: css('--place-dot-ring'),
    dotContext: css('--place-dot-context'),
    active: css('--place-active'),
    activeRing: css('--place-active-ring'),
    activeHalo: css('--place-active-halo'),
    ink: css('--place-label-ink'),
    inkSoft: css('--place-label-ink-soft'),
    labelBg: css('--place-label-bg'),
    labelBgContext: css('--place-label-bg-context'),
    labelBorder: css('--place-label-border'),
    labelActiveBg: css('--place-label-active-bg'),
    labelActiveBorder: css('--place-label-active-border'),
    selected: css('--place-selected'),
    labelPx: num('--place-label-px', 17),
    labelContextPx: num('--place-label-context-px', 14),
    labelBorderPx: num('--place-label-border-px', 1),
    fontFamily: s.fontFamily || 'system-ui, sans-serif',
  };
}

/**
 * Places drawn on one canvas, with one focusable proxy element per place for keyboard,
 * pointer and screen readers (named, Tab-reachable, Enter selects). The canvas is redrawn
 * only when something it shows changed (a place's state, the view, the theme or the
 * language), and labels are placed by the pure collision-avoiding `placeLabels`, once per
 * change of zoom or of what is labelled (placement is in layer pixels, so panning keeps it).
 */
export class PlaceCanvasLayer extends L.Layer {
  /** Quiet dots: redrawn only when the view, the theme or the places change. */
  private base: HTMLCanvasElement | null = null;
  private baseCtx: CanvasRenderingContext2D | null = null;
  /** What the quiet dots were last drawn for (view and theme); '' when they must be drawn. */
  private baseKey = '';
  /** Busy dots (recent, active) and labels: redrawn when anything shown changes. */
  private canvas: HTMLCanvasElement | null = null;
  private ctx: CanvasRenderingContext2D | null = null;
  private proxies: HTMLElement | null = null;
  private items: Item[] = [];
  private byId = new Map<string, Item>();
  private theme: Theme | null = null;
  private focusedId: string | null = null;
  private hoveredId: string | null = null;
  private readonly frames = new FrameScheduler(() => this.draw());
  private needsPlacement = true;
  private lastPlacement = -Infinity;
  private placeTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Each label drawn once into a small canvas per look (quiet, active, selected…), then
   * copied per frame: text and rounded boxes cost far more to draw than to copy.
   */
  private sprites = new Map<string, HTMLCanvasElement>();
  private unwatchTheme: (() => void) | null = null;
  private readonly opts: PlaceCanvasOptions;
  /**
   * Each traveller marker's and map control corner's size with room around it, as a
   * ResizeObserver reports it after a layout: reading it during a placement forced a
   * layout for each new marker.
   */
  private boxSizes = new WeakMap<Element, { w: number; h: number }>();
  private boxObserver: ResizeObserver | null = null;
  /** The map's control corners (zoom buttons, attribution): labels keep out from under them. */
  private corners: HTMLElement[] = [];
  /** Labels measured ahead, while the page is idle (a pending idle callback or timer). */
  private premeasuring: (() => void) | null = null;
  /** Redraws counted, for tests and the benchmark's profile. */
  draws = 0;

  constructor(places: readonly CanvasPlace[], opts: PlaceCanvasOptions) {
    super();
    this.opts = opts;
    this.items = places.map((place) => this.makeItem(place));
    for (const it of this.items) this.byId.set(it.place.id, it);
  }

  private makeItem(place: CanvasPlace): Item {
    const proxy = document.createElement('div');
    proxy.className = `place-proxy place-icon-${place.prominence}`;
    proxy.setAttribute('role', 'button');
    proxy.tabIndex = 0;
    proxy.setAttribute('aria-label', place.name);
    proxy.dataset.placeId = place.id;
    const r = DOT_RADIUS[place.prominence];
    proxy.style.width = proxy.style.height = `${r * 2}px`;
    proxy.style.marginLeft = proxy.style.marginTop = `${-r}px`;
    // The proxy is the dot's box itself (no child for it): each positioned element is a
    // paint layer that every frame's paint walks, and there is one proxy per place.
    // (Static proxies moved by their margins in one grid cell layerized twice as slowly.)
    const label = document.createElement('span');
    label.className = 'place-label';
    label.setAttribute('aria-hidden', 'true');
    label.textContent = place.name; // text, never HTML
    proxy.append(label);
    const item: Item = {
      place,
      point: L.point(0, 0),
      state: { activity: 0, selected: false },
      labelW: -1,
      labelH: 0,
      proxy,
      proxyLabel: label,
      placed: null,
      labelBox: '',
    };
    // Its clicks, keys, focus and hover are heard once for all proxies (listenToProxies).
    return item;
  }

  /**
   * The proxies' clicks, Enter and Space, focus and hover, heard on their container (the
   * events bubble there; focus and hover as focusin/focusout and mouseover/mouseout): eleven
   * listeners per place cost 30-40 ms of the first view at 500-600 places. Clicks and
   * presses go no further (the map would take them for its own).
   */
  private listenToProxies(proxies: HTMLElement): void {
    L.DomEvent.disableClickPropagation(proxies);
    const placeOf = (target: EventTarget | null): string | null => {
      const proxy = target instanceof Element ? target.closest('.place-proxy') : null;
      return proxy instanceof HTMLElement && proxies.contains(proxy)
        ? (proxy.dataset.placeId ?? null)
        : null;
    };
    proxies.addEventListener('click', (e) => {
      const id = placeOf(e.target);
      if (id !== null) this.opts.onSelect(id);
    });
    proxies.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      const id = placeOf(e.target);
      if (id === null) return;
      e.preventDefault();
      e.stopPropagation();
      this.opts.onSelect(id);
    });
    proxies.addEventListener('focusin', (e) => {
      const id = placeOf(e.target);
      if (id !== null) this.setEmphasis('focusedId', id);
    });
    proxies.addEventListener('focusout', (e) => {
      const id = placeOf(e.target);
      if (id !== null) this.setEmphasis('focusedId', null, id);
    });
    // Moving between a proxy and its own label is neither an entry nor a leaving.
    proxies.addEventListener('mouseover', (e) => {
      const id = placeOf(e.target);
      if (id !== null && placeOf(e.relatedTarget) !== id) this.setEmphasis('hoveredId', id);
    });
    proxies.addEventListener('mouseout', (e) => {
      const id = placeOf(e.target);
      if (id !== null && placeOf(e.relatedTarget) !== id) this.setEmphasis('hoveredId', null, id);
    });
  }

  private setEmphasis(key: 'focusedId' | 'hoveredId', id: string | null, leaving?: string) {
    if (leaving !== undefined && this[key] !== leaving) return;
    if (this[key] === id) return;
    this[key] = id;
    this.needsPlacement = true;
    this.schedule();
  }

  override onAdd(map: L.Map): this {
    const pane = map.getPane('places') ?? map.createPane('places');
    pane.style.zIndex = '620';
    // Two canvases: during a scrub or playback only the few busy places and the labels
    // change, and a canvas redrawn is rasterized and committed again whole (10,000 events:
    // 750 places in view, four arcs each, drawn on every frame before).
    const base = document.createElement('canvas');
    base.className = 'place-base leaflet-zoom-hide';
    base.setAttribute('aria-hidden', 'true');
    this.base = base;
    this.baseCtx = base.getContext('2d');
    this.baseKey = '';
    const canvas = document.createElement('canvas');
    canvas.className = 'place-canvas leaflet-zoom-hide';
    canvas.setAttribute('aria-hidden', 'true');
    this.canvas = canvas;
    this.ctx = canvas.getContext('2d');
    const proxies = document.createElement('div');
    proxies.className = 'place-proxies leaflet-zoom-hide';
    for (const it of this.items) proxies.append(it.proxy);
    this.listenToProxies(proxies);
    this.proxies = proxies;
    pane.append(base, canvas, proxies);
    this.corners = [
      ...map
        .getContainer()
        .querySelectorAll<HTMLElement>(
          '.leaflet-control-container > .leaflet-top, .leaflet-control-container > .leaflet-bottom',
        ),
    ];
    this.readTheme();
    this.unwatchTheme = watchTheme(map.getContainer(), this.onThemeChange);
    this.reproject();
    return this;
  }

  override onRemove(): this {
    this.frames.cancel();
    this.premeasuring?.();
    this.premeasuring = null;
    this.boxObserver?.disconnect();
    this.boxObserver = null;
    this.corners = [];
    clearTimeout(this.placeTimer);
    this.placeTimer = undefined;
    this.sprites.clear();
    this.unwatchTheme?.();
    this.unwatchTheme = null;
    this.base?.remove();
    this.canvas?.remove();
    this.proxies?.remove();
    this.base = null;
    this.baseCtx = null;
    this.canvas = null;
    this.ctx = null;
    this.proxies = null;
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return {
      zoom: this.onZoom,
      viewreset: this.onZoom,
      zoomend: this.onZoom,
      moveend: this.onSettle,
      move: this.onMove,
      resize: this.onSettle,
      chipsmove: this.onChips,
    };
  }

  /**
   * A traveller's marker moved, came or went: labels are placed again around the markers
   * (at most every PLACE_INTERVAL_MS while they move; nothing is drawn while none moves).
   */
  private readonly onChips = () => {
    this.relabelSoon();
    if (this.needsPlacement) this.schedule();
  };

  /** The view settled somewhere new: labels at its edges may turn inwards. */
  private readonly onSettle = () => {
    this.needsPlacement = true;
    this.schedule();
  };

  private readonly onZoom = () => {
    this.reproject();
  };

  private readonly onMove = () => {
    this.schedule();
  };

  private readonly onThemeChange = () => {
    this.readTheme();
    this.needsPlacement = true;
    this.schedule();
  };

  private readTheme() {
    if (!this._map) return;
    const theme = readTheme(this._map.getContainer());
    const same = this.theme && JSON.stringify(this.theme) === JSON.stringify(theme);
    if (same) return;
    this.theme = theme;
    this.baseKey = '';
    this.measureLabels();
  }

  private fontOf(p: CanvasPlace, t: Theme) {
    const px = p.prominence === 'primary' ? t.labelPx : t.labelContextPx;
    return { px, font: `${p.prominence === 'primary' ? 700 : 500} ${px}px ${t.fontFamily}` };
  }

  /**
   * Label sizes are measured when a place first needs its name (text shaping costs about
   * a tenth of a millisecond a name, and a record has hundreds of places that stay quiet).
   */
  private measureLabels() {
    for (const it of this.items) it.labelW = -1;
    this.sprites.clear();
    this.needsPlacement = true;
    this.premeasuring?.();
    this.premeasuring = null;
    this.premeasure();
  }

  private measure(it: Item) {
    const ctx = this.ctx;
    const t = this.theme;
    if (!ctx || !t) return;
    const { px, font } = this.fontOf(it.place, t);
    if (ctx.font !== font) ctx.font = font;
    const w = ctx.measureText(it.place.name).width;
    it.labelW = Math.ceil(w + 2 * LABEL_PAD_X + 2 * t.labelBorderPx);
    it.labelH = Math.ceil(px * 1.25 + 2 * LABEL_PAD_Y + 2 * t.labelBorderPx);
  }

  /** The zoom changed: every place's layer pixel moves. */
  private reproject() {
    const map = this._map;
    if (!map) return;
    this.baseKey = '';
    for (const it of this.items) {
      it.point = map.latLngToLayerPoint([it.place.lat, it.place.lon]);
      // left/top, no transform: a 3D transform gives each of hundreds of proxies its own
      // compositor layer, and even a 2D one gives each its own paint property node, which
      // the compositor walks on every painted frame (record play p95 100 ms → 33 ms with
      // 571 places in view). Moving them relayouts only here, on a zoom.
      const s = it.proxy.style;
      s.left = `${it.point.x}px`;
      s.top = `${it.point.y}px`;
    }
    this.needsPlacement = true;
    this.schedule();
  }

  /** New names (a language change): text and names only, no element is recreated. */
  setNames(names: ReadonlyMap<string, string>) {
    for (const it of this.items) {
      const name = names.get(it.place.id);
      if (name === undefined || name === it.place.name) continue;
      it.place = { ...it.place, name };
      it.proxy.setAttribute('aria-label', name);
      it.proxyLabel.textContent = name;
    }
    this.measureLabels();
    this.schedule();
  }

  /**
   * While the timeline's playhead is dragged, the proxies are hidden (they are transparent,
   * and the pointer and focus are on the timeline): the compositor layerizes every frame's
   * paint, and a proxy is one paint layer even with nothing to draw (10,000 events: 750 in
   * view, about two thirds of the layerization of a scrub's frames).
   */
  setScrubbing(on: boolean) {
    this.proxies?.classList.toggle('is-scrubbing', on);
  }

  /** Only the places whose state changed are passed; the rest keep theirs. */
  setStates(changes: ReadonlyMap<string, PlaceState>) {
    let changed = false;
    for (const [id, state] of changes) {
      const it = this.byId.get(id);
      if (!it) continue;
      if (it.state.activity === state.activity && it.state.selected === state.selected) continue;
      it.state = state;
      it.proxy.classList.toggle('is-active', state.activity === 1);
      it.proxy.classList.toggle('is-recent', state.activity > 0 && state.activity < 1);
      it.proxy.classList.toggle('is-selected', state.selected);
      changed = true;
    }
    // What is labelled, and the priorities, change with activity.
    if (changed) {
      this.relabelSoon();
      this.schedule();
    }
  }

  /**
   * Labels placed again for a change of state: at once after a quiet spell, otherwise at
   * most every PLACE_INTERVAL_MS (with a last pass where the changes stop).
   */
  private relabelSoon() {
    if (this.needsPlacement || this.placeTimer !== undefined) return;
    const wait = this.lastPlacement + PLACE_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.needsPlacement = true;
      return;
    }
    this.placeTimer = setTimeout(() => {
      this.placeTimer = undefined;
      this.needsPlacement = true;
      this.schedule();
    }, wait);
  }

  private wantsLabel(it: Item): boolean {
    return (
      this.opts.labelAll ||
      it.state.activity > 0 ||
      it.state.selected ||
      it.place.id === this.focusedId ||
      it.place.id === this.hoveredId
    );
  }

  private priority(it: Item): number {
    const id = it.place.id;
    let p = 0;
    if (id === this.focusedId || id === this.hoveredId) p += 1000;
    if (it.state.selected) p += 500;
    if (it.state.activity === 1) p += 200;
    else if (it.state.activity > 0) p += 50 * it.state.activity;
    if (it.place.prominence === 'primary') p += 100;
    return p;
  }

  private place() {
    const wanted = this.items.filter((it) => this.wantsLabel(it));
    // Names measured one font at a time (setting a canvas font parses it).
    for (const prominence of ['primary', 'context'] as const)
      for (const it of wanted)
        if (it.labelW < 0 && it.place.prominence === prominence) this.measure(it);
    const candidates: LabelCandidate[] = wanted.map((it) => ({
      id: it.place.id,
      x: it.point.x,
      y: it.point.y,
      radius: DOT_RADIUS[it.place.prominence],
      w: Math.max(0, it.labelW),
      h: it.labelH,
      priority: this.priority(it),
    }));
    // Dots that carry no label still keep labels off them.
    const obstacles: Rect[] = [];
    for (const it of this.items) {
      if (this.wantsLabel(it)) continue;
      const r = DOT_RADIUS[it.place.prominence];
      obstacles.push({ x: it.point.x - r, y: it.point.y - r, w: 2 * r, h: 2 * r });
    }
    // Names stay inside the visible map where a side allows it (a place at the right edge
    // is named on its left), in layer pixels like the points; and off the travellers'
    // markers (centred on their place, moved by their group's offset), with a little room.
    const map = this._map;
    let prefer: { x: number; y: number; w: number; h: number } | undefined;
    const soft: Rect[] = [];
    if (map) {
      const size = map.getSize();
      const origin = map.containerPointToLayerPoint([0, 0]);
      prefer = { x: origin.x, y: origin.y, w: size.x, h: size.y };
      for (const c of chipsOn(map)) {
        const at = map.latLngToLayerPoint([c.lat, c.lon]);
        const { w, h } = this.sizeOf(c.el, CHIP_GUESS);
        soft.push({ x: at.x + c.dx - w / 2, y: at.y + c.dy - h / 2, w, h });
      }
      // A name under the attribution or the zoom buttons is as good as cut (Riyadh, below
      // its dot at the bottom of the first view, was hidden by the attribution).
      for (const corner of this.corners) {
        const { w, h } = this.sizeOf(corner, NO_SIZE);
        if (w <= 2 * CHIP_ROOM || h <= 2 * CHIP_ROOM) continue;
        const right = corner.classList.contains('leaflet-right');
        const bottom = corner.classList.contains('leaflet-bottom');
        soft.push({
          x: origin.x + (right ? size.x - w : 0),
          y: origin.y + (bottom ? size.y - h : 0),
          w,
          h,
        });
      }
    }
    for (const it of this.items) it.placed = null;
    for (const p of placeLabels(candidates, {
      gap: LABEL_GAP,
      prefer,
      keepCutFrom: KEEP_CUT_FROM,
      obstacles,
      soft,
    })) {
      const it = this.byId.get(p.id);
      if (it) it.placed = p;
    }
    for (const it of this.items) {
      const s = it.proxyLabel.style;
      const p = it.placed;
      const key = p ? `${p.x - it.point.x},${p.y - it.point.y},${p.w},${p.h}` : '';
      if (it.labelBox === key) continue;
      it.labelBox = key;
      if (!p) {
        s.display = 'none';
        continue;
      }
      const r = DOT_RADIUS[it.place.prominence];
      s.display = 'block';
      s.left = `${p.x - it.point.x + r}px`;
      s.top = `${p.y - it.point.y + r}px`;
      s.width = `${p.w}px`;
      s.height = `${p.h}px`;
    }
    this.needsPlacement = false;
    this.lastPlacement = performance.now();
    clearTimeout(this.placeTimer);
    this.placeTimer = undefined;
  }

  /** An element's size (with room); until its first layout, `guess`. */
  private sizeOf(el: HTMLElement, guess: { w: number; h: number }): { w: number; h: number } {
    const size = this.boxSizes.get(el);
    if (size) return size;
    this.boxSizes.set(el, guess);
    if (typeof ResizeObserver === 'undefined') return guess;
    this.boxObserver ??= new ResizeObserver(this.onSizes);
    this.boxObserver.observe(el);
    return guess;
  }

  private readonly onSizes = (entries: ResizeObserverEntry[]) => {
    let changed = false;
    for (const e of entries) {
      const box = e.borderBoxSize[0];
      if (!box) continue;
      const size = { w: box.inlineSize + 2 * CHIP_ROOM, h: box.blockSize + 2 * CHIP_ROOM };
      const before = this.boxSizes.get(e.target);
      if (before?.w === size.w && before.h === size.h) continue;
      this.boxSizes.set(e.target, size);
      changed = true;
    }
    if (changed) {
      this.relabelSoon();
      if (this.needsPlacement) this.schedule();
    }
  };

  /**
   * Every label measured while the page is idle, a few at a time, so that a place does not
   * pay for it in the frame where it first gets its name (about 0.07 ms a name).
   */
  private premeasure() {
    if (this.premeasuring || !this.ctx) return;
    const idle = window.requestIdleCallback?.bind(window);
    const later = (run: (budget: () => number) => void) => {
      if (idle) {
        const id = idle((d) => run(() => d.timeRemaining()), { timeout: 2000 });
        this.premeasuring = () => window.cancelIdleCallback(id);
      } else {
        const id = setTimeout(() => {
          const end = performance.now() + 8;
          run(() => end - performance.now());
        }, 50);
        this.premeasuring = () => clearTimeout(id);
      }
    };
    const step = (budget: () => number) => {
      this.premeasuring = null;
      for (const prominence of ['primary', 'context'] as const)
        for (const it of this.items) {
          if (it.labelW >= 0 || it.place.prominence !== prominence) continue;
          if (budget() < 1) return later(step);
          this.measure(it);
        }
    };
    later(step);
  }

  private schedule() {
    if (this._map) this.frames.schedule();
  }

  /** Draws now (instead of at the next frame). */
  flush() {
    this.frames.flush();
  }

  private draw() {
    const map = this._map;
    const canvas = this.canvas;
    const ctx = this.ctx;
    const t = this.theme;
    if (!map || !canvas || !ctx || !t) return;
    if (this.needsPlacement) this.place();
    this.draws++;
    const view = fitCanvasToView(map, canvas);
    const { size, dpr, topLeft: origin } = view;
    const margin = 60;
    const inView = (x: number, y: number) =>
      x > origin.x - margin &&
      y > origin.y - margin &&
      x < origin.x + size.x + margin &&
      y < origin.y + size.y + margin;
    const shown = this.items.filter((it) => inView(it.point.x, it.point.y));
    this.drawBase(map, view, t, shown);

    ctx.setTransform(dpr, 0, 0, dpr, -origin.x * dpr, -origin.y * dpr);
    ctx.clearRect(origin.x, origin.y, size.x, size.y);
    // Busy places over the quiet dots (drawn on the base, and covered here): recent, then
    // active.
    const busy = shown.filter((it) => it.state.activity > 0);
    busy.sort((a, b) => (a.state.activity === 1 ? 1 : 0) - (b.state.activity === 1 ? 1 : 0));
    for (const it of busy) this.drawDot(ctx, t, it);

    // A label placed before its place went quiet waits for the next placement unshown.
    const labelled = shown.filter((it) => it.placed && this.wantsLabel(it));
    labelled.sort((a, b) => this.priority(a) - this.priority(b));
    if (this.sprites.size > MAX_SPRITES) this.sprites.clear();
    for (const it of labelled) {
      const p = it.placed!;
      const sprite = this.spriteOf(t, it, dpr);
      ctx.drawImage(
        sprite,
        p.x - SPRITE_PAD,
        p.y - SPRITE_PAD,
        p.w + 2 * SPRITE_PAD,
        p.h + 2 * SPRITE_PAD,
      );
    }
  }

  /** Every place in view as a quiet dot (context under primary), when the view changed. */
  private drawBase(map: L.Map, view: CanvasView, t: Theme, shown: readonly Item[]) {
    const base = this.base;
    const ctx = this.baseCtx;
    if (!base || !ctx) return;
    const { size, dpr, topLeft: origin } = view;
    const key = `${map.getZoom()}|${origin.x},${origin.y}|${size.x}x${size.y}@${dpr}`;
    if (key === this.baseKey) return;
    this.baseKey = key;
    fitCanvasToView(map, base);
    ctx.setTransform(dpr, 0, 0, dpr, -origin.x * dpr, -origin.y * dpr);
    ctx.clearRect(origin.x, origin.y, size.x, size.y);
    for (const prominence of ['context', 'primary'] as const)
      for (const it of shown)
        if (it.place.prominence === prominence) this.drawDot(ctx, t, it, true);
  }

  /** The label's sprite for its current look, drawn on first use. */
  private spriteOf(t: Theme, it: Item, dpr: number): HTMLCanvasElement {
    const p = it.placed!;
    const look = it.state.activity === 1 ? 'a' : it.place.prominence === 'primary' ? 'p' : 'c';
    const key = `${it.place.id}\u0000${look}${it.state.selected ? 's' : ''}${p.w}x${p.h}@${dpr}`;
    let sprite = this.sprites.get(key);
    if (sprite) return sprite;
    sprite = document.createElement('canvas');
    sprite.width = Math.ceil((p.w + 2 * SPRITE_PAD) * dpr);
    sprite.height = Math.ceil((p.h + 2 * SPRITE_PAD) * dpr);
    const sctx = sprite.getContext('2d');
    if (sctx) {
      sctx.setTransform(dpr, 0, 0, dpr, (SPRITE_PAD - p.x) * dpr, (SPRITE_PAD - p.y) * dpr);
      this.drawLabel(sctx, t, it);
    }
    this.sprites.set(key, sprite);
    return sprite;
  }

  private drawDot(ctx: CanvasRenderingContext2D, t: Theme, it: Item, quiet = false) {
    const { x, y } = it.point;
    const primary = it.place.prominence === 'primary';
    const a = quiet ? 0 : it.state.activity;
    const outer = DOT_RADIUS[it.place.prominence];
    const ring = primary ? 3 : 2;
    if (a > 0) {
      ctx.globalAlpha = a === 1 ? 1 : 0.7;
      ctx.fillStyle = t.activeHalo;
      ctx.beginPath();
      ctx.arc(x, y, outer + (a === 1 ? 10 : a * 10), 0, Math.PI * 2);
      ctx.fill();
      ctx.globalAlpha = 1;
    }
    // Outline, white ring, fill.
    ctx.fillStyle = a === 1 ? t.activeRing : primary ? t.dot : t.dotContext;
    ctx.beginPath();
    ctx.arc(x, y, outer + (a === 1 ? 0.5 : 0), 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = t.dotRing;
    ctx.beginPath();
    ctx.arc(x, y, outer - 1.5, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = primary ? t.dot : t.dotContext;
    ctx.beginPath();
    ctx.arc(x, y, outer - 1.5 - ring, 0, Math.PI * 2);
    ctx.fill();
    if (a > 0) {
      ctx.globalAlpha = a;
      ctx.fillStyle = t.active;
      ctx.fill();
      ctx.globalAlpha = 1;
    }
  }

  private drawLabel(ctx: CanvasRenderingContext2D, t: Theme, it: Item) {
    const p = it.placed!;
    const primary = it.place.prominence === 'primary';
    const active = it.state.activity === 1;
    const b = t.labelBorderPx;
    ctx.fillStyle = active ? t.labelActiveBg : primary ? t.labelBg : t.labelBgContext;
    ctx.strokeStyle = active ? t.labelActiveBorder : t.labelBorder;
    ctx.lineWidth = b;
    ctx.beginPath();
    ctx.roundRect(p.x + b / 2, p.y + b / 2, p.w - b, p.h - b, 4);
    ctx.fill();
    ctx.stroke();
    if (it.state.selected) {
      ctx.strokeStyle = t.selected;
      ctx.lineWidth = 3;
      ctx.beginPath();
      ctx.roundRect(p.x - 1.5, p.y - 1.5, p.w + 3, p.h + 3, 5);
      ctx.stroke();
    }
    const { font } = this.fontOf(it.place, t);
    ctx.font = font;
    ctx.fillStyle = primary || active ? t.ink : t.inkSoft;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
    ctx.fillText(it.place.name, p.x + b + LABEL_PAD_X, p.y + p.h / 2 + 0.5);
  }
}

import { useEffect } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import type { RouteCanvasLayer, RouteSpan } from './routeCanvas';
import { useAppStore } from '../../store/appStore';
import { selectModel } from '../../store/selectors';
import { bearingDeg, interpolateGreatCircle } from '../../domain/geo/greatCircle';
import { isDrawnLeg, legsTravelledBy, type Journey } from '../../domain/journeys/journeys';
import type { FutureRoutes } from '../../store/appStore';
import type { DatasetModel } from '../../domain/model/model';
import { detailLevel, legParts } from '../../domain/geo/routeGeometry';

/** Up to this many legs, each gets a direction arrow; above, the map would drown in them. */
const MAX_ARROWS = 300;
/**
 * Above this many legs, routes are drawn on canvases (routeCanvas.ts) instead of as SVG
 * paths: the SVG network is repainted whole on each date that completes a leg, which made
 * scrubbing 392 legs (1,000 events) drop to 20 frames a second.
 */
const CANVAS_LEGS = MAX_ARROWS;
/**
 * Above this many legs the whole network would bury the map (and cost too much to regroup
 * every day): each actor then shows a trail of the legs of the last TRAIL_DAYS days (at
 * most TRAIL_MAX_LEGS).
 */
const FULL_NETWORK_MAX_LEGS = 2000;
const TRAIL_DAYS = 14;
/**
 * A trail's last legs at most: a dense record (100,000 synthetic events, 60 people) has
 * about 24 legs per person in 14 days, 1,400 arcs that buried the map (and were all stroked
 * again on each date of a scrub); a Secretary of State's tour seldom has more.
 */
const TRAIL_MAX_LEGS = 12;

/** Index of the first leg arriving after `t` (legs are in time order). */
function firstLegArrivingAfter(journey: Journey, t: number): number {
  let lo = 0;
  let hi = journey.legs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (journey.legs[mid]!.arrive <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

type GroupKey = 'travelled' | 'travelledInferred' | 'future' | 'futureInferred';
const GROUPS: readonly GroupKey[] = ['travelled', 'travelledInferred', 'future', 'futureInferred'];

interface ActorRoutes {
  journey: Journey;
  color: string;
  groups: Record<GroupKey, L.Polyline>;
  arrows: { legIndex: number; marker: L.Marker }[];
  done: number;
  shown: boolean;
  /** Each leg's arc at the current level of detail, made on first use (see partsOf). */
  parts: ([number, number][][] | undefined)[];
}

function arrowElement(color: string, angle: number): HTMLElement {
  const el = document.createElement('span');
  el.className = 'route-arrow';
  el.style.setProperty('--c', color);
  el.style.transform = `rotate(${angle}deg)`;
  return el;
}

const futureOpacity = (future: FutureRoutes) => (future === 'hidden' ? 0 : 0.3);

/**
 * Many legs: one canvas drawn from typed arrays (routeCanvas.ts). Each actor shows its whole
 * network split at the legs travelled by the current instant or, beyond
 * FULL_NETWORK_MAX_LEGS, its trail; a date change only passes each actor's new span.
 */
function addCanvasRoutes(map: L.Map, model: DatasetModel, trailMode: boolean): () => void {
  // The canvases and their worker are a chunk of their own: only large datasets need them.
  let remove: (() => void) | null = null;
  let removed = false;
  void import('./routeCanvas').then(({ RouteCanvasLayer }) => {
    if (!removed) remove = mountCanvasRoutes(map, model, trailMode, RouteCanvasLayer);
  });
  return function removeCanvasRoutes() {
    removed = true;
    remove?.();
  };
}

function mountCanvasRoutes(
  map: L.Map,
  model: DatasetModel,
  trailMode: boolean,
  RouteCanvas: typeof RouteCanvasLayer,
): () => void {
  const journeys = model.journeys;
  const layer = new RouteCanvas(
    journeys.map((journey) => ({
      journey,
      color: model.actorById.get(journey.actorId)?.color ?? '#333333',
    })),
    { futureOpacity: futureOpacity(useAppStore.getState().futureRoutes) },
    'routes',
  );
  const shown = journeys.map(() => false);
  const spanAt = (journey: Journey, t: number): RouteSpan => {
    const travelled = legsTravelledBy(journey, t);
    if (!trailMode) return { from: 0, to: journey.legs.length, done: travelled };
    // Trail: the legs that ended in the last TRAIL_DAYS days and the one under way.
    const to = Math.min(journey.legs.length, travelled + 1);
    const from = Math.max(firstLegArrivingAfter(journey, t - TRAIL_DAYS), to - TRAIL_MAX_LEGS);
    return { from, to, done: to };
  };
  const update = (t: number) => {
    journeys.forEach((journey, i) => {
      if (shown[i]) layer.setSpan(i, spanAt(journey, t));
    });
  };
  const showActors = (hidden: readonly string[]) => {
    const t = useAppStore.getState().currentDay;
    journeys.forEach((journey, i) => {
      const show = !hidden.includes(journey.actorId);
      shown[i] = show;
      if (show) layer.setSpan(i, spanAt(journey, t));
      layer.setShown(i, show);
    });
  };
  showActors(useAppStore.getState().hiddenActorIds);
  layer.addTo(map);
  const unsubscribeDay = useAppStore.subscribe((s) => s.currentDay, update);
  const unsubscribeHidden = useAppStore.subscribe((s) => s.hiddenActorIds, showActors);
  const unsubscribeFuture = useAppStore.subscribe(
    (s) => s.futureRoutes,
    (future) => layer.setStyle({ futureOpacity: futureOpacity(future) }),
  );
  return function unmountCanvasRoutes() {
    unsubscribeDay();
    unsubscribeHidden();
    unsubscribeFuture();
    layer.remove();
  };
}

function groupStyle(key: GroupKey, future: FutureRoutes, color: string): L.PolylineOptions {
  const travelled = key === 'travelled' || key === 'travelledInferred';
  const inferred = key === 'travelledInferred' || key === 'futureInferred';
  return {
    color,
    weight: travelled ? 4 : 3,
    opacity: travelled ? 0.9 : futureOpacity(future),
    dashArray: inferred ? '8 8' : undefined,
    lineCap: 'round',
    interactive: false,
  };
}

/**
 * Great-circle legs per actor: travelled legs solid, future ones faint or hidden, inferred
 * legs dashed, arrows for direction. Each actor has four multi-line layers (travelled or
 * not × stated or inferred) whose geometry is regrouped only when a leg is completed, so
 * the cost per frame does not grow with the number of legs. The layers are built once per
 * dataset: hiding an actor removes only that actor's layers, and the "routes not yet
 * travelled" setting only restyles. Beyond CANVAS_LEGS legs, one canvas (routeCanvas.ts)
 * draws the same from typed arrays.
 */
export function RoutesLayer() {
  const map = useMap();
  const model = useAppStore(selectModel);

  useEffect(
    function addRoutes() {
      const pane = map.getPane('routes') ?? map.createPane('routes');
      pane.style.zIndex = '410';
      const arrowPane = map.getPane('routeArrows') ?? map.createPane('routeArrows');
      arrowPane.style.zIndex = '600';
      const journeys = model.journeys;
      const legCount = journeys.reduce((n, j) => n + j.legs.length, 0);
      if (legCount > CANVAS_LEGS)
        return addCanvasRoutes(map, model, legCount > FULL_NETWORK_MAX_LEGS);
      // Up to CANVAS_LEGS legs: SVG paths, tagged per actor and kind, with arrows.
      const withArrows = legCount <= MAX_ARROWS;
      let future = useAppStore.getState().futureRoutes;

      const routes: ActorRoutes[] = journeys.map((journey) => {
        const color = model.actorById.get(journey.actorId)?.color ?? '#333333';
        const groups = {} as Record<GroupKey, L.Polyline>;
        for (const key of GROUPS) {
          groups[key] = L.polyline([], {
            ...groupStyle(key, future, color),
            pane: 'routes',
          });
        }
        const arrows: ActorRoutes['arrows'] = [];
        if (withArrows) {
          journey.legs.forEach((leg, legIndex) => {
            if (!isDrawnLeg(leg)) return;
            const from = journey.stops[leg.fromIndex]!.position;
            const to = journey.stops[leg.toIndex]!.position;
            const mid = interpolateGreatCircle(from, to, 0.5);
            const ahead = interpolateGreatCircle(from, to, 0.52);
            const marker = L.marker([mid.lat, mid.lon], {
              pane: 'routeArrows',
              interactive: false,
              keyboard: false,
              icon: L.divIcon({
                html: arrowElement(color, bearingDeg(mid, ahead)),
                className: 'route-arrow-icon',
                iconSize: [0, 0],
              }),
            });
            arrows.push({ legIndex, marker });
          });
        }
        return { journey, color, groups, arrows, done: -1, shown: false, parts: [] };
      });

      // Geometry per zoom level: each leg's great-circle arc is computed once for the
      // level of detail (src/domain/geo/routeGeometry.ts) and reused by every update until
      // the zoom level changes; a date change only regroups these arrays.
      let level = detailLevel(map.getZoom());
      const partsOf = (r: ActorRoutes, legIndex: number): [number, number][][] => {
        let parts = r.parts[legIndex];
        if (!parts) {
          const leg = r.journey.legs[legIndex]!;
          const from = r.journey.stops[leg.fromIndex]!.position;
          const to = r.journey.stops[leg.toIndex]!.position;
          parts = r.parts[legIndex] = legParts(from, to, level);
        }
        return parts;
      };

      const tagGroups = (r: ActorRoutes) => {
        for (const key of GROUPS) {
          const el = r.groups[key].getElement();
          if (!el) continue;
          el.setAttribute('data-actor', r.journey.actorId);
          el.classList.add('route-leg');
          el.classList.toggle('is-inferred', key.endsWith('Inferred'));
          el.classList.toggle('is-travelled', key.startsWith('travelled'));
        }
      };

      const arrowOpacity = (legIndex: number, done: number) =>
        legIndex < done ? 1 : future === 'hidden' ? 0 : 0.4;

      const regroup = (r: ActorRoutes, done: number) => {
        const parts: Record<GroupKey, [number, number][][]> = {
          travelled: [],
          travelledInferred: [],
          future: [],
          futureInferred: [],
        };
        r.journey.legs.forEach((leg, legIndex) => {
          if (!isDrawnLeg(leg)) return;
          const key: GroupKey =
            legIndex < done
              ? leg.inferred
                ? 'travelledInferred'
                : 'travelled'
              : leg.inferred
                ? 'futureInferred'
                : 'future';
          for (const part of partsOf(r, legIndex)) parts[key].push(part);
        });
        for (const key of GROUPS) r.groups[key].setLatLngs(parts[key]);
        tagGroups(r);
        for (const a of r.arrows) a.marker.setOpacity(arrowOpacity(a.legIndex, done));
      };

      const updateOne = (r: ActorRoutes, t: number) => {
        const done = legsTravelledBy(r.journey, t);
        if (done === r.done) return;
        r.done = done;
        regroup(r, done);
      };
      const update = (t: number) => {
        for (const r of routes) if (r.shown) updateOne(r, t);
      };

      /** Adds or removes only the actors whose visibility changed. */
      const showActors = (hidden: readonly string[]) => {
        const t = useAppStore.getState().currentDay;
        for (const r of routes) {
          const show = !hidden.includes(r.journey.actorId);
          if (show === r.shown) continue;
          r.shown = show;
          if (show) {
            for (const key of GROUPS) r.groups[key].addTo(map);
            for (const a of r.arrows) {
              a.marker.addTo(map);
              a.marker.getElement()?.setAttribute('aria-hidden', 'true');
            }
            r.done = -1;
            updateOne(r, t);
            tagGroups(r);
          } else {
            for (const key of GROUPS) r.groups[key].remove();
            for (const a of r.arrows) a.marker.remove();
          }
        }
      };

      const restyle = (next: FutureRoutes) => {
        future = next;
        for (const r of routes) {
          for (const key of GROUPS) r.groups[key].setStyle(groupStyle(key, future, r.color));
          for (const a of r.arrows) a.marker.setOpacity(arrowOpacity(a.legIndex, r.done));
        }
      };

      const rezoom = () => {
        const next = detailLevel(map.getZoom());
        if (next === level) return;
        level = next;
        const t = useAppStore.getState().currentDay;
        for (const r of routes) {
          r.parts = [];
          if (!r.shown) continue;
          r.done = -1;
          updateOne(r, t);
        }
      };
      map.on('zoomend', rezoom);

      showActors(useAppStore.getState().hiddenActorIds);
      const unsubscribeDay = useAppStore.subscribe((s) => s.currentDay, update);
      const unsubscribeHidden = useAppStore.subscribe((s) => s.hiddenActorIds, showActors);
      const unsubscribeFuture = useAppStore.subscribe((s) => s.futureRoutes, restyle);
      return function removeRoutes() {
        map.off('zoomend', rezoom);
        unsubscribeDay();
        unsubscribeHidden();
        unsubscribeFuture();
        for (const r of routes) {
          for (const key of GROUPS) r.groups[key].remove();
          for (const a of r.arrows) a.marker.remove();
        }
      };
    },
    [map, model],
  );

  return null;
}

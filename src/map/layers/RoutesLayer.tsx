import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../../store/appStore';
import { selectFutureRoutes, selectHiddenActorIds, selectModel } from '../../store/selectors';
import { bearingDeg, interpolateGreatCircle } from '../../domain/geo/greatCircle';
import { isDrawnLeg, legsTravelledBy } from '../../domain/journeys/journeys';
import type { FutureRoutes } from '../../store/appStore';

interface DrawnLeg {
  line: L.Polyline;
  arrow: L.Marker;
  travelled: boolean | null;
}

function arrowElement(color: string, angle: number): HTMLElement {
  const el = document.createElement('span');
  el.className = 'route-arrow';
  el.style.setProperty('--c', color);
  el.style.transform = `rotate(${angle}deg)`;
  return el;
}

function legStyle(travelled: boolean, inferred: boolean, future: FutureRoutes, color: string) {
  const opacity = travelled ? 0.9 : future === 'hidden' ? 0 : 0.3;
  return {
    color,
    weight: travelled ? 4 : 3,
    opacity,
    dashArray: inferred ? '8 8' : undefined,
    lineCap: 'round' as const,
  };
}

/**
 * Great-circle legs per actor: travelled legs solid, future ones faint or hidden,
 * inferred legs dashed, an arrow at mid-leg for direction. Styles are updated in place.
 */
export function RoutesLayer() {
  const map = useMap();
  const model = useAppStore(selectModel);
  const hidden = useAppStore(selectHiddenActorIds);
  const future = useAppStore(selectFutureRoutes);

  useEffect(
    function addRoutes() {
      const pane = map.getPane('routes') ?? map.createPane('routes');
      pane.style.zIndex = '410';
      const arrowPane = map.getPane('routeArrows') ?? map.createPane('routeArrows');
      arrowPane.style.zIndex = '600';
      const perJourney: { journeyIndex: number; legs: DrawnLeg[] }[] = [];
      model.journeys.forEach((journey, journeyIndex) => {
        if (hidden.includes(journey.actorId)) return;
        const actor = model.actorById.get(journey.actorId);
        const color = actor?.color ?? '#333333';
        const legs: DrawnLeg[] = [];
        for (const leg of journey.legs) {
          if (!isDrawnLeg(leg)) continue;
          const from = journey.stops[leg.fromIndex]!.position;
          const to = journey.stops[leg.toIndex]!.position;
          const line = L.polyline(
            leg.path.map((part) => part.map((p) => [p.lat, p.lon] as [number, number])),
            { ...legStyle(false, leg.inferred, future, color), pane: 'routes', interactive: false },
          ).addTo(map);
          const mid = interpolateGreatCircle(from, to, 0.5);
          const ahead = interpolateGreatCircle(from, to, 0.52);
          const arrow = L.marker([mid.lat, ((mid.lon + 540) % 360) - 180], {
            pane: 'routeArrows',
            interactive: false,
            keyboard: false,
            icon: L.divIcon({
              html: arrowElement(color, bearingDeg(mid, ahead)),
              className: 'route-arrow-icon',
              iconSize: [0, 0],
            }),
          }).addTo(map);
          const arrowEl = arrow.getElement();
          if (arrowEl) {
            arrowEl.setAttribute('aria-hidden', 'true');
            if (leg.inferred) arrowEl.classList.add('is-inferred');
          }
          const el = line.getElement();
          if (el) {
            el.setAttribute('data-actor', journey.actorId);
            el.classList.add('route-leg');
            if (leg.inferred) el.classList.add('is-inferred');
          }
          legs.push({ line, arrow, travelled: null });
        }
        perJourney.push({ journeyIndex, legs });
      });

      const update = (t: number) => {
        for (const { journeyIndex, legs } of perJourney) {
          const journey = model.journeys[journeyIndex]!;
          const done = legsTravelledBy(journey, t);
          const color = model.actorById.get(journey.actorId)?.color ?? '#333333';
          let drawnIndex = 0;
          journey.legs.forEach((leg, legIndex) => {
            if (!isDrawnLeg(leg)) return;
            const drawn = legs[drawnIndex++]!;
            const travelled = legIndex < done;
            if (drawn.travelled === travelled) return;
            drawn.travelled = travelled;
            drawn.line.setStyle(legStyle(travelled, leg.inferred, future, color));
            drawn.line.getElement()?.classList.toggle('is-travelled', travelled);
            drawn.arrow.setOpacity(travelled ? 1 : future === 'hidden' ? 0 : 0.4);
          });
        }
      };
      update(useAppStore.getState().currentDay);
      const unsubscribe = useAppStore.subscribe((s) => s.currentDay, update);
      return function removeRoutes() {
        unsubscribe();
        for (const { legs } of perJourney) {
          for (const l of legs) {
            l.line.remove();
            l.arrow.remove();
          }
        }
      };
    },
    [map, model, hidden, future],
  );

  return null;
}

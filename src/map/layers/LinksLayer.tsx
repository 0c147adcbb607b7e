import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../../store/appStore';
import { selectHiddenActorIds, selectModel } from '../../store/selectors';

/** Days either side of a call during which its link is emphasised. */
const LINK_EMPHASIS_DAYS = 2;

/** Remote events (phone calls) drawn as a dotted link between places, never as travel. */
export function LinksLayer() {
  const map = useMap();
  const model = useAppStore(selectModel);
  const hidden = useAppStore(selectHiddenActorIds);

  useEffect(
    function addLinks() {
      const pane = map.getPane('links') ?? map.createPane('links');
      pane.style.zIndex = '405';
      const drawn = model.links
        .filter(
          (link) => link.actorIds.some((a) => !hidden.includes(a)) || link.actorIds.length === 0,
        )
        .map((link) => {
          const line = L.polyline(
            link.path.map((part) => part.map((p) => [p.lat, p.lon] as [number, number])),
            {
              pane: 'links',
              color: '#37474f',
              weight: 3,
              dashArray: '2 7',
              opacity: 0.25,
              interactive: false,
            },
          ).addTo(map);
          line.getElement()?.classList.add('call-link');
          return { link, line, on: false };
        });
      const update = (t: number) => {
        for (const d of drawn) {
          const on = Math.abs(t - (d.link.day + 0.5)) <= LINK_EMPHASIS_DAYS;
          if (on === d.on) continue;
          d.on = on;
          d.line.setStyle({ opacity: on ? 0.9 : 0.25 });
          d.line.getElement()?.classList.toggle('is-active', on);
        }
      };
      update(useAppStore.getState().currentDay);
      const unsubscribe = useAppStore.subscribe((s) => s.currentDay, update);
      return function removeLinks() {
        unsubscribe();
        for (const d of drawn) d.line.remove();
      };
    },
    [map, model, hidden],
  );
  return null;
}

import { useEffect } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../store/appStore';
import { positionAt } from '../domain/journeys/journeys';

/** Selecting keeps the zoom the user chose, within a range where places stay readable. */
const MIN_FLY_ZOOM = 3;
const MAX_FLY_ZOOM = 7;

/** Flies to selections, keeps a followed actor in view, and resizes with its container. */
export function MapController() {
  const map = useMap();

  useEffect(
    function watchContainerSize() {
      const container = map.getContainer();
      const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
      observer.observe(container);
      return function stopWatchingSize() {
        observer.disconnect();
      };
    },
    [map],
  );

  useEffect(
    function flyToSelection() {
      return useAppStore.subscribe(
        (s) => s.selectionSerial,
        function onSelection() {
          const { selectedEventId, model, reducedMotion, presenting } = useAppStore.getState();
          const event = selectedEventId ? model.eventById.get(selectedEventId) : undefined;
          if (!event) return;
          const places = event.placeIds
            .map((id) => model.placeById.get(id))
            .filter((p) => p !== undefined);
          if (places.length === 0) return;
          // A hidden map (chronology view) has no size to animate in; just set the view.
          const size = map.getSize();
          const animate = !reducedMotion && size.x > 0 && size.y > 0;
          if (places.length === 1) {
            const p = places[0]!;
            const zoom = Math.min(MAX_FLY_ZOOM, Math.max(MIN_FLY_ZOOM, map.getZoom()));
            // In presentation the caption card covers the lower left: keep the place up and right.
            let target = L.latLng(p.lat, p.lon);
            if (presenting && size.x > 0) {
              const px = map.project(target, zoom).add([-0.18 * size.x, 0.12 * size.y]);
              target = map.unproject(px, zoom);
            }
            if (animate) map.flyTo(target, zoom, { duration: 0.8 });
            else map.setView(target, zoom, { animate: false });
          } else {
            const bounds = L.latLngBounds(places.map((p) => [p.lat, p.lon] as [number, number]));
            if (animate) map.flyToBounds(bounds, { padding: [60, 60], duration: 0.8 });
            else if (size.x > 0 && size.y > 0)
              map.fitBounds(bounds, { padding: [60, 60], animate: false });
            else map.setView(bounds.getCenter(), map.getZoom(), { animate: false });
          }
        },
      );
    },
    [map],
  );

  useEffect(
    function reportView() {
      const report = () => {
        const c = map.getCenter();
        useAppStore.getState().setMapView({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
      };
      map.on('moveend', report);
      return function stopReportingView() {
        map.off('moveend', report);
      };
    },
    [map],
  );

  useEffect(
    function applyRequestedView() {
      const apply = () => {
        const { requestedMapView: v, reducedMotion, requestMapView } = useAppStore.getState();
        if (!v) return;
        requestMapView(null);
        const size = map.getSize();
        if (reducedMotion || size.x === 0 || size.y === 0)
          map.setView([v.lat, v.lon], v.zoom, { animate: false });
        else map.flyTo([v.lat, v.lon], v.zoom, { duration: 0.8 });
      };
      apply(); // a view asked for by the address before the map existed
      return useAppStore.subscribe((s) => s.requestedMapView, apply);
    },
    [map],
  );

  useEffect(
    function followActor() {
      return useAppStore.subscribe(
        (s) => s.currentDay,
        function keepInView(t) {
          const { followActorId, playing, model, reducedMotion } = useAppStore.getState();
          if (!followActorId || !playing) return;
          const journey = model.journeys.find((j) => j.actorId === followActorId);
          if (!journey) return;
          const p = positionAt(journey, t);
          if (p.state !== 'at' && p.state !== 'transit') return;
          const inner = map.getBounds().pad(-0.2);
          if (!inner.contains([p.position.lat, p.position.lon])) {
            map.panTo([p.position.lat, p.position.lon], { animate: !reducedMotion, duration: 0.5 });
          }
        },
      );
    },
    [map],
  );

  return null;
}

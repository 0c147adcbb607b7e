import { useEffect } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import { useAppStore } from '../store/appStore';
import { placesOf, tourSteps } from '../domain/model/queries';
import { freeAreaPadding, type Rect } from '../domain/geo/viewPadding';
import { positionAt } from '../domain/journeys/journeys';
import { frameBounds } from '../domain/geo/frame';

/** Selecting keeps the zoom the user chose, within a range where places stay readable. */
const MIN_FLY_ZOOM = 3;
const MAX_FLY_ZOOM = 7;
/** Room kept around framed places, and to the right of them for their labels. */
const FRAME_MARGIN_PX = 48;
const LABEL_ROOM_PX = 110;

/** The presentation caption, in map-container pixels, when it covers part of the map. */
function captionRect(map: L.Map): Rect | null {
  const card = document.querySelector('.presentation-caption');
  if (!card) return null;
  const c = card.getBoundingClientRect();
  const m = map.getContainer().getBoundingClientRect();
  return {
    left: c.left - m.left,
    top: c.top - m.top,
    right: c.right - m.left,
    bottom: c.bottom - m.top,
  };
}

/**
 * Frames the selected event: its place (at the zoom in use, or the tour step's) or all its
 * places (both ends of a call), inside the part of the map the caption leaves free.
 */
function frameSelection(map: L.Map, animate: boolean): void {
  const { selectedEventId, model, reducedMotion, presenting, tourStep } = useAppStore.getState();
  const event = selectedEventId ? model.eventById.get(selectedEventId) : undefined;
  if (!event) return;
  const places = placesOf(model, event.placeIds);
  if (places.length === 0) return;
  const size = map.getSize();
  if (size.x === 0 || size.y === 0) {
    // A hidden map (chronology view) has no size to frame in; just centre it.
    const b = L.latLngBounds(places.map((p) => [p.lat, p.lon] as [number, number]));
    map.setView(b.getCenter(), map.getZoom(), { animate: false });
    return;
  }
  const margin = Math.min(FRAME_MARGIN_PX, size.x / 10, size.y / 10);
  const padding = freeAreaPadding(
    { width: size.x, height: size.y },
    presenting ? captionRect(map) : null,
    margin,
    Math.min(LABEL_ROOM_PX, size.x / 5),
  );
  const paddingTopLeft = L.point(padding.topLeft[0], padding.topLeft[1]);
  const paddingBottomRight = L.point(padding.bottomRight[0], padding.bottomRight[1]);
  const move = animate && !reducedMotion;
  if (places.length === 1) {
    const p = places[0]!;
    const stepZoom =
      presenting && tourStep !== null ? tourSteps(model)[tourStep]?.view?.zoom : undefined;
    const zoom = Math.min(MAX_FLY_ZOOM, Math.max(MIN_FLY_ZOOM, stepZoom ?? map.getZoom()));
    // The centre that puts the place in the middle of the free area.
    const offset = paddingBottomRight.subtract(paddingTopLeft).divideBy(2);
    const target = map.unproject(map.project(L.latLng(p.lat, p.lon), zoom).add(offset), zoom);
    if (move) map.flyTo(target, zoom, { duration: 0.8 });
    else map.setView(target, zoom, { animate: false });
    return;
  }
  const bounds = L.latLngBounds(places.map((p) => [p.lat, p.lon] as [number, number]));
  const options = { paddingTopLeft, paddingBottomRight, maxZoom: MAX_FLY_ZOOM };
  if (move) map.flyToBounds(bounds, { ...options, duration: 0.8 });
  else map.fitBounds(bounds, { ...options, animate: false });
}

/** Frames every place of the (filtered) model: a followed career, all of its travel. */
function frameCareer(map: L.Map): void {
  const { model, reducedMotion } = useAppStore.getState();
  const bounds = frameBounds(model.dataset.places);
  const size = map.getSize();
  if (!bounds || size.x === 0 || size.y === 0) return;
  const margin = Math.min(FRAME_MARGIN_PX, size.x / 10, size.y / 10);
  const options = {
    paddingTopLeft: L.point(margin, margin),
    paddingBottomRight: L.point(margin + Math.min(LABEL_ROOM_PX, size.x / 5), margin),
    maxZoom: MAX_FLY_ZOOM,
  };
  if (reducedMotion) map.fitBounds(bounds, { ...options, animate: false });
  else map.flyToBounds(bounds, { ...options, duration: 0.8 });
}

/** Flies to selections, keeps a followed actor in view, and resizes with its container. */
export function MapController() {
  const map = useMap();

  useEffect(
    function watchContainerSize() {
      const container = map.getContainer();
      const observer = new ResizeObserver(() => {
        map.invalidateSize({ pan: false });
        // Entering or leaving full screen resizes the map: keep the step framed.
        if (useAppStore.getState().presenting) frameSelection(map, false);
      });
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
          // In presentation the caption asks for framing once it shows the new step, so the
          // free area is measured around the card as it will be.
          if (useAppStore.getState().presenting) return;
          frameSelection(map, true);
        },
      );
    },
    [map],
  );

  useEffect(
    function frameChosenCareer() {
      return useAppStore.subscribe(
        (s) => s.careerSerial,
        () => frameCareer(map),
      );
    },
    [map],
  );

  useEffect(
    function frameOnRequest() {
      let first = 0;
      let second = 0;
      const unsubscribe = useAppStore.subscribe(
        (s) => s.frameSerial,
        function onFrameRequest() {
          // After the layout changes (caption drawn, presentation left): measure, then frame.
          cancelAnimationFrame(first);
          cancelAnimationFrame(second);
          first = requestAnimationFrame(() => {
            second = requestAnimationFrame(() => {
              map.invalidateSize({ pan: false });
              frameSelection(map, !useAppStore.getState().presenting);
            });
          });
        },
      );
      return function stopFramingOnRequest() {
        unsubscribe();
        cancelAnimationFrame(first);
        cancelAnimationFrame(second);
      };
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
        const {
          requestedMapView: v,
          reducedMotion,
          requestMapView,
          presenting,
        } = useAppStore.getState();
        if (!v) return;
        requestMapView(null);
        // In presentation the step is framed around the caption (its zoom is kept there).
        if (presenting) return;
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

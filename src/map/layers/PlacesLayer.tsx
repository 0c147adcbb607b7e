import { useEffect, useRef } from 'react';
import type L from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import { useAppStore } from '../../store/appStore';
import { selectLang, selectModel } from '../../store/selectors';
import { localized } from '../../domain/dataset/localized';
import { activePlaces } from '../../domain/model/placeActivity';
import type { DatasetModel } from '../../domain/model/model';
import { partReady } from '../../ui/readiness';
import type { PlaceCanvasLayer, PlaceState } from './placeCanvas';
import { placeCanvasModule } from './placeCanvasChunk';
import './places.css';

/** Above this many places, only active, recent, selected or focused places show their label. */
export const MANY_PLACES = 25;

/**
 * Places on a canvas (labels placed without overlap) with a focusable, named proxy per
 * place. The layer is built once per dataset; the day, the selection and the language
 * only update what changed.
 */
export function PlacesLayer() {
  const map = useMap();
  const model = useAppStore(selectModel);
  const lang = useAppStore(selectLang);
  const layerRef = useRef<PlaceCanvasLayer | null>(null);

  useEffect(
    function addPlaceCanvas() {
      let remove: (() => void) | null = null;
      let removed = false;
      void placeCanvasModule.then(({ PlaceCanvasLayer: Layer }) => {
        if (removed) return;
        const mounted = mountPlaces(map, model, Layer);
        layerRef.current = mounted.layer;
        remove = () => {
          mounted.unmount();
          layerRef.current = null;
        };
        partReady('places');
      });
      return function removePlaceCanvas() {
        removed = true;
        remove?.();
      };
    },
    [map, model],
  );

  useEffect(
    function renamePlaces() {
      const layer = layerRef.current;
      if (!layer) return;
      layer.setNames(new Map(model.dataset.places.map((p) => [p.id, localized(p.name, lang)])));
    },
    [model, lang],
  );

  return null;
}

/** The places' canvas on `map` for `model`, kept in step with the day and the selection. */
function mountPlaces(
  map: L.Map,
  model: DatasetModel,
  Layer: typeof PlaceCanvasLayer,
): { layer: PlaceCanvasLayer; unmount: () => void } {
  const places = model.dataset.places;
  const layer = new Layer(
    places.map((p) => ({
      id: p.id,
      name: localized(p.name, useAppStore.getState().lang),
      lat: p.lat,
      lon: p.lon,
      prominence: p.prominence,
    })),
    {
      labelAll: places.length <= MANY_PLACES,
      onSelect: (placeId) => useAppStore.getState().selectPlace(placeId),
    },
  );
  layer.addTo(map);

  // Only places whose state changes are passed on: the previous highlights and the new ones.
  let shown = new Map<string, PlaceState>();
  const apply = (day: number, selectedPlaceId: string | null, selectedEventId: string | null) => {
    const selected = selectedEventId ? model.eventById.get(selectedEventId) : undefined;
    const next = new Map<string, PlaceState>();
    for (const [placeId, activity] of activePlaces(model, day))
      next.set(placeId, { activity, selected: false });
    const markSelected = (placeId: string) =>
      next.set(placeId, { activity: next.get(placeId)?.activity ?? 0, selected: true });
    if (selectedPlaceId) markSelected(selectedPlaceId);
    for (const placeId of selected?.placeIds ?? []) markSelected(placeId);
    const changes = new Map<string, PlaceState>();
    for (const [placeId, state] of next) {
      const before = shown.get(placeId);
      if (before?.activity !== state.activity || before.selected !== state.selected)
        changes.set(placeId, state);
    }
    for (const placeId of shown.keys())
      if (!next.has(placeId)) changes.set(placeId, { activity: 0, selected: false });
    shown = next;
    if (changes.size > 0) layer.setStates(changes);
  };
  const s = useAppStore.getState();
  apply(Math.floor(s.currentDay), s.selectedPlaceId, s.selectedEventId);
  layer.flush();
  const unsubscribe = useAppStore.subscribe(
    (st) => `${Math.floor(st.currentDay)}|${st.selectedPlaceId ?? ''}|${st.selectedEventId ?? ''}`,
    function onDayOrSelection() {
      const st = useAppStore.getState();
      apply(Math.floor(st.currentDay), st.selectedPlaceId, st.selectedEventId);
    },
  );
  layer.setScrubbing(useAppStore.getState().scrubbing);
  const unsubscribeScrubbing = useAppStore.subscribe(
    (st) => st.scrubbing,
    (on) => layer.setScrubbing(on),
  );
  return {
    layer,
    unmount() {
      unsubscribe();
      unsubscribeScrubbing();
      layer.remove();
    },
  };
}

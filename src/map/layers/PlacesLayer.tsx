import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { SIZE_FROM_CSS } from '../markerOffsets';
import { useAppStore } from '../../store/appStore';
import { selectLang, selectModel } from '../../store/selectors';
import { localized } from '../../domain/dataset/localized';
import { activePlaces } from '../../domain/model/placeActivity';

function placeElement(name: string, prominence: 'primary' | 'context'): HTMLElement {
  const root = document.createElement('span');
  root.className = `place-marker place-${prominence}`;
  const dot = document.createElement('span');
  dot.className = 'place-dot';
  const label = document.createElement('span');
  label.className = 'place-label';
  label.textContent = name; // text, never HTML
  root.append(dot, label);
  return root;
}

/** Above this many places, only active, recent, selected or focused places show their label. */
export const MANY_PLACES = 25;

/** Keyboard-focusable place markers; highlight follows the current day without re-rendering React. */
export function PlacesLayer() {
  const map = useMap();
  const model = useAppStore(selectModel);
  const lang = useAppStore(selectLang);
  const markersRef = useRef(new Map<string, L.Marker>());

  useEffect(
    function addPlaceMarkers() {
      const markers = markersRef.current;
      const pane = map.getPane('places') ?? map.createPane('places');
      pane.style.zIndex = '620';
      for (const place of model.dataset.places) {
        const name = localized(place.name, lang);
        const el = placeElement(name, place.prominence);
        const marker = L.marker([place.lat, place.lon], {
          pane: 'places',
          keyboard: true,
          title: '',
          riseOnHover: true,
          // Sized by CSS; margins put the dot's centre on the place.
          icon: L.divIcon({
            html: el,
            className: `place-icon place-icon-${place.prominence}`,
            iconSize: SIZE_FROM_CSS,
          }),
        });
        marker.on('click', function selectPlace() {
          useAppStore.getState().selectPlace(place.id);
        });
        marker.addTo(map);
        const icon = marker.getElement();
        if (icon) {
          icon.addEventListener('keydown', function selectPlaceByKey(e) {
            if (e.key !== 'Enter' && e.key !== ' ') return;
            e.preventDefault();
            e.stopPropagation();
            useAppStore.getState().selectPlace(place.id);
          });
          icon.setAttribute('aria-label', name);
          icon.dataset.placeId = place.id;
        }
        markers.set(place.id, marker);
      }
      return function removePlaceMarkers() {
        for (const m of markers.values()) m.remove();
        markers.clear();
      };
    },
    [map, model, lang],
  );

  useEffect(
    function followDay() {
      const container = map.getContainer();
      container.classList.toggle('has-many-places', model.dataset.places.length > MANY_PLACES);
      // Only places whose state changes are touched: the previous highlights and the new ones.
      let shown = new Map<string, string>();
      const apply = (
        day: number,
        selectedPlaceId: string | null,
        selectedEventId: string | null,
      ) => {
        const selected = selectedEventId ? model.eventById.get(selectedEventId) : undefined;
        const next = new Map<string, string>();
        for (const [placeId, activity] of activePlaces(model, day))
          next.set(placeId, activity === 1 ? '1' : activity.toFixed(2));
        const markSelected = (placeId: string) =>
          next.set(placeId, `${next.get(placeId) ?? '0'}|selected`);
        if (selectedPlaceId) markSelected(selectedPlaceId);
        for (const placeId of selected?.placeIds ?? []) markSelected(placeId);
        for (const placeId of new Set([...shown.keys(), ...next.keys()])) {
          const state = next.get(placeId) ?? '0';
          if (state === (shown.get(placeId) ?? '0')) continue;
          const marker = markersRef.current.get(placeId);
          const el = marker?.getElement();
          if (!marker || !el) continue;
          const [level = '0', flag] = state.split('|');
          const activity = Number(level);
          el.classList.toggle('is-active', activity === 1);
          el.classList.toggle('is-recent', activity > 0 && activity < 1);
          el.style.setProperty('--activity', activity.toFixed(2));
          el.classList.toggle('is-selected', flag === 'selected');
          marker.setZIndexOffset(activity === 1 ? 1000 : Math.round(activity * 500));
        }
        shown = next;
      };
      const s = useAppStore.getState();
      apply(Math.floor(s.currentDay), s.selectedPlaceId, s.selectedEventId);
      return useAppStore.subscribe(
        (st) =>
          `${Math.floor(st.currentDay)}|${st.selectedPlaceId ?? ''}|${st.selectedEventId ?? ''}`,
        function onDayOrSelection() {
          const st = useAppStore.getState();
          apply(Math.floor(st.currentDay), st.selectedPlaceId, st.selectedEventId);
        },
      );
    },
    [map, model, lang],
  );

  return null;
}

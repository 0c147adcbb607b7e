import { useEffect, useRef } from 'react';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import { SIZE_FROM_CSS } from '../markerOffsets';
import { useAppStore } from '../../store/appStore';
import { selectLang, selectModel } from '../../store/selectors';
import { localized } from '../../domain/dataset/localized';
import type { DatasetModel } from '../../store/model';

/** How many days a visited place stays faintly highlighted after its last event. */
export const FADE_DAYS = 7;

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

/**
 * 1 when an event at the place covers the day, fading to 0 over FADE_DAYS after its
 * last event, 0 before its first.
 */
export function placeActivity(model: DatasetModel, placeId: string, day: number): number {
  const list = model.eventsByPlace.get(placeId);
  if (!list) return 0;
  let best = 0;
  for (const i of list) {
    const span = model.spans[i]!;
    if (span.first > day) break;
    if (day <= span.last) return 1;
    const since = day - span.last;
    if (since <= FADE_DAYS) best = Math.max(best, 1 - since / (FADE_DAYS + 1));
  }
  return best;
}

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
      const apply = (
        day: number,
        selectedPlaceId: string | null,
        selectedEventId: string | null,
      ) => {
        const selected = selectedEventId ? model.eventById.get(selectedEventId) : undefined;
        for (const [placeId, marker] of markersRef.current) {
          const el = marker.getElement();
          if (!el) continue;
          const activity = placeActivity(model, placeId, day);
          el.classList.toggle('is-active', activity === 1);
          el.classList.toggle('is-recent', activity > 0 && activity < 1);
          el.style.setProperty('--activity', activity.toFixed(2));
          el.classList.toggle(
            'is-selected',
            placeId === selectedPlaceId || (selected?.placeIds.includes(placeId) ?? false),
          );
          marker.setZIndexOffset(activity === 1 ? 1000 : Math.round(activity * 500));
        }
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
    [model, lang],
  );

  return null;
}

/**
 * Edit mode only: a draggable handle on each place of the story being edited. Dropping it
 * moves the place (one undo step). A separate layer from the place markers, so their
 * rendering (DOM or canvas) is not tied to editing; keyboard users move a place by typing
 * its coordinates in the editor.
 */
import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import { useEditingStore } from '../../store/editingSlice';
import { movePlace } from '../../domain/editing/operations';
import { localized } from '../../domain/dataset/localized';
import { useAppStore } from '../../store/appStore';
import { selectLang } from '../../store/selectors';
import type { Place } from '../../domain/dataset/schema';

const selectPlaces = (s: { draft: { places: readonly Place[] } | null; editing: boolean }) =>
  s.editing ? (s.draft?.places ?? null) : null;

export function EditPlacesLayer() {
  const map = useMap();
  const places = useEditingStore(selectPlaces);
  const lang = useAppStore(selectLang);
  const markers = useRef(new Map<string, { marker: L.Marker; place: Place }>());

  useEffect(
    function createEditPane() {
      const pane = map.getPane('edit-places') ?? map.createPane('edit-places');
      pane.style.zIndex = '640';
    },
    [map],
  );

  useEffect(
    function syncEditMarkers() {
      const current = markers.current;
      const list = places ?? [];
      const seen = new Set<string>();
      for (const place of list) {
        seen.add(place.id);
        const have = current.get(place.id);
        if (have && have.place === place) continue;
        if (have) {
          have.marker.setLatLng([place.lat, place.lon]);
          have.marker.getElement()?.setAttribute('title', localized(place.name, lang));
          have.place = place;
          continue;
        }
        const marker = L.marker([place.lat, place.lon], {
          pane: 'edit-places',
          draggable: true,
          keyboard: false,
          autoPan: true,
          title: localized(place.name, lang),
          icon: L.divIcon({ className: 'edit-place-handle', iconSize: [18, 18] }),
        });
        const id = place.id;
        marker.on('dragend', function movePlaceOnDrop() {
          const { lat, lng } = marker.getLatLng().wrap();
          useEditingStore.getState().apply((d) => movePlace(d, id, lat, lng));
        });
        marker.on('click', function selectPlaceUnderHandle() {
          useAppStore.getState().selectPlace(id);
        });
        marker.addTo(map);
        marker.getElement()?.setAttribute('data-place-id', id);
        current.set(id, { marker, place });
      }
      for (const [id, { marker }] of current) {
        if (!seen.has(id)) {
          marker.remove();
          current.delete(id);
        }
      }
    },
    [map, places, lang],
  );

  useEffect(function removeAllOnUnmount() {
    const current = markers.current;
    return function removeEditMarkers() {
      for (const { marker } of current.values()) marker.remove();
      current.clear();
    };
  }, []);

  return null;
}

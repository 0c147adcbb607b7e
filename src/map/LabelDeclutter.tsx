import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useAppStore } from '../store/appStore';
import { placeLabels, type Box, type LabelCandidate } from '../domain/geo/labelPlacement';

const LABEL_GAP_PX = 6;

function toBox(r: DOMRect): Box {
  return { x: r.left, y: r.top, width: r.width, height: r.height };
}

/**
 * Keeps place labels from overlapping: after each move, zoom or resize (and when the
 * highlighted places change), every shown label goes right of its dot, else left, else it
 * is hidden (see domain/geo/labelPlacement). Works on the markers' DOM, whoever draws them.
 */
export function LabelDeclutter() {
  const map = useMap();
  useEffect(
    function declutterLabels() {
      let frame = 0;
      const run = () => {
        frame = 0;
        const icons = [
          ...map.getContainer().querySelectorAll<HTMLElement>('.leaflet-marker-icon.place-icon'),
        ];
        for (const icon of icons) icon.classList.remove('label-left', 'label-hidden');
        const candidates: LabelCandidate[] = [];
        for (const icon of icons) {
          const label = icon.querySelector<HTMLElement>('.place-label');
          const dot = icon.querySelector<HTMLElement>('.place-dot');
          if (!label || !dot || getComputedStyle(label).display === 'none') continue;
          const l = label.getBoundingClientRect();
          const d = dot.getBoundingClientRect();
          if (l.width === 0) continue;
          const urgent =
            icon.classList.contains('is-active') || icon.classList.contains('is-selected');
          candidates.push({
            id: icon.dataset.placeId ?? String(candidates.length),
            priority: urgent ? 0 : icon.classList.contains('place-icon-context') ? 2 : 1,
            dot: toBox(d),
            right: toBox(l),
            left: {
              x: d.left - LABEL_GAP_PX - l.width,
              y: l.top,
              width: l.width,
              height: l.height,
            },
          });
        }
        const sides = placeLabels(candidates);
        for (const icon of icons) {
          const side = sides.get(icon.dataset.placeId ?? '');
          if (side === 'left') icon.classList.add('label-left');
          if (side === 'hidden') icon.classList.add('label-hidden');
        }
      };
      const schedule = () => {
        if (!frame) frame = requestAnimationFrame(run);
      };
      map.on('moveend zoomend resize viewreset', schedule);
      const unsubscribe = useAppStore.subscribe(
        (s) =>
          `${Math.floor(s.currentDay)}|${s.selectedEventId}|${s.presenting}|${s.highContrast}|${s.model.dataset.id}`,
        schedule,
      );
      schedule();
      return function stopDecluttering() {
        map.off('moveend zoomend resize viewreset', schedule);
        unsubscribe();
        cancelAnimationFrame(frame);
      };
    },
    [map],
  );
  return null;
}

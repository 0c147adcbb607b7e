import { useEffect, useRef } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import { SIZE_FROM_CSS } from '../markerOffsets';
import { useAppStore } from '../../store/appStore';
import { selectLang, selectModel } from '../../store/selectors';
import type { Lang } from '../../domain/lang';
import { positionAt } from '../../domain/journeys/journeys';
import { localized } from '../../domain/dataset/localized';
import { groupOffsets } from '../markerOffsets';
import { setChips, type Chip } from '../travellerChips';

const isStreaming = (s: { playing: boolean; scrubbing: boolean }) => s.playing || s.scrubbing;

function travellerElement(initials: string, color: string): HTMLElement {
  const chip = document.createElement('span');
  chip.className = 'traveller-chip';
  chip.style.setProperty('--c', color);
  chip.textContent = initials; // text, never HTML
  return chip;
}

/**
 * One marker per visible actor, placed by the pure positionAt(journey, t) and moved
 * imperatively on every store change of the current instant (no React render per frame).
 */
export function TravellersLayer() {
  const map = useMap();
  const model = useAppStore(selectModel);
  const lang = useAppStore(selectLang);
  const namesRef = useRef<((lang: Lang) => void) | null>(null);

  useEffect(
    function addTravellers() {
      const pane = map.getPane('travellers') ?? map.createPane('travellers');
      pane.style.zIndex = '640';
      // Built once per dataset; hiding an actor only takes its marker off the map.
      let hidden = useAppStore.getState().hiddenActorIds;
      const nameOf = (actorId: string, l: Lang) => {
        const actor = model.actorById.get(actorId);
        return actor ? localized(actor.name, l) : actorId;
      };
      const items = model.journeys.map((journey) => {
        const actor = model.actorById.get(journey.actorId);
        const name = nameOf(journey.actorId, useAppStore.getState().lang);
        const chip = travellerElement(actor?.initials ?? '?', actor?.color ?? '#333333');
        const marker = L.marker([0, 0], {
          pane: 'travellers',
          interactive: false,
          keyboard: false,
          icon: L.divIcon({ html: chip, className: 'traveller-icon', iconSize: SIZE_FROM_CSS }),
        });
        return {
          journey,
          marker,
          name,
          added: false,
          shown: false,
          lastPosition: '',
          lastLook: '',
        };
      });

      // The markers' places and offsets last told to the places canvas (labels avoid them).
      let chipsKey = '';
      const update = (t: number) => {
        const chips: Chip[] = [];
        let chipsNow = '';
        const positions = items.map((it) => positionAt(it.journey, t));
        const visible = positions.map(
          (p, i) =>
            (p.state === 'at' || p.state === 'transit') &&
            !hidden.includes(items[i]!.journey.actorId),
        );
        const offsets = groupOffsets(
          positions.map((p, i) => (visible[i] ? p.position : null)),
          positions.map((p) => p.state === 'at'),
        );
        items.forEach((it, i) => {
          const p = positions[i]!;
          // A marker leaving the map is hidden, not removed: adding a Leaflet marker again
          // rebuilds its icon, and during a scrub travellers come and go on most frames.
          if (!visible[i]) {
            if (it.shown) {
              const el = it.marker.getElement();
              if (el) el.style.display = 'none';
              it.shown = false;
              it.lastLook = '';
            }
            return;
          }
          // Only what changed is written: a traveller resting at a place costs nothing per frame.
          const key = `${p.position.lat},${p.position.lon}`;
          if (key !== it.lastPosition || !it.shown) {
            it.marker.setLatLng([p.position.lat, p.position.lon]);
            it.lastPosition = key;
          }
          if (!it.added) {
            it.marker.addTo(map);
            const el = it.marker.getElement();
            if (el) {
              el.setAttribute('role', 'img');
              el.setAttribute('aria-label', it.name);
              el.dataset.actorId = it.journey.actorId;
            }
            it.added = true;
          } else if (!it.shown) {
            const el = it.marker.getElement();
            if (el) el.style.display = '';
          }
          it.shown = true;
          const o = offsets[i]!;
          const el = it.marker.getElement();
          const look = `${o.dx},${o.dy},${p.state},${p.inferred}`;
          if (el && look !== it.lastLook) {
            // The icon's margins (styles.css) centre it; the group offset is a translate.
            el.style.translate = `${o.dx}px ${o.dy}px`;
            el.dataset.state = p.state;
            el.classList.toggle('is-inferred', p.inferred);
            it.lastLook = look;
          }
          if (el) {
            chips.push({ lat: p.position.lat, lon: p.position.lon, dx: o.dx, dy: o.dy, el });
            chipsNow += key + look;
          }
        });
        if (chipsNow !== chipsKey) {
          chipsKey = chipsNow;
          setChips(map, chips);
        }
      };
      update(useAppStore.getState().currentDay);
      const unsubscribe = useAppStore.subscribe((s) => s.currentDay, update);
      const unsubscribeHidden = useAppStore.subscribe(
        (s) => s.hiddenActorIds,
        function onHidden(next) {
          hidden = next;
          update(useAppStore.getState().currentDay);
        },
      );
      namesRef.current = (l: Lang) => {
        for (const it of items) {
          it.name = nameOf(it.journey.actorId, l);
          it.marker.getElement()?.setAttribute('aria-label', it.name);
        }
      };
      // While the date streams (a scrub, playback), chips jump to their group's offset: a
      // slide started for every arrival and departure of every frame kept style and layout
      // busy on each frame (10,000 events: main thread 5.0 → 3.3 s over one scrub).
      const markStreaming = (streaming: boolean) =>
        pane.classList.toggle('is-streaming', streaming);
      markStreaming(isStreaming(useAppStore.getState()));
      const unsubscribeStreaming = useAppStore.subscribe(isStreaming, markStreaming);
      const onZoom = () => update(useAppStore.getState().currentDay);
      map.on('zoomend', onZoom);
      return function removeTravellers() {
        unsubscribe();
        unsubscribeHidden();
        unsubscribeStreaming();
        pane.classList.remove('is-streaming');
        namesRef.current = null;
        map.off('zoomend', onZoom);
        for (const it of items) it.marker.remove();
        setChips(map, []);
      };
    },
    [map, model],
  );

  useEffect(
    function renameTravellers() {
      namesRef.current?.(lang);
    },
    [lang],
  );

  return null;
}

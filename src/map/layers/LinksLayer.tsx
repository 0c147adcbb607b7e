import { useEffect } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import { LinkCanvasLayer } from './linkCanvas';
import { useAppStore } from '../../store/appStore';
import { selectModel } from '../../store/selectors';
import { detailLevel, legParts } from '../../domain/geo/routeGeometry';
import { latLng } from '../../domain/geo/latlng';
import { placesOf } from '../../domain/model/queries';
import type { RemoteLink } from '../../domain/journeys/journeys';

const LINK_COLOR = '#37474f';

/** Days either side of a call during which its link is emphasised. */
const LINK_EMPHASIS_DAYS = 2;
/**
 * Above this many links, every link is drawn once on a canvas and the day's links again
 * on a second canvas above it. Restyling a link in one SVG of all of them made the browser raster the whole
 * SVG again (every dashed link) each time one changed: 6.3 s of raster in a 10,000-event
 * scrub of 300 links.
 */
const CANVAS_LINKS = 30;

/** Remote events (phone calls) drawn as a dotted link between places, never as travel. */
export function LinksLayer() {
  const map = useMap();
  const model = useAppStore(selectModel);

  useEffect(
    function addLinks() {
      const pane = map.getPane('links') ?? map.createPane('links');
      pane.style.zIndex = '405';
      const manyLinks = model.links.length > CANVAS_LINKS;
      // Many links: every link drawn once on one canvas (linkCanvas.ts), which the date
      // never redraws, and the links of the day drawn again on a second canvas above it,
      // redrawn when they change. (As SVG paths, the day's links were hundreds of elements
      // added and removed on each frame of a scrub at 1,000,000 events.)
      const points = manyLinks
        ? model.links.map((link) => placesOf(model, link.placeIds).map((p) => latLng(p.lat, p.lon)))
        : [];
      const linkCanvas = (opacity: number) =>
        new LinkCanvasLayer(
          points,
          { colorVar: '--call-link', color: LINK_COLOR, width: 3, opacity, dash: [2, 7] },
          'links',
        ).addTo(map);
      const canvas = manyLinks ? linkCanvas(0.25) : null;
      const litCanvas = manyLinks ? linkCanvas(0.9) : null;
      // Great-circle arcs between consecutive places, the short way across 180° (with a
      // copy on the other side of the wrapped map), at the level of detail of the start.
      const level = detailLevel(map.getZoom());
      const arcs = (placeIds: readonly string[]): [number, number][][] => {
        const points = placesOf(model, placeIds).map((p) => latLng(p.lat, p.lon));
        const out: [number, number][][] = [];
        for (let i = 0; i + 1 < points.length; i++)
          out.push(...legParts(points[i]!, points[i + 1]!, level));
        return out;
      };
      const lineOf = (link: RemoteLink) =>
        L.polyline(arcs(link.placeIds), {
          pane: 'links',
          color: LINK_COLOR,
          weight: 3,
          dashArray: '2 7',
          opacity: 0.25,
          interactive: false,
          // Its colour follows the theme (styles.css: --call-link).
          className: 'call-link',
        });
      // Built once per dataset; hiding an actor takes off only the links of hidden actors.
      const drawn = model.links.map((link, index) => ({
        link,
        index,
        // Few links: each its own SVG path, restyled when lit.
        line: manyLinks ? null : lineOf(link),
        on: false,
        shown: false,
        /** The last update that found it in the emphasis window. */
        seen: -1,
      }));
      type Drawn = (typeof drawn)[number];
      /** Shows or hides the emphasis of a link: its own style, or (many links) its copy. */
      const emphasise = (d: Drawn, on: boolean) => {
        if (!d.line) {
          litCanvas?.setShown(d.index, on && d.shown);
          return;
        }
        d.line.setStyle({ opacity: on ? 0.9 : 0.25 });
        d.line.getElement()?.classList.toggle('is-active', on);
      };
      const showActors = (hidden: readonly string[]) => {
        for (const d of drawn) {
          const show =
            d.link.actorIds.length === 0 || d.link.actorIds.some((a) => !hidden.includes(a));
          if (show === d.shown) continue;
          d.shown = show;
          canvas?.setShown(d.index, show);
          if (show) {
            if (d.line) {
              d.line.addTo(map);
              d.line.getElement()?.classList.toggle('is-active', d.on);
            } else if (d.on) emphasise(d, true);
          } else {
            d.line?.remove();
            litCanvas?.setShown(d.index, false);
          }
        }
      };
      showActors(useAppStore.getState().hiddenActorIds);
      // Links in time order: each day only the ones entering or leaving the emphasis window change.
      drawn.sort((a, b) => a.link.day - b.link.day);
      let lit: Drawn[] = [];
      const firstFrom = (day: number) => {
        let lo = 0;
        let hi = drawn.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (drawn[mid]!.link.day < day) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      let updates = 0;
      const update = (t: number) => {
        const next: Drawn[] = [];
        const now = ++updates;
        for (let i = firstFrom(Math.floor(t - 0.5 - LINK_EMPHASIS_DAYS)); i < drawn.length; i++) {
          const d = drawn[i]!;
          if (d.link.day + 0.5 - t > LINK_EMPHASIS_DAYS) break;
          if (Math.abs(t - (d.link.day + 0.5)) <= LINK_EMPHASIS_DAYS) {
            d.seen = now;
            next.push(d);
          }
        }
        for (const d of lit) {
          if (d.seen === now) continue;
          d.on = false;
          emphasise(d, false);
        }
        for (const d of next) {
          if (d.on) continue;
          d.on = true;
          emphasise(d, true);
        }
        lit = next;
      };
      update(useAppStore.getState().currentDay);
      const unsubscribe = useAppStore.subscribe((s) => s.currentDay, update);
      const unsubscribeHidden = useAppStore.subscribe((s) => s.hiddenActorIds, showActors);
      return function removeLinks() {
        unsubscribe();
        unsubscribeHidden();
        for (const d of drawn) d.line?.remove();
        canvas?.remove();
        litCanvas?.remove();
      };
    },
    [map, model],
  );
  return null;
}

import { useEffect } from 'react';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import { useT } from '../i18n/useT';

/** Text for HTML attributes and content Leaflet writes as HTML. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * Leaflet's own controls in the active language: the zoom buttons' titles and names, and the
 * attribution prefix's tooltip. The zoom control is made again when the language changes
 * (Leaflet sets its titles only when it is added).
 */
export function MapControlsText() {
  const map = useMap();
  const t = useT();
  const zoomInTitle = t('mapZoomIn');
  const zoomOutTitle = t('mapZoomOut');
  const leafletTitle = t('leafletTitle');

  useEffect(
    function addZoomControl() {
      const zoom = L.control.zoom({ position: 'topleft', zoomInTitle, zoomOutTitle }).addTo(map);
      return function removeZoomControl() {
        zoom.remove();
      };
    },
    [map, zoomInTitle, zoomOutTitle],
  );

  useEffect(
    function setAttributionPrefix() {
      map.attributionControl?.setPrefix(
        `<a href="https://leafletjs.com" title="${escapeHtml(leafletTitle)}">Leaflet</a>`,
      );
    },
    [map, leafletTitle],
  );
  return null;
}

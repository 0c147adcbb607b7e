import { useEffect, useState } from 'react';
import { partReady } from '../../ui/readiness';
import * as L from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import { useAppStore } from '../../store/appStore';
import { selectBaseMap } from '../../store/selectors';
import { useT } from '../../i18n/useT';
import { loadBaseMap } from '../../data/baseMap';
import { escapeHtml } from '../MapControlsText';
import { baseMapLayer } from './baseMapSvg';

const OSM_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** Offline country outlines by default; OpenStreetMap tiles when the user opts in. */
export function BaseMapLayer() {
  const map = useMap();
  const baseMap = useAppStore(selectBaseMap);
  const t = useT();
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(
    function addBaseMap() {
      const container = map.getContainer();
      container.classList.toggle('base-offline', baseMap === 'offline');
      if (baseMap === 'osm') {
        const tiles = L.tileLayer(OSM_URL, {
          maxZoom: 19,
        }).addTo(map);
        tiles.once('load', () => partReady('basemap'));
        return function removeTiles() {
          tiles.remove();
        };
      }
      let layer: L.LayerGroup | null = null;
      let cancelled = false;
      const pane = map.getPane('basemap') ?? map.createPane('basemap');
      pane.style.zIndex = '200';
      loadBaseMap()
        .then((data) => {
          if (cancelled) return;
          layer = baseMapLayer(data, 'basemap', {
            color: '#8a9aa6',
            weight: 0.8,
            fillColor: '#f4f1ea',
            fillOpacity: 1,
          }).addTo(map);
          setStatus('ready');
          partReady('basemap');
        })
        .catch(() => {
          if (!cancelled) setStatus('failed');
        });
      return function removeCountries() {
        cancelled = true;
        layer?.remove();
      };
    },
    [map, baseMap],
  );

  // The credits, in the active language (as HTML: Leaflet writes them so).
  const credits =
    baseMap === 'osm'
      ? `<a href="https://www.openstreetmap.org/copyright">${escapeHtml(t('osmAttribution'))}</a>`
      : status === 'ready'
        ? escapeHtml(t('mapCredits'))
        : '';
  useEffect(
    function addCredits() {
      if (!credits) return;
      map.attributionControl?.addAttribution(credits);
      return function removeCredits() {
        map.attributionControl?.removeAttribution(credits);
      };
    },
    [map, credits],
  );

  if (baseMap === 'offline' && status !== 'ready') {
    return (
      <div className="map-status" role="status">
        {status === 'failed' ? t('baseMapFailed') : t('baseMapLoading')}
      </div>
    );
  }
  return null;
}

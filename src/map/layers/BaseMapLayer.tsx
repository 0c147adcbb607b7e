import { useEffect, useState } from 'react';
import { partReady } from '../../ui/readiness';
import L from 'leaflet';
import { useMap } from 'react-leaflet';
import type { Topology, GeometryCollection } from 'topojson-specification';
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { useAppStore } from '../../store/appStore';
import { selectBaseMap } from '../../store/selectors';
import { useT } from '../../i18n/useT';
import { worldCopies } from '../../domain/geo/antimeridian';

/** Loaded once per page: the country shapes are a static asset, not part of the JS bundle. */
let countriesPromise: Promise<GeoJSON.FeatureCollection> | null = null;
function loadCountries(): Promise<GeoJSON.FeatureCollection> {
  // The decoder is fetched in parallel with the shapes.
  countriesPromise ??= Promise.all([
    fetch(countriesUrl).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    }),
    import('topojson-client'),
  ])
    .then(([topology, { feature }]) =>
      // No seam at 180°: rings crossing it are unwrapped, and the world is repeated ±360°.
      worldCopies(feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection),
    )
    .catch((err: unknown) => {
      countriesPromise = null;
      throw err;
    });
  return countriesPromise;
}

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
          attribution:
            '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
        }).addTo(map);
        tiles.once('load', () => partReady('basemap'));
        return function removeTiles() {
          tiles.remove();
        };
      }
      let layer: L.GeoJSON | null = null;
      let cancelled = false;
      const pane = map.getPane('basemap') ?? map.createPane('basemap');
      pane.style.zIndex = '200';
      loadCountries()
        .then((fc) => {
          if (cancelled) return;
          layer = L.geoJSON(fc, {
            pane: 'basemap',
            interactive: false,
            style: { color: '#8a9aa6', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1 },
          }).addTo(map);
          map.attributionControl.addAttribution(
            'Natural Earth (public domain) · GeoNames (CC BY 4.0)',
          );
          setStatus('ready');
          partReady('basemap');
        })
        .catch(() => {
          if (!cancelled) setStatus('failed');
        });
      return function removeCountries() {
        cancelled = true;
        layer?.remove();
        map.attributionControl.removeAttribution(
          'Natural Earth (public domain) · GeoNames (CC BY 4.0)',
        );
      };
    },
    [map, baseMap],
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

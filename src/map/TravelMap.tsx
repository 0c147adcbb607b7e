import 'leaflet/dist/leaflet.css';
import { MapContainer } from 'react-leaflet/MapContainer';
import type { LatLngBoundsExpression } from 'leaflet';
import { lazy, Suspense, useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { selectDataset } from '../store/selectors';
import { useT } from '../i18n/useT';
import { BaseMapLayer } from './layers/BaseMapLayer';
import { PlacesLayer } from './layers/PlacesLayer';
import { RoutesLayer } from './layers/RoutesLayer';
import { TravellersLayer } from './layers/TravellersLayer';
import { LinksLayer } from './layers/LinksLayer';
import { MapController } from './MapController';
import { MapPick } from './MapPick';
import { MapControlsText } from './MapControlsText';
import { useEditingMode, selectEditingMode } from '../store/editingMode';

// Edit mode only (its code, and the editing operations, load with it).
const EditPlacesLayer = lazy(() =>
  import('./layers/EditPlacesLayer').then((m) => ({ default: m.EditPlacesLayer })),
);

const FALLBACK_BOUNDS: LatLngBoundsExpression = [
  [-50, -150],
  [70, 160],
];

/** The Leaflet map: base map, routes, places and travellers, all driven by the store. */
export function TravelMap() {
  const dataset = useAppStore(selectDataset);
  const editing = useEditingMode(selectEditingMode);
  const t = useT();
  const bounds = useMemo<LatLngBoundsExpression>(() => {
    if (dataset.defaultBounds) return dataset.defaultBounds;
    if (dataset.places.length === 0) return FALLBACK_BOUNDS;
    const lats = dataset.places.map((p) => p.lat);
    const lons = dataset.places.map((p) => p.lon);
    return [
      [Math.min(...lats), Math.min(...lons)],
      [Math.max(...lats), Math.max(...lons)],
    ];
  }, [dataset]);

  return (
    <section className="map-region" aria-label={t('mapLabel')}>
      <MapContainer
        key={dataset.id}
        bounds={bounds}
        className="travel-map"
        zoomSnap={0.25}
        zoomDelta={0.5}
        minZoom={1.5}
        maxZoom={12}
        worldCopyJump={false}
        keyboard
        attributionControl
        zoomControl={false}
      >
        <MapControlsText />
        <BaseMapLayer />
        <LinksLayer />
        <RoutesLayer />
        <PlacesLayer />
        <TravellersLayer />
        <MapController />
        <MapPick />
        {editing && (
          <Suspense fallback={null}>
            <EditPlacesLayer />
          </Suspense>
        )}
      </MapContainer>
      <p className="visually-hidden">{t('mapTextAlternative')}</p>
    </section>
  );
}

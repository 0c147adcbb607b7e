import { useEffect } from 'react';
import type { LeafletMouseEvent } from 'leaflet';
import { useMap } from 'react-leaflet/hooks';
import { useMapPick } from '../store/mapPick';
import { useT } from '../i18n/useT';

const selectRequest = (s: ReturnType<typeof useMapPick.getState>) => s.request;

/** While the import dialog asks for a place, the next click on the map answers it. */
export function MapPick() {
  const map = useMap();
  const t = useT();
  const request = useMapPick(selectRequest);

  useEffect(
    function listenForPick() {
      if (!request) return;
      const container = map.getContainer();
      container.classList.add('is-picking');
      const onClick = (e: LeafletMouseEvent) => {
        const { lat, lng } = e.latlng.wrap();
        useMapPick.getState().finish({ lat, lon: lng });
      };
      const onKey = (e: KeyboardEvent) => {
        if (e.key === 'Escape') useMapPick.getState().finish(null);
      };
      map.on('click', onClick);
      window.addEventListener('keydown', onKey);
      container.focus({ preventScroll: true });
      return function stopListeningForPick() {
        container.classList.remove('is-picking');
        map.off('click', onClick);
        window.removeEventListener('keydown', onKey);
      };
    },
    [map, request],
  );

  if (!request) return null;
  return (
    <div className="map-pick-banner" role="status">
      {t('mapPickPrompt', { place: request.label })}{' '}
      <button type="button" onClick={() => useMapPick.getState().finish(null)}>
        {t('cancel')}
      </button>
    </div>
  );
}

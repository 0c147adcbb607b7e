/** The offline gazetteer the import ships, fetched and parsed once, on first use. */
import { GAZETTEER_PATH, parseGazetteer, type Gazetteer } from '../domain/import/gazetteer';

let loading: Promise<Gazetteer | null> | null = null;

export function loadGazetteer(): Promise<Gazetteer | null> {
  loading ??= fetch(`${import.meta.env.BASE_URL}${GAZETTEER_PATH}`, { credentials: 'omit' })
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
    .then((text) => {
      const parsed = parseGazetteer(text);
      return parsed.ok ? parsed.gazetteer : null;
    })
    .catch(() => {
      loading = null;
      return null;
    });
  return loading;
}

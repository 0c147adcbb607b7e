/**
 * The offline base map's asset (src/domain/geo/baseMapPaths.ts; `npm run basemap` writes
 * basemap.v1.json): preloaded by index.html, precached by the service worker, fetched once
 * per page for the map's base layer and the hand-out maps.
 */
import baseMapUrl from './basemap.v1.json?url';
import { readBaseMapPaths, type BaseMapPaths } from '../domain/geo/baseMapPaths';

let promise: Promise<BaseMapPaths> | null = null;

export function loadBaseMap(): Promise<BaseMapPaths> {
  promise ??= fetch(baseMapUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    })
    .then((json) => {
      const data = readBaseMapPaths(json);
      if (!data) throw new Error('not a base map of this version');
      return data;
    })
    .catch((err: unknown) => {
      promise = null;
      throw err;
    });
  return promise;
}

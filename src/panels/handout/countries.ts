/**
 * The offline base map's country outlines as plain polygons (rings of [lon, lat]) for the
 * printed maps. Same asset as the map's base layer (cached by the browser), loaded once.
 */
import countriesUrl from 'world-atlas/countries-50m.json?url';
import type { Topology, GeometryCollection } from 'topojson-specification';

export type Polygon = (readonly (readonly [number, number])[])[];

let promise: Promise<Polygon[]> | null = null;
let loaded: Polygon[] | null = null;

/** The outlines if they have been loaded already (so a print can use them at once). */
export function loadedCountryPolygons(): readonly Polygon[] {
  return loaded ?? [];
}

export function loadCountryPolygons(): Promise<Polygon[]> {
  promise ??= Promise.all([
    fetch(countriesUrl).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    }),
    import('topojson-client'),
  ])
    .then(([topology, { feature }]) => {
      const fc = feature(topology, topology.objects.countries) as GeoJSON.FeatureCollection;
      const out: Polygon[] = [];
      for (const f of fc.features) {
        const g = f.geometry;
        if (g?.type === 'Polygon') out.push(g.coordinates as unknown as Polygon);
        else if (g?.type === 'MultiPolygon')
          for (const p of g.coordinates) out.push(p as unknown as Polygon);
      }
      loaded = out;
      return out;
    })
    .catch((err: unknown) => {
      promise = null;
      throw err;
    });
  return promise;
}

/**
 * The offline base map's country outlines as plain polygons (rings of [lon, lat]) for the
 * printed maps: the map's own asset (src/data/baseMap.ts, fetched once per page), read back
 * from its path data; one polygon per country, its copies a world away left out.
 */
import { loadBaseMap } from '../../data/baseMap';
import { shapeRings } from '../../domain/geo/baseMapPaths';

export type Polygon = (readonly (readonly [number, number])[])[];

let loaded: Polygon[] | null = null;

/** The outlines if they have been loaded already (so a print can use them at once). */
export function loadedCountryPolygons(): readonly Polygon[] {
  return loaded ?? [];
}

/** Read once from the base map (whose fetch is cached, and tried again after a failure). */
export function loadCountryPolygons(): Promise<Polygon[]> {
  return loadBaseMap().then((data) => (loaded ??= data.shapes.map((shape) => shapeRings(shape.d))));
}

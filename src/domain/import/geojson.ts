/**
 * GeoJSON FeatureCollections of Points → a table the mapping step reads like a CSV:
 * `latitude` and `longitude` columns from the geometry (GeoJSON's [lon, lat] order is
 * turned round here, once), then one column per property. Other geometries are reported.
 */
import type { ImportProblem, Table } from './types';

export const GEOJSON_LAT = 'latitude';
export const GEOJSON_LON = 'longitude';

export function isGeoJson(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const type = (json as { type?: unknown }).type;
  return type === 'FeatureCollection' || type === 'Feature';
}

function text(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}

export function geoJsonToTable(json: unknown): { table: Table | null; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const root = json as { type?: unknown; features?: unknown };
  const features: unknown[] =
    root.type === 'Feature' ? [root] : Array.isArray(root.features) ? root.features : [];
  const headers: string[] = [GEOJSON_LAT, GEOJSON_LON];
  const index = new Map<string, number>();
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  features.forEach((f, i) => {
    const feature = (f ?? {}) as { geometry?: unknown; properties?: unknown };
    const geometry = (feature.geometry ?? null) as { type?: unknown; coordinates?: unknown } | null;
    const coords = geometry?.coordinates;
    if (
      !geometry ||
      geometry.type !== 'Point' ||
      !Array.isArray(coords) ||
      typeof coords[0] !== 'number' ||
      typeof coords[1] !== 'number'
    ) {
      problems.push({
        code: 'geojsonNotPoint',
        severity: 'warning',
        path: `features[${i}]`,
        row: i + 1,
        value: text(geometry?.type).slice(0, 40),
      });
      return;
    }
    const row: string[] = [String(coords[1]), String(coords[0])];
    const props = feature.properties;
    if (props && typeof props === 'object' && !Array.isArray(props)) {
      for (const [k, v] of Object.entries(props as Record<string, unknown>)) {
        let c = index.get(k);
        if (c === undefined) {
          c = headers.length;
          headers.push(k);
          index.set(k, c);
        }
        row[c] = text(v);
      }
    }
    rows.push(row);
    rowNumbers.push(i + 1);
  });
  for (const r of rows) for (let c = 0; c < headers.length; c++) r[c] ??= '';
  if (rows.length === 0) {
    problems.push({
      code: 'noRows',
      severity: 'error',
      path: '(file)',
      params: { reason: 'noPoints' },
    });
    return { table: null, problems };
  }
  return {
    table: { headers, rows, rowNumbers, encoding: 'utf-8', delimiter: '', format: 'geojson' },
    problems,
  };
}

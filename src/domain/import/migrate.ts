/**
 * The app's own JSON, any version: migrated step by step to the current schema, then
 * validated. Versions: 0 = files written before `schemaVersion` existed (same shape as
 * version 1 otherwise); 1 = current. A newer version is refused with a clear message.
 */
import { CURRENT_SCHEMA_VERSION, parseDataset, type Dataset } from '../dataset/schema';
import type { ImportProblem } from './types';

type Json = Record<string, unknown>;

/** MIGRATIONS[v] turns a version-v object into version v+1. */
const MIGRATIONS: Record<number, (d: Json) => Json> = {
  0: (d) => ({ ...d, schemaVersion: 1 }),
};

export type AppJsonResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly ImportProblem[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

export function looksLikeAppDataset(json: unknown): boolean {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return false;
  const o = json as Json;
  return 'schemaVersion' in o || (Array.isArray(o.events) && Array.isArray(o.places));
}

export function migrateAppJson(json: unknown): AppJsonResult {
  if (!looksLikeAppDataset(json))
    return {
      ok: false,
      problems: [
        {
          code: 'jsonShape',
          severity: 'error',
          path: '(root)',
          message: "this JSON is neither the app's data format nor GeoJSON",
          hint: 'export a dataset from the app, or use a GeoJSON FeatureCollection of Points',
        },
      ],
    };
  let d = json as Json;
  const raw = d.schemaVersion;
  let version = raw === undefined ? 0 : raw;
  const problems: ImportProblem[] = [];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return {
      ok: false,
      problems: [
        {
          code: 'schemaUnknown',
          severity: 'error',
          path: 'schemaVersion',
          value: String(raw).slice(0, 40),
          message: 'unknown schema version',
          hint: 'export the file again from the app',
        },
      ],
    };
  if (version > CURRENT_SCHEMA_VERSION)
    return {
      ok: false,
      problems: [
        {
          code: 'schemaNewer',
          severity: 'error',
          path: 'schemaVersion',
          value: String(version),
          params: { version, current: CURRENT_SCHEMA_VERSION },
          message: `made by a newer version of the app (schema ${version}); this app reads up to ${CURRENT_SCHEMA_VERSION}`,
          hint: 'update the app, or export the file again as an older version',
        },
      ],
    };
  const from = version;
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    d = step(d);
    version++;
  }
  if (from !== CURRENT_SCHEMA_VERSION)
    problems.push({
      code: 'schemaMigrated',
      severity: 'info',
      path: 'schemaVersion',
      value: String(from),
      params: { from, to: CURRENT_SCHEMA_VERSION },
      message: `updated from schema version ${from} to ${CURRENT_SCHEMA_VERSION}`,
    });
  const result = parseDataset(d);
  if (!result.ok)
    return {
      ok: false,
      problems: result.problems.map((p) => ({
        ...p,
        code: 'schema' as const,
        severity: 'error' as const,
      })),
    };
  return { ok: true, dataset: result.dataset, problems };
}

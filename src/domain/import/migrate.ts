/**
 * The app's own JSON, any version: the one entry point that reads it (`readAppJson`:
 * parse, migrate step by step to the current schema, validate). The import pipeline, the
 * `?data=` loader and the saved-datasets repository all call it. Versions: 0 = files
 * written before `schemaVersion` existed (same shape as version 1 otherwise); 1 = current.
 * A newer version is refused with a clear problem.
 */
import { CURRENT_SCHEMA_VERSION, parseDataset, type Dataset } from '../dataset/schema';
import type { ImportProblem } from './types';
import { decodeColumnar, isColumnar } from '../dataset/columnar';

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
  if (isColumnar(o)) return true;
  return 'schemaVersion' in o || (Array.isArray(o.events) && Array.isArray(o.places));
}

export type JsonText =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: false; readonly problem: ImportProblem };

/** JSON text → a value, or the `jsonInvalid` problem (with the parser's own words as value). */
export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (err) {
    return {
      ok: false,
      problem: {
        code: 'jsonInvalid',
        severity: 'error',
        path: '(file)',
        ...(err instanceof Error ? { value: err.message.slice(0, 120) } : {}),
      },
    };
  }
}

/**
 * Reads the app's JSON: text (parsed here) or a value already parsed (a stored record,
 * a file the pipeline has parsed). Never throws.
 */
export function readAppJson(input: string | { readonly value: unknown }): AppJsonResult {
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
    return migrateAppJson(parsed.json);
  }
  return migrateAppJson(input.value);
}

function migrateAppJson(input: unknown): AppJsonResult {
  let json = input;
  if (isColumnar(input)) {
    // The compact form: its columns checked, then the same dataset as the app's JSON.
    const decoded = decodeColumnar(input);
    if (!decoded.ok)
      return {
        ok: false,
        problems: decoded.problems.map((p) => ({ ...p, severity: 'error' as const })),
      };
    json = decoded.json;
  }
  if (!looksLikeAppDataset(json))
    return {
      ok: false,
      problems: [
        {
          code: 'jsonShape',
          severity: 'error',
          path: '(root)',
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
    });
  const result = parseDataset(d);
  if (!result.ok)
    return {
      ok: false,
      problems: result.problems.map((p) => ({ ...p, severity: 'error' as const })),
    };
  return { ok: true, dataset: result.dataset, problems };
}

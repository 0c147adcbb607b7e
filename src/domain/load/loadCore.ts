/**
 * What the model worker does with a file, as plain functions (the worker, the main-thread
 * fallback where there are no workers, and the unit tests all call these): bytes → text →
 * JSON → the app's dataset (migrated and validated, or taken as is when trusted) → the
 * time index and the events of each place. Never throws.
 */
import { takeTrustedDataset, type Dataset } from '../dataset/schema';
import type { Problem } from '../dataset/problems';
import { isColumnar } from '../dataset/columnar';
import { looksLikeAppDataset, parseJsonText, readAppJson } from '../import/migrate';
import { buildTimeIndex, type TimeIndex } from '../time/timeIndex';
import { eventsByPlaceIndex, type EventSpan } from '../model/model';
import type { LoadErrorReason, LoadProgress } from './protocol';

export type ReadOutcome =
  | { readonly ok: true; readonly dataset: Dataset; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly reason: LoadErrorReason; readonly problems: readonly Problem[] };

function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes); // a BOM is dropped, like response.text()
}

/**
 * The app's dataset from a file's bytes. `notAppData`: the text is not the app's JSON
 * (a CSV, a GeoJSON…): the caller hands it to the importer. `json`: it starts like JSON
 * and is not. `schema`: the app's JSON with problems (each with its path and value).
 */
export function readDatasetBytes(
  bytes: Uint8Array,
  trusted: boolean,
  onProgress: (p: LoadProgress) => void = () => {},
): ReadOutcome {
  onProgress({ phase: 'parse', fraction: null });
  const text = decodeText(bytes);
  if (!/^\s*[[{]/.test(text)) return { ok: false, reason: 'notAppData', problems: [] };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, reason: 'json', problems: [parsed.problem] };
  onProgress({ phase: 'parse', fraction: 1 });
  onProgress({ phase: 'validate', fraction: null });
  if (trusted && looksLikeAppDataset(parsed.json) && !isColumnar(parsed.json)) {
    onProgress({ phase: 'validate', fraction: 1 });
    // Not validated, but with the schema's defaults for what the file leaves out.
    return { ok: true, dataset: takeTrustedDataset(parsed.json), problems: [] };
  }
  const result = readAppJson({ value: parsed.json });
  if (!result.ok) {
    const shapeOnly = result.problems.some((p) => p.code === 'jsonShape');
    return shapeOnly
      ? { ok: false, reason: 'notAppData', problems: [] }
      : { ok: false, reason: 'schema', problems: result.problems };
  }
  onProgress({ phase: 'validate', fraction: 1 });
  return { ok: true, dataset: result.dataset, problems: result.problems };
}

export interface ModelParts {
  readonly index: TimeIndex;
  readonly eventsByPlace: number[][];
}

/** The parts of the model that are worth building off the main thread. */
export function buildModelParts(
  dataset: Dataset,
  onProgress: (p: LoadProgress) => void = () => {},
): ModelParts {
  onProgress({ phase: 'index', fraction: null });
  const index = buildTimeIndex(dataset.events);
  // As the model reads them (spansFromIndex): an event the index skipped spans day 0. Only
  // needed when some event was skipped (never for a validated dataset).
  const spans: EventSpan[] | null =
    index.size === index.eventCount
      ? null
      : dataset.events.map((_, i) => {
          const p = index.positionOf[i]!;
          return p >= 0
            ? { first: index.firsts[p]!, last: index.lasts[p]! }
            : { first: 0, last: 0 };
        });
  const eventsByPlace = eventsByPlaceIndex(dataset, spans, index);
  onProgress({ phase: 'index', fraction: 1 });
  return { index, eventsByPlace };
}

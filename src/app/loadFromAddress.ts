/**
 * `?data=<url>`: loads a dataset a teacher hosts (same origin, or a server that allows
 * CORS). Only http(s) and same-origin relative addresses; the file is parsed as text and
 * validated; on any problem the current dataset stays and the reason is returned.
 * The app's JSON (any version) is read by `readAppJson`, as everywhere; CSV and GeoJSON go
 * through the importer (a separate chunk, loaded only for them) with its guessed mapping.
 */
import type { Dataset, Problem } from '../domain/dataset/schema';
import { isBuiltinUrl } from '../storage/builtinDatasets';
import { translator } from '../i18n/i18n';
import { httpUrl } from '../domain/url';
import type { AppStore } from '../store/appStore';

const MAX_BYTES = 50 * 1024 * 1024;

export type LoadFailure =
  'http' | 'tooLarge' | 'fetch' | 'json' | 'schema' | 'cancelled' | 'storyLink';

export type LoadOutcome =
  | { ok: true; source: string }
  | {
      ok: false;
      source: string;
      reason: LoadFailure;
      detail?: string;
      /** For a story link: what was wrong with it (a StoryLinkError or 'schema'). */
      linkError?: string;
      problems: readonly Problem[];
    };

/**
 * `#story=v1.…`: a whole dataset carried in the link (src/domain/share). Decoded and
 * validated like any import (the codec and the validator load on demand); on success it
 * is shown as shared with you, and the saved datasets are not touched.
 */
export async function loadDatasetFromStoryLink(
  store: AppStore,
  payload: string,
  signal?: AbortSignal,
): Promise<LoadOutcome> {
  const source = 'storyLink';
  const { decodeStoryDataset } = await import('../domain/share/decodeDataset');
  if (signal?.aborted) return { ok: false, source, reason: 'cancelled', problems: [] };
  const result = decodeStoryDataset(payload);
  if (!result.ok) {
    return {
      ok: false,
      source,
      reason: 'storyLink',
      linkError: result.error,
      problems: result.problems,
    };
  }
  store.getState().openSharedStory(result.dataset, payload);
  return { ok: true, source };
}

/** Datasets opened from `?data=`, with the public address they came from (for sharing). */
const publicAddresses = new WeakMap<object, string>();

/** The `?data=` address a dataset was opened from, if it was. */
export function publicAddressOf(dataset: object): string | null {
  return publicAddresses.get(dataset) ?? null;
}

export function dataUrlFromSearch(search: string, base: string): URL | null {
  const raw = new URLSearchParams(search).get('data');
  if (!raw) return null;
  return httpUrl(raw, base);
}

export async function loadDatasetFromUrl(
  store: AppStore,
  url: URL,
  signal?: AbortSignal,
): Promise<LoadOutcome> {
  const source = url.href;
  let text: string;
  try {
    const response = await fetch(url, { signal, credentials: 'omit' });
    if (!response.ok) {
      return { ok: false, source, reason: 'http', detail: String(response.status), problems: [] };
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BYTES) {
      return { ok: false, source, reason: 'tooLarge', problems: [] };
    }
    text = await response.text();
  } catch (err) {
    if (signal?.aborted) return { ok: false, source, reason: 'cancelled', problems: [] };
    return {
      ok: false,
      source,
      reason: 'fetch',
      detail: err instanceof Error ? err.message : undefined,
      problems: [],
    };
  }
  if (/^\s*[[{]/.test(text)) {
    if (isBuiltinUrl(url)) {
      // A record shipped with the app: stored normalised and validated by its unit test
      // (tests/unit/records), so it opens without the validator's cost.
      try {
        store.getState().loadDataset(JSON.parse(text) as Dataset);
        return { ok: true, source };
      } catch {
        // not JSON after all: the reader below says why
      }
    }
    // The one reader of the app's JSON (parse, migrate, validate) loads only when someone
    // opens other data (keeps the first view light).
    const { readAppJson } = await import('../domain/import/migrate');
    const result = readAppJson(text);
    if (result.ok) {
      store.getState().loadDataset(result.dataset);
      publicAddresses.set(result.dataset, source);
      return { ok: true, source };
    }
    const codes = new Set(result.problems.map((p) => p.code));
    if (codes.has('jsonInvalid')) return { ok: false, source, reason: 'json', problems: [] };
    if (!codes.has('jsonShape'))
      return { ok: false, source, reason: 'schema', problems: result.problems };
  }
  // CSV or GeoJSON: the importer, a chunk loaded only for them.
  const { importTextToDataset } = await import('../import/importText');
  const fileName = decodeURIComponent(url.pathname.split('/').pop() ?? '') || 'data';
  const imported = await importTextToDataset(
    text,
    fileName,
    translator(store.getState().lang)('importDefaultActor'),
  );
  if (signal?.aborted) return { ok: false, source, reason: 'cancelled', problems: [] };
  if (!imported.ok) return { ok: false, source, reason: 'schema', problems: imported.problems };
  store.getState().loadDataset(imported.dataset);
  publicAddresses.set(imported.dataset, source);
  return { ok: true, source };
}

/**
 * `?data=<url>`: loads a dataset a teacher hosts (same origin, or a server that allows
 * CORS). Only http(s) and same-origin relative addresses; the file is parsed as text and
 * validated; on any problem the current dataset stays and the reason is returned.
 * The app's JSON (any version) is read by `readAppJson`, as everywhere; CSV and GeoJSON go
 * through the importer (a separate chunk, loaded only for them) with its guessed mapping.
 */
import type { Problem } from '../domain/dataset/schema';
import type { LoadProgress } from '../domain/load/protocol';
import { isBuiltinUrl } from '../storage/builtinDatasets';
import { translator } from '../i18n/i18n';
import { rememberPublicAddress } from './linkedAddress';
import { takeEarlyResponse } from './earlyStart';
import type { AppStore } from '../store/appStore';

/** Largest linked file: a 1,000,000-event dataset in the compact form is about 80 MB. */
const MAX_BYTES = 200 * 1024 * 1024;

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

/** The body of a response, with download progress when its length is known. */
async function readBody(
  response: Response,
  onProgress: (p: LoadProgress) => void,
): Promise<Uint8Array | null> {
  const total = Number(response.headers.get('content-length') ?? 0);
  onProgress({ phase: 'download', fraction: total > 0 ? 0 : null });
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    received += value.length;
    if (received > MAX_BYTES) {
      await reader.cancel();
      return null;
    }
    if (total > 0) onProgress({ phase: 'download', fraction: Math.min(1, received / total) });
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

/** True when the first character after blanks (and a BOM) opens a JSON object or array. */
function startsLikeJson(bytes: Uint8Array): boolean {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return true; // the worker decodes it and says
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    if (i === 0 && b === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      i += 2;
      continue;
    }
    return b === 0x7b || b === 0x5b;
  }
  return false;
}

export async function loadDatasetFromUrl(
  store: AppStore,
  url: URL,
  signal?: AbortSignal,
  onProgress: (p: LoadProgress) => void = () => {},
): Promise<LoadOutcome> {
  const source = url.href;
  let bytes: Uint8Array;
  try {
    // Started by main.tsx with the page when it opened on this address.
    const response = await (takeEarlyResponse(url, signal) ??
      fetch(url, { signal, credentials: 'omit' }));
    if (!response.ok) {
      return { ok: false, source, reason: 'http', detail: String(response.status), problems: [] };
    }
    const length = Number(response.headers.get('content-length') ?? 0);
    if (length > MAX_BYTES) {
      return { ok: false, source, reason: 'tooLarge', problems: [] };
    }
    const body = await readBody(response, onProgress);
    if (!body) return { ok: false, source, reason: 'tooLarge', problems: [] };
    bytes = body;
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
  onProgress({ phase: 'download', fraction: 1 });
  if (startsLikeJson(bytes)) {
    // The app's JSON (any version, or its columnar form): parsed, migrated, validated and
    // indexed in the model worker. A record shipped with the app is stored normalised and
    // validated by its unit test (tests/unit/records), so it skips the validator. The
    // worker gets a copy: the bytes stay here for the importer if it is not the app's JSON.
    const { loadModelFromBytes } = await import('./modelLoader');
    const builtin = isBuiltinUrl(url);
    const result = await loadModelFromBytes(bytes.slice().buffer, {
      trusted: builtin,
      signal,
      onProgress,
    });
    if (signal?.aborted) return { ok: false, source, reason: 'cancelled', problems: [] };
    if (result.ok) {
      store.getState().loadDataset(result.dataset, result.prebuilt);
      if (!builtin) rememberPublicAddress(result.dataset, source);
      return { ok: true, source };
    }
    if (result.reason === 'cancelled')
      return { ok: false, source, reason: 'cancelled', problems: [] };
    if (result.reason === 'json') return { ok: false, source, reason: 'json', problems: [] };
    if (result.reason === 'schema')
      return { ok: false, source, reason: 'schema', problems: result.problems };
  }
  const text = new TextDecoder().decode(bytes);
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
  rememberPublicAddress(imported.dataset, source);
  return { ok: true, source };
}

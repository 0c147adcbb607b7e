/**
 * Opens a dataset file off the main thread: the model worker (modelWorker.ts) parses,
 * validates and indexes it; the page receives the events in chunks (one JSON.parse per
 * task) and the time index as transferred typed arrays, and only builds the lookups and
 * journeys. Where there are no workers (jsdom tests), the same steps run here.
 */
import type { Dataset, TravelEvent } from '../domain/dataset/schema';
import type { Problem } from '../domain/dataset/problems';
import type { PrebuiltModelParts } from '../domain/model/model';
import {
  advanceProgress,
  decodeModelIndex,
  shareEmptyLists,
  type FromModelWorker,
  type LoadErrorReason,
  type LoadProgress,
  type LoadRequest,
} from '../domain/load/protocol';
import { takeEarlyWorker } from './earlyStart';

export type ModelLoadResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly prebuilt: PrebuiltModelParts;
      readonly problems: readonly Problem[];
    }
  | {
      readonly ok: false;
      readonly reason: LoadErrorReason | 'cancelled';
      readonly problems: readonly Problem[];
    };

export interface ModelLoadOptions {
  /** A record shipped with the app: no validation. */
  readonly trusted?: boolean;
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: LoadProgress) => void;
}

/** Largest built-in file read on the page's own thread (the record is 2.1 MB). */
export const MAIN_THREAD_MAX_BYTES = 4 * 1024 * 1024;

const cancelled: ModelLoadResult = { ok: false, reason: 'cancelled', problems: [] };

async function loadOnMainThread(
  bytes: ArrayBuffer,
  options: ModelLoadOptions,
  report: (p: LoadProgress) => void,
): Promise<ModelLoadResult> {
  const { readDatasetBytes, buildModelParts } = await import('../domain/load/loadCore');
  if (options.signal?.aborted) return cancelled;
  const read = readDatasetBytes(new Uint8Array(bytes), options.trusted ?? false, report);
  if (!read.ok) return { ok: false, reason: read.reason, problems: read.problems };
  const parts = buildModelParts(read.dataset, report);
  return { ok: true, dataset: read.dataset, prebuilt: parts, problems: read.problems };
}

function loadInWorker(
  bytes: ArrayBuffer,
  options: ModelLoadOptions,
  report: (p: LoadProgress) => void,
): Promise<ModelLoadResult> {
  const worker =
    takeEarlyWorker() ??
    new Worker(new URL('./modelWorker.ts', import.meta.url), { type: 'module' });
  const id = 1;
  return new Promise<ModelLoadResult>((resolve) => {
    const events: TravelEvent[] = [];
    const finish = (result: ModelLoadResult) => {
      options.signal?.removeEventListener('abort', abort);
      worker.terminate();
      resolve(result);
    };
    const abort = () => finish(cancelled);
    options.signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<FromModelWorker>) => {
      const msg = event.data;
      if (msg.id !== id) return;
      switch (msg.type) {
        case 'progress':
          report(msg.progress);
          return;
        case 'chunk': {
          // One chunk per message, so one parse per task: the page keeps answering.
          const part = shareEmptyLists(JSON.parse(msg.events) as TravelEvent[]);
          for (const e of part) events.push(e);
          report({ phase: 'receive', fraction: (msg.part + 1) / msg.parts });
          return;
        }
        case 'error':
          finish({ ok: false, reason: msg.reason, problems: msg.problems });
          return;
        case 'result': {
          const dataset = { ...msg.head, events } as Dataset;
          const decoded = decodeModelIndex(msg.index, events);
          finish({ ok: true, dataset, prebuilt: decoded, problems: msg.problems });
        }
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish({
        ok: false,
        reason: 'json',
        problems: [{ code: 'jsonInvalid', path: '(file)', value: event.message || 'worker' }],
      });
    };
    const request: LoadRequest = { type: 'load', id, bytes, trusted: options.trusted ?? false };
    worker.postMessage(request, [bytes]);
  });
}

/** Reads a dataset file (its bytes are handed over: do not use them afterwards). */
export function loadModelFromBytes(
  bytes: ArrayBuffer,
  options: ModelLoadOptions = {},
): Promise<ModelLoadResult> {
  let shown: LoadProgress | null = null;
  const report = (p: LoadProgress) => {
    const next = advanceProgress(shown, p);
    if (next === shown) return;
    shown = next;
    options.onProgress?.(next);
  };
  // A file shipped with the app and small enough to read in a few tens of milliseconds
  // opens sooner here than through a worker (start-up, a second parse of the chunks here);
  // anything else is read, checked and indexed off the page's thread.
  const smallTrusted = options.trusted === true && bytes.byteLength <= MAIN_THREAD_MAX_BYTES;
  return typeof Worker === 'undefined' || smallTrusted
    ? loadOnMainThread(bytes, options, report)
    : loadInWorker(bytes, options, report);
}

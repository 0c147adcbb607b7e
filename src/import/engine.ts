/**
 * Runs an import in a module Web Worker (the page stays responsive; cancel = terminate),
 * or synchronously where workers do not exist (jsdom tests). Both use ImportCore.
 */
import type { Dataset, LocalizedText, TravelEvent } from '../domain/dataset/schema';
import { ImportCancelled, type BuildResult } from '../domain/import/types';
import { GAZETTEER_PATH } from '../domain/import/gazetteer';
import { decodeModelIndex, shareEmptyLists } from '../domain/load/protocol';
import type { PrebuiltModelParts } from '../domain/model/model';
import { ImportCore, type GazetteerLoader } from './core';
import type {
  BuildRequest,
  FromWorker,
  ProgressInfo,
  ReadSummary,
  SavedInfo,
  ToWorker,
} from './protocol';

/** What the engine has ready to open and save a dataset it built. */
export interface BuiltExtras {
  /** Parts of the model built with the dataset (its time index). */
  readonly prebuilt?: PrebuiltModelParts;
  /** Saves the dataset (with this title) where it was built; rejects like the repository. */
  readonly save?: (title: LocalizedText, name: string) => Promise<SavedInfo>;
}

export interface ImportEngine {
  read(bytes: ArrayBuffer, onProgress: (p: ProgressInfo) => void): Promise<ReadSummary>;
  build(request: BuildRequest, onProgress: (p: ProgressInfo) => void): Promise<BuildResult>;
  /** What comes with a dataset this engine's last build gave (nothing for any other). */
  extras(dataset: Dataset): BuiltExtras;
  /** Stops the running step; its promise rejects with ImportCancelled. */
  cancel(): void;
  dispose(): void;
}

/** A failed save, as the repository says it (see datasetsStore's statusOf). */
function storageError(kind: string, message: string): Error {
  const err = new Error(message) as Error & { kind: string };
  err.name = 'StorageError';
  err.kind = kind;
  return err;
}

export function gazetteerUrl(): string {
  const base = typeof import.meta.env?.BASE_URL === 'string' ? import.meta.env.BASE_URL : '/';
  return new URL(`${base}${GAZETTEER_PATH}`, globalThis.location?.href ?? 'http://localhost/').href;
}

const fetchGazetteer: GazetteerLoader = async () => {
  const response = await fetch(gazetteerUrl(), { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
};

/** Same steps on the calling thread; cancel takes effect between steps. */
export function createSyncEngine(loadGazetteer: GazetteerLoader = fetchGazetteer): ImportEngine {
  const core = new ImportCore(loadGazetteer);
  let generation = 0;
  const guard = async <T>(run: () => Promise<T> | T): Promise<T> => {
    const mine = ++generation;
    await Promise.resolve();
    const value = await run();
    if (mine !== generation) throw new ImportCancelled();
    return value;
  };
  return {
    read: (bytes, onProgress) =>
      guard(() => {
        onProgress({ phase: 'reading', fraction: null });
        return core.read(new Uint8Array(bytes));
      }),
    build: (request, onProgress) => guard(() => core.build(request, onProgress)),
    extras: () => ({}),
    cancel: () => {
      generation++;
    },
    dispose: () => {
      generation++;
    },
  };
}

interface Pending {
  resolve: (value: never) => void;
  reject: (err: unknown) => void;
  onProgress: (p: ProgressInfo) => void;
  /** Events of the dataset being received, chunk by chunk. */
  events?: TravelEvent[];
}

/** The dataset back from its head and events, its fields in the schema's order. */
function joinDataset(head: Omit<Dataset, 'events'>, events: TravelEvent[]): Dataset {
  const { waypoints, tours, ...front } = head;
  return { ...front, events, waypoints, tours };
}

export function createWorkerEngine(): ImportEngine {
  let worker: Worker | null = null;
  let nextId = 1;
  let lastBytes: ArrayBuffer | null = null;
  let fresh = true; // the worker has no table (new or restarted)
  const pending = new Map<number, Pending>();
  // The dataset of the last build, as the worker holds it too, and its time index.
  let built: { dataset: Dataset; prebuilt: PrebuiltModelParts } | null = null;
  let saving: Promise<void> | null = null;

  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const msg = event.data;
      const p = pending.get(msg.id);
      if (!p) return;
      if (msg.type === 'progress') {
        p.onProgress(msg.progress);
        return;
      }
      if (msg.type === 'chunk') {
        // One chunk per message, so one parse per task: the page keeps answering.
        const part = shareEmptyLists(JSON.parse(msg.events) as TravelEvent[]);
        p.events ??= [];
        for (const e of part) p.events.push(e);
        return;
      }
      pending.delete(msg.id);
      if (msg.type === 'error')
        p.reject(msg.storage ? storageError(msg.storage, msg.message) : new Error(msg.message));
      else if (msg.type === 'read') p.resolve(msg.summary as never);
      else if (msg.type === 'saved') p.resolve(msg.meta as never);
      else if (msg.head && msg.index) {
        const events = p.events ?? [];
        const dataset = joinDataset(msg.head, events);
        built = { dataset, prebuilt: decodeModelIndex(msg.index, events) };
        p.resolve({ ...msg.result, dataset } as never);
      } else p.resolve(msg.result as never);
    };
    w.onerror = (event) => {
      event.preventDefault();
      const err = new Error(event.message || 'import worker failed');
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      w.terminate();
      worker = null;
      fresh = true;
      built = null;
    };
    worker = w;
    fresh = true;
    return w;
  };

  const send = <T>(
    message: (id: number) => ToWorker,
    onProgress: (p: ProgressInfo) => void,
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: never) => void, reject, onProgress });
      start().postMessage(message(id));
    });

  return {
    read(bytes, onProgress) {
      built = null;
      lastBytes = bytes.slice(0);
      start();
      fresh = false;
      return send<ReadSummary>(
        (id) => ({ type: 'read', id, bytes, gazetteerUrl: gazetteerUrl() }),
        onProgress,
      );
    },
    async build(request, onProgress) {
      start();
      if (fresh && lastBytes) {
        // The worker was restarted after a cancel: give it the file again.
        fresh = false;
        await send<ReadSummary>(
          (id) => ({ type: 'read', id, bytes: lastBytes!.slice(0) }),
          () => {},
        );
      }
      built = null;
      return send<BuildResult>(
        (id) => ({ type: 'build', id, request, gazetteerUrl: gazetteerUrl() }),
        onProgress,
      );
    },
    extras(dataset) {
      if (!built || built.dataset !== dataset || !worker) return {};
      return {
        prebuilt: built.prebuilt,
        save: (title, name) => {
          const saved = send<SavedInfo>(
            (id) => ({ type: 'save', id, title, name }),
            () => {},
          );
          saving = saved.then(
            () => {},
            () => {},
          );
          return saved;
        },
      };
    },
    cancel() {
      if (!worker) return;
      worker.terminate();
      worker = null;
      fresh = true;
      built = null;
      for (const p of pending.values()) p.reject(new ImportCancelled());
      pending.clear();
    },
    dispose() {
      lastBytes = null;
      built = null;
      // A save asked for finishes (the dialog waits for it to end); then the worker goes.
      if (saving) void saving.then(() => this.cancel());
      else this.cancel();
    },
  };
}

let factory: (() => ImportEngine) | null = null;

/** Tests inject an engine (e.g. a synchronous one with a small gazetteer). */
export function setImportEngineFactory(next: (() => ImportEngine) | null): void {
  factory = next;
}

export function createImportEngine(): ImportEngine {
  if (factory) return factory();
  return typeof Worker !== 'undefined' ? createWorkerEngine() : createSyncEngine();
}

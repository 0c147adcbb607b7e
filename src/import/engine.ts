/**
 * Runs an import in a module Web Worker (the page stays responsive; cancel = terminate),
 * or synchronously where workers do not exist (jsdom tests). Both use ImportCore.
 */
import { ImportCancelled, type BuildResult } from '../domain/import/types';
import { GAZETTEER_PATH } from '../domain/import/gazetteer';
import { ImportCore, type GazetteerLoader } from './core';
import type { BuildRequest, FromWorker, ProgressInfo, ReadSummary, ToWorker } from './protocol';

export interface ImportEngine {
  read(bytes: ArrayBuffer, onProgress: (p: ProgressInfo) => void): Promise<ReadSummary>;
  build(request: BuildRequest, onProgress: (p: ProgressInfo) => void): Promise<BuildResult>;
  /** Stops the running step; its promise rejects with ImportCancelled. */
  cancel(): void;
  dispose(): void;
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
}

export function createWorkerEngine(): ImportEngine {
  let worker: Worker | null = null;
  let nextId = 1;
  let lastBytes: ArrayBuffer | null = null;
  let fresh = true; // the worker has no table (new or restarted)
  const pending = new Map<number, Pending>();

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
      pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new Error(msg.message));
      else if (msg.type === 'read') p.resolve(msg.summary as never);
      else p.resolve(msg.result as never);
    };
    w.onerror = (event) => {
      event.preventDefault();
      const err = new Error(event.message || 'import worker failed');
      for (const p of pending.values()) p.reject(err);
      pending.clear();
      w.terminate();
      worker = null;
      fresh = true;
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
      return send<BuildResult>(
        (id) => ({ type: 'build', id, request, gazetteerUrl: gazetteerUrl() }),
        onProgress,
      );
    },
    cancel() {
      if (!worker) return;
      worker.terminate();
      worker = null;
      fresh = true;
      for (const p of pending.values()) p.reject(new ImportCancelled());
      pending.clear();
    },
    dispose() {
      this.cancel();
      lastBytes = null;
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

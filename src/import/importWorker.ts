/**
 * The import worker: reading, parsing, geocoding and validation off the main thread.
 * The page cancels by terminating it. Started by engine.ts with
 * `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`.
 *
 * A built dataset goes to the page as the model worker sends one: its events in JSON chunks
 * (one parse per task on the page, no long task), its time index as transferred typed
 * arrays (the page does not build it again). The worker keeps it, to save it in the
 * browser's storage when the page asks (the page does not copy it into IndexedDB itself).
 */
import type { Dataset } from '../domain/dataset/schema';
import { buildModelParts } from '../domain/load/loadCore';
import { encodeModelIndex, eventChunks } from '../domain/load/protocol';
import type { BuildResult } from '../domain/import/types';
import type { DatasetRepository } from '../storage/repository';
import { ImportCore } from './core';
import type { FromWorker, ToWorker } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

/** The dataset of the last build, for `save`. */
let built: Dataset | null = null;
let repository: DatasetRepository | null = null;

function sendBuilt(id: number, result: BuildResult): void {
  built = result.dataset;
  if (!built) {
    scope.postMessage({ type: 'build', id, result });
    return;
  }
  const { events, ...head } = built;
  // The chunks first: the page reads them while the index is built here.
  for (const chunk of eventChunks(events)) scope.postMessage({ type: 'chunk', id, events: chunk });
  const parts = buildModelParts(built);
  const { encoded, transfer } = encodeModelIndex(parts.index, parts.eventsByPlace);
  scope.postMessage(
    { type: 'build', id, result: { ...result, dataset: null }, head, index: encoded },
    transfer,
  );
}

async function save(id: number, msg: ToWorker & { type: 'save' }): Promise<void> {
  try {
    if (!built) throw new Error('no dataset has been built');
    if (!repository) {
      const { createIdbRepository } = await import('../storage/repository');
      repository = createIdbRepository();
    }
    const meta = await repository.save({ ...built, title: msg.title }, msg.name);
    scope.postMessage({ type: 'saved', id, meta });
  } catch (err) {
    const kind = (err as { name?: unknown; kind?: unknown } | null)?.kind;
    scope.postMessage({
      type: 'error',
      id,
      message: err instanceof Error ? err.message : String(err),
      storage: kind === 'unavailable' || kind === 'full' ? kind : 'failed',
    });
  }
}

let gazetteerUrl = '';
const core = new ImportCore(async () => {
  const response = await fetch(gazetteerUrl, { credentials: 'omit' });
  if (!response.ok) throw new Error(`gazetteer: HTTP ${response.status}`);
  return response.text();
});

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'read') {
    built = null;
    try {
      scope.postMessage({
        type: 'progress',
        id: msg.id,
        progress: { phase: 'reading', fraction: null },
      });
      const summary = core.read(new Uint8Array(msg.bytes));
      scope.postMessage({ type: 'read', id: msg.id, summary });
      if (msg.gazetteerUrl) {
        gazetteerUrl = msg.gazetteerUrl;
        core.prefetchGazetteer(summary);
      }
    } catch (err) {
      scope.postMessage({
        type: 'error',
        id: msg.id,
        message: err instanceof Error ? err.message : String(err),
      });
    }
    return;
  }
  if (msg.type === 'save') {
    void save(msg.id, msg);
    return;
  }
  if (msg.type === 'build') {
    gazetteerUrl = msg.gazetteerUrl;
    built = null;
    core
      .build(msg.request, (progress) =>
        scope.postMessage({ type: 'progress', id: msg.id, progress }),
      )
      .then((result) => sendBuilt(msg.id, result))
      .catch((err: unknown) =>
        scope.postMessage({
          type: 'error',
          id: msg.id,
          message: err instanceof Error ? err.message : String(err),
        }),
      );
  }
};

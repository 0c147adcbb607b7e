/**
 * The import worker: reading, parsing, geocoding and validation off the main thread.
 * The page cancels by terminating it. Started by engine.ts with
 * `new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })`.
 */
import { ImportCore } from './core';
import type { FromWorker, ToWorker } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;

let gazetteerUrl = '';
const core = new ImportCore(async () => {
  const response = await fetch(gazetteerUrl, { credentials: 'omit' });
  if (!response.ok) throw new Error(`gazetteer: HTTP ${response.status}`);
  return response.text();
});

scope.onmessage = (event) => {
  const msg = event.data;
  if (msg.type === 'read') {
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
  if (msg.type === 'build') {
    gazetteerUrl = msg.gazetteerUrl;
    core
      .build(msg.request, (progress) =>
        scope.postMessage({ type: 'progress', id: msg.id, progress }),
      )
      .then(
        (result) => scope.postMessage({ type: 'build', id: msg.id, result }),
        (err: unknown) =>
          scope.postMessage({
            type: 'error',
            id: msg.id,
            message: err instanceof Error ? err.message : String(err),
          }),
      );
  }
};

/**
 * The model worker: parses, validates and indexes a dataset off the main thread (the
 * protocol is src/domain/load/protocol.ts, the steps src/domain/load/loadCore.ts). Started
 * by modelLoader.ts with `new Worker(new URL('./modelWorker.ts', import.meta.url), …)`.
 */
import { buildModelParts, readDatasetBytes } from '../domain/load/loadCore';
import {
  chunkCount,
  encodeModelIndex,
  eventChunks,
  type FromModelWorker,
  type LoadRequest,
} from '../domain/load/protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LoadRequest>) => void) | null;
  postMessage(message: FromModelWorker, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, bytes, trusted } = event.data;
  const progress = (p: FromModelWorker & { type: 'progress' }) => scope.postMessage(p);
  try {
    const read = readDatasetBytes(new Uint8Array(bytes), trusted, (p) =>
      progress({ type: 'progress', id, progress: p }),
    );
    if (!read.ok) {
      scope.postMessage({ type: 'error', id, reason: read.reason, problems: read.problems });
      return;
    }
    // The events first, each chunk posted as it is written: the page parses them while
    // the time index is built here (at 1,000,000 events, about 2 s of each side's work
    // overlap instead of following one another).
    const { events, ...head } = read.dataset;
    const parts = chunkCount(events.length);
    let part = 0;
    for (const chunk of eventChunks(events))
      scope.postMessage({ type: 'chunk', id, part: part++, parts, events: chunk });
    const built = buildModelParts(read.dataset, (p) =>
      progress({ type: 'progress', id, progress: p }),
    );
    const { encoded, transfer } = encodeModelIndex(built.index, built.eventsByPlace);
    scope.postMessage(
      { type: 'result', id, head, index: encoded, problems: read.problems },
      transfer,
    );
  } catch (err) {
    // Never expected (the steps do not throw); said as a JSON problem rather than lost.
    scope.postMessage({
      type: 'error',
      id,
      reason: 'json',
      problems: [
        {
          code: 'jsonInvalid',
          path: '(file)',
          value: err instanceof Error ? err.message.slice(0, 120) : undefined,
        },
      ],
    });
  }
};

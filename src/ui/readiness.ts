/**
 * The first usable view, announced once: when the data is in place, the base map is
 * drawn and the places' canvas is on the map, a `performance.mark('app-ready')` (the benchmark reads its time) and
 * `<html data-ready="true">`. Each part reports itself; nothing polls.
 */
export const READY_MARK = 'app-ready';

export type ReadyPart = 'data' | 'basemap' | 'places';

const waiting = new Set<ReadyPart>(['data', 'basemap', 'places']);

export function partReady(part: ReadyPart): void {
  if (!waiting.delete(part) || waiting.size > 0) return;
  performance.mark(READY_MARK);
  document.documentElement.dataset.ready = 'true';
}

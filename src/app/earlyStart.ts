/**
 * What a page opened on a linked dataset (`?data=`) starts with the page, before the
 * loading code (a chunk of its own) is in: the download, the loader's chunks, and, for a
 * file that is not built in, the model worker, whose script is then loaded and running by
 * the time the bytes arrive. `loadDatasetFromUrl` and the model loader take them over.
 */
let download: {
  readonly href: string;
  readonly response: Promise<Response>;
  readonly controller: AbortController;
} | null = null;
let worker: Worker | null = null;

export function startEarly(url: URL, builtin: boolean): void {
  if (download) return;
  const controller = new AbortController();
  download = {
    href: url.href,
    response: fetch(url, { credentials: 'omit', signal: controller.signal }),
    controller,
  };
  // A failed download is fetched again, and reported, by the loader.
  download.response.catch(() => {});
  void import('./modelLoader').catch(() => {});
  if (builtin) {
    // Read on the page's thread (modelLoader: a small file shipped with the app).
    void import('../domain/load/loadCore').catch(() => {});
    return;
  }
  if (typeof Worker === 'undefined') return;
  try {
    worker = new Worker(new URL('./modelWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null; // the loader starts its own
  }
}

/**
 * The download started early for exactly this address, once; null otherwise. `signal`
 * (the loader's) now stops it too.
 */
export function takeEarlyResponse(url: URL, signal?: AbortSignal): Promise<Response> | null {
  if (!download || download.href !== url.href) return null;
  const { response, controller } = download;
  download = null;
  if (signal?.aborted) controller.abort();
  else signal?.addEventListener('abort', () => controller.abort(), { once: true });
  return response;
}

/** The worker started early, once; null if there is none (the loader starts its own). */
export function takeEarlyWorker(): Worker | null {
  const w = worker;
  worker = null;
  return w;
}

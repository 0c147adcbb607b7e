/**
 * The load of the data a page was opened on (`?data=<url>` or a story carried in the link,
 * `#story=v1.…`; a story link wins). `main.tsx` starts it before the first render, so the
 * download, the worker and the first render overlap; `useDataFromAddress` follows it.
 * When it ends it applies the view the address held, or, if the data could not be opened
 * and the app still shows the placeholder, opens the bundled story instead.
 */
import type { LoadProgress } from '../domain/load/protocol';
import type { AppStore } from '../store/appStore';
import { applyHash, parseHash } from '../store/urlSync';
import { BUNDLED_KEY, useDatasetsStore } from '../storage/datasetsStore';
import { isLinkedPlaceholder } from './linkedPlaceholder';
import { loadDatasetFromStoryLink, loadDatasetFromUrl, type LoadOutcome } from './loadFromAddress';

export interface LinkedLoad {
  /** Resolves once the data is open (or the story is back after a failure). */
  readonly done: Promise<LoadOutcome>;
  /** The outcome once the load has ended (null before). */
  readonly result: () => LoadOutcome | null;
  /** The latest progress report (null before the first). */
  readonly progress: () => LoadProgress | null;
  /** Stops the load; the bundled story opens instead (the outcome says it was cancelled). */
  readonly cancel: () => void;
  /** Calls `listener` with each progress report; returns the unsubscribe. */
  readonly onProgress: (listener: (p: LoadProgress) => void) => () => void;
}

export interface LinkedTarget {
  readonly url: URL | null;
  readonly story: string | null;
  /** The address's fragment as the page opened (the view to apply once the data is in). */
  readonly openingHash: string;
}

export function startLinkedLoad(store: AppStore, target: LinkedTarget): LinkedLoad | null {
  if (!target.url && target.story === null) return null;
  let latest: LoadProgress | null = null;
  let ended: LoadOutcome | null = null;
  const listeners = new Set<(p: LoadProgress) => void>();
  const report = (p: LoadProgress) => {
    latest = p;
    for (const listener of listeners) listener(p);
  };
  const controller = new AbortController();
  const load =
    target.story !== null
      ? loadDatasetFromStoryLink(store, target.story, controller.signal)
      : loadDatasetFromUrl(store, target.url!, controller.signal, report);
  // The data could not be opened: the bundled story instead of the placeholder, at the
  // view the address held.
  const storyInstead = async () => {
    if (!isLinkedPlaceholder(store.getState().model.dataset)) return;
    if (await useDatasetsStore.getState().open(BUNDLED_KEY))
      applyHash(store, parseHash(target.openingHash));
  };
  const done = load
    .then(async (outcome) => {
      if (outcome.ok) applyHash(store, parseHash(target.openingHash));
      else await storyInstead();
      return outcome;
    })
    .catch(async (err: unknown): Promise<LoadOutcome> => {
      await storyInstead();
      return {
        ok: false,
        source: target.url?.href ?? 'storyLink',
        reason: 'fetch',
        detail: err instanceof Error ? err.message : undefined,
        problems: [],
      };
    });
  void done.then((outcome) => (ended = outcome));
  return {
    done,
    result: () => ended,
    cancel: () => controller.abort(),
    progress: () => latest,
    onProgress: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * Datasets shipped with the app but not in the first bundle: static JSON under public/,
 * fetched when chosen (and precached by the service worker for offline use). Opening one
 * writes `?data=<its path>` into the address, so a reload or a shared link opens it again
 * through the same loader as any linked dataset.
 */
import type { MessageKey } from '../i18n/messages.en';

export interface BuiltinDataset {
  readonly key: string;
  /** The dataset's own id (what related-event links name). */
  readonly datasetId: string;
  /** Path under the app's base. */
  readonly path: string;
  readonly titleKey: MessageKey;
}

export const BUILTIN_DATASETS: readonly BuiltinDataset[] = [
  {
    key: 'record:us-secretaries',
    datasetId: 'us-secretaries-of-state-travels',
    path: 'records/us-secretaries-of-state.v1.json',
    titleKey: 'datasetsRecordTitle',
  },
];

export function builtinByKey(key: string): BuiltinDataset | undefined {
  return BUILTIN_DATASETS.find((b) => b.key === key);
}

export function builtinByDatasetId(id: string): BuiltinDataset | undefined {
  return BUILTIN_DATASETS.find((b) => b.datasetId === id);
}

/** Absolute address of a built-in dataset for this page. */
export function builtinUrl(b: BuiltinDataset, href: string = window.location.href): URL {
  return new URL(`${import.meta.env.BASE_URL}${b.path}`, href);
}

/** Sets (or removes) `?data=` in the address without a navigation; keeps the hash. */
export function setDataParam(
  path: string | null,
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
): void {
  if (!win) return; // no address to keep (tests in node, workers)
  const url = new URL(win.location.href);
  if (path === null) url.searchParams.delete('data');
  else url.searchParams.set('data', path);
  const next = `${url.pathname}${url.search}${url.hash}`;
  if (next !== `${win.location.pathname}${win.location.search}${win.location.hash}`)
    win.history.replaceState(win.history.state, '', next);
}

/** Whether `url` is one of the built-in datasets of this app (same origin, its path). */
export function isBuiltinUrl(url: URL, href: string = window.location.href): boolean {
  return BUILTIN_DATASETS.some((b) => {
    const own = builtinUrl(b, href);
    return url.origin === own.origin && url.pathname === own.pathname && url.search === '';
  });
}

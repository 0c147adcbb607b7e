/**
 * The datasets menu's own small store: saved datasets, which one is open, and whether
 * storage works. It calls `useAppStore.getState().loadDataset` to switch; it never changes
 * the app store's shape. The bundled story is always available under the key 'bundled'.
 */
import { create } from 'zustand';
import type { Dataset, Problem } from '../domain/dataset/schema';
import type { PrebuiltModelParts } from '../domain/model/model';
import { useAppStore } from '../store/appStore';
// The repository (and the migration/validation it runs) loads on first use, so the first
// view does not carry the validator.
import type { BrokenRecord, DatasetRepository, SavedMeta } from './repository';
import { builtinByKey, builtinUrl, setDataParam } from './builtinDatasets';
// Static: the page's entry (main.tsx) starts the story's download with it, so it is in the
// first bundle already and an import() here would split nothing.
import { loadBundledStory } from '../app/loadBundledStory';

export const BUNDLED_KEY = 'bundled';

export type StorageStatus = 'unknown' | 'ok' | 'unavailable' | 'full' | 'failed';

export interface DatasetsState {
  saved: readonly SavedMeta[];
  broken: readonly BrokenRecord[];
  /** Key of the dataset this menu last opened. */
  activeKey: string;
  /** The dataset object it opened (the menu marks it only while the app still shows it). */
  activeDataset: Dataset | null;
  storage: StorageStatus;
  /** Problems of the last saved dataset that could not be opened. */
  openProblems: readonly Problem[];
  /**
   * The bundled story, once its file is in (null before: a page opened on a linked dataset
   * does not wait for it). `provideBundledStory` says where it comes from.
   */
  bundled: Dataset | null;
  refresh: () => Promise<void>;
  /**
   * Saves the dataset, then loads it into the app: it opens once its save has ended, kept
   * or not (a failed save leaves it open, and `storage` says why it is not kept). Resolves
   * to the key (null if not kept). `extras`: the model's parts built already, and a save
   * started where the dataset was built (the import worker); the menu's own storage saves
   * it when that save is not given, or when the menu's storage is not the browser's.
   */
  addImported: (dataset: Dataset, title: string, extras?: ImportedExtras) => Promise<string | null>;
  /**
   * Saves an import without opening it (a retry after a failed save): in the browser's
   * storage, else in memory for the session when storage is refused. Resolves to the key,
   * or null when it is not kept (`storage` says why). `started`: a save begun elsewhere.
   */
  saveImported: (
    dataset: Dataset,
    title: string,
    started?: Promise<SavedMeta>,
  ) => Promise<string | null>;
  open: (key: string) => Promise<boolean>;
  remove: (key: string) => Promise<void>;
  rename: (key: string, title: string) => Promise<void>;
  /**
   * Saves an edited story: a new record when `key` is null, else over that record. Resolves
   * to the key and whether it is kept after a reload, or to the storage problem.
   */
  saveEdited: (key: string | null, dataset: Dataset, title: string) => Promise<SaveOutcome>;
  /** Marks a dataset as the open one (an edited story whose model was just rebuilt). */
  setActive: (key: string, dataset: Dataset) => void;
}

export interface ImportedExtras {
  readonly prebuilt?: PrebuiltModelParts;
  /** The dataset's save, already started where it was built (into the browser's storage). */
  readonly saved?: Promise<SavedMeta>;
}

export type SaveOutcome =
  | { readonly ok: true; readonly key: string; readonly persistent: boolean }
  | { readonly ok: false; readonly status: StorageStatus };

let repository: DatasetRepository | null = null;
async function repo(): Promise<DatasetRepository> {
  if (!repository) {
    const { defaultRepository } = await import('./repository');
    repository ??= defaultRepository();
  }
  return repository;
}

async function memoryRepository(): Promise<DatasetRepository> {
  const { createMemoryRepository } = await import('./repository');
  return createMemoryRepository();
}

/** Tests (and the app, once) may swap the storage. */
export function setDatasetRepository(next: DatasetRepository | null): void {
  repository = next;
}

function statusOf(err: unknown): StorageStatus {
  if (err instanceof Error && err.name === 'StorageError')
    return (err as unknown as { kind: StorageStatus }).kind;
  return 'failed';
}

let bundledStory: Promise<Dataset> | null = null;

/**
 * Where the bundled story comes from (the app's start-up gives its download, tests the
 * inlined file). The datasets menu, related-event links and sharing know it by identity.
 */
export function provideBundledStory(story: Dataset | Promise<Dataset>): void {
  if (!(story instanceof Promise)) {
    bundledStory = Promise.resolve(story);
    useDatasetsStore.setState({ bundled: story });
    return;
  }
  bundledStory = story;
  void story.then(
    (d) => {
      if (bundledStory === story) useDatasetsStore.setState({ bundled: d });
    },
    () => {
      // Offline before the first visit cached it: the menu asks again when it is opened.
      if (bundledStory === story) bundledStory = null;
    },
  );
}

/** The bundled story if it is in (see `provideBundledStory`), else null. */
export function bundledDataset(): Dataset | null {
  return useDatasetsStore.getState().bundled;
}

/** The bundled story, waiting for (or starting) its download. */
async function ensureBundledDataset(): Promise<Dataset> {
  const ready = bundledDataset();
  if (ready) return ready;
  if (!bundledStory) provideBundledStory(loadBundledStory());
  return bundledStory!;
}

export const useDatasetsStore = create<DatasetsState>()((set, get) => ({
  saved: [],
  broken: [],
  activeKey: BUNDLED_KEY,
  activeDataset: null,
  storage: 'unknown',
  openProblems: [],
  bundled: null,
  refresh: async () => {
    try {
      const r = await repo();
      const { entries, broken } = await r.list();
      set({ saved: entries, broken, storage: r.persistent ? 'ok' : 'unavailable' });
    } catch (err) {
      // Storage refused (private mode, blocked): keep working for the session in memory.
      repository = await memoryRepository();
      set({ storage: statusOf(err) === 'full' ? 'full' : 'unavailable' });
    }
  },
  addImported: async (dataset, title, extras) => {
    // Open at once (the user sees their data); the import is said to be done, or not
    // kept, only once its save has ended (the dialog says it is saving meanwhile).
    setDataParam(null);
    useAppStore.getState().loadDataset(dataset, extras?.prebuilt);
    set({ activeDataset: dataset, activeKey: '', openProblems: [] });
    return get().saveImported(dataset, title, extras?.saved);
  },
  saveImported: async (dataset, title, started) => {
    const markActive = (key: string) => {
      if (get().activeDataset === dataset) set({ activeKey: key });
    };
    try {
      const r = await repo();
      const meta = started && r.persistent ? await started : await r.save(dataset, title);
      markActive(meta.key);
      await get().refresh();
      if (!(await repo()).persistent) set({ storage: 'unavailable' });
      return meta.key;
    } catch (err) {
      const status = statusOf(err);
      if (status === 'unavailable') {
        repository = await memoryRepository();
        const meta = await repository.save(dataset, title);
        markActive(meta.key);
        await get().refresh();
        set({ storage: 'unavailable' });
        return meta.key;
      }
      set({ storage: status });
      return null;
    }
  },
  open: async (key) => {
    const builtin = builtinByKey(key);
    if (builtin) {
      const { loadDatasetFromUrl } = await import('../app/loadFromAddress');
      const result = await loadDatasetFromUrl(useAppStore, builtinUrl(builtin));
      if (!result.ok) {
        set({
          openProblems: result.problems.length
            ? result.problems
            : [{ code: 'linkFailed', path: builtin.path, value: result.reason }],
        });
        return false;
      }
      setDataParam(builtin.path);
      set({
        activeKey: key,
        activeDataset: useAppStore.getState().model.dataset,
        openProblems: [],
      });
      return true;
    }
    setDataParam(null);
    if (key === BUNDLED_KEY) {
      let d: Dataset;
      try {
        d = await ensureBundledDataset();
      } catch {
        set({ openProblems: [{ code: 'linkFailed', path: 'bundled', value: 'fetch' }] });
        return false;
      }
      useAppStore.getState().loadDataset(d);
      set({ activeKey: BUNDLED_KEY, activeDataset: d, openProblems: [] });
      return true;
    }
    try {
      const r = await (await repo()).load(key);
      if (!r.ok) {
        set({ openProblems: r.problems });
        await get().refresh();
        return false;
      }
      useAppStore.getState().loadDataset(r.dataset);
      set({ activeKey: key, activeDataset: r.dataset, openProblems: [] });
      return true;
    } catch (err) {
      set({ storage: statusOf(err) });
      return false;
    }
  },
  remove: async (key) => {
    if (key === BUNDLED_KEY) return;
    try {
      await (await repo()).remove(key);
    } catch (err) {
      set({ storage: statusOf(err) });
      return;
    }
    if (get().activeKey === key) await get().open(BUNDLED_KEY);
    await get().refresh();
  },
  rename: async (key, title) => {
    try {
      await (await repo()).rename(key, title);
      await get().refresh();
    } catch (err) {
      set({ storage: statusOf(err) });
    }
  },
  saveEdited: async (key, dataset, title) => {
    try {
      const r = await repo();
      const meta = key === null ? await r.save(dataset, title) : await r.put(key, dataset, title);
      const saved = get().saved.filter((m) => m.key !== meta.key);
      set({ saved: [meta, ...saved], activeKey: meta.key });
      if (!r.persistent) set({ storage: 'unavailable' });
      return { ok: true, key: meta.key, persistent: r.persistent };
    } catch (err) {
      const status = statusOf(err);
      if (status === 'unavailable') repository = await memoryRepository();
      set({ storage: status });
      return { ok: false, status };
    }
  },
  setActive: (key, dataset) => set({ activeKey: key, activeDataset: dataset, openProblems: [] }),
}));

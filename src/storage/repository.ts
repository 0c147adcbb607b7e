/**
 * Saved datasets: IndexedDB (through `idb`) when the browser allows it, else an in-memory
 * stand-in for the session. Two stores: small `meta` records for the menu, and the
 * datasets themselves, read only when opened. Nothing is deleted without being asked; a
 * record that is corrupt or from a newer version is reported, never thrown.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Dataset, Problem } from '../domain/dataset/schema';
import { readAppJson } from '../domain/import/migrate';

const DB_NAME = 'diplomatic-travel-explorer';
const DB_VERSION = 1;
/** Version of the stored record envelope (not of the dataset inside it). */
export const RECORD_VERSION = 1;

export interface SavedMeta {
  readonly key: string;
  readonly title: string;
  /** ISO timestamp. */
  readonly savedAt: string;
  readonly eventCount: number;
  readonly recordVersion: number;
}

export interface BrokenRecord {
  readonly key: string;
  readonly title: string;
  readonly reason: 'corrupt' | 'newer' | 'missing';
}

export type LoadResult =
  | { readonly ok: true; readonly dataset: Dataset }
  | {
      readonly ok: false;
      readonly reason: BrokenRecord['reason'];
      readonly problems: readonly Problem[];
    };

export type StorageErrorKind = 'unavailable' | 'full' | 'failed';

export class StorageError extends Error {
  readonly kind: StorageErrorKind;
  constructor(kind: StorageErrorKind, message: string) {
    super(message);
    this.name = 'StorageError';
    this.kind = kind;
  }
}

export interface DatasetRepository {
  readonly persistent: boolean;
  list(): Promise<{ entries: SavedMeta[]; broken: BrokenRecord[] }>;
  load(key: string): Promise<LoadResult>;
  save(dataset: Dataset, title: string): Promise<SavedMeta>;
  /** Writes a dataset over the record `key` (an edited story saving as it goes). */
  put(key: string, dataset: Dataset, title: string): Promise<SavedMeta>;
  rename(key: string, title: string): Promise<void>;
  remove(key: string): Promise<void>;
}

interface Schema extends DBSchema {
  meta: { key: string; value: SavedMeta };
  datasets: { key: string; value: { key: string; recordVersion: number; dataset: unknown } };
}

function newKey(): string {
  const rand = Math.floor(Math.random() * 36 ** 6).toString(36);
  return `saved-${Date.now().toString(36)}-${rand}`;
}

function isMeta(v: unknown): v is SavedMeta {
  if (!v || typeof v !== 'object') return false;
  const m = v as Record<string, unknown>;
  return typeof m.key === 'string' && typeof m.title === 'string' && typeof m.savedAt === 'string';
}

/** Checks a stored record: envelope version, then the dataset (migrated if old). */
export function readRecord(record: unknown): LoadResult {
  if (!record || typeof record !== 'object')
    return {
      ok: false,
      reason: 'missing',
      problems: [{ code: 'recordMissing', path: '(record)' }],
    };
  const r = record as { recordVersion?: unknown; dataset?: unknown };
  if (typeof r.recordVersion === 'number' && r.recordVersion > RECORD_VERSION)
    return {
      ok: false,
      reason: 'newer',
      problems: [
        {
          code: 'recordNewer',
          path: 'recordVersion',
          value: String(r.recordVersion),
          params: { version: r.recordVersion },
        },
      ],
    };
  const migrated = readAppJson({ value: r.dataset });
  if (!migrated.ok) {
    const newer = migrated.problems.some((p) => p.code === 'schemaNewer');
    return { ok: false, reason: newer ? 'newer' : 'corrupt', problems: migrated.problems };
  }
  return { ok: true, dataset: migrated.dataset };
}

/** A title as kept: at most 200 characters, `fallback` when empty. */
function keptTitle(title: string, fallback: string): string {
  return title.slice(0, 200) || fallback;
}

function metaFor(key: string, dataset: Dataset, title: string): SavedMeta {
  return {
    key,
    title: keptTitle(title, key),
    savedAt: new Date().toISOString(),
    eventCount: dataset.events.length,
    recordVersion: RECORD_VERSION,
  };
}

/** The stored record around a dataset (its envelope version, read back by readRecord). */
function recordFor(key: string, dataset: unknown): Schema['datasets']['value'] {
  return { key, recordVersion: RECORD_VERSION, dataset };
}

/**
 * The menu from the stored metas: entries newest first; a meta without its dataset, or
 * from a newer version of the app, is reported as broken.
 */
function listFrom(
  metas: Iterable<unknown>,
  hasRecord: (key: string) => boolean,
): { entries: SavedMeta[]; broken: BrokenRecord[] } {
  const entries: SavedMeta[] = [];
  const broken: BrokenRecord[] = [];
  for (const m of metas) {
    if (!isMeta(m)) continue;
    if (!hasRecord(m.key)) broken.push({ key: m.key, title: m.title, reason: 'missing' });
    else if ((m.recordVersion ?? 1) > RECORD_VERSION)
      broken.push({ key: m.key, title: m.title, reason: 'newer' });
    else entries.push(m);
  }
  entries.sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  return { entries, broken };
}

function toStorageError(err: unknown): StorageError {
  const name =
    err instanceof Error || (err && typeof err === 'object' && 'name' in err)
      ? String((err as { name: unknown }).name)
      : '';
  if (name === 'QuotaExceededError') return new StorageError('full', 'storage is full');
  return new StorageError('failed', err instanceof Error ? err.message : String(err));
}

export function createIdbRepository(): DatasetRepository {
  let dbPromise: Promise<IDBPDatabase<Schema>> | null = null;
  const db = () => {
    dbPromise ??= openDB<Schema>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        if (!database.objectStoreNames.contains('meta'))
          database.createObjectStore('meta', { keyPath: 'key' });
        if (!database.objectStoreNames.contains('datasets'))
          database.createObjectStore('datasets', { keyPath: 'key' });
      },
    }).catch((err: unknown) => {
      dbPromise = null;
      throw new StorageError('unavailable', err instanceof Error ? err.message : String(err));
    });
    return dbPromise;
  };
  /** Writes the record and its meta in one transaction (a new key, or over an existing one). */
  const write = async (key: string, dataset: Dataset, title: string): Promise<SavedMeta> => {
    const d = await db();
    const meta = metaFor(key, dataset, title);
    try {
      const tx = d.transaction(['meta', 'datasets'], 'readwrite');
      await Promise.all([
        tx.objectStore('datasets').put(recordFor(key, dataset)),
        tx.objectStore('meta').put(meta),
        tx.done,
      ]);
    } catch (err) {
      throw toStorageError(err);
    }
    return meta;
  };
  return {
    persistent: true,
    async list() {
      const d = await db();
      const all: unknown[] = await d.getAll('meta');
      const keys = new Set(await d.getAllKeys('datasets'));
      return listFrom(all, (key) => keys.has(key));
    },
    async load(key) {
      const d = await db();
      return readRecord(await d.get('datasets', key));
    },
    save(dataset, title) {
      return write(newKey(), dataset, title);
    },
    put(key, dataset, title) {
      return write(key, dataset, title);
    },
    async rename(key, title) {
      const d = await db();
      const m = await d.get('meta', key);
      if (m) await d.put('meta', { ...m, title: keptTitle(title, m.title) });
    },
    async remove(key) {
      const d = await db();
      const tx = d.transaction(['meta', 'datasets'], 'readwrite');
      await Promise.all([
        tx.objectStore('meta').delete(key),
        tx.objectStore('datasets').delete(key),
        tx.done,
      ]);
    },
  };
}

/** The session-only stand-in (also used by tests): same behaviour, nothing kept after reload. */
export function createMemoryRepository(
  initial: { meta: SavedMeta; record: unknown }[] = [],
): DatasetRepository {
  const meta = new Map(initial.map((i) => [i.meta.key, i.meta]));
  const records = new Map(initial.map((i) => [i.meta.key, i.record]));
  const write = async (key: string, dataset: Dataset, title: string): Promise<SavedMeta> => {
    const m = metaFor(key, dataset, title);
    meta.set(key, m);
    records.set(key, recordFor(key, structuredClone(dataset)));
    return m;
  };
  return {
    persistent: false,
    async list() {
      return listFrom(meta.values(), (key) => records.get(key) !== undefined);
    },
    async load(key) {
      return readRecord(records.get(key));
    },
    save(dataset, title) {
      return write(newKey(), dataset, title);
    },
    put(key, dataset, title) {
      return write(key, dataset, title);
    },
    async rename(key, title) {
      const m = meta.get(key);
      if (m) meta.set(key, { ...m, title: keptTitle(title, m.title) });
    },
    async remove(key) {
      meta.delete(key);
      records.delete(key);
    },
  };
}

/** IndexedDB when present and openable, else memory (the app says storage is unavailable). */
export function defaultRepository(): DatasetRepository {
  if (typeof indexedDB === 'undefined') return createMemoryRepository();
  try {
    return createIdbRepository();
  } catch {
    return createMemoryRepository();
  }
}

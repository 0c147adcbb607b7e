import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import {
  createMemoryRepository,
  readRecord,
  RECORD_VERSION,
  StorageError,
  type DatasetRepository,
} from '../../../src/storage/repository';
import {
  BUNDLED_KEY,
  setDatasetRepository,
  useDatasetsStore,
} from '../../../src/storage/datasetsStore';
import { useAppStore } from '../../../src/store/appStore';
import { parseDataset, type Dataset } from '../../../src/domain/dataset/schema';
import { fixtureText } from './gazetteerFixture';

function tiny(): Dataset {
  const r = parseDataset(JSON.parse(fixtureText('dataset-v1.json')));
  if (!r.ok) throw new Error('fixture');
  return r.dataset;
}

describe('stored records', () => {
  it('opens a good record, migrates an old one, reports corrupt and newer ones', () => {
    expect(readRecord({ recordVersion: 1, dataset: tiny() }).ok).toBe(true);
    const v0 = JSON.parse(fixtureText('dataset-v0.json'));
    expect(readRecord({ recordVersion: 1, dataset: v0 }).ok).toBe(true);
    expect(readRecord({ recordVersion: 1, dataset: { schemaVersion: 1, id: 'x' } })).toMatchObject({
      ok: false,
      reason: 'corrupt',
    });
    expect(readRecord({ recordVersion: RECORD_VERSION + 1, dataset: tiny() })).toMatchObject({
      ok: false,
      reason: 'newer',
    });
    expect(
      readRecord({ recordVersion: 1, dataset: { ...tiny(), schemaVersion: 9 } }),
    ).toMatchObject({ ok: false, reason: 'newer' });
    expect(readRecord(undefined)).toMatchObject({ ok: false, reason: 'missing' });
  });
  it('lists a record whose data is gone as broken, never deletes it', async () => {
    const meta = {
      key: 'k',
      title: 'Lost',
      savedAt: '2025-01-01T00:00:00Z',
      eventCount: 1,
      recordVersion: 1,
    };
    const repo = createMemoryRepository([{ meta, record: undefined }]);
    const listed = await repo.list();
    expect(listed.entries).toEqual([]);
    expect(listed.broken).toEqual([{ key: 'k', title: 'Lost', reason: 'missing' }]);
  });
});

describe('the datasets store', () => {
  beforeEach(() => {
    useDatasetsStore.setState(
      { ...useDatasetsStore.getInitialState(), bundled: useDatasetsStore.getState().bundled },
      true,
    );
  });
  afterEach(() => setDatasetRepository(null));

  it('saves an import, switches back and forth, deletes it and returns to the story', async () => {
    setDatasetRepository(createMemoryRepository());
    const store = useDatasetsStore.getState();
    const key = await store.addImported(tiny(), 'Tiny');
    expect(key).toBeTruthy();
    expect(useAppStore.getState().model.dataset.id).toBe('tiny');
    expect(useDatasetsStore.getState().saved.map((m) => m.title)).toEqual(['Tiny']);
    await store.open(BUNDLED_KEY);
    expect(useAppStore.getState().model.dataset.id).toBe('afp-2025-02-26');
    await store.open(key!);
    expect(useAppStore.getState().model.dataset.id).toBe('tiny');
    await store.rename(key!, 'Renamed');
    expect(useDatasetsStore.getState().saved[0]?.title).toBe('Renamed');
    await store.remove(key!);
    expect(useDatasetsStore.getState().saved).toEqual([]);
    expect(useAppStore.getState().model.dataset.id).toBe('afp-2025-02-26');
  });

  it('opens an import at once and resolves once its save has ended, taking the save started where it was built', async () => {
    const memory = createMemoryRepository();
    let mainSaves = 0;
    // The browser's storage, as the import worker writes to it: here the same records.
    setDatasetRepository({
      ...memory,
      persistent: true,
      save: (d, t) => {
        mainSaves++;
        return memory.save(d, t);
      },
    });
    const dataset = tiny();
    let release!: () => void;
    const saving = new Promise<void>((resolve) => (release = resolve));
    const saved = saving.then(() => memory.save(dataset, 'Tiny'));
    const before = useAppStore.getState().model.dataset;
    let settled = false;
    const pending = useDatasetsStore
      .getState()
      .addImported(dataset, 'Tiny', { saved })
      .finally(() => (settled = true));
    // Open at once; not settled (not said to be done) while its save runs.
    expect(useAppStore.getState().model.dataset).not.toBe(before);
    expect(useAppStore.getState().model.dataset.id).toBe('tiny');
    expect(useDatasetsStore.getState().activeDataset).toBe(dataset);
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(useDatasetsStore.getState().activeKey).toBe('');
    release();
    const key = await pending;
    expect(useAppStore.getState().model.dataset.id).toBe('tiny');
    expect(useDatasetsStore.getState().activeKey).toBe(key);
    expect(key).toBe((await saved).key);
    expect(mainSaves).toBe(0);
    expect(useDatasetsStore.getState().saved.map((m) => m.title)).toEqual(['Tiny']);

    // Storage that is not the browser's (refused, in memory): the menu's own save.
    setDatasetRepository(createMemoryRepository());
    const elsewhere = Promise.reject(new StorageError('unavailable', 'blocked'));
    elsewhere.catch(() => {});
    expect(
      await useDatasetsStore.getState().addImported(tiny(), 'Tiny', { saved: elsewhere }),
    ).toBeTruthy();
    expect(useDatasetsStore.getState().saved.map((m) => m.title)).toEqual(['Tiny']);

    // A save that fails where it was built is said like the menu's own.
    setDatasetRepository({ ...createMemoryRepository(), persistent: true });
    const full = Promise.reject(new StorageError('full', 'quota'));
    full.catch(() => {});
    const notKept = tiny();
    expect(
      await useDatasetsStore.getState().addImported(notKept, 'Tiny', { saved: full }),
    ).toBeNull();
    expect(useDatasetsStore.getState().storage).toBe('full');
    // Not kept, but open all the same: nothing the user imported is lost.
    expect(useAppStore.getState().model.dataset).toBe(notKept);
  });

  it('keeps working for the session when storage is refused or full', async () => {
    const refusing: DatasetRepository = {
      persistent: true,
      list: () => Promise.reject(new StorageError('unavailable', 'blocked')),
      load: () => Promise.reject(new StorageError('unavailable', 'blocked')),
      save: () => Promise.reject(new StorageError('unavailable', 'blocked')),
      put: () => Promise.reject(new StorageError('unavailable', 'blocked')),
      rename: () => Promise.reject(new StorageError('unavailable', 'blocked')),
      remove: () => Promise.reject(new StorageError('unavailable', 'blocked')),
    };
    setDatasetRepository(refusing);
    await useDatasetsStore.getState().refresh();
    expect(useDatasetsStore.getState().storage).toBe('unavailable');
    const key = await useDatasetsStore.getState().addImported(tiny(), 'Tiny');
    expect(key).toBeTruthy();
    expect(useAppStore.getState().model.dataset.id).toBe('tiny');

    const full: DatasetRepository = {
      ...createMemoryRepository(),
      save: () => Promise.reject(new StorageError('full', 'quota')),
    };
    setDatasetRepository(full);
    expect(await useDatasetsStore.getState().addImported(tiny(), 'Tiny')).toBeNull();
    expect(useDatasetsStore.getState().storage).toBe('full');
    expect(useAppStore.getState().model.dataset.id).toBe('tiny');
  });

  it('reports a saved dataset that cannot be opened and leaves the current one', async () => {
    const repo = createMemoryRepository([
      {
        meta: {
          key: 'bad',
          title: 'Bad',
          savedAt: '2025-01-01T00:00:00Z',
          eventCount: 1,
          recordVersion: 1,
        },
        record: { recordVersion: 1, dataset: { schemaVersion: 1, id: 'bad' } },
      },
    ]);
    setDatasetRepository(repo);
    expect(await useDatasetsStore.getState().open('bad')).toBe(false);
    expect(useDatasetsStore.getState().openProblems.length).toBeGreaterThan(0);
    expect(useAppStore.getState().model.dataset.id).toBe('afp-2025-02-26');
    expect((await repo.list()).entries.map((m) => m.key)).toEqual(['bad']);
  });
});

/**
 * The import is said to be done only once it is saved: it opens at once, the dialog says it
 * is saving until the save has ended, and a save that fails leaves it open, says it is not kept, and offers to retry or
 * download it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { useAppStore } from '../../src/store/appStore';
import { setDatasetRepository } from '../../src/storage/datasetsStore';
import {
  createMemoryRepository,
  StorageError,
  type DatasetRepository,
  type SavedMeta,
} from '../../src/storage/repository';
import { csvFile, openImportWith, useImportSandbox } from '../support/importDialog';

const TINY_GAZETTEER =
  '#gazetteer\t1\ttest\n' +
  'C\tFR\tFrance\tFrance\t41\t-5\t51\t10\nParis\t48.8534\t2.3488\t2138551\tC\n' +
  'C\tKE\tKenya\tKenya\t-5\t33\t5\t42\nNairobi\t-1.2833\t36.8167\t2750547\tC\n';

const CSV = 'date,city,country\n2025-02-12,Paris,France\n2025-02-14,Nairobi,Kenya\n';

/** A repository whose saves wait for the test: each call's outcome is given by `settle`. */
function gatedRepository() {
  const memory = createMemoryRepository();
  const calls: Array<{ settle: (ok: boolean) => void }> = [];
  let waiting: (() => void) | null = null;
  const repository: DatasetRepository = {
    ...memory,
    persistent: true,
    save: (dataset, title) =>
      new Promise<SavedMeta>((resolve, reject) => {
        calls.push({
          settle: (ok) =>
            ok
              ? resolve(memory.save(dataset, title))
              : reject(new StorageError('full', 'QuotaExceededError')),
        });
        waiting?.();
      }),
  };
  /** The next save asked for (waits for the app to ask). */
  const nextSave = async (n: number) => {
    if (calls.length < n) await new Promise<void>((r) => (waiting = r));
    return calls[n - 1]!;
  };
  return { repository, nextSave };
}

async function importTwoEvents() {
  const { user, dialog } = await openImportWith(csvFile(CSV));
  await user.click(await within(dialog).findByRole('button', { name: 'Check and place the rows' }));
  await user.click(await within(dialog).findByRole('button', { name: 'Import 2 events' }));
  return { user, dialog };
}

describe('importing saves before it says done', () => {
  useImportSandbox(TINY_GAZETTEER);
  afterEach(() => {
    useAppStore.setState({ lang: 'en' });
  });

  it('opens the import at once and says it is done only once its save has ended', async () => {
    const { repository, nextSave } = gatedRepository();
    setDatasetRepository(repository);
    const before = useAppStore.getState().model.dataset;
    const { dialog } = await importTwoEvents();

    const save = await nextSave(1);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      '“trips” is open. Saving it in this browser…',
    );
    // Open (the user sees their data), but not said to be done while the save is running.
    expect(useAppStore.getState().model.dataset).not.toBe(before);
    expect(useAppStore.getState().model.dataset.events).toHaveLength(2);
    expect(screen.queryByText(/is open: 2 events/)).toBeNull();
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    save.settle(true);
    expect(await screen.findByText('“trips” is open: 2 events.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(useAppStore.getState().model.dataset.events).toHaveLength(2);
    expect((await repository.list()).entries.map((m) => m.title)).toEqual(['trips']);
  });

  it('a failed save leaves the import open, says it is not kept, and offers retry and download', async () => {
    const { repository, nextSave } = gatedRepository();
    setDatasetRepository(repository);
    const { user, dialog } = await importTwoEvents();
    (await nextSave(1)).settle(false);

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(
      '“trips” is open but was not saved: the browser’s storage is full.',
    );
    expect(alert).toHaveTextContent('It will be gone when this page is closed.');
    // Nothing is lost: the dataset is open, and the import is not said to be done.
    expect(useAppStore.getState().model.dataset.events).toHaveLength(2);
    expect(screen.queryByText(/is open: 2 events/)).toBeNull();
    act(() => useAppStore.setState({ lang: 'fr' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      /«\s?trips\s?» est ouvert mais n’a pas été enregistré\s?: le stockage du navigateur est plein\./,
    );
    act(() => useAppStore.setState({ lang: 'en' }));

    // Download: the open dataset as the app's JSON.
    const blobs: Blob[] = [];
    const urls = URL as unknown as Record<string, unknown>;
    const had = { create: urls.createObjectURL, revoke: urls.revokeObjectURL };
    urls.createObjectURL = (b: Blob) => (blobs.push(b), 'blob:test');
    urls.revokeObjectURL = () => {};
    const clicked: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      await user.click(within(dialog).getByRole('button', { name: 'Download as JSON' }));
      await waitFor(() => expect(clicked).toEqual(['trips.json']));
    } finally {
      HTMLAnchorElement.prototype.click = click;
      urls.createObjectURL = had.create;
      urls.revokeObjectURL = had.revoke;
    }
    const downloaded = JSON.parse(await blobs[0]!.text());
    expect(downloaded.events).toHaveLength(2);

    // Retry: saved this time, then said to be done.
    await user.click(within(dialog).getByRole('button', { name: 'Try saving again' }));
    (await nextSave(2)).settle(true);
    expect(await screen.findByText('“trips” is open: 2 events.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect((await repository.list()).entries.map((m) => m.title)).toEqual(['trips']);
  });
});

/**
 * Component tests of the import dialog: each test gets the synchronous import engine over
 * a tiny gazetteer, a repository kept in memory and an empty datasets store (undone after
 * the test), and opens the dialog the way a user does.
 */
import { beforeAll, beforeEach, afterEach } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { ImportControl } from '../../src/import/ImportControl';
import { createSyncEngine, setImportEngineFactory } from '../../src/import/engine';
import { setDatasetRepository, useDatasetsStore } from '../../src/storage/datasetsStore';
import { createMemoryRepository } from '../../src/storage/repository';

/** Installs, before each test of the file, an import engine that reads `gazetteer` (TSV). */
export function useImportSandbox(gazetteer: string): void {
  // The dialog is loaded on demand: loaded once here, the first test does not race the
  // module's transform on a busy machine.
  beforeAll(async () => {
    await import('../../src/import/ImportDialog');
  });
  beforeEach(() => {
    setImportEngineFactory(() => createSyncEngine(async () => gazetteer));
    setDatasetRepository(createMemoryRepository());
    useDatasetsStore.setState(
      { ...useDatasetsStore.getInitialState(), bundled: useDatasetsStore.getState().bundled },
      true,
    );
  });
  afterEach(() => {
    setImportEngineFactory(null);
    setDatasetRepository(null);
  });
}

export function csvFile(text: string, name = 'trips.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

/** Renders the import control and opens its dialog (English). */
export async function openImportDialog(): Promise<{ user: UserEvent; dialog: HTMLElement }> {
  const user = userEvent.setup();
  render(<ImportControl />);
  await user.click(screen.getByRole('button', { name: 'Import data' }));
  const dialog = await screen.findByRole('dialog', { name: 'Import data' });
  return { user, dialog };
}

/** Opens the import dialog and chooses `file` in it. */
export async function openImportWith(
  file: File,
): Promise<{ user: UserEvent; dialog: HTMLElement }> {
  const opened = await openImportDialog();
  await opened.user.upload(within(opened.dialog).getByLabelText('Choose a file'), file);
  return opened;
}

/**
 * The app reopens where you were: the dataset that was open (an import, an edited story, or
 * the bundled one) comes back after a reload, at the view the address holds, and in edit
 * mode if you were editing. A `?data=` link always wins.
 */
import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { applyHash, parseHash } from '../store/urlSync';
import { BUNDLED_KEY, useDatasetsStore } from '../storage/datasetsStore';
import { EDITING_FLAG } from '../studio/editingFlag';

export const OPEN_DATASET_KEY = 'dte.openDataset';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Storage refused: the app opens on the bundled story next time.
  }
}

/** Returns true while the previous dataset is being reopened. */
export function useReopenLastDataset(): boolean {
  const [openingHash] = useState(() => window.location.hash);
  const [key] = useState(() =>
    new URLSearchParams(window.location.search).has('data') ? null : read(OPEN_DATASET_KEY),
  );
  const [reopening, setReopening] = useState(key !== null && key !== BUNDLED_KEY);

  useEffect(
    function reopen() {
      let cancelled = false;
      const wasEditing = read(EDITING_FLAG) === '1';
      const done = () => {
        if (!cancelled) setReopening(false);
      };
      if (!key || key === BUNDLED_KEY) {
        if (wasEditing && key === BUNDLED_KEY) write(EDITING_FLAG, null);
        return;
      }
      void useDatasetsStore
        .getState()
        .open(key)
        .then((ok) => {
          if (cancelled) return;
          if (!ok) return done();
          applyHash(useAppStore, parseHash(openingHash));
          if (!wasEditing) return done();
          // The editing store loads with the editing code; the app shows once it edits.
          import('../store/editingSlice')
            .then(({ useEditingStore }) => {
              if (!cancelled)
                useEditingStore
                  .getState()
                  .startEditing(useAppStore.getState().model.dataset, key, false);
            })
            .catch(() => {})
            .finally(done);
        });
      return function cancelReopen() {
        cancelled = true;
      };
    },
    [key, openingHash],
  );

  useEffect(function rememberOpenDataset() {
    return useDatasetsStore.subscribe((s, prev) => {
      if (s.activeKey !== prev.activeKey && s.activeKey !== '')
        write(OPEN_DATASET_KEY, s.activeKey);
    });
  }, []);

  return reopening;
}

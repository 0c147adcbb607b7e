/**
 * Edit mode: the dataset being edited (the draft), where it is saved, and its history.
 *
 * Its own small store, like the datasets menu's: undo/redo (zundo's `temporal`) must track
 * the draft and nothing else, and keeping it apart means the history middleware never sees
 * the app store's 60 fps writes (playhead, map view). Every change goes through `apply`
 * with a pure operation from `src/domain/editing`; typing into one field within a second
 * counts as one change, so undo takes back a word, not a letter. The app store's model is
 * rebuilt from the draft off the typing path (see `editingSync.ts`).
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import type { Dataset } from '../domain/dataset/schema';
import { userCopy } from '../domain/editing/userCopy';
import { useEditingMode } from './editingMode';

export type SaveState = 'clean' | 'pending' | 'saving' | 'saved' | 'failed' | 'unsaved';

export interface EditingState {
  editing: boolean;
  /** The dataset as edited; the truth while editing. */
  draft: Dataset | null;
  /** The saved record being written (null until the first change makes the user's copy). */
  recordKey: string | null;
  /** True while editing a dataset the user does not own (the bundled story, a link). */
  needsCopy: boolean;
  saveState: SaveState;
  /** Storage problem of the last save ('unavailable', 'full', 'failed'), if any. */
  saveProblem: string | null;
  /** Another tab is editing the same story: saving stops until the user chooses. */
  conflict: boolean;
  /** Bumped by every change, so the sync can tell a change from an undo. */
  revision: number;
  startEditing: (
    dataset: Dataset,
    recordKey: string | null,
    needsCopy: boolean,
    unsaved?: boolean,
  ) => void;
  stopEditing: () => void;
  /** Applies a pure change to the draft; `coalesce` groups a burst of typing into one step. */
  apply: (change: (d: Dataset) => Dataset, coalesce?: string) => void;
  setSaveState: (state: SaveState, problem?: string | null) => void;
  setRecordKey: (key: string) => void;
  setConflict: (conflict: boolean) => void;
  /** Replaces the draft without a history entry (reloaded from storage). */
  resetDraft: (dataset: Dataset) => void;
}

/** Titles of the user's copy, by language. */
export const COPY_SUFFIX: Record<string, string> = { en: '(my copy)', fr: '(ma copie)' };

/** Two changes to the same field closer than this are one undo step. */
export const COALESCE_MS = 1000;

let lastCoalesce: { key: string; at: number } | null = null;

export const useEditingStore = create<EditingState>()(
  temporal(
    (set, get, api) => {
      const history = () => (api as unknown as { temporal: TemporalApi }).temporal.getState();
      return {
        editing: false,
        draft: null,
        recordKey: null,
        needsCopy: false,
        saveState: 'clean',
        saveProblem: null,
        conflict: false,
        revision: 0,
        startEditing: (dataset, recordKey, needsCopy, unsaved = false) => {
          history().pause();
          set({
            editing: true,
            draft: dataset,
            recordKey,
            needsCopy,
            saveState: unsaved ? 'pending' : 'clean',
            saveProblem: null,
            conflict: false,
          });
          history().clear();
          history().resume();
          lastCoalesce = null;
        },
        stopEditing: () => {
          history().pause();
          set({ editing: false, conflict: false });
          history().clear();
          history().resume();
        },
        apply: (change, coalesce) => {
          const { draft, needsCopy, revision } = get();
          if (!draft) return;
          let base = draft;
          if (needsCopy) {
            // The first change makes the user's own copy; the original is never written.
            base = userCopy(draft, COPY_SUFFIX);
            history().pause();
            set({ draft: base, needsCopy: false, recordKey: null });
            history().resume();
          }
          const next = change(base);
          if (next === base) return;
          const now = Date.now();
          const merge =
            coalesce !== undefined &&
            lastCoalesce !== null &&
            lastCoalesce.key === coalesce &&
            now - lastCoalesce.at < COALESCE_MS;
          lastCoalesce = coalesce !== undefined ? { key: coalesce, at: now } : null;
          if (merge) history().pause();
          set({ draft: next, revision: revision + 1, saveState: 'pending' });
          if (merge) history().resume();
        },
        setSaveState: (saveState, problem = null) => set({ saveState, saveProblem: problem }),
        setRecordKey: (recordKey) => set({ recordKey }),
        setConflict: (conflict) => set({ conflict }),
        resetDraft: (dataset) => {
          history().pause();
          set({ draft: dataset, conflict: false, saveState: 'saved' });
          history().clear();
          history().resume();
        },
      };
    },
    {
      // Only the draft has a history; save state, conflict and the record key do not.
      partialize: (s) => ({ draft: s.draft }),
      equality: (a, b) => a.draft === b.draft,
      limit: 500,
    },
  ),
);

// What the first view reads (editingMode.ts) follows this store, however it changes.
useEditingMode.setState({ editing: useEditingStore.getState().editing });
useEditingStore.subscribe((s, prev) => {
  if (s.editing !== prev.editing) useEditingMode.setState({ editing: s.editing });
});

interface TemporalApi {
  getState(): { pause(): void; resume(): void; clear(): void };
}

export function undoEdit(): void {
  const t = useEditingStore.temporal.getState();
  if (t.pastStates.length === 0) return;
  lastCoalesce = null;
  t.undo();
  markChanged();
}

export function redoEdit(): void {
  const t = useEditingStore.temporal.getState();
  if (t.futureStates.length === 0) return;
  lastCoalesce = null;
  t.redo();
  markChanged();
}

function markChanged(): void {
  const s = useEditingStore.getState();
  useEditingStore.temporal.getState().pause();
  useEditingStore.setState({ revision: s.revision + 1, saveState: 'pending' });
  useEditingStore.temporal.getState().resume();
}

export const selectEditing = (s: EditingState) => s.editing;
export const selectDraft = (s: EditingState) => s.draft;
export const selectSaveState = (s: EditingState) => s.saveState;
export const selectSaveProblem = (s: EditingState) => s.saveProblem;
export const selectConflict = (s: EditingState) => s.conflict;

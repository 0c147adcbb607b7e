/**
 * Wires edit mode to the rest of the app while editing:
 * - the app store's model follows the draft, rebuilt off the typing path (debounced), so
 *   a keystroke in a 10,000-event story costs one array copy, not a model rebuild;
 * - every change is saved to the user's datasets within a second (autosave), and the
 *   save state says so;
 * - two tabs editing the same story find out (BroadcastChannel) and the later one stops
 *   saving until the user chooses.
 */
import type { Dataset } from '../domain/dataset/schema';
import { useAppStore } from '../store/appStore';
import { useEditingStore } from '../store/editingSlice';
import { useDatasetsStore } from '../storage/datasetsStore';
import { EDITING_FLAG } from './editingFlag';

/** The model is rebuilt this long after the last change. */
export const MODEL_DEBOUNCE_MS = 250;
/** Changes are saved this long after the last one (well within a second). */
export const SAVE_DEBOUNCE_MS = 400;

const CHANNEL = 'dte-editing';
const TAB_ID = Math.random().toString(36).slice(2);
export { EDITING_FLAG };

type Message =
  | { type: 'hello'; key: string; tab: string }
  | { type: 'busy'; key: string; tab: string }
  | { type: 'saved'; key: string; tab: string };

let modelTimer: ReturnType<typeof setTimeout> | null = null;
/** Datasets this sync handed to the app store: any other one was opened by the user. */
const pushed = new WeakSet<Dataset>();

/** True when the app shows the story being edited (not another one opened meanwhile). */
export function appShowsDraft(): boolean {
  return pushed.has(useAppStore.getState().model.dataset);
}

/** Rebuilds the app's model from the draft now (after adding an event, before selecting it). */
export function flushModel(): void {
  if (modelTimer !== null) clearTimeout(modelTimer);
  modelTimer = null;
  const { draft, recordKey } = useEditingStore.getState();
  if (!draft) return;
  if (useAppStore.getState().model.dataset !== draft) {
    pushed.add(draft);
    useAppStore.getState().replaceDataset(draft);
    useDatasetsStore.getState().setActive(recordKey ?? '', draft);
  }
}

function titleOf(d: Dataset): string {
  return d.title.en;
}

function setFlag(on: boolean): void {
  try {
    if (on) localStorage.setItem(EDITING_FLAG, '1');
    else localStorage.removeItem(EDITING_FLAG);
  } catch {
    // Storage refused: edit mode simply does not reopen by itself.
  }
}

/** Starts the sync; returns its cleanup. Call once while edit mode is on. */
export function startEditingSync(): () => void {
  const start = useEditingStore.getState().draft;
  if (start) pushed.add(start);
  if (start && useAppStore.getState().model.dataset !== start) flushModel();
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  let savedRevision =
    useEditingStore.getState().saveState === 'pending' ? -1 : useEditingStore.getState().revision;
  let saving = false;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const post = (m: Message) => channel?.postMessage(m);

  const save = async () => {
    saveTimer = null;
    const s = useEditingStore.getState();
    if (!s.draft || s.conflict || s.revision === savedRevision) return;
    if (saving) {
      saveTimer = setTimeout(save, SAVE_DEBOUNCE_MS);
      return;
    }
    saving = true;
    const revision = s.revision;
    const draft = s.draft;
    s.setSaveState('saving');
    const outcome = await useDatasetsStore
      .getState()
      .saveEdited(s.recordKey, draft, titleOf(draft));
    saving = false;
    const now = useEditingStore.getState();
    if (!now.editing) return;
    if (!outcome.ok) {
      now.setSaveState('failed', outcome.status);
      return;
    }
    savedRevision = revision;
    if (now.recordKey !== outcome.key) {
      now.setRecordKey(outcome.key);
      useDatasetsStore.getState().setActive(outcome.key, useAppStore.getState().model.dataset);
    }
    post({ type: 'saved', key: outcome.key, tab: TAB_ID });
    if (now.revision !== revision) return; // more changes came in: their save is scheduled
    now.setSaveState(
      outcome.persistent ? 'saved' : 'unsaved',
      outcome.persistent ? null : 'unavailable',
    );
  };

  const unsubscribe = useEditingStore.subscribe((s, prev) => {
    if (s.draft !== prev.draft && s.draft) {
      if (modelTimer !== null) clearTimeout(modelTimer);
      modelTimer = setTimeout(flushModel, MODEL_DEBOUNCE_MS);
    }
    if (s.revision !== prev.revision) {
      if (saveTimer !== null) clearTimeout(saveTimer);
      saveTimer = setTimeout(save, SAVE_DEBOUNCE_MS);
    }
    if (s.recordKey !== prev.recordKey && s.recordKey)
      post({ type: 'hello', key: s.recordKey, tab: TAB_ID });
  });

  // Another dataset opened (datasets menu, import): edit mode ends, the edits stay saved.
  const unsubscribeApp = useAppStore.subscribe((s, prev) => {
    if (s.model !== prev.model && !pushed.has(s.model.dataset))
      useEditingStore.getState().stopEditing();
  });
  if (useEditingStore.getState().saveState === 'pending')
    saveTimer = setTimeout(save, SAVE_DEBOUNCE_MS);

  const onMessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    const s = useEditingStore.getState();
    if (!m || m.tab === TAB_ID || !s.recordKey || m.key !== s.recordKey) return;
    if (m.type === 'hello') post({ type: 'busy', key: m.key, tab: TAB_ID });
    else s.setConflict(true);
  };
  channel?.addEventListener('message', onMessage);
  const key = useEditingStore.getState().recordKey;
  if (key) post({ type: 'hello', key, tab: TAB_ID });
  setFlag(true);

  // A closed tab or a reload saves what is pending at once.
  const onHide = () => {
    if (saveTimer !== null) {
      clearTimeout(saveTimer);
      void save();
    }
  };
  window.addEventListener('pagehide', onHide);

  return function stopEditingSync() {
    unsubscribe();
    unsubscribeApp();
    if (saveTimer !== null) {
      clearTimeout(saveTimer);
      void save();
    }
    if (appShowsDraft()) flushModel();
    else if (modelTimer !== null) {
      clearTimeout(modelTimer);
      modelTimer = null;
    }
    channel?.removeEventListener('message', onMessage);
    channel?.close();
    window.removeEventListener('pagehide', onHide);
    setFlag(false);
  };
}

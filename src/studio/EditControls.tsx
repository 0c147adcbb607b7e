/**
 * The header's way into edit mode: "Edit story" (any open dataset) and "New story". The
 * editor itself loads on first use.
 */
import './editControls.css';
import { useId, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { useEditingStore, selectEditing } from '../store/editingSlice';
import { BUNDLED_KEY, bundledDataset, useDatasetsStore } from '../storage/datasetsStore';
import { newStory } from '../domain/editing/newStory';
import { dayToIso, toDayNumber } from '../domain/time/calendar';
import { useControlsT } from '../ui/useControlsT';

/** Starts editing what the app shows, as the user's own record or (first change) a copy. */
export function startEditingOpenDataset(): void {
  const dataset = useAppStore.getState().model.dataset;
  const { activeKey, activeDataset } = useDatasetsStore.getState();
  const owned =
    dataset !== bundledDataset() &&
    dataset === activeDataset &&
    activeKey &&
    activeKey !== BUNDLED_KEY;
  useEditingStore.getState().startEditing(dataset, owned ? activeKey : null, !owned);
}

function todayIso(): string {
  const now = new Date();
  return dayToIso(
    toDayNumber({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }),
  );
}

export function EditStoryButton() {
  const t = useControlsT();
  const editing = useEditingStore(selectEditing);
  if (editing) return null;
  return (
    <button type="button" onClick={startEditingOpenDataset}>
      {t('editStory')}
    </button>
  );
}

export function NewStoryButton() {
  const t = useControlsT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const create = () => {
    const text = title.trim() || t('newStory');
    const story = {
      ...newStory(text, `story-${Date.now().toString(36)}`),
      defaultDate: todayIso(),
    };
    useAppStore.getState().loadDataset(story);
    useDatasetsStore.getState().setActive('', story);
    useEditingStore.getState().startEditing(story, null, false, true);
    setOpen(false);
    setTitle('');
  };
  return (
    <span className="new-story">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-form`}
        onClick={() => setOpen((v) => !v)}
      >
        {t('newStory')}
      </button>
      {open && (
        <form
          id={`${id}-form`}
          className="new-story-form"
          onSubmit={(e) => {
            e.preventDefault();
            create();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setOpen(false);
          }}
        >
          <label htmlFor={`${id}-title`}>{t('newStoryTitleLabel')}</label>
          <input
            id={`${id}-title`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            autoFocus
          />
          <button type="submit">{t('newStoryCreate')}</button>
          <button type="button" onClick={() => setOpen(false)}>
            {t('newStoryCancel')}
          </button>
        </form>
      )}
    </span>
  );
}

/**
 * Edit mode's panel: the toolbar (title, undo/redo, save state, export, done) and the
 * editors of events, places, people and tours. Loaded on first use.
 */
import './studio.css';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { useStore } from 'zustand';
import {
  redoEdit,
  selectConflict,
  selectDraft,
  selectSaveProblem,
  selectSaveState,
  undoEdit,
  useEditingStore,
} from '../store/editingSlice';
import { startEditingSync } from './editingSync';
import { useDatasetsStore } from '../storage/datasetsStore';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import type { Dataset } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import { datasetToJson } from '../domain/import/exportCsv';
import { setStoryTitle, userCopy } from '../domain/editing/operations';
import { slug } from '../domain/text/slug';
import { downloadText } from '../import/download';
import { LANGS, LANG_NAMES } from '../i18n/i18n';
import { STUDIO_CATALOGUES, useStudioT, type StudioMessageKey } from './useStudioT';
import { TextField } from './fields';
import { EventEditor } from './EventEditor';
import { PlacesEditor } from './PlacesEditor';
import { ActorsEditor } from './ActorsEditor';
import { ToursEditor } from './ToursEditor';
import { edit } from './useEdit';

type Section = 'events' | 'places' | 'actors' | 'tours';
const SECTIONS: readonly Section[] = ['events', 'places', 'actors', 'tours'];
const SECTION_LABEL: Record<Section, StudioMessageKey> = {
  events: 'tabEvents',
  places: 'tabPlaces',
  actors: 'tabActors',
  tours: 'tabTours',
};

export function exportDraft(d: Dataset, lang: string): void {
  downloadText(
    datasetToJson(d),
    `${slug(localized(d.title, lang), 'story')}.json`,
    'application/json',
  );
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, everywhere while editing. */
function useUndoKeys(): void {
  useEffect(function listenForUndoKeys() {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) undoEdit();
      else if ((key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey)) redoEdit();
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return function stopListeningForUndoKeys() {
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, []);
}

export function Studio() {
  const t = useStudioT();
  const lang = useAppStore(selectLang);
  const draft = useEditingStore(selectDraft);
  const saveState = useEditingStore(selectSaveState);
  const saveProblem = useEditingStore(selectSaveProblem);
  const conflict = useEditingStore(selectConflict);
  const needsCopy = useEditingStore((s) => s.needsCopy);
  const canUndo = useStore(useEditingStore.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditingStore.temporal, (s) => s.futureStates.length > 0);
  const [section, setSection] = useState<Section>('events');
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();

  useEffect(function syncWhileEditing() {
    return startEditingSync();
  }, []);
  useUndoKeys();

  if (!draft) return null;

  const onTabKey = (e: ReactKeyboardEvent, i: number) => {
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % SECTIONS.length
        : e.key === 'ArrowLeft'
          ? (i + SECTIONS.length - 1) % SECTIONS.length
          : -1;
    if (next < 0) return;
    e.preventDefault();
    setSection(SECTIONS[next]!);
    tabs.current[next]?.focus();
  };

  const keepCopy = async () => {
    const s = useEditingStore.getState();
    if (!s.draft) return;
    const copy = userCopy(
      s.draft,
      Object.fromEntries(
        Object.keys(STUDIO_CATALOGUES).map((l) => [
          l,
          STUDIO_CATALOGUES[l as keyof typeof STUDIO_CATALOGUES].conflictCopySuffix,
        ]),
      ),
    );
    const outcome = await useDatasetsStore.getState().saveEdited(null, copy, copy.title.en);
    if (!outcome.ok) {
      s.setSaveState('failed', outcome.status);
      return;
    }
    s.setRecordKey(outcome.key);
    s.resetDraft(copy);
  };

  const reloadSaved = async () => {
    const s = useEditingStore.getState();
    if (!s.recordKey) return;
    const { defaultRepository } = await import('../storage/repository');
    const r = await defaultRepository().load(s.recordKey);
    if (r.ok) s.resetDraft(r.dataset);
  };

  const saveText = t(`saveState_${saveState}` as StudioMessageKey);
  return (
    <section className="studio" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="studio-heading">
        {t('storyEditor')}
      </h2>
      <div className="studio-toolbar" role="toolbar" aria-label={t('storyEditor')}>
        <button type="button" onClick={undoEdit} disabled={!canUndo} title={t('undoHint')}>
          {t('undo')}
        </button>
        <button type="button" onClick={redoEdit} disabled={!canRedo} title={t('redoHint')}>
          {t('redo')}
        </button>
        <button type="button" onClick={() => exportDraft(draft, lang)}>
          {t('exportJson')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => useEditingStore.getState().stopEditing()}
        >
          {t('doneEditing')}
        </button>
      </div>
      <p className={`save-state is-${saveState}`} role="status">
        {saveText}
      </p>
      {(saveState === 'failed' || saveState === 'unsaved') && saveProblem && (
        <div className="studio-alert" role="alert">
          <p>
            {t(
              `saveProblem_${saveProblem === 'full' || saveProblem === 'unavailable' ? saveProblem : 'failed'}` as StudioMessageKey,
            )}
          </p>
          <button type="button" onClick={() => exportDraft(draft, lang)}>
            {t('downloadJson')}
          </button>
        </div>
      )}
      {conflict && (
        <div className="studio-alert" role="alert">
          <p>{t('conflictMessage')}</p>
          <button type="button" onClick={() => void reloadSaved()}>
            {t('conflictReload')}
          </button>
          <button type="button" onClick={() => void keepCopy()}>
            {t('conflictKeepCopy')}
          </button>
        </div>
      )}
      {needsCopy && <p className="editor-hint">{t('copyNotice')}</p>}
      {LANGS.map((l) => (
        <TextField
          key={l}
          label={t('storyTitleIn', { lang: LANG_NAMES[l] })}
          lang={l}
          value={draft.title[l] ?? ''}
          validate={(v) => (l === 'en' && !v.trim() ? 'required' : null)}
          onCommit={(v) => edit((d) => setStoryTitle(d, l, v), `story:title.${l}`)}
        />
      ))}
      <div role="tablist" aria-label={t('editorSections')} className="studio-tabs">
        {SECTIONS.map((s, i) => (
          <button
            key={s}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${s}`}
            aria-selected={section === s}
            aria-controls={`${id}-panel`}
            tabIndex={section === s ? 0 : -1}
            onClick={() => setSection(s)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(SECTION_LABEL[s])}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${section}`}
        className="studio-panel"
      >
        {section === 'events' && <EventEditor draft={draft} />}
        {section === 'places' && <PlacesEditor draft={draft} />}
        {section === 'actors' && <ActorsEditor draft={draft} />}
        {section === 'tours' && <ToursEditor draft={draft} />}
      </div>
    </section>
  );
}

/**
 * "Shared with you": shown while the story opened from a link (#story=) is on screen.
 * It is not in the saved datasets until "Save to my datasets" keeps a copy.
 */
import { useState } from 'react';
import { useAppStore } from '../store/appStore';
import { currentSharedStory } from '../store/slices/sharedStorySlice';
import { selectLang } from '../store/selectors';
import { applyHash, parseHash } from '../store/urlSync';
import { localized } from '../domain/dataset/localized';
import { useDatasetsStore } from '../storage/datasetsStore';
import { useT } from '../i18n/useT';
import './sharedBar.css';

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export function SharedStoryBar() {
  const t = useT();
  const shared = useAppStore(currentSharedStory);
  const lang = useAppStore(selectLang);
  const [state, setState] = useState<SaveState>('idle');

  if (!shared && state !== 'saved') return null;

  const save = async () => {
    if (!shared) return;
    setState('saving');
    // Saving reopens the dataset: keep the view the reader is looking at.
    const view = parseHash(window.location.hash);
    const key = await useDatasetsStore
      .getState()
      .addImported(shared.dataset, localized(shared.dataset.title, lang));
    if (key === null) {
      setState('failed');
      return;
    }
    useAppStore.setState({ sharedStory: null });
    applyHash(useAppStore, view);
    setState('saved');
  };

  if (!shared) {
    return (
      <div className="shared-bar">
        <p role="status">{t('sharedSaved')}</p>
        <button type="button" onClick={() => setState('idle')}>
          {t('shareClose')}
        </button>
      </div>
    );
  }
  return (
    <section className="shared-bar" aria-label={t('sharedWithYou')}>
      <p>
        <strong>{t('sharedWithYou')}</strong> · {localized(shared.dataset.title, lang)}.{' '}
        {t('sharedNote')}
      </p>
      <button type="button" onClick={() => void save()} disabled={state === 'saving'}>
        {t('sharedSave')}
      </button>
      <p role="status" className="shared-bar-status">
        {state === 'failed' ? t('sharedSaveFailed') : ''}
      </p>
    </section>
  );
}

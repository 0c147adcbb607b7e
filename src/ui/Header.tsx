import { useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectBaseMap, selectDataset, selectLang } from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { LANGS, LANG_NAMES, isLang } from '../i18n/i18n';
import { useT } from '../i18n/useT';
import { ImportControl } from '../import/ImportControl';
import { ShareButton } from '../share/ShareButton';

const selectMainView = (s: { mainView: 'map' | 'chronology' }) => s.mainView;
const selectHighContrast = (s: { highContrast: boolean }) => s.highContrast;

/** Copies the address of the current view; falls back to showing it for manual copy. */
function CopyLink() {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    const href = window.location.href;
    try {
      await navigator.clipboard.writeText(href);
      setState('copied');
    } catch {
      setState('manual');
    }
    setTimeout(() => setState('idle'), 4000);
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={copy}>
        {t('copyLink')}
      </button>
      <span role="status" className="copy-status">
        {state === 'copied' ? t('linkCopied') : ''}
      </span>
      {state === 'manual' && (
        <input
          aria-label={t('linkToCopy')}
          readOnly
          value={window.location.href}
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
      )}
    </span>
  );
}

export function Header() {
  const t = useT();
  const dataset = useAppStore(selectDataset);
  const lang = useAppStore(selectLang);
  const baseMap = useAppStore(selectBaseMap);
  const mainView = useAppStore(selectMainView);
  const setLang = useAppStore((s) => s.setLang);
  const setBaseMap = useAppStore((s) => s.setBaseMap);
  const setMainView = useAppStore((s) => s.setMainView);
  const enterPresentation = useAppStore((s) => s.enterPresentation);
  const highContrast = useAppStore(selectHighContrast);
  const setHighContrast = useAppStore((s) => s.setHighContrast);
  return (
    <header className="app-header">
      <div className="titles">
        <h1>{t('appTitle')}</h1>
        <p className="story-title">
          <span className="visually-hidden">{t('datasetTitle')}: </span>
          {localized(dataset.title, lang)}
        </p>
      </div>
      <div className="header-controls">
        <div className="view-switch" role="group" aria-label={t('viewLabel')}>
          <button
            type="button"
            aria-pressed={mainView === 'map'}
            onClick={() => setMainView('map')}
          >
            {t('viewMap')}
          </button>
          <button
            type="button"
            aria-pressed={mainView === 'chronology'}
            onClick={() => setMainView('chronology')}
          >
            {t('chronology')}
          </button>
        </div>
        <button type="button" onClick={enterPresentation} title={t('presentKey')}>
          {t('present')}
        </button>
        <CopyLink />
        <ShareButton />
        <ImportControl />
        <label className="select-label">
          {t('baseMapLabel')}
          <select
            value={baseMap}
            onChange={(e) => setBaseMap(e.target.value === 'osm' ? 'osm' : 'offline')}
          >
            <option value="offline">{t('baseMapOffline')}</option>
            <option value="osm">{t('baseMapOsm')}</option>
          </select>
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            checked={highContrast}
            onChange={(e) => setHighContrast(e.target.checked)}
          />
          {t('highContrast')}
        </label>
        <label className="select-label">
          {t('language')}
          <select
            value={lang}
            onChange={(e) => {
              if (isLang(e.target.value)) setLang(e.target.value);
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
}

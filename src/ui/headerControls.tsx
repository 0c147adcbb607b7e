/** The header's controls, one component each, so the header menu can list them. */
import './headerControls.css';
import { useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectBaseMap, selectHighContrast, selectLang, selectMainView } from '../store/selectors';
import { selectTheme } from '../store/slices/preferencesSlice';
import { isThemeChoice, THEME_CHOICES } from '../store/preferences';
import { LANGS, LANG_NAMES, isLang, loadCatalogue, type Lang } from '../i18n/i18n';
import { useControlsT, type ControlsMessageKey } from './useControlsT';

import { useCopyLinkIsLocal } from '../studio/localLink';

export function ViewSwitch() {
  const t = useControlsT();
  const mainView = useAppStore(selectMainView);
  const setMainView = useAppStore((s) => s.setMainView);
  return (
    <div className="view-switch" role="group" aria-label={t('viewLabel')}>
      <button type="button" aria-pressed={mainView === 'map'} onClick={() => setMainView('map')}>
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
  );
}

/** Copies the address of the current view; falls back to showing it for manual copy. */
export function CopyLink() {
  const t = useControlsT();
  const [state, setState] = useState<'idle' | 'copied' | 'manual' | 'local'>('idle');
  const local = useCopyLinkIsLocal();
  const copy = async () => {
    if (local) {
      // No address opens this story elsewhere: say so rather than hand out a wrong link.
      setState('local');
      return;
    }
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
        {state === 'copied' ? t('linkCopied') : state === 'local' ? t('copyLinkLocal') : ''}
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

export function BaseMapSelect() {
  const t = useControlsT();
  const baseMap = useAppStore(selectBaseMap);
  const setBaseMap = useAppStore((s) => s.setBaseMap);
  return (
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
  );
}

const THEME_LABELS = {
  system: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
} as const satisfies Record<string, ControlsMessageKey>;

/** Light, dark, or as the system says (`prefers-color-scheme`); remembered on this browser. */
export function ThemeSelect() {
  const t = useControlsT();
  const theme = useAppStore(selectTheme);
  const setTheme = useAppStore((s) => s.setTheme);
  return (
    <label className="select-label">
      {t('theme')}
      <select
        value={theme}
        onChange={(e) => {
          if (isThemeChoice(e.target.value)) setTheme(e.target.value);
        }}
      >
        {THEME_CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(THEME_LABELS[c])}
          </option>
        ))}
      </select>
    </label>
  );
}

export function HighContrastToggle() {
  const t = useControlsT();
  const highContrast = useAppStore(selectHighContrast);
  const setHighContrast = useAppStore((s) => s.setHighContrast);
  return (
    <label className="toggle">
      <input
        type="checkbox"
        checked={highContrast}
        onChange={(e) => setHighContrast(e.target.checked)}
      />
      {t('highContrast')}
    </label>
  );
}

let requestedLang: Lang | null = null;

export function LanguageSelect() {
  const t = useControlsT();
  const lang = useAppStore(selectLang);
  const setLang = useAppStore((s) => s.setLang);
  return (
    <label className="select-label">
      {t('language')}
      <select
        value={lang}
        onChange={(e) => {
          const next = e.target.value;
          if (!isLang(next)) return;
          // The catalogue first, so the interface never shows English on the way; the last
          // choice wins when an earlier one's catalogue arrives after it.
          requestedLang = next;
          const apply = () => {
            if (requestedLang === next) setLang(next);
          };
          loadCatalogue(next).then(apply, apply);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}

import { useAppStore } from '../store/appStore';
import { selectBaseMap, selectDataset, selectLang } from '../store/selectors';
import { localized } from '../domain/dataset/schema';
import { LANGS, LANG_NAMES, isLang } from '../i18n/i18n';
import { useT } from '../i18n/useT';

export function Header() {
  const t = useT();
  const dataset = useAppStore(selectDataset);
  const lang = useAppStore(selectLang);
  const baseMap = useAppStore(selectBaseMap);
  const setLang = useAppStore((s) => s.setLang);
  const setBaseMap = useAppStore((s) => s.setBaseMap);
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

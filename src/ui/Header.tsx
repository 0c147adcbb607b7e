import { useAppStore } from '../store/appStore';
import { selectDataset, selectLang } from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { useT } from '../i18n/useT';
import { HeaderMenu } from './HeaderMenu';

/** Title, Present, and the menu of the other controls (see HeaderMenu to add one). */
export function Header() {
  const t = useT();
  const dataset = useAppStore(selectDataset);
  const lang = useAppStore(selectLang);
  const enterPresentation = useAppStore((s) => s.enterPresentation);
  return (
    <header className="app-header">
      <div className="titles">
        <h1>{t('appTitle')}</h1>
        <p className="story-title">
          <span className="visually-hidden">
            {t('labelValue', { label: t('datasetTitle'), value: '' })}
          </span>
          {localized(dataset.title, lang)}
        </p>
      </div>
      <div className="header-controls">
        <button
          type="button"
          className="present-button"
          onClick={enterPresentation}
          title={t('presentKey')}
        >
          {t('present')}
        </button>
        <HeaderMenu />
      </div>
    </header>
  );
}

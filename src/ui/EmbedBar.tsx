import { useAppStore } from '../store/appStore';
import { selectDataset, selectLang } from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { useT } from '../i18n/useT';

/** Minimal chrome for iframes: the story's title and a way out to the full explorer. */
export function EmbedBar() {
  const t = useT();
  const dataset = useAppStore(selectDataset);
  const lang = useAppStore(selectLang);
  const full = new URL(window.location.href);
  full.searchParams.delete('embed');
  return (
    <header className="embed-bar">
      <h1>{localized(dataset.title, lang)}</h1>
      <a href={full.href} target="_blank" rel="noopener noreferrer">
        {t('openFullView')}
      </a>
    </header>
  );
}

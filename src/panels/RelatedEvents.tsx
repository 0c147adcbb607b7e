import type { RelatedEvent } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import { useT } from '../i18n/useT';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { useDatasetsStore } from '../storage/datasetsStore';
import { builtinByDatasetId } from '../storage/builtinDatasets';
import { openRelated } from '../storage/openRelated';

/** Buttons opening the same event in another dataset (e.g. the AFP story ↔ the record). */
export function RelatedEvents({ related }: { related: readonly RelatedEvent[] }) {
  const t = useT();
  const lang = useAppStore(selectLang);
  const bundled = useDatasetsStore((s) => s.bundled);
  const items = related
    .map((r) => {
      const builtin = builtinByDatasetId(r.datasetId);
      const title =
        bundled?.id === r.datasetId
          ? localized(bundled.title, lang)
          : builtin
            ? t(builtin.titleKey)
            : null;
      return title ? { ...r, title } : null;
    })
    .filter((r) => r !== null);
  if (items.length === 0) return null;
  return (
    <div className="related-events">
      <h4>{t('relatedHeading')}</h4>
      <ul>
        {items.map((r) => (
          <li key={`${r.datasetId}/${r.eventId}`}>
            <button type="button" onClick={() => void openRelated(r.datasetId, r.eventId)}>
              {t('relatedOpen', { title: r.title })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

import type { Source } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { useLocale, useT } from '../i18n/useT';
import { formatDayShort, isoToDay } from '../domain/time/calendar';
import { safeHttpUrl } from '../domain/url';

/** Sources of an event; quotes stay in their own language; links only when http(s). */
export function Sources({ sources, headingId }: { sources: readonly Source[]; headingId: string }) {
  const t = useT();
  const locale = useLocale();
  const lang = useAppStore(selectLang);
  if (sources.length === 0) return null;
  return (
    <div className="sources" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('sources')}</h4>
      <ul>
        {sources.map((s, i) => {
          const href = safeHttpUrl(s.url);
          const day = s.date ? isoToDay(s.date) : null;
          return (
            <li key={i} className={`source source-${s.kind}`}>
              <span className="source-kind">
                {s.kind === 'article' ? t('sourceArticle') : t('sourceOutside')}
              </span>{' '}
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                <cite>{s.title}</cite>
              )}
              {s.publisher ? `, ${s.publisher}` : ''}
              {day !== null ? `, ${formatDayShort(day, locale)}` : ''}
              {s.supports
                ? ` (${t('labelValue', { label: t('supports'), value: localized(s.supports, lang) })})`
                : ''}
              {s.quote && (
                <blockquote lang={s.quoteLang ?? undefined} className="quote">
                  {`«\u202f${s.quote}\u202f»`}
                </blockquote>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/**
 * "Search": people, places, countries and texts of the open dataset (what passes the
 * filters), results as you type; Enter or a click selects and moves map and timeline.
 * A combobox with a listbox of results (WAI-ARIA combobox pattern).
 */
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang, selectModel } from '../store/selectors';
import type { SearchHit, SearchIndex } from '../domain/search/searchIndex';
import { localized } from '../domain/dataset/localized';
import { formatAtPrecision } from '../domain/time/calendar';
import { useLocale } from '../i18n/useT';
import { useExploreT } from './useExploreT';
import { countryName } from '../i18n/countryNames';
import type { DatasetModel } from '../domain/model/model';

const LIMIT = 30;

function hitText(model: DatasetModel, hit: SearchHit, lang: string, locale: string): string {
  if (hit.kind === 'actor') {
    const a = model.actorById.get(hit.id);
    return a ? localized(a.name, lang) : hit.id;
  }
  if (hit.kind === 'place') {
    const p = model.placeById.get(hit.id);
    const n = model.eventsByPlace.get(hit.id)?.length ?? 0;
    return p ? `${localized(p.name, lang)} (${n})` : hit.id;
  }
  const i = model.eventIndexById.get(hit.id);
  if (i === undefined) return hit.id;
  const e = model.dataset.events[i]!;
  const span = model.spans[i]!;
  const who = e.actorIds
    .map((id) => model.actorById.get(id))
    .filter((a) => a !== undefined)
    .map((a) => localized(a.name, lang))
    .join(', ');
  const when = formatAtPrecision(span.first, span.last, e.precision, locale);
  return `${localized(e.title, lang)} — ${when}${who ? ` · ${who}` : ''}`;
}

export function SearchBox() {
  const t = useExploreT();
  const locale = useLocale();
  const model = useAppStore(selectModel);
  const lang = useAppStore(selectLang);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const deferred = useDeferredValue(query);
  const listId = useId();
  const inputId = useId();

  const wanted = deferred.trim() !== '';
  const [built, setBuilt] = useState<{
    model: DatasetModel;
    locale: string;
    index: SearchIndex;
  } | null>(null);
  const index = built && built.model === model && built.locale === locale ? built.index : null;
  useEffect(
    function buildIndexOnFirstQuery() {
      // The index (and MiniSearch) load on the first query for this model and language.
      if (!wanted || index) return;
      let cancelled = false;
      void import('../domain/search/searchIndex').then(({ buildSearchIndex }) => {
        if (cancelled) return;
        setBuilt({
          model,
          locale,
          index: buildSearchIndex(model.dataset, (iso) => countryName(iso, locale)),
        });
      });
      return function cancelBuild() {
        cancelled = true;
      };
    },
    [wanted, index, model, locale],
  );
  const result = useMemo(
    () => (index ? index.search(deferred, LIMIT) : { hits: [], total: 0 }),
    [index, deferred],
  );
  const hits = result.hits;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    const s = useAppStore.getState();
    if (hit.kind === 'event') s.selectEvent(hit.id);
    else if (hit.kind === 'place') s.selectPlace(hit.id);
    else s.followCareer(hit.id);
    setOpen(false);
  };

  const expanded = open && query.trim() !== '';
  return (
    <div className="search-box" role="search">
      <label htmlFor={inputId}>{t('search')}</label>
      <input
        id={inputId}
        type="search"
        role="combobox"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            choose(hits[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <div hidden={!expanded}>
        <p className="search-count" role="status">
          {query.trim() === ''
            ? ''
            : result.total === 0
              ? t('searchNoResults', { q: query.trim() })
              : t('searchResults', { n: result.total })}
        </p>
        <ul
          id={listId}
          role="listbox"
          aria-label={t('searchResultsLabel')}
          className="search-results"
        >
          {hits.map((h, i) => (
            <li
              key={`${h.kind}:${h.id}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`search-hit is-${h.kind}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h)}
            >
              {hitText(model, h, lang, locale)}
            </li>
          ))}
        </ul>
        {result.total > hits.length && (
          <p className="hint">{t('searchMore', { n: result.total - hits.length })}</p>
        )}
      </div>
    </div>
  );
}

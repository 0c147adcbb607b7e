/**
 * Most visited countries and places for the current filter, as bars made of text (each
 * row names its figure, so the list is its own text alternative). A place opens every
 * visit to it; a country filters to it.
 */
import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang, selectModel } from '../store/selectors';
import { topCountries, topPlaces } from '../domain/charts/counts';
import { localized } from '../domain/dataset/localized';
import { useLocale } from '../i18n/useT';
import { useExploreT } from '../explore/useExploreT';
import { countryName } from '../i18n/countryNames';

export default function TopLists() {
  const t = useExploreT();
  const locale = useLocale();
  const lang = useAppStore(selectLang);
  const model = useAppStore(selectModel);
  const countries = useMemo(() => topCountries(model.dataset, 10), [model]);
  const places = useMemo(() => topPlaces(model.dataset, 10), [model]);
  const maxC = Math.max(1, ...countries.map((c) => c.count));
  const maxP = Math.max(1, ...places.map((c) => c.count));
  return (
    <section className="panel top-lists" aria-labelledby="top-lists-heading">
      <h2 id="top-lists-heading">{t('charts')}</h2>
      <h3>{t('chartTopCountries')}</h3>
      <ol className="bar-list">
        {countries.map((c) => (
          <li key={c.key} style={{ ['--share' as string]: `${(c.count / maxC) * 100}%` }}>
            <button
              type="button"
              onClick={() => useAppStore.getState().setFilter({ country: c.key })}
            >
              <span className="bar-label">{countryName(c.key, locale)}</span>
              <span className="bar-value">{c.count}</span>
            </button>
          </li>
        ))}
      </ol>
      <h3>{t('chartTopPlaces')}</h3>
      <ol className="bar-list">
        {places.map((p) => {
          const place = model.placeById.get(p.key);
          const name = place ? localized(place.name, lang) : p.key;
          return (
            <li key={p.key} style={{ ['--share' as string]: `${(p.count / maxP) * 100}%` }}>
              <button
                type="button"
                aria-label={t('placeVisitsShow', { place: name }) + ` (${p.count})`}
                onClick={() => useAppStore.getState().selectPlace(p.key)}
              >
                <span className="bar-label">{name}</span>
                <span className="bar-value">{p.count}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * Filters (people, country, period), the summary of what passes and one control to clear
 * them, and "Follow a career". Everything goes through the store's filter slice, so the
 * map, the timeline, the lists and playback show only what passes, and the address keeps it.
 */
import { useId, useMemo, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { countryOptions, isFiltering, summarizeFilter } from '../domain/filter/filter';
import { localized } from '../domain/dataset/localized';
import { useLocale } from '../i18n/useT';
import { useExploreT } from './useExploreT';
import { countryName } from '../i18n/countryNames';
import type { AppState } from '../store/appStore';

const selectFilter = (s: AppState) => s.filter;
const selectFullModel = (s: AppState) => s.fullModel;
const selectFilteredDataset = (s: AppState) => s.model.dataset;
const selectFollow = (s: AppState) => s.followActorId;

/** "12 of 34 people, 1945–1989: 1,203 events". */
export function FilterSummary() {
  const t = useExploreT();
  const locale = useLocale();
  const filter = useAppStore(selectFilter);
  const full = useAppStore(selectFullModel).dataset;
  const filtered = useAppStore(selectFilteredDataset);
  const s = summarizeFilter(full, filtered, filter);
  const text = !s.filtering
    ? t('filterSummaryAll', { people: s.totalPeople, events: s.totalEvents })
    : t('filterSummary', {
        people: s.people,
        total: s.totalPeople,
        events: s.events,
        period:
          filter.fromYear !== null || filter.toYear !== null
            ? t('filterSummaryPeriod', {
                from: filter.fromYear === null ? '…' : String(filter.fromYear),
                to: filter.toYear === null ? '…' : String(filter.toYear),
              })
            : '',
        country:
          filter.country !== null
            ? t('filterSummaryCountry', { country: countryName(filter.country, locale) })
            : '',
      });
  return (
    <div className="filter-summary">
      <p role="status" aria-live="polite">
        {text}
      </p>
      {s.filtering && (
        <button type="button" onClick={() => useAppStore.getState().clearFilter()}>
          {t('filterClear')}
        </button>
      )}
    </div>
  );
}

function YearInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number | null;
  onChange: (v: number | null) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [last, setLast] = useState(value);
  if (value !== last) {
    // The filter changed elsewhere (clear, address): show it.
    setLast(value);
    setText(value === null ? '' : String(value));
  }
  return (
    <span className="year-input">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        pattern="[0-9]{4}"
        maxLength={4}
        size={5}
        value={text}
        onChange={(e) => {
          const v = e.target.value.replace(/[^0-9]/g, '');
          setText(v);
          if (v === '') onChange(null);
          else if (v.length === 4) onChange(Number(v));
        }}
      />
    </span>
  );
}

export function FilterControls() {
  const t = useExploreT();
  const locale = useLocale();
  const lang = useAppStore(selectLang);
  const filter = useAppStore(selectFilter);
  const full = useAppStore(selectFullModel).dataset;
  const follow = useAppStore(selectFollow);
  const countryId = useId();
  const followId = useId();
  const countries = useMemo(() => countryOptions(full), [full]);
  const set = useAppStore.getState().setFilter;
  const filtering = isFiltering(filter);

  return (
    <div className="filters">
      <div className="follow-career">
        <label htmlFor={followId}>{t('followCareer')}</label>
        <select
          id={followId}
          value={follow !== null && filter.actorIds.length === 1 ? follow : ''}
          onChange={(e) => useAppStore.getState().followCareer(e.target.value || null)}
        >
          <option value="">{t('followNone')}</option>
          {full.actors.map((a) => (
            <option key={a.id} value={a.id}>
              {localized(a.name, lang)}
            </option>
          ))}
        </select>
      </div>
      <details className="filter-details" open={filtering || undefined}>
        <summary>{t('filters')}</summary>
        <fieldset className="filter-people">
          <legend>{t('filterPeople')}</legend>
          <ul>
            {full.actors.map((a) => (
              <li key={a.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={filter.actorIds.includes(a.id)}
                    onChange={(e) =>
                      set({
                        actorIds: e.target.checked
                          ? [...filter.actorIds, a.id]
                          : filter.actorIds.filter((id) => id !== a.id),
                      })
                    }
                  />
                  <span className="swatch" style={{ background: a.color }} aria-hidden="true" />
                  {localized(a.name, lang)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="filter-row">
          <label htmlFor={countryId}>{t('filterCountry')}</label>
          <select
            id={countryId}
            value={filter.country ?? ''}
            onChange={(e) => set({ country: e.target.value || null })}
          >
            <option value="">{t('filterAnyCountry')}</option>
            {countries.map((c) => (
              <option key={c.value} value={c.value}>
                {countryName(c.value, locale)} ({c.count})
              </option>
            ))}
          </select>
        </div>
        <div className="filter-row">
          <YearInput
            label={t('filterFrom')}
            value={filter.fromYear}
            onChange={(v) => set({ fromYear: v })}
          />
          <YearInput
            label={t('filterTo')}
            value={filter.toYear}
            onChange={(v) => set({ toYear: v })}
          />
        </div>
      </details>
    </div>
  );
}

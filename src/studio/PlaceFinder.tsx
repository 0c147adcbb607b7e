/**
 * Choosing a place for an event three ways: typing its name (the story's places and the
 * offline gazetteer, suggested as you type), clicking the map, or typing coordinates. A
 * place chosen from the gazetteer, the map or coordinates is always a new place of the
 * story, never merged with an existing one of the same name.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Dataset } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import { addPlace } from '../domain/editing/operations';
import { placeErrors } from '../domain/editing/validate';
import { searchGazetteer } from '../domain/editing/placeSearch';
import { normalizeName } from '../domain/import/normalize';
import type { Suggestion } from '../domain/import/types';
import type { Gazetteer } from '../domain/import/gazetteer';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { useMapPick } from '../store/mapPick';
import { useStudioT } from './useStudioT';
import { loadGazetteer } from './gazetteer';
import { errorKey } from './fields';
import { edit } from './useEdit';

type Option =
  { kind: 'story'; id: string; label: string } | { kind: 'city'; city: Suggestion; label: string };

interface Props {
  draft: Dataset;
  /** Attaches the chosen place (its id) to what is being edited, in the same undo step. */
  attach: (d: Dataset, placeId: string) => Dataset;
}

export function PlaceFinder({ draft, attach }: Props) {
  const t = useStudioT();
  const lang = useAppStore(selectLang);
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [gazetteer, setGazetteer] = useState<Gazetteer | null>(null);
  const [loading, setLoading] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);

  const startLoading = () => {
    if (gazetteer || loading) return;
    setLoading(true);
    void loadGazetteer().then((g) => {
      setGazetteer(g);
      setLoading(false);
    });
  };

  const options = useMemo<Option[]>(() => {
    const q = normalizeName(query);
    if (q.length < 2) return [];
    const own: Option[] = draft.places
      .filter((p) => Object.values(p.name).some((n) => normalizeName(n).startsWith(q)))
      .slice(0, 5)
      .map((p) => ({
        kind: 'story',
        id: p.id,
        label: t('placeInStory', { name: localized(p.name, lang) }),
      }));
    const cities: Option[] = gazetteer
      ? searchGazetteer(gazetteer, query, 8).map((c) => ({
          kind: 'city',
          city: c,
          label: t('placeFromGazetteer', { name: c.name, country: c.country }),
        }))
      : [];
    return [...own, ...cities];
  }, [query, draft.places, gazetteer, lang, t]);

  const [optionsShown, setOptionsShown] = useState(options);
  if (optionsShown !== options) {
    setOptionsShown(options);
    setActive(0);
  }

  const choose = (o: Option) => {
    if (o.kind === 'story') edit((d) => attach(d, o.id));
    else
      edit((d) => {
        const r = addPlace(d, {
          name: o.city.name,
          lat: o.city.lat,
          lon: o.city.lon,
          country: o.city.country,
        });
        return attach(r.dataset, r.id);
      });
    setQuery('');
    setOpen(false);
    inputRef.current?.focus();
  };

  const pickOnMap = () => {
    const name = query.trim() || t('newPlaceName');
    useMapPick.getState().start(name, (point) => {
      if (!point) return;
      edit((d) => {
        const r = addPlace(d, { name, lat: point.lat, lon: point.lon });
        return attach(r.dataset, r.id);
      });
      setQuery('');
    });
  };

  const listId = `${id}-list`;
  const showList = open && options.length > 0;
  return (
    <div className="place-finder">
      <div className="field">
        <label htmlFor={`${id}-input`}>{t('findPlace')}</label>
        <input
          ref={inputRef}
          id={`${id}-input`}
          type="text"
          role="combobox"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-describedby={`${id}-hint`}
          aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
          value={query}
          autoComplete="off"
          onFocus={startLoading}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            startLoading();
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(options.length - 1, a + 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(0, a - 1));
            } else if (e.key === 'Enter' && showList) {
              e.preventDefault();
              const o = options[active];
              if (o) choose(o);
            } else if (e.key === 'Escape' && showList) {
              e.preventDefault();
              e.stopPropagation();
              setOpen(false);
            }
          }}
        />
        <p className="field-hint" id={`${id}-hint`}>
          {t('findPlaceHint')}
        </p>
      </div>
      <ul id={listId} role="listbox" aria-label={t('findPlace')} hidden={!showList}>
        {options.map((o, i) => (
          <li
            key={o.kind === 'story' ? `s-${o.id}` : `c-${o.city.name}-${o.city.lat}-${o.city.lon}`}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {o.label}
          </li>
        ))}
      </ul>
      <p className="finder-status" role="status">
        {loading && query.length >= 2
          ? t('loadingGazetteer')
          : open && query.trim().length >= 2 && gazetteer && options.length === 0
            ? t('noSuggestions')
            : ''}
      </p>
      <div className="finder-actions">
        <button type="button" onClick={pickOnMap}>
          {t('pickOnMap')}
        </button>
      </div>
      <CoordinatesForm attach={attach} />
    </div>
  );
}

function CoordinatesForm({ attach }: { attach: Props['attach'] }) {
  const t = useStudioT();
  const id = useId();
  const [name, setName] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = () => {
    const candidate = {
      id: 'new',
      name: name.trim() || t('newPlaceName'),
      country: 'XX',
      lat: lat.trim() === '' ? NaN : Number(lat.replace(',', '.')),
      lon: lon.trim() === '' ? NaN : Number(lon.replace(',', '.')),
    };
    const found = placeErrors(candidate);
    if (Object.keys(found).length > 0) {
      setErrors(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, t(errorKey(v))])));
      return;
    }
    setErrors({});
    edit((d) => {
      const r = addPlace(d, { name: candidate.name, lat: candidate.lat, lon: candidate.lon });
      return attach(r.dataset, r.id);
    });
    setName('');
    setLat('');
    setLon('');
  };
  const field = (
    key: 'name' | 'lat' | 'lon',
    label: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        inputMode={key === 'name' ? 'text' : 'decimal'}
        value={value}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        onChange={(e) => set(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            submit();
          }
        }}
      />
      {errors[key] && (
        <p className="field-error" id={`${id}-${key}-error`}>
          {errors[key]}
        </p>
      )}
    </div>
  );
  return (
    <details className="coordinates-form">
      <summary>{t('byCoordinates')}</summary>
      {field('name', t('fieldPlaceName'), name, setName)}
      {field('lat', t('fieldLatitude'), lat, setLat)}
      {field('lon', t('fieldLongitude'), lon, setLon)}
      <button type="button" onClick={submit}>
        {t('addPlaceHere')}
      </button>
    </details>
  );
}

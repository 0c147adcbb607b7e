/** The story's places: rename (per language), country, coordinates; delete when unused. */
import { useState } from 'react';
import type { Dataset, Place } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import {
  deletePlace,
  movePlace,
  placeInUse,
  setText,
  updatePlace,
} from '../domain/editing/operations';
import { fieldError } from '../domain/editing/validate';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { LANGS, LANG_NAMES } from '../i18n/i18n';
import { useStudioT } from './useStudioT';
import { TextField } from './fields';
import { edit } from './useEdit';

export function PlacesEditor({ draft }: { draft: Dataset }) {
  const t = useStudioT();
  const lang = useAppStore(selectLang);
  const [openId, setOpenId] = useState<string | null>(null);
  if (draft.places.length === 0) return <p className="editor-hint">{t('noPlacesInStory')}</p>;
  return (
    <div className="places-editor">
      <p className="editor-hint">{t('placesHint')}</p>
      <ul className="record-list">
        {draft.places.slice(0, 300).map((p) => (
          <li key={p.id}>
            <details
              open={openId === p.id}
              onToggle={(e) => e.currentTarget.open && setOpenId(p.id)}
            >
              <summary>{t('editPlace', { name: localized(p.name, lang) })}</summary>
              <PlaceForm draft={draft} place={p} />
            </details>
          </li>
        ))}
      </ul>
    </div>
  );
}

function PlaceForm({ draft, place }: { draft: Dataset; place: Place }) {
  const t = useStudioT();
  const lang = useAppStore(selectLang);
  const id = place.id;
  const coord = (field: 'lat' | 'lon') => (v: string) =>
    fieldError('place', place, field, v.trim() === '' ? NaN : Number(v.replace(',', '.')));
  const used = placeInUse(draft, id);
  return (
    <div className="record-form">
      {LANGS.map((l) => (
        <TextField
          key={l}
          label={t('placeNameIn', { lang: LANG_NAMES[l] })}
          lang={l}
          value={place.name[l] ?? ''}
          validate={(v) => (l === 'en' && !v.trim() ? 'required' : null)}
          onCommit={(v) =>
            edit(
              (d) => updatePlace(d, id, { name: setText(place.name, l, v)! }),
              `place:${id}:name.${l}`,
            )
          }
        />
      ))}
      <TextField
        label={t('fieldCountry')}
        value={place.country}
        validate={(v) => fieldError('place', place, 'country', v)}
        onCommit={(v) => edit((d) => updatePlace(d, id, { country: v }))}
      />
      <div className="field-row">
        <TextField
          label={t('fieldLatitude')}
          value={String(place.lat)}
          inputMode="decimal"
          validate={coord('lat')}
          onCommit={(v) =>
            edit((d) => movePlace(d, id, Number(v.replace(',', '.')), place.lon), `place:${id}:lat`)
          }
        />
        <TextField
          label={t('fieldLongitude')}
          value={String(place.lon)}
          inputMode="decimal"
          validate={coord('lon')}
          onCommit={(v) =>
            edit((d) => movePlace(d, id, place.lat, Number(v.replace(',', '.'))), `place:${id}:lon`)
          }
        />
      </div>
      {used ? (
        <p className="editor-hint">{t('placeUsed')}</p>
      ) : (
        <button type="button" className="danger" onClick={() => edit((d) => deletePlace(d, id))}>
          {t('deletePlace', { place: localized(place.name, lang) })}
        </button>
      )}
    </div>
  );
}

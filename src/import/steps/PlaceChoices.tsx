import { useId } from 'react';
import { useMapPick } from '../../store/mapPick';
import { parseTypedCoordinates, type ChoosablePlace, type FixChoice } from '../importWizard';
import { useImportT } from '../useImportT';

const SHOWN_UNPLACED = 40;

export interface PlaceToChoose extends ChoosablePlace {
  readonly country: string;
  readonly rows: readonly number[];
  /** The question (legend), e.g. "Where is Moskow (Russie)?". */
  readonly legend: string;
  /** The answer that changes nothing: "Leave out", or "Keep Saint Petersburg (RU)". */
  readonly noneLabel: string;
}

/**
 * Places to answer for: pick a suggestion, type or click a point, or the answer that
 * changes nothing. Used for the places not found (leave out) and those found by name
 * (keep the match).
 */
export function PlaceChoices({
  title,
  help,
  className,
  places,
  choices,
  setChoice,
}: {
  title: string;
  help: string;
  className: string;
  places: readonly PlaceToChoose[];
  choices: Readonly<Record<string, FixChoice>>;
  setChoice: (key: string, c: FixChoice) => void;
}) {
  const t = useImportT();
  const idBase = useId();
  return (
    <section aria-labelledby={`${idBase}-h`} className={className}>
      <h3 id={`${idBase}-h`}>{title}</h3>
      <p>{help}</p>
      {places.slice(0, SHOWN_UNPLACED).map((u, k) => {
        const choice = choices[u.key] ?? { kind: 'leave' };
        const name = `${idBase}-${k}`;
        const place = u.country ? `${u.city} (${u.country})` : u.city;
        const coordsInvalid =
          choice.kind === 'coords' &&
          choice.text.trim() !== '' &&
          !parseTypedCoordinates(choice.text);
        return (
          <fieldset key={u.key}>
            <legend>
              {u.legend}{' '}
              <span className="import-rows">
                {t('importUnplacedRows', { rows: u.rows.slice(0, 12).join(', ') })}
              </span>
            </legend>
            {u.suggestions.map((s, i) => (
              <label key={i}>
                <input
                  type="radio"
                  name={name}
                  checked={choice.kind === 'suggestion' && choice.index === i}
                  onChange={() => setChoice(u.key, { kind: 'suggestion', index: i })}
                />
                {`${s.name} (${s.country}) ${s.lat.toFixed(2)}, ${s.lon.toFixed(2)}`}
              </label>
            ))}
            <label>
              <input
                type="radio"
                name={name}
                checked={choice.kind === 'coords'}
                onChange={() => setChoice(u.key, { kind: 'coords', text: '' })}
              />
              {t('importTypeCoordinates')}
            </label>
            {choice.kind === 'coords' && (
              <label className="import-coords">
                <span className="visually-hidden">
                  {t('labelValue', { label: t('importTypeCoordinates'), value: place })}
                </span>
                <input
                  type="text"
                  inputMode="decimal"
                  value={choice.text}
                  aria-invalid={coordsInvalid}
                  placeholder="48.85, 2.35"
                  onChange={(e) => setChoice(u.key, { kind: 'coords', text: e.target.value })}
                />
                {coordsInvalid && (
                  <span className="import-need">{t('importCoordinatesInvalid')}</span>
                )}
              </label>
            )}
            <button
              type="button"
              className="import-pick"
              onClick={() =>
                useMapPick.getState().start(place, (point) => {
                  if (point)
                    setChoice(u.key, {
                      kind: 'coords',
                      text: `${point.lat.toFixed(4)}, ${point.lon.toFixed(4)}`,
                    });
                })
              }
            >
              {t('importPickOnMap')}
            </button>
            <label>
              <input
                type="radio"
                name={name}
                checked={choice.kind === 'leave'}
                onChange={() => setChoice(u.key, { kind: 'leave' })}
              />
              {u.noneLabel}
            </label>
          </fieldset>
        );
      })}
    </section>
  );
}

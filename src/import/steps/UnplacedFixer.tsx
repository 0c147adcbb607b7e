import { useId } from 'react';
import type { UnplacedPlace } from '../../domain/import/types';
import { useMapPick } from '../../store/mapPick';
import { parseTypedCoordinates, type FixChoice } from '../importWizard';
import { useImportT } from '../useImportT';

const SHOWN_UNPLACED = 40;

/** Places the gazetteer could not resolve: pick a suggestion, type or click a point, or leave out. */
export function UnplacedFixer({
  unplaced,
  choices,
  setChoice,
}: {
  unplaced: readonly UnplacedPlace[];
  choices: Readonly<Record<string, FixChoice>>;
  setChoice: (key: string, c: FixChoice) => void;
}) {
  const t = useImportT();
  const idBase = useId();
  return (
    <section aria-labelledby={`${idBase}-h`} className="import-unplaced">
      <h3 id={`${idBase}-h`}>{t('importUnplacedTitle')}</h3>
      <p>{t('importUnplacedHelp')}</p>
      {unplaced.slice(0, SHOWN_UNPLACED).map((u, k) => {
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
              {t('importSuggestion', { place })}{' '}
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
                <span className="visually-hidden">{`${t('importTypeCoordinates')}: ${place}`}</span>
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
              {t('importLeaveOut')}
            </label>
          </fieldset>
        );
      })}
    </section>
  );
}

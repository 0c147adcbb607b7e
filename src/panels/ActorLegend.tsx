import { useAppStore } from '../store/appStore';
import {
  selectDataset,
  selectFollowActorId,
  selectHiddenActorIds,
  selectLang,
} from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { useT } from '../i18n/useT';
import { countryName } from '../i18n/countryNames';

/** 'XX' marks an unknown country (imported people): shown as nothing rather than "Unknown Region". */
const actorCountry = (code: string, locale: string) =>
  code === 'XX' ? '' : countryName(code, locale);

/** Legend of actors: colour, initials, country; show/hide each; follow one during playback. */
export function ActorLegend() {
  const t = useT();
  const dataset = useAppStore(selectDataset);
  const hidden = useAppStore(selectHiddenActorIds);
  const follow = useAppStore(selectFollowActorId);
  const lang = useAppStore(selectLang);
  const setVisible = useAppStore((s) => s.setActorVisible);
  const setAll = useAppStore((s) => s.setAllActorsVisible);
  const setFollow = useAppStore((s) => s.setFollowActor);

  return (
    <section className="panel actors" aria-labelledby="actors-heading">
      <div className="panel-heading">
        <h2 id="actors-heading">{t('actors')}</h2>
        <div className="inline-buttons">
          <button type="button" onClick={() => setAll(true)}>
            {t('showAll')}
          </button>
          <button type="button" onClick={() => setAll(false)}>
            {t('showNone')}
          </button>
        </div>
      </div>
      <ul className="actor-list">
        {dataset.actors.map((a) => {
          const name = localized(a.name, lang);
          const visible = !hidden.includes(a.id);
          return (
            <li key={a.id} className={visible ? '' : 'is-hidden'}>
              <label className="actor-toggle">
                <input
                  type="checkbox"
                  checked={visible}
                  onChange={(e) => setVisible(a.id, e.target.checked)}
                  aria-label={t('showActor', { name })}
                />
                <span
                  className="swatch"
                  style={{ background: a.color, ['--c' as string]: a.color }}
                  aria-hidden="true"
                >
                  {a.initials}
                </span>
                <span className="actor-name">{name}</span>
                <span className="actor-country">{actorCountry(a.country, lang)}</span>
              </label>
            </li>
          );
        })}
      </ul>
      <label className="select-label follow">
        {t('follow')}
        <select
          value={follow ?? ''}
          onChange={(e) => setFollow(e.target.value || null)}
          aria-describedby="follow-help"
        >
          <option value="">{t('followNobody')}</option>
          {dataset.actors
            .filter((a) => !hidden.includes(a.id))
            .map((a) => (
              <option key={a.id} value={a.id}>
                {localized(a.name, lang)}
              </option>
            ))}
        </select>
      </label>
      <p id="follow-help" className="hint">
        {t('followLabel')}
      </p>
      <p className="hint legend-lines">
        {t('legendTravelled')} · {t('legendInferred')} · {t('legendCall')}
      </p>
    </section>
  );
}

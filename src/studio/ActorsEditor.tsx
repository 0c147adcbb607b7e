/** People and delegations: name, initials, country, colour (accessible palette), home place. */
import { useId } from 'react';
import type { Actor, Dataset } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import { addActor, deleteActor, setText, updateActor } from '../domain/editing/operations';
import { fieldError } from '../domain/editing/validate';
import { ACTOR_PALETTE, nextActorColor } from '../domain/editing/palette';
import { useAppStore } from '../store/appStore';
import { selectLang } from '../store/selectors';
import { useStudioT } from './useStudioT';
import { SelectField, TextField } from './fields';
import { edit } from './useEdit';

export function ActorsEditor({ draft }: { draft: Dataset }) {
  const t = useStudioT();
  return (
    <div className="actors-editor">
      <button
        type="button"
        className="primary"
        onClick={() =>
          edit(
            (d) =>
              addActor(d, {
                name: t('newActorName'),
                color: nextActorColor(d.actors.map((a) => a.color)),
              }).dataset,
          )
        }
      >
        {t('addActor')}
      </button>
      {draft.actors.length === 0 && <p className="editor-hint">{t('noActors')}</p>}
      {draft.actors.map((a) => (
        <ActorForm key={a.id} draft={draft} actor={a} />
      ))}
    </div>
  );
}

function ActorForm({ draft, actor }: { draft: Dataset; actor: Actor }) {
  const t = useStudioT();
  const lang = useAppStore(selectLang);
  const groupId = useId();
  const id = actor.id;
  const name = localized(actor.name, lang);
  const upd = (change: Partial<Actor>, coalesce?: string) =>
    edit((d) => updateActor(d, id, change), coalesce && `actor:${id}:${coalesce}`);
  return (
    <fieldset className="actor-form">
      <legend>{t('actorN', { name })}</legend>
      <TextField
        label={t('fieldActorName')}
        value={actor.name.en}
        validate={(v) => (v.trim() ? null : 'required')}
        onCommit={(v) => upd({ name: setText(actor.name, 'en', v)! }, 'name')}
      />
      <div className="field-row">
        <TextField
          label={t('fieldInitials')}
          value={actor.initials}
          validate={(v) => fieldError('actor', actor, 'initials', v)}
          onCommit={(v) => upd({ initials: v }, 'initials')}
        />
        <TextField
          label={t('fieldCountry')}
          value={actor.country}
          validate={(v) => fieldError('actor', actor, 'country', v)}
          onCommit={(v) => upd({ country: v })}
        />
        <SelectField
          label={t('fieldActorKind')}
          value={actor.kind}
          options={[
            { value: 'person', label: t('actorKind_person') },
            { value: 'delegation', label: t('actorKind_delegation') },
          ]}
          onChange={(kind) => upd({ kind })}
        />
      </div>
      <div role="radiogroup" aria-labelledby={`${groupId}-c`} className="palette">
        <span id={`${groupId}-c`}>{t('fieldColour')}</span>
        {ACTOR_PALETTE.map((c, i) => (
          <label key={c} className="swatch" style={{ background: c }}>
            <input
              type="radio"
              name={`${groupId}-colour`}
              value={c}
              checked={actor.color.toLowerCase() === c}
              onChange={() => upd({ color: c })}
              aria-label={t('colourN', { n: i + 1 })}
            />
          </label>
        ))}
      </div>
      <SelectField
        label={t('fieldHomePlace')}
        value={actor.homePlaceId ?? ''}
        options={[
          { value: '', label: t('homeNone') },
          ...draft.places.map((p) => ({ value: p.id, label: localized(p.name, lang) })),
        ]}
        onChange={(v) => upd({ homePlaceId: v === '' ? undefined : v })}
      />
      <button type="button" className="danger" onClick={() => edit((d) => deleteActor(d, id))}>
        {t('deleteActor', { name })}
      </button>
    </fieldset>
  );
}

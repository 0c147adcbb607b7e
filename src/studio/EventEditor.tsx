/** The form for one event: every field the format holds, errors at the field. */
import { useMemo } from 'react';
import type { Dataset, Source, TravelEvent } from '../domain/dataset/schema';
import { localized } from '../domain/dataset/localized';
import {
  addEvent,
  addSource,
  deleteEvent,
  deleteSource,
  duplicateEvent,
  setText,
  updateEvent,
  updateSource,
} from '../domain/editing/operations';
import { eventErrors, fieldError } from '../domain/editing/validate';
import { useAppStore } from '../store/appStore';
import { selectLang, selectSelectedEventId } from '../store/selectors';
import { flushModel } from './editingSync';
import { LANGS, LANG_NAMES } from '../i18n/i18n';
import { useStudioT, type StudioMessageKey } from './useStudioT';
import { FieldGroup, SelectField, TextField, errorKey } from './fields';
import { PlaceFinder } from './PlaceFinder';
import { edit } from './useEdit';

const PRECISIONS = ['day', 'week', 'month', 'year'] as const;
const KINDS = ['meeting', 'visit', 'statement', 'call'] as const;
const STATUSES = ['', 'verified', 'partly', 'unverified'] as const;
const ARTICLE_PRECISIONS = ['day', 'week', 'month', 'year', 'none'] as const;

/** Adds an event at the playhead's date and selects it. */
export function addEventAtPlayhead(title: string): void {
  const day = Math.floor(useAppStore.getState().currentDay);
  let newId = '';
  edit((d) => {
    const r = addEvent(d, { title, day });
    newId = r.id;
    return r.dataset;
  });
  flushModel();
  if (newId) useAppStore.getState().selectEvent(newId);
}

export function EventEditor({ draft }: { draft: Dataset }) {
  const t = useStudioT();
  const selectedId = useAppStore(selectSelectedEventId);
  const event = useMemo(
    () => (selectedId ? draft.events.find((e) => e.id === selectedId) : undefined),
    [draft.events, selectedId],
  );
  return (
    <div className="event-editor">
      <button type="button" className="primary" onClick={() => addEventAtPlayhead(t('addEvent'))}>
        {t('addEvent')}
      </button>
      {event ? (
        <EventForm key={event.id} draft={draft} event={event} />
      ) : (
        <p className="editor-hint">{t('noEventSelected')}</p>
      )}
    </div>
  );
}

function EventForm({ draft, event }: { draft: Dataset; event: TravelEvent }) {
  const t = useStudioT();
  const lang = useAppStore(selectLang);
  const id = event.id;
  const errors = eventErrors(event);
  const upd = (change: Partial<TravelEvent>, coalesce?: string) =>
    edit((d) => updateEvent(d, id, change), coalesce && `event:${id}:${coalesce}`);
  const check = (field: string) => (v: string) => fieldError('event', event, field, v);
  const placeName = (pid: string) => {
    const p = draft.places.find((x) => x.id === pid);
    return p ? localized(p.name, lang) : pid;
  };

  return (
    <section className="event-form" aria-labelledby={`ev-${id}-h`}>
      <h3 id={`ev-${id}-h`}>{t('editingEvent', { title: localized(event.title, lang) })}</h3>
      {LANGS.map((l) => (
        <TextField
          key={`title-${l}`}
          label={t('fieldTitle', { lang: LANG_NAMES[l] })}
          lang={l}
          value={event.title[l] ?? ''}
          validate={(v) => (l === 'en' || !event.title.en ? (v.trim() ? null : 'required') : null)}
          onCommit={(v) => upd({ title: setText(event.title, l, v)! }, `title.${l}`)}
        />
      ))}
      <div className="field-row">
        <TextField
          label={t('fieldDate')}
          value={event.date}
          inputMode="numeric"
          validate={check('date')}
          onCommit={(v) => upd({ date: v })}
        />
        <TextField
          label={t('fieldEndDate')}
          value={event.endDate ?? ''}
          inputMode="numeric"
          validate={(v) => (v === '' ? null : check('endDate')(v))}
          externalError={errors.endDate ?? null}
          onCommit={(v) => upd({ endDate: v === '' ? undefined : v })}
        />
      </div>
      <div className="field-row">
        <SelectField
          label={t('fieldPrecision')}
          value={event.precision}
          options={PRECISIONS.map((p) => ({
            value: p,
            label: t(`precision_${p}` as StudioMessageKey),
          }))}
          onChange={(precision) => upd({ precision })}
        />
        <SelectField
          label={t('fieldKind')}
          value={event.kind}
          options={KINDS.map((k) => ({ value: k, label: t(`kind_${k}` as StudioMessageKey) }))}
          onChange={(kind) => upd({ kind })}
        />
        <SelectField
          label={t('fieldStatus')}
          value={event.status ?? ''}
          options={STATUSES.map((s) => ({
            value: s,
            label: s ? t(`status_${s}` as StudioMessageKey) : t('statusNone'),
          }))}
          onChange={(s) => upd({ status: s === '' ? undefined : s })}
        />
      </div>

      <FieldGroup legend={t('fieldPlaces')}>
        {event.placeIds.length === 0 ? (
          <p className="editor-hint">{t('noPlacesYet')}</p>
        ) : (
          <ul className="chip-list">
            {event.placeIds.map((pid) => (
              <li key={pid}>
                {placeName(pid)}{' '}
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={t('removePlaceFromEvent', { place: placeName(pid) })}
                  onClick={() => upd({ placeIds: event.placeIds.filter((p) => p !== pid) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {errors.placeIds && (
          <p className="field-error" role="note">
            {t(errorKey(errors.placeIds))}
          </p>
        )}
        <PlaceFinder
          draft={draft}
          attach={(d, pid) =>
            updateEvent(d, id, (e) =>
              e.placeIds.includes(pid) ? e : { ...e, placeIds: [...e.placeIds, pid] },
            )
          }
        />
      </FieldGroup>

      <FieldGroup legend={t('fieldActors')}>
        {draft.actors.length === 0 ? (
          <p className="editor-hint">{t('noActors')}</p>
        ) : (
          draft.actors.map((a) => (
            <label key={a.id} className="toggle">
              <input
                type="checkbox"
                checked={event.actorIds.includes(a.id)}
                onChange={(e) =>
                  upd({
                    actorIds: e.target.checked
                      ? [...event.actorIds, a.id]
                      : event.actorIds.filter((x) => x !== a.id),
                  })
                }
              />
              {localized(a.name, lang)}
            </label>
          ))
        )}
      </FieldGroup>

      <TextField
        label={t('fieldParticipants')}
        multiline
        value={event.participants.map((p) => localized(p, lang)).join('\n')}
        onCommit={(v) =>
          upd(
            {
              participants: v
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean)
                .map((s) => ({ en: s })),
            },
            'participants',
          )
        }
      />
      {LANGS.map((l) => (
        <TextField
          key={`summary-${l}`}
          label={t('fieldSummary', { lang: LANG_NAMES[l] })}
          lang={l}
          multiline
          value={event.summary?.[l] ?? ''}
          onCommit={(v) => upd({ summary: setText(event.summary, l, v) }, `summary.${l}`)}
        />
      ))}
      {LANGS.map((l) => (
        <TextField
          key={`venue-${l}`}
          label={t('fieldVenue', { lang: LANG_NAMES[l] })}
          lang={l}
          value={event.venue?.[l] ?? ''}
          onCommit={(v) => upd({ venue: setText(event.venue, l, v) }, `venue.${l}`)}
        />
      ))}

      <FieldGroup legend={t('dateProvenance')}>
        <TextField
          label={t('fieldArticleSays')}
          value={event.dateProvenance?.articleSays ?? ''}
          onCommit={(v) =>
            upd(
              {
                dateProvenance: v.trim()
                  ? {
                      articleSays: v,
                      articlePrecision: event.dateProvenance?.articlePrecision ?? 'day',
                      derivation: event.dateProvenance?.derivation ?? { en: '—' },
                    }
                  : undefined,
              },
              'articleSays',
            )
          }
        />
        {event.dateProvenance && (
          <>
            <SelectField
              label={t('fieldArticlePrecision')}
              value={event.dateProvenance.articlePrecision}
              options={ARTICLE_PRECISIONS.map((p) => ({
                value: p,
                label: t(`precision_${p}` as StudioMessageKey),
              }))}
              onChange={(articlePrecision) =>
                upd({ dateProvenance: { ...event.dateProvenance!, articlePrecision } })
              }
            />
            <TextField
              label={t('fieldDerivation')}
              multiline
              value={localized(event.dateProvenance.derivation, 'en')}
              validate={(v) => (v.trim() ? null : 'required')}
              onCommit={(v) =>
                upd(
                  {
                    dateProvenance: {
                      ...event.dateProvenance!,
                      derivation: setText(event.dateProvenance!.derivation, 'en', v)!,
                    },
                  },
                  'derivation',
                )
              }
            />
          </>
        )}
      </FieldGroup>

      <FieldGroup legend={t('sourcesHeading')}>
        {event.sources.map((s, i) => (
          <SourceForm key={i} eventId={id} index={i} source={s} />
        ))}
        <button
          type="button"
          onClick={() =>
            edit((d) =>
              addSource(d, id, {
                kind: 'outside',
                title: t('sourceN', { n: event.sources.length + 1 }),
              }),
            )
          }
        >
          {t('addSource')}
        </button>
      </FieldGroup>

      <div className="editor-actions">
        <button
          type="button"
          onClick={() => {
            let copy = '';
            edit((d) => {
              const r = duplicateEvent(d, id);
              copy = r.id;
              return r.dataset;
            });
            flushModel();
            if (copy) useAppStore.getState().selectEvent(copy);
          }}
        >
          {t('duplicateEvent')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => {
            edit((d) => deleteEvent(d, id));
            flushModel();
          }}
        >
          {t('deleteEvent')}
        </button>
      </div>
    </section>
  );
}

function SourceForm({
  eventId,
  index,
  source,
}: {
  eventId: string;
  index: number;
  source: Source;
}) {
  const t = useStudioT();
  const n = index + 1;
  const upd = (change: Partial<Source>, field?: string) =>
    edit(
      (d) => updateSource(d, eventId, index, change),
      field && `source:${eventId}:${index}:${field}`,
    );
  const check = (field: string) => (v: string) =>
    v === '' && field !== 'title' ? null : fieldError('source', source, field, v);
  return (
    <fieldset className="source-form">
      <legend>{t('sourceN', { n })}</legend>
      <SelectField
        label={t('fieldSourceKind')}
        value={source.kind}
        options={[
          { value: 'article', label: t('sourceArticle') },
          { value: 'outside', label: t('sourceOutside') },
        ]}
        onChange={(kind) => upd({ kind })}
      />
      <TextField
        label={t('fieldSourceTitle')}
        value={source.title}
        validate={check('title')}
        onCommit={(v) => upd({ title: v }, 'title')}
      />
      <TextField
        label={t('fieldSourcePublisher')}
        value={source.publisher ?? ''}
        onCommit={(v) => upd({ publisher: v || undefined }, 'publisher')}
      />
      <TextField
        label={t('fieldSourceDate')}
        value={source.date ?? ''}
        validate={check('date')}
        onCommit={(v) => upd({ date: v || undefined })}
      />
      <TextField
        label={t('fieldSourceUrl')}
        value={source.url ?? ''}
        inputMode="url"
        validate={check('url')}
        onCommit={(v) => upd({ url: v || undefined }, 'url')}
      />
      <TextField
        label={t('fieldSourceQuote')}
        multiline
        value={source.quote ?? ''}
        onCommit={(v) => upd({ quote: v || undefined }, 'quote')}
      />
      <button
        type="button"
        className="danger"
        onClick={() => edit((d) => deleteSource(d, eventId, index))}
      >
        {t('deleteSource', { n })}
      </button>
    </fieldset>
  );
}

import { useLayoutEffect, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import {
  selectEventsToday,
  selectModel,
  selectSelectedEvent,
  selectSelectedPlaceId,
  selectLang,
} from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { formatPlaceList } from '../domain/dataset/placeList';
import type { TravelEvent } from '../domain/dataset/schema';
import { formatAtPrecision } from '../domain/time/calendar';
import { useLocale, useT } from '../i18n/useT';
import { Sources } from './Sources';
import { useSettledSelector } from './useSettledSelector';
import { RelatedEvents } from './RelatedEvents';
import type { MessageKey } from '../i18n/messages.en';
import { placesOf } from '../domain/model/queries';

/** Busy days (large datasets) show this many full cards, then a list of titles. */
const MAX_CARDS = 5;
const MAX_MORE = 50;

const selectSelectionSerial = (s: { selectionSerial: number }) => s.selectionSerial;

/** Scrolls the nearest scrolling ancestor so that `el` starts at its top. */
function scrollToTopOfPanel(el: HTMLElement): void {
  let p = el.parentElement;
  while (p) {
    const overflow = getComputedStyle(p).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && p.scrollHeight > p.clientHeight) break;
    p = p.parentElement;
  }
  if (!p) return;
  p.scrollTop += el.getBoundingClientRect().top - p.getBoundingClientRect().top - 4;
}

/** Details of the selected event, else of the events on the current day. */
export function EventDetails() {
  const t = useT();
  const selected = useAppStore(selectSelectedEvent);
  // Low priority while scrubbing: the timeline and map update every frame, this when the date settles.
  const today = useSettledSelector(selectEventsToday);
  const placeId = useAppStore(selectSelectedPlaceId);
  const model = useAppStore(selectModel);
  const lang = useAppStore(selectLang);
  const selectEvent = useAppStore((s) => s.selectEvent);
  const selectionSerial = useAppStore(selectSelectionSerial);
  const sectionRef = useRef<HTMLElement>(null);
  const scrolledFor = useRef(selectionSerial);

  // The selected event stays shown while it covers the current day; scrubbing away shows that day.
  const selectedShown = selected && today.some((e) => e.id === selected.id) ? selected : null;
  const shown: readonly TravelEvent[] = selectedShown
    ? [selectedShown, ...today.filter((e) => e.id !== selectedShown.id)]
    : today;
  const placeEvents = placeId ? (model.eventsByPlace.get(placeId) ?? []) : [];
  const place = placeId ? model.placeById.get(placeId) : undefined;

  useLayoutEffect(
    function showChosenFromItsTop() {
      // Each deliberate selection brings its card to the top of the panel, once it is drawn
      // (the day's events are deferred while scrubbing).
      if (scrolledFor.current === selectionSerial) return;
      const card = sectionRef.current?.querySelector<HTMLElement>('.event-card.is-selected');
      if (!card) return;
      scrolledFor.current = selectionSerial;
      scrollToTopOfPanel(card);
    },
    [selectionSerial, selectedShown],
  );

  return (
    <section className="panel details" aria-labelledby="details-heading" ref={sectionRef}>
      <h2 id="details-heading">{t('details')}</h2>
      {place && placeEvents.length > 1 && (
        <nav
          className="place-events"
          aria-label={t('eventsAtPlace', { place: localized(place.name, lang) })}
        >
          <h3>{t('eventsAtPlace', { place: localized(place.name, lang) })}</h3>
          <p className="place-visit-count">
            {t('placeVisits', {
              place: localized(place.name, lang),
              n: placeEvents.length,
              m: new Set(placeEvents.flatMap((i) => model.dataset.events[i]!.actorIds)).size,
            })}
          </p>
          <ul>
            {placeEvents.map((i) => {
              const e = model.dataset.events[i]!;
              return (
                <li key={e.id}>
                  <button
                    type="button"
                    aria-current={selected?.id === e.id ? 'true' : undefined}
                    onClick={() => selectEvent(e.id)}
                  >
                    {localized(e.title, lang)}
                  </button>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
      {shown.length === 0 ? (
        <p className="empty">{t('noEventToday')}</p>
      ) : (
        shown
          .slice(0, MAX_CARDS)
          .map((e) => <EventCard key={e.id} event={e} selected={e.id === selected?.id} />)
      )}
      {shown.length > MAX_CARDS && (
        <nav
          className="place-events"
          aria-label={t('moreEventsToday', { n: shown.length - MAX_CARDS })}
        >
          <h3>{t('moreEventsToday', { n: shown.length - MAX_CARDS })}</h3>
          <ul>
            {shown.slice(MAX_CARDS, MAX_CARDS + MAX_MORE).map((e) => (
              <li key={e.id}>
                <button type="button" onClick={() => selectEvent(e.id)}>
                  {localized(e.title, lang)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}

function EventCard({ event, selected }: { event: TravelEvent; selected: boolean }) {
  const t = useT();
  const locale = useLocale();
  const lang = useAppStore(selectLang);
  const model = useAppStore(selectModel);
  // The day's events follow at low priority: for a moment they may be of the previous model
  // (another dataset, or before a filter changed), so look the event up and skip it if gone.
  const index = model.eventIndexById.get(event.id);
  const span = index === undefined ? undefined : model.spans[index];
  if (!span) return null;
  const places = placesOf(model, event.placeIds);
  const actors = event.actorIds.map((id) => model.actorById.get(id)).filter((a) => a !== undefined);
  const provenance = event.dateProvenance;
  const titleId = `event-${event.id}-title`;

  return (
    <article className={`event-card${selected ? ' is-selected' : ''}`} aria-labelledby={titleId}>
      {selected && <p className="chosen-badge">{t('chosenEvent')}</p>}
      <h3 id={titleId}>{localized(event.title, lang)}</h3>
      <p className="event-kind">
        {t(`kind_${event.kind}` as MessageKey)}
        {event.status
          ? ` · ${t('labelValue', { label: t('status'), value: t(`status_${event.status}` as MessageKey) })}`
          : ''}
      </p>
      <dl className="facts">
        <dt>{t('when')}</dt>
        <dd>
          <time dateTime={event.date}>
            {formatAtPrecision(span.first, span.last, event.precision, locale)}
          </time>{' '}
          <span className="precision">
            (
            {t('labelValue', {
              label: t('precision'),
              value: t(`precision_${event.precision}` as MessageKey),
            })}
            )
          </span>
        </dd>
        <dt>{t('where')}</dt>
        <dd>
          {formatPlaceList(
            places.map((p) => localized(p.name, lang)),
            event.kind,
          )}
          {event.venue ? ` — ${localized(event.venue, lang)}` : ''}
        </dd>
        {actors.length > 0 && (
          <>
            <dt>{t('who')}</dt>
            <dd>
              <ul className="actor-chips">
                {actors.map((a) => (
                  <li key={a.id}>
                    <span className="swatch" style={{ background: a.color }} aria-hidden="true">
                      {a.initials}
                    </span>
                    {localized(a.name, lang)}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {event.participants.length > 0 && (
          <>
            <dt>{t('alsoPresent')}</dt>
            <dd>
              <ul className="participants">
                {event.participants.map((p, i) => (
                  <li key={i}>{localized(p, lang)}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {event.summary && localized(event.summary, lang) !== localized(event.title, lang) && (
        <p className="summary">{localized(event.summary, lang)}</p>
      )}
      {provenance && (
        <div className="provenance" role="group" aria-labelledby={`${titleId}-provenance`}>
          <h4 id={`${titleId}-provenance`}>{t('dateProvenance')}</h4>
          <p>
            {t('articleSays')} <q lang="fr">{provenance.articleSays}</q> (
            {t('labelValue', {
              label: t('articlePrecision'),
              value: t(`precision_${provenance.articlePrecision}` as MessageKey),
            })}
            ).
          </p>
          <p>{localized(provenance.derivation, lang)}</p>
        </div>
      )}
      <Sources sources={event.sources} headingId={`${titleId}-sources`} />
      {event.related && event.related.length > 0 && <RelatedEvents related={event.related} />}
    </article>
  );
}

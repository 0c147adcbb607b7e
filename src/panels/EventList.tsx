import { memo, useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { useSettledSelector } from './useSettledSelector';
import {
  selectCalendarDay,
  selectHiddenActorIds,
  selectLang,
  selectModel,
  selectSelectedEventId,
} from '../store/selectors';
import { localized } from '../domain/dataset/localized';
import { formatPlaceList } from '../domain/dataset/placeList';
import { formatAtPrecision } from '../domain/time/calendar';
import { useLocale, useT } from '../i18n/useT';
import { useEventWindow } from './useEventWindow';
import type { DatasetModel } from '../domain/model/model';
import type { Lang } from '../i18n/i18n';
import type { AppState } from '../store/appStore';
import { placesOf } from '../domain/model/queries';

/** How many events the side list shows at once (around the current date). */
const LIST_WINDOW = 60;

const selectCareerActor = (s: AppState) =>
  s.followActorId !== null &&
  s.filter.actorIds.length === 1 &&
  s.filter.actorIds[0] === s.followActorId
    ? s.model.actorById.get(s.followActorId)
    : undefined;

/** Every event as a button: the map's text alternative and a keyboard way to select. */
export function EventList() {
  const t = useT();
  const locale = useLocale();
  const model = useAppStore(selectModel);
  const lang = useAppStore(selectLang);
  const selectedId = useAppStore(selectSelectedEventId);
  const day = useSettledSelector(selectCalendarDay);
  const { indices: windowed, start, end, total } = useEventWindow(LIST_WINDOW);
  const hidden = useAppStore(selectHiddenActorIds);
  // Following a career, the list is that person's trips, and says so.
  const career = useAppStore(selectCareerActor);
  // Hiding a person hides their events here too (an event with someone visible stays).
  const order = useMemo(
    () =>
      hidden.length === 0
        ? windowed
        : windowed.filter((i) => {
            const ids = model.dataset.events[i]!.actorIds;
            return ids.length === 0 || ids.some((id) => !hidden.includes(id));
          }),
    [windowed, hidden, model],
  );

  return (
    <nav className="panel event-list" aria-labelledby="event-list-heading">
      <h2 id="event-list-heading">
        {career
          ? t('careerHeading', {
              name: localized(career.name, lang),
              n: model.dataset.events.length.toLocaleString(locale),
            })
          : t('allEvents')}
      </h2>
      {total > end - start && (
        <p className="hint">{t('showingWindow', { from: start + 1, to: end, total })}</p>
      )}
      {hidden.length > 0 && <p className="hint">{t('listLeavesOutHidden')}</p>}
      <ol>
        {order.map((i) => {
          const span = model.spans[i]!;
          return (
            <EventRow
              key={i}
              model={model}
              index={i}
              today={day >= span.first && day <= span.last}
              selected={model.dataset.events[i]!.id === selectedId}
              lang={lang}
              locale={locale}
            />
          );
        })}
      </ol>
    </nav>
  );
}

/** One row; re-renders only when its own state changes, not on every day of a scrub. */
const EventRow = memo(function EventRow({
  model,
  index,
  today,
  selected,
  lang,
  locale,
}: {
  model: DatasetModel;
  index: number;
  today: boolean;
  selected: boolean;
  lang: Lang;
  locale: string;
}) {
  const e = model.dataset.events[index]!;
  const span = model.spans[index]!;
  const places = formatPlaceList(
    placesOf(model, e.placeIds).map((p) => localized(p.name, lang)),
    e.kind,
  );
  return (
    <li className={today ? 'is-today' : undefined}>
      <button
        type="button"
        onClick={() => useAppStore.getState().selectEvent(e.id)}
        aria-current={selected ? 'true' : undefined}
      >
        <span className="event-date">
          {formatAtPrecision(span.first, span.last, e.precision, locale)}
        </span>
        <span className="event-title">{localized(e.title, lang)}</span>
        <span className="event-place">{places}</span>
      </button>
    </li>
  );
});

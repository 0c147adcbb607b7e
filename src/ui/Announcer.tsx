import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectCalendarDay, selectEventsToday, selectLang, selectModel } from '../store/selectors';
import { formatDayLong } from '../domain/time/calendar';
import { localized } from '../domain/dataset/localized';
import { useLocale, useT } from '../i18n/useT';

/** Time the date must stay put before it is announced: once scrubbing settles, not every frame. */
const SETTLE_MS = 600;

/**
 * A polite live region announcing the date and its events when scrubbing or playback
 * settles. It follows the store by subscription: a moving date only restarts a timer, it
 * renders nothing until the announcement changes.
 */
export function Announcer() {
  const t = useT();
  const locale = useLocale();
  const lang = useAppStore(selectLang);
  const [message, setMessage] = useState('');

  useEffect(
    function announceWhenSettled() {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const s = useAppStore.getState();
          const names = selectEventsToday(s)
            .map((e) => localized(e.title, lang))
            .join('; ');
          const date = formatDayLong(selectCalendarDay(s), locale);
          setMessage(t('announcement', { date, events: names }).trim());
        }, SETTLE_MS);
      };
      schedule();
      // The day, or the events of the day (another dataset, a filter).
      const unsubscribeDay = useAppStore.subscribe(selectCalendarDay, schedule);
      const unsubscribeEvents = useAppStore.subscribe(selectModel, schedule);
      return function cancelAnnouncement() {
        unsubscribeDay();
        unsubscribeEvents();
        clearTimeout(timer);
      };
    },
    [lang, locale, t],
  );

  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {message}
    </div>
  );
}

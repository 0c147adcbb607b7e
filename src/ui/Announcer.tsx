import { useEffect, useState } from 'react';
import { useAppStore } from '../store/appStore';
import { selectCalendarDay, selectEventsToday, selectLang } from '../store/selectors';
import { formatDayLong } from '../domain/time/calendar';
import { localized } from '../domain/dataset/localized';
import { useLocale, useT } from '../i18n/useT';

/** Time the date must stay put before it is announced: once scrubbing settles, not every frame. */
const SETTLE_MS = 600;

/** A polite live region announcing the date and its events when scrubbing or playback settles. */
export function Announcer() {
  const t = useT();
  const locale = useLocale();
  const lang = useAppStore(selectLang);
  const day = useAppStore(selectCalendarDay);
  const events = useAppStore(selectEventsToday);
  const [message, setMessage] = useState('');

  useEffect(
    function announceWhenSettled() {
      const timer = setTimeout(() => {
        const names = events.map((e) => localized(e.title, lang)).join('; ');
        setMessage(t('announcement', { date: formatDayLong(day, locale), events: names }).trim());
      }, SETTLE_MS);
      return function cancelAnnouncement() {
        clearTimeout(timer);
      };
    },
    [day, events, lang, locale, t],
  );

  return (
    <div className="visually-hidden" role="status" aria-live="polite">
      {message}
    </div>
  );
}

import { useAppStore } from '../store/appStore';
import {
  selectFutureRoutes,
  selectLoop,
  selectPauseAtEvents,
  selectPlaying,
  selectSpeed,
} from '../store/selectors';
import { SPEEDS } from '../domain/playback/playback';
import { useT } from '../i18n/useT';
import type { FutureRoutes } from '../store/appStore';
import { Icon } from '../ui/Icon';
import type { ReactNode } from 'react';

/**
 * Play/pause, previous/next event, speed, loop and pause-at-each-event. `more`: a control
 * after "Next event" (the small screens' button that shows the rest of the toolbar).
 */
export function PlaybackControls({ more }: { more?: ReactNode }) {
  const t = useT();
  const playing = useAppStore(selectPlaying);
  const speed = useAppStore(selectSpeed);
  const loop = useAppStore(selectLoop);
  const pauseAtEvents = useAppStore(selectPauseAtEvents);
  const future = useAppStore(selectFutureRoutes);
  const togglePlay = useAppStore((s) => s.togglePlay);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const setLoop = useAppStore((s) => s.setLoop);
  const setPauseAtEvents = useAppStore((s) => s.setPauseAtEvents);
  const setFutureRoutes = useAppStore((s) => s.setFutureRoutes);
  const prev = useAppStore((s) => s.goToPreviousEvent);
  const next = useAppStore((s) => s.goToNextEvent);

  return (
    <div className="toolbar-group playback" role="group" aria-label={t('play')}>
      <button
        type="button"
        onClick={prev}
        aria-label={t('previousEvent')}
        title={t('previousEvent')}
      >
        <Icon name="previous" />
      </button>
      <button
        type="button"
        className="play-button"
        onClick={togglePlay}
        aria-label={playing ? t('pause') : t('play')}
        title={t('playKeyHint', { action: playing ? t('pause') : t('play') })}
      >
        <Icon name={playing ? 'pause' : 'play'} />
        <span className="button-text">{playing ? t('pause') : t('play')}</span>
      </button>
      <button type="button" onClick={next} aria-label={t('nextEvent')} title={t('nextEvent')}>
        <Icon name="next" />
      </button>
      {more}
      <label className="select-label">
        {t('speed')}
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {t('speedOption', { n: s, label: s === 0.5 ? '½' : s })}
            </option>
          ))}
        </select>
      </label>
      <label className="toggle">
        <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />
        {t('loop')}
      </label>
      <label className="toggle">
        <input
          type="checkbox"
          checked={pauseAtEvents}
          onChange={(e) => setPauseAtEvents(e.target.checked)}
        />
        {t('pauseAtEvents')}
      </label>
      <label className="select-label">
        {t('futureRoutes')}
        <select value={future} onChange={(e) => setFutureRoutes(e.target.value as FutureRoutes)}>
          <option value="faint">{t('futureFaint')}</option>
          <option value="hidden">{t('futureHidden')}</option>
        </select>
      </label>
    </div>
  );
}

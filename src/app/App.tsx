import { Suspense } from 'react';
import { TravelMap } from '../map/TravelMap';
import { Timeline } from '../timeline/Timeline';
import { EventDetails } from '../panels/EventDetails';
import { ActorLegend } from '../panels/ActorLegend';
import { EventList } from '../panels/EventList';
import { Chronology } from '../panels/Chronology';
import { Header } from '../ui/Header';
import { EmbedBar } from '../ui/EmbedBar';
import { Announcer } from '../ui/Announcer';
import { LoadBanner } from './LoadBanner';
import { SharedStoryBar } from '../share/SharedStoryBarLazy';
import {
  PresentationCaption,
  useFullscreenPresentation,
  usePresentationKeys,
} from '../presentation/Presentation';
import { useAppEffects, usePrinting, useReadySignal } from './useAppEffects';
import { useDataFromAddress } from './useDataFromAddress';
import { useAppStore } from '../store/appStore';
import { useT } from '../i18n/useT';

const selectPresenting = (s: { presenting: boolean }) => s.presenting;
const selectEmbed = (s: { embed: boolean }) => s.embed;
const selectMainView = (s: { mainView: 'map' | 'chronology' }) => s.mainView;
const selectHighContrast = (s: { highContrast: boolean }) => s.highContrast;

/** Layout and composition only. */
export function App() {
  useAppEffects();
  usePresentationKeys();
  useFullscreenPresentation();
  const { loading, outcome, dismiss } = useDataFromAddress();
  useReadySignal(loading);
  const t = useT();
  const presenting = useAppStore(selectPresenting);
  const embed = useAppStore(selectEmbed);
  const mainView = useAppStore(selectMainView);
  const highContrast = useAppStore(selectHighContrast);
  const chronologyShown = mainView === 'chronology' && !presenting;
  const printing = usePrinting();
  const mode = presenting ? ' is-presenting' : embed ? ' is-embed' : '';

  return (
    <div
      className={`app${mode}${chronologyShown ? ' shows-chronology' : ''}${highContrast ? ' high-contrast' : ''}`}
      aria-busy={loading}
    >
      <a className="skip-link" href="#timeline">
        {t('skipToTimeline')}
      </a>
      {presenting ? null : embed ? <EmbedBar /> : <Header />}
      <LoadBanner outcome={outcome} onClose={dismiss} />
      {!presenting && !embed && <SharedStoryBar />}
      {loading && (
        <p className="loading-note" role="status">
          {t('loadingData')}
        </p>
      )}
      <main className="workspace">
        {presenting && <h1 className="visually-hidden">{t('appTitle')}</h1>}
        <TravelMap />
        {presenting && (
          <Suspense fallback={null}>
            <PresentationCaption />
          </Suspense>
        )}
        {(chronologyShown || printing) && <Chronology hidden={!chronologyShown} />}
        {!presenting && !embed && (
          <aside className="side-panel">
            <EventDetails />
            <ActorLegend />
            <EventList />
          </aside>
        )}
      </main>
      <Timeline />
      <Announcer />
    </div>
  );
}

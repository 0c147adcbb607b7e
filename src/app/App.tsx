import { TravelMap } from '../map/TravelMap';
import { Timeline } from '../timeline/Timeline';
import { EventDetails } from '../panels/EventDetails';
import { ActorLegend } from '../panels/ActorLegend';
import { EventList } from '../panels/EventList';
import { Header } from '../ui/Header';
import { Announcer } from '../ui/Announcer';
import { LoadBanner } from '../ui/LoadBanner';
import { useAppEffects, useReadySignal } from './useAppEffects';
import { useDataFromAddress } from './useDataFromAddress';
import { useT } from '../i18n/useT';

/** Layout and composition only. */
export function App() {
  useAppEffects();
  const { loading, outcome, dismiss } = useDataFromAddress();
  useReadySignal(loading);
  const t = useT();
  return (
    <div className="app" aria-busy={loading}>
      <a className="skip-link" href="#timeline">
        {t('skipToTimeline')}
      </a>
      <Header />
      <LoadBanner outcome={outcome} onClose={dismiss} />
      {loading && (
        <p className="loading-note" role="status">
          {t('loadingData')}
        </p>
      )}
      <main className="workspace">
        <TravelMap />
        <aside className="side-panel">
          <EventDetails />
          <ActorLegend />
          <EventList />
        </aside>
      </main>
      <Timeline />
      <Announcer />
    </div>
  );
}

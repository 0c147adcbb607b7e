import { Suspense } from 'react';
import { TravelMap } from '../map/TravelMap';
import { Timeline } from '../timeline/Timeline';
import { SidePanel } from '../panels/SidePanel';
import { LazyChronology } from '../panels/LazyChronology';
import { Header } from '../ui/Header';
import { EmbedBar } from '../ui/EmbedBar';
import { Announcer } from '../ui/Announcer';
import { LoadBanner } from './LoadBanner';
import { LoadProgress } from './LoadProgress';
import { SharedStoryBar } from '../share/SharedStoryBarLazy';
import { FirstVisitHint } from '../ui/FirstVisitHint';
import {
  PresentationCaption,
  useFullscreenPresentation,
  usePresentationKeys,
} from '../presentation/Presentation';
import { useAppEffects, usePrinting, useReadySignal } from './useAppEffects';
import { useDataFromAddress } from './useDataFromAddress';
import { useReopenLastDataset } from './useReopenLastDataset';
import { useAppStore } from '../store/appStore';
import {
  selectEmbed,
  selectHighContrast,
  selectMainView,
  selectPresenting,
} from '../store/selectors';
import { useT } from '../i18n/useT';
import { useThemeEffects } from '../ui/useThemeEffects';

/** Layout and composition only. */
export function App() {
  useAppEffects();
  useThemeEffects();
  usePresentationKeys();
  useFullscreenPresentation();
  const { loading: loadingLink, progress, outcome, dismiss } = useDataFromAddress();
  const reopening = useReopenLastDataset();
  const loading = loadingLink || reopening;
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
      {loading && <LoadProgress progress={loadingLink ? progress : null} />}
      <main className="workspace">
        {presenting && <h1 className="visually-hidden">{t('appTitle')}</h1>}
        <TravelMap />
        {!presenting && !embed && <FirstVisitHint />}
        {presenting && (
          <Suspense fallback={null}>
            <PresentationCaption />
          </Suspense>
        )}
        {(chronologyShown || printing) && <LazyChronology hidden={!chronologyShown} />}
        {!presenting && !embed && <SidePanel />}
      </main>
      <Timeline />
      <Announcer />
    </div>
  );
}

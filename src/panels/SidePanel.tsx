/**
 * The panel beside the map: details, actors and the list of events. On a wide screen all
 * three are stacked; on a phone or tablet (COMPACT_LAYOUT) they are tabs in a sheet that can
 * be folded down to its tab bar, so the map and the timeline always stay on screen.
 */
import './sidePanel.css';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { EventDetails } from './EventDetails';
import { ActorLegend } from './ActorLegend';
import { EventList } from './EventList';
import { StudioPanel } from '../studio/StudioPanel';
import { useAppStore } from '../store/appStore';
import { useT } from '../i18n/useT';
import { COMPACT_LAYOUT, useMediaQuery } from '../ui/useMediaQuery';
import type { MessageKey } from '../i18n/messages.en';

// Search and filters load just after the first view (not in its bundle), fetched at once.
const loadExplore = () => import('../explore/ExplorePanel');
const LazyExplorePanel = lazy(() => loadExplore().then((m) => ({ default: m.ExplorePanel })));
if (typeof window !== 'undefined') void loadExplore().catch(() => {});

/** The search and filters, with a placeholder of their size while their code loads. */
function ExplorePanel() {
  const t = useT();
  return (
    <Suspense
      fallback={
        <section className="panel explore explore-loading" aria-busy="true">
          <p className="hint" role="status">
            {t('exploreLoading')}
          </p>
        </section>
      }
    >
      <LazyExplorePanel />
    </Suspense>
  );
}

/** Search and filters sit above the list they narrow; the story editor replaces the details. */
function DetailsTab() {
  return (
    <StudioPanel>
      <EventDetails />
    </StudioPanel>
  );
}
function EventsTab() {
  return (
    <>
      <ExplorePanel />
      <EventList />
    </>
  );
}

const TABS = [
  { id: 'details', label: 'details', Panel: DetailsTab },
  { id: 'actors', label: 'actors', Panel: ActorLegend },
  { id: 'events', label: 'panelEvents', Panel: EventsTab },
] as const satisfies readonly { id: string; label: MessageKey; Panel: () => unknown }[];
type TabId = (typeof TABS)[number]['id'];

export function SidePanel() {
  const compact = useMediaQuery(COMPACT_LAYOUT);
  if (!compact)
    return (
      <aside className="side-panel">
        <ExplorePanel />
        <StudioPanel>
          <EventDetails />
          <ActorLegend />
        </StudioPanel>
        <EventList />
      </aside>
    );
  return <CompactPanel />;
}

function CompactPanel() {
  const t = useT();
  const [tab, setTab] = useState<TabId>('details');
  const [open, setOpen] = useState(true);
  const tabRefs = useRef(new Map<TabId, HTMLButtonElement>());

  useEffect(function showDetailsOnSelection() {
    // Choosing an event (a place, a mark, a step) shows its details.
    return useAppStore.subscribe(
      (s) => s.selectionSerial,
      () => {
        setTab('details');
        setOpen(true);
      },
    );
  }, []);

  const choose = (id: TabId) => {
    setTab(id);
    setOpen(true);
  };
  const onTabKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex((x) => x.id === tab);
    const next =
      e.key === 'ArrowRight'
        ? (i + 1) % TABS.length
        : e.key === 'ArrowLeft'
          ? (i + TABS.length - 1) % TABS.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? TABS.length - 1
              : -1;
    if (next < 0) return;
    e.preventDefault();
    const id = TABS[next]!.id;
    choose(id);
    tabRefs.current.get(id)?.focus();
  };

  return (
    <aside className="side-panel is-compact" data-open={open}>
      <div className="panel-tabbar">
        <div className="panel-tabs" role="tablist" aria-label={t('panelTabsLabel')}>
          {TABS.map(({ id, label }) => (
            <button
              key={id}
              ref={(el) => {
                if (el) tabRefs.current.set(id, el);
                else tabRefs.current.delete(id);
              }}
              type="button"
              role="tab"
              id={`panel-tab-${id}`}
              aria-selected={tab === id}
              aria-controls={`panel-tabpanel-${id}`}
              tabIndex={tab === id ? 0 : -1}
              onClick={() => choose(id)}
              onKeyDown={onTabKey}
            >
              {t(label)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="panel-sheet-toggle"
          aria-expanded={open}
          aria-controls={`panel-tabpanel-${tab}`}
          onClick={() => setOpen((v) => !v)}
        >
          <span aria-hidden="true">{open ? '▾' : '▴'}</span>
          <span className="visually-hidden">{open ? t('panelHide') : t('panelShow')}</span>
        </button>
      </div>
      {TABS.map(({ id, Panel }) => (
        <div
          key={id}
          role="tabpanel"
          id={`panel-tabpanel-${id}`}
          aria-labelledby={`panel-tab-${id}`}
          className="panel-tabpanel"
          hidden={tab !== id || !open}
        >
          <Panel />
        </div>
      ))}
    </aside>
  );
}

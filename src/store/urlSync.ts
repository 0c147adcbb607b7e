/**
 * The whole view lives in the address hash:
 *   #date=2025-02-24&event=<id>&step=3&map=38.5,40.2,5&hide=a,b&speed=2&lang=fr&present=1&view=chronology
 * Scrubbing, panning and toggles replace the entry (throttled); a deliberate selection or
 * tour step pushes one, so back/forward move between them. Every value is validated:
 * unknown or malformed ones are dropped and the rest still applies.
 */
import type { AppState, AppStore, MapView, MainView } from './appStore';
import { tourSteps } from '../domain/model/queries';
import { dayToIso, isoToDay } from '../domain/time/calendar';
import { SPEEDS } from '../domain/playback/playback';
import { isId } from '../domain/dataset/ids';
import { isLang, type Lang } from '../domain/lang';
import { hashWithoutStory, STORY_PARAM } from '../domain/share/storyParam';
import { currentSharedStory, type SharedStory } from './slices/sharedStorySlice';
import { isFiltering } from '../domain/filter/filter';

export interface HashState {
  date?: number;
  event?: string;
  /** 0-based tour step (written 1-based in the address). */
  step?: number;
  map?: MapView;
  hide?: string[];
  speed?: number;
  lang?: Lang;
  present?: boolean;
  view?: MainView;
  contrast?: boolean;
  /** Filters: people (actor ids), country (as the data names it), years. */
  people?: string[];
  country?: string;
  from?: number;
  to?: number;
}

const MAX_HASH_LENGTH = 4000;

function parseMap(value: string | null): MapView | undefined {
  if (!value) return undefined;
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((p) => !/^-?\d+(\.\d+)?$/.test(p.trim()))) return undefined;
  const [lat, lon, zoom] = parts.map(Number) as [number, number, number];
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || zoom < 0 || zoom > 19) return undefined;
  return { lat, lon, zoom };
}

/**
 * Reads what it can from a hash; drops anything malformed. Never throws. A `story=` part
 * (a whole dataset, see src/domain/share) is not a view parameter: it is read by
 * `storyPayloadFromHash` and validated by the loader in src/app/loadFromAddress.ts.
 */
export function parseHash(fullHash: string): HashState {
  const out: HashState = {};
  const hash = fullHash.includes(`${STORY_PARAM}=`) ? hashWithoutStory(fullHash) : fullHash;
  if (!hash || hash.length > MAX_HASH_LENGTH) return out;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(hash.replace(/^#/, ''));
  } catch {
    return out;
  }
  const date = params.get('date');
  if (date) {
    const day = isoToDay(date);
    if (day !== null) out.date = day;
  }
  const event = params.get('event');
  if (event && isId(event)) out.event = event;
  const step = params.get('step');
  if (step && /^\d{1,4}$/.test(step) && Number(step) >= 1) out.step = Number(step) - 1;
  const map = parseMap(params.get('map'));
  if (map) out.map = map;
  const hide = params.get('hide');
  if (hide !== null) {
    const ids = hide.split(',').filter(isId);
    if (ids.length > 0 || hide === '') out.hide = ids;
  }
  const speed = Number(params.get('speed'));
  if ((SPEEDS as readonly number[]).includes(speed)) out.speed = speed;
  const lang = params.get('lang');
  if (isLang(lang)) out.lang = lang;
  const present = params.get('present');
  if (present === '1' || present === '0') out.present = present === '1';
  const view = params.get('view');
  if (view === 'chronology' || view === 'map') out.view = view;
  const contrast = params.get('contrast');
  if (contrast === 'high' || contrast === 'normal') out.contrast = contrast === 'high';
  const people = params.get('people');
  if (people) {
    const ids = people.split(',').filter(isId);
    if (ids.length > 0) out.people = ids.slice(0, 200);
  }
  const country = params.get('country');
  if (country && country.length <= 120 && ![...country].some((c) => c < ' ')) out.country = country;
  for (const key of ['from', 'to'] as const) {
    const v = params.get(key);
    if (v && /^-?\d{1,4}$/.test(v)) out[key] = Number(v);
  }
  return out;
}

function round(n: number, digits: number): string {
  return String(Number(n.toFixed(digits)));
}

/** The address for a state. Only what differs from defaults is written, except the date. */
export function formatHash(
  s: Pick<AppState, 'currentDay' | 'selectedEventId'> & Partial<AppState>,
  options: { lang?: boolean } = {},
): string {
  const params = new URLSearchParams();
  const shared: SharedStory | null =
    s.sharedStory && s.model
      ? currentSharedStory({ sharedStory: s.sharedStory, model: s.model })
      : null;
  // The payload is base64url with a "v1." prefix: nothing in it needs escaping.
  if (shared) params.set(STORY_PARAM, shared.payload);
  params.set('date', dayToIso(s.currentDay));
  if (s.selectedEventId) params.set('event', s.selectedEventId);
  if (s.tourStep !== null && s.tourStep !== undefined) params.set('step', String(s.tourStep + 1));
  if (s.mapView)
    params.set(
      'map',
      `${round(s.mapView.lat, 4)},${round(s.mapView.lon, 4)},${round(s.mapView.zoom, 2)}`,
    );
  if (s.hiddenActorIds && s.hiddenActorIds.length > 0)
    params.set('hide', s.hiddenActorIds.join(','));
  if (s.daysPerSecond !== undefined && s.daysPerSecond !== 1)
    params.set('speed', String(s.daysPerSecond));
  if (options.lang && s.lang) params.set('lang', s.lang);
  if (s.presenting) params.set('present', '1');
  if (s.mainView === 'chronology') params.set('view', 'chronology');
  if (s.highContrast) params.set('contrast', 'high');
  if (s.filter) {
    if (s.filter.actorIds.length > 0) params.set('people', s.filter.actorIds.join(','));
    if (s.filter.country !== null) params.set('country', s.filter.country);
    if (s.filter.fromYear !== null) params.set('from', String(s.filter.fromYear));
    if (s.filter.toYear !== null) params.set('to', String(s.filter.toYear));
  }
  return `#${params.toString().replace(/%2C/g, ',')}`;
}

/** Applies a parsed hash to the store; unknown ids are ignored, everything else still applies. */
export function applyHash(store: AppStore, hash: HashState): void {
  const s = store.getState();
  const model = s.model;
  if (hash.lang) s.setLang(hash.lang);
  if (hash.speed !== undefined) s.setSpeed(hash.speed);
  if (hash.hide) {
    const known = hash.hide.filter((id) => model.actorById.has(id));
    store.setState({ hiddenActorIds: known });
  }
  if (hash.view) s.setMainView(hash.view);
  // Filters before the selection, so a selected event is looked up among what passes.
  if (hash.people || hash.country !== undefined || hash.from !== undefined || hash.to !== undefined)
    s.setFilter({
      actorIds: hash.people ?? [],
      country: hash.country ?? null,
      fromYear: hash.from ?? null,
      toYear: hash.to ?? null,
    });
  else if (isFiltering(s.filter)) s.clearFilter();
  if (hash.contrast !== undefined) s.setHighContrast(hash.contrast);
  const steps = tourSteps(model, s.presentTourId);
  const stepOk = hash.step !== undefined && hash.step < steps.length;
  const eventOk = hash.event !== undefined && model.eventById.has(hash.event);
  if (stepOk) {
    s.goToTourStep(hash.step!);
  } else if (eventOk) {
    s.selectEvent(hash.event!);
    store.setState({ tourStep: null });
  } else if (hash.date !== undefined) {
    store.setState({ selectedEventId: null, tourStep: null });
  }
  if (hash.date !== undefined) {
    const day = hash.date + 0.5;
    s.seek(day);
    const { view } = store.getState();
    if (day < view.start || day > view.end) {
      const span = view.end - view.start;
      s.setView({ start: day - span / 2, end: day + span / 2 });
    }
  }
  if (hash.map) s.requestMapView(hash.map);
  if (hash.present !== undefined && hash.present !== store.getState().presenting) {
    if (hash.present) s.enterPresentation();
    else s.exitPresentation();
  }
}

/** A change rewrites the address this long after it (replaceState is not free) … */
const REPLACE_THROTTLE_MS = 400;
/**
 * … and while playback moves the date every frame, at most this often: each replaceState
 * costs the frame it lands in several milliseconds (11–48 ms in a trace of a 100,000-event
 * scrub, on a busy 2-core machine). While the playhead is dragged the address is not
 * written at all: nobody reads it mid-gesture, and it follows within REPLACE_THROTTLE_MS of
 * the release. A long playback still updates it, so a reload comes back near where it was.
 */
const STREAM_REPLACE_MS = 2000;

const isStreaming = (s: AppState) => s.playing || s.scrubbing;

/** Starts two-way sync between the store and location.hash; returns the cleanup. */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let applying = false;
  let langInHash = false;

  const readLocation = () => {
    const parsed = parseHash(win.location.hash);
    if (parsed.lang) langInHash = true;
    applying = true;
    try {
      applyHash(store, parsed);
    } finally {
      applying = false;
    }
  };
  readLocation();

  const current = () => formatHash(store.getState(), { lang: langInHash });

  let timer: ReturnType<typeof setTimeout> | null = null;
  // A change made while the playhead was dragged, written once it is let go.
  let afterScrub = false;
  const writeReplace = () => {
    timer = null;
    if (store.getState().scrubbing) {
      afterScrub = true;
      return;
    }
    const next = current();
    if (next !== win.location.hash) win.history.replaceState(win.history.state, '', next);
  };

  let timerDue = 0;
  // Normalise the address on load (drops malformed parts), in a task of its own: a
  // replaceState costs 10-20 ms, and the first render need not wait for it.
  timer = setTimeout(writeReplace, 0);

  const scheduleReplace = () => {
    if (applying) return;
    if (store.getState().scrubbing) {
      afterScrub = true;
      return;
    }
    if (timer !== null) return;
    const delay = isStreaming(store.getState()) ? STREAM_REPLACE_MS : REPLACE_THROTTLE_MS;
    timerDue = Date.now() + delay;
    timer = setTimeout(writeReplace, delay);
  };
  const onStreamEnd = (streaming: boolean) => {
    if (streaming || timer === null || timerDue - Date.now() <= REPLACE_THROTTLE_MS) return;
    clearTimeout(timer);
    timer = setTimeout(writeReplace, REPLACE_THROTTLE_MS);
  };
  const onScrubEnd = (scrubbing: boolean) => {
    if (scrubbing || !afterScrub) return;
    afterScrub = false;
    scheduleReplace();
  };
  const unsubscribers = [
    store.subscribe(isStreaming, onStreamEnd),
    store.subscribe((s) => s.scrubbing, onScrubEnd),
    store.subscribe((s) => Math.floor(s.currentDay), scheduleReplace),
    store.subscribe((s) => s.mapView, scheduleReplace),
    store.subscribe((s) => s.hiddenActorIds, scheduleReplace),
    store.subscribe((s) => s.daysPerSecond, scheduleReplace),
    store.subscribe((s) => s.presenting, scheduleReplace),
    store.subscribe((s) => s.mainView, scheduleReplace),
    store.subscribe((s) => s.highContrast, scheduleReplace),
    store.subscribe(currentSharedStory, scheduleReplace),
    store.subscribe((s) => s.filter, scheduleReplace),
    store.subscribe(
      (s) => s.lang,
      function writeLang() {
        if (applying) return;
        langInHash = true;
        scheduleReplace();
      },
    ),
    store.subscribe(
      (s) => s.selectionSerial,
      function pushSelection() {
        if (applying) return;
        if (timer !== null) {
          clearTimeout(timer);
          timer = null;
        }
        // Let the map start moving first so the entry carries the step's state.
        const next = current();
        if (next !== win.location.hash) win.history.pushState(null, '', next);
      },
    ),
  ];

  const onPop = () => readLocation();
  win.addEventListener('popstate', onPop);

  return function stopUrlSync() {
    if (timer !== null) clearTimeout(timer);
    for (const u of unsubscribers) u();
    win.removeEventListener('popstate', onPop);
  };
}

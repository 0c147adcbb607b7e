/**
 * The address carries the view: `#date=2025-02-24&event=<id>`.
 * Scrubbing replaces the entry (throttled); a deliberate selection pushes one, so
 * back/forward move between selections. Unknown or malformed values are ignored.
 */
import type { AppStore } from './appStore';
import { dayToIso, isoToDay } from '../domain/time/calendar';
import { isLang, type Lang } from '../i18n/i18n';

export interface HashState {
  date?: number;
  event?: string;
  lang?: Lang;
}

const MAX_HASH_LENGTH = 2000;

/** Reads what it can from a hash; drops anything malformed. Never throws. */
export function parseHash(hash: string): HashState {
  const out: HashState = {};
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
  if (event && /^[A-Za-z0-9_.:-]{1,120}$/.test(event)) out.event = event;
  const lang = params.get('lang');
  if (isLang(lang)) out.lang = lang;
  return out;
}

export function formatHash(state: { date: number; event: string | null; lang?: Lang }): string {
  const params = new URLSearchParams();
  params.set('date', dayToIso(state.date));
  if (state.event) params.set('event', state.event);
  if (state.lang) params.set('lang', state.lang);
  return `#${params.toString()}`;
}

/** Applies a parsed hash to the store: an unknown event id is ignored, the date still applies. */
export function applyHash(store: AppStore, hash: HashState): void {
  const s = store.getState();
  if (hash.lang) s.setLang(hash.lang);
  const known = hash.event !== undefined && s.model.eventById.has(hash.event);
  if (known) {
    s.selectEvent(hash.event!);
    if (hash.date !== undefined) s.seek(hash.date + 0.5);
  } else if (hash.date !== undefined) {
    store.setState({ selectedEventId: null });
    s.seek(hash.date + 0.5);
    const { view } = store.getState();
    const day = hash.date + 0.5;
    if (day < view.start || day > view.end) {
      const span = view.end - view.start;
      s.setView({ start: day - span / 2, end: day + span / 2 });
    }
  }
}

const REPLACE_THROTTLE_MS = 250;

/** Starts two-way sync between the store and location.hash; returns the cleanup. */
export function startUrlSync(store: AppStore, win: Window = window): () => void {
  let applying = false;
  let langInHash = false;

  const readLocation = () => {
    const parsed = parseHash(win.location.hash);
    langInHash = parsed.lang !== undefined;
    applying = true;
    try {
      applyHash(store, parsed);
    } finally {
      applying = false;
    }
  };
  readLocation();

  const current = () => {
    const s = store.getState();
    return formatHash({
      date: s.currentDay,
      event: s.selectedEventId,
      lang: langInHash ? s.lang : undefined,
    });
  };

  let timer: ReturnType<typeof setTimeout> | null = null;
  const writeReplace = () => {
    timer = null;
    const next = current();
    if (next !== win.location.hash) win.history.replaceState(win.history.state, '', next);
  };

  // Normalise the address on load (drops malformed parts).
  writeReplace();

  const unsubscribeDate = store.subscribe(
    (s) => Math.floor(s.currentDay),
    function scheduleReplace() {
      if (applying) return;
      if (timer === null) timer = setTimeout(writeReplace, REPLACE_THROTTLE_MS);
    },
  );
  const unsubscribeSelection = store.subscribe(
    (s) => s.selectionSerial,
    function pushSelection() {
      if (applying) return;
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      const next = current();
      if (next !== win.location.hash) win.history.pushState(null, '', next);
    },
  );
  const unsubscribeLang = store.subscribe(
    (s) => s.lang,
    function writeLang() {
      if (applying) return;
      langInHash = true;
      writeReplace();
    },
  );

  const onPop = () => readLocation();
  win.addEventListener('popstate', onPop);
  win.addEventListener('hashchange', onPop);

  return function stopUrlSync() {
    if (timer !== null) clearTimeout(timer);
    unsubscribeDate();
    unsubscribeSelection();
    unsubscribeLang();
    win.removeEventListener('popstate', onPop);
    win.removeEventListener('hashchange', onPop);
  };
}

import { describe, it, expect, vi, afterEach } from 'vitest';
import { parseHash, formatHash, applyHash, startUrlSync } from '../../../src/store/urlSync';
import { createAppStore } from '../../../src/store/appStore';
import { isoToDay } from '../../../src/domain/time/calendar';
import { twoTrips } from '../../fixtures/storeFixtures';

const day = (iso: string) => isoToDay(iso)!;

describe('parseHash', () => {
  it('reads date, event and language', () => {
    expect(parseHash('#date=2025-02-24&event=lavrov-ankara&lang=fr')).toEqual({
      date: day('2025-02-24'),
      event: 'lavrov-ankara',
      lang: 'fr',
    });
  });

  it('reads the whole view: step, map, hidden actors, speed, presentation, chronology', () => {
    expect(
      parseHash(
        '#date=2025-02-24&step=3&map=39.5,32.25,5.5&hide=lavrov,rubio&speed=4&present=1&view=chronology',
      ),
    ).toEqual({
      date: day('2025-02-24'),
      step: 2,
      map: { lat: 39.5, lon: 32.25, zoom: 5.5 },
      hide: ['lavrov', 'rubio'],
      speed: 4,
      present: true,
      view: 'chronology',
    });
  });

  it('drops each malformed value on its own', () => {
    expect(
      parseHash('#date=2025-02-24&step=0&map=91,0,5&hide=a<b,ok&speed=3&present=yes&view=globe'),
    ).toEqual({ date: day('2025-02-24'), hide: ['ok'] });
    expect(parseHash('#map=1,2&step=-1&speed=NaN')).toEqual({});
    expect(parseHash('#map=1e3,2,3')).toEqual({});
  });

  it('drops malformed values and keeps the rest', () => {
    expect(parseHash('#date=2025-02-30&event=lavrov-ankara')).toEqual({ event: 'lavrov-ankara' });
    expect(parseHash('#date=2025-02-24&event=<script>&lang=xx')).toEqual({
      date: day('2025-02-24'),
    });
    expect(parseHash('#%E0%A4%A')).toEqual({});
    expect(parseHash('')).toEqual({});
    expect(parseHash(`#date=2025-02-24&x=${'a'.repeat(5000)}`)).toEqual({});
  });

  it('round-trips with formatHash', () => {
    const hash = formatHash({
      currentDay: day('2025-02-25') + 0.7,
      selectedEventId: 'lavrov-tehran',
    });
    expect(hash).toBe('#date=2025-02-25&event=lavrov-tehran');
    expect(parseHash(hash)).toEqual({ date: day('2025-02-25'), event: 'lavrov-tehran' });
  });
});

describe('formatHash', () => {
  it('writes only what differs from the defaults, and round-trips', () => {
    const hash = formatHash(
      {
        currentDay: day('2025-02-24') + 0.5,
        selectedEventId: 'lavrov-ankara',
        tourStep: 3,
        mapView: { lat: 39.123456, lon: 32.5, zoom: 5.25 },
        hiddenActorIds: ['rubio'],
        daysPerSecond: 2,
        presenting: true,
        mainView: 'map',
        lang: 'fr',
      },
      { lang: true },
    );
    expect(hash).toBe(
      '#date=2025-02-24&event=lavrov-ankara&step=4&map=39.1235,32.5,5.25&hide=rubio&speed=2&lang=fr&present=1',
    );
    expect(parseHash(hash)).toMatchObject({ step: 3, hide: ['rubio'], speed: 2, present: true });
  });
});

describe('applyHash', () => {
  it('applies a tour step and unknown actors are dropped from hide', () => {
    const store = createAppStore({ dataset: twoTrips, lang: 'en' });
    applyHash(store, { step: 1, hide: ['ghost', 'b'] });
    expect(store.getState().tourStep).toBe(1);
    expect(store.getState().selectedEventId).toBe('e-paris');
    expect(store.getState().hiddenActorIds).toEqual(['b']);
  });

  it('ignores a step beyond the tour but applies the date', () => {
    const store = createAppStore({ dataset: twoTrips, lang: 'en' });
    applyHash(store, { step: 99, date: day('2025-03-04') });
    expect(store.getState().tourStep).toBeNull();
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-04'));
  });

  it('moves to the date and selects a known event', () => {
    const store = createAppStore({ dataset: twoTrips, lang: 'en' });
    applyHash(store, { date: day('2025-03-05'), event: 'e-paris' });
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-05'));
    expect(store.getState().selectedEventId).toBe('e-paris');
  });

  it('ignores an unknown event but applies the date', () => {
    const store = createAppStore({ dataset: twoTrips, lang: 'en' });
    applyHash(store, { date: day('2025-03-04'), event: 'no-such-event' });
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-03-04'));
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('leaves the default view for an empty hash', () => {
    const store = createAppStore({ dataset: twoTrips, lang: 'en' });
    const before = store.getState().currentDay;
    applyHash(store, {});
    expect(store.getState().currentDay).toBe(before);
    expect(Math.floor(before)).toBe(day('2025-03-01'));
  });
});

describe('startUrlSync', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Just what the sync uses of a window: the hash, history and popstate. */
  function fakeWindow() {
    const writes: string[] = [];
    const win = {
      location: { hash: '' },
      history: {
        state: null,
        replaceState: (_s: unknown, _t: string, url: string) => {
          writes.push(url);
          win.location.hash = url;
        },
        pushState: (_s: unknown, _t: string, url: string) => {
          writes.push(url);
          win.location.hash = url;
        },
      },
      addEventListener: () => {},
      removeEventListener: () => {},
    };
    return { win: win as unknown as Window, writes };
  }

  /** The two-trip story synced to a fake window with fake timers; `writes` starts empty. */
  function startSynced() {
    vi.useFakeTimers();
    const store = createAppStore({ dataset: twoTrips, lang: 'en' });
    const { win, writes } = fakeWindow();
    const stop = startUrlSync(store, win);
    vi.advanceTimersByTime(0);
    writes.length = 0;
    return { store, win, writes, stop, start: Math.floor(store.getState().currentDay) };
  }

  it('rewrites the address rarely while the date streams, and soon after it stops', () => {
    const { store, win, writes, stop, start } = startSynced();
    // A lone change: written within 400 ms.
    store.getState().seek(start + 1.5);
    vi.advanceTimersByTime(401);
    expect(writes).toHaveLength(1);
    // Five seconds of scrubbing, a new day every frame: no write until the playhead is let go.
    store.getState().setScrubbing(true);
    for (let frame = 1; frame <= 300; frame++) {
      store.getState().seek(start + 1.5 + (frame % 3));
      vi.advanceTimersByTime(16);
    }
    expect(writes).toHaveLength(1);
    store.getState().seek(start + 2.5);
    store.getState().setScrubbing(false);
    vi.advanceTimersByTime(401);
    expect(writes).toHaveLength(2);
    expect(parseHash(win.location.hash).date).toBe(start + 2);
    stop();
  });

  it('a change just before a scrub is written after it, not during it', () => {
    const { store, win, writes, stop, start } = startSynced();
    store.getState().seek(start + 1.5);
    vi.advanceTimersByTime(100);
    store.getState().setScrubbing(true);
    vi.advanceTimersByTime(1000);
    expect(writes).toHaveLength(0);
    store.getState().setScrubbing(false);
    vi.advanceTimersByTime(401);
    expect(writes).toHaveLength(1);
    expect(parseHash(win.location.hash).date).toBe(start + 1);
    stop();
  });

  it('normalises the address it opened on just after, not during, the start', () => {
    vi.useFakeTimers();
    const store = createAppStore({ dataset: twoTrips, lang: 'en' });
    const { win, writes } = fakeWindow();
    win.location.hash = '#date=2025-02-31&speed=fast';
    const stop = startUrlSync(store, win);
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(writes).toHaveLength(1);
    expect(win.location.hash).not.toContain('2025-02-31');
    expect(win.location.hash).not.toContain('speed=fast');
    stop();
  });

  it('a long playback still updates the address, every two seconds at most', () => {
    const { store, writes, stop, start } = startSynced();
    store.getState().play();
    for (let frame = 1; frame <= 300; frame++) {
      store.getState().seek(start + 1.5 + (frame % 3));
      vi.advanceTimersByTime(16);
    }
    // 4.8 s of playback: written, but not every frame.
    expect(writes.length).toBeGreaterThanOrEqual(1);
    expect(writes.length).toBeLessThanOrEqual(3);
    stop();
  });
});

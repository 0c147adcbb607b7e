import { describe, it, expect } from 'vitest';
import { parseHash, formatHash, applyHash } from '../../../src/store/urlSync';
import { createAppStore } from '../../../src/store/appStore';
import { isoToDay } from '../../../src/domain/time/calendar';

const day = (iso: string) => isoToDay(iso)!;

describe('parseHash', () => {
  it('reads date, event and language', () => {
    expect(parseHash('#date=2025-02-24&event=lavrov-ankara&lang=fr')).toEqual({
      date: day('2025-02-24'),
      event: 'lavrov-ankara',
      lang: 'fr',
    });
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
    const hash = formatHash({ date: day('2025-02-25') + 0.7, event: 'lavrov-tehran' });
    expect(hash).toBe('#date=2025-02-25&event=lavrov-tehran');
    expect(parseHash(hash)).toEqual({ date: day('2025-02-25'), event: 'lavrov-tehran' });
  });
});

describe('applyHash', () => {
  it('moves to the date and selects a known event', () => {
    const store = createAppStore();
    applyHash(store, { date: day('2025-02-26'), event: 'lavrov-doha' });
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-02-26'));
    expect(store.getState().selectedEventId).toBe('lavrov-doha');
  });

  it('ignores an unknown event but applies the date', () => {
    const store = createAppStore();
    applyHash(store, { date: day('2025-02-25'), event: 'no-such-event' });
    expect(Math.floor(store.getState().currentDay)).toBe(day('2025-02-25'));
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('leaves the default view for an empty hash', () => {
    const store = createAppStore();
    const before = store.getState().currentDay;
    applyHash(store, {});
    expect(store.getState().currentDay).toBe(before);
    expect(Math.floor(before)).toBe(day('2025-02-18'));
  });
});

import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../src/store/appStore';
import { applyHash, formatHash, parseHash } from '../../../src/store/urlSync';
import { recordFixture } from '../../fixtures/recordFixture';

const fresh = () => createAppStore({ dataset: recordFixture, lang: 'en' });

describe('filter slice', () => {
  it('narrows the model every view reads and restores it when cleared', () => {
    const store = fresh();
    const full = store.getState().model;
    store.getState().setFilter({ actorIds: ['kissinger'], fromYear: 1970, toYear: 1979 });
    const { model, fullModel } = store.getState();
    expect(fullModel).toBe(full);
    expect(model.dataset.events.map((e) => e.id)).toEqual(['t3', 't4']);
    expect(model.journeys.map((j) => j.actorId)).toEqual(['kissinger']);
    expect([...model.placeById.keys()]).toEqual(['moscow', 'leningrad']);
    store.getState().clearFilter();
    expect(store.getState().model).toBe(full);
  });

  it('brings a playhead left outside the filtered period into it, with its events in view', () => {
    const store = fresh();
    store.getState().goToLastEvent(); // 2025
    store.getState().setFilter({ fromYear: 1970, toYear: 1979 });
    const s = store.getState();
    expect(s.currentDay).toBeGreaterThanOrEqual(s.model.extent.first);
    expect(s.currentDay).toBeLessThan(s.model.extent.last + 1);
    expect(s.view.start).toBeLessThanOrEqual(s.model.extent.first);
    expect(s.view.end).toBeGreaterThanOrEqual(s.model.extent.last);
    // A playhead already inside stays where it is.
    const inside = s.currentDay;
    store.getState().setFilter({ toYear: 1975 });
    expect(store.getState().currentDay).toBe(inside);
  });

  it('drops a selection that no longer passes and keeps one that does', () => {
    const store = fresh();
    store.getState().selectEvent('t3');
    store.getState().setFilter({ actorIds: ['kissinger'] });
    expect(store.getState().selectedEventId).toBe('t3');
    store.getState().setFilter({ actorIds: ['rubio'] });
    expect(store.getState().selectedEventId).toBeNull();
  });

  it('follows a career: only their trips, followed, timeline fitted to them', () => {
    const store = fresh();
    const serial = store.getState().careerSerial;
    store.getState().goToLastEvent(); // Rubio, 2025: outside Dulles's career
    store.getState().followCareer('dulles');
    const s = store.getState();
    expect(s.followActorId).toBe('dulles');
    // The map frames the career each time one is chosen.
    expect(s.careerSerial).toBe(serial + 1);
    // The playhead is within the career, so that Play plays it.
    expect(s.currentDay).toBeGreaterThanOrEqual(s.model.extent.first);
    expect(s.currentDay).toBeLessThan(s.model.extent.last + 1);
    expect(s.model.dataset.events.map((e) => e.id)).toEqual(['t1', 't2']);
    expect(s.view.start).toBeLessThan(s.model.extent.first);
    expect(s.view.end).toBeGreaterThan(s.model.extent.last);
    store.getState().followCareer(null);
    expect(store.getState().model.dataset.events).toHaveLength(5);
  });

  it('lives in the address and comes back from it; an unknown person is dropped', () => {
    const store = fresh();
    store.getState().setFilter({
      actorIds: ['kissinger', 'rubio'],
      country: 'U.S.S.R.',
      fromYear: 1970,
      toYear: 1979,
    });
    const hash = formatHash(store.getState());
    expect(hash).toContain('people=kissinger,rubio');
    expect(hash).toContain('country=U.S.S.R.');
    expect(hash).toContain('from=1970&to=1979');
    const other = fresh();
    applyHash(other, parseHash(hash));
    expect(other.getState().filter).toEqual(store.getState().filter);
    expect(other.getState().model.dataset.events.map((e) => e.id)).toEqual(['t3', 't4']);

    const third = fresh();
    applyHash(third, parseHash('#date=1974-03-25&people=nobody,dulles&from=19x5'));
    expect(third.getState().filter).toEqual({
      actorIds: ['dulles'],
      country: null,
      fromYear: null,
      toYear: null,
    });
    applyHash(third, parseHash('#date=1974-03-25'));
    expect(third.getState().filter.actorIds).toEqual([]);
  });
});

import { describe, it, expect, beforeEach, vi, afterEach } from 'vitest';
import bundled from '../../../src/data/afp-2025-02-26.json';
import type { Dataset } from '../../../src/domain/dataset/schema';
import {
  addPlace,
  addTour,
  addStep,
  movePlace,
  moveStep,
  newStory,
  addEvent,
  setStoryTitle,
  updateEvent,
} from '../../../src/domain/editing/operations';
import { redoEdit, undoEdit, useEditingStore, COALESCE_MS } from '../../../src/store/editingSlice';

const story = bundled as unknown as Dataset;
const draft = () => useEditingStore.getState().draft!;
const past = () => useEditingStore.temporal.getState().pastStates.length;

function seeded(): Dataset {
  let d = newStory('Lesson', 'lesson');
  const p = addPlace(d, { name: 'Genève', lat: 46.2, lon: 6.1 });
  d = p.dataset;
  const a = addEvent(d, { title: 'A', day: 100, placeIds: [p.id] });
  const b = addEvent(a.dataset, { title: 'B', day: 101, placeIds: [p.id] });
  const t = addTour(b.dataset, 'Tour', { eventId: a.id, caption: { en: 'a' } });
  return addStep(t.dataset, t.id, { eventId: b.id, caption: { en: 'b' } });
}

describe('edit history (zundo)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useEditingStore.getState().startEditing(seeded(), 'saved-1', false);
  });
  afterEach(() => {
    useEditingStore.getState().stopEditing();
    vi.useRealTimers();
  });

  it('starts with no history and undoes and redoes a tour reorder', () => {
    expect(past()).toBe(0);
    useEditingStore.getState().apply((d) => moveStep(d, 'tour', 1, 0));
    expect(draft().tours[0]!.steps.map((s) => s.eventId)).toEqual(['b', 'a']);
    undoEdit();
    expect(draft().tours[0]!.steps.map((s) => s.eventId)).toEqual(['a', 'b']);
    redoEdit();
    expect(draft().tours[0]!.steps.map((s) => s.eventId)).toEqual(['b', 'a']);
  });

  it('undoes a place moved on the map, as far back as the session goes', () => {
    const s = useEditingStore.getState();
    s.apply((d) => movePlace(d, 'geneve', 10, 10));
    s.apply((d) => movePlace(d, 'geneve', 20, 20));
    s.apply((d) => updateEvent(d, 'a', { date: '1999-01-01' }));
    expect(past()).toBe(3);
    undoEdit();
    undoEdit();
    expect(draft().places[0]).toMatchObject({ lat: 10, lon: 10 });
    undoEdit();
    expect(draft().places[0]).toMatchObject({ lat: 46.2, lon: 6.1 });
    undoEdit(); // nothing left: stays
    expect(draft().places[0]).toMatchObject({ lat: 46.2 });
  });

  it('groups typing into one field as one step, and a pause starts a new one', () => {
    const s = useEditingStore.getState();
    for (const text of ['L', 'Le', 'Les', 'Less', 'Lesson'])
      s.apply((d) => setStoryTitle(d, 'en', text), 'title.en');
    expect(past()).toBe(1);
    vi.advanceTimersByTime(COALESCE_MS + 10);
    s.apply((d) => setStoryTitle(d, 'en', 'Lesson 2'), 'title.en');
    expect(past()).toBe(2);
    undoEdit();
    expect(draft().title.en).toBe('Lesson');
    undoEdit();
    expect(draft().title.en).toBe('Lesson'); // the seeded title
  });

  it('a new change after undo drops the redo branch', () => {
    const s = useEditingStore.getState();
    s.apply((d) => movePlace(d, 'geneve', 1, 1));
    undoEdit();
    s.apply((d) => movePlace(d, 'geneve', 2, 2));
    redoEdit();
    expect(draft().places[0]).toMatchObject({ lat: 2, lon: 2 });
  });

  it('the first change to the bundled story makes the user’s copy; the bundled data is untouched', () => {
    const before = JSON.stringify(story);
    useEditingStore.getState().startEditing(story, null, true);
    useEditingStore
      .getState()
      .apply((d) => updateEvent(d, story.events[0]!.id, { date: '2025-01-01' }));
    expect(draft().title.en).toBe(`${story.title.en} (my copy)`);
    expect(useEditingStore.getState().needsCopy).toBe(false);
    expect(JSON.stringify(story)).toBe(before);
    undoEdit();
    // Undo takes back the date, not the copy: the original is still never written.
    expect(draft().title.en).toBe(`${story.title.en} (my copy)`);
    expect(draft().events[0]!.date).toBe(story.events[0]!.date);
  });
});

describe('presenting without a tour, and edits reaching the app', () => {
  it('a dataset with no tour presents every event in date order', async () => {
    const { createAppStore } = await import('../../../src/store/appStore');
    const { tourSteps, DATE_ORDER_TOUR } = await import('../../../src/domain/model/queries');
    const store = createAppStore({ dataset: story, lang: 'en' });
    let d = newStory('Record', 'record');
    const p = addPlace(d, { name: 'Oslo', lat: 59.9, lon: 10.7 });
    d = addEvent(p.dataset, { title: 'Late', day: 200, placeIds: [p.id] }).dataset;
    d = addEvent(d, { title: 'Early', day: 100, placeIds: [p.id] }).dataset;
    store.getState().loadDataset(d);
    expect(tourSteps(store.getState().model).map((s) => s.eventId)).toEqual(['early', 'late']);
    store.getState().enterPresentation();
    expect(store.getState().selectedEventId).toBe('early');
    store.getState().nextTourStep();
    expect(store.getState().selectedEventId).toBe('late');
    // A story with tours can still be presented event by event.
    const withTour = addTour(d, 'Only late', { eventId: 'late', caption: { en: 'x' } }).dataset;
    store.getState().replaceDataset(withTour);
    expect(tourSteps(store.getState().model).map((s) => s.eventId)).toEqual(['late']);
    expect(tourSteps(store.getState().model, DATE_ORDER_TOUR)).toHaveLength(2);
  });

  it('replaceDataset keeps the date and the selection that still exists', async () => {
    const { createAppStore } = await import('../../../src/store/appStore');
    const store = createAppStore({ dataset: story, lang: 'en' });
    const id = story.events[3]!.id;
    store.getState().selectEvent(id);
    const day = store.getState().currentDay;
    store
      .getState()
      .replaceDataset(updateEvent(story, story.events[0]!.id, { title: { en: 'X' } }));
    expect(store.getState().selectedEventId).toBe(id);
    expect(store.getState().currentDay).toBe(day);
    expect(store.getState().model.eventById.get(story.events[0]!.id)!.title.en).toBe('X');
  });
});

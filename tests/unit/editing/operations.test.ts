import { describe, it, expect } from 'vitest';
import bundled from '../../../src/data/afp-2025-02-26.json';
import { parseDataset, type Dataset } from '../../../src/domain/dataset/schema';
import {
  addActor,
  addEvent,
  addPlace,
  addStep,
  addTour,
  deleteActor,
  deleteEvent,
  deletePlace,
  deleteStep,
  duplicateEvent,
  duplicateStep,
  moveItem,
  movePlace,
  moveStep,
  newStory,
  setText,
  updateEvent,
  updatePlace,
  userCopy,
} from '../../../src/domain/editing/operations';
import { isoToDay } from '../../../src/domain/time/calendar';
import { ACTOR_PALETTE, contrastRatio, nextActorColor } from '../../../src/domain/editing/palette';

const story = bundled as unknown as Dataset;

function valid(d: Dataset): void {
  const r = parseDataset(JSON.parse(JSON.stringify(d)));
  expect(r.ok ? [] : r.problems).toEqual([]);
}

function smallStory(): Dataset {
  let d = newStory('Camp David', 'camp-david');
  const p = addPlace(d, { name: 'Genève', lat: 46.2, lon: 6.15, country: 'CH' });
  d = p.dataset;
  const e1 = addEvent(d, { title: 'Talks open', day: isoToDay('1978-09-05')!, placeIds: [p.id] });
  d = e1.dataset;
  const e2 = addEvent(d, { title: 'Accords', day: isoToDay('1978-09-17')!, placeIds: [p.id] });
  d = e2.dataset;
  const t = addTour(d, 'Lesson', {
    eventId: e1.id,
    caption: { en: 'One', fr: 'Un' },
    view: { center: [46, 6], zoom: 5 },
  });
  d = addStep(t.dataset, t.id, { eventId: e2.id, caption: { en: 'Two' } });
  return d;
}

describe('editing operations', () => {
  it('adds an event at a day with a unique id, and the story stays valid', () => {
    const d = smallStory();
    const again = addEvent(d, {
      title: 'Talks open',
      day: isoToDay('1978-09-06')!,
      placeIds: ['geneve'],
    });
    expect(again.id).toBe('talks-open-2');
    expect(again.dataset.events.at(-1)!.date).toBe('1978-09-06');
    expect(d.events).toHaveLength(2); // the input is not mutated
    valid(again.dataset);
  });

  it('updates one event and keeps every other record by reference', () => {
    const d = smallStory();
    const next = updateEvent(d, 'accords', { date: '1978-09-18', precision: 'month' });
    expect(next.events[1]).toMatchObject({ date: '1978-09-18', precision: 'month' });
    expect(next.events[0]).toBe(d.events[0]);
    expect(next.places).toBe(d.places);
    expect(d.events[1]!.date).toBe('1978-09-17');
  });

  it('removes a field set to undefined (an optional end date cleared)', () => {
    const d = updateEvent(smallStory(), 'accords', { endDate: '1978-09-19' });
    expect(d.events[1]!.endDate).toBe('1978-09-19');
    const cleared = updateEvent(d, 'accords', { endDate: undefined });
    expect('endDate' in cleared.events[1]!).toBe(false);
  });

  it('deletes an event and the tour steps that pointed at it; an emptied tour goes too', () => {
    const d = deleteEvent(smallStory(), 'accords');
    expect(d.events.map((e) => e.id)).toEqual(['talks-open']);
    expect(d.tours[0]!.steps.map((s) => s.eventId)).toEqual(['talks-open']);
    valid(d);
    expect(deleteEvent(d, 'talks-open').tours).toEqual([]);
  });

  it('duplicates an event right after the original with its own id and a deep copy', () => {
    const base = smallStory();
    const r = duplicateEvent(base, 'talks-open');
    expect(r.dataset.events.map((e) => e.id)).toEqual(['talks-open', 'talks-open-copy', 'accords']);
    expect(r.dataset.events[1]!.placeIds).not.toBe(base.events[0]!.placeIds);
    valid(r.dataset);
  });

  it('never merges a new place with an existing one of the same name and position', () => {
    const d = smallStory();
    const r = addPlace(d, { name: 'Genève', lat: 46.2, lon: 6.15, country: 'CH' });
    expect(r.id).toBe('geneve-2');
    expect(r.dataset.places).toHaveLength(2);
    valid(r.dataset);
  });

  it('moves and renames a place; coordinates are clamped and wrapped', () => {
    let d = movePlace(smallStory(), 'geneve', 95, 190);
    expect(d.places[0]).toMatchObject({ lat: 90, lon: -170 });
    d = updatePlace(d, 'geneve', { name: setText(d.places[0]!.name, 'fr', 'Genève (ONU)')! });
    expect(d.places[0]!.name).toEqual({ en: 'Genève', fr: 'Genève (ONU)' });
  });

  it('keeps a place that is in use and deletes one that is not', () => {
    const d = smallStory();
    expect(deletePlace(d, 'geneve')).toBe(d);
    const extra = addPlace(d, { name: 'Oslo', lat: 59.9, lon: 10.7 });
    expect(deletePlace(extra.dataset, extra.id).places).toHaveLength(1);
  });

  it('adds an actor with initials and a palette colour; deleting removes it from events', () => {
    let d = smallStory();
    const a = addActor(d, { name: 'Anwar Sadat', color: nextActorColor([]), country: 'EG' });
    expect(a.dataset.actors[0]).toMatchObject({ initials: 'AS', country: 'EG', color: '#c62828' });
    d = updateEvent(a.dataset, 'accords', { actorIds: [a.id] });
    valid(d);
    d = deleteActor(d, a.id);
    expect(d.actors).toEqual([]);
    expect(d.events[1]!.actorIds).toEqual([]);
    valid(d);
  });

  it('a new tour step starts from the previous step’s map view', () => {
    const d = smallStory();
    expect(d.tours[0]!.steps[1]!.view).toEqual({ center: [46, 6], zoom: 5 });
  });

  it('reorders, duplicates and deletes steps; the last step deletes the tour', () => {
    let d = smallStory();
    d = moveStep(d, 'lesson', 0, 1);
    expect(d.tours[0]!.steps.map((s) => s.eventId)).toEqual(['accords', 'talks-open']);
    expect(moveStep(d, 'lesson', 1, 1)).toBe(d);
    d = duplicateStep(d, 'lesson', 0);
    expect(d.tours[0]!.steps.map((s) => s.eventId)).toEqual(['accords', 'accords', 'talks-open']);
    valid(d);
    d = deleteStep(deleteStep(deleteStep(d, 'lesson', 0), 'lesson', 0), 'lesson', 0);
    expect(d.tours).toEqual([]);
  });

  it('moveItem clamps and leaves the list alone when nothing moves', () => {
    const list = ['a', 'b', 'c'];
    expect(moveItem(list, 2, -5)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 0, 0)).toBe(list);
    expect(moveItem(list, 7, 0)).toBe(list);
  });

  it('the user’s copy of the bundled story marks its title and leaves the original alone', () => {
    const copy = userCopy(story, { en: '(my copy)', fr: '(ma copie)' });
    expect(copy.title.en).toBe(`${story.title.en} (my copy)`);
    expect(copy.title.fr).toBe(`${story.title.fr} (ma copie)`);
    expect(story.title.en.endsWith('(my copy)')).toBe(false);
    const edited = updateEvent(copy, story.events[0]!.id, { date: '2025-01-01' });
    expect(story.events[0]!.date).not.toBe('2025-01-01');
    valid(edited);
  });

  it('setText keeps English as the fallback every text needs', () => {
    expect(setText({ en: 'A', fr: 'B' }, 'en', '')).toEqual({ fr: 'B', en: 'B' });
    expect(setText({ en: 'A' }, 'en', '')).toBeUndefined();
  });

  it('every palette colour keeps 4.5:1 contrast with white initials', () => {
    for (const c of ACTOR_PALETTE) expect(contrastRatio(c, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(nextActorColor(['#c62828'])).toBe('#1565c0');
  });
});

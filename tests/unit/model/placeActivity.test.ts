import { describe, it, expect } from 'vitest';
import { bundledDataset } from '../../../src/app/bootstrap';
import { buildModel } from '../../../src/domain/model/model';
import { activePlaces, FADE_DAYS } from '../../../src/domain/model/placeActivity';
import { isoToDay } from '../../../src/domain/time/calendar';

const day = (iso: string) => isoToDay(iso)!;

describe('place activity', () => {
  const model = buildModel(bundledDataset());

  it('is 1 where an event happens that day', () => {
    const a = activePlaces(model, day('2025-02-25'));
    expect(a.get('tehran')).toBe(1);
  });

  it('fades over the following days, and is gone after FADE_DAYS', () => {
    const a = activePlaces(model, day('2025-02-26'));
    expect(a.get('doha')).toBe(1);
    const tehran = a.get('tehran')!;
    const ankara = a.get('ankara')!;
    expect(tehran).toBeGreaterThan(ankara);
    expect(ankara).toBeGreaterThan(0);
    expect(ankara).toBeLessThan(1);
    const later = activePlaces(model, day('2025-02-25') + FADE_DAYS + 1);
    expect(later.has('tehran')).toBe(false);
  });

  it('is empty before anything happened', () => {
    expect(activePlaces(model, day('2020-01-01')).size).toBe(0);
  });
});

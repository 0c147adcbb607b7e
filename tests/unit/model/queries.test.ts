import { describe, it, expect } from 'vitest';
import { bundledDataset } from '../../../src/app/bootstrap';
import { buildModel } from '../../../src/domain/model/model';
import { placesOf } from '../../../src/domain/model/queries';

describe('the places of an event', () => {
  const model = buildModel(bundledDataset());

  it('are the places its ids name, in order, leaving out an id no place has', () => {
    expect(placesOf(model, ['washington', 'nowhere', 'moscow']).map((p) => p.id)).toEqual([
      'washington',
      'moscow',
    ]);
    expect(placesOf(model, [])).toEqual([]);
  });
});

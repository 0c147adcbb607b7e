/**
 * What a keystroke costs while editing a 10,000-event story: the editing operation that
 * runs per keystroke (one event's title changed), against the model rebuild that edit mode
 * runs only after typing pauses (debounced, off the typing path).
 * Run: npx vitest bench --run bench/editing.bench.ts
 */
import { bench, describe } from 'vitest';
import { generateDataset } from '../tests/support/synthetic';
import type { Dataset } from '../src/domain/dataset/schema';
import { updateEvent, setText } from '../src/domain/editing/operations';
import { buildModel } from '../src/domain/model/model';

const dataset = generateDataset({ events: 10_000, seed: 7 }) as unknown as Dataset;
const target = dataset.events[5_000]!;
let n = 0;

describe('10,000 events', () => {
  bench('keystroke: updateEvent (title)', () => {
    updateEvent(dataset, target.id, { title: setText(target.title, 'en', `T${n++}`)! });
  });
  bench('debounced: buildModel', () => {
    buildModel(dataset);
  });
});

/**
 * What a keystroke costs while editing a 10,000-event story (issue #11: typing must stay
 * responsive): what runs on the typing path per keystroke (one event's title changed
 * through the editing store's `apply`, with zundo's undo history and the one-second
 * coalescing of a burst of typing), against the model rebuild that edit mode runs only
 * after typing pauses (debounced, off the typing path; src/studio/editingSync.ts).
 *
 * Run: npx vitest bench --run --project unit bench/editing.bench.ts
 *
 * The dataset is validated with `parseDataset` first, as the app does: the generator's
 * raw input has no precisions, so the model cannot be built from it (this is why an
 * earlier version of this file printed NaN: every iteration threw).
 */
import { bench, describe } from 'vitest';
import { generateDataset } from '../tests/support/synthetic';
import { parseDataset, type Dataset } from '../src/domain/dataset/schema';
import { updateEvent, setText } from '../src/domain/editing/operations';
import { buildModel } from '../src/domain/model/model';
import { useEditingStore } from '../src/store/editingSlice';

function dataset10k(): Dataset {
  const parsed = parseDataset(generateDataset({ events: 10_000, seed: 7 }));
  if (!parsed.ok)
    throw new Error(`synthetic dataset invalid: ${JSON.stringify(parsed.problems[0])}`);
  return parsed.dataset;
}

const dataset = dataset10k();
const target = dataset.events[5_000]!;
let n = 0;
/** One keystroke: the title grows by one letter, as typing does. */
const keystroke = () => {
  n++;
  useEditingStore
    .getState()
    .apply(
      (d) => updateEvent(d, target.id, { title: setText(target.title, 'en', `Title ${n}`)! }),
      `event:${target.id}:title`,
    );
};

describe('10,000 events', () => {
  bench('keystroke: editing store apply(updateEvent(title)) with undo history', keystroke, {
    setup: () => useEditingStore.getState().startEditing(dataset, 'bench', false),
  });
  bench('keystroke: updateEvent alone (pure operation)', () => {
    n++;
    updateEvent(dataset, target.id, { title: setText(target.title, 'en', `Title ${n}`)! });
  });
  bench('debounced, after typing pauses: buildModel', () => {
    buildModel(dataset);
  });
});

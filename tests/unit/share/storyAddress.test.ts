import { describe, it, expect } from 'vitest';
import { parseHash, formatHash } from '../../../src/store/urlSync';
import { createAppStore } from '../../../src/store/appStore';
import { bundledDataset } from '../../../src/app/bootstrap';
import { loadDatasetFromStoryLink } from '../../../src/app/loadFromAddress';
import { encodeStory } from '../../../src/domain/share/storyLink';
import { parseDataset } from '../../../src/domain/dataset/schema';
import { generateDataset } from '../../support/synthetic';
import { currentSharedStory } from '../../../src/store/slices/sharedStorySlice';
import { isoToDay } from '../../../src/domain/time/calendar';

function synthetic() {
  const parsed = parseDataset(generateDataset({ seed: 7, events: 150 }));
  if (!parsed.ok) throw new Error('synthetic dataset invalid');
  return parsed.dataset;
}

describe('story in the address', () => {
  it('the view parser reads the view beside a long story payload', () => {
    const payload = encodeStory(synthetic());
    expect(payload.length).toBeGreaterThan(4000);
    expect(parseHash(`#story=${payload}&date=2025-02-24&lang=fr`)).toEqual({
      date: isoToDay('2025-02-24'),
      lang: 'fr',
    });
  });

  it('opening a story link shows the story as shared and keeps it in the address', async () => {
    const store = createAppStore({ dataset: bundledDataset(), lang: 'en' });
    const dataset = synthetic();
    const payload = encodeStory(dataset);
    const outcome = await loadDatasetFromStoryLink(store, payload);
    expect(outcome.ok).toBe(true);
    expect(store.getState().model.dataset).toEqual(dataset);
    expect(currentSharedStory(store.getState())?.payload).toBe(payload);
    expect(formatHash(store.getState())).toMatch(new RegExp(`^#story=${payload}&date=`));
  });

  it('another dataset replaces it: the address no longer carries the story', async () => {
    const store = createAppStore({ dataset: bundledDataset(), lang: 'en' });
    const bundled = store.getState().model.dataset;
    await loadDatasetFromStoryLink(store, encodeStory(synthetic()));
    store.getState().loadDataset(bundled);
    expect(currentSharedStory(store.getState())).toBeNull();
    expect(formatHash(store.getState())).not.toContain('story=');
  });

  it('a damaged link changes nothing and says why', async () => {
    const store = createAppStore({ dataset: bundledDataset(), lang: 'en' });
    const before = store.getState().model;
    const payload = encodeStory(synthetic());
    const cut = await loadDatasetFromStoryLink(store, payload.slice(0, payload.length / 2));
    expect(cut).toMatchObject({ ok: false, reason: 'storyLink' });
    const flipped = payload.slice(0, 200) + (payload[200] === 'A' ? 'B' : 'A') + payload.slice(201);
    const changed = await loadDatasetFromStoryLink(store, flipped);
    expect(changed).toMatchObject({ ok: false, reason: 'storyLink' });
    const notDataset = await loadDatasetFromStoryLink(store, encodeStory({ schemaVersion: 1 }));
    expect(notDataset).toMatchObject({ ok: false, reason: 'storyLink', linkError: 'schema' });
    expect(store.getState().model).toBe(before);
    expect(store.getState().sharedStory).toBeNull();
  });
});

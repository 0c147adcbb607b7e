import { describe, it, expect } from 'vitest';
import bundled from '../../../src/data/afp-2025-02-26.json';
import { DatasetSchema } from '../../../src/domain/dataset/schema';
import { BUNDLED_STORY_ID } from '../../../src/app/bundledStoryId';

describe('the bundled story file', () => {
  it('is stored in normalised form, so the app can use it without running the validator', () => {
    const parsed = DatasetSchema.parse(bundled);
    expect(parsed).toEqual(bundled);
  });
});

describe('the bundled story id known before the file loads', () => {
  it('is the file’s own id (related-event links to the story are followed by it)', () => {
    expect(BUNDLED_STORY_ID).toBe(bundled.id);
  });
});

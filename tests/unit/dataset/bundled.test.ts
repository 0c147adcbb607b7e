import { describe, it, expect } from 'vitest';
import bundled from '../../../src/data/afp-2025-02-26.json';
import { DatasetSchema } from '../../../src/domain/dataset/schema';

describe('the bundled story file', () => {
  it('is stored in normalised form, so the app can use it without running the validator', () => {
    const parsed = DatasetSchema.parse(bundled);
    expect(parsed).toEqual(bundled);
  });
});

/**
 * A story link to a validated dataset: the codec, then the same schema and migration any
 * imported JSON goes through. Loaded on demand (it carries the validator).
 */
import type { Dataset, Problem } from '../dataset/schema';
import { readAppJson } from '../import/migrate';
import { decodeStory, type StoryLinkError } from './storyLink';

export type StoryDatasetResult =
  | { ok: true; dataset: Dataset }
  | { ok: false; error: StoryLinkError | 'schema'; problems: readonly Problem[] };

export function decodeStoryDataset(payload: string): StoryDatasetResult {
  const decoded = decodeStory(payload);
  if (!decoded.ok) return { ok: false, error: decoded.error, problems: [] };
  const parsed = readAppJson({ value: decoded.json });
  if (!parsed.ok) return { ok: false, error: 'schema', problems: parsed.problems };
  return { ok: true, dataset: parsed.dataset };
}

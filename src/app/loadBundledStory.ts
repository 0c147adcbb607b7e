/**
 * The bundled story for the app's page, as data rather than code: the built page fetches
 * the JSON file (preloaded by index.html, precached by the service worker) while its
 * scripts start, so the story's 31 KB are not in the first JavaScript bundle. The file is
 * the same trusted, normalised one `bootstrap.ts` inlines (see its note on validation).
 */
import type { Dataset } from '../domain/dataset/schema';
import storyUrl from '../data/afp-2025-02-26.json?url';

export const BUNDLED_STORY_URL = storyUrl;

export async function loadBundledStory(): Promise<Dataset> {
  try {
    const response = await fetch(storyUrl);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return (await response.json()) as Dataset;
  } catch {
    // A failed fetch (a flaky network before the service worker is installed): the same
    // file as a script chunk, which goes through the module loader's own retry path.
    const mod = await import('../data/afp-2025-02-26.json');
    return mod.default as unknown as Dataset;
  }
}

/**
 * The single-file story: the player page (built once, `dist/player.html`) with the story
 * put into its data element as JSON. Pure string work, no DOM.
 *
 * The JSON is escaped so no text in it can end the script element it sits in or open a
 * comment (`<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX`, which JSON reads back as the
 * same characters), and the element is `type="application/json"`: data, never run.
 */
import type { Dataset } from '../dataset/schema';

export const STORY_ELEMENT_ID = 'story-data';
/** The opening tag of the data element; the player page is built with `null` inside it. */
export const STORY_OPEN_TAG = `<script id="${STORY_ELEMENT_ID}" type="application/json">`;
export const SINGLE_FILE_FORMAT = 'diplomatic-travel-story';

export interface EmbeddedStory {
  readonly format: typeof SINGLE_FILE_FORMAT;
  readonly version: 1;
  /** The view to open on (an address fragment such as `#date=…&lang=fr`), or ''. */
  readonly view: string;
  readonly dataset: unknown;
}

/** JSON text safe inside a script element. */
export function escapeJsonForScript(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The player page holding the story; null when the page has no (single) data element. */
export function embedStory(playerHtml: string, dataset: Dataset, view: string): string | null {
  const at = playerHtml.indexOf(STORY_OPEN_TAG);
  if (at < 0 || playerHtml.indexOf(STORY_OPEN_TAG, at + 1) >= 0) return null;
  const from = at + STORY_OPEN_TAG.length;
  const to = playerHtml.indexOf('</script>', from);
  if (to < 0 || playerHtml.slice(from, to).trim() !== 'null') return null;
  const story: EmbeddedStory = { format: SINGLE_FILE_FORMAT, version: 1, view, dataset };
  // Slices, not String.replace with the data: "$&" in a story must stay "$&".
  return (
    playerHtml.slice(0, from) + escapeJsonForScript(JSON.stringify(story)) + playerHtml.slice(to)
  );
}

export type ReadEmbedded =
  { ok: true; dataset: unknown; view: string } | { ok: false; reason: 'none' | 'json' | 'format' };

/** Reads the data element's text (the dataset still needs validating). Never throws. */
export function readEmbeddedStory(text: string): ReadEmbedded {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'json' };
  }
  if (json === null) return { ok: false, reason: 'none' };
  if (typeof json !== 'object' || Array.isArray(json)) return { ok: false, reason: 'format' };
  const o = json as Partial<Record<keyof EmbeddedStory, unknown>>;
  if (o.format !== SINGLE_FILE_FORMAT || o.version !== 1) return { ok: false, reason: 'format' };
  const view = typeof o.view === 'string' && /^#?[A-Za-z0-9=&.,:_%-]*$/.test(o.view) ? o.view : '';
  return { ok: true, dataset: o.dataset, view };
}

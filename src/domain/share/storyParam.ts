/**
 * Where a story sits in the address: the `story=` part of the fragment. Kept apart from the
 * codec so the address parser (in the first view) does not carry the decompressor.
 */
export const STORY_PARAM = 'story';

/** The payload of `story=` in a fragment, or null. Reads nothing else. */
export function storyPayloadFromHash(hash: string): string | null {
  const body = hash.replace(/^#/, '');
  for (const part of body.split('&')) {
    if (part.startsWith(`${STORY_PARAM}=`)) return part.slice(STORY_PARAM.length + 1);
  }
  return null;
}

/** The fragment without its `story=` part (what the view parser reads). */
export function hashWithoutStory(hash: string): string {
  const body = hash.replace(/^#/, '');
  const rest = body.split('&').filter((part) => !part.startsWith(`${STORY_PARAM}=`));
  return rest.length > 0 && rest.some((p) => p !== '') ? `#${rest.join('&')}` : '';
}

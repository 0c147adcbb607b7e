/**
 * The bundled story's dataset id, known before its file loads (related-event links name
 * it). Its own module: what needs only the id does not import the story's loader. A unit
 * test holds it to the file's id.
 */
export const BUNDLED_STORY_ID = 'afp-2025-02-26';

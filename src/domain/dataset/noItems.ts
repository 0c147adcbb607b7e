/**
 * The one empty list that events share for their lists left empty or left out (sources,
 * participants, people): frozen, so a change throws instead of spreading to every event.
 * Its own module: the page's load protocol needs it without the schema (and zod).
 */
export const NO_ITEMS: readonly never[] = Object.freeze([]);
